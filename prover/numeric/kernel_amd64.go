//go:build amd64 && !purego

package numeric

import "golang.org/x/sys/cpu"

// haveKernel reports whether the packed AVX2 kernel can run here, have512 whether its
// AVX-512 twin can (the OS saves the 512-bit state).
var (
	haveKernel = cpu.X86.HasAVX2
	have512    = haveKernel && cpu.X86.HasAVX512F
)

//go:noescape
func kern6x16(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)

//go:noescape
func kern6x32(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)

//go:noescape
func addF32AVX2(dst, src *float32, n int)

func addF32(dst, src []float32) {
	if len(dst) == 0 {
		return
	}
	src = src[:len(dst)]
	if haveKernel {
		addF32AVX2(&dst[0], &src[0], len(dst))
		return
	}
	for i := range dst {
		dst[i] += src[i]
	}
}

//go:noescape
func addPositiveF32AVX2(dst, src, x *float32, n int)

func addPositiveF32(dst, src, x []float32) {
	n := len(dst)
	src, x = src[:n], x[:n]
	head := 0
	if haveKernel {
		head = n &^ 7
	}
	if head > 0 {
		addPositiveF32AVX2(&dst[0], &src[0], &x[0], head)
	}
	addPositiveF32Scalar(dst[head:], src[head:], x[head:])
}

//go:noescape
func maxPool2x2AVX2(r0, r1, y *float32, arg *int, n, i0, wd int)

func maxPool2x2Row(r0, r1, y []float32, arg []int, i0, wd int) {
	head := 0
	if haveKernel {
		head = len(y) &^ 3
	}
	if head > 0 {
		_, _ = r0[2*head-1], r1[2*head-1]
		maxPool2x2AVX2(&r0[0], &r1[0], &y[0], &arg[0], head, i0, wd)
	}
	maxPool2x2RowScalar(r0[2*head:], r1[2*head:], y[head:], arg[head:], i0+2*head, wd)
}
