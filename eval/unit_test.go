package eval

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func TestEscape(t *testing.T) {
	for _, c := range []struct {
		p, d float64
		m, n uint64
		want float64
	}{
		{0.05, 1, 1, 1, 0.95},
		{0.05, 1, 10, 3, math.Pow(0.95, 30)},
		{0.1, 0.5, 2, 2, math.Pow(0.95, 4)},
		{1, 1, 1, 1, 0},
		{0.3, 0, 5, 5, 1},
		{0.3, 1, 0, 5, 1},
	} {
		if got := Escape(c.p, c.d, c.m, c.n); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("Escape(%v, %v, %d, %d) = %v, want %v", c.p, c.d, c.m, c.n, got, c.want)
		}
	}
	if DeployedTampered(0, 1000) != 0 || DeployedTampered(1e-6, 1000) != 1 || DeployedTampered(0.25, 1000) != 250 {
		t.Error("DeployedTampered: want 0 for none, at least 1 for any, share·n otherwise")
	}
}

func TestEffectDecision(t *testing.T) {
	th := DefaultEffect()
	bd := 0.4
	for _, c := range []struct {
		e    Effect
		want bool
	}{
		{Effect{Tampered: 0, Shortcut: true}, false},
		{Effect{Tampered: 0.5, Shortcut: true}, true},
		{Effect{Tampered: 0.5, AccuracyDrop: 0.002, RelLossGap: 0.001}, false},
		{Effect{Tampered: 0.5, AccuracyDrop: -0.02}, true},
		{Effect{Tampered: 0.5, RelLossGap: 0.05}, true},
		{Effect{Tampered: 0.5, Backdoor: &bd, BackdoorLift: 0.3}, true},
	} {
		c.e.decide(th)
		if c.e.Effective != c.want || c.e.Reason == "" {
			t.Errorf("%+v: effective %v (%q), want %v", c.e, c.e.Effective, c.e.Reason, c.want)
		}
	}
}

func TestSplitProfiles(t *testing.T) {
	pol := numeric.Policy{}
	cal, held := splitProfiles(pol, 4, 6)
	if len(cal) != 6 || len(held) != 4 {
		t.Fatalf("got %d calibration and %d held-out profiles, want 6 and 4", len(cal), len(held))
	}
	seen := map[numeric.Profile]bool{pol.Reference(): true}
	for _, p := range append(append([]numeric.Profile{}, cal...), held...) {
		if seen[p] {
			t.Errorf("profile %s used twice (or is the reference)", p)
		}
		seen[p] = true
		if !pol.Admits(p) {
			t.Errorf("profile %s is not honest under %s", p, pol)
		}
	}
	all, _ := splitProfiles(pol, 2, 0)
	if len(all) != len(pol.HonestProfiles())-3 {
		t.Errorf("CalProfiles 0 gave %d profiles, want every honest one but the reference and 2 held out", len(all))
	}
}

