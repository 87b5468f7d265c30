package boundary

import "math"

// tiny keeps the relative L2 distance finite when the reference is zero.
const tiny = 1e-30

// Metric names used in artifacts and verdicts.
const (
	MetricRelL2   = "rel_l2"
	MetricMaxAbs  = "max_abs"
	MetricCosDist = "cos_dist"
)

// Metrics lists the metric names in the order Compare checks them.
func Metrics() []string { return []string{MetricRelL2, MetricMaxAbs, MetricCosDist} }

// Distance is how far one tensor is from its reference.
type Distance struct {
	RelL2   float64 `json:"rel_l2"`   // ||got-ref|| / max(||ref||, tiny)
	MaxAbs  float64 `json:"max_abs"`  // max |got-ref|
	CosDist float64 `json:"cos_dist"` // 1 - cosine similarity, in [0, 2]
}

// Get returns the named metric.
func (d Distance) Get(metric string) (float64, bool) {
	switch metric {
	case MetricRelL2:
		return d.RelL2, true
	case MetricMaxAbs:
		return d.MaxAbs, true
	case MetricCosDist:
		return d.CosDist, true
	}
	return 0, false
}

func (d Distance) values() [3]float64 { return [3]float64{d.RelL2, d.MaxAbs, d.CosDist} }

func distanceOf(v [3]float64) Distance { return Distance{RelL2: v[0], MaxAbs: v[1], CosDist: v[2]} }

// Infinite is the distance of a tensor that cannot be compared: non-finite
// values or a length mismatch. It exceeds every bound.
func Infinite() Distance { return Distance{math.Inf(1), math.Inf(1), math.Inf(1)} }

// IsFinite reports whether every metric is finite.
func (d Distance) IsFinite() bool {
	for _, v := range d.values() {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Measure returns the distance of got from ref. A length mismatch or a NaN or
// Inf in either tensor gives Infinite (Compare reports a length mismatch as an
// error before measuring). Sums run sequentially in float64, so the result
// depends only on the values.
func Measure(ref, got []float32) Distance {
	if len(ref) != len(got) {
		return Infinite()
	}
	var rr, gg, dd, maxAbs float64
	for i := range ref {
		r, g := float64(ref[i]), float64(got[i])
		if math.IsNaN(r) || math.IsInf(r, 0) || math.IsNaN(g) || math.IsInf(g, 0) {
			return Infinite()
		}
		d := g - r
		// float64() forces each product to round: arm64 would fuse it into the sum otherwise.
		rr += float64(r * r)
		gg += float64(g * g)
		dd += float64(d * d)
		maxAbs = max(maxAbs, math.Abs(d))
	}
	nr, ng := math.Sqrt(rr), math.Sqrt(gg)
	return Distance{
		RelL2:   math.Sqrt(dd) / max(nr, tiny),
		MaxAbs:  maxAbs,
		CosDist: cosDist(ref, got, nr, ng),
	}
}

// cosDist computes 1 - cos as ||ref/|ref| - got/|got|||^2 / 2: the direct
// formula 1 - dot/(|ref||got|) cancels to rounding noise for the 1e-12-sized
// distances of honest replays.
func cosDist(ref, got []float32, nr, ng float64) float64 {
	switch {
	case nr == 0 && ng == 0:
		return 0
	case nr == 0 || ng == 0:
		return 1
	}
	var s float64
	for i := range ref {
		d := float64(ref[i])/nr - float64(got[i])/ng
		s += float64(d * d)
	}
	return min(s/2, 2)
}
