package node

import (
	"context"
	"errors"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
)

// Retry is how a provider rides out a node it cannot reach: transient failures (anything but a
// contract revert) are tried again after Wait, doubling up to MaxWait, for as long as the
// context lives. A revert is an answer, not an outage, and is returned at once.
type Retry struct {
	Wait, MaxWait time.Duration
	// Sleep waits d or until ctx ends (injected for tests); nil sleeps on the wall clock.
	Sleep func(ctx context.Context, d time.Duration) error
}

func (r Retry) withDefaults() Retry {
	if r.Wait <= 0 {
		r.Wait = time.Second
	}
	if r.MaxWait < r.Wait {
		r.MaxWait = max(time.Minute, r.Wait)
	}
	if r.Sleep == nil {
		r.Sleep = func(ctx context.Context, d time.Duration) error {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-t.C:
				return nil
			}
		}
	}
	return r
}

// Transient reports whether err is worth retrying: not a revert, not the end of ctx.
func Transient(ctx context.Context, err error) bool {
	var re *chain.RevertError
	return err != nil && ctx.Err() == nil && !errors.As(err, &re)
}

// Do runs f until it succeeds, fails for good, or ctx ends; what names f in the log.
func (r Retry) Do(ctx context.Context, log zerolog.Logger, what string, f func(context.Context) error) error {
	r = r.withDefaults()
	wait := r.Wait
	for {
		err := f(ctx)
		if !Transient(ctx, err) {
			return err
		}
		log.Warn().Err(err).Dur("retry_in", wait).Msg(what + " failed; retrying")
		if serr := r.Sleep(ctx, wait); serr != nil {
			return errors.Join(err, serr)
		}
		wait = min(2*wait, r.MaxWait)
	}
}