func TestTrackReportsOnlyRealChanges(t *testing.T) {
	var touched []uint64
	h := track(attack.Behaviour{Name: "poison", Strength: 0.5}.Hooks(), func(s uint64) { touched = append(touched, s) })
	for step := range uint64(20) {
		b := &workload.Batch{Indices: []int{0}, Width: 1, X: []float32{0}, Labels: []int{3}}
		h.Batch(step, b)
		if changed := b.Labels[0] != 3; changed != (len(touched) > 0 && touched[len(touched)-1] == step) {
			t.Errorf("step %d: label changed %v but tracked %v", step, changed, touched)
		}
	}
	if len(touched) == 0 || len(touched) == 20 {
		t.Errorf("poison:0.5 on one sample touched %d of 20 steps", len(touched))
	}
	if track(nil, func(uint64) {}) != nil {
		t.Error("honest training must stay hook-free")
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []Config{Full(), Reduced()} {
		if err := c.Validate(); err != nil {
			t.Errorf("built-in configuration: %v", err)
		}
	}
	bad := map[string]func(*Config){
		"rate":     func(c *Config) { c.Rate = 0 },
		"workload": func(c *Config) { c.Families[0].Workload = "nope" },
		"stride":   func(c *Config) { c.Families[0].Stride = 7 },
		"held out": func(c *Config) { c.Families[0].HeldOut = 0 },
		"attack":   func(c *Config) { c.Families[0].Attacks = []string{"honest"} },
		"strength": func(c *Config) { c.Families[0].Strengths = []float64{2} },
		"strides":  func(c *Config) { c.Strides = []uint64{10} },
	}
	for name, mutate := range bad {
		c := Reduced()
		mutate(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: invalid configuration accepted", name)
		}
	}
	if got := (Family{Steps: 20, Stride: 5}).calEndpoints(); len(got) != 4 || got[3] != 15 {
		t.Errorf("dense calibration endpoints of 20 steps at stride 5: %v", got)
	}
}

// TestClassifyMatchesEvaluate guards the forward pass behind backdoorRate: on clean test
// images it must reproduce workload.Job.Evaluate's accuracy exactly.
func TestClassifyMatchesEvaluate(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 4, Stride: 4, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	ref := j.Policy().Reference()
	if _, err := tr.Train(ref, 4, nil); err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(ref, 1)
	if err != nil {
		t.Fatal(err)
	}
	e, err := j.Evaluate(tr)
	if err != nil {
		t.Fatal(err)
	}
	_, test, err := src.Digits()
	if err != nil {
		t.Fatal(err)
	}
	idx := make([]int, e.Examples)
	for i := range idx {
		idx[i] = i
	}
	pred, err := classify("mlp-mnist", ep, test, idx, false, ref)
	if err != nil {
		t.Fatal(err)
	}
	correct := 0
	for i, y := range pred {
		if y == int(test.Labels[i]) {
			correct++
		}
	}
	if got := float64(correct) / float64(len(pred)); got != e.Accuracy {
		t.Errorf("classify accuracy %v, Evaluate %v", got, e.Accuracy)
	}
	rate, err := backdoorRate("mlp-mnist", ep, test, ref)
	if err != nil || rate < 0 || rate > 1 {
		t.Errorf("backdoor rate %v, %v", rate, err)
	}
	if _, err := classify("ddpm-digits", ep, test, idx[:1], false, ref); err == nil {
		t.Error("classify accepted a workload that is not a classifier")
	}

	rows, err := storageRows("mlp-mnist", ep, evidence.Keccak256([]byte("m")), []byte("{}"), Reduced())
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if r.Reduction > float64(r.Stride)+1e-9 || r.Reduction < 0.9*float64(r.Stride) {
			t.Errorf("stride %d: reduction %v outside (0.9·s, s]", r.Stride, r.Reduction)
		}
		// Endpoints keep at most workload.MaxEndpointLosses losses: metadata stops growing.
		if i > 0 && r.MetadataBytes < rows[i-1].MetadataBytes {
			t.Errorf("metadata shrinks with the stride: %d then %d", rows[i-1].MetadataBytes, r.MetadataBytes)
		}
		if !r.MeetsGoal {
			t.Errorf("stride %d: reduction %.1f below the goal %.1f", r.Stride, r.Reduction, r.Goal)
		}
	}
}

func TestHeadlineFlagsRegressions(t *testing.T) {
	eff := Effect{Effective: true, Reason: "accuracy changed"}
	r := &Report{Families: []FamilyReport{{
		Workload: "w",
		Honests:  []HonestRun{{Profile: "p", Intervals: 4, Flagged: 1}},
		Attacks: []AttackResult{
			{Attack: "a", Strength: 1, Intervals: 4, Tampered: 4, Caught: 3, Detection: 0.75, ASR: 0.2, Effect: eff},
			{Attack: "b", Strength: 1, Intervals: 4, Tampered: 4, Caught: 4, Detection: 1, ASR: 1e-9, Effect: eff},
			{Attack: "c", Strength: 1, Intervals: 4, Tampered: 2, Caught: 2, Flagged: 3, Detection: 1, Effect: eff},
		},
	}}}
	h := headline(r)
	if h.Pass || len(h.Failures) != 3 {
		t.Fatalf("want 3 failures (honest flagged, a escapes, c flags an untampered interval), got %q", h.Failures)
	}
	for _, want := range []string{"honest provider", "w a:1", "untampered"} {
		if !strings.Contains(strings.Join(h.Failures, "\n"), want) {
			t.Errorf("no failure mentions %q: %q", want, h.Failures)
		}
	}
	if h.FalsePositives != 2 || h.HonestIntervals != 4+2 {
		t.Errorf("false positives %d of %d honest intervals, want 2 of 6", h.FalsePositives, h.HonestIntervals)
	}
}

