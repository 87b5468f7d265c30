package challenger

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ovig/ovig/evidence"
)

// retry is a failed challenge waiting for its next try.
type retry struct {
	jobID *big.Int
	k     uint64
	due   time.Time
}

// retryDue queues every failed challenge and unconfirmed outage whose retry is due; the worker
// that picks a challenge up asks the chain first, in case the failed transaction landed after all.
func (s *Service) retryDue(ctx context.Context, now time.Time) {
	s.mu.Lock()
	var due []retry
	for id, r := range s.retryAt {
		if !now.Before(r.due) {
			due = append(due, r)
			delete(s.retryAt, id)
		}
	}
	s.mu.Unlock()
	for _, r := range due {
		if next(intervalState{}, event{Kind: evRetryDue}).Kind != stepEnqueue {
			continue
		}
		s.bg.Go(func() {
			if err := s.requeue(ctx, r.jobID, r.k); err != nil && ctx.Err() == nil {
				s.log.Error().Err(err).Str("job", r.jobID.String()).Uint64("interval", r.k).Msg("queue challenge retry")
			}
		})
	}
}

// requeue puts an interval back in the scheduler from its stored record.
func (s *Service) requeue(ctx context.Context, jobID *big.Int, k uint64) error {
	rec, ok, err := s.store.Interval(jobID, k)
	if err != nil || !ok {
		return err
	}
	job, err := s.store.knownJob(jobID)
	if err != nil {
		return err
	}
	return s.enqueue(ctx, jobID, k, rec.Root, job)
}

func intervalID(jobID *big.Int, k uint64) string { return jobID.String() + "/" + fmt.Sprint(k) }

// taskState is where an interval is in the service's hands: one task per interval at a time.
type taskState uint8

const (
	taskWaiting  taskState = iota // in the scheduler; it reads the store when it starts
	taskRunning                   // a worker has it
	taskRunAgain                  // a worker has it, and it must run once more afterwards
)

// enqueue hands a sampled interval to the scheduler. An interval still waiting in the queue is
// left there (it reads the latest state when it starts); one being worked on is marked to run
// once more afterwards: the state that made us enqueue it (a challenge closing, say) may have
// arrived after the running work read the store.
func (s *Service) enqueue(ctx context.Context, jobID *big.Int, k uint64, root evidence.Hash32, job JobRecord) error {
	deadline, ok := job.Deadline()
	if !ok {
		return nil
	}
	return s.submit(ctx, Task{JobID: jobID, Interval: k, Root: root, Deadline: time.Unix(int64(deadline), 0)})
}

func (s *Service) submit(ctx context.Context, t Task) error {
	id := intervalID(t.JobID, t.Interval)
	s.mu.Lock()
	if st, busy := s.queued[id]; busy {
		if st == taskRunning {
			s.queued[id] = taskRunAgain
		}
		s.mu.Unlock()
		return nil
	}
	s.queued[id] = taskWaiting
	s.mu.Unlock()
	if err := s.sched.Submit(ctx, t); err != nil {
		s.mu.Lock()
		delete(s.queued, id)
		s.mu.Unlock()
		return err
	}
	s.observeQueue()
	return nil
}

func (s *Service) observeQueue() {
	next, ok := s.sched.NextDeadline()
	s.metrics.setQueue(s.sched.Len(), next, ok, s.clock.Now())
}

// done ends the work on t and queues it again if that was asked for meanwhile.
func (s *Service) done(ctx context.Context, t Task) {
	id := intervalID(t.JobID, t.Interval)
	s.mu.Lock()
	again := s.queued[id] == taskRunAgain
	delete(s.queued, id)
	s.mu.Unlock()
	s.observeQueue()
	if again {
		s.bg.Go(func() {
			if err := s.submit(ctx, t); err != nil && ctx.Err() == nil {
				s.log.Error().Err(err).Stringer("task", t).Msg("requeue")
			}
		})
	}
}

// expired handles a task whose deadline passed in the queue. The job may have been finalized
// since it was queued (which moves the deadline to the window end): then it goes back in.
func (s *Service) expired(ctx context.Context, t Task) {
	s.done(ctx, t)
	job, err := s.store.knownJob(t.JobID)
	if err != nil {
		s.log.Error().Err(err).Stringer("task", t).Msg("expired task")
		return
	}
	d, ok := job.Deadline()
	if next(intervalState{}, event{Kind: evExpired, DeadlineMoved: ok && time.Unix(int64(d), 0).After(t.Deadline)}).Kind == stepEnqueue {
		s.bg.Go(func() {
			if err := s.enqueue(ctx, t.JobID, t.Interval, t.Root, job); err != nil && ctx.Err() == nil {
				s.log.Error().Err(err).Stringer("task", t).Msg("requeue")
			}
		})
		return
	}
	s.metrics.expired.Inc()
	s.log.Warn().Stringer("task", t).Msg("challenge deadline passed before the audit could run")
}

// work audits one interval (unless a previous run already did) and acts on the finding.
func (s *Service) work(ctx context.Context, t Task) {
	s.mu.Lock()
	s.queued[intervalID(t.JobID, t.Interval)] = taskRunning
	s.mu.Unlock()
	defer s.done(ctx, t)
	if err := s.audit(ctx, t); err != nil && ctx.Err() == nil {
		s.log.Error().Err(err).Stringer("task", t).Msg("audit")
	}
}
