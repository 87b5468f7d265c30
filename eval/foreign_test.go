package eval

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/ovig/ovig/prover/data"
)

// TestForeignRow (OVIG_EVAL_FOREIGN=1: minutes, mostly PyTorch starts): the foreign-trainer
// row on a 40-step MLP job, its boundary fitted on the PyTorch replayer too, catches the
// skipped update in every pairing and flags no honest interval; an attack run never flags an
// untouched interval its honest run does not (the intervals before the attack are the honest
// run's bit for bit).
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
	honest := map[string][]uint64{}
	for _, row := range r.Rows {
		if row.Behaviour == "honest" {
			honest[row.Provider] = row.Flagged
		}
	}
	for _, row := range r.Rows {
		if row.FalsePositives != 0 || row.Caught != row.Tampered || (row.Behaviour != "honest") != (row.Tampered > 0) {
			t.Errorf("%+v", row)
		}
		for _, k := range row.Flagged {
			if !slices.Contains(honest[row.Provider], k) {
				t.Errorf("%s provider, %s: untouched interval %d flagged, not flagged in the honest run", row.Provider, row.Behaviour, k)
			}
		}
	}
}

// TestForeignSkip pins where the foreign row's attack lands: python/ovig's skip:FROM-TO skips
// the updates of steps FROM..TO-1, so skip:105-106 on a 20-interval job at s = 10 touches
// interval 10 (steps 100..109) and nothing else; an untouched interval flagged in that job
// (interval 6 was, 2026-12) is the honest filter's, not a marking off by one.
func TestForeignSkip(t *testing.T) {
	for _, c := range []struct{ n, stride, step, interval uint64 }{
		{20, 10, 105, 10}, {4, 10, 25, 2}, {5, 10, 25, 2}, {3, 1, 1, 1}, {10, 4, 22, 5},
	} {
		step, k := foreignSkip(c.n, c.stride)
		if step != c.step || k != c.interval || step < k*c.stride || step >= (k+1)*c.stride || k >= c.n {
			t.Errorf("n %d, s %d: skip step %d in interval %d, want %d in %d", c.n, c.stride, step, k, c.step, c.interval)
		}
	}
}

// TestForeignFilterFalseAlarm (OVIG_EVAL_FOREIGN=1; about 15 minutes here): the eval's own
// foreign-row job (mlp-mnist, 200 steps, s = 10, 4 calibration profiles, seed 7), PyTorch
// provider rows. Fitted on emulated profiles, the interval check flags honest interval 6
// (state/fc1.bias rel_l2 7.86e-5, 1.57x its bound, 2026-12) in the honest run and in the skip
// run alike (the skip is at step 105: intervals 0..9 are the honest run's bit for bit). It is
// the filter's false alarm: its step-level dispute, every step regenerated on PyTorch and judged
// under the one-step check, is Honest, so the row counts no false positive, and the skip is
// still caught.
func TestForeignFilterFalseAlarm(t *testing.T) {
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
	ft := *Full().Foreign
	ft.Root, ft.PyTorchProviderOnly = "..", true
	r, err := runForeign(t.Context(), src, ft, 7, func(f string, a ...any) { t.Logf(f, a...) })
	if err != nil {
		t.Fatal(err)
	}
	t.Log(foreignMarkdown(r))
	if len(r.Rows) != 2 {
		t.Fatalf("rows: %+v", r.Rows)
	}
	honest, skip := r.Rows[0], r.Rows[1]
	for _, row := range r.Rows {
		if row.FalsePositives != 0 {
			t.Errorf("%s: %d false positives (flagged %v)", row.Behaviour, row.FalsePositives, row.Flagged)
		}
	}
	if skip.Tampered != 1 || skip.Caught != 1 {
		t.Errorf("skip row: %+v", skip)
	}
	for _, k := range skip.Flagged {
		if !slices.Contains(honest.Flagged, k) {
			t.Errorf("skip run: untouched interval %d flagged, not in the honest run (%v)", k, honest.Flagged)
		}
	}
	t.Logf("flagged by the filter and cleared step by step: honest %v, skip %v", honest.Flagged, skip.Flagged)
}
