package challenger

import (
	"fmt"
	"math/big"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// Action is what the watchtower does about one audited interval.
type Action uint8

// Actions.
const (
	// Ignore: nothing to do (honest, or we already challenged this interval).
	Ignore Action = iota + 1
	// Challenge: open a bonded challenge now.
	Challenge
	// Alert: the interval looks fraudulent but we will not (or cannot) transact; tell a human.
	Alert
	// StandDown: the job is already slashed.
	StandDown
	// Defer: our open challenges on the job already stake as much as its provider bond can pay;
	// challenge once one of them is decided.
	Defer
)

func (a Action) String() string {
	switch a {
	case Ignore:
		return "ignore"
	case Challenge:
		return "challenge"
	case Alert:
		return "alert"
	case StandDown:
		return "stand-down"
	case Defer:
		return "defer"
	}
	return fmt.Sprintf("action(%d)", uint8(a))
}

// Situation is everything Decide needs to know about one interval, read from the chain and
// the state store just before deciding. Times are unix seconds.
type Situation struct {
	Status     chain.JobStatus
	FinalizeBy uint64 // last second to challenge while the job is Accepted
	WindowEnd  uint64 // last second to challenge once Finalized (0 before)
	// Now is the time the challenge transaction can be expected to land (head time plus the
	// inclusion delay the caller budgets), compared against the inclusive deadline.
	Now uint64
	// OpenChallenge: the registry has an open challenge for the interval (openChallengeOf != 0).
	OpenChallenge bool
	// Ours: we already challenged (or recorded the intent to challenge) the interval.
	Ours      bool
	WatchOnly bool
	// Balance of the wallet; it must cover Bond plus GasReserve. nil Balance counts as zero.
	Balance, Bond, GasReserve *big.Int
	// Staked is what our open challenges on this job stake; with Bond it may not exceed
	// ProviderBond (what a slash of the job can pay back), or the challenge waits.
	Staked, ProviderBond *big.Int
}

// Decision is an Action and why.
type Decision struct {
	Action Action
	Reason string
}

// Deadline returns the last second (inclusive) at which an interval of a job in status s can
// be challenged, and false when it cannot be challenged at all.
func Deadline(s chain.JobStatus, finalizeBy, windowEnd uint64) (uint64, bool) {
	switch s {
	case chain.StatusAccepted:
		return finalizeBy, true
	case chain.StatusFinalized:
		return windowEnd, true
	}
	return 0, false
}

// Decide says what to do about an audited interval. It never challenges twice for one
// interval, never on a job that is not Accepted or Finalized, and only inside the window.
func Decide(s Situation, o evidence.Outcome) Decision {
	switch {
	case !o.Valid():
		return Decision{Alert, fmt.Sprintf("audit returned unknown outcome %d", uint8(o))}
	case o == evidence.Honest:
		return Decision{Ignore, "interval is within the boundary"}
	case s.Ours:
		return Decision{Ignore, "we already challenged this interval"}
	case s.Status == chain.StatusFraudulent:
		return Decision{StandDown, "job already slashed for fraud"}
	}
	// Someone else's open dispute of the interval is no reason to stand by: its challengers may
	// name an honest step (a provider's sybil would), and the verdict on their step would decide
	// the interval for good. We join it and name the bad step ourselves.
	join := ""
	if s.OpenChallenge {
		join = "; joining the open dispute to name the bad step"
	}
	deadline, ok := Deadline(s.Status, s.FinalizeBy, s.WindowEnd)
	switch {
	case !ok:
		return Decision{Alert, fmt.Sprintf("%s evidence on a %s job, which cannot be challenged", o, s.Status)}
	case s.Now > deadline:
		return Decision{Alert, fmt.Sprintf("%s evidence but the challenge window closed at %d (now %d)", o, deadline, s.Now)}
	case s.WatchOnly:
		return Decision{Alert, fmt.Sprintf("%s evidence; watch-only mode", o)}
	}
	need := new(big.Int)
	if s.Bond != nil {
		need.Add(need, s.Bond)
	}
	if s.GasReserve != nil {
		need.Add(need, s.GasReserve)
	}
	bal := s.Balance
	if bal == nil {
		bal = new(big.Int)
	}
	if bal.Cmp(need) < 0 {
		return Decision{Alert, fmt.Sprintf("%s evidence; balance %s wei below bond plus gas reserve %s wei", o, bal, need)}
	}
	if s.ProviderBond != nil {
		at := new(big.Int)
		if s.Staked != nil {
			at.Set(s.Staked)
		}
		if s.Bond != nil {
			at.Add(at, s.Bond)
		}
		if at.Cmp(s.ProviderBond) > 0 {
			return Decision{Defer, fmt.Sprintf("%s evidence; %s wei would be at stake on this job, more than its provider bond %s wei can pay", o, at, s.ProviderBond)}
		}
	}
	return Decision{Challenge, fmt.Sprintf("%s evidence, deadline %d%s", o, deadline, join)}
}
