package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovig/ovig/prover/data"
)

// logWriter sends progress lines to the test log.
type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// TestReducedEvaluation runs the reduced evaluation for real and fails when any figure the
// project claims regresses: an effective attack that escapes (d < 1 or ASR above 0% at the
// documented rate) or an honest interval flagged.
func TestReducedEvaluation(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), Reduced(), src, logWriter{t})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := rep.Write(dir); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.HeadlineTable())
	for _, f := range rep.Headline.Failures {
		t.Error(f)
	}
	h := rep.Headline
	if h.HonestIntervals == 0 || h.HeldOutIntervals == 0 {
		t.Errorf("no honest intervals opened (%d, held out %d)", h.HonestIntervals, h.HeldOutIntervals)
	}
	effective := 0
	for _, row := range h.Rows {
		effective += row.Effective
	}
	if effective < len(h.Rows)/2 {
		t.Errorf("only %d attack runs had an effect: the suite is not attacking", effective)
	}
	if o := rep.Overhead; !(o.EvidenceRatio > 1 && o.Total > o.EvidenceRatio && o.TotalAll > o.Total) {
		t.Errorf("overhead ratios out of order: evidence %v, total %v, all watchtowers %v", o.EvidenceRatio, o.Total, o.TotalAll)
	}
	raw, err := os.ReadFile(filepath.Join(dir, FileJSON))
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatalf("report.json: %v", err)
	}
	if len(back.Families) != len(rep.Families) {
		t.Errorf("report.json has %d families, want %d", len(back.Families), len(rep.Families))
	}
	for _, name := range []string{FileMarkdown, PlotDrift, PlotDetection, PlotRate} {
		if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	if os.Getenv("OVIG_EVAL_KEEP") != "" {
		_ = os.CopyFS(os.Getenv("OVIG_EVAL_KEEP"), os.DirFS(dir))
	}
}
