package nn

import (
	"fmt"

	"github.com/ovig/ovig/prover/numeric"
)

// Var is a node of the computation: a value and, if it needs one, a
// gradient that backward passes accumulate into.
type Var[T Float] struct {
	Val      *Tensor[T]
	Grad     *Tensor[T]
	needGrad bool
}

// Graph records operations in forward order so Backward can run their
// adjoints in reverse. A Graph is used for one forward/backward pass.
type Graph[T Float] struct {
	gemm GemmFunc[T]
	prof numeric.Profile // its framework fields choose the softmax, column-sum and loss kernels
	back []func()
	ties *Ties // nil: decisions are the kernels' own
}

// NewGraph returns a graph whose matrix products use gemm and whose other kernels are the
// default profile's.
func NewGraph[T Float](gemm GemmFunc[T]) *Graph[T] { return &Graph[T]{gemm: gemm} }

// NewProfileGraph returns a float32 graph whose every kernel follows p: the GEMM and the
// softmax, bias-gradient sums and loss reduction.
func NewProfileGraph(p numeric.Profile) *Graph[float32] {
	return &Graph[float32]{gemm: ProfileGemm(p), prof: p}
}

// Gemm exposes the graph's matrix product.
func (g *Graph[T]) Gemm() GemmFunc[T] { return g.gemm }

// Param makes a leaf whose gradient accumulates into grad (same shape as val;
// the caller zeroes it). A nil grad makes a constant.
func (g *Graph[T]) Param(val, grad *Tensor[T]) *Var[T] {
	if grad != nil && len(grad.Data) != len(val.Data) {
		panic(fmt.Sprintf("nn.Param: grad has %d elements, value %d", len(grad.Data), len(val.Data)))
	}
	return &Var[T]{Val: val, Grad: grad, needGrad: grad != nil}
}

// Input makes a constant leaf.
func (g *Graph[T]) Input(val *Tensor[T]) *Var[T] { return &Var[T]{Val: val} }

// result makes an op output that needs a gradient if any input does.
func (g *Graph[T]) result(val *Tensor[T], ins ...*Var[T]) *Var[T] {
	v := &Var[T]{Val: val}
	for _, in := range ins {
		if in != nil && in.needGrad {
			v.needGrad = true
		}
	}
	return v
}

// grad returns v's gradient buffer, allocating it on first use.
func (v *Var[T]) grad() []T {
	if v.Grad == nil {
		v.Grad = New[T](v.Val.Shape...)
	}
	return v.Grad.Data
}

func (g *Graph[T]) onBackward(out *Var[T], f func()) {
	if out.needGrad {
		g.back = append(g.back, f)
	}
}

// Backward seeds d(loss)/d(loss)=1 for a scalar loss and runs every recorded
// adjoint in reverse order; parameter gradients accumulate into their buffers.
func (g *Graph[T]) Backward(loss *Var[T]) error {
	if loss.Val.Len() != 1 {
		return fmt.Errorf("nn.Backward: loss has %d elements, want a scalar", loss.Val.Len())
	}
	loss.grad()[0] = 1
	for i := len(g.back) - 1; i >= 0; i-- {
		g.back[i]()
	}
	g.back = nil
	return nil
}

func addInto[T Float](dst, src []T) {
	if d, ok := any(dst).([]float32); ok {
		numeric.AddF32(d, any(src).([]float32)) // SIMD, same bits
		return
	}
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}
