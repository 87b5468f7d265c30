package eval

import (
	"context"
	"os"
	"testing"

	"github.com/ovig/ovig/prover/data"
)

// TestInferenceEvaluation runs the inference section alone (OVIG_EVAL_INFERENCE=1; about a
// minute on 2 loaded cores): no honest record flagged, every attack caught on every record.
func TestInferenceEvaluation(t *testing.T) {
	if os.Getenv("OVIG_EVAL_INFERENCE") == "" {
		t.Skip("set OVIG_EVAL_INFERENCE=1 (make eval runs it as part of the report)")
	}
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := runInference(context.Background(), src, 1, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(inferenceMarkdown(rep))
	for _, w := range rep.Workloads {
		if w.HonestFlagged > 0 || w.BoundFP > 0 {
			t.Errorf("%s: %d honest records flagged of %d, %d held-out replays beyond the bound", w.Workload, w.HonestFlagged, w.HonestRecords, w.BoundFP)
		}
		for _, a := range w.Attacks {
			if a.Caught != a.Records {
				t.Errorf("%s %s: caught %d of %d records", w.Workload, a.Attack, a.Caught, a.Records)
			}
		}
	}
}
