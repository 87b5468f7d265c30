package evidence_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
)

var t0 = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func TestRetryPolicyNext(t *testing.T) {
	s := time.Second
	maxJitter := func(max time.Duration) time.Duration { return max - 1 }
	noJitter := func(time.Duration) time.Duration { return 0 }
	cases := []struct {
		name     string
		p        evidence.RetryPolicy
		n        int
		now      time.Duration // since t0
		deadline time.Duration // since t0
		wait     time.Duration
		ok       bool
	}{
		{"defaults, first failure", evidence.RetryPolicy{}, 1, 0, 10 * time.Minute, 2 * s, true},
		{"defaults double", evidence.RetryPolicy{}, 3, 0, 10 * time.Minute, 8 * s, true},
		{"defaults cap at 30 s", evidence.RetryPolicy{}, 5, 0, 10 * time.Minute, 30 * s, true},
		{"huge n stays capped", evidence.RetryPolicy{}, 1000, 0, 10 * time.Minute, 30 * s, true},
		{"n below 1 is the first", evidence.RetryPolicy{Initial: s}, 0, 0, time.Hour, s, true},
		{"custom", evidence.RetryPolicy{Initial: 100 * time.Millisecond, Max: 250 * time.Millisecond}, 2, 0, time.Hour, 200 * time.Millisecond, true},
		{"custom cap", evidence.RetryPolicy{Initial: 100 * time.Millisecond, Max: 250 * time.Millisecond}, 3, 0, time.Hour, 250 * time.Millisecond, true},
		{"max below initial", evidence.RetryPolicy{Initial: 5 * s, Max: s}, 4, 0, time.Hour, 5 * s, true},
		{"shortened to the deadline", evidence.RetryPolicy{}, 5, 9*time.Minute + 50*s, 10 * time.Minute, 10 * s, true},
		{"shortened to deadline - MinAttempt", evidence.RetryPolicy{MinAttempt: 20 * s}, 5, 9*time.Minute + 30*s, 10 * time.Minute, 10 * s, true},
		{"no time for MinAttempt", evidence.RetryPolicy{MinAttempt: 20 * s}, 1, 9*time.Minute + 45*s, 10 * time.Minute, 0, false},
		{"at the deadline", evidence.RetryPolicy{}, 1, 10 * time.Minute, 10 * time.Minute, 0, false},
		{"past the deadline", evidence.RetryPolicy{}, 1, 11 * time.Minute, 10 * time.Minute, 0, false},
		{"jitter at its maximum keeps the full wait", evidence.RetryPolicy{Jitter: maxJitter}, 2, 0, time.Hour, 4 * s, true},
		{"jitter at zero halves it", evidence.RetryPolicy{Jitter: noJitter}, 2, 0, time.Hour, 2 * s, true},
		{"jitter then the deadline", evidence.RetryPolicy{Jitter: maxJitter}, 5, time.Hour - s, time.Hour, s, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wait, ok := tc.p.Next(tc.n, t0.Add(tc.now), t0.Add(tc.deadline))
			if wait != tc.wait || ok != tc.ok {
				t.Fatalf("Next(%d) = %v, %v; want %v, %v", tc.n, wait, ok, tc.wait, tc.ok)
			}
		})
	}
}

// retryClock advances only when slept on, or by the attempts themselves.
type retryClock struct {
	now    time.Time
	sleeps []time.Duration
}

func (c *retryClock) Now() time.Time { return c.now }

func (c *retryClock) Sleep(ctx context.Context, d time.Duration) error {
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	return ctx.Err()
}

func unavailable(op string) error {
	return &evidence.FetchError{Outcome: evidence.ErrUnavailable, Op: op, URL: "http://provider", Attempts: 5, Err: errors.New("connection refused")}
}

func TestRetryUntil(t *testing.T) {
	window := 10 * time.Minute
	cases := []struct {
		name     string
		outage   time.Duration // the provider is down for this long from t0
		fail     error         // what a failed attempt returns (default unavailable)
		ctxDone  bool
		wantErr  error // nil: success
		attempts int
		reason   string
	}{
		{"no outage", 0, nil, false, nil, 1, ""},
		// 2+4+8+16+30 = 60 s: the sixth attempt, at 60 s, finds the server back.
		{"60 s outage heals", 60 * time.Second, nil, false, nil, 6, ""},
		// Waits 2, 4, 8, 16, then 30 s each: the last is cut to start at the window's end - 5 s.
		{"outage to the window's end", 2 * window, nil, false, evidence.ErrUnavailable, 24, "deadline"},
		{"invalid evidence is not retried", 2 * window, &evidence.FetchError{Outcome: evidence.ErrInvalid, Err: errors.New("bad root")}, false, evidence.ErrInvalid, 1, "not retryable"},
		{"context cancelled", 2 * window, nil, true, evidence.ErrUnavailable, 1, "context canceled"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			clock := &retryClock{now: t0}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			attempts := 0
			op := func(actx context.Context) error {
				attempts++
				if _, ok := actx.Deadline(); !ok {
					t.Fatal("attempt has no deadline")
				}
				if clock.now.After(t0.Add(window)) {
					t.Fatalf("attempt %d at %v, after the deadline", attempts, clock.now.Sub(t0))
				}
				if clock.now.Sub(t0) >= tc.outage {
					return nil
				}
				if tc.ctxDone {
					cancel()
				}
				if tc.fail != nil {
					return tc.fail
				}
				return unavailable("manifest")
			}
			p := evidence.RetryPolicy{MinAttempt: 5 * time.Second}
			err := evidence.RetryUntil(ctx, t0.Add(window), p, clock, op)
			if attempts != tc.attempts {
				t.Errorf("%d attempts, want %d (sleeps %v)", attempts, tc.attempts, clock.sleeps)
			}
			if tc.wantErr == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var re *evidence.RetryError
			if !errors.Is(err, tc.wantErr) || !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *RetryError wrapping %v", err, tc.wantErr)
			}
			if re.Attempts != tc.attempts || !strings.Contains(re.Reason, tc.reason) {
				t.Fatalf("RetryError %+v, want %d attempts, reason %q", re, tc.attempts, tc.reason)
			}
			if tc.reason == "deadline" && clock.now.After(t0.Add(window)) {
				t.Fatalf("kept going until %v", clock.now.Sub(t0))
			}
		})
	}
}
func TestOutagePolicyStep(t *testing.T) {
	u := evidence.OutagePolicy{Grace: 10 * time.Minute, Margin: 2 * time.Minute, Base: 15 * time.Second}
	t0 := time.Unix(1_700_000_000, 0)
	since := t0
	for _, c := range []struct {
		name           string
		now            time.Time
		tries          int
		head, deadline uint64
		confirm        bool
		wait           time.Duration
	}{
		{"first sight", t0, 0, 0, 3600, false, 15 * time.Second},
		{"backs off", t0.Add(time.Minute), 3, 0, 3600, false, 2 * time.Minute},
		{"capped by the grace left", t0.Add(9 * time.Minute), 8, 0, 3600, false, time.Minute},
		{"grace over", t0.Add(10 * time.Minute), 9, 0, 3600, true, 0},
		{"deadline within margin", t0, 0, 3500, 3600, true, 0},
		{"capped by the deadline", t0, 5, 3400, 3600, false, 80 * time.Second},
	} {
		confirm, wait := u.Step(since, c.now, c.tries, c.head, c.deadline)
		if confirm != c.confirm || wait != c.wait {
			t.Errorf("%s: %v %v, want %v %v", c.name, confirm, wait, c.confirm, c.wait)
		}
	}
}
