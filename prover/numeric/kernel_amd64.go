//go:build amd64 && !purego

package numeric

import "golang.org/x/sys/cpu"

// haveKernel reports whether the packed AVX2 kernel can run here.
var haveKernel = cpu.X86.HasAVX2

//go:noescape
func kern6x16(k int, a, b, c *float32, ldc int)
