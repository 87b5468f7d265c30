package serve

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/infer"
)

// Pick is one record a watchtower opens and the block it replays.
type Pick struct {
	Batch, Record uint64
	Block         int
}

// PlanChecks is the watchtower's private sample over the commits' batches from batch `from` on:
// each record is opened with probability rate and replays one block, both drawn from the secret
// and the batch root (infer.Sampled, infer.PickBlock), so the provider cannot tell in advance
// which records are looked at. Commits whose challenge window closed before now are skipped:
// nothing found there could be disputed.
func PlanChecks(secret []byte, commits []chain.InferenceCommit, from, now uint64, rate float64, blocks int) []Pick {
	var out []Pick
	for _, c := range commits {
		if c.ChallengeBy < now {
			continue
		}
		for k, b := range c.Batches {
			idx := c.First + uint64(k)
			if idx < from {
				continue
			}
			for i := range b.Records {
				if infer.Sampled(secret, evidence.Hash32(b.Root), i, rate) {
					out = append(out, Pick{Batch: idx, Record: i, Block: infer.PickBlock(secret, evidence.Hash32(b.Root), i, blocks)})
				}
			}
		}
	}
	return out
}

// Challengeable reports whether a spot check's finding is worth a bond: anything but Honest, an
// unavailable record included (the provider must serve what it committed, and the arbiters
// fetch it again before they rule).
func Challengeable(f infer.Finding) bool { return f.Outcome != infer.Honest }

// Watchtower spot-checks one job's served records as the chain commits them and challenges the
// records that do not check out.
type Watchtower struct {
	Inference *chain.Inference // with the watchtower's sender
	Registry  *chain.Registry  // the job's terms (the bond); read-only is enough
	Job       *big.Int
	Client    *Client // the provider's serve endpoint
	Verifier  *infer.Verifier
	Model     [32]byte // the job's final model hash
	Secret    []byte
	Rate      float64
	Poll      time.Duration                             // between steps in Run (default 2s)
	Sleep     func(context.Context, time.Duration) bool // injected clock, false once ctx ended (default SleepCtx)
	Log       zerolog.Logger

	next uint64 // the first batch not yet examined
}

// WatchStep is what one step did.
type WatchStep struct {
	Checked  int               // records opened
	Findings []infer.Finding   // one per record opened, in order
	Picks    []Pick            // the records opened
	Disputes map[Pick]*big.Int // challenges opened, by pick
	Errors   map[Pick]error    // challenges that failed and are retried next step
	Closed   bool              // the job is no longer Finalized: nothing left to watch
}

// Step examines every batch committed since the last step.
func (w *Watchtower) Step(ctx context.Context) (WatchStep, error) {
	res := WatchStep{Disputes: map[Pick]*big.Int{}, Errors: map[Pick]error{}}
	j, err := w.Registry.Job(ctx, w.Job)
	if err != nil {
		return res, err
	}
	if j.Status != chain.StatusFinalized {
		// Settled, slashed or cancelled: nothing committed can be challenged any more.
		res.Closed = true
		return res, nil
	}
	commits, err := w.Inference.Commits(ctx, w.Job)
	if err != nil {
		return res, err
	}
	now, err := w.Registry.HeadTime(ctx)
	if err != nil {
		return res, err
	}
	var top uint64
	byBatch := map[uint64]chain.InferenceCommit{}
	for _, c := range commits {
		for k := range c.Batches {
			byBatch[c.First+uint64(k)] = c
		}
		top = max(top, c.First+uint64(len(c.Batches)))
	}
	picks := PlanChecks(w.Secret, commits, w.next, now, w.Rate, w.Verifier.Blocks())
	for _, p := range picks {
		c := byBatch[p.Batch]
		b := c.Batches[p.Batch-c.First]
		trusted := infer.Batch{Index: p.Batch, Model: w.Model, Root: b.Root, LeafCount: b.Records}
		var f infer.Finding
		if o, err := w.Client.Record(ctx, trusted, p.Record); err != nil {
			f = infer.Finding{Outcome: infer.Unavailable, Reason: err.Error(), Block: -1}
		} else {
			f = w.Verifier.Check(o, []int{p.Block})
		}
		res.Checked++
		res.Picks = append(res.Picks, p)
		res.Findings = append(res.Findings, f)
		// One dispute at a time: a single Fraud verdict slashes the job, further bonds would only
		// be refunded.
		if !Challengeable(f) || len(res.Disputes) > 0 {
			continue
		}
		w.Log.Warn().Str("job", w.Job.String()).Uint64("batch", p.Batch).Uint64("record", p.Record).
			Str("outcome", string(f.Outcome)).Str("reason", f.Reason).Msg("inference record does not check out; challenging")
		d, err := w.Inference.Challenge(ctx, w.Registry, c, p.Batch, p.Record, w.Secret)
		if finalChallengeError(err) {
			w.Log.Info().Err(err).Uint64("batch", p.Batch).Uint64("record", p.Record).Msg("inference record cannot be challenged")
			continue
		}
		if err != nil {
			res.Errors[p] = err
			continue
		}
		res.Disputes[p] = d
	}
	// A batch whose challenge failed is examined again next step (Challenge is idempotent).
	if len(res.Errors) == 0 {
		w.next = max(w.next, top)
	}
	return res, nil
}

// Run steps until ctx ends.
func (w *Watchtower) Run(ctx context.Context) error {
	poll := w.Poll
	if poll <= 0 {
		poll = 2 * time.Second
	}
	sleep := w.Sleep
	if sleep == nil {
		sleep = SleepCtx
	}
	for {
		s, err := w.Step(ctx)
		if err != nil {
			w.Log.Warn().Err(err).Msg("inference watch step")
		}
		if s.Closed {
			w.Log.Info().Str("job", w.Job.String()).Msg("job no longer Finalized; inference watch ends")
			return nil
		}
		for p, e := range s.Errors {
			w.Log.Warn().Err(e).Uint64("batch", p.Batch).Uint64("record", p.Record).Msg("inference challenge")
		}
		if !sleep(ctx, poll) {
			return ctx.Err()
		}
	}
}

// finalChallengeError: the contract refuses the challenge for good (the record was decided or is
// disputed by another, its window closed, or this account may not challenge), so retrying
// would only repeat the revert.
func finalChallengeError(err error) bool {
	for _, name := range []string{"RecordDecided", "RecordDisputed", "ChallengeWindowClosed", "PartyCannotChallenge", "InvalidJobStatus"} {
		if chain.IsRevert(err, name) {
			return true
		}
	}
	return false
}

// SleepCtx waits d or until ctx ends (false then): the real clock for Run.
func SleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func (p Pick) String() string { return fmt.Sprintf("%d/%d#%d", p.Batch, p.Record, p.Block) }
