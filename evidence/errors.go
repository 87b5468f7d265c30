package evidence

import (
	"errors"
	"fmt"
)

// Outcome sentinels. Every error from decoding, verifying or fetching evidence wraps exactly
// one of them, so callers (watchtower, arbiter) map an error onto a verdict with errors.Is.
var (
	// ErrUnavailable: nothing usable was served in time (connection refused, timeouts,
	// stalls, 404, 5xx after every retry).
	ErrUnavailable = errors.New("evidence unavailable")
	// ErrInvalid: well-formed evidence that contradicts the trusted commitment (a proof, a
	// digest or a root does not match).
	ErrInvalid = errors.New("evidence invalid")
	// ErrMalformed: a response that cannot be decoded or has the wrong size or shape.
	ErrMalformed = errors.New("evidence malformed")
	// ErrNotFound: the store holds no complete evidence for the requested endpoint.
	ErrNotFound = errors.New("evidence not found")
	// ErrCorrupt: stored evidence fails its content hashes or no longer reproduces its root.
	ErrCorrupt = errors.New("evidence store corrupt")
	// ErrExists: different evidence is already stored for this endpoint (endpoints are
	// immutable once written).
	ErrExists = errors.New("evidence already stored")
)

// FetchError carries the context of a failed fetch. errors.Is(err, ErrInvalid) (and the
// other outcomes) works through it; errors.As gives the URL, operation and attempt count.
type FetchError struct {
	Outcome  error  // ErrUnavailable, ErrInvalid or ErrMalformed
	Op       string // e.g. "leaves", "chunk 12", "tensor state/\"w1\""
	URL      string
	Attempts int
	Err      error // the last underlying cause
}

func (e *FetchError) Error() string {
	return fmt.Sprintf("fetch %s from %s (%d attempts): %v", e.Op, e.URL, e.Attempts, e.Err)
}

// Unwrap exposes both the outcome sentinel and the cause.
func (e *FetchError) Unwrap() []error { return []error{e.Outcome, e.Err} }

// outcomeOf classifies err; anything unclassified counts as unavailable.
func outcomeOf(err error) error {
	switch {
	case errors.Is(err, ErrInvalid):
		return ErrInvalid
	case errors.Is(err, ErrMalformed):
		return ErrMalformed
	default:
		return ErrUnavailable
	}
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}
