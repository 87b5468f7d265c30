package audit

import (
	"testing"

	"github.com/ovig/ovig/evidence"
)

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
