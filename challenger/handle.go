package challenger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// Handle applies one confirmed registry event. Events must arrive in chain order; replays of
// events already handled (after a restart) are harmless.
func (s *Service) Handle(ctx context.Context, ev Event) error {
	switch e := ev.(type) {
	case IntervalsCommitted:
		return s.onCommitted(ctx, e)
	case JobFinalized:
		return s.updateJob(ctx, e.JobID, func(j *JobRecord) {
			if !j.Status.Closed() {
				j.Status, j.WindowEnd = chain.StatusFinalized, e.WindowEnd
			}
		})
	case JobClosed:
		if err := s.updateJob(ctx, e.JobID, func(j *JobRecord) { j.Status = e.Status }); err != nil {
			return err
		}
		return s.reclaimBonds(ctx, e.JobID)
	case ChallengeOpened:
		return s.onChallengeOpened(ctx, e)
	case ChallengeClosed:
		return s.onChallengeClosed(ctx, e)
	case Removed:
		return s.onRemoved(ctx, e)
	}
	return fmt.Errorf("challenger: unknown event %T", ev)
}

// job returns the stored job record, reading it from the chain the first time.
func (s *Service) job(ctx context.Context, jobID *big.Int) (JobRecord, error) {
	j, ok, err := s.store.Job(jobID)
	if err != nil || ok {
		return j, err
	}
	j, err = s.chain.Job(ctx, jobID)
	if err != nil {
		return j, fmt.Errorf("job %s: read from chain: %w", jobID, err)
	}
	return j, s.store.PutJob(jobID, j)
}

func (s *Service) updateJob(ctx context.Context, jobID *big.Int, f func(*JobRecord)) error {
	if _, err := s.job(ctx, jobID); err != nil {
		return err
	}
	return s.store.UpdateJob(jobID, func(j *JobRecord) error { f(j); return nil })
}

