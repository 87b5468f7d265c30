package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// StepMove is what the watchtower does next in the step phase of a dispute it stands on.
type StepMove uint8

const (
	StepWait    StepMove = iota // the provider may still respond, or a verdict is pending
	StepScan                    // audit the interval's steps and name the first bad one
	StepTimeout                 // the provider did not respond in time: close the dispute, slashing it
	StepDone                    // nothing more to do here (closed, or too late to name a step)
)

// NextStepMove decides from the dispute, our stand on it and the chain time.
func NextStepMove(d chain.Dispute, st chain.Stand, now uint64) StepMove {
	switch {
	case !d.Open() || st.Claimed:
		return StepDone
	case !d.Responded && now > d.RespondBy:
		return StepTimeout
	case !d.Responded || st.Named:
		return StepWait
	case now <= d.NameBy:
		return StepScan
	}
	return StepDone
}

// StepChain is what the step phase needs of the registry; *chain.Registry implements it.
type StepChain interface {
	ChallengeOf(ctx context.Context, disputeID *big.Int, who common.Address) (*big.Int, error)
	StandOf(ctx context.Context, challengeID *big.Int) (chain.Stand, error)
	DisputeOf(ctx context.Context, disputeID *big.Int) (chain.Dispute, error)
	NameStep(ctx context.Context, challengeID *big.Int, step uint64) error
	Timeout(ctx context.Context, disputeID *big.Int) error
	HeadTime(ctx context.Context) (uint64, error)
}

// StepAuditRequest names a disputed interval whose steps to audit, and the step tree its
// provider posted.
type StepAuditRequest struct {
	JobID        *big.Int
	Interval     uint64
	StepRoot     evidence.Hash32
	ManifestHash evidence.Hash32
	BoundaryHash evidence.Hash32
	EvidenceURI  string
}

// StepFinding is the scan's conclusion: the first step that is not Honest (Outcome not Honest),
// or, when every step is honest, the step closest to its boundary.
type StepFinding struct {
	Step uint64 `json:"step"`
	Finding
}

// StepAuditor scans a disputed interval's steps (prover/audit.Steps behind an adapter).
type StepAuditor interface {
	AuditSteps(ctx context.Context, r StepAuditRequest) (StepFinding, error)
}

// StepPlayer plays the step phase of the disputes the watchtower stands on: once the provider
// posted its step tree it audits the interval step by step (one step each, on the one-step
// boundary) and names the first bad one; if the provider does not respond in time it closes
// the dispute, which slashes the provider. An interval whose every step is honest is conceded:
// the interval replay was a false alarm and the bond goes to the provider, never the reverse.
type StepPlayer struct {
	Chain   StepChain
	Auditor StepAuditor
	Store   *Store
	Account common.Address
	Log     zerolog.Logger
	Poll    time.Duration
	// OnMove, if set, is told what was done (tests and metrics).
	OnMove func(disputeID *big.Int, move StepMove, f *StepFinding)
	done   map[string]bool
	busy   atomic.Bool
}

// Busy reports whether a pass over our disputes is under way (an interval's steps may be being
// audited).
func (p *StepPlayer) Busy() bool { return p.busy.Load() }

type standing struct {
	key       IntervalKey
	disputeID *big.Int
}

