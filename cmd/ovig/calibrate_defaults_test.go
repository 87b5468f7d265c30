package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovig/ovig/prover/calibrate"
	"github.com/ovig/ovig/prover/numeric"
)

func TestDefaultHeldOut(t *testing.T) {
	for _, pol := range []numeric.Policy{{Operand: numeric.F32, Accum: numeric.AccF32}, {Operand: numeric.BF16, Accum: numeric.AccF32}, {Operand: numeric.F32, Accum: numeric.AccF64}} {
		all := pol.HonestProfiles()
		held := calibrate.DefaultHeldOut(pol, defaultHeldOutCount, nil)
		if len(held) != defaultHeldOutCount {
			t.Fatalf("%s: held out %v", pol.Name(), held)
		}
		seen := map[numeric.Profile]bool{}
		for _, p := range held {
			if p == pol.Reference() || !pol.Admits(p) || seen[p] {
				t.Fatalf("%s: held out %v", pol.Name(), held)
			}
			seen[p] = true
		}
		// Calibrating on all but two leaves those two to hold out; on all, none.
		rest := all[1 : len(all)-2]
		if got := calibrate.DefaultHeldOut(pol, defaultHeldOutCount, rest); len(got) != 2 || got[0] != all[len(all)-2] || got[1] != all[len(all)-1] {
			t.Fatalf("%s: with %d calibration profiles held out %v", pol.Name(), len(rest), got)
		}
		if got := calibrate.DefaultHeldOut(pol, defaultHeldOutCount, all[1:]); len(got) != 0 {
			t.Fatalf("%s: held out %v of no candidates", pol.Name(), got)
		}
	}
}

func TestCalibrateDefaults(t *testing.T) {
	help := mustOvig(t, "calibrate", "--help")
	for _, want := range []string{"f32/acc=f32/red=seq/fma=off", "f32/acc=f32/red=lanes8/fma=on", "f32/acc=f64/red=splitk4/fma=off", "kblockN", "Without --held-out",
		"f32/acc=f32/red=lanes8/fma=on/sm=f32/bias=f32lanes8/loss=f32/opt=f32", "f32/acc=f32/red=seq/fma=off/opt=f32"} {
		if !strings.Contains(help, want) {
			t.Errorf("calibrate --help lacks %q:\n%s", want, help)
		}
	}
	// Without --held-out (as in the README) calibration holds profiles out by itself. A small
	// run: two calibration profiles, the default held-out ones, one endpoint of a short reference
	// run, three one-step steps (the fourth is the endpoint) and no held-out time (one early endpoint cannot bound a whole
	// job's drift). The one-step check is calibrated though --strides does not name stride 1.
	out := filepath.Join(t.TempDir(), "boundary")
	got := mustOvig(t, "calibrate", "--data-dir="+mustAbs(t, "../.."), "--workload", "mlp-mnist", "--strides", "2", "--endpoints", "2",
		"--steps", "20", "--held-out-time", "none", "--one-step-every", "5", "--profiles", "f32/acc=f32/red=pairwise/fma=off,f32/acc=f32/red=lanes8/fma=off", "--out", out)
	if !strings.Contains(got, "held-out false positives 0 of") || !strings.Contains(got, "one-step check (stride 1, 3 extra steps): held-out false positives 0 of 12") {
		t.Fatalf("calibrate:\n%s", got)
	}
	if _, err := os.Stat(filepath.Join(out, "boundary.json")); err != nil {
		t.Fatal(err)
	}
	all := pol32().HonestProfiles()
	var names []string
	for _, p := range all[1:] {
		names = append(names, p.Name())
	}
	_, err := ovig(t, t.Context(), "calibrate", "--data-dir="+mustAbs(t, "../.."), "--workload", "mlp-mnist", "--strides", "2", "--endpoints", "2",
		"--profiles", strings.Join(names, ","), "--out", filepath.Join(t.TempDir(), "b"))
	if err == nil || !strings.Contains(err.Error(), "give --held-out") {
		t.Fatalf("calibrating on the whole catalogue: %v", err)
	}
}

func pol32() numeric.Policy { return numeric.Policy{Operand: numeric.F32, Accum: numeric.AccF32} }
