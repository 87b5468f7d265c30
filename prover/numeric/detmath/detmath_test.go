package detmath

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"golang.org/x/sys/cpu"
)

// inputs returns n values spread over the interesting ranges, plus specials.
func inputs(n int) []float64 {
	r := rand.New(rand.NewPCG(1, 2))
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, math.Inf(1), math.Inf(-1), math.NaN(),
		709.78, 709.79, -708.4, -745.1, -745.2, -800, 1e-310, -1e-310, 5e-324, math.MaxFloat64,
		-math.MaxFloat64, 0.625, -0.625, 44.01, -44.02, 1 << 29, 1 << 40, 1e300, math.Pi, math.Pi / 4}
	for len(xs) < n {
		switch r.IntN(4) {
		case 0:
			xs = append(xs, r.NormFloat64())
		case 1:
			xs = append(xs, (r.Float64()*2-1)*20)
		case 2:
			xs = append(xs, (r.Float64()*2-1)*800)
		default:
			xs = append(xs, math.Float64frombits(r.Uint64()))
		}
	}
	return xs
}

func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (math.IsNaN(a) && math.IsNaN(b))
}

// TestMatchesAmd64 checks that every function gives the math package's bits
// where the math package computes what this package transcribes: amd64 with FMA.
func TestMatchesAmd64(t *testing.T) {
	if runtime.GOARCH != "amd64" || !(cpu.X86.HasAVX && cpu.X86.HasFMA) {
		t.Skip("the math package computes other bits here; TestDigest checks this package")
	}
	funcs := []struct {
		name string
		got  func(float64) float64
		want func(float64) float64
	}{
		{"Exp", Exp, math.Exp}, {"Log", Log, math.Log}, {"Tanh", Tanh, math.Tanh},
		{"Sin", Sin, math.Sin}, {"Cos", Cos, math.Cos},
		{"Pow(x,0.37)", func(x float64) float64 { return Pow(x, 0.37) }, func(x float64) float64 { return math.Pow(x, 0.37) }},
		{"Pow(0.9,x)", func(x float64) float64 { return Pow(0.9, x) }, func(x float64) float64 { return math.Pow(0.9, x) }},
		{"Pow(0.999,x)", func(x float64) float64 { return Pow(0.999, math.Trunc(x)) }, func(x float64) float64 { return math.Pow(0.999, math.Trunc(x)) }},
	}
	for _, f := range funcs {
		bad := 0
		for _, x := range inputs(400000) {
			if g, w := f.got(x), f.want(x); !same(g, w) {
				if bad < 5 {
					t.Errorf("%s(%v) = %v, math gives %v", f.name, x, g, w)
				}
				bad++
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d mismatches", f.name, bad)
		}
	}
}

// goldenDigest is the SHA-256 of every function's output bits over inputs(20000),
// recorded on amd64. It must be the same on every architecture.
const goldenDigest = "0a84cb44c941e8a8dba5af873c331be59495ef4fe32e755de23f5072dd0114b3"

func TestCrossArchDigest(t *testing.T) {
	h := sha256.New()
	var b [8]byte
	for _, f := range []func(float64) float64{Exp, Log, Tanh, Sin, Cos,
		func(x float64) float64 { return Pow(math.Abs(x), 0.37) }} {
		for _, x := range inputs(20000) {
			y := f(x)
			if math.IsNaN(y) {
				y = math.NaN() // NaN payloads are not part of the contract
			}
			binary.LittleEndian.PutUint64(b[:], math.Float64bits(y))
			h.Write(b[:])
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != goldenDigest {
		t.Fatalf("digest %s, golden %s (GOARCH=%s)", got, goldenDigest, runtime.GOARCH)
	}
}

// TestSlicesMatchScalar: ExpSlice and TanhSlice give Exp's and Tanh's bits for every
// element, SIMD body and scalar tail, in place or not, specials and range edges included.
func TestSlicesMatchScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	specials := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), -708, 709, -708.0000001, 709.0000001,
		-745.2, 709.78, 710, 1e-300, -1e-300, 0.625, -0.625, 0.6249999999, 44.014845965556525, 44.02, -44.02, 88.03, 5e-324}
	var x []float64
	for _, n := range []int{0, 1, 3, 4, 5, 63, 64, 65, 131} {
		x = x[:0]
		for i := 0; i < n; i++ {
			switch i % 4 {
			case 0:
				x = append(x, (r.Float64()-0.5)*1500)
			case 1:
				x = append(x, r.NormFloat64()*3)
			case 2:
				x = append(x, specials[r.IntN(len(specials))])
			default:
				x = append(x, -r.ExpFloat64()*20)
			}
		}
		for _, f := range []struct {
			name   string
			slice  func(dst, src []float64)
			scalar func(float64) float64
		}{{"Exp", ExpSlice, Exp}, {"Tanh", TanhSlice, Tanh}} {
			got := make([]float64, n)
			f.slice(got, x)
			inPlace := append([]float64(nil), x...)
			f.slice(inPlace, inPlace)
			for i, v := range x {
				want := math.Float64bits(f.scalar(v))
				if math.Float64bits(got[i]) != want || math.Float64bits(inPlace[i]) != want {
					t.Fatalf("%sSlice(%v) (n=%d, i=%d) = %v / %v in place, scalar %v", f.name, v, n, i, got[i], inPlace[i], f.scalar(v))
				}
			}
		}
	}
	// Every range-sized run of normal inputs goes through the kernel.
	x = make([]float64, 1<<16)
	for i := range x {
		x[i] = (r.Float64()-0.5)*1416 + 0.5
	}
	got := make([]float64, len(x))
	ExpSlice(got, x)
	for i, v := range x {
		if math.Float64bits(got[i]) != math.Float64bits(Exp(v)) {
			t.Fatalf("ExpSlice(%v) = %v, Exp %v", v, got[i], Exp(v))
		}
	}
}
