package challenger

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"
)

// Clock tells the time; tests pass a fake one so that expiry is deterministic.
type Clock interface {
	Now() time.Time
}

// Task is one sampled interval waiting for its audit.
type Task struct {
	JobID    *big.Int
	Interval uint64
	Root     [32]byte  // committed root of endpoint Interval+1
	Deadline time.Time // the interval's last moment to be challenged
}

func (t Task) String() string { return fmt.Sprintf("job %s interval %d", t.JobID, t.Interval) }

// ErrQueueFull is returned by TrySubmit when the queue is at capacity.
var ErrQueueFull = errors.New("audit queue full")

// Scheduler runs tasks on a bounded number of workers from a bounded queue, nearest deadline
// first (ties in submission order) among jobs with no audit running, so that one job's slow
// evidence server cannot occupy every worker while other jobs wait. Submit blocks while the queue is full, which pushes back on
// the event consumer instead of growing memory without bound. A task whose deadline has passed
// when a worker picks it up goes to the expired callback instead of the handler: auditing it
// could no longer lead to a challenge.
type Scheduler struct {
	workers int
	clock   Clock
	run     func(context.Context, Task)
	expired func(context.Context, Task)

	slots chan struct{} // one token per queued task; full means back-pressure
	ready chan struct{} // one token per task a worker may pop

	mu      sync.Mutex
	q       taskHeap
	seq     uint64
	running map[string]int // job id -> audits running
}

// NewScheduler returns a scheduler with the given number of workers and queue capacity.
// expired may be nil.
func NewScheduler(workers, capacity int, clock Clock, run func(context.Context, Task), expired func(context.Context, Task)) (*Scheduler, error) {
	if workers < 1 {
		return nil, fmt.Errorf("scheduler: need at least one worker, got %d", workers)
	}
	if capacity < 1 {
		return nil, fmt.Errorf("scheduler: need queue capacity of at least one, got %d", capacity)
	}
	if clock == nil || run == nil {
		return nil, errors.New("scheduler: clock and handler are required")
	}
	if expired == nil {
		expired = func(context.Context, Task) {}
	}
	return &Scheduler{
		workers: workers, clock: clock, run: run, expired: expired,
		slots:   make(chan struct{}, capacity),
		ready:   make(chan struct{}, capacity),
		running: map[string]int{},
	}, nil
}

// Submit queues t, waiting while the queue is full until ctx ends.
func (s *Scheduler) Submit(ctx context.Context, t Task) error {
	select {
	case s.slots <- struct{}{}:
	default:
		select {
		case s.slots <- struct{}{}:
		case <-ctx.Done():
			return fmt.Errorf("queue %s: %w", t, ctx.Err())
		}
	}
	s.push(t)
	return nil
}

// TrySubmit queues t or returns ErrQueueFull at once.
func (s *Scheduler) TrySubmit(t Task) error {
	select {
	case s.slots <- struct{}{}:
		s.push(t)
		return nil
	default:
		return fmt.Errorf("queue %s: %w", t, ErrQueueFull)
	}
}

// Len is the number of queued tasks not yet picked up by a worker.
func (s *Scheduler) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.q.Len()
}

// NextDeadline is the nearest deadline of the queued tasks; ok is false when none is queued.
func (s *Scheduler) NextDeadline() (deadline time.Time, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.q.Len() == 0 {
		return time.Time{}, false
	}
	return s.q[0].Deadline, true
}

func (s *Scheduler) push(t Task) {
	s.mu.Lock()
	heap.Push(&s.q, queued{t, s.seq})
	s.seq++
	s.mu.Unlock()
	s.ready <- struct{}{}
}

// pop takes the nearest-deadline task of a job with no audit running, or, when every queued
// task's job already has one, the nearest-deadline task: a provider whose slow server holds a
// worker delays the audits of its own job, not everyone's.
func (s *Scheduler) pop() Task {
	s.mu.Lock()
	best := 0
	for i := 1; i < len(s.q); i++ {
		bi, ii := s.running[s.q[best].JobID.String()] > 0, s.running[s.q[i].JobID.String()] > 0
		if bi != ii {
			if bi {
				best = i
			}
			continue
		}
		if s.q.Less(i, best) {
			best = i
		}
	}
	t := heap.Remove(&s.q, best).(queued).Task
	s.running[t.JobID.String()]++
	s.mu.Unlock()
	<-s.slots
	return t
}

func (s *Scheduler) finished(t Task) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := t.JobID.String()
	if s.running[key]--; s.running[key] <= 0 {
		delete(s.running, key)
	}
}

// Run works the queue until ctx ends, then waits for the running tasks to return. Queued tasks
// are left queued (the state store has them, so a restart picks them up again).
func (s *Scheduler) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for range s.workers {
		wg.Go(func() {
			for {
				select {
				case <-ctx.Done():
					return
				case <-s.ready:
				}
				// A pick-up racing with shutdown must not start new work.
				if ctx.Err() != nil {
					s.ready <- struct{}{}
					return
				}
				t := s.pop()
				if s.clock.Now().After(t.Deadline) { // deadlines are inclusive
					s.finished(t)
					s.expired(ctx, t)
					continue
				}
				s.run(ctx, t)
				s.finished(t)
			}
		})
	}
	wg.Wait()
	return nil
}

type queued struct {
	Task
	seq uint64
}

type taskHeap []queued

func (h taskHeap) Len() int { return len(h) }
func (h taskHeap) Less(i, j int) bool {
	if !h[i].Deadline.Equal(h[j].Deadline) {
		return h[i].Deadline.Before(h[j].Deadline)
	}
	return h[i].seq < h[j].seq
}
func (h taskHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *taskHeap) Push(x any)   { *h = append(*h, x.(queued)) }
func (h *taskHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
