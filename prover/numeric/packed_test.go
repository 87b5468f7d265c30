package numeric

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// refSeq is the f32/acc=f32/red=seq/fma=off reference, written out plainly.
func refSeq(transA, transB bool, m, n, k int, a, b []float32) []float32 {
	c := make([]float32, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float32
			for l := 0; l < k; l++ {
				av, bv := a[i*k+l], b[l*n+j]
				if transA {
					av = a[l*m+i]
				}
				if transB {
					bv = b[j*k+l]
				}
				s += float32(av * bv)
			}
			c[i*n+j] = s
		}
	}
	return c
}

func checkPacked(t *testing.T, r *rand.Rand, m, n, k int) {
	t.Helper()
	a, b := randSlice(r, m*k), randSlice(r, k*n)
	for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
		want := refSeq(tr[0], tr[1], m, n, k, a, b)
		for _, p := range []Profile{Default(), {Operand: BF16}} {
			aa, bb := p.Operand.RoundSlice(a), p.Operand.RoundSlice(b)
			if p.Operand != F32 {
				want = refSeq(tr[0], tr[1], m, n, k, aa, bb)
			}
			got := make([]float32, m*n)
			for i := range got {
				got[i] = float32(math.NaN()) // every output must be written
			}
			Gemm(p, tr[0], tr[1], m, n, k, a, b, got)
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%s m=%d n=%d k=%d trans=%v: c[%d] = %v, reference %v", p, m, n, k, tr, i, got[i], want[i])
				}
			}
			if p.Operand == F32 {
				break
			}
		}
		if p := Default(); p.Operand == F32 {
			want = refSeq(tr[0], tr[1], m, n, k, a, b)
			for _, kern := range kernelsHere() {
				got := make([]float32, m*n)
				gemmPackedWith(kern, tr[0], tr[1], m, n, k, a, b, got)
				for i := range got {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("kernel %d wide m=%d n=%d k=%d trans=%v: c[%d] = %v, reference %v", kern.nr, m, n, k, tr, i, got[i], want[i])
					}
				}
			}
		}
		want = nil
	}
}

// TestPackedKernelBitIdentical compares the default-profile GEMM (the packed
// SIMD kernel where the CPU has it) with the plain reference on edge shapes.
func TestPackedKernelBitIdentical(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for _, m := range []int{1, 5, 6, 7, 12, 13, 64} {
		for _, n := range []int{1, 15, 16, 17, 31, 32, 33, 63, 128} {
			for _, k := range []int{1, 2, 7, 64, 131} {
				checkPacked(t, r, m, n, k)
			}
		}
	}
	for range 20 {
		checkPacked(t, r, 1+r.IntN(80), 1+r.IntN(80), 1+r.IntN(300))
	}
}

// kernelsHere lists every tile kernel this CPU can run, so each is held to the reference
// and not only the one Gemm picks.
func kernelsHere() []tileKernel {
	var ks []tileKernel
	if haveKernel {
		ks = append(ks, tileKernel{16, kern6x16})
	}
	if have512 {
		ks = append(ks, tileKernel{32, kern6x32})
	}
	return ks
}

// TestPackedAcrossGOMAXPROCS: the tile split never changes the bits.
func TestPackedAcrossGOMAXPROCS(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	m, n, k := 70, 200, 300
	a, b := randSlice(r, m*k), randSlice(r, k*n)
	want := refSeq(false, true, m, n, k, a, b)
	for _, procs := range []int{1, 2, 3, 4, 8} {
		prev := runtime.GOMAXPROCS(procs)
		c := make([]float32, m*n)
		Gemm(Default(), false, true, m, n, k, a, b, c)
		runtime.GOMAXPROCS(prev)
		for i := range c {
			if math.Float32bits(c[i]) != math.Float32bits(want[i]) {
				t.Fatalf("GOMAXPROCS=%d: c[%d] differs", procs, i)
			}
		}
	}
}

