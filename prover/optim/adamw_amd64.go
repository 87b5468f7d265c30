//go:build amd64 && !purego

package optim

import "golang.org/x/sys/cpu"

//go:noescape
func adamw64AVX2(n int, val, grad, m, v *float32, k *adamwConsts)

// adamw64 runs the vector kernel over the multiple-of-4 head where the CPU has AVX2 and
// the scalar loop over the rest; both give the same bits.
func adamw64(val, grad, m, v []float32, k *adamwConsts) {
	n := len(val)
	grad, m, v = grad[:n], m[:n], v[:n]
	head := 0
	if cpu.X86.HasAVX2 {
		head = n &^ 3
	}
	if head > 0 {
		adamw64AVX2(head, &val[0], &grad[0], &m[0], &v[0], k)
	}
	adamw64Scalar(val[head:], grad[head:], m[head:], v[head:], k)
}