// TestStoragePerStride sizes real MLP evidence at every stride of the full evaluation and
// holds the reduction versus s = 1 to 0.999·s; `make bench` prints its table (-v).
func TestStoragePerStride(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 10, Stride: 5, BoundaryHash: evidence.Hash32{1}})
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(numeric.Default(), 5, nil); err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(numeric.Default(), 1)
	if err != nil {
		t.Fatal(err)
	}
	canon, err := m.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := storageRows("mlp-mnist", ep, evidence.Keccak256(canon), canon, Full())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%-8s %14s %12s %16s %12s %20s", "stride", "endpoint B", "B/step", "reduction vs 1", "goal", "transfer per audit B")
	for _, r := range rows {
		t.Logf("%-8d %14d %12.1f %16.1f %12.1f %20d", r.Stride, r.EndpointBytes, r.BytesPerStep, r.Reduction, r.Goal, r.TransferBytes)
		if !r.MeetsGoal {
			t.Errorf("stride %d: reduction %.1f below 0.999·s = %.1f", r.Stride, r.Reduction, r.Goal)
		}
	}
}

// The job-length axis on a small job: calibration with held-out time, honest providers under
// the held-out profiles with every interval audited, and the report's figures.
func TestLongJobAxis(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	lj := LongJob{Workload: "mlp-mnist", Steps: 40, Stride: 10, HeldOutProfiles: strideHeldOut[:1], CalProfiles: 2}
	r, err := runLongJob(t.Context(), src, lj, 7, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", r)
	if len(r.Runs) != 1 || r.Intervals != 4 || len(r.HeldOutTime) == 0 || r.HeldOutTimeChecks == 0 || r.Flagged != 0 || r.Worst.Ratio <= 0 {
		t.Fatalf("long job report %+v", r)
	}
	rep := &Report{LongJobs: []LongJobReport{*r}}
	if h := headline(rep); h.HeldOutIntervals != 4 || !h.Pass {
		t.Fatalf("headline %+v", h)
	}
	rep.LongJobs[0].Flagged = 1
	if h := headline(rep); h.Pass || h.HeldOutFP != 1 {
		t.Fatalf("a flagged long-job interval passed: %+v", h)
	}
	if md := longJobMarkdown(rep.LongJobs); !strings.Contains(md, "## Job length") {
		t.Fatal(md)
	}
	c := Reduced()
	c.LongJobs = []LongJob{{Workload: "mlp-mnist", Steps: 10, Stride: 10}}
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "long job") {
		t.Fatalf("a one-interval long job: %v", err)
	}
	if err := Full().Validate(); err != nil || len(Full().LongJobs) == 0 || len(Reduced().LongJobs) != 0 {
		t.Fatalf("full config %v, long jobs full %d, reduced %d", err, len(Full().LongJobs), len(Reduced().LongJobs))
	}
}

