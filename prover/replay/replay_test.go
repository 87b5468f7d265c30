package replay

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

var (
	srcOnce sync.Once
	src     *data.Sources
	srcErr  error
	jobMu   sync.Mutex
	jobs    = map[string]*workload.Job{}
)

// openMLP opens (once per test binary) an MLP job.
func openMLP(t *testing.T, steps, stride uint64, pol numeric.Policy) *workload.Job {
	t.Helper()
	srcOnce.Do(func() { src, srcErr = data.Locate(".") })
	if srcErr != nil {
		t.Fatal(srcErr)
	}
	jobMu.Lock()
	defer jobMu.Unlock()
	key := fmt.Sprint(steps, stride, pol)
	if j, ok := jobs[key]; ok {
		return j
	}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: steps, Stride: stride, Seed: 3, Policy: pol, BoundaryHash: evidence.Hash32{1}})
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	jobs[key] = j
	return j
}

// provide trains the whole job under p as a provider would, with hooks active only in
// interval attackInterval, and returns every endpoint.
func provide(t *testing.T, j *workload.Job, p numeric.Profile, h *workload.Hooks, attackInterval uint64) []*evidence.Endpoint {
	t.Helper()
	m := j.Manifest()
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	eps := []*evidence.Endpoint{ep}
	for k := uint64(0); k < m.Intervals(); k++ {
		var hk *workload.Hooks
		if k == attackInterval {
			hk = h
		}
		if _, err := tr.Train(p, m.Stride, hk); err != nil {
			t.Fatal(err)
		}
		if ep, err = tr.Capture(p, k+1); err != nil {
			t.Fatal(err)
		}
		eps = append(eps, ep)
	}
	return eps
}

// relL2 is ||got-ref|| / ||ref||.
func relL2(ref, got []float32) float64 {
	var d, n float64
	for i := range ref {
		e := float64(got[i]) - float64(ref[i])
		d += e * e
		n += float64(ref[i]) * float64(ref[i])
	}
	return math.Sqrt(d / n)
}

// worst is the largest relative L2 distance over the tensors of ref.
func worst(t *testing.T, ref, got map[string][]float32) float64 {
	t.Helper()
	var w float64
	for name, r := range ref {
		g, ok := got[name]
		if !ok || len(g) != len(r) {
			t.Fatalf("tensor %s missing or resized", name)
		}
		w = max(w, relL2(r, g))
	}
	return w
}

