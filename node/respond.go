package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// DisputeMove is what the provider does next about one dispute on its job.
type DisputeMove uint8

const (
	DisputeWait    DisputeMove = iota // nothing to do yet
	DisputeRespond                    // post the interval's step tree
	DisputeTimeout                    // nobody named a step in time: close it Honest
	DisputeLost                       // the response window passed unanswered
)

// NextDisputeMove decides from the dispute's state and the chain time. An honest provider must
// answer every dispute within its response window: an unanswered one slashes it.
func NextDisputeMove(d chain.Dispute, now uint64) DisputeMove {
	switch {
	case !d.Open():
		return DisputeWait
	case !d.Responded && now <= d.RespondBy:
		return DisputeRespond
	case !d.Responded:
		return DisputeLost
	case d.StepsNamed == 0 && now > d.NameBy:
		return DisputeTimeout
	}
	return DisputeWait
}

// DisputeChain is what the responder needs of the registry; *chain.Registry implements it.
type DisputeChain interface {
	Job(ctx context.Context, jobID *big.Int) (chain.Job, error)
	HeadTime(ctx context.Context) (uint64, error)
	DisputesOfJob(ctx context.Context, jobID *big.Int) ([]*big.Int, error)
	DisputeOf(ctx context.Context, disputeID *big.Int) (chain.Dispute, error)
	FindBatch(ctx context.Context, jobID *big.Int, endpoint uint64) (chain.BatchRef, error)
	Respond(ctx context.Context, disputeID *big.Int, stepRoot [32]byte, start chain.BatchRef, startEndpoint uint64, firstProof, lastProof [][32]byte) error
	Timeout(ctx context.Context, disputeID *big.Int) error
}

// StepRooter is the provider's source of step roots; *Steps implements it.
type StepRooter interface {
	StepRoots(job string, k uint64) ([]evidence.Hash32, error)
}

// Responder answers the disputes on one of the provider's jobs: it posts each disputed
// interval's step tree (regenerated on the provider's own kernels) within the response window,
// and closes disputes in which no challenger named a step. It runs until the job closes.
type Responder struct {
	JobID *big.Int
	Steps StepRooter
	Chain DisputeChain
	Poll  time.Duration
	Log   zerolog.Logger
	done  map[string]bool // disputes answered or closed
}

// Run polls until the job is settled, slashed or cancelled, or ctx ends. RPC failures are
// logged and retried at the next poll.
func (r *Responder) Run(ctx context.Context) error {
	if r.Poll <= 0 {
		r.Poll = time.Second
	}
	t := time.NewTicker(r.Poll)
	defer t.Stop()
	for {
		closed, err := r.Tick(ctx)
		switch {
		case closed:
			return nil
		case err != nil && !Transient(ctx, err):
			return err
		case err != nil:
			r.Log.Warn().Err(err).Str("job", r.JobID.String()).Msg("disputes: cannot reach the chain; retrying")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Tick handles every open dispute of the job once and reports whether the job is closed.
func (r *Responder) Tick(ctx context.Context) (bool, error) {
	v, err := r.Chain.Job(ctx, r.JobID)
	if err != nil {
		return false, fmt.Errorf("disputes of job %v: %w", r.JobID, err)
	}
	switch v.Status {
	case chain.StatusFraudulent, chain.StatusSettled, chain.StatusCancelled:
		return true, nil
	}
	if v.OpenDisputes == 0 {
		return false, nil
	}
	ids, err := r.Chain.DisputesOfJob(ctx, r.JobID)
	if err != nil {
		return false, err
	}
	now, err := r.Chain.HeadTime(ctx)
	if err != nil {
		return false, err
	}
	var errs []error
	for _, id := range ids {
		if r.done[id.String()] {
			continue
		}
		if err := r.handle(ctx, id, v.Stride, now); err != nil {
			var re *chain.RevertError
			if errors.As(err, &re) {
				// The registry refused (the job was slashed through another dispute, a window
				// passed): nothing this provider can do about this dispute any more.
				r.Log.Error().Err(err).Str("job", r.JobID.String()).Str("dispute", id.String()).Msg("cannot answer the dispute")
				r.mark(id)
				continue
			}
			if !Transient(ctx, err) {
				return false, err
			}
			errs = append(errs, err)
		}
	}
	return false, errors.Join(errs...)
}

func (r *Responder) handle(ctx context.Context, id *big.Int, stride, now uint64) error {
	d, err := r.Chain.DisputeOf(ctx, id)
	if err != nil {
		return err
	}
	log := r.Log.With().Str("job", r.JobID.String()).Str("dispute", id.String()).Uint64("interval", d.Interval).Logger()
	switch NextDisputeMove(d, now) {
	case DisputeRespond:
		return r.respond(ctx, log, d, stride)
	case DisputeTimeout:
		err := r.Chain.Timeout(ctx, id)
		if err != nil && !chain.IsRevert(err, "DisputeNotOpen") {
			return fmt.Errorf("close dispute %v: %w", id, err)
		}
		log.Info().Msg("no challenger named a step in time: dispute closed Honest, the challengers' bonds go to the provider")
		r.mark(id)
	case DisputeLost:
		log.Error().Uint64("respond_by", d.RespondBy).Msg("the response window passed unanswered: the job will be slashed")
		r.mark(id)
	default:
		if !d.Open() {
			r.mark(id)
		}
	}
	return nil
}

func (r *Responder) mark(id *big.Int) {
	if r.done == nil {
		r.done = map[string]bool{}
	}
	r.done[id.String()] = true
}

func (r *Responder) respond(ctx context.Context, log zerolog.Logger, d chain.Dispute, stride uint64) error {
	k := d.Interval
	roots, err := r.Steps.StepRoots(evidence.JobKey(r.JobID), k)
	if err != nil {
		return fmt.Errorf("dispute %v: regenerate interval %d: %w", d.ID, k, err)
	}
	if uint64(len(roots)) != stride+1 {
		return fmt.Errorf("dispute %v: %d step roots for stride %d", d.ID, len(roots), stride)
	}
	if roots[stride] != d.Root {
		// The stored endpoint is not what the chain holds: nothing the provider posts can match.
		return fmt.Errorf("dispute %v: stored endpoint %d has root %s, the dispute is about %s", d.ID, k+1, evidence.Hash32(roots[stride]), evidence.Hash32(d.Root))
	}
	raw := make([][32]byte, len(roots))
	for i, h := range roots {
		raw[i] = h
	}
	stepRoot, first, last, err := chain.StepResponse(raw)
	if err != nil {
		return fmt.Errorf("dispute %v: step tree: %w", d.ID, err)
	}
	batch, err := r.Chain.FindBatch(ctx, r.JobID, k)
	if err != nil {
		return fmt.Errorf("dispute %v: batch of endpoint %d: %w", d.ID, k, err)
	}
	err = r.Chain.Respond(ctx, d.ID, stepRoot, batch, k, first, last)
	if err != nil && !chain.IsRevert(err, "AlreadyResponded") {
		return fmt.Errorf("dispute %v: respond: %w", d.ID, err)
	}
	log.Info().Str("step_root", evidence.Hash32(stepRoot).String()).Uint64("steps", stride).
		Msg("challenged: posted the interval's step tree; serving its step states")
	r.mark(d.ID)
	return nil
}
