package node

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/internal/httpserve"
	"github.com/ovig/ovig/prover/regen"
	"github.com/ovig/ovig/prover/workload"
)

// NodeConfig is everything a provider node is built from: plain values, plus the chain, the
// training job and the logger it is given. `ovig node run` fills it from flags, the devnet from
// its deployment.
type NodeConfig struct {
	// Provider configures the training run; its Store is the node's own (leave it nil).
	Provider ProviderConfig
	// StorePath is the evidence store's directory; Exclusive refuses a second node on it.
	StorePath string
	Exclusive bool
	// Job is the manifest's training job: without Steps, disputed intervals are regenerated
	// from it on the node's own engine, as the provider trained them.
	Job *workload.Job
	// Steps, if set, builds the step source over the store instead (imported evidence, whose
	// external trainer regenerates disputed intervals).
	Steps func(*evidence.Store) (evidence.StepSource, error)
	// Listen is the evidence server's address, unless Listener, already bound, is given.
	Listen   string
	Listener net.Listener
	// Gate, if set, wraps the evidence server (the devnet takes providers offline with it).
	Gate     func(http.Handler) http.Handler
	Disputes DisputeChain
	Poll     time.Duration // how often the responder looks at the job's disputes
	Log      zerolog.Logger
}

// Node is one provider put together: the evidence store, the step source that answers
// disputes, the evidence server, the Provider that trains and commits, and the Responder.
type Node struct {
	Store     *evidence.Store
	Steps     evidence.StepSource
	URL       string // base URL of the evidence server
	Provider  *Provider
	Responder *Responder

	cfg    NodeConfig
	server *httpserve.Server
}

// NewNode builds a provider node in order (store, step source, evidence server, provider,
// responder); on failure it closes what it opened. The server is bound before anything is
// staked: a provider that cannot serve its evidence must not accept a job.
func NewNode(cfg NodeConfig) (*Node, error) {
	if cfg.Provider.JobID == nil || cfg.Job == nil && cfg.Steps == nil || cfg.Disputes == nil {
		if cfg.Listener != nil {
			_ = cfg.Listener.Close() // ours to close from here on
		}
		return nil, errors.New("node: job id, a training job or step source, and the dispute chain are required")
	}
	n := &Node{cfg: cfg}
	for _, step := range []func() error{n.initStore, n.initSteps, n.initServer, n.initProvider, n.initResponder} {
		if err := step(); err != nil {
			if cfg.Listener != nil && n.server == nil {
				err = errors.Join(err, cfg.Listener.Close())
			}
			return nil, errors.Join(err, n.Close())
		}
	}
	return n, nil
}

func (n *Node) initStore() error {
	s, err := evidence.OpenStore(n.cfg.StorePath, evidence.StoreOptions{Exclusive: n.cfg.Exclusive})
	if err != nil {
		return err
	}
	n.Store = s
	return nil
}

// initSteps sets up how the node answers disputes with the disputed interval's step states.
func (n *Node) initSteps() error {
	if n.cfg.Steps != nil {
		s, err := n.cfg.Steps(n.Store)
		if err != nil {
			return err
		}
		n.Steps = s
		return nil
	}
	p := n.cfg.Provider
	own := regen.NewSteps(n.Store)
	own.Add(evidence.JobKey(p.JobID), regen.StepJob{Job: n.cfg.Job, ManifestJSON: p.ManifestJSON, Profile: p.Profile, Hooks: p.Hooks, Commit: p.Commit})
	n.Steps = own
	return nil
}

func (n *Node) initServer() error {
	var h http.Handler = evidence.NewServer(n.Store, evidence.ServerOptions{Logger: n.cfg.Log, Steps: n.Steps})
	if n.cfg.Gate != nil {
		h = n.cfg.Gate(h)
	}
	if n.cfg.Listener != nil {
		n.server = httpserve.Serve(n.cfg.Listener, h)
	} else {
		srv, err := httpserve.Listen(n.cfg.Listen, h, "evidence server", n.cfg.Log)
		if err != nil {
			return err
		}
		n.server = srv
	}
	n.URL = n.server.URL()
	return nil
}

func (n *Node) initProvider() error {
	cfg := n.cfg.Provider
	cfg.Store = n.Store
	p, err := NewProvider(cfg)
	if err != nil {
		return err
	}
	n.Provider = p
	return nil
}

func (n *Node) initResponder() error {
	n.Responder = &Responder{JobID: n.cfg.Provider.JobID, Steps: n.Steps, Chain: n.cfg.Disputes, Poll: n.cfg.Poll, Log: n.cfg.Log}
	return nil
}

// Run trains the job to its end and finalizes it (Provider.Run), answering disputes meanwhile,
// then, if settle is set, runs it with the responder still answering. It returns the joined
// errors of training, settling and answering.
func (n *Node) Run(ctx context.Context, settle func(context.Context) error) error {
	// Disputes can open from the first committed endpoint on: answer them while training.
	respondCtx, stopResponding := context.WithCancel(ctx)
	responded := make(chan error, 1)
	go func() { responded <- n.Responder.Run(respondCtx) }()
	err := n.Provider.Run(ctx)
	if err == nil && settle != nil {
		err = settle(ctx)
	}
	stopResponding()
	if errR := <-responded; errR != nil && !errors.Is(errR, context.Canceled) {
		err = errors.Join(err, fmt.Errorf("answer disputes: %w", errR))
	}
	return err
}

// Close stops the evidence server and releases the store, after Run has returned; it returns
// the joined errors. Closing again does nothing.
func (n *Node) Close() error {
	var errs []error
	if n.server != nil {
		errs = append(errs, n.server.Close())
		n.server = nil
	}
	if n.Store != nil {
		errs = append(errs, n.Store.Close())
	}
	return errors.Join(errs...)
}
