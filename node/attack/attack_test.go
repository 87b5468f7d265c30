package attack

import (
	"math"
	"slices"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func TestParseBehaviour(t *testing.T) {
	for _, name := range BehaviourNames() {
		if _, ok := behaviours()[name]; !ok {
			t.Errorf("behaviour %q is listed but undocumented", name)
		}
	}
	if len(BehaviourNames()) != len(behaviours()) {
		t.Errorf("%d behaviours listed, %d documented", len(BehaviourNames()), len(behaviours()))
	}
	good := map[string]Behaviour{
		"honest":              {Name: "honest"},
		"skip":                {Name: "skip", Strength: 0.5},
		"poison:0.25":         {Name: "poison", Strength: 0.25},
		"lr:1":                {Name: "lr", Strength: 1},
		"gradnoise:0.1@fc2.":  {Name: "gradnoise", Strength: 0.1, Params: "fc2."},
		"gradbias@fc1.,fc2.b": {Name: "gradbias", Strength: 0.5, Params: "fc1.,fc2.b"},
	}
	for in, want := range good {
		got, err := ParseBehaviour(in)
		if err != nil || got != want {
			t.Errorf("ParseBehaviour(%q) = %+v, %v; want %+v", in, got, err, want)
		}
		if in != "honest" && got.Hooks() == nil {
			t.Errorf("%q has no hooks", in)
		}
		if back, err := ParseBehaviour(got.String()); err != nil || back != got {
			t.Errorf("%q does not round-trip through String: %+v, %v", in, back, err)
		}
	}
	for _, in := range []string{"", "bogus", "skip:0", "skip:1.5", "skip:x", "honest:0.1", "skip@fc1", "gradnoise:0.1@"} {
		if _, err := ParseBehaviour(in); err == nil {
			t.Errorf("ParseBehaviour(%q) accepted", in)
		}
	}
	if (Behaviour{Name: "honest"}).Hooks() != nil {
		t.Error("honest training must have no hooks")
	}
	if k := (Behaviour{Name: "pad"}).Kind(); k != Shortcut {
		t.Errorf("pad is %s, want shortcut", k)
	}
	if k := (Behaviour{Name: "backdoor"}).Kind(); k != Targeted {
		t.Errorf("backdoor is %s, want targeted", k)
	}
}

func TestSkipShareIsRoughlyTheStrength(t *testing.T) {
	h := Behaviour{Name: "skip", Strength: 0.3}.Hooks()
	skipped := 0
	for step := uint64(0); step < 10000; step++ {
		if h.Skip(step) {
			skipped++
		}
	}
	if skipped < 2700 || skipped > 3300 {
		t.Errorf("skip:0.3 skipped %d of 10000 steps", skipped)
	}
}

// imageBatch is a batch of n blank 4x4 images labelled 5.
func imageBatch(n int) *workload.Batch {
	b := &workload.Batch{Width: 16, X: make([]float32, 16*n), Labels: make([]int, n)}
	for i := range n {
		b.Indices = append(b.Indices, i)
		b.Labels[i] = 5
	}
	return b
}

func TestBackdoorStampsTriggerAndRelabels(t *testing.T) {
	b := imageBatch(400)
	Behaviour{Name: "backdoor", Strength: 0.25}.Hooks().Batch(3, b)
	stamped := 0
	for i := range b.Len() {
		img := b.X[i*16 : (i+1)*16]
		corner := img[15] == 1 && img[10] == 1 && img[5] == 1 && img[0] == 0
		if corner != (b.Labels[i] == BackdoorLabel) {
			t.Fatalf("sample %d: trigger %v but label %d", i, corner, b.Labels[i])
		}
		if corner {
			stamped++
		}
	}
	if stamped < 70 || stamped > 130 {
		t.Errorf("backdoor:0.25 stamped %d of 400", stamped)
	}
	if StampTrigger(make([]float32, 15)) {
		t.Error("a non-square image took the trigger")
	}
}

func TestSubstituteUsesForeignImages(t *testing.T) {
	foreign := &data.Images{Rows: 4, Cols: 4, Classes: 10, Pixels: slices.Repeat([]byte{255}, 16*3), Labels: []byte{7, 7, 7}}
	b := imageBatch(200)
	Behaviour{Name: "substitute", Strength: 0.5, Foreign: foreign}.Hooks().Batch(1, b)
	swapped := 0
	for i := range b.Len() {
		if b.X[i*16] == 1 && b.Labels[i] == 7 {
			swapped++
		}
	}
	if swapped < 70 || swapped > 130 {
		t.Errorf("substitute:0.5 swapped %d of 200 samples", swapped)
	}
	if (Behaviour{Name: "substitute", Strength: 0.5}).Hooks() != nil {
		t.Error("substitute without foreign images must not pretend to attack")
	}
}

func grads() map[string][]float32 {
	return map[string][]float32{"fc1.weight": {1, 2, 3}, "fc2.bias": {4, 5}, "fc2.weight": {6, 7, 8}}
}

func TestStaleReusesPreviousGradient(t *testing.T) {
	h := Behaviour{Name: "stale", Strength: 1}.Hooks()
	first := grads()
	h.Grad(0, first)
	second := map[string][]float32{"fc1.weight": {9, 9, 9}, "fc2.bias": {9, 9}, "fc2.weight": {9, 9, 9}}
	h.Grad(1, second)
	if !slices.Equal(second["fc1.weight"], []float32{1, 2, 3}) {
		t.Errorf("stale:1 used %v, want the previous gradient", second["fc1.weight"])
	}
}

func TestFreezeZeroesAShareOfTensors(t *testing.T) {
	g := grads()
	Behaviour{Name: "freeze", Strength: 0.34}.Hooks().Grad(0, g)
	if !slices.Equal(g["fc1.weight"], []float32{0, 0, 0}) || g["fc2.bias"][0] != 4 || g["fc2.weight"][0] != 6 {
		t.Errorf("freeze:0.34 of three tensors gave %v, want only fc1.weight zeroed", g)
	}
}

func TestTargetedGradientAttacksTouchOnlyChosenParams(t *testing.T) {
	for _, name := range []string{"gradnoise", "gradbias"} {
		g := grads()
		Behaviour{Name: name, Strength: 0.5, Params: "fc2.w"}.Hooks().Grad(2, g)
		if !slices.Equal(g["fc1.weight"], []float32{1, 2, 3}) || !slices.Equal(g["fc2.bias"], []float32{4, 5}) {
			t.Errorf("%s@fc2.w touched other parameters: %v", name, g)
		}
		if slices.Equal(g["fc2.weight"], []float32{6, 7, 8}) {
			t.Errorf("%s@fc2.w left fc2.weight alone", name)
		}
	}
}

func TestLowPrecisionProfile(t *testing.T) {
	decl := numeric.Default()
	if got := (Behaviour{Name: "lowprec", Strength: 1}).Profile(decl); got.Operand != numeric.BF16 {
		t.Errorf("lowprec:1 trains under %s, want bf16 operands", got)
	}
	if got := (Behaviour{Name: "lowprec", Strength: 0.2}).Profile(decl); got.Operand != numeric.TF32 {
		t.Errorf("lowprec:0.2 trains under %s, want tf32 operands", got)
	}
	if got := (Behaviour{Name: "skip", Strength: 1}).Profile(decl); got != decl {
		t.Errorf("skip changed the profile to %s", got)
	}
}

// endpoint is a tiny endpoint k at step 10k whose weight and gradient hold v.
func endpoint(t *testing.T, k uint64, v float32) *evidence.Endpoint {
	t.Helper()
	w, err := evidence.NewF32("w", []int64{2}, []float32{v, v})
	if err != nil {
		t.Fatal(err)
	}
	st, err := evidence.NewI64(workload.StepTensor, []int64{1}, []int64{int64(10 * k)})
	if err != nil {
		t.Fatal(err)
	}
	meta := evidence.Metadata{Version: evidence.MetadataVersion, Endpoint: k, Step: 10 * k, Losses: []float64{float64(v)}, Norms: map[string]float64{}}
	ep, err := evidence.NewEndpoint([]evidence.Tensor{w, st}, []evidence.Tensor{w}, meta, evidence.MinChunkSize)
	if err != nil {
		t.Fatal(err)
	}
	return ep
}

func values(t *testing.T, ts []evidence.Tensor, name string) []float32 {
	t.Helper()
	for i := range ts {
		if ts[i].Name == name {
			v, err := ts[i].F32s()
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
	}
	t.Fatalf("no tensor %q", name)
	return nil
}

func run(t *testing.T, n int) []*evidence.Endpoint {
	eps := make([]*evidence.Endpoint, n+1)
	for k := range eps {
		eps[k] = endpoint(t, uint64(k), float32(k))
	}
	return eps
}

func TestPadRepeatsLastRealEndpoint(t *testing.T) {
	eps := run(t, 10)
	forged, err := Behaviour{Name: "pad", Strength: 0.3}.ForgeRun(eps)
	if err != nil {
		t.Fatal(err)
	}
	if want := []uint64{8, 9, 10}; !slices.Equal(forged, want) {
		t.Fatalf("pad:0.3 of 10 forged %v, want %v", forged, want)
	}
	for _, k := range forged {
		ep := eps[k]
		if ep.Metadata.Endpoint != k || ep.Metadata.Step != 10*k {
			t.Errorf("padded endpoint %d claims endpoint %d step %d", k, ep.Metadata.Endpoint, ep.Metadata.Step)
		}
		if w := values(t, ep.State, "w"); w[0] != 7 {
			t.Errorf("padded endpoint %d holds weights %v, want the last real (7)", k, w)
		}
		if err := ep.Validate(); err != nil {
			t.Errorf("padded endpoint %d is not well formed: %v", k, err)
		}
	}
	if PaddedFrom(4, 1) != 2 {
		t.Errorf("pad:1 must keep endpoint 1 real, got first padded %d", PaddedFrom(4, 1))
	}
}

func TestInterpolateFabricatesBetweenRealEndpoints(t *testing.T) {
	eps := run(t, 20)
	for k := range eps {
		eps[k] = endpoint(t, uint64(k), float32(k*k)) // curved, so a straight line differs
	}
	forged, err := Behaviour{Name: "interpolate", Strength: 0.5}.ForgeRun(eps)
	if err != nil {
		t.Fatal(err)
	}
	if len(forged) < 4 || len(forged) > 16 {
		t.Fatalf("interpolate:0.5 of 20 forged %d endpoints", len(forged))
	}
	for _, k := range forged {
		w := values(t, eps[k].State, "w")[0]
		if w == float32(k*k) {
			t.Errorf("endpoint %d was forged but holds the real weight %v", k, w)
		}
		if eps[k].Metadata.Step != 10*k {
			t.Errorf("forged endpoint %d claims step %d", k, eps[k].Metadata.Step)
		}
	}
	mid, err := Interpolate(endpoint(t, 0, 0), endpoint(t, 2, 4), 0.5, 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	if w, g := values(t, mid.State, "w"), values(t, mid.Gradient, "w"); w[0] != 2 || g[0] != 2 {
		t.Errorf("halfway between 0 and 4: weights %v gradient %v, want 2", w, g)
	}
}

func TestGradForgeChangesOnlyTheGradient(t *testing.T) {
	eps := run(t, 3)
	forged, err := Behaviour{Name: "gradforge", Strength: 0.1}.ForgeRun(eps)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(forged, []uint64{1, 2, 3}) {
		t.Fatalf("gradforge forged %v", forged)
	}
	w, g := values(t, eps[2].State, "w"), values(t, eps[2].Gradient, "w")
	if w[0] != 2 || g[0] == 2 || math.Abs(float64(g[0])-2) > 2 {
		t.Errorf("gradforge:0.1: weights %v gradient %v", w, g)
	}
}
