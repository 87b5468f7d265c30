package evidence

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Clock is the time a RetryPolicy runs on; tests inject a fake one.
type Clock interface {
	Now() time.Time
	Sleeper
}

// RealClock is the wall clock.
type RealClock struct{}

func (RealClock) Now() time.Time { return time.Now() }

func (RealClock) Sleep(ctx context.Context, d time.Duration) error {
	return realSleeper{}.Sleep(ctx, d)
}

// Defaults of RetryPolicy.
const (
	DefaultRetryInitial = 2 * time.Second
	DefaultRetryMax     = 30 * time.Second
)

// RetryPolicy retries an operation through an outage that may last minutes (a provider's
// evidence server restarting, a network partition), with exponential backoff, until a deadline
// the caller derives from the protocol (the challenge window, the arbitration deadline). A
// Client's own retries (ClientOptions.MaxAttempts) cover seconds; this covers the outage.
//
// The policy is pure: Next computes every decision from its arguments, and RetryUntil takes
// its time from a Clock. Zero values pick the defaults noted.
type RetryPolicy struct {
	// Initial is the wait after the first failure; it doubles after each further failure up
	// to Max. Defaults DefaultRetryInitial and DefaultRetryMax.
	Initial, Max time.Duration
	// MinAttempt is the least time an attempt needs: none starts later than deadline -
	// MinAttempt, and the wait before the last one is shortened so that it starts then.
	MinAttempt time.Duration
	// Jitter, if set, returns a duration in [0, max); the upper half of each wait is
	// jittered (RandomJitter, so that watchtowers do not retry in lockstep). Nil: none.
	Jitter func(max time.Duration) time.Duration
	// Retryable says whether an error may heal. Default: it wraps ErrUnavailable (evidence
	// proven invalid or malformed stays so).
	Retryable func(error) bool
}

// RandomJitter is a uniform random jitter for RetryPolicy.Jitter.
func RandomJitter(max time.Duration) time.Duration {
	if max <= 0 {
		return 0
	}
	return rand.N(max)
}

// Backoff returns the wait after failure n (n >= 1), before any deadline applies.
func (p RetryPolicy) Backoff(n int) time.Duration {
	initial, max := p.Initial, p.Max
	if initial <= 0 {
		initial = DefaultRetryInitial
	}
	if max <= 0 {
		max = DefaultRetryMax
	}
	if max < initial {
		max = initial
	}
	d := max
	if n < 1 {
		n = 1
	}
	if n-1 < 62 && initial <= max>>(n-1) {
		d = initial << (n - 1)
	}
	if p.Jitter != nil {
		d = d/2 + p.Jitter(d/2+1)
	}
	return d
}

// Next decides, after failure n (n >= 1) at now, whether to try again before deadline and
// after what wait. It returns false when no attempt can start by deadline - MinAttempt.
func (p RetryPolicy) Next(n int, now, deadline time.Time) (time.Duration, bool) {
	last := deadline.Add(-p.MinAttempt)
	if !now.Before(last) {
		return 0, false
	}
	return min(p.Backoff(n), last.Sub(now)), true
}

func (p RetryPolicy) retryable(err error) bool {
	if p.Retryable != nil {
		return p.Retryable(err)
	}
	return errors.Is(err, ErrUnavailable)
}

// RetryError is what RetryUntil returns when it gives up; it wraps the last attempt's error
// (so errors.Is(err, ErrUnavailable) still tells the outcome).
type RetryError struct {
	Attempts int
	Elapsed  time.Duration
	Reason   string // "deadline", "not retryable", or the context's error
	Err      error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts over %v (%s): %v", e.Attempts, e.Elapsed.Round(time.Millisecond), e.Reason, e.Err)
}

func (e *RetryError) Unwrap() error { return e.Err }

// RetryUntil runs op until it succeeds, fails with an error the policy does not retry, ctx
// ends, or no attempt can start before deadline. Each attempt gets a context that ends at
// deadline (measured on clock). A nil clock is the wall clock. It returns nil or a
// *RetryError. A watchtower fetching evidence until its challenge window closes:
//
//	var f *evidence.Fetched
//	p := evidence.RetryPolicy{MinAttempt: time.Minute, Jitter: evidence.RandomJitter}
//	err := evidence.RetryUntil(ctx, windowEnd.Add(-margin), p, nil, func(ctx context.Context) (err error) {
//		f, err = client.FetchEndpoint(ctx, ref, anchor, manifestHash)
//		return err
//	})
//	// errors.Is(err, evidence.ErrUnavailable): unavailable for the whole window.
func RetryUntil(ctx context.Context, deadline time.Time, p RetryPolicy, clock Clock, op func(ctx context.Context) error) error {
	if clock == nil {
		clock = RealClock{}
	}
	start := clock.Now()
	for n := 1; ; n++ {
		actx, cancel := context.WithTimeout(ctx, deadline.Sub(clock.Now()))
		err := op(actx)
		cancel()
		if err == nil {
			return nil
		}
		giveUp := func(reason string) error {
			return &RetryError{Attempts: n, Elapsed: clock.Now().Sub(start), Reason: reason, Err: err}
		}
		if ctx.Err() != nil {
			return giveUp(ctx.Err().Error())
		}
		if !p.retryable(err) {
			return giveUp("not retryable")
		}
		wait, ok := p.Next(n, clock.Now(), deadline)
		if !ok {
			return giveUp("deadline " + deadline.UTC().Format(time.RFC3339))
		}
		if serr := clock.Sleep(ctx, wait); serr != nil {
			return giveUp(serr.Error())
		}
	}
}

// OutagePolicy decides about evidence found unavailable: a provider's brief outage (a restart,
// a network blip) must not be slashed, one that lasts must. Watchtowers and arbiters both apply
// it. It confirms the finding once the evidence stayed unavailable for Grace since it was first
// seen (wall clock), or as soon as the deadline to act (chain time) is within Margin, so an
// outage to the window's end is still acted on in time; otherwise it says when to look again,
// Base doubling per try up to MaxOutageWait.
type OutagePolicy struct {
	Grace, Margin, Base time.Duration
}

// MaxOutageWait caps the wait between two looks at unavailable evidence.
const MaxOutageWait = 5 * time.Minute

// Step returns whether to act on the finding now, or the wait before the next look; tries is
// how many looks came before this one since the outage was first seen.
func (o OutagePolicy) Step(since, now time.Time, tries int, headTime, deadline uint64) (confirm bool, wait time.Duration) {
	left := time.Duration(int64(deadline)-int64(headTime))*time.Second - o.Margin
	elapsed := now.Sub(since)
	if elapsed >= o.Grace || left <= 0 {
		return true, 0
	}
	wait = max(o.Base, time.Second)
	for i := 0; i < tries && wait < MaxOutageWait; i++ {
		wait *= 2
	}
	wait = min(wait, MaxOutageWait, o.Grace-elapsed, left)
	return false, max(wait, time.Second)
}