func (s *Service) onCommitted(ctx context.Context, e IntervalsCommitted) error {
	job, err := s.job(ctx, e.JobID)
	if err != nil {
		return err
	}
	if err := s.store.PutBatch(e.JobID, e.Batch); err != nil {
		return err
	}
	for i, root := range e.Batch.Roots {
		end := e.Batch.First + uint64(i)
		if end == 0 {
			continue // endpoint 0 closes no interval
		}
		k := end - 1
		var rec IntervalRecord
		fresh := false
		err := s.store.UpdateInterval(e.JobID, k, func(r *IntervalRecord) error {
			if r.Root.IsZero() {
				fresh = true
				r.Root = root
				// Interval 0 is always audited: only there is the start checked against the
				// manifest's initial weights, so a provider that began elsewhere is caught.
				r.Sampled = k == 0 || Sampled(s.cfg.Secret, e.JobID, k, root, s.cfg.Rate)
			}
			rec = *r
			return nil
		})
		if err != nil {
			return err
		}
		if fresh {
			s.metrics.intervalsSeen.Inc()
			if rec.Sampled {
				s.metrics.sampled.Inc()
			}
		}
		if next(stateOf(rec, job, false), event{Kind: evCommitted}).Kind == stepEnqueue {
			if err := s.enqueue(ctx, e.JobID, k, rec.Root, job); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Service) onChallengeOpened(ctx context.Context, e ChallengeOpened) error {
	if _, err := s.job(ctx, e.JobID); err != nil {
		return err
	}
	if e.Challenger == s.cfg.Account {
		var opened bool
		err := s.store.UpdateInterval(e.JobID, e.Interval, func(r *IntervalRecord) error {
			if next(stateOf(*r, JobRecord{}, false), event{Kind: evOursOnChain}).Kind == stepOpened {
				opened = r.markOpened(e.ChallengeID)
			}
			return nil
		})
		if opened {
			s.recountStake()
		}
		return err
	}
	var rec IntervalRecord
	err := s.store.UpdateInterval(e.JobID, e.Interval, func(r *IntervalRecord) error {
		r.Other = e.ChallengeID
		rec = *r
		return nil
	})
	if err != nil {
		return err
	}
	job, err := s.job(ctx, e.JobID)
	if err != nil || next(stateOf(rec, job, false), event{Kind: evDisputedByOther}).Kind != stepEnqueue {
		return err
	}
	s.log.Info().Str("job", e.JobID.String()).Uint64("interval", e.Interval).
		Str("challenger", e.Challenger.Hex()).Msg("a sampled interval is disputed by someone else; auditing it to name its bad step if it has one")
	return s.enqueue(ctx, e.JobID, e.Interval, rec.Root, job)
}

// reclaimBonds claims our bonds of disputes still open on a closed job: they can never be judged
// once another one proved fraud, so they are lapsed and claimed (a Fraud or lapse returns the
// bond; an Honest verdict pays it to the provider and the arbiters). A failed claim is an alert,
// not a reason to stop following the chain.
func (s *Service) reclaimBonds(ctx context.Context, jobID *big.Int) error {
	if s.cfg.WatchOnly {
		return nil
	}
	var ours []*big.Int
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if k.JobID.Cmp(jobID) == 0 && next(stateOf(r, JobRecord{}, false), event{Kind: evJobClosed}).Kind == stepReclaim {
			ours = append(ours, r.Challenge.ChallengeID)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range ours {
		s.reclaim(ctx, jobID, id)
	}
	return nil
}

// reclaim claims our bond on one dispute, logging what happened to the money.
func (s *Service) reclaim(ctx context.Context, jobID, id *big.Int) {
	claimed, err := s.chain.Reclaim(ctx, id)
	switch {
	case err != nil:
		s.metrics.alerts.Inc()
		s.log.Warn().Err(err).Str("job", jobID.String()).Str("challenge", id.String()).Msg("ALERT: could not claim our challenge bond")
	case claimed:
		s.log.Info().Str("job", jobID.String()).Str("challenge", id.String()).Msg("claimed our challenge bond (credited unless the verdict was Honest; withdraw to collect)")
	}
}

func (s *Service) onChallengeClosed(ctx context.Context, e ChallengeClosed) error {
	job, err := s.job(ctx, e.JobID)
	if err != nil {
		return err
	}
	var others, ours bool
	var rec IntervalRecord
	err = s.store.UpdateInterval(e.JobID, e.Interval, func(r *IntervalRecord) error {
		if c := r.Challenge; c != nil && c.ChallengeID != nil && c.ChallengeID.Cmp(e.ChallengeID) == 0 && !c.Closed {
			c.Closed, ours = true, true
		}
		if r.Other != nil && r.Other.Cmp(e.ChallengeID) == 0 {
			r.Other, others = nil, true
		}
		rec = *r
		return nil
	})
	if err != nil {
		return err
	}
	if ours {
		s.recountStake()
		if !s.cfg.WatchOnly {
			s.reclaim(ctx, e.JobID, e.ChallengeID)
		}
	}
	job, err = s.store.knownJob(e.JobID)
	if err != nil || job.Status.Closed() {
		return err
	}
	if ours {
		// Stake on the job went down: findings deferred by the stake cap can go ahead.
		if err := s.requeueDeferred(ctx, e.JobID, job); err != nil {
			return err
		}
	}
	if !others || next(stateOf(rec, job, false), event{Kind: evOtherClosed, Decided: e.Decided}).Kind != stepEnqueue {
		return nil
	}
	return s.enqueue(ctx, e.JobID, e.Interval, rec.Root, job)
}

// requeueDeferred queues again the job's intervals whose challenge waited for stake.
func (s *Service) requeueDeferred(ctx context.Context, jobID *big.Int, job JobRecord) error {
	type item struct {
		k    uint64
		root evidence.Hash32
	}
	var todo []item
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if k.JobID.Cmp(jobID) == 0 && next(stateOf(r, job, false), event{Kind: evStakeFreed}).Kind == stepEnqueue {
			todo = append(todo, item{k.Interval, r.Root})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, it := range todo {
		if err := s.enqueue(ctx, jobID, it.k, it.root, job); err != nil {
			return err
		}
	}
	return nil
}

// stakedOn is what our open challenges on the job have at stake.
func (s *Service) stakedOn(jobID *big.Int) (*big.Int, error) {
	job, err := s.store.knownJob(jobID)
	if err != nil {
		return nil, err
	}
	var n int64
	err = s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if k.JobID.Cmp(jobID) == 0 && r.Challenge != nil && !r.Challenge.Closed && r.Challenge.State != StateFailed {
			n++
		}
		return nil
	})
	if err != nil || job.ChallengerBond == nil {
		return new(big.Int), err
	}
	return new(big.Int).Mul(job.ChallengerBond, big.NewInt(n)), nil
}

// onRemoved undoes what a reorged-out event did, as far as it matters: the batch's roots are
// forgotten (the provider may commit different ones) unless we already challenged them, and
// the job's state is read again.
func (s *Service) onRemoved(ctx context.Context, e Removed) error {
	s.log.Warn().Str("job", e.Job().String()).Str("event", fmt.Sprintf("%T", e.Of)).Msg("event removed by a reorg")
	switch o := e.Of.(type) {
	case IntervalsCommitted:
		if err := s.store.RemoveBatch(o.JobID, o.Batch); err != nil {
			return err
		}
	case ChallengeOpened:
		if o.Challenger != s.cfg.Account {
			err := s.store.UpdateInterval(o.JobID, o.Interval, func(r *IntervalRecord) error {
				if r.Other != nil && r.Other.Cmp(o.ChallengeID) == 0 {
					r.Other = nil
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	job, err := s.chain.Job(ctx, e.Job())
	if err != nil {
		return fmt.Errorf("job %s: read after reorg: %w", e.Job(), err)
	}
	return s.store.PutJob(e.Job(), job)
}

// recountStake sets the bond-at-stake gauge from the store, the one source of truth: the bonds
// of our challenges whose disputes are not closed yet.
func (s *Service) recountStake() {
	// Jobs are read after the scan: a read transaction nested in another deadlocks bbolt as
	// soon as a writer waits to grow the file.
	var open []*big.Int
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if c := r.Challenge; c != nil && c.State == StateOpened && !c.Closed {
			open = append(open, k.JobID)
		}
		return nil
	})
	if err != nil {
		s.log.Warn().Err(err).Msg("recount bonds at stake")
		return
	}
	stake := new(big.Int)
	for _, id := range open {
		if job, ok, err := s.store.Job(id); err == nil && ok && job.ChallengerBond != nil {
			stake.Add(stake, job.ChallengerBond)
		}
	}
	s.mu.Lock()
	s.stake.Set(stake)
	s.mu.Unlock()
	v, _ := new(big.Float).SetInt(stake).Float64()
	s.metrics.bondAtStake.Set(v)
	s.metrics.openChallenges.Set(float64(len(open)))
}
