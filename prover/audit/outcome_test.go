package audit

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

func TestOutcomeChainMapping(t *testing.T) {
	for _, tc := range []struct {
		o    Outcome
		name string
		want uint8
	}{
		{Fraud, "fraud", chain.OutcomeFraud},
		{Honest, "honest", chain.OutcomeHonest},
		{Unavailable, "unavailable", chain.OutcomeUnavailable},
		{Invalid, "invalid", chain.OutcomeUnavailable},
		{Malformed, "malformed", chain.OutcomeUnavailable},
	} {
		got, err := tc.o.Chain()
		if err != nil || got != tc.want {
			t.Errorf("%s.Chain() = %d, %v; want %d", tc.o, got, err, tc.want)
		}
		if tc.o.String() != tc.name {
			t.Errorf("String() = %q, want %q", tc.o.String(), tc.name)
		}
	}
	if _, err := Outcome(0).Chain(); err == nil {
		t.Error("zero outcome mapped onto a chain outcome")
	}
	if s := Outcome(9).String(); s != "outcome(9)" {
		t.Errorf("String() = %q", s)
	}
}

func TestFetchOutcome(t *testing.T) {
	wrap := func(outcome error) error {
		return fmt.Errorf("audit: %w", &evidence.FetchError{Outcome: outcome, Op: "leaves", Err: errors.New("cause")})
	}
	for _, tc := range []struct {
		err  error
		want Outcome
		ok   bool
	}{
		{wrap(evidence.ErrUnavailable), Unavailable, true},
		{wrap(evidence.ErrInvalid), Invalid, true},
		{wrap(evidence.ErrMalformed), Malformed, true},
		{context.Canceled, 0, false},
		{errors.New("disk full"), 0, false},
	} {
		got, ok := FetchOutcome(tc.err)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FetchOutcome(%v) = %s, %v; want %s, %v", tc.err, got, ok, tc.want, tc.ok)
		}
	}
}

func TestConsistency(t *testing.T) {
	pol := evidence.PrecisionPolicy{Operand: "f32", Accumulate: "f32"}
	ok := evidence.Metadata{Endpoint: 3, Step: 30, Precision: pol}
	if r := Consistency(ok, 3, 10, pol); r != "" {
		t.Fatalf("consistent metadata rejected: %s", r)
	}
	for name, m := range map[string]evidence.Metadata{
		"endpoint":  {Endpoint: 2, Step: 30, Precision: pol},
		"step":      {Endpoint: 3, Step: 29, Precision: pol},
		"precision": {Endpoint: 3, Step: 30, Precision: evidence.PrecisionPolicy{Operand: "bf16", Accumulate: "f32"}},
	} {
		if r := Consistency(m, 3, 10, pol); r == "" {
			t.Errorf("%s mismatch accepted", name)
		}
	}
}
