package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLayerNormRowsInterleaved: LayerNorm's four-rows-at-a-time sums give the bits of
// one row at a time (the scalar tail), for row counts with and without a tail.
func TestLayerNormRowsInterleaved(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	const d = 13
	for _, n := range []int{1, 3, 4, 5, 8, 11} {
		x, dy, gamma := make([]float32, n*d), make([]float32, n*d), make([]float32, d)
		xhat := make([]float64, n*d)
		for i := range x {
			x[i], dy[i], xhat[i] = float32(r.NormFloat64()*3+1), float32(r.NormFloat64()), r.NormFloat64()
		}
		for j := range gamma {
			gamma[j] = float32(r.NormFloat64())
		}
		mu, rstd := make([]float64, n), make([]float64, n)
		lnStats(x, mu, rstd, d, 1e-5)
		s1, s2, dg, db := make([]float64, n), make([]float64, n), make([]float64, d), make([]float64, d)
		lnBackSums(dy, gamma, xhat, s1, s2, dg, db, d)
		dg1, db1 := make([]float64, d), make([]float64, d)
		for i := 0; i < n; i++ {
			var m, rs, a, b [1]float64
			lnStats(x[i*d:(i+1)*d], m[:], rs[:], d, 1e-5)
			lnBackSums(dy[i*d:(i+1)*d], gamma, xhat[i*d:(i+1)*d], a[:], b[:], dg1, db1, d)
			for _, p := range [][2]float64{{mu[i], m[0]}, {rstd[i], rs[0]}, {s1[i], a[0]}, {s2[i], b[0]}} {
				if math.Float64bits(p[0]) != math.Float64bits(p[1]) {
					t.Fatalf("n=%d row %d: interleaved %v, one row %v", n, i, p[0], p[1])
				}
			}
		}
		for j := range dg {
			if math.Float64bits(dg[j]) != math.Float64bits(dg1[j]) || math.Float64bits(db[j]) != math.Float64bits(db1[j]) {
				t.Fatalf("n=%d column %d: dg/db %v/%v, one row at a time %v/%v", n, j, dg[j], db[j], dg1[j], db1[j])
			}
		}
	}
}
