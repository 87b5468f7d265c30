package boundary

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/prover/numeric"
)

// Sample is one honest distance: a tensor replayed under Profile from the
// endpoint at step Endpoint, measured against the reference replay.
type Sample struct {
	Check    Check           `json:"check"`
	Stride   uint64          `json:"stride"`
	Endpoint uint64          `json:"endpoint"`
	Profile  numeric.Profile `json:"profile"`
	// External names the external replayer that replayed it instead of a Profile
	// (calibrate.External); "" for ovig's engine.
	External string   `json:"external,omitempty"`
	Tensor   string   `json:"tensor"`
	Distance Distance `json:"distance"`
	// RefNorm is the L2 norm of the reference tensor: Distance.RelL2*RefNorm is the absolute
	// L2 distance that TensorBounds.AbsL2 bounds. Zero fits no absolute bound.
	RefNorm float64 `json:"ref_norm,omitempty"`
}

type checkKey struct {
	check  Check
	stride uint64
}

// Fit turns honest samples into bounds: per check, stride and tensor, and per
// metric, the given percentile of the samples times margin, never below
// floor (so a tensor that never drifted does not get a zero bound); the absolute L2
// bound is the largest absolute drift times margin. Samples
// must be finite: an honest replay that produced NaN is a bug to fix, not a
// drift to tolerate. The result is sorted as Artifact.Checks requires.
func Fit(samples []Sample, percentile, margin float64, floor Distance) ([]CheckBounds, error) {
	if err := checkFitParams(percentile, margin, floor); err != nil {
		return nil, fmt.Errorf("fit: %w", err)
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("fit: no samples")
	}
	groups := map[checkKey]map[string][]Distance{}
	abs := map[checkKey]map[string][]float64{}
	for i, s := range samples {
		if err := validCheck(s.Check, s.Stride); err != nil {
			return nil, fmt.Errorf("fit: sample %d: %w", i, err)
		}
		if s.Tensor == "" {
			return nil, fmt.Errorf("fit: sample %d: empty tensor name", i)
		}
		if err := checkDistance(s.Distance); err != nil {
			return nil, fmt.Errorf("fit: sample %d (%s/%d %s under %s from step %d): %w",
				i, s.Check, s.Stride, s.Tensor, s.Profile, s.Endpoint, err)
		}
		k := checkKey{s.Check, s.Stride}
		if groups[k] == nil {
			groups[k] = map[string][]Distance{}
			abs[k] = map[string][]float64{}
		}
		groups[k][s.Tensor] = append(groups[k][s.Tensor], s.Distance)
		if !(s.RefNorm >= 0) || math.IsInf(s.RefNorm, 0) {
			return nil, fmt.Errorf("fit: sample %d: reference norm %v", i, s.RefNorm)
		}
		if s.RefNorm > 0 {
			abs[k][s.Tensor] = append(abs[k][s.Tensor], s.Distance.RelL2*s.RefNorm)
		}
	}
	var out []CheckBounds
	for k, tensors := range groups {
		cb := CheckBounds{Check: k.check, Stride: k.stride}
		for name, ds := range tensors {
			tb := fitTensor(name, ds, percentile, margin, floor)
			if a := abs[k][name]; len(a) == len(ds) {
				// An absolute bound only where every sample knew its reference norm; see
				// TensorBounds for why it is the largest drift seen, not the percentile.
				tb.AbsL2 = slices.Max(a) * margin
			}
			cb.Tensors = append(cb.Tensors, tb)
		}
		slices.SortFunc(cb.Tensors, func(x, y TensorBounds) int { return cmp.Compare(x.Tensor, y.Tensor) })
		out = append(out, cb)
	}
	slices.SortFunc(out, compareKeys)
	return out, nil
}

func fitTensor(name string, ds []Distance, percentile, margin float64, floor Distance) TensorBounds {
	var bound, lo, med, p95, hi [3]float64
	for m := range 3 {
		vs := make([]float64, len(ds))
		for i, d := range ds {
			vs[i] = d.values()[m]
		}
		slices.Sort(vs)
		bound[m] = max(Percentile(vs, percentile)*margin, floor.values()[m])
		lo[m], med[m], p95[m], hi[m] = vs[0], Percentile(vs, 50), Percentile(vs, 95), vs[len(vs)-1]
	}
	return TensorBounds{
		Tensor:  name,
		Samples: uint64(len(ds)),
		Bound:   distanceOf(bound),
		Drift:   Drift{Min: distanceOf(lo), Median: distanceOf(med), P95: distanceOf(p95), Max: distanceOf(hi)},
	}
}

// Percentile returns the p-th percentile (0..100) of sorted, non-empty
// values, interpolating linearly between closest ranks.
func Percentile(sorted []float64, p float64) float64 {
	h := float64(len(sorted)-1) * p / 100
	lo := int(math.Floor(h))
	if lo >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	return sorted[lo] + float64((h-float64(lo))*(sorted[lo+1]-sorted[lo])) // rounded before the add, as on amd64
}

// ApplyTailMargin multiplies the bounds of the interval checks' tensors by tail (relative L2,
// max-abs and AbsL2 by tail, cosine distance by its square, capped at 2), except at stride
// OneStep; see Artifact.TailMargin. Drift summaries are kept as measured.
func ApplyTailMargin(checks []CheckBounds, tail float64) {
	for i := range checks {
		if checks[i].Check != CheckInterval || checks[i].Stride == OneStep {
			continue
		}
		for j := range checks[i].Tensors {
			tb := &checks[i].Tensors[j]
			tb.Bound.RelL2 *= tail
			tb.Bound.MaxAbs *= tail
			tb.Bound.CosDist = min(tb.Bound.CosDist*tail*tail, 2)
			tb.AbsL2 *= tail
		}
	}
}
