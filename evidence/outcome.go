package evidence

import (
	"errors"
	"fmt"
)

// Outcome is what an audit concludes about one interval's evidence. It lives here, beside the
// fetch errors it is derived from, so the watchtower, the arbiter and the audit share one type
// without the watchtower core importing the numeric engine.
type Outcome uint8

// Outcomes. The zero value is not an outcome, so a forgotten finding never reads as Honest.
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

// FetchOutcome maps a failed evidence fetch onto an outcome. ok is false when err carries
// none of the typed fetch outcomes (the auditor's own failure, which must not become a
// finding against the provider).
func FetchOutcome(err error) (o Outcome, ok bool) {
	switch {
	case errors.Is(err, ErrInvalid):
		return Invalid, true
	case errors.Is(err, ErrMalformed):
		return Malformed, true
	case errors.Is(err, ErrUnavailable):
		return Unavailable, true
	}
	return 0, false
}
