//go:build amd64 && !purego

package optim

import "golang.org/x/sys/cpu"

//go:noescape
func adamw64AVX2(n int, val, grad, m, v *float32, k *adamwConsts)

//go:noescape
func sgd64AVX2(n int, val, grad, buf *float32, k *sgdConsts)

// vectorHead is how many leading elements of n the AVX2 kernels take; the scalar loops,
// which give the same bits, take the rest.
func vectorHead(n int) int {
	if !cpu.X86.HasAVX2 {
		return 0
	}
	return n &^ 3
}

func adamw64(val, grad, m, v []float32, k *adamwConsts) {
	n := len(val)
	grad, m, v = grad[:n], m[:n], v[:n]
	head := vectorHead(n)
	if head > 0 {
		adamw64AVX2(head, &val[0], &grad[0], &m[0], &v[0], k)
	}
	adamw64Scalar(val[head:], grad[head:], m[head:], v[head:], k)
}

func sgd64(val, grad, buf []float32, k *sgdConsts) {
	n := len(val)
	grad, buf = grad[:n], buf[:n]
	head := vectorHead(n)
	if head > 0 {
		sgd64AVX2(head, &val[0], &grad[0], &buf[0], k)
	}
	sgd64Scalar(val[head:], grad[head:], buf[head:], k)
}
