package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// ErrJobClosed means the job ended while the provider was still working on it: slashed for
// fraud (a watchtower challenged an interval already committed) or cancelled.
var ErrJobClosed = errors.New("job closed")

// Trainer is the training state the provider advances; *workload.Trainer implements it.
type Trainer interface {
	Step() uint64
	Train(p numeric.Profile, n uint64, h *workload.Hooks) ([]float64, error)
	Capture(p numeric.Profile, endpoint uint64) (*evidence.Endpoint, error)
}

// ProviderChain is what the provider needs of the registry; *chain.Registry implements it.
type ProviderChain interface {
	Job(ctx context.Context, jobID *big.Int) (chain.Job, error)
	CommitIntervalsAt(ctx context.Context, jobID *big.Int, firstIndex uint64, roots [][32]byte) error
	Finalize(ctx context.Context, jobID *big.Int, finalModelHash [32]byte) error
}

// EvidenceStore keeps endpoint bundles; *evidence.Store implements it.
type EvidenceStore interface {
	Put(job string, endpoint uint64, b *evidence.Bundle) error
	Load(job string, endpoint uint64) (*evidence.Bundle, error)
	Endpoints(job string) ([]uint64, error)
}

// ProviderConfig wires one provider run. Everything is explicit; nothing has a hidden default
// except the clock.
type ProviderConfig struct {
	JobID        *big.Int
	ManifestJSON []byte // canonical manifest; its keccak256 is the job's manifestHash
	Profile      numeric.Profile
	// Hooks and Forge are the provider's behaviour (package attack); nil trains honestly.
	// Forge rewrites captured evidence before it is committed.
	Hooks  *workload.Hooks
	Forge  func(endpoint uint64, ep *evidence.Endpoint) (*evidence.Endpoint, error)
	Open   func(resume *evidence.Endpoint) (Trainer, error) // resume nil: initial weights
	Store  EvidenceStore
	Chain  ProviderChain
	Post   PostPolicy
	Commit evidence.CommitOptions
	Now    func() time.Time
	Log    zerolog.Logger
	// Retry rides out a node that cannot be reached (default: 1 s doubling to 1 min).
	Retry Retry
	// OnEndpoint, if set, is told about every captured endpoint (progress display).
	OnEndpoint func(endpoint, of uint64, losses []float64)
}

// Provider trains a job's manifest, captures endpoint evidence every stride steps, stores it,
// commits the roots in batches and finalizes. Run resumes from the last stored endpoint and the
// chain's committed count, so a crash neither skips nor double-posts an endpoint.
type Provider struct {
	cfg       ProviderConfig
	key       string
	manifest  *evidence.Manifest
	endpoints uint64 // N + 1
}

