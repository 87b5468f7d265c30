package audit

import "github.com/ovig/ovig/evidence"

// Outcome is what an audit concludes about one interval. The type lives in package evidence
// so the watchtower core and the chain layer use it without importing the numeric engine;
// these names keep the audit's own vocabulary.
type Outcome = evidence.Outcome

// Outcomes.
const (
	Honest      = evidence.Honest
	Fraud       = evidence.Fraud
	Unavailable = evidence.Unavailable
	Invalid     = evidence.Invalid
	Malformed   = evidence.Malformed
)

// FetchOutcome maps a failed evidence fetch onto an outcome (see evidence.FetchOutcome).
func FetchOutcome(err error) (Outcome, bool) { return evidence.FetchOutcome(err) }
