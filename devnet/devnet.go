// Package devnet runs a whole ovig deployment in one process: the registry, an owner, provider
// nodes with their evidence servers, watchtowers and arbiters, all on one chain (the embedded
// simulated backend or a dialled node such as anvil) and wired explicitly here. It is what
// `ovig demo` runs and what the end-to-end tests in test/ drive.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/arbiter"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/challenger"
	"github.com/ovig/ovig/challenger/replayaudit"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/internal/httpserve"
	"github.com/ovig/ovig/prover/data"
)

// Config describes a deployment.
type Config struct {
	Chain *chain.Chain
	// Keys are funded accounts: the owner first, then one per watchtower, one per arbiter, and
	// one per provider (as many as jobs will be added).
	Keys        []*ecdsa.PrivateKey
	Data        *data.Sources
	Dir         string // stores, state databases and the artifact library live here
	Watchtowers int
	Rate        float64 // each watchtower's sampling rate p
	Arbiters    int
	Threshold   int
	// Confirmations for the senders and watchers; 0 suits the simulated chain.
	Confirmations uint64
	// Poll is how often watchers look for new blocks.
	Poll time.Duration
	Log  zerolog.Logger
}

// Net is a running deployment.
type Net struct {
	cfg   Config
	Owner *chain.Registry
	// Inference is the OvigInference wired to the registry (auditable serving of final models).
	Inference *chain.Inference
	library   string
	catalog   *arbiter.Catalog
	deployed  uint64 // block of the registry deployment

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	errs   []error
	// idlePolls counts WaitQuiet's polls with only open disputes left (see passDisputeWindows).
	idlePolls int

	nextKey     int
	Watchtowers []*Watchtower
	Arbiters    []*Arbiter
	Jobs        []*Job
	closers     []func() error
	gas         gasLedger
}

// Watchtower is one running watchtower; it keeps its address across restarts.
type Watchtower struct {
	Address common.Address
	Service *challenger.Service
	Store   *challenger.Store
	Steps   *challenger.StepPlayer
	w       *challenger.Watchtower
	stop    context.CancelFunc
	done    chan struct{}
}

// Arbiter is one running arbiter service and its signature endpoint.
type Arbiter struct {
	Address common.Address
	URL     string
	Service *arbiter.Service
}

// New deploys the registry with its inference contract and starts the arbiters and watchtowers.
func New(ctx context.Context, cfg Config) (*Net, error) {
	if cfg.Chain == nil || cfg.Data == nil || cfg.Dir == "" {
		return nil, errors.New("devnet: chain, data and dir are required")
	}
	if need := 1 + cfg.Watchtowers + cfg.Arbiters; len(cfg.Keys) < need {
		return nil, fmt.Errorf("devnet: %d funded keys, need at least %d plus one per job", len(cfg.Keys), need)
	}
	if cfg.Arbiters < 1 || cfg.Threshold < 1 || cfg.Threshold > cfg.Arbiters {
		return nil, fmt.Errorf("devnet: threshold %d of %d arbiters", cfg.Threshold, cfg.Arbiters)
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 200 * time.Millisecond
	}
	library := filepath.Join(cfg.Dir, "library")
	if err := os.MkdirAll(library, 0o755); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n := &Net{cfg: cfg, library: library, catalog: arbiter.NewCatalog(library, cfg.Data), ctx: runCtx, cancel: cancel, nextKey: 1}
	n.gas.init(chain.NewEventDecoder())
	owner, err := n.sender(ctx, cfg.Keys[0])
	if err != nil {
		cancel()
		return nil, err
	}
	if n.Owner, n.Inference, err = chain.DeployWithInference(ctx, owner); err != nil {
		cancel()
		return nil, err
	}
	n.deployed = n.Owner.DeployBlock()
	if err := n.startArbiters(ctx); err != nil {
		return nil, errors.Join(err, n.Close())
	}
	for i := 0; i < cfg.Watchtowers; i++ {
		if err := n.startWatchtower(ctx, i); err != nil {
			return nil, errors.Join(err, n.Close())
		}
	}
	return n, nil
}

