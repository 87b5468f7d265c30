//go:build amd64 && !purego

package detmath

import "golang.org/x/sys/cpu"

// haveExpKernel reports whether the 4-lane Exp kernel can run here.
var haveExpKernel = cpu.X86.HasAVX2 && cpu.X86.HasFMA

//go:noescape
func expAVX2(dst, src *float64, n int)

func expKernel(dst, src []float64) int {
	if !haveExpKernel {
		return 0
	}
	n := len(dst) &^ 3
	if n > 0 {
		expAVX2(&dst[0], &src[0], n)
	}
	return n
}
