package nn

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ovig/ovig/prover/numeric"
)

// weightedSum returns sum(x ⊙ w) for a constant w, turning any op into a
// scalar whose gradient exercises every output element.
func (g *Graph[T]) weightedSum(x *Var[T], w []T) *Var[T] {
	var s float64
	for i, v := range x.Val.Data {
		s += float64(v) * float64(w[i])
	}
	res := g.result(FromData([]T{T(s)}, 1), x)
	g.onBackward(res, func() {
		dx := x.grad()
		for i := range dx {
			dx[i] += w[i] * res.grad()[0]
		}
	})
	return res
}

type fdCase struct {
	name   string
	inputs []*Tensor[float64]
	build  func(g *Graph[float64], in []*Var[float64]) *Var[float64]
}

func randT(r *rand.Rand, shape ...int) *Tensor[float64] {
	t := New[float64](shape...)
	for i := range t.Data {
		t.Data[i] = r.NormFloat64()
	}
	return t
}

// checkFD compares analytic gradients of every input with central finite
// differences, all in float64.
func checkFD(t *testing.T, c fdCase) {
	t.Helper()
	r := rand.New(rand.NewPCG(99, 1))
	var proj []float64
	eval := func() (float64, []*Var[float64]) {
		g := NewGraph[float64](Gemm64)
		vars := make([]*Var[float64], len(c.inputs))
		for i, in := range c.inputs {
			vars[i] = g.Param(in, New[float64](in.Shape...))
		}
		out := c.build(g, vars)
		if proj == nil {
			proj = make([]float64, out.Val.Len())
			for i := range proj {
				proj[i] = r.NormFloat64()
			}
		}
		loss := g.weightedSum(out, proj)
		if err := g.Backward(loss); err != nil {
			t.Fatal(err)
		}
		return loss.Val.Data[0], vars
	}
	_, vars := eval()
	const eps = 1e-6
	checked := 0
	for vi, in := range c.inputs {
		analytic := vars[vi].Grad.Data
		for _, idx := range sampleIdx(r, in.Len(), 40) {
			orig := in.Data[idx]
			in.Data[idx] = orig + eps
			fp, _ := eval()
			in.Data[idx] = orig - eps
			fm, _ := eval()
			in.Data[idx] = orig
			num := (fp - fm) / (2 * eps)
			if d := math.Abs(num - analytic[idx]); d > 1e-6*math.Max(1, math.Abs(num)) {
				t.Errorf("%s: input %d elem %d: analytic %.9g numeric %.9g", c.name, vi, idx, analytic[idx], num)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatalf("%s: nothing checked", c.name)
	}
}

func sampleIdx(r *rand.Rand, n, k int) []int {
	if n <= k {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	return r.Perm(n)[:k]
}

func TestBackwardFiniteDifferences(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	awayFromZero := func(x *Tensor[float64]) *Tensor[float64] {
		for i, v := range x.Data {
			if math.Abs(v) < 0.1 {
				x.Data[i] = math.Copysign(0.1+math.Abs(v), v)
			}
		}
		return x
	}
	distinct := randT(r, 2, 2, 6, 6)
	for i := range distinct.Data {
		distinct.Data[i] += float64(i) * 1e-3 // break ties so max is differentiable
	}
	labels := []int{3, 0, 4, 1}
	cases := []fdCase{
		{"linear", []*Tensor[float64]{randT(r, 4, 5), randT(r, 5, 3), randT(r, 3)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.Linear(in[0], in[1], in[2]) }},
		{"add", []*Tensor[float64]{randT(r, 3, 4), randT(r, 3, 4)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.Add(in[0], in[1]) }},
		{"addbroadcast", []*Tensor[float64]{randT(r, 3, 4), randT(r, 4)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.AddBroadcast(in[0], in[1]) }},
		{"relu", []*Tensor[float64]{awayFromZero(randT(r, 3, 4))},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.ReLU(in[0]) }},
		{"gelu", []*Tensor[float64]{randT(r, 3, 4)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.GELU(in[0]) }},
		{"silu", []*Tensor[float64]{randT(r, 3, 4)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.SiLU(in[0]) }},
		{"scale+reshape", []*Tensor[float64]{randT(r, 3, 4)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				return g.Reshape(g.Scale(in[0], -1.5), 2, 6)
			}},
		{"layernorm", []*Tensor[float64]{randT(r, 3, 6), randT(r, 6), randT(r, 6)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				return g.LayerNorm(in[0], in[1], in[2], 1e-5)
			}},
		{"embedding", []*Tensor[float64]{randT(r, 5, 3)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				return g.Embedding([]int{4, 0, 4, 2}, in[0])
			}},
		{"softmax-ce", []*Tensor[float64]{randT(r, 4, 5)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.SoftmaxCrossEntropy(in[0], labels) }},
		{"mse", []*Tensor[float64]{randT(r, 3, 4)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				return g.MSE(in[0], randT(rand.New(rand.NewPCG(5, 5)), 3, 4))
			}},
		{"conv2d s1p1", []*Tensor[float64]{randT(r, 2, 2, 5, 5), randT(r, 3, 2*3*3), randT(r, 3)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				return g.Conv2D(in[0], in[1], in[2], ConvSpec{KH: 3, KW: 3, Stride: 1, Pad: 1})
			}},
		{"conv2d s2p0", []*Tensor[float64]{randT(r, 1, 2, 7, 6), randT(r, 2, 2*3*2), nil},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				return g.Conv2D(in[0], in[1], nil, ConvSpec{KH: 3, KW: 2, Stride: 2})
			}},
		{"maxpool", []*Tensor[float64]{distinct},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.MaxPool2D(in[0], 2, 2) }},
		{"avgpool", []*Tensor[float64]{randT(r, 2, 2, 6, 6)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] { return g.AvgPool2D(in[0], 3, 2) }},
		{"attention", []*Tensor[float64]{randT(r, 2*5, 3*8)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				return g.CausalSelfAttention(in[0], 2, 5, 2)
			}},
		{"chain", []*Tensor[float64]{randT(r, 4, 6), randT(r, 6, 6), randT(r, 6), randT(r, 6)},
			func(g *Graph[float64], in []*Var[float64]) *Var[float64] {
				h := g.LayerNorm(g.Linear(in[0], in[1], nil), in[2], in[3], 1e-5)
				return g.SoftmaxCrossEntropy(g.GELU(h), labels)
			}},
	}
	for _, c := range cases {
		// drop nil inputs (optional bias)
		ins := c.inputs[:0:0]
		for _, in := range c.inputs {
			if in != nil {
				ins = append(ins, in)
			}
		}
		c.inputs = ins
		t.Run(c.name, func(t *testing.T) { checkFD(t, c) })
	}
}

