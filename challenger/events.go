package challenger

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
)

// Event is one confirmed registry event the service acts on. The chain watcher's events are
// translated into these (see FromRegistryEvent).
type Event interface {
	Job() *big.Int
}

// IntervalsCommitted: a batch of endpoint roots was committed.
type IntervalsCommitted struct {
	JobID *big.Int
	Batch chain.BatchRef
}

// JobFinalized: the challenge window is open until WindowEnd (inclusive).
type JobFinalized struct {
	JobID     *big.Int
	WindowEnd uint64
}

// ChallengeOpened: someone (maybe us) stood on an interval's dispute (ChallengeID is the
// dispute's id).
type ChallengeOpened struct {
	JobID, ChallengeID *big.Int
	Interval           uint64
	Challenger         common.Address
}

// ChallengeClosed: a dispute was resolved (Decided: the interval can never be challenged again)
// or lapsed (which frees its interval).
type ChallengeClosed struct {
	JobID, ChallengeID *big.Int
	Interval           uint64
	Decided            bool
}

// JobClosed: the job was settled, slashed or cancelled; nothing more to watch.
type JobClosed struct {
	JobID  *big.Int
	Status chain.JobStatus
}

// Job returns the event's job id.
func (e IntervalsCommitted) Job() *big.Int { return e.JobID }

// Job returns the event's job id.
func (e JobFinalized) Job() *big.Int { return e.JobID }

// Job returns the event's job id.
func (e ChallengeOpened) Job() *big.Int { return e.JobID }

// Job returns the event's job id.
func (e ChallengeClosed) Job() *big.Int { return e.JobID }

// Job returns the event's job id.
func (e JobClosed) Job() *big.Int { return e.JobID }

// Removed wraps an event that a reorg took off the canonical chain.
type Removed struct {
	Of Event
}

// Job returns the event's job id.
func (e Removed) Job() *big.Int { return e.Of.Job() }
