package challenger

import (
	"context"
	"errors"
	"fmt"
)

// reconcile resolves interrupted challenges against the chain and requeues unfinished work.
func (s *Service) reconcile(ctx context.Context) error {
	type item struct {
		key IntervalKey
		rec IntervalRecord
	}
	var items []item
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		items = append(items, item{k, r})
		return nil
	})
	if err != nil {
		return fmt.Errorf("read state store: %w", err)
	}
	s.recountStake()
	var errs []error
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		k, r := it.key, it.rec
		job, ok, err := s.store.Job(k.JobID)
		if err != nil || !ok {
			errs = append(errs, fmt.Errorf("job %s interval %d: job record missing: %w", k.JobID, k.Interval, err))
			continue
		}
		switch next(stateOf(r, job, false), event{Kind: evRestarted}).Kind {
		case stepEnqueue:
			err = s.enqueue(ctx, k.JobID, k.Interval, r.Root, job)
		case stepResolve:
			err = s.resolveIntent(ctx, k, job)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// resolveIntent handles a challenge whose intent was recorded but whose outcome was not (the
// process stopped between deciding and recording), or whose transaction failed. The chain
// says whether it landed; if it did not, the recorded finding is acted on again.
func (s *Service) resolveIntent(ctx context.Context, k IntervalKey, job JobRecord) error {
	id, err := s.chain.OpenChallengeOf(ctx, k.JobID, k.Interval)
	if err != nil {
		return fmt.Errorf("job %s interval %d: reconcile challenge: %w", k.JobID, k.Interval, err)
	}
	if id.Sign() != 0 {
		ours, err := s.chain.Stands(ctx, id)
		if err != nil {
			return fmt.Errorf("job %s interval %d: challenge %s: %w", k.JobID, k.Interval, id, err)
		}
		s.log.Info().Str("job", k.JobID.String()).Uint64("interval", k.Interval).Str("challenge", id.String()).
			Bool("ours", ours).Msg("interrupted challenge found on chain")
		var opened bool
		err = s.store.UpdateInterval(k.JobID, k.Interval, func(r *IntervalRecord) error {
			if !ours {
				r.Challenge, r.Other = nil, id
			} else if next(stateOf(*r, JobRecord{}, false), event{Kind: evOursOnChain}).Kind == stepOpened {
				opened = r.markOpened(id)
			}
			return nil
		})
		if opened {
			s.recountStake()
		}
		return err
	}
	// Not on chain: the transaction never landed. Decide again from the recorded finding.
	s.log.Info().Str("job", k.JobID.String()).Uint64("interval", k.Interval).Msg("interrupted challenge not on chain; deciding again")
	var f *Finding
	err = s.store.UpdateInterval(k.JobID, k.Interval, func(r *IntervalRecord) error {
		r.Challenge = nil
		if r.Audit != nil {
			f = &r.Audit.Finding
		}
		return nil
	})
	if err != nil || f == nil {
		return err
	}
	return s.act(ctx, k.JobID, k.Interval, *f)
}
