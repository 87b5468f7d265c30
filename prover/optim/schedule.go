package optim

import (
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric/detmath"
)

// Schedule gives the learning rate of each step.
type Schedule interface {
	LR(step uint64) float64
	Spec() evidence.NamedParams
}

// Constant is a fixed learning rate.
type Constant struct{ Rate float64 }

// LR implements Schedule.
func (c Constant) LR(uint64) float64 { return c.Rate }

// Spec implements Schedule.
func (c Constant) Spec() evidence.NamedParams {
	return evidence.NamedParams{Name: "constant", Params: map[string]float64{"lr": c.Rate}}
}

// WarmupCosine rises linearly from Peak/Warmup to Peak over Warmup steps, then decays
// along a half cosine to Min at step Total and stays there.
type WarmupCosine struct {
	Peak, Min     float64
	Warmup, Total uint64
}

// LR implements Schedule.
func (w WarmupCosine) LR(step uint64) float64 {
	if step < w.Warmup {
		return w.Peak * float64(step+1) / float64(w.Warmup)
	}
	if step >= w.Total {
		return w.Min
	}
	frac := float64(step-w.Warmup) / float64(w.Total-w.Warmup)
	return w.Min + float64(0.5*(w.Peak-w.Min)*(1+detmath.Cos(math.Pi*frac)))
}

// Spec implements Schedule.
func (w WarmupCosine) Spec() evidence.NamedParams {
	return evidence.NamedParams{Name: "warmup_cosine", Params: map[string]float64{
		"peak": w.Peak, "min": w.Min, "warmup": float64(w.Warmup), "total": float64(w.Total)}}
}

// NewSchedule builds the schedule a manifest names: "constant" {lr} or
// "warmup_cosine" {peak, min, warmup, total}.
func NewSchedule(spec evidence.NamedParams) (Schedule, error) {
	var want []string
	var s Schedule
	p := spec.Params
	switch spec.Name {
	case "constant":
		want = []string{"lr"}
		if !(p["lr"] > 0) {
			return nil, fmt.Errorf("schedule constant: lr %g must be positive", p["lr"])
		}
		s = Constant{Rate: p["lr"]}
	case "warmup_cosine":
		want = []string{"peak", "min", "warmup", "total"}
		w, t := p["warmup"], p["total"]
		if !(p["peak"] > 0) || p["min"] < 0 || p["min"] > p["peak"] || w < 0 || w != math.Trunc(w) || t != math.Trunc(t) || t <= w || t > 1<<53 {
			return nil, fmt.Errorf("schedule warmup_cosine: parameters %v out of range", p)
		}
		s = WarmupCosine{Peak: p["peak"], Min: p["min"], Warmup: uint64(w), Total: uint64(t)}
	default:
		return nil, fmt.Errorf("unknown learning-rate schedule %q (want constant or warmup_cosine)", spec.Name)
	}
	for k := range p {
		if !slices.Contains(want, k) {
			return nil, fmt.Errorf("schedule %s: unknown parameter %q", spec.Name, k)
		}
	}
	for _, k := range want {
		if _, ok := p[k]; !ok {
			return nil, fmt.Errorf("schedule %s: missing parameter %q", spec.Name, k)
		}
	}
	return s, nil
}
