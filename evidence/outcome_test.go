package evidence_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ovig/ovig/evidence"
)

func TestOutcomeString(t *testing.T) {
	for o, name := range map[evidence.Outcome]string{
		evidence.Fraud: "fraud", evidence.Honest: "honest", evidence.Unavailable: "unavailable",
		evidence.Invalid: "invalid", evidence.Malformed: "malformed",
	} {
		if o.String() != name || !o.Valid() {
			t.Errorf("%d: String() = %q, Valid() = %v; want %q, true", uint8(o), o.String(), o.Valid(), name)
		}
	}
	if s := evidence.Outcome(9).String(); s != "outcome(9)" {
		t.Errorf("String() = %q", s)
	}
	if evidence.Outcome(0).Valid() {
		t.Error("zero outcome is valid")
	}
}

func TestFetchOutcome(t *testing.T) {
	wrap := func(outcome error) error {
		return fmt.Errorf("audit: %w", &evidence.FetchError{Outcome: outcome, Op: "leaves", Err: errors.New("cause")})
	}
	for _, tc := range []struct {
		err  error
		want evidence.Outcome
		ok   bool
	}{
		{wrap(evidence.ErrUnavailable), evidence.Unavailable, true},
		{wrap(evidence.ErrInvalid), evidence.Invalid, true},
		{wrap(evidence.ErrMalformed), evidence.Malformed, true},
		{context.Canceled, 0, false},
		{errors.New("disk full"), 0, false},
	} {
		got, ok := evidence.FetchOutcome(tc.err)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FetchOutcome(%v) = %s, %v; want %s, %v", tc.err, got, ok, tc.want, tc.ok)
		}
	}
}
