package arbiter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/internal/httpserve"
	"github.com/ovig/ovig/internal/rungroup"
	"github.com/ovig/ovig/prover/audit"
)

// NodeConfig is everything an arbiter is built from: plain values, plus the chain, the
// library, the peers and the logger it is given. `ovig arbiter run` fills it from flags, the
// devnet from its deployment.
type NodeConfig struct {
	Key    *ecdsa.PrivateKey
	Client chain.Client
	// Registry is the registry to follow and to resolve through (with this key's sender).
	// Watching starts at its deployment block.
	Registry      *chain.Registry
	Confirmations uint64
	Poll          time.Duration // how often the watcher looks for new blocks
	// HealthyWithin: /healthz fails when the last successful chain poll is older (0: ten polls).
	HealthyWithin time.Duration

	Library  Library
	Replayer audit.Replayer // see Config
	Outage   evidence.OutagePolicy
	Peers    []*Peer

	// Listen is the address of the signature endpoint, unless Listener, already bound, is given
	// (the devnet binds every arbiter's before it knows their peers).
	Listen   string
	Listener net.Listener
	// MetricsAddr is where /metrics and /healthz are served; empty: not served.
	MetricsAddr string
	// StateDir holds the watcher's cursor; empty: the cursor is kept in memory.
	StateDir string
	Log      zerolog.Logger
}

// Node is one arbiter put together: the Service, the signature Pool and the endpoint peers
// post to, the chain watcher that feeds it disputes, and the metrics endpoint.
type Node struct {
	Address common.Address
	URL     string // base URL of the signature endpoint
	Service *Service
	Pool    *Pool
	Metrics *Metrics

	cfg      NodeConfig
	disputes chan Dispute
	watcher  *chain.Watcher
	endpoint *httpserve.Server
	metrics  *httpserve.Server
}

// NewNode builds an arbiter in order (state, pool, metrics, service, watcher, signature
// endpoint, metrics endpoint); on failure it closes what it opened. Run starts it, Close
// releases it.
func NewNode(cfg NodeConfig) (*Node, error) {
	if cfg.Key == nil || cfg.Client == nil || cfg.Registry == nil || cfg.Registry.Sender() == nil {
		return nil, errors.New("arbiter: key, client and a registry with a sender are required")
	}
	if cfg.HealthyWithin == 0 {
		cfg.HealthyWithin = 10 * cfg.Poll
	}
	n := &Node{cfg: cfg, Address: cfg.Registry.Sender().Address(), disputes: make(chan Dispute, 64)}
	for _, step := range []func() error{n.initPool, n.initMetrics, n.initService, n.initWatcher, n.initEndpoint, n.initMetricsEndpoint} {
		if err := step(); err != nil {
			if cfg.Listener != nil && n.endpoint == nil {
				err = errors.Join(err, cfg.Listener.Close())
			}
			return nil, errors.Join(err, n.Close())
		}
	}
	return n, nil
}

func (n *Node) initPool() error {
	n.Pool = NewPool(n.cfg.Registry)
	return nil
}

func (n *Node) initMetrics() error {
	n.Metrics = NewMetrics()
	return nil
}

func (n *Node) initService() error {
	svc, err := NewService(Config{
		Key: n.cfg.Key, Chain: n.cfg.Registry, Library: n.cfg.Library, Pool: n.Pool, Peers: n.cfg.Peers,
		Logger: n.cfg.Log, Metrics: n.Metrics, Replayer: n.cfg.Replayer, Outage: n.cfg.Outage,
	})
	if err != nil {
		return err
	}
	n.Service = svc
	return nil
}

// initWatcher follows the registry from its deployment block, keeping its cursor in StateDir.
// A lost connection to the node is logged and retried with backoff.
func (n *Node) initWatcher() error {
	var cursor chain.CursorStore = &chain.MemoryCursorStore{}
	if d := n.cfg.StateDir; d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("arbiter state: %w", err)
		}
		cursor = chain.FileCursorStore{Path: filepath.Join(d, "cursor.json")}
	}
	log := n.cfg.Log
	n.watcher = chain.NewWatcher(n.cfg.Client, n.cfg.Registry.Address(), cursor, chain.WatcherOptions{
		Confirmations: n.cfg.Confirmations, StartBlock: n.cfg.Registry.DeployBlock(), PollInterval: n.cfg.Poll,
		OnError: func(err error, retryIn time.Duration) {
			log.Warn().Err(err).Dur("retry_in", retryIn).Msg("following the chain failed; retrying")
		},
	})
	return nil
}

func (n *Node) initEndpoint() error {
	h := NewHandler(n.Pool, n.cfg.Log)
	if n.cfg.Listener != nil {
		n.endpoint = httpserve.Serve(n.cfg.Listener, h)
	} else {
		srv, err := httpserve.Listen(n.cfg.Listen, h, "signature endpoint", n.cfg.Log)
		if err != nil {
			return err
		}
		n.endpoint = srv
	}
	n.URL = n.endpoint.URL()
	return nil
}

func (n *Node) initMetricsEndpoint() error {
	if n.cfg.MetricsAddr == "" {
		return nil
	}
	srv, err := httpserve.Listen(n.cfg.MetricsAddr, MetricsHandler(n.Metrics, n.Metrics.Healthy(n.cfg.HealthyWithin)), "metrics", n.cfg.Log)
	if err != nil {
		return err
	}
	n.metrics = srv
	return nil
}

// Run judges disputes until ctx ends or a component fails: first those still open on chain
// (the watcher's cursor may be past them), then those the watcher reports. It returns the
// joined errors. Call it once.
func (n *Node) Run(ctx context.Context) error {
	return rungroup.Run(ctx,
		func(ctx context.Context) error { return n.Service.Run(ctx, n.disputes) },
		func(ctx context.Context) error {
			if err := Recover(ctx, n.cfg.Registry, n.disputes); err != nil {
				return err
			}
			if err := n.watcher.Run(ctx, n.Metrics.Observe(Feed(n.disputes))); err != nil {
				return fmt.Errorf("watcher: %w", err)
			}
			return nil
		},
	)
}

// Close stops the endpoints, after Run has returned, and returns the joined errors. Closing
// again does nothing.
func (n *Node) Close() error {
	var errs []error
	if n.endpoint != nil {
		errs = append(errs, n.endpoint.Close())
		n.endpoint = nil
	}
	if n.metrics != nil {
		errs = append(errs, n.metrics.Close())
		n.metrics = nil
	}
	return errors.Join(errs...)
}
