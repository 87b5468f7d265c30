package calibrate

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func sources(t *testing.T) *data.Sources {
	t.Helper()
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// tick is a deterministic clock: every reading is one second later.
func tick() func() time.Time {
	now := time.Unix(0, 0)
	return func() time.Time { now = now.Add(time.Second); return now }
}

func lanes(op numeric.Precision, acc numeric.Accum, o numeric.Order, n int, fma bool) numeric.Profile {
	return numeric.Profile{Operand: op, Accum: acc, Order: o, N: n, FMA: fma}
}

var floor = boundary.Distance{RelL2: 1e-9, MaxAbs: 1e-12, CosDist: 1e-15}

func TestRunMLP(t *testing.T) {
	src := sources(t)
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 64, Stride: 16, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	f := numeric.F32
	cfg := Config{
		Manifest: m, Data: src, Strides: []uint64{1, 4, 16}, Endpoints: []uint64{16, 32, 48},
		Profiles: []numeric.Profile{
			lanes(f, numeric.AccF32, numeric.Lanes, 8, false), lanes(f, numeric.AccF32, numeric.KBlock, 64, false),
			lanes(f, numeric.AccF32, numeric.SplitK, 2, false), lanes(f, numeric.AccF32, numeric.Pairwise, 0, false),
			lanes(f, numeric.AccF64, numeric.Seq, 0, false),
		},
		HeldOut:    []numeric.Profile{lanes(f, numeric.AccF32, numeric.Lanes, 16, false), lanes(f, numeric.AccF32, numeric.KBlock, 256, true)},
		Percentile: 99, Margin: 3, Floor: floor, OneStepEvery: -1, Workers: 2, Now: tick(),
	}
	a, rep, err := Run(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("f32: %d samples, %d held-out checks, worst held-out %+v", len(rep.Samples), rep.HeldOutChecks, rep.WorstHeldOut)
	if rep.FalsePositives != 0 || rep.FalsePositiveRate != 0 || a.Calibration.FalsePositives != 0 {
		t.Fatalf("held-out false positives %d of %d (worst %+v)", rep.FalsePositives, rep.HeldOutChecks, rep.WorstHeldOut)
	}
	if rep.HeldOutChecks != 2*3*4 || a.Calibration.HeldOutSamples != 24 {
		t.Fatalf("held-out checks %d, want 2 profiles x 3 endpoints x 4 checks", rep.HeldOutChecks)
	}
	if rep.WorstHeldOut.Ratio <= 0 || rep.WorstHeldOut.Ratio > 1 {
		t.Fatalf("worst held-out %+v: want drift measured and within the bound", rep.WorstHeldOut)
	}
	// MLP: 4 parameter tensors; the endpoint check compares their gradients,
	// each interval check gradients and parameters.
	perReplay := 4 + 3*8
	if len(rep.Samples) != 5*3*perReplay || a.Calibration.Samples != uint64(len(rep.Samples)) || len(rep.HeldOutSamples) != 2*3*perReplay {
		t.Fatalf("%d samples, %d held-out", len(rep.Samples), len(rep.HeldOutSamples))
	}
	if rep.Timing.Reference != time.Second || rep.Timing.Calibration != time.Second || rep.Timing.HeldOut != time.Second {
		t.Fatalf("timing %+v", rep.Timing)
	}
	if rep.Replays != (5+2+1)*3*4 {
		t.Fatalf("replays %d", rep.Replays)
	}
	wantHash, err := RecipeHash(m)
	if err != nil {
		t.Fatal(err)
	}
	if a.Calibration.RecipeHash != wantHash || a.Calibration.Steps != 64 || a.Reference != numeric.Default() || len(a.Checks) != 4 {
		t.Fatalf("artifact header %+v, %d checks", a.Calibration, len(a.Checks))
	}
	// Honest drift is real (not all at the floor) and grows with the stride:
	// the stride-16 bound is looser than the one-step bound for every gradient.
	ep, _ := a.Bounds(boundary.CheckEndpoint, 1)
	s16, _ := a.Bounds(boundary.CheckInterval, 16)
	s1, _ := a.Bounds(boundary.CheckInterval, 1)
	for i, tb := range ep.Tensors {
		long := bound(t, s16, tb.Tensor)
		t.Logf("%s: endpoint rel_l2 %.3g, interval s=1 %.3g, s=16 %.3g", tb.Tensor, tb.Bound.RelL2, bound(t, s1, tb.Tensor).RelL2, long.RelL2)
		if tb.Drift.Max.RelL2 == 0 {
			t.Errorf("%s: no honest drift measured at all", tb.Tensor)
		}
		if !(long.RelL2 > tb.Bound.RelL2) {
			t.Errorf("tensor %d %s: stride-16 bound %g not looser than the one-step bound %g", i, tb.Tensor, long.RelL2, tb.Bound.RelL2)
		}
		if med16, med1 := median(t, s16, tb.Tensor), tb.Drift.Median.RelL2; !(med16 > med1) {
			t.Errorf("%s: median drift over 16 steps %g, over one step %g: want growth", tb.Tensor, med16, med1)
		}
	}

	dir := t.TempDir()
	paths, err := WriteOutputs(dir, a, rep)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 3 {
		t.Fatalf("paths %v", paths)
	}
	raw, err := os.ReadFile(filepath.Join(dir, ArtifactFile))
	if err != nil {
		t.Fatal(err)
	}
	b, err := boundary.DecodeArtifact(raw)
	if err != nil {
		t.Fatal(err)
	}
	h, err := a.Hash()
	if err != nil {
		t.Fatal(err)
	}
	if hb, _ := b.Hash(); hb != h || evidence.Keccak256(raw) != h {
		t.Fatal("written artifact does not hash to the artifact's hash")
	}
	if st, err := os.Stat(filepath.Join(dir, PlotFile)); err != nil || st.Size() < 1000 {
		t.Fatalf("plot %v %v", st, err)
	}
}

func median(t *testing.T, cb *boundary.CheckBounds, name string) float64 {
	t.Helper()
	for _, tb := range cb.Tensors {
		if tb.Tensor == name {
			return tb.Drift.Median.RelL2
		}
	}
	t.Fatalf("%s/%d has no drift for %s", cb.Check, cb.Stride, name)
	return 0
}

func bound(t *testing.T, cb *boundary.CheckBounds, name string) boundary.Distance {
	t.Helper()
	for _, tb := range cb.Tensors {
		if tb.Tensor == name {
			return tb.Bound
		}
	}
	t.Fatalf("%s/%d has no bound for %s", cb.Check, cb.Stride, name)
	return boundary.Distance{}
}

// A bf16 job calibrated with matched operand rounding gets bounds far below
// the drift of a verifier that replays it in plain f32: that replay would
// call every honest bf16 provider a fraud.
func TestRunBF16MatchedRounding(t *testing.T) {
	src := sources(t)
	pol := numeric.Policy{Operand: numeric.BF16}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 32, Stride: 8, Seed: 3, Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	b := numeric.BF16
	cfg := Config{
		Manifest: m, Data: src, Strides: []uint64{8}, Endpoints: []uint64{8, 16},
		Profiles: []numeric.Profile{
			lanes(b, numeric.AccF32, numeric.Lanes, 8, false), lanes(b, numeric.AccF32, numeric.KBlock, 64, false),
			lanes(b, numeric.AccF32, numeric.SplitK, 4, false), lanes(b, numeric.AccF64, numeric.Seq, 0, false),
		},
		HeldOut:      []numeric.Profile{lanes(b, numeric.AccF32, numeric.Pairwise, 0, false)},
		OneStepEvery: -1,
	}
	a, rep, err := Run(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bf16: %d samples, %d held-out checks, worst held-out %+v", len(rep.Samples), rep.HeldOutChecks, rep.WorstHeldOut)
	if rep.FalsePositives != 0 {
		t.Fatalf("bf16 held-out false positives %d of %d (worst %+v)", rep.FalsePositives, rep.HeldOutChecks, rep.WorstHeldOut)
	}
	// Rounded operands: the endpoint check is also sampled at every other step up to the last
	// endpoint (15 of them), the interval checks (strides 1 and 8) only at the 2 endpoints.
	if a.Percentile != 100 {
		t.Fatalf("percentile %v: rounded operands fit the largest drift", a.Percentile)
	}
	if got := a.Calibration.GradientSteps; len(got) != 15 || got[0] != 0 || got[14] != 15 {
		t.Fatalf("gradient steps %v, want 0..15 without 8", got)
	}
	if rep.HeldOutChecks != 17+2*2 || rep.Replays != (4+1+1)*(17+2*2) {
		t.Fatalf("held-out checks %d, replays %d: want 17 endpoint checks and 2x2 interval checks per profile", rep.HeldOutChecks, rep.Replays)
	}
	if eb, _ := a.Bounds(boundary.CheckEndpoint, 1); eb.Tensors[0].Samples != 4*17 {
		t.Fatalf("endpoint check fitted on %d samples per tensor, want 4 profiles x 17 steps", eb.Tensors[0].Samples)
	}
	// The provider's endpoint at step 16, trained under the bf16 reference.
	m1 := *m
	m1.Stride = 1
	j, err := workload.Open(&m1, src)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(pol.Reference(), 16, nil); err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(pol.Reference(), 16)
	if err != nil {
		t.Fatal(err)
	}
	names, err := a.TensorNames(boundary.CheckEndpoint, 1)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := boundary.Tensors(ep, names)
	if err != nil {
		t.Fatal(err)
	}
	plain, _, err := tr.Gradient(numeric.Default())
	if err != nil {
		t.Fatal(err)
	}
	replayed := map[string][]float32{}
	for name, v := range plain {
		replayed[boundary.PrefixGradient+name] = v
	}
	v, err := a.Compare(boundary.CheckEndpoint, 1, committed, replayed)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Fraud {
		t.Fatalf("plain-f32 replay of bf16 training within the bf16 bounds: %+v", v.Distances)
	}
	cb, _ := a.Bounds(boundary.CheckEndpoint, 1)
	for _, tb := range cb.Tensors {
		d := v.Distances[tb.Tensor]
		t.Logf("%s: bf16-matched bound rel_l2 %.3g, plain-f32 replay %.3g (x%.0f)", tb.Tensor, tb.Bound.RelL2, d.RelL2, d.RelL2/tb.Bound.RelL2)
		if strings.HasSuffix(tb.Tensor, ".weight") && d.RelL2 < 10*tb.Bound.RelL2 {
			t.Errorf("%s: plain-f32 drift %g is not far above the matched bound %g", tb.Tensor, d.RelL2, tb.Bound.RelL2)
		}
	}
}

func TestRunConfigErrors(t *testing.T) {
	src := sources(t)
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 16, Stride: 4, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	held := []numeric.Profile{{Order: numeric.Pairwise}}
	good := Config{Manifest: m, Data: src, Strides: []uint64{4}, Endpoints: []uint64{4}, HeldOut: held}
	for name, c := range map[string]struct {
		edit func(*Config)
		want string
	}{
		"no manifest": {func(c *Config) { c.Manifest = nil }, "no manifest"},
		"floor":       {func(c *Config) { c.Floor = boundary.Distance{RelL2: 1} }, "floor"},
		"schedule":    {func(c *Config) { c.Endpoints = []uint64{16} }, "exceeds"},
		"held-out":    {func(c *Config) { c.HeldOut = nil }, "held-out"},
		"percentile":  {func(c *Config) { c.Percentile = 120; c.Profiles = []numeric.Profile{{Order: numeric.Lanes, N: 4}} }, "percentile"},
		"policy":      {func(c *Config) { c.HeldOut = []numeric.Profile{{Operand: numeric.BF16}} }, "not admitted"},
	} {
		cfg := good
		c.edit(&cfg)
		if _, _, err := Run(t.Context(), cfg); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %q", name, err, c.want)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, _, err := Run(ctx, good); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: error %v, want context.Canceled", err)
	}
}

// Held-out time: steps never fitted on, where only the held-out profiles are replayed and
// judged, reported apart from the calibrated endpoints. One-step steps: the interval check at
// stride 1 is calibrated though only stride 4 is asked for, also at steps between the
// endpoints where nothing else is replayed, without the tail margin.
func TestRunHeldOutTime(t *testing.T) {
	src := sources(t)
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 24, Stride: 4, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	f := numeric.F32
	cfg := Config{
		Manifest: m, Data: src, Strides: []uint64{4}, Endpoints: []uint64{0, 8}, HeldOutTime: []uint64{4, 12, 20},
		Profiles:     []numeric.Profile{lanes(f, numeric.AccF32, numeric.Lanes, 8, false), lanes(f, numeric.AccF64, numeric.Seq, 0, false)},
		HeldOut:      []numeric.Profile{lanes(f, numeric.AccF32, numeric.KBlock, 64, true)},
		OneStepEvery: 6, Workers: 2,
	}
	a, rep, err := Run(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("held-out time: %d of %d flagged, worst %+v", rep.HeldOutTimeFalsePositives, rep.HeldOutTimeChecks, rep.WorstHeldOutTime)
	oneSteps := []uint64{3, 9, 15, 21}
	if !slices.Equal(rep.OneStepSteps, oneSteps) || !slices.Equal(a.Calibration.OneStepSteps, oneSteps) {
		t.Fatalf("one-step steps %v, recorded %v, want %v", rep.OneStepSteps, a.Calibration.OneStepSteps, oneSteps)
	}
	// Per endpoint: 4 gradients (endpoint check), 8 gradients and parameters per interval check
	// (strides 1 and 4); per one-step step the endpoint check and stride 1 only.
	perReplay, perOne := 4+8+8, 4+8
	if len(rep.Samples) != 2*(2*perReplay+4*perOne) || rep.HeldOutChecks != 1*(2*3+4*2) || rep.HeldOutTimeChecks != 1*3*3 ||
		len(rep.HeldOutSamples) != 1*(5*perReplay+4*perOne) {
		t.Fatalf("%d samples, %d held-out checks, %d held-out-time checks, %d held-out samples", len(rep.Samples), rep.HeldOutChecks, rep.HeldOutTimeChecks, len(rep.HeldOutSamples))
	}
	if o := rep.OneStep; o.HeldOutChecks != 2+4 || o.HeldOutTimeChecks != 3 || o.FalsePositives != 0 || o.HeldOutTimeFalsePositives != 0 || o.Worst.Ratio <= 0 {
		t.Fatalf("one-step check: %+v", o)
	}
	one, err := a.Bounds(boundary.CheckInterval, boundary.OneStep)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range one.Tensors {
		if tb.Samples != 2*(2+4) {
			t.Errorf("%s: one-step check fitted on %d samples, want 2 profiles x 6 steps", tb.Tensor, tb.Samples)
		}
		if fitted := max(tb.Drift.Max.RelL2*a.Margin, a.Floor.RelL2); tb.Bound.RelL2 > fitted {
			t.Errorf("%s: one-step bound %g above margin x largest drift %g: tail margin applied", tb.Tensor, tb.Bound.RelL2, fitted)
		}
	}
	for _, s := range rep.Samples {
		if _, found := slices.BinarySearch(cfg.HeldOutTime, s.Endpoint); found {
			t.Fatalf("fitted on step %d, which is held-out time", s.Endpoint)
		}
		if _, one := slices.BinarySearch(oneSteps, s.Endpoint); one && s.Check == boundary.CheckInterval && s.Stride != boundary.OneStep {
			t.Fatalf("stride %d replayed from one-step step %d", s.Stride, s.Endpoint)
		}
		if s.RefNorm <= 0 {
			t.Fatalf("sample without reference norm: %+v", s)
		}
	}
	if rep.HeldOutTimeFalsePositives != 0 || rep.WorstHeldOutTime.Ratio <= 0 {
		t.Fatalf("held-out time %d false positives, worst %+v", rep.HeldOutTimeFalsePositives, rep.WorstHeldOutTime)
	}
	c := a.Calibration
	if !slices.Equal(c.HeldOutTime, cfg.HeldOutTime) || c.HeldOutTimeSamples != 9 || c.HeldOutTimeFalsePositives != 0 || a.TailMargin != DefaultTailMargin {
		t.Fatalf("artifact calibration %+v, tail margin %v", c, a.TailMargin)
	}
	for _, cb := range a.Checks {
		for _, tb := range cb.Tensors {
			if tb.AbsL2 <= 0 {
				t.Errorf("%s/%d %s: no absolute bound", cb.Check, cb.Stride, tb.Tensor)
			}
		}
	}
	// Reference and held-out profile at every step, calibration profiles but at held-out time:
	// 1+2 per endpoint, 2 per one-step step.
	if rep.Replays != (2+1+1)*(2*3+4*2)+(1+1)*3*3 {
		t.Fatalf("replays %d", rep.Replays)
	}
	bad := cfg
	bad.HeldOutTime = []uint64{8}
	if _, _, err := Run(t.Context(), bad); err == nil || !strings.Contains(err.Error(), "also a calibration endpoint") {
		t.Fatalf("held-out time on a calibrated endpoint: %v", err)
	}
}
