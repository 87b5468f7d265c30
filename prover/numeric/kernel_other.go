//go:build !amd64 || purego

package numeric

const haveKernel = false

func kern6x16(k int, a, b, c *float32, ldc int) { panic("numeric: no SIMD kernel on this platform") }
