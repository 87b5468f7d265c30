package optim

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAdamWKernelMatchesScalar: the vector AdamW step (where the CPU has one) gives the
// scalar reference's bits on every length, including the scalar tail, and on values that
// round near float32 ties, zeros and subnormals.
func TestAdamWKernelMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	k := &adamwConsts{b1: 0.9, ob1: 1 - 0.9, b2: 0.999, ob2: 1 - 0.999, decay: 1 - 1e-3*0.01,
		lr: 1e-3, c1: 1 - math.Pow(0.9, 7), c2: 1 - math.Pow(0.999, 7), eps: 1e-8}
	for _, n := range []int{0, 1, 3, 4, 5, 63, 64, 1001} {
		val, grad, m, v := make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
		for i := range val {
			val[i] = float32(r.NormFloat64())
			grad[i] = float32(r.NormFloat64() * math.Pow(10, float64(r.IntN(12)-8)))
			m[i] = float32(r.NormFloat64() * 1e-3)
			v[i] = float32(math.Abs(r.NormFloat64()) * 1e-6)
			switch i % 17 {
			case 3:
				grad[i] = 0
			case 5:
				grad[i] = math.Float32frombits(1) // smallest subnormal
			case 7:
				v[i] = 0
			}
		}
		want := [4][]float32{slices.Clone(val), slices.Clone(grad), slices.Clone(m), slices.Clone(v)}
		adamw64Scalar(want[0], want[1], want[2], want[3], k)
		adamw64(val, grad, m, v, k)
		for j, got := range [][]float32{val, grad, m, v} {
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[j][i]) {
					t.Fatalf("n=%d tensor %d [%d]: kernel %v, scalar %v", n, j, i, got[i], want[j][i])
				}
			}
		}
	}
}

// TestSGDKernelMatchesScalar: the same for the float64 SGD step with momentum and weight
// decay.
func TestSGDKernelMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, k := range []*sgdConsts{{wd: 0, mom: 0.9, lr: 0.05}, {wd: 1e-4, mom: 0.9, lr: 0.1}} {
		for _, n := range []int{0, 1, 3, 4, 7, 64, 1001} {
			val, grad, buf := make([]float32, n), make([]float32, n), make([]float32, n)
			for i := range val {
				val[i] = float32(r.NormFloat64())
				grad[i] = float32(r.NormFloat64() * math.Pow(10, float64(r.IntN(10)-7)))
				buf[i] = float32(r.NormFloat64() * 1e-2)
				if i%13 == 4 {
					grad[i] = float32(math.Copysign(0, -1))
				}
			}
			want := [3][]float32{slices.Clone(val), slices.Clone(grad), slices.Clone(buf)}
			sgd64Scalar(want[0], want[1], want[2], k)
			sgd64(val, grad, buf, k)
			for j, got := range [][]float32{val, grad, buf} {
				for i := range got {
					if math.Float32bits(got[i]) != math.Float32bits(want[j][i]) {
						t.Fatalf("%+v n=%d tensor %d [%d]: kernel %v, scalar %v", *k, n, j, i, got[i], want[j][i])
					}
				}
			}
		}
	}
}

func BenchmarkAdamW64(b *testing.B) {
	const n = 1 << 16
	val, grad, m, v := make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
	for i := range val {
		val[i], grad[i] = 1, float32(i%7)*1e-3
	}
	k := &adamwConsts{b1: 0.9, ob1: 0.1, b2: 0.999, ob2: 0.001, decay: 1, lr: 1e-3, c1: 0.1, c2: 0.001, eps: 1e-8}
	b.Run("kernel", func(b *testing.B) {
		for b.Loop() {
			adamw64(val, grad, m, v, k)
		}
	})
	b.Run("scalar", func(b *testing.B) {
		for b.Loop() {
			adamw64Scalar(val, grad, m, v, k)
		}
	})
}
