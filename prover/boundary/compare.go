package boundary

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/ovig/ovig/evidence"
)

// Excess is one tensor's distance on one metric, relative to its bound.
type Excess struct {
	Tensor   string  `json:"tensor"`
	Metric   string  `json:"metric"`
	Distance float64 `json:"distance"`
	Bound    float64 `json:"bound"`
	Ratio    float64 `json:"ratio"` // Distance / Bound; > 1 is beyond the boundary
}

// Verdict is the outcome of one check.
type Verdict struct {
	Fraud bool `json:"fraud"`
	// Worst is the largest Ratio over all tensors and metrics, fraud or not.
	Worst Excess `json:"worst"`
	// Exceeded lists every tensor and metric beyond its bound, worst first.
	Exceeded []Excess `json:"exceeded"`
	// Distances has every compared tensor's distance.
	Distances map[string]Distance `json:"distances"`
}

func ratio(d, b float64) float64 {
	switch {
	case d <= b && b == 0:
		return 0
	case b == 0:
		return math.Inf(1)
	}
	return d / b
}

// MinCosineElements is the smallest tensor whose cosine distance is judged. On a handful of
// values the cosine distance of honest rounding noise is the square of a few relative errors,
// so its tail is far heavier than the calibration set shows (a 10-value bias under bf16 went
// 10x past its bound); relative L2 and max-abs still judge such tensors, and relative L2
// bounds the cosine distance from above (rel_l2 >= sqrt(2 cos_dist)).
const MinCosineElements = 64

// Compare measures got (replayed) against ref (committed) tensor by tensor
// under the bounds of check c at the given stride (ignored for the endpoint
// check). It is fraud iff some tensor exceeds its bound on some metric (cosine
// distance only for tensors of at least MinCosineElements values). A
// tensor missing from either side, a tensor the artifact has no bound for, or
// a length mismatch is an error wrapping evidence.ErrMalformed: evidence that
// cannot be compared is not honest.
func (a *Artifact) Compare(c Check, stride uint64, ref, got map[string][]float32) (Verdict, error) {
	cb, err := a.Bounds(c, stride)
	if err != nil {
		return Verdict{}, err
	}
	known := make(map[string]bool, len(cb.Tensors))
	for _, tb := range cb.Tensors {
		known[tb.Tensor] = true
	}
	for side, m := range map[string]map[string][]float32{"committed": ref, "replayed": got} {
		for _, name := range sortedNames(m) {
			if !known[name] {
				return Verdict{}, fmt.Errorf("%s tensor %q has no %s bound: %w", side, name, c, evidence.ErrMalformed)
			}
		}
	}
	v := Verdict{Distances: make(map[string]Distance, len(cb.Tensors)), Worst: Excess{Ratio: -1}}
	for _, tb := range cb.Tensors {
		r, okR := ref[tb.Tensor]
		g, okG := got[tb.Tensor]
		switch {
		case !okR:
			return Verdict{}, fmt.Errorf("committed tensor %q missing: %w", tb.Tensor, evidence.ErrMalformed)
		case !okG:
			return Verdict{}, fmt.Errorf("replayed tensor %q missing: %w", tb.Tensor, evidence.ErrMalformed)
		case len(r) != len(g):
			return Verdict{}, fmt.Errorf("tensor %q: committed %d values, replayed %d: %w", tb.Tensor, len(r), len(g), evidence.ErrMalformed)
		}
		d := Measure(r, g)
		v.Distances[tb.Tensor] = d
		bound := tb.Effective(Norm(r))
		for i, metric := range Metrics() {
			e := Excess{Tensor: tb.Tensor, Metric: metric, Distance: d.values()[i], Bound: bound.values()[i]}
			e.Ratio = ratio(e.Distance, e.Bound)
			if metric == MetricCosDist && len(r) < MinCosineElements {
				continue
			}
			if e.Ratio > v.Worst.Ratio {
				v.Worst = e
			}
			if e.Distance > e.Bound {
				v.Exceeded = append(v.Exceeded, e)
			}
		}
	}
	slices.SortStableFunc(v.Exceeded, func(x, y Excess) int { return cmp.Compare(y.Ratio, x.Ratio) })
	v.Fraud = len(v.Exceeded) > 0
	return v, nil
}

// Effective returns the bounds that apply to a committed tensor of L2 norm refNorm: Bound, with
// relative L2 raised to AbsL2/refNorm when that is larger, and cosine distance raised to half
// the square of the relative bound (see TensorBounds).
func (tb *TensorBounds) Effective(refNorm float64) Distance {
	b := tb.Bound
	if tb.AbsL2 > 0 {
		b.RelL2 = max(b.RelL2, tb.AbsL2/max(refNorm, tiny))
	}
	// Isotropic rounding noise of relative size r has cosine distance about r^2/2: a cosine
	// bound below that of the relative bound would flag drift the relative bound accepts (it
	// did, at 1.25x on the MLP's fc1.weight in a 1,000-step job, with cos_dist at its floor).
	b.CosDist = max(b.CosDist, min(b.RelL2*b.RelL2/2, 2))
	return b
}

// Norm is the L2 norm of v, summed sequentially in float64.
func Norm(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

func sortedNames(m map[string][]float32) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// Tensors picks the named tensors of an endpoint as float32 values. Names are
// "gradient/<name>" or "state/<name>"; a missing or non-float32 tensor is an
// error wrapping evidence.ErrMalformed.
func Tensors(ep *evidence.Endpoint, names []string) (map[string][]float32, error) {
	out := make(map[string][]float32, len(names))
	for _, full := range names {
		kind, name, ok := splitName(full)
		if !ok {
			return nil, fmt.Errorf("tensor %q: want gradient/<name> or state/<name>", full)
		}
		t, err := ep.FindTensor(kind, name)
		if err != nil {
			return nil, fmt.Errorf("tensor %q: %w: %w", full, evidence.ErrMalformed, err)
		}
		vals, err := t.F32s()
		if err != nil {
			return nil, fmt.Errorf("tensor %q: %w: %w", full, evidence.ErrMalformed, err)
		}
		out[full] = vals
	}
	return out, nil
}

// Name prefixes of the tensors Compare sees.
const (
	PrefixGradient = "gradient/"
	PrefixState    = "state/"
)

func splitName(full string) (evidence.LeafKind, string, bool) {
	if name, ok := cutNonEmpty(full, PrefixGradient); ok {
		return evidence.KindGradient, name, true
	}
	if name, ok := cutNonEmpty(full, PrefixState); ok {
		return evidence.KindState, name, true
	}
	return 0, "", false
}

func cutNonEmpty(s, prefix string) (string, bool) {
	rest, ok := strings.CutPrefix(s, prefix)
	return rest, ok && rest != ""
}
