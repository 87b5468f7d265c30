package challenger

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Config configures a Service.
type Config struct {
	Secret  [32]byte       // private sampling randomness; never shared
	Rate    float64        // per-interval sampling probability p in [0, 1]
	Account common.Address // our challenger address (to recognise our own challenges)
	// WatchOnly logs and alerts but never transacts.
	WatchOnly bool
	// Workers audit in parallel; QueueSize bounds the audits waiting for a worker.
	Workers, QueueSize int
	// GasReserve is kept on top of the bond before challenging (nil: 0).
	GasReserve *big.Int
	// InclusionDelay is the time budgeted for a challenge to land in a block: an interval
	// whose deadline is closer than that is alerted, not challenged.
	InclusionDelay time.Duration
	// HealthyWithin: /healthz fails when the last successful chain poll is older.
	HealthyWithin time.Duration
	// RetryDelay is how long after a challenge transaction failed (a dead RPC endpoint, a
	// dropped transaction; not a revert that settles the matter) the challenge is tried
	// again; the delay doubles with every failure of the interval up to MaxRetryDelay, and
	// retries go on until the challenge lands or its window closes. 0 takes
	// DefaultRetryDelay.
	RetryDelay time.Duration
	// UnavailableGrace is how long evidence must stay unavailable before the watchtower
	// challenges (it audits again meanwhile, backing off from RetryDelay); the challenge is sent
	// regardless once the window's end is within UnavailableMargin. 0 takes the defaults; a
	// negative grace challenges unavailable evidence at once.
	UnavailableGrace, UnavailableMargin time.Duration
	// Notify, if set, is called after every decision on an audited interval (alerting
	// integrations; tests use it to know when the service has acted).
	Notify func(Notice)
}

// Notice reports one decision on an audited interval.
type Notice struct {
	JobID       *big.Int
	Interval    uint64
	Finding     Finding
	Decision    Decision
	ChallengeID *big.Int // set when we opened a challenge
	Err         error    // set when acting failed
}

// DefaultRetryDelay is the first delay before a failed challenge is sent again;
// MaxRetryDelay caps its doubling.
const (
	DefaultRetryDelay = 15 * time.Second
	MaxRetryDelay     = 5 * time.Minute
	// DefaultUnavailableGrace and DefaultUnavailableMargin: a provider's evidence server may be
	// down for ten minutes before it is challenged, and is challenged regardless with ten
	// minutes of the window left.
	DefaultUnavailableGrace  = 10 * time.Minute
	DefaultUnavailableMargin = 10 * time.Minute
)

// retryDelay is the wait before the next try of a challenge that failed `failures` times.
func retryDelay(base time.Duration, failures int) time.Duration {
	d := base
	for i := 1; i < failures && d < MaxRetryDelay; i++ {
		d *= 2
	}
	return min(d, MaxRetryDelay)
}

func (c Config) validate() error {
	if math.IsNaN(c.Rate) || c.Rate < 0 || c.Rate > 1 {
		return fmt.Errorf("sampling rate %v is not a probability in [0, 1]", c.Rate)
	}
	if c.Secret == ([32]byte{}) {
		return errors.New("sampling secret is zero: every watchtower needs its own random secret")
	}
	if c.Workers < 1 || c.QueueSize < 1 {
		return fmt.Errorf("need workers >= 1 and queue size >= 1, got %d and %d", c.Workers, c.QueueSize)
	}
	if !c.WatchOnly && c.Account == (common.Address{}) {
		return errors.New("an account is required unless watch-only")
	}
	if c.RetryDelay < 0 || c.UnavailableMargin < 0 {
		return fmt.Errorf("retry delay %s and unavailable margin %s must be >= 0", c.RetryDelay, c.UnavailableMargin)
	}
	if c.InclusionDelay < 0 || c.HealthyWithin <= 0 {
		return fmt.Errorf("inclusion delay %s must be >= 0 and healthy-within %s > 0", c.InclusionDelay, c.HealthyWithin)
	}
	return nil
}