// NewProvider checks the configuration.
func NewProvider(cfg ProviderConfig) (*Provider, error) {
	if cfg.JobID == nil || cfg.JobID.Sign() <= 0 {
		return nil, errors.New("provider: job id must be positive")
	}
	if cfg.Open == nil || cfg.Store == nil || cfg.Chain == nil {
		return nil, errors.New("provider: Open, Store and Chain are required")
	}
	m, err := evidence.DecodeCanonicalManifest(cfg.ManifestJSON)
	if err != nil {
		return nil, fmt.Errorf("provider: manifest: %w", err)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Provider{cfg: cfg, key: evidence.JobKey(cfg.JobID), manifest: m, endpoints: m.Intervals() + 1}, nil
}

// Run trains to the end of the job and finalizes it. It returns nil at once if the job is
// already finalized.
func (p *Provider) Run(ctx context.Context) error {
	var view chain.Job
	err := p.cfg.Retry.Do(ctx, p.cfg.Log, "read job", func(ctx context.Context) (err error) {
		view, err = p.cfg.Chain.Job(ctx, p.cfg.JobID)
		return err
	})
	if err != nil {
		return fmt.Errorf("provider job %s: read job: %w", p.key, err)
	}
	if err := p.checkJob(view); err != nil {
		return err
	}
	if view.Status >= chain.StatusFinalized {
		p.cfg.Log.Info().Str("job", p.key).Uint8("status", uint8(view.Status)).Msg("job already finalized")
		return nil
	}
	tr, last, err := p.resume()
	if err != nil {
		return err
	}
	committed := view.CommittedEndpoints
	if committed > last+1 {
		return fmt.Errorf("provider job %s: chain has %d endpoints committed but the store only has 0..%d: "+
			"the evidence of committed endpoints is lost; restore the store directory", p.key, committed, last)
	}
	pending, err := p.storedRoots(committed, last)
	if err != nil {
		return err
	}
	oldest := p.cfg.Now()
	for e := last + 1; e < p.endpoints; e++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		root, err := p.advance(tr, e)
		if err != nil {
			return err
		}
		if len(pending) == 0 {
			oldest = p.cfg.Now()
		}
		pending = append(pending, root)
		if committed, pending, err = p.post(ctx, committed, pending, oldest, false); err != nil {
			return err
		}
	}
	for len(pending) > 0 {
		if committed, pending, err = p.post(ctx, committed, pending, oldest, true); err != nil {
			return err
		}
	}
	final, err := p.rootOf(p.endpoints - 1)
	if err != nil {
		return err
	}
	err = p.cfg.Retry.Do(ctx, p.cfg.Log, "finalize", func(ctx context.Context) error {
		err := p.cfg.Chain.Finalize(ctx, p.cfg.JobID, final)
		if err != nil {
			// A finalize that landed before the connection dropped is a success.
			if v, verr := p.cfg.Chain.Job(ctx, p.cfg.JobID); verr == nil && v.Status == chain.StatusFinalized {
				return nil
			}
		}
		return err
	})
	if err != nil {
		if v, verr := p.cfg.Chain.Job(ctx, p.cfg.JobID); verr == nil && v.Status.Closed() {
			return fmt.Errorf("provider job %s: %w (status %d) before it was finalized", p.key, ErrJobClosed, v.Status)
		}
		return fmt.Errorf("provider job %s: finalize: %w", p.key, err)
	}
	p.cfg.Log.Info().Str("job", p.key).Str("final", evidence.Hash32(final).String()).Msg("job finalized")
	return nil
}

func (p *Provider) checkJob(v chain.Job) error {
	want, err := p.manifest.Hash()
	if err != nil {
		return err
	}
	switch {
	case v.ManifestHash != want:
		return fmt.Errorf("provider job %s: on-chain manifest hash %s differs from the manifest's %s",
			p.key, evidence.Hash32(v.ManifestHash), want)
	case v.Stride != p.manifest.Stride || v.TotalSteps != p.manifest.TotalSteps:
		return fmt.Errorf("provider job %s: on-chain steps %d/stride %d differ from the manifest's %d/%d",
			p.key, v.TotalSteps, v.Stride, p.manifest.TotalSteps, p.manifest.Stride)
	case v.Status < chain.StatusAccepted:
		return fmt.Errorf("provider job %s: not accepted yet (status %d); accept it with its bond first", p.key, v.Status)
	case v.Status.Closed():
		return fmt.Errorf("provider job %s: %w (status %d)", p.key, ErrJobClosed, v.Status)
	}
	return nil
}

// resume opens the trainer at the last stored endpoint, or captures endpoint 0 from the initial
// weights. Stored endpoints must be exactly 0..last.
func (p *Provider) resume() (Trainer, uint64, error) {
	stored, err := p.cfg.Store.Endpoints(p.key)
	if err != nil {
		return nil, 0, fmt.Errorf("provider job %s: %w", p.key, err)
	}
	slices.Sort(stored)
	for i, e := range stored {
		if e != uint64(i) {
			return nil, 0, fmt.Errorf("provider job %s: stored endpoints have a gap at %d", p.key, i)
		}
	}
	if len(stored) == 0 {
		tr, err := p.cfg.Open(nil)
		if err != nil {
			return nil, 0, fmt.Errorf("provider job %s: initial weights: %w", p.key, err)
		}
		if _, err := p.capture(tr, 0); err != nil {
			return nil, 0, err
		}
		return tr, 0, nil
	}
	last := stored[len(stored)-1]
	b, err := p.cfg.Store.Load(p.key, last)
	if err != nil {
		return nil, 0, fmt.Errorf("provider job %s: resume: %w", p.key, err)
	}
	tr, err := p.cfg.Open(b.Endpoint)
	if err != nil {
		return nil, 0, fmt.Errorf("provider job %s: resume from endpoint %d: %w", p.key, last, err)
	}
	p.cfg.Log.Info().Str("job", p.key).Uint64("endpoint", last).Msg("resumed from stored endpoint")
	return tr, last, nil
}

