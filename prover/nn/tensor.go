package nn

import (
	"fmt"

	"github.com/ovig/ovig/prover/numeric"
)

// Float is the element type of tensors.
type Float interface{ ~float32 | ~float64 }

// Tensor is a dense row-major array.
type Tensor[T Float] struct {
	Shape []int
	Data  []T
}

// New returns a zero tensor of the given shape.
func New[T Float](shape ...int) *Tensor[T] {
	return &Tensor[T]{Shape: append([]int(nil), shape...), Data: make([]T, Numel(shape))}
}

// FromData wraps data (not copied) with a shape; it panics on a size mismatch.
func FromData[T Float](data []T, shape ...int) *Tensor[T] {
	if Numel(shape) != len(data) {
		panic(fmt.Sprintf("nn.FromData: shape %v holds %d elements, data has %d", shape, Numel(shape), len(data)))
	}
	return &Tensor[T]{Shape: append([]int(nil), shape...), Data: data}
}

// Numel is the number of elements of a shape.
func Numel(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// Clone deep-copies t.
func (t *Tensor[T]) Clone() *Tensor[T] {
	return &Tensor[T]{Shape: append([]int(nil), t.Shape...), Data: append([]T(nil), t.Data...)}
}

// Len is the number of elements.
func (t *Tensor[T]) Len() int { return len(t.Data) }

// GemmFunc computes C = op(A)·op(B) (op(A) m×k, op(B) k×n), overwriting c.
type GemmFunc[T Float] func(transA, transB bool, m, n, k int, a, b, c []T)

// ProfileGemm returns the float32 GEMM of profile p.
func ProfileGemm(p numeric.Profile) GemmFunc[float32] {
	return func(transA, transB bool, m, n, k int, a, b, c []float32) {
		numeric.Gemm(p, transA, transB, m, n, k, a, b, c)
	}
}

// Gemm64 is a plain sequential float64 GEMM, used as the exact reference.
func Gemm64(transA, transB bool, m, n, k int, a, b, c []float64) {
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float64
			for l := 0; l < k; l++ {
				av, bv := a[i*k+l], b[l*n+j]
				if transA {
					av = a[l*m+i]
				}
				if transB {
					bv = b[j*k+l]
				}
				s += float64(av * bv) // conversion forbids fusion: same bits on every architecture
			}
			c[i*n+j] = s
		}
	}
}