// take hands out the next unused funded key.
func (n *Net) take() (*ecdsa.PrivateKey, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.nextKey >= len(n.cfg.Keys) {
		return nil, fmt.Errorf("devnet: out of funded keys (%d)", len(n.cfg.Keys))
	}
	k := n.cfg.Keys[n.nextKey]
	n.nextKey++
	return k, nil
}

func (n *Net) sender(ctx context.Context, key *ecdsa.PrivateKey) (*chain.Sender, error) {
	return n.cfg.Chain.NewSender(ctx, key, chain.SenderOptions{
		Confirmations: max(n.cfg.Confirmations, 1), OnReceipt: n.gas.record,
	})
}

// goRun runs f until the deployment closes, recording its error.
func (n *Net) goRun(name string, f func(ctx context.Context) error) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		if err := f(n.ctx); err != nil && !errors.Is(err, context.Canceled) {
			n.fail(fmt.Errorf("%s: %w", name, err))
		}
	}()
}

func (n *Net) fail(err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.errs = append(n.errs, err)
	n.cfg.Log.Error().Err(err).Msg("devnet component failed")
}

// Err returns the errors of failed components so far.
func (n *Net) Err() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return errors.Join(n.errs...)
}

// serve starts h on a free loopback port and returns its base URL.
func (n *Net) serve(h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	srv := httpserve.Serve(ln, h)
	n.closers = append(n.closers, srv.Close)
	return srv.URL(), nil
}

func (n *Net) startArbiters(ctx context.Context) error {
	// Every endpoint is bound first: each arbiter's peers are the others' URLs.
	type pending struct {
		key *ecdsa.PrivateKey
		reg *chain.Registry
		ln  net.Listener
	}
	var all []pending
	// Listeners from `from` on are not handed to an arbiter yet.
	closeFrom := func(from int, err error) error {
		for _, a := range all[from:] {
			err = errors.Join(err, a.ln.Close())
		}
		return err
	}
	for i := 0; i < n.cfg.Arbiters; i++ {
		key, err := n.take()
		if err != nil {
			return closeFrom(0, err)
		}
		s, err := n.sender(ctx, key)
		if err != nil {
			return closeFrom(0, err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return closeFrom(0, err)
		}
		all = append(all, pending{key, n.Owner.WithSender(s), ln})
	}
	for i, a := range all {
		var peers []*arbiter.Peer
		for j, b := range all {
			if j != i {
				p, err := arbiter.NewPeer("http://"+b.ln.Addr().String(), nil)
				if err != nil {
					return closeFrom(i, err)
				}
				peers = append(peers, p)
			}
		}
		node, err := arbiter.NewNode(arbiter.NodeConfig{
			Key: a.key, Client: n.cfg.Chain.Client, Registry: a.reg, Confirmations: n.cfg.Confirmations, Poll: n.cfg.Poll,
			Library: n.catalog, Peers: peers, Listener: a.ln,
			// Seconds, as the watchtowers': the in-process deployment runs in seconds.
			Outage: evidence.OutagePolicy{Grace: 3 * time.Second, Margin: time.Second, Base: time.Second},
			Log:    n.cfg.Log.With().Str("arbiter", fmt.Sprint(i)).Logger(),
		})
		if err != nil {
			return closeFrom(i+1, err) // NewNode closed its own
		}
		n.closers = append(n.closers, node.Close)
		n.Arbiters = append(n.Arbiters, &Arbiter{Address: node.Address, URL: node.URL, Service: node.Service})
		n.goRun(fmt.Sprintf("arbiter %d", i), node.Run)
	}
	return nil
}

// startWatchtower starts watchtower i with its own secret, wallet and state database.
func (n *Net) startWatchtower(ctx context.Context, i int) error {
	key, err := n.take()
	if err != nil {
		return err
	}
	wt := &Watchtower{Address: crypto.PubkeyToAddress(key.PublicKey)}
	n.Watchtowers = append(n.Watchtowers, wt)
	return n.runWatchtower(ctx, i, key, wt)
}

func (n *Net) runWatchtower(ctx context.Context, i int, key *ecdsa.PrivateKey, wt *Watchtower) error {
	s, err := n.sender(ctx, key)
	if err != nil {
		return err
	}
	auditor, err := replayaudit.New(replayaudit.Options{Sources: n.cfg.Data, Artifacts: n.catalog})
	if err != nil {
		return err
	}
	w, err := challenger.NewWatchtower(challenger.WatchtowerConfig{
		Client: n.cfg.Chain.Client, Registry: n.Owner.WithSender(s), Confirmations: n.cfg.Confirmations, Poll: n.cfg.Poll,
		Secret: crypto.Keccak256Hash(crypto.FromECDSA(key), []byte("ovig devnet sampling secret")),
		Rate:   n.cfg.Rate, Workers: 1, QueueSize: 64, HealthyWithin: time.Hour,
		// An in-process deployment runs in seconds: a provider's server that stays down for
		// three of them is unavailable.
		UnavailableGrace: 3 * time.Second, RetryDelay: time.Second,
		StatePath: filepath.Join(n.cfg.Dir, fmt.Sprintf("watchtower-%d.db", i)), Auditor: auditor,
		Log: n.cfg.Log.With().Str("watchtower", fmt.Sprint(i)).Logger(),
	})
	if err != nil {
		return err
	}
	wt.w, wt.Service, wt.Store, wt.Steps = w, w.Service, w.Store, w.Steps
	wctx, stop := context.WithCancel(n.ctx)
	wt.stop, wt.done = stop, make(chan struct{})
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		defer close(wt.done)
		if err := w.Run(wctx); err != nil && !errors.Is(err, context.Canceled) {
			n.fail(fmt.Errorf("watchtower %d: %w", i, err))
		}
	}()
	return nil
}