// TestFloat32GraphMatchesFloat64 runs the attention block in float32 under
// several profiles and checks it against the float64 instantiation.
func TestFloat32GraphMatchesFloat64(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	x64 := randT(r, 2*8, 3*16)
	x32 := New[float32](x64.Shape...)
	for i, v := range x64.Data {
		x32.Data[i] = float32(v)
	}
	g64 := NewGraph[float64](Gemm64)
	ref := g64.CausalSelfAttention(g64.Input(x64), 2, 8, 4)
	for _, p := range []numeric.Profile{numeric.Default(), {Order: numeric.Lanes, N: 8}, {Operand: numeric.BF16}} {
		g := NewGraph(ProfileGemm(p))
		y := g.CausalSelfAttention(g.Input(x32), 2, 8, 4)
		tol := 1e-5
		if p.Operand == numeric.BF16 {
			tol = 5e-2
		}
		for i, v := range y.Val.Data {
			if math.Abs(float64(v)-ref.Val.Data[i]) > tol {
				t.Fatalf("%s: elem %d = %g, float64 %g", p.Name(), i, v, ref.Val.Data[i])
			}
		}
	}
}

// TestFrameworkKernelsMatchFloat64: under float32 softmax, column sums and loss mean the
// gradients of attention, a biased linear layer, cross-entropy and MSE stay within float32
// rounding of the float64 graph's, and differ from the default kernels' bits.
func TestFrameworkKernelsMatchFloat64(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	in := []*Tensor[float64]{randT(r, 16, 48), randT(r, 16, 10), randT(r, 10)}
	for i := range in[1].Data {
		in[1].Data[i] *= 0.3
	}
	labels := make([]int, 16)
	for i := range labels {
		labels[i] = r.IntN(10)
	}
	target := randT(r, 16, 10)
	target32 := New[float32](target.Shape...)
	for i, x := range target.Data {
		target32.Data[i] = float32(x)
	}
	grads64 := func() [][]float64 {
		g := NewGraph[float64](Gemm64)
		vars := make([]*Var[float64], len(in))
		for i, x := range in {
			vars[i] = g.Param(x, New[float64](x.Shape...))
		}
		if err := g.Backward(mixedLoss(g, vars, labels, target)); err != nil {
			t.Fatal(err)
		}
		out := make([][]float64, len(in))
		for i, v := range vars {
			out[i] = v.Grad.Data
		}
		return out
	}()
	grads32 := func(p numeric.Profile) [][]float32 {
		g := NewProfileGraph(p)
		vars := make([]*Var[float32], len(in))
		for i, x := range in {
			x32 := New[float32](x.Shape...)
			for k, v := range x.Data {
				x32.Data[k] = float32(v)
			}
			vars[i] = g.Param(x32, New[float32](x.Shape...))
		}
		if err := g.Backward(mixedLoss(g, vars, labels, target32)); err != nil {
			t.Fatal(err)
		}
		out := make([][]float32, len(in))
		for i, v := range vars {
			out[i] = v.Grad.Data
		}
		return out
	}
	def := grads32(numeric.Default())
	for _, p := range []numeric.Profile{{Softmax: numeric.SoftmaxF32}, {ColSum: numeric.ColF32Pairwise}, {ColSum: numeric.ColF32Lanes8}, {Loss: numeric.LossF32}} {
		got := grads32(p)
		same := true
		for i := range got {
			for k, v := range got[i] {
				same = same && v == def[i][k]
				if d := math.Abs(float64(v) - grads64[i][k]); d > 2e-5*math.Max(1, math.Abs(grads64[i][k])) {
					t.Fatalf("%s: input %d elem %d: %g, float64 %g", p, i, k, v, grads64[i][k])
				}
			}
		}
		if same {
			t.Errorf("%s: the same gradient bits as the default kernels", p)
		}
	}
}

// mixedLoss runs attention, biased linear layers, a broadcast add, cross-entropy over 48
// rows (not a power of two, so the mean's 1/n rounds) and MSE.
func mixedLoss[T Float](g *Graph[T], v []*Var[T], labels []int, target *Tensor[T]) *Var[T] {
	a := g.CausalSelfAttention(v[0], 2, 8, 4)
	h := g.Linear(g.Reshape(a, 16, 16), g.Reshape(v[1], 16, 10), nil)
	y := g.AddBroadcast(g.Linear(g.Reshape(v[0], 16*3, 16), g.Reshape(v[1], 16, 10), v[2]), h)
	return g.Add(g.SoftmaxCrossEntropy(y, slices.Repeat(labels, 3)), g.MSE(h, target))
}
