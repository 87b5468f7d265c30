//go:build !amd64 || purego

package optim

func adamw64(val, grad, m, v []float32, k *adamwConsts) { adamw64Scalar(val, grad, m, v, k) }

func sgd64(val, grad, buf []float32, k *sgdConsts) { sgd64Scalar(val, grad, buf, k) }