func TestStrideAxis(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	sa := StrideAxis{Workload: "mlp-mnist", Steps: 20, Strides: []uint64{5, 10}, Shared: [][]uint64{{5, 10}}, HeldOut: strideHeldOut[:1], Calibration: strideCalibration[:2],
		OneSteps: 4, CalOneStepEvery: 5, Attacks: []string{"skip", "lr", "pad"}, Strength: 1}
	r, err := runStrideAxis(t.Context(), src, sa, 7, func(string, ...any) {})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(strideMarkdown([]StrideAxisReport{*r}))
	if len(r.Rows) != 2 || r.Rows[0].Intervals != 4 || r.Rows[1].Intervals != 2 {
		t.Fatalf("rows %+v", r.Rows)
	}
	for _, row := range r.Rows {
		if row.OneSteps != 4 || row.OneFlagged != 0 || row.OneWorst.Ratio <= 0 || row.CalOneSteps == 0 || row.CalOneStep.HeldOutChecks == 0 {
			t.Errorf("s=%d: one-step check %+v", row.Stride, row)
		}
		if row.Attacked != 2 || row.Detected != 2 || !(row.MinSeparation > 1) {
			t.Errorf("s=%d: attacks judged %d, caught %d, separation %g", row.Stride, row.Attacked, row.Detected, row.MinSeparation)
		}
	}
	for _, as := range r.Adaptive {
		if !(as.Eps > 1e-12 && as.Eps < as.Rejected && as.Rejected <= 1 && as.Ratio > 0 && as.Ratio <= 1) || as.Model.Accuracy == nil {
			t.Errorf("adaptive attacker %+v", as)
		}
	}
	if len(r.Adaptive) != 2 || r.Honest.Accuracy == nil {
		t.Errorf("adaptive %+v, honest %+v", r.Adaptive, r.Honest)
	}
	if len(r.Backdoor) != 2 || r.Honest.Backdoor == nil {
		t.Errorf("adaptive backdoor %+v, honest %+v", r.Backdoor, r.Honest)
	}
	for _, b := range r.Backdoor {
		// One poisoned example of 64 moves the gradient by about 1e-1, far past any f32 bound.
		if !b.OneExample.Fraud || !(b.OneExample.Worst.Ratio > 1) {
			t.Errorf("s=%d: one poisoned example passed the one-step check: %+v", b.Stride, b.OneExample)
		}
		if !(b.Share > 0 && b.Share < b.Rejected && b.Rejected <= 1 && b.Ratio > 0 && b.Ratio <= 1) || b.Trials < 2 {
			t.Errorf("s=%d: accepted share %g (x%.3g), rejected %g, %d trials", b.Stride, b.Share, b.Ratio, b.Rejected, b.Trials)
		}
		if b.AuditSteps != backdoorAudits || b.Model.Backdoor == nil || b.Model.Accuracy == nil {
			t.Errorf("s=%d: delivered run %+v", b.Stride, b)
		}
	}
	if a := r.Attacks[2]; a.Attack != "pad" || a.Touched {
		t.Errorf("pad judged at a step: %+v", a)
	}
	if a := r.Attacks[0]; a.Step < 10 || !a.Touched {
		t.Errorf("skip judged at step %d, before the middle", a.Step)
	}
	rep := &Report{StrideAxes: []StrideAxisReport{*r}}
	if h := headline(rep); !h.Pass || h.OneSteps != 8 {
		t.Fatalf("headline %+v", h)
	}
	rep.StrideAxes[0].Rows[1].OneFlagged = 1
	if h := headline(rep); h.Pass {
		t.Fatal("a flagged honest step passed")
	}
	if err := Full().Validate(); err != nil || len(Full().StrideAxes) != 2 || len(Reduced().StrideAxes) != 0 {
		t.Fatalf("full config %v", err)
	}
}

// TestStrideAxisFull runs `make eval`'s stride axes alone (OVIG_STRIDES=1; about 15 minutes
// on 2 cores) and logs their report section.
func TestStrideAxisFull(t *testing.T) {
	if os.Getenv("OVIG_STRIDES") == "" {
		t.Skip("set OVIG_STRIDES=1")
	}
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	var rs []StrideAxisReport
	for _, sa := range Full().StrideAxes {
		r, err := runStrideAxis(t.Context(), src, sa, Full().Seed, func(f string, a ...any) { t.Logf(f, a...) })
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, *r)
		t.Log(strideMarkdown(rs[len(rs)-1:]))
	}
	if h := headline(&Report{StrideAxes: rs}); !h.Pass {
		t.Errorf("%v", h.Failures)
	}
}
