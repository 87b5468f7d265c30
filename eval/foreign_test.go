package eval

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/ovig/ovig/prover/data"
)

// TestForeignRow (OVIG_EVAL_FOREIGN=1: two minutes, mostly PyTorch starts): the foreign-trainer
// row on a 40-step MLP job catches the skipped update in every pairing and flags no honest
// interval.
func TestForeignRow(t *testing.T) {
	if os.Getenv("OVIG_EVAL_FOREIGN") == "" {
		t.Skip("OVIG_EVAL_FOREIGN=1 runs the foreign-trainer row")
	}
	if exec.Command("/usr/bin/python3", "-c", "import torch").Run() != nil {
		t.Skip("no /usr/bin/python3 with torch")
	}
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	ft := ForeignTrainer{Family: Family{Family: "vision", Workload: "mlp-mnist", Steps: 40, Stride: 10, CalProfiles: 2, HeldOut: 1}, Root: "..", TorchIntervals: 2}
	r, err := runForeign(t.Context(), src, ft, 7, func(f string, a ...any) { t.Logf(f, a...) })
	if err != nil {
		t.Fatal(err)
	}
	md := foreignMarkdown(r)
	t.Log(md)
	if len(r.Rows) != 4 || !strings.Contains(md, "| pytorch | ovig ") || !strings.Contains(md, "| ovig | external ") {
		t.Fatalf("rows: %+v", r.Rows)
	}
	for _, row := range r.Rows {
		if row.FalsePositives != 0 || row.Caught != row.Tampered || (row.Behaviour != "honest") != (row.Tampered > 0) {
			t.Errorf("%+v", row)
		}
	}
}
