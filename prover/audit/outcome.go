package audit

import (
	"errors"
	"fmt"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// Outcome is what an audit concludes about one interval.
type Outcome uint8

// Outcomes. The zero value is not an outcome, so a forgotten Finding never reads as Honest.
const (
	Honest Outcome = iota + 1
	Fraud
	Unavailable // the provider did not serve the evidence
	Invalid     // the served evidence contradicts the on-chain root
	Malformed   // the served evidence cannot be decoded or has the wrong shape
)

func (o Outcome) String() string {
	switch o {
	case Honest:
		return "honest"
	case Fraud:
		return "fraud"
	case Unavailable:
		return "unavailable"
	case Invalid:
		return "invalid"
	case Malformed:
		return "malformed"
	}
	return fmt.Sprintf("outcome(%d)", uint8(o))
}

// Valid reports whether o is one of the defined outcomes.
func (o Outcome) Valid() bool { return o >= Honest && o <= Malformed }

// Chain maps the outcome onto the registry's verdict outcome. Invalid and malformed evidence
// are as bad as none: all three become Unavailable on chain.
func (o Outcome) Chain() (uint8, error) {
	switch o {
	case Fraud:
		return chain.OutcomeFraud, nil
	case Honest:
		return chain.OutcomeHonest, nil
	case Unavailable, Invalid, Malformed:
		return chain.OutcomeUnavailable, nil
	}
	return 0, fmt.Errorf("audit outcome %d has no chain outcome", uint8(o))
}

// FetchOutcome maps a failed evidence fetch onto an outcome. ok is false when err carries
// none of the typed fetch outcomes (the auditor's own failure, which must not become a
// finding against the provider).
func FetchOutcome(err error) (o Outcome, ok bool) {
	switch {
	case errors.Is(err, evidence.ErrInvalid):
		return Invalid, true
	case errors.Is(err, evidence.ErrMalformed):
		return Malformed, true
	case errors.Is(err, evidence.ErrUnavailable):
		return Unavailable, true
	}
	return 0, false
}