func FuzzPackedKernel(f *testing.F) {
	f.Add(uint8(6), uint8(16), uint16(64), false, false, uint64(1))
	f.Add(uint8(13), uint8(17), uint16(5), true, true, uint64(2))
	f.Fuzz(func(t *testing.T, m8, n8 uint8, k16 uint16, ta, tb bool, seed uint64) {
		m, n, k := 1+int(m8%40), 1+int(n8%40), 1+int(k16%400)
		r := rand.New(rand.NewPCG(seed, 7))
		a, b := randSlice(r, m*k), randSlice(r, k*n)
		want := refSeq(ta, tb, m, n, k, a, b)
		got := make([]float32, m*n)
		Gemm(Default(), ta, tb, m, n, k, a, b, got)
		for i := range got {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("m=%d n=%d k=%d ta=%v tb=%v: c[%d] = %v, reference %v", m, n, k, ta, tb, i, got[i], want[i])
			}
		}
	})
}

func TestAddF32MatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	for n := 0; n < 70; n++ {
		dst, src := randSlice(r, n), randSlice(r, n+3)
		if n > 2 {
			dst[1], src[2] = float32(math.Copysign(0, -1)), float32(math.Inf(1))
		}
		want := append([]float32(nil), dst...)
		for i := range want {
			want[i] += src[i]
		}
		AddF32(dst, src)
		for i := range dst {
			if math.Float32bits(dst[i]) != math.Float32bits(want[i]) {
				t.Fatalf("n=%d: dst[%d] = %v, want %v", n, i, dst[i], want[i])
			}
		}
	}
}

// TestAddPositiveMatchesScalar: ReLU's backward kernel gives the scalar loop's bits on
// every length, with zeros of both signs, NaNs and infinities in x and in src.
func TestAddPositiveMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	specials := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), math.Float32frombits(1)}
	for _, n := range []int{0, 1, 7, 8, 9, 64, 1003} {
		dst, src, x := randSlice(r, n), randSlice(r, n), randSlice(r, n)
		for i := range x {
			if i%5 == 0 {
				x[i] = specials[i%len(specials)]
			}
			if i%7 == 0 {
				src[i] = specials[(i/7)%len(specials)]
			}
		}
		want := slices.Clone(dst)
		addPositiveF32Scalar(want, src, x)
		AddPositiveF32(dst, src, x)
		for i := range dst {
			if math.Float32bits(dst[i]) != math.Float32bits(want[i]) {
				t.Fatalf("n=%d [%d] x=%v src=%v: kernel %v, scalar %v", n, i, x[i], src[i], dst[i], want[i])
			}
		}
	}
}

// TestMaxPool2x2RowMatchesScalar: the SIMD pooling row gives the scalar loop's values
// and indices, ties, signed zeros, NaNs and infinities included, body and tail.
func TestMaxPool2x2RowMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	specials := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 1, -1}
	for _, n := range []int{0, 1, 3, 4, 5, 7, 8, 14, 17} {
		for trial := 0; trial < 50; trial++ {
			r0, r1 := make([]float32, 2*n), make([]float32, 2*n)
			for i := range r0 {
				if r.IntN(3) == 0 {
					r0[i], r1[i] = specials[r.IntN(len(specials))], specials[r.IntN(len(specials))]
				} else {
					r0[i], r1[i] = float32(r.IntN(5)-2), float32(r.NormFloat64())
				}
			}
			y, arg := make([]float32, n), make([]int, n)
			wy, warg := make([]float32, n), make([]int, n)
			MaxPool2x2Row(r0, r1, y, arg, 1000, 56)
			maxPool2x2RowScalar(r0, r1, wy, warg, 1000, 56)
			for i := range y {
				if math.Float32bits(y[i]) != math.Float32bits(wy[i]) || arg[i] != warg[i] {
					t.Fatalf("n=%d window %d: %v at %d, scalar %v at %d", n, i, y[i], arg[i], wy[i], warg[i])
				}
			}
		}
	}
}