// Run plays until ctx ends; chain and audit failures are logged and retried at the next poll.
func (p *StepPlayer) Run(ctx context.Context) error {
	if p.Poll <= 0 {
		p.Poll = time.Second
	}
	t := time.NewTicker(p.Poll)
	defer t.Stop()
	for {
		if err := p.Tick(ctx); err != nil && ctx.Err() == nil {
			p.Log.Warn().Err(err).Msg("step phase: retrying at the next poll")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Tick looks once at every dispute we stand on that is not known closed.
func (p *StepPlayer) Tick(ctx context.Context) error {
	p.busy.Store(true)
	defer p.busy.Store(false)
	var open []standing
	err := p.Store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if c := r.Challenge; c != nil && c.State == StateOpened && !c.Closed && c.ChallengeID != nil && !p.done[c.ChallengeID.String()] {
			open = append(open, standing{key: k, disputeID: c.ChallengeID})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("step phase: %w", err)
	}
	if len(open) == 0 {
		return nil
	}
	now, err := p.Chain.HeadTime(ctx)
	if err != nil {
		return fmt.Errorf("step phase: %w", err)
	}
	var errs []error
	for _, s := range open {
		err := p.play(ctx, s, now)
		var re *chain.RevertError
		if errors.As(err, &re) {
			// The registry refused (the dispute closed or a window passed in between): there is
			// nothing left to play on it; the service reclaims the bond once it is closed.
			p.Log.Info().Err(err).Str("dispute", s.disputeID.String()).Msg("step phase over for this dispute")
			p.finish(s.disputeID, StepDone, nil)
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("dispute %v: %w", s.disputeID, err))
		}
	}
	return errors.Join(errs...)
}

func (p *StepPlayer) play(ctx context.Context, s standing, now uint64) error {
	id, err := p.Chain.ChallengeOf(ctx, s.disputeID, p.Account)
	if err != nil {
		return err
	}
	if id.Sign() == 0 {
		return nil // our reveal is not confirmed yet
	}
	st, err := p.Chain.StandOf(ctx, id)
	if err != nil {
		return err
	}
	d, err := p.Chain.DisputeOf(ctx, s.disputeID)
	if err != nil {
		return err
	}
	log := p.Log.With().Str("job", s.key.JobID.String()).Uint64("interval", s.key.Interval).Str("dispute", s.disputeID.String()).Logger()
	move := NextStepMove(d, st, now)
	switch move {
	case StepTimeout:
		if err := p.Chain.Timeout(ctx, s.disputeID); err != nil && !chain.IsRevert(err, "DisputeNotOpen") {
			return fmt.Errorf("timeout: %w", err)
		}
		log.Info().Msg("the provider did not post its step tree in time: dispute closed, provider slashed")
		p.finish(s.disputeID, move, nil)
	case StepScan:
		return p.scan(ctx, log, s, id, d)
	case StepDone:
		p.finish(s.disputeID, move, nil)
	}
	return nil
}

func (p *StepPlayer) scan(ctx context.Context, log zerolog.Logger, s standing, challengeID *big.Int, d chain.Dispute) error {
	job, ok, err := p.Store.Job(s.key.JobID)
	if err != nil || !ok {
		return fmt.Errorf("job record: %v (known %v)", err, ok)
	}
	f, err := p.Auditor.AuditSteps(ctx, StepAuditRequest{
		JobID: s.key.JobID, Interval: s.key.Interval, StepRoot: d.StepRoot,
		ManifestHash: job.ManifestHash, BoundaryHash: job.BoundaryHash, EvidenceURI: job.EvidenceURI,
	})
	if err != nil {
		return fmt.Errorf("audit steps: %w", err)
	}
	if f.Outcome == evidence.Honest {
		log.Warn().Uint64("closest_step", f.Step).Float64("worst_ratio", f.WorstRatio).
			Msg("every step of the interval is honest: conceding (the bond goes to the provider)")
		p.finish(s.disputeID, StepDone, &f)
		return nil
	}
	if err := p.Chain.NameStep(ctx, challengeID, f.Step); err != nil && !chain.IsRevert(err, "AlreadyNamed") {
		return fmt.Errorf("name step %d: %w", f.Step, err)
	}
	log.Info().Uint64("step", f.Step).Str("outcome", f.Outcome.String()).Str("reason", f.Reason).
		Msg("named the bad step; arbiters replay it alone")
	p.finish(s.disputeID, StepScan, &f)
	return nil
}

func (p *StepPlayer) finish(id *big.Int, move StepMove, f *StepFinding) {
	if p.done == nil {
		p.done = map[string]bool{}
	}
	p.done[id.String()] = true
	if p.OnMove != nil {
		p.OnMove(id, move, f)
	}
}
