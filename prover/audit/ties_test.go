package audit

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// tieFixture is a cnn-fashion trainer two steps in (batch 64, ovig's reference profile) with a
// boundary artifact whose one-step bounds are about those calibrated for the CNN (rel_l2 2e-6,
// cos_dist 3e-12), and the trainer's honest gradient.
func tieFixture(t *testing.T) (*workload.Job, *boundary.Artifact, *workload.Trainer, map[string][]float32) {
	t.Helper()
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	m, err := workload.NewManifest("cnn-fashion", src, workload.Options{Steps: 4, Stride: 1, Seed: 7, BoundaryHash: evidence.Keccak256([]byte("ties"))})
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	p := j.Policy().Reference()
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(p, 2, nil); err != nil {
		t.Fatal(err)
	}
	honest, err := tr.GradientTies(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	var samples []boundary.Sample
	for name := range honest {
		for _, c := range []struct {
			check  boundary.Check
			stride uint64
			tensor string
		}{{boundary.CheckEndpoint, 1, "gradient/" + name}, {boundary.CheckInterval, 1, "gradient/" + name}, {boundary.CheckInterval, 1, "state/" + name}} {
			samples = append(samples, boundary.Sample{Check: c.check, Stride: c.stride, Tensor: c.tensor})
		}
	}
	floor := boundary.Distance{RelL2: 2e-6, MaxAbs: 1e-6, CosDist: 3e-12}
	checks, err := boundary.Fit(samples, 99, 2, floor)
	if err != nil {
		t.Fatal(err)
	}
	pol := j.Policy()
	art := &boundary.Artifact{Version: boundary.ArtifactVersion, Workload: m.Workload, Policy: pol, Reference: p,
		Percentile: 99, Margin: 2, TailMargin: 1, Floor: floor, Checks: checks}
	return j, art, tr, honest
}

// endpointWith is the trainer's current state committed with gradient g in place of its own.
func endpointWith(t *testing.T, tr *workload.Trainer, p numeric.Profile, g map[string][]float32) *evidence.Endpoint {
	t.Helper()
	ep, err := tr.CaptureStep(p)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range ep.Gradient {
		n, err := evidence.NewF32(x.Name, x.Shape, g[x.Name])
		if err != nil {
			t.Fatal(err)
		}
		ep.Gradient[i] = n
	}
	return ep
}

// flipped is the gradient of a kernel that decided the given decisions the other way.
func flipped(t *testing.T, tr *workload.Trainer, p numeric.Profile, ties ...nn.Tie) map[string][]float32 {
	t.Helper()
	fl := map[nn.Tie]bool{}
	for _, c := range ties {
		fl[c] = true
	}
	g, err := tr.GradientTies(p, &nn.Ties{Flip: fl})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// beyond: would the plain endpoint check call g fraud against the honest gradient?
func beyond(t *testing.T, art *boundary.Artifact, honest, g map[string][]float32) float64 {
	t.Helper()
	ref, got := map[string][]float32{}, map[string][]float32{}
	for n := range honest {
		ref["gradient/"+n], got["gradient/"+n] = g[n], honest[n]
	}
	v, err := art.Compare(boundary.CheckEndpoint, 1, ref, got)
	if err != nil {
		t.Fatal(err)
	}
	return v.Worst.Ratio
}

// TestNearTieFlipHonest: a provider whose kernel decided one of ovig's near-ties (a max-pool
// window within rounding) the other way is beyond the plain one-step bound, and Honest once the
// verifier re-decides its near-ties; the bound itself is not widened.
func TestNearTieFlipHonest(t *testing.T) {
	j, art, tr, honest := tieFixture(t)
	p := j.Policy().Reference()
	rec := &nn.Ties{PoolRel: workload.PoolTieRel, ReLURel: workload.ReLUTieRel, Record: true}
	if _, err := tr.GradientTies(p, rec); err != nil {
		t.Fatal(err)
	}
	// The near-tie whose other decision moves the gradient most: the case PyTorch hit.
	var worst nn.Tie
	ratio := 0.0
	for _, c := range rec.Found {
		if r := beyond(t, art, honest, flipped(t, tr, p, c)); r > ratio {
			worst, ratio = c, r
		}
	}
	t.Logf("%d near-ties; flipping %v moves the gradient to %.3g of the one-step bound", len(rec.Found), worst, ratio)
	if ratio <= 1 {
		t.Fatalf("no near-tie of this batch moves the gradient beyond the bound (worst %.3g): the test proves nothing", ratio)
	}
	in := Input{Workload: j, Artifact: art, Profile: p}
	f, err := gradientCheck(context.Background(), in, endpointWith(t, tr, p, flipped(t, tr, p, worst)), "state")
	if err != nil {
		t.Fatal(err)
	}
	if f.Outcome != Honest || !strings.Contains(f.Reason, "near-ties") {
		t.Fatalf("a near-tie decided the other way: %s: %s", f.Outcome, f.Reason)
	}
	t.Logf("%s", f.Reason)
}

// TestNearTieClaimsCaught: the slack a cheater might try to use. (1) A window that is not a
// near-tie routed the other way ("claiming a tie that is not one") is Fraud: the verifier
// enumerates ties from its own forward pass, the provider names none. (2) A real near-tie
// flipped plus a backdoor perturbation as large as the flip's own effect is Fraud: re-deciding
// the tie explains the flip, not the perturbation, and the bound is unchanged. (3) The same
// perturbation alone (no tie) is Fraud too.
func TestNearTieClaimsCaught(t *testing.T) {
	j, art, tr, honest := tieFixture(t)
	p := j.Policy().Reference()
	in := Input{Workload: j, Artifact: art, Profile: p}
	near := &nn.Ties{PoolRel: workload.PoolTieRel, ReLURel: workload.ReLUTieRel, Record: true}
	if _, err := tr.GradientTies(p, near); err != nil {
		t.Fatal(err)
	}
	isNear := map[nn.Tie]bool{}
	for _, c := range near.Found {
		isNear[c] = true
	}
	// Every live window of the first max-pool (op 1: after conv1's ReLU) with a gap, near or not.
	all := &nn.Ties{PoolRel: 1, Record: true}
	if _, err := tr.GradientTies(p, all); err != nil {
		t.Fatal(err)
	}
	var notTie nn.Tie
	found := false
	for _, c := range all.Found {
		if c.Op == 1 && !isNear[c] && beyond(t, art, honest, flipped(t, tr, p, c)) > 10 {
			notTie, found = c, true
			break
		}
	}
	if !found {
		t.Fatal("no live window of pool 1 moves the gradient 10x beyond the bound")
	}
	check := func(what string, g map[string][]float32) {
		t.Helper()
		f, err := gradientCheck(context.Background(), in, endpointWith(t, tr, p, g), "state")
		if err != nil {
			t.Fatal(err)
		}
		if f.Outcome != Fraud {
			t.Errorf("%s: %s: %s", what, f.Outcome, f.Reason)
		} else {
			t.Logf("%s: caught: %s", what, f.Reason)
		}
	}
	check("a window that is not a near-tie routed the other way", flipped(t, tr, p, notTie))

	var tie nn.Tie
	ratio := 0.0
	for _, c := range near.Found {
		if r := beyond(t, art, honest, flipped(t, tr, p, c)); r > ratio {
			tie, ratio = c, r
		}
	}
	if ratio <= 1 {
		t.Fatalf("no near-tie moves the gradient beyond the bound (%.3g)", ratio)
	}
	withTie := flipped(t, tr, p, tie)
	// The backdoor: conv1.weight pushed along a fixed direction by as much as the flip moved it.
	bd := func(g map[string][]float32) map[string][]float32 {
		out := map[string][]float32{}
		for n, v := range g {
			out[n] = append([]float32(nil), v...)
		}
		w := out["conv1.weight"]
		var eff float64
		for i := range w {
			d := float64(withTie["conv1.weight"][i]) - float64(honest["conv1.weight"][i])
			eff += d * d
		}
		eff = math.Sqrt(eff)
		for i := range w {
			s := 1.0
			if i%3 == 0 {
				s = -1
			}
			w[i] += float32(s * eff / math.Sqrt(float64(len(w))))
		}
		return out
	}
	check("a near-tie flipped plus a backdoor as large as its effect", bd(withTie))
	check("the backdoor alone", bd(honest))
}
