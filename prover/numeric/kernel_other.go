//go:build !amd64 || purego

package numeric

const (
	haveKernel = false
	have512    = false
)

func kern6x16(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int) {
	panic("numeric: no SIMD kernel on this platform")
}

func kern6x32(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int) {
	panic("numeric: no SIMD kernel on this platform")
}

func addF32(dst, src []float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}

func addPositiveF32(dst, src, x []float32) { addPositiveF32Scalar(dst, src, x) }

func maxPool2x2Row(r0, r1, y []float32, arg []int, i0, wd int) {
	maxPool2x2RowScalar(r0, r1, y, arg, i0, wd)
}
