package numeric

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

func randSlice(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(r.NormFloat64())
	}
	return s
}

func BenchmarkKernels(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	m, n, k := 64, 128, 784
	A, B, C := randSlice(r, m*k), randSlice(r, k*n), make([]float32, m*n)
	flops := float64(2 * m * n * k)
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			gemmSeqFast(m, n, k, A, B, C)
		}
		b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
	})
	b.Run("gonum", func(b *testing.B) {
		ga := blas32.General{Rows: m, Cols: k, Stride: k, Data: A}
		gb := blas32.General{Rows: k, Cols: n, Stride: n, Data: B}
		gc := blas32.General{Rows: m, Cols: n, Stride: n, Data: C}
		for b.Loop() {
			blas32.Gemm(blas.NoTrans, blas.NoTrans, 1, ga, gb, 0, gc)
		}
		b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
	})
	b.Run("lanes8", func(b *testing.B) {
		p := Profile{Order: Lanes, N: 8}
		for b.Loop() {
			Gemm(p, false, false, m, n, k, A, B, C)
		}
		b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
	})
	b.Run("fma", func(b *testing.B) {
		p := Profile{FMA: true}
		for b.Loop() {
			Gemm(p, false, false, m, n, k, A, B, C)
		}
		b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
	})
}
