package numeric

import (
	"fmt"
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
	b.Run("packed", func(b *testing.B) {
		for b.Loop() {
			Gemm(Default(), false, false, m, n, k, A, B, C)
		}
		b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
	})
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

// BenchmarkGemmShapes times the default-profile GEMM on the workloads' shapes,
// one thread, including packing (GOMAXPROCS as set by -cpu).
func BenchmarkGemmShapes(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range []struct {
		name    string
		ta, tb  bool
		m, n, k int
	}{
		{"mlp-fwd-64x128x784", false, false, 64, 128, 784},
		{"mlp-dW-784x128x64", true, false, 784, 128, 64},
		{"mlp-fwd-256x128x784", false, false, 256, 128, 784},
		{"charlm-1024x192x64", false, false, 1024, 192, 64},
		{"charlm-dx-1024x64x256", false, true, 1024, 64, 256},
		{"ddpm-64x256x256", false, false, 64, 256, 256},
		{"square-512", false, false, 512, 512, 512},
	} {
		A, B, C := randSlice(r, s.m*s.k), randSlice(r, s.k*s.n), make([]float32, s.m*s.n)
		flops := float64(2 * s.m * s.n * s.k)
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				Gemm(Default(), s.ta, s.tb, s.m, s.n, s.k, A, B, C)
			}
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
		})
	}
}

// BenchmarkKernelInCache is each tile kernel alone on panels that stay in L1: the
// ceiling of a kernel that multiplies and adds separately, on this core.
func BenchmarkKernelInCache(b *testing.B) {
	if !haveKernel {
		b.Skip("no SIMD kernel here")
	}
	for _, kern := range kernelsHere() {
		b.Run(fmt.Sprintf("6x%d", kern.nr), func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 2))
			k, nr := 256, kern.nr
			a, bb, c := randSlice(r, mr*k), randSlice(r, nr*k), make([]float32, mr*nr)
			for b.Loop() {
				kern.fn(k, &a[0], mr, &bb[0], nr, &c[0], nr)
			}
			b.ReportMetric(float64(2*mr*nr*k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
		})
	}
}