func tensors(t *testing.T, ts []evidence.Tensor) map[string][]float32 {
	t.Helper()
	m, err := Tensors(ts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// params keeps the parameter tensors (those with a gradient) of a state.
func params(t *testing.T, ep *evidence.Endpoint) map[string][]float32 {
	t.Helper()
	all := tensors(t, ep.State)
	out := make(map[string][]float32)
	for _, g := range ep.Gradient {
		out[g.Name] = all[g.Name]
	}
	return out
}

func encode(t *testing.T, ep *evidence.Endpoint) []byte {
	t.Helper()
	s, err := evidence.EncodeSafetensors(ep.State, nil)
	if err != nil {
		t.Fatal(err)
	}
	g, err := evidence.EncodeSafetensors(ep.Gradient, nil)
	if err != nil {
		t.Fatal(err)
	}
	md, err := ep.Metadata.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	return append(append(s, g...), md...)
}

var (
	lanes8FMA = numeric.Profile{Order: numeric.Lanes, N: 8, FMA: true}
	lanes8    = numeric.Profile{Order: numeric.Lanes, N: 8}
	splitK2   = numeric.Profile{Order: numeric.SplitK, N: 2}
	pairwise  = numeric.Profile{Order: numeric.Pairwise}
	kblock64  = numeric.Profile{Order: numeric.KBlock, N: 64, FMA: true}
	f64Lanes  = numeric.Profile{Accum: numeric.AccF64, Order: numeric.Lanes, N: 16}
)

// The honest provider of the f32 MLP job: 2 intervals of 20 steps.
func TestHonestReplay(t *testing.T) {
	j := openMLP(t, 40, 20, numeric.Policy{})
	eps := provide(t, j, numeric.Default(), nil, 99)
	ctx := context.Background()

	// Same profile: bit-identical to the provider's evidence; progress reported per step.
	var done []uint64
	got, err := Interval(ctx, j, eps[1], numeric.Default(), func(d, of uint64) {
		if of != 20 {
			t.Errorf("progress of %d steps, want the stride 20", of)
		}
		done = append(done, d)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(done) != 20 || done[0] != 1 || done[19] != 20 {
		t.Fatalf("progress %v, want 1..20", done)
	}
	if !bytes.Equal(encode(t, got), encode(t, eps[2])) {
		t.Fatal("same-profile interval replay is not bit-identical")
	}
	g, err := Gradient(j, eps[2], numeric.Default())
	if err != nil {
		t.Fatal(err)
	}
	if d := worst(t, tensors(t, eps[2].Gradient), g); d != 0 {
		t.Fatalf("same-profile gradient replay differs: %g", d)
	}

	// Other honest profiles: small drift, larger over the interval than for one step.
	for _, p := range []numeric.Profile{lanes8FMA, splitK2, pairwise, kblock64, f64Lanes} {
		g, err := Gradient(j, eps[2], p)
		if err != nil {
			t.Fatal(err)
		}
		one := worst(t, tensors(t, eps[2].Gradient), g)
		ep, err := Interval(ctx, j, eps[1], p, nil)
		if err != nil {
			t.Fatal(err)
		}
		ig := worst(t, tensors(t, eps[2].Gradient), tensors(t, ep.Gradient))
		iw := worst(t, params(t, eps[2]), params(t, ep))
		t.Logf("honest %-28s endpoint gradient relL2 %.2e; interval (20 steps) gradient %.2e, weights %.2e", p, one, ig, iw)
		if one > 1e-5 || ig > 1e-3 || iw > 1e-4 {
			t.Errorf("%s: honest drift too large", p)
		}
		if one == 0 || ig == 0 {
			t.Errorf("%s: no drift at all; the profile is not exercised", p)
		}
	}
}

// TestAttacksStandOut: tampering inside interval 1 gives interval-check distances far
// beyond the drift of an honest replay under another profile.
func TestAttacksStandOut(t *testing.T) {
	j := openMLP(t, 40, 20, numeric.Policy{})
	ctx := context.Background()
	honest := provide(t, j, numeric.Default(), nil, 99)
	replayed, err := Interval(ctx, j, honest[1], lanes8, nil)
	if err != nil {
		t.Fatal(err)
	}
	drift := worst(t, tensors(t, honest[2].Gradient), tensors(t, replayed.Gradient))
	t.Logf("honest drift (replay under %s): gradient relL2 %.2e", lanes8, drift)
	attacks := map[string]*workload.Hooks{
		"skip 1 of 20 steps":     {Skip: func(s uint64) bool { return s == 30 }},
		"flip 1 label per batch": {Batch: func(_ uint64, b *workload.Batch) { b.Labels[0] = (b.Labels[0] + 1) % 10 }},
		"drop 1 of 64 per batch": {Batch: func(_ uint64, b *workload.Batch) { b.Keep(func(i int) bool { return i != 0 }) }},
		"drop 1 of 64 at 1 step": {Batch: func(s uint64, b *workload.Batch) { b.Keep(func(i int) bool { return s != 39 || i != 0 }) }},
		"gradient x0.999":        {Grad: scaleGrads(0.999)},
	}
	names := make([]string, 0, len(attacks))
	for n := range attacks {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		eps := provide(t, j, numeric.Default(), attacks[name], 1)
		rep, err := Interval(ctx, j, eps[1], lanes8, nil)
		if err != nil {
			t.Fatal(err)
		}
		d := worst(t, tensors(t, eps[2].Gradient), tensors(t, rep.Gradient))
		w := worst(t, params(t, eps[2]), params(t, rep))
		t.Logf("attack %-24s interval gradient relL2 %.2e (x%.0f honest drift), weights %.2e", name, d, d/drift, w)
		if d < 10*drift {
			t.Errorf("%s: distance %.2e within 10x honest drift %.2e", name, d, drift)
		}
	}
}

func scaleGrads(f float32) func(uint64, map[string][]float32) {
	return func(_ uint64, g map[string][]float32) {
		for _, v := range g {
			for i := range v {
				v[i] *= f
			}
		}
	}
}

// TestOperandRoundingMustMatch is DESIGN.md's effect (a): a provider under a bf16
// policy, replayed in plain f32, differs by ~1e-2 — as much as an attack — while a
// replay that rounds operands to bf16 (in another order) differs by far less.
func TestOperandRoundingMustMatch(t *testing.T) {
	pol := numeric.Policy{Operand: numeric.BF16, Accum: numeric.AccF32}
	j := openMLP(t, 20, 20, pol)
	eps := provide(t, j, pol.Reference(), nil, 99)
	ref := tensors(t, eps[1].Gradient)
	plain, err := Gradient(j, eps[1], numeric.Default())
	if err != nil {
		t.Fatal(err)
	}
	matched, err := Gradient(j, eps[1], numeric.Profile{Operand: numeric.BF16, Order: numeric.Lanes, N: 8, FMA: true})
	if err != nil {
		t.Fatal(err)
	}
	dPlain, dMatched := worst(t, ref, plain), worst(t, ref, matched)
	t.Logf("bf16 provider, endpoint gradient relL2: replay in plain f32 %.2e, replay with bf16 operands (lanes8, fma) %.2e", dPlain, dMatched)
	if dPlain < 3e-3 || dMatched*10 > dPlain {
		t.Fatalf("plain %.2e, matched %.2e: want plain >= 3e-3 and 10x matched", dPlain, dMatched)
	}
}

// TestDriftGrowsWithStride is DESIGN.md's effect (b): honest drift between profiles grows
// with the number of replayed steps.
func TestDriftGrowsWithStride(t *testing.T) {
	var prev, firstW, lastW float64
	for _, stride := range []uint64{1, 20, 200} {
		j := openMLP(t, stride, stride, numeric.Policy{})
		eps := provide(t, j, numeric.Default(), nil, 99)
		rep, err := Interval(context.Background(), j, eps[0], lanes8, nil)
		if err != nil {
			t.Fatal(err)
		}
		d := worst(t, tensors(t, eps[1].Gradient), tensors(t, rep.Gradient))
		w := worst(t, params(t, eps[1]), params(t, rep))
		t.Logf("stride %3d: honest replay under %s: gradient relL2 %.2e, weights %.2e", stride, lanes8, d, w)
		if d <= prev {
			t.Errorf("stride %d: drift %.2e did not grow past %.2e", stride, d, prev)
		}
		if firstW == 0 {
			firstW = w
		}
		prev, lastW = d, w
	}
	if lastW < 2*firstW {
		t.Errorf("weight drift grew only from %.2e to %.2e over 200 steps", firstW, lastW)
	}
}

func TestBadInput(t *testing.T) {
	j := openMLP(t, 40, 20, numeric.Policy{})
	eps := provide(t, j, numeric.Default(), nil, 99)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Interval(ctx, j, eps[0], numeric.Default(), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled replay: %v", err)
	}
	if _, err := Interval(context.Background(), j, eps[2], numeric.Default(), nil); err == nil {
		t.Error("replay past the last endpoint accepted")
	}
	bad := *eps[1]
	bad.Metadata.Step++
	if _, err := Interval(context.Background(), j, &bad, numeric.Default(), nil); err == nil {
		t.Error("start at a step off the stride accepted")
	}
	trunc := *eps[1]
	trunc.State = trunc.State[1:]
	trunc.Metadata.State = trunc.Metadata.State[1:]
	if _, err := Gradient(j, &trunc, numeric.Default()); err == nil {
		t.Error("state without a parameter accepted")
	}
	if _, err := Tensors([]evidence.Tensor{{Name: "x", DType: evidence.U8, Shape: []int64{1}, Data: []byte{1}}}); err == nil {
		t.Error("U8 tensor accepted")
	}
	m := tensors(t, eps[1].State)
	if m[workload.StepTensor][0] != 20 {
		t.Errorf("step counter decodes to %v", m[workload.StepTensor])
	}
}
