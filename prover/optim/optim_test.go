package optim

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
)

// quadratic returns params at x0 whose gradient is x - target.
func params(vals ...float32) []Param {
	return []Param{{Name: "w", Shape: []int64{int64(len(vals))}, Val: vals, Grad: make([]float32, len(vals))}}
}

func setGrad(ps []Param, target []float32) {
	for i, v := range ps[0].Val {
		ps[0].Grad[i] = v - target[i]
	}
}

func TestSGDMomentumByHand(t *testing.T) {
	o, err := New(evidence.NamedParams{Name: "sgd", Params: map[string]float64{"momentum": 0.9, "weight_decay": 0}})
	if err != nil {
		t.Fatal(err)
	}
	ps := params(1)
	o.Reset(ps)
	// Constant gradient 1: buffers 1, 1.9, 2.71; w = 1 - 0.1*(1+1.9+2.71).
	for i := 0; i < 3; i++ {
		ps[0].Grad[0] = 1
		if err := o.Update(ps, 0.1, numeric.OptF64); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := ps[0].Val[0], float32(1-0.1*(1+1.9+2.71)); math.Abs(float64(got-want)) > 1e-6 {
		t.Fatalf("w = %v, want %v", got, want)
	}
}

func TestAdamWFirstStepIsSignStep(t *testing.T) {
	o := &AdamW{Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, WeightDecay: 0.1}
	ps := params(2, -3)
	o.Reset(ps)
	ps[0].Grad[0], ps[0].Grad[1] = 0.5, -4
	if err := o.Update(ps, 0.01, numeric.OptF64); err != nil {
		t.Fatal(err)
	}
	// Bias correction makes the first step lr*sign(g); decay shrinks w by lr*wd first.
	want := []float64{2*(1-0.001) - 0.01, -3*(1-0.001) + 0.01}
	for i, w := range want {
		if math.Abs(float64(ps[0].Val[i])-w) > 1e-6 {
			t.Fatalf("w[%d] = %v, want %v", i, ps[0].Val[i], w)
		}
	}
}

func TestOptimizersConverge(t *testing.T) {
	target := []float32{3, -1, 0.5}
	for _, o := range []Optimizer{&SGD{Momentum: 0.9}, &AdamW{Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}} {
		ps := params(0, 0, 0)
		o.Reset(ps)
		for i := 0; i < 500; i++ {
			setGrad(ps, target)
			if err := o.Update(ps, 0.05, numeric.OptF64); err != nil {
				t.Fatal(err)
			}
		}
		for i, v := range ps[0].Val {
			if math.Abs(float64(v-target[i])) > 1e-2 {
				t.Fatalf("%s: w = %v, want %v", o.Spec().Name, ps[0].Val, target)
			}
		}
	}
}

func TestStateRoundTripIsBitExact(t *testing.T) {
	for _, spec := range []evidence.NamedParams{
		{Name: "sgd", Params: map[string]float64{"momentum": 0.9, "weight_decay": 1e-4}},
		{Name: "adamw", Params: map[string]float64{"beta1": 0.9, "beta2": 0.99, "eps": 1e-8, "weight_decay": 0.01}},
	} {
		target := []float32{1, 2, 3, 4}
		a, _ := New(spec)
		pa := params(0.1, 0.2, 0.3, 0.4)
		a.Reset(pa)
		for i := 0; i < 7; i++ {
			setGrad(pa, target)
			a.Update(pa, 0.01, numeric.OptF64)
		}
		ts, err := a.State()
		if err != nil {
			t.Fatal(err)
		}
		m := make(map[string]*evidence.Tensor)
		for i := range ts {
			if i > 0 && ts[i-1].Name >= ts[i].Name {
				t.Fatalf("%s: state not sorted", spec.Name)
			}
			m[ts[i].Name] = &ts[i]
		}
		b, _ := New(spec)
		pb := params(slices.Clone(pa[0].Val)...)
		if err := b.Load(m, pb); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 7; i++ {
			setGrad(pa, target)
			setGrad(pb, target)
			a.Update(pa, 0.01, numeric.OptF64)
			b.Update(pb, 0.01, numeric.OptF64)
		}
		if !slices.Equal(pa[0].Val, pb[0].Val) {
			t.Fatalf("%s: restored run differs: %v vs %v", spec.Name, pa[0].Val, pb[0].Val)
		}
		delete(m, ts[0].Name)
		if err := b.Load(m, pb); err == nil {
			t.Fatalf("%s: load without %s accepted", spec.Name, ts[0].Name)
		}
	}
}

func TestUpdateWithoutStateFails(t *testing.T) {
	if err := (&AdamW{Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}).Update(params(1), 0.1, numeric.OptF64); err == nil {
		t.Fatal("update before Reset accepted")
	}
}

func TestSpecsRoundTripAndReject(t *testing.T) {
	for _, o := range []Optimizer{&SGD{Momentum: 0.5, WeightDecay: 1e-3}, &AdamW{Beta1: 0.9, Beta2: 0.95, Eps: 1e-6, WeightDecay: 0.1}} {
		p, err := New(o.Spec())
		if err != nil || p.Spec().Name != o.Spec().Name {
			t.Fatalf("%v: %v", o.Spec(), err)
		}
	}
	for _, spec := range []evidence.NamedParams{
		{Name: "rmsprop"},
		{Name: "sgd", Params: map[string]float64{"momentum": 0.9}},
		{Name: "sgd", Params: map[string]float64{"momentum": 1.5, "weight_decay": 0}},
		{Name: "sgd", Params: map[string]float64{"momentum": 0.9, "weight_decay": 0, "nesterov": 1}},
		{Name: "adamw", Params: map[string]float64{"beta1": 0.9, "beta2": 0.999, "eps": 0, "weight_decay": 0}},
	} {
		if _, err := New(spec); err == nil {
			t.Errorf("%v accepted", spec)
		}
	}
	for _, s := range []Schedule{Constant{Rate: 0.1}, WarmupCosine{Peak: 1e-3, Min: 1e-4, Warmup: 10, Total: 100}} {
		got, err := NewSchedule(s.Spec())
		if err != nil || got != s {
			t.Fatalf("%v: got %v, %v", s.Spec(), got, err)
		}
	}
	for _, spec := range []evidence.NamedParams{
		{Name: "step"},
		{Name: "constant", Params: map[string]float64{"lr": -1}},
		{Name: "warmup_cosine", Params: map[string]float64{"peak": 1, "min": 0, "warmup": 10, "total": 5}},
		{Name: "warmup_cosine", Params: map[string]float64{"peak": 1, "min": 0, "warmup": 1.5, "total": 5}},
		{Name: "warmup_cosine", Params: map[string]float64{"peak": 1, "min": 0, "warmup": 1}},
	} {
		if _, err := NewSchedule(spec); err == nil || !strings.Contains(err.Error(), "schedule") {
			t.Errorf("%v: %v", spec, err)
		}
	}
}

func TestWarmupCosine(t *testing.T) {
	w := WarmupCosine{Peak: 1, Min: 0.1, Warmup: 4, Total: 104}
	for step, want := range map[uint64]float64{0: 0.25, 3: 1, 4: 1, 54: 0.55, 104: 0.1, 1000: 0.1} {
		if got := w.LR(step); math.Abs(got-want) > 1e-12 {
			t.Errorf("LR(%d) = %v, want %v", step, got, want)
		}
	}
	for s := uint64(4); s < 104; s++ {
		if w.LR(s+1) > w.LR(s) {
			t.Fatalf("not decaying at %d", s)
		}
	}
}

// TestFloat32UpdateDiffersByRounding: torch's float32 arithmetic moves some parameters by an
// ULP or so against the float64 update, and no further.
func TestFloat32UpdateDiffersByRounding(t *testing.T) {
	specs := []evidence.NamedParams{
		{Name: "sgd", Params: map[string]float64{"momentum": 0.9, "weight_decay": 1e-4}},
		{Name: "adamw", Params: map[string]float64{"beta1": 0.9, "beta2": 0.99, "eps": 1e-8, "weight_decay": 0.01}},
	}
	for _, spec := range specs {
		var vals [2][]float32
		for k, arith := range []numeric.Opt{numeric.OptF64, numeric.OptF32} {
			o, err := New(spec)
			if err != nil {
				t.Fatal(err)
			}
			ps := params(make([]float32, 1000)...)
			for i := range ps[0].Val {
				ps[0].Val[i] = float32(math.Sin(float64(i)))
			}
			o.Reset(ps)
			for step := range 5 {
				for i := range ps[0].Grad {
					ps[0].Grad[i] = float32(math.Cos(float64(i*(step+3)))) * 1e-2
				}
				if err := o.Update(ps, 1e-2, arith); err != nil {
					t.Fatal(err)
				}
			}
			vals[k] = ps[0].Val
		}
		differ := 0
		for i, v := range vals[0] {
			if v != vals[1][i] {
				differ++
			}
			if d := math.Abs(float64(v - vals[1][i])); d > 4e-7*math.Max(1, math.Abs(float64(v))) {
				t.Fatalf("%s: w[%d] %v (f64) vs %v (f32)", spec.Name, i, v, vals[1][i])
			}
		}
		if differ == 0 {
			t.Errorf("%s: float32 arithmetic gave the float64 update's bits", spec.Name)
		}
		t.Logf("%s: %d of %d parameters differ", spec.Name, differ, len(vals[0]))
	}
}
