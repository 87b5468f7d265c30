package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
)

// sendResultOf classifies the error of a challenge transaction.
func sendResultOf(err error) sendResult {
	switch {
	case err == nil:
		return sendMined
	case chain.IsRevert(err, "IntervalDecided"):
		return sendLostRace
	case chain.IsRevert(err, "InvalidJobStatus"), errors.Is(err, chain.ErrCommitmentRefunded):
		return sendJobClosed
	}
	return sendFailed
}

// lostRace stands down after the interval was decided between our check and our reveal (another
// watchtower's dispute got its verdict first): caught by gas estimation of the reveal.
func (s *Service) lostRace(ctx context.Context, log zerolog.Logger, jobID *big.Int, k uint64) error {
	open, err := s.chain.OpenChallengeOf(ctx, jobID, k)
	if err != nil {
		return fmt.Errorf("job %s interval %d: read open challenge: %w", jobID, k, err)
	}
	log.Info().Str("challenge", open.String()).Msg("interval decided before our challenge landed; standing down")
	s.metrics.decisions.WithLabelValues(StandDown.String()).Inc()
	return s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
		r.Challenge, r.Other = nil, open
		if r.Audit != nil {
			r.Audit.Action, r.Audit.Decision = StandDown, "interval decided before our challenge landed"
		}
		return nil
	})
}

// challenge records the intent, sends the challenge and records its outcome. The intent is
// durable before the transaction leaves, so a crash in between is found by reconcile, which
// asks the chain instead of sending again blindly.
func (s *Service) challenge(ctx context.Context, log zerolog.Logger, jobID *big.Int, k uint64, bond *big.Int) (*big.Int, error) {
	b, ok, err := s.store.BatchOf(jobID, k+1)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("job %s interval %d: batch of endpoint %d unknown", jobID, k, k+1)
	}
	var already bool
	err = s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
		if r.Challenge != nil {
			already = true
			return nil
		}
		r.Challenge = &ChallengeRecord{State: StateIntent}
		return nil
	})
	if err != nil || already {
		return nil, err
	}
	id, sendErr := s.chain.OpenChallenge(ctx, jobID, k+1, b, bond)
	ev := event{Kind: evSent, Sent: sendResultOf(sendErr), RetryDelay: s.cfg.RetryDelay}
	var errFailed error
	if ev.Sent == sendFailed {
		s.metrics.challengeErrors.Inc()
		errFailed = s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
			r.SendFailures++
			ev.Failures = r.SendFailures
			r.Challenge = &ChallengeRecord{State: StateFailed, Error: sendErr.Error()}
			return nil
		})
		ev.Now = s.clock.Now()
	}
	switch st := next(intervalState{Phase: phaseIntent}, ev); st.Kind {
	case stepStandDown:
		return nil, s.lostRace(ctx, log, jobID, k)
	case stepDrop:
		// The job closed (another challenge proved fraud) between our check and our send.
		log.Info().Msg("job closed before our challenge landed; nothing to do")
		return nil, s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
			r.Challenge = nil
			if r.Audit != nil {
				r.Audit.Action, r.Audit.Decision = Ignore, "job closed before our challenge landed"
			}
			return nil
		})
	case stepRetrySend:
		log.Warn().Err(sendErr).Int("failures", ev.Failures).Dur("retry_in", st.At.Sub(ev.Now)).Msg("ALERT: challenge transaction failed; will retry")
		s.mu.Lock()
		s.retryAt[intervalID(jobID, k)] = retry{jobID: jobID, k: k, due: st.At}
		s.mu.Unlock()
		return nil, errors.Join(fmt.Errorf("job %s interval %d: challenge: %w", jobID, k, sendErr), errFailed)
	}
	s.metrics.challengesSent.Inc()
	log.Info().Str("challenge", id.String()).Str("bond", bond.String()).Msg("challenge opened")
	var opened bool
	err = s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
		opened = r.markOpened(id)
		return nil
	})
	if opened {
		s.recountStake()
	}
	return id, err
}