// advance trains one stride and captures endpoint e.
func (p *Provider) advance(tr Trainer, e uint64) ([32]byte, error) {
	losses, err := tr.Train(p.cfg.Profile, p.manifest.Stride, p.cfg.Hooks)
	if err != nil {
		return [32]byte{}, fmt.Errorf("provider job %s: train interval %d: %w", p.key, e-1, err)
	}
	root, err := p.capture(tr, e)
	if err != nil {
		return [32]byte{}, err
	}
	if p.cfg.OnEndpoint != nil {
		p.cfg.OnEndpoint(e, p.endpoints-1, losses)
	}
	return root, nil
}

func (p *Provider) capture(tr Trainer, e uint64) ([32]byte, error) {
	ep, err := tr.Capture(p.cfg.Profile, e)
	if err == nil && p.cfg.Forge != nil {
		ep, err = p.cfg.Forge(e, ep)
	}
	if err != nil {
		return [32]byte{}, fmt.Errorf("provider job %s: capture endpoint %d: %w", p.key, e, err)
	}
	b, err := evidence.NewBundle(p.cfg.ManifestJSON, ep, p.cfg.Commit)
	if err != nil {
		return [32]byte{}, fmt.Errorf("provider job %s: commit endpoint %d: %w", p.key, e, err)
	}
	if err := p.cfg.Store.Put(p.key, e, b); err != nil {
		return [32]byte{}, fmt.Errorf("provider job %s: store endpoint %d: %w", p.key, e, err)
	}
	return b.Commitment.Root(), nil
}

func (p *Provider) rootOf(e uint64) ([32]byte, error) {
	b, err := p.cfg.Store.Load(p.key, e)
	if err != nil {
		return [32]byte{}, fmt.Errorf("provider job %s: load endpoint %d: %w", p.key, e, err)
	}
	return b.Commitment.Root(), nil
}

// storedRoots returns the roots of stored endpoints from..to that the chain does not have yet.
func (p *Provider) storedRoots(from, to uint64) ([][32]byte, error) {
	var roots [][32]byte
	for e := from; e <= to; e++ {
		r, err := p.rootOf(e)
		if err != nil {
			return nil, err
		}
		roots = append(roots, r)
	}
	return roots, nil
}

// post commits a batch if the policy says so; it returns the new committed count and the roots
// still pending.
func (p *Provider) post(ctx context.Context, committed uint64, pending [][32]byte, oldest time.Time, done bool) (uint64, [][32]byte, error) {
	n := p.cfg.Post.Take(len(pending), oldest, p.cfg.Now(), done)
	if n == 0 {
		return committed, pending, nil
	}
	err := p.cfg.Retry.Do(ctx, p.cfg.Log, "commit endpoints", func(ctx context.Context) error {
		err := p.cfg.Chain.CommitIntervalsAt(ctx, p.cfg.JobID, committed, pending[:n])
		if chain.IsRevert(err, "UnexpectedFirstIndex") {
			// An earlier try landed before the connection dropped: the chain has the batch.
			if v, verr := p.cfg.Chain.Job(ctx, p.cfg.JobID); verr == nil && v.CommittedEndpoints == committed+uint64(n) {
				return nil
			}
		}
		return err
	})
	if err != nil {
		if v, verr := p.cfg.Chain.Job(ctx, p.cfg.JobID); verr == nil && v.Status.Closed() {
			return committed, pending, fmt.Errorf("provider job %s: %w (status %d) before endpoint %d was committed",
				p.key, ErrJobClosed, v.Status, committed)
		}
		return committed, pending, fmt.Errorf("provider job %s: commit endpoints %d..%d: %w",
			p.key, committed, committed+uint64(n)-1, err)
	}
	p.cfg.Log.Info().Str("job", p.key).Uint64("first", committed).Int("count", n).Msg("endpoints committed")
	return committed + uint64(n), pending[n:], nil
}
