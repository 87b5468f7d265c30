package challenger

import (
	"github.com/ovig/ovig/internal/testchan"

	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"
)

var t0 = time.Unix(1_800_000_000, 0)

func task(interval uint64, deadline time.Duration) Task {
	return Task{JobID: big.NewInt(1), Interval: interval, Deadline: t0.Add(deadline)}
}

// Tasks queued before the workers start run nearest deadline first, ties in submission order;
// a task already past its deadline is expired, not run.
func TestSchedulerOrder(t *testing.T) {
	clock := newFakeClock(t0.Add(5 * time.Second))
	done := make(chan uint64, 10)
	var expired []uint64
	s, err := NewScheduler(1, 10, clock,
		func(_ context.Context, tk Task) { done <- tk.Interval },
		func(_ context.Context, tk Task) { expired = append(expired, tk.Interval); done <- 1000 + tk.Interval })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, tk := range []Task{task(1, 50*time.Second), task(2, 10*time.Second), task(3, 4*time.Second),
		task(4, 10*time.Second), task(5, 5*time.Second), task(6, 30*time.Second)} {
		if err := s.Submit(ctx, tk); err != nil {
			t.Fatal(err)
		}
	}
	if s.Len() != 6 {
		t.Fatalf("queued %d", s.Len())
	}
	runCtx, cancel := context.WithCancel(ctx)
	stopped := make(chan error)
	go func() { stopped <- s.Run(runCtx) }()
	var got []uint64
	for range 6 {
		got = append(got, testchan.Recv(t, done))
	}
	cancel()
	if err := testchan.Recv(t, stopped); err != nil {
		t.Fatal(err)
	}
	// Interval 3 expired (deadline 4 s < now 5 s); interval 5's deadline is now: still in time.
	want := []uint64{1003, 5, 2, 4, 6, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
	if len(expired) != 1 || expired[0] != 3 {
		t.Fatalf("expired %v", expired)
	}
}

// A full queue refuses TrySubmit and makes Submit wait until its context ends.
func TestSchedulerBackPressure(t *testing.T) {
	s, err := NewScheduler(1, 2, newFakeClock(t0), func(context.Context, Task) {}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.TrySubmit(task(1, time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.Submit(context.Background(), task(2, time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.TrySubmit(task(3, time.Hour)); !errors.Is(err, ErrQueueFull) {
		t.Fatalf("TrySubmit on full queue: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Submit(ctx, task(3, time.Hour)); !errors.Is(err, context.Canceled) {
		t.Fatalf("Submit on full queue: %v", err)
	}
	// With room, a cancelled context still queues (room is checked first).
	s2, _ := NewScheduler(1, 1, newFakeClock(t0), func(context.Context, Task) {}, nil)
	if err := s2.Submit(ctx, task(1, time.Hour)); err != nil {
		t.Fatalf("Submit with room: %v", err)
	}
}

// Submit blocked on a full queue proceeds once a worker takes a task.
func TestSchedulerUnblocks(t *testing.T) {
	gate := make(chan struct{})
	started := make(chan uint64, 4)
	s, _ := NewScheduler(1, 1, newFakeClock(t0), func(_ context.Context, tk Task) {
		started <- tk.Interval
		<-gate
	}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := s.Submit(ctx, task(1, time.Hour)); err != nil {
		t.Fatal(err)
	}
	submitted := make(chan error)
	go func() { submitted <- s.Submit(ctx, task(2, time.Hour)) }()
	stopped := make(chan error)
	go func() { stopped <- s.Run(ctx) }()
	if got := testchan.Recv(t, started); got != 1 {
		t.Fatalf("first run %d", got)
	}
	if err := testchan.Recv(t, submitted); err != nil {
		t.Fatal(err)
	}
	close(gate)
	if got := testchan.Recv(t, started); got != 2 {
		t.Fatalf("second run %d", got)
	}
	cancel()
	if err := testchan.Recv(t, stopped); err != nil {
		t.Fatal(err)
	}
}

// Never more than the configured number of tasks run at once, and all of them do run.
func TestSchedulerConcurrencyBound(t *testing.T) {
	const workers, tasks = 3, 12
	var running, peak atomic.Int32
	gate := make(chan struct{})
	started := make(chan struct{}, tasks)
	finished := make(chan struct{}, tasks)
	s, _ := NewScheduler(workers, tasks, newFakeClock(t0), func(context.Context, Task) {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		started <- struct{}{}
		<-gate
		running.Add(-1)
		finished <- struct{}{}
	}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	for i := range tasks {
		if err := s.Submit(ctx, task(uint64(i), time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	stopped := make(chan error)
	go func() { stopped <- s.Run(ctx) }()
	for range workers {
		testchan.Recv(t, started)
	}
	if p := peak.Load(); p != workers {
		t.Fatalf("peak %d before release, want %d", p, workers)
	}
	close(gate)
	for range tasks {
		testchan.Recv(t, finished)
	}
	cancel()
	testchan.Recv(t, stopped)
	if p := peak.Load(); p != workers {
		t.Fatalf("peak concurrency %d, want %d", p, workers)
	}
}

func TestNewSchedulerRejects(t *testing.T) {
	run := func(context.Context, Task) {}
	if _, err := NewScheduler(0, 1, newFakeClock(t0), run, nil); err == nil {
		t.Error("zero workers accepted")
	}
	if _, err := NewScheduler(1, 0, newFakeClock(t0), run, nil); err == nil {
		t.Error("zero capacity accepted")
	}
	if _, err := NewScheduler(1, 1, nil, run, nil); err == nil {
		t.Error("nil clock accepted")
	}
}

// NextDeadline is the nearest queued deadline, whatever the submission order.
func TestSchedulerNextDeadline(t *testing.T) {
	s, err := NewScheduler(1, 4, newFakeClock(t0), func(context.Context, Task) {}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.NextDeadline(); ok {
		t.Fatal("deadline of an empty queue")
	}
	for _, d := range []time.Duration{3 * time.Hour, time.Hour, 2 * time.Hour} {
		if err := s.TrySubmit(Task{JobID: big.NewInt(1), Deadline: t0.Add(d)}); err != nil {
			t.Fatal(err)
		}
	}
	if got, ok := s.NextDeadline(); !ok || !got.Equal(t0.Add(time.Hour)) {
		t.Fatalf("next deadline %v %v, want %v", got, ok, t0.Add(time.Hour))
	}
}

// A job whose audit is stuck on a slow server holds one worker; the other goes to another
// job's audit, even one with a later deadline than the stuck job's next interval.
func TestSchedulerSharesWorkersAcrossJobs(t *testing.T) {
	release := make(chan struct{})
	started := make(chan Task, 8)
	s, err := NewScheduler(2, 8, newFakeClock(t0), func(ctx context.Context, tk Task) {
		started <- tk
		if tk.JobID.Int64() == 1 {
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	slow := func(k uint64, d time.Duration) Task {
		return Task{JobID: big.NewInt(1), Interval: k, Deadline: t0.Add(d)}
	}
	other := Task{JobID: big.NewInt(2), Interval: 9, Deadline: t0.Add(time.Hour)}
	for _, tk := range []Task{slow(0, time.Minute), slow(1, 2*time.Minute), slow(2, 3*time.Minute), other} {
		if err := s.TrySubmit(tk); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() { stopped <- s.Run(ctx) }()
	var got []Task
	for range 2 {
		select {
		case tk := <-started:
			got = append(got, tk)
		case <-time.After(10 * time.Second):
			t.Fatal("workers did not start two audits")
		}
	}
	if got[0].JobID.Cmp(got[1].JobID) == 0 || got[0].JobID.Int64() == 1 && got[0].Interval != 0 || got[1].JobID.Int64() == 1 && got[1].Interval != 0 {
		t.Fatalf("started %v and %v: one worker should take job 1's first audit, the other job 2's", got[0], got[1])
	}
	close(release)
	cancel()
	if err := testchan.Recv(t, stopped); err != nil {
		t.Fatal(err)
	}
}
