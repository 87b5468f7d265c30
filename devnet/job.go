package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/workload"
)

// JobSpec is one job of the deployment and how its provider behaves.
type JobSpec struct {
	Name      string
	Workload  string
	Behaviour attack.Behaviour
	Steps     uint64
	Stride    uint64
	Seed      uint64
	Artifact  *boundary.Artifact // the owner's calibrated boundary for the workload
	// Windows in seconds; 0 takes one day (challenge) and one hour (arbitration).
	ChallengeWindow, ArbitrationWindow uint64
	// Offline providers commit roots but never serve their evidence.
	Offline bool
}

// Job is a created job and its provider.
type Job struct {
	Spec      JobSpec
	ID        *big.Int
	Provider  common.Address
	Manifest  *evidence.Manifest
	Evidence  string // the provider's evidence server URL
	Store     *evidence.Store
	server    *gate
	done      chan struct{}
	err       error
	startedAt time.Time
	Trained   time.Duration
}

// The money of every devnet job, in ether: the owner's payment, the provider's bond and a
// watchtower's challenge bond.
const (
	paymentEther        = 10
	providerBondEther   = 4
	challengerBondEther = 1
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// AddJob writes the manifest into the library, creates the job as the owner, accepts it as a
// fresh provider that serves its evidence on a loopback port, and starts training.
func (n *Net) AddJob(ctx context.Context, spec JobSpec) (*Job, error) {
	if spec.Artifact == nil {
		return nil, fmt.Errorf("job %s: no boundary artifact", spec.Name)
	}
	bh, err := n.catalog.Publish(spec.Artifact)
	if err != nil {
		return nil, err
	}
	pol := spec.Artifact.Policy
	m, err := workload.NewManifest(spec.Workload, n.cfg.Data, workload.Options{
		Steps: spec.Steps, Stride: spec.Stride, Seed: spec.Seed, Policy: pol, BoundaryHash: bh,
		ChallengeWindow: spec.ChallengeWindow, ArbitrationWindow: spec.ArbitrationWindow,
	})
	if err != nil {
		return nil, fmt.Errorf("job %s: %w", spec.Name, err)
	}
	if _, err := n.catalog.Publish(m); err != nil {
		return nil, err
	}
	wl, err := workload.Open(m, n.cfg.Data)
	if err != nil {
		return nil, err
	}
	if err := spec.Behaviour.Load(n.cfg.Data); err != nil {
		return nil, err
	}
	key, err := n.take()
	if err != nil {
		return nil, err
	}
	s, err := n.sender(ctx, key)
	if err != nil {
		return nil, err
	}
	provider := n.Owner.WithSender(s)
	j := &Job{Spec: spec, Provider: crypto.PubkeyToAddress(key.PublicKey), Manifest: m, done: make(chan struct{})}
	canon, err := m.Canonical()
	if err != nil {
		return nil, err
	}
	// Bound before the job is created: the provider names its evidence URL when it accepts.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	j.Evidence = "http://" + ln.Addr().String()
	if j.ID, err = n.createJob(ctx, spec, m, j, provider); err != nil {
		return nil, errors.Join(err, ln.Close())
	}
	log := n.cfg.Log.With().Str("provider", spec.Name).Logger()
	nd, err := node.NewNode(node.NodeConfig{
		Provider: node.ProviderConfig{
			JobID: j.ID, ManifestJSON: canon, Profile: spec.Behaviour.Profile(pol.Reference()),
			Hooks: spec.Behaviour.Hooks(), Forge: spec.Behaviour.Forge(m.Intervals()),
			Open: func(resume *evidence.Endpoint) (node.Trainer, error) {
				if resume == nil {
					return wl.Init()
				}
				return wl.Restore(resume)
			},
			Chain: provider, Post: node.PostPolicy{BatchSize: 4}, Log: log,
		},
		StorePath: filepath.Join(n.cfg.Dir, "provider-"+j.Provider.Hex()), Job: wl, Listener: ln,
		Gate: func(h http.Handler) http.Handler {
			j.server = &gate{h: h, off: spec.Offline}
			return j.server
		},
		Disputes: provider, Poll: 200 * time.Millisecond, Log: log,
	})
	if err != nil {
		return nil, err
	}
	n.closers = append(n.closers, nd.Close)
	j.Store = nd.Store
	n.mu.Lock()
	n.Jobs = append(n.Jobs, j)
	n.mu.Unlock()
	j.startedAt = time.Now()
	// Disputes are answered until the job closes, long after training ends.
	n.goRun(spec.Name+" disputes", nd.Responder.Run)
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		defer close(j.done)
		j.err = nd.Provider.Run(n.ctx)
		j.Trained = time.Since(j.startedAt)
	}()
	return j, nil
}

// createJob creates the job as the owner, with every arbiter of the deployment, and accepts it
// as the provider, naming the job's evidence URL.
func (n *Net) createJob(ctx context.Context, spec JobSpec, m *evidence.Manifest, j *Job, provider *chain.Registry) (*big.Int, error) {
	var arbiters []common.Address
	for _, a := range n.Arbiters {
		arbiters = append(arbiters, a.Address)
	}
	head, err := n.cfg.Chain.Head(ctx)
	if err != nil {
		return nil, err
	}
	p, err := chain.JobParams(m, chain.JobTerms{
		Provider: j.Provider, ProviderBond: ether(providerBondEther), ChallengerBond: ether(challengerBondEther),
		Arbiters: arbiters, Threshold: uint8(n.cfg.Threshold),
		AcceptWithin: time.Hour, FinalizeWithin: 24 * time.Hour,
	}, head.Time)
	if err != nil {
		return nil, err
	}
	id, err := n.Owner.CreateJob(ctx, p, ether(paymentEther))
	if err != nil {
		return nil, fmt.Errorf("job %s: create: %w", spec.Name, err)
	}
	if err := provider.Accept(ctx, id, ether(providerBondEther), j.Evidence); err != nil {
		return nil, fmt.Errorf("job %s: accept: %w", spec.Name, err)
	}
	return id, nil
}

// TakeEvidenceDown makes the job's evidence server answer 503 to everything, as a provider
// that went offline would.
func (j *Job) TakeEvidenceDown() { j.server.down(true) }

// Wait blocks until the job's provider finished (finalized, failed or stopped).
func (j *Job) Wait(ctx context.Context) error {
	select {
	case <-j.done:
		return j.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// gate is an http.Handler that can be switched off.
type gate struct {
	mu  sync.Mutex
	off bool
	h   http.Handler
}

func (g *gate) down(off bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.off = off
}

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	off := g.off
	g.mu.Unlock()
	if off {
		http.Error(w, "provider offline", http.StatusServiceUnavailable)
		return
	}
	g.h.ServeHTTP(w, r)
}

// WaitFinalized waits for every provider.
func (n *Net) WaitFinalized(ctx context.Context) error {
	var errs []error
	for _, j := range n.Jobs {
		// A cheater slashed while still training stops early: that is the system working.
		if err := j.Wait(ctx); err != nil && !errors.Is(err, node.ErrJobClosed) {
			errs = append(errs, fmt.Errorf("provider of %s: %w", j.Spec.Name, err))
		}
	}
	return errors.Join(errs...)
}