// RestartWatchtower stops watchtower i (as a crash would: mid-audit, state left as it is on
// disk) and starts it again from its state database.
func (n *Net) RestartWatchtower(ctx context.Context, i int) error {
	wt := n.Watchtowers[i]
	wt.stop()
	<-wt.done
	if err := wt.w.Close(); err != nil {
		return err
	}
	var key *ecdsa.PrivateKey
	for _, k := range n.cfg.Keys {
		if crypto.PubkeyToAddress(k.PublicKey) == wt.Address {
			key = k
		}
	}
	return n.runWatchtower(ctx, i, key, wt)
}

// Close stops every component and returns their joined errors.
func (n *Net) Close() error {
	n.cancel()
	n.wg.Wait()
	errs := []error{n.Err()}
	for _, c := range n.closers {
		errs = append(errs, c())
	}
	for _, wt := range n.Watchtowers {
		if wt.w != nil {
			errs = append(errs, wt.w.Close())
		}
	}
	return errors.Join(errs...)
}

// gasLedger attributes the gas of every receipt to the job its registry events name.
type gasLedger struct {
	mu     sync.Mutex
	events *chain.EventDecoder
	byJob  map[string]uint64
	total  uint64
}

func (g *gasLedger) init(d *chain.EventDecoder) {
	g.events, g.byJob = d, map[string]uint64{}
}

func (g *gasLedger) record(r *types.Receipt) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.total += r.GasUsed
	for _, l := range r.Logs {
		name := g.events.Name(l)
		if name == "" || name == "Withdrawn" || len(l.Topics) < 2 {
			continue
		}
		g.byJob[new(big.Int).SetBytes(l.Topics[1].Bytes()).String()] += r.GasUsed
		return
	}
}

func (g *gasLedger) job(id *big.Int) uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.byJob[id.String()]
}
