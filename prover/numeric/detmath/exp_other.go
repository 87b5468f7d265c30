//go:build !amd64 || purego

package detmath

func expKernel(dst, src []float64) int { return 0 }
