package numeric

import "math"

// MaxPool2x2Row pools one output row of a 2x2, stride-2 max pool: window w covers
// r0[2w], r0[2w+1], r1[2w], r1[2w+1] (input indices i0+2w, +1, +wd, +wd+1). y[w] and
// arg[w] are the first element strictly greater than everything before it in that
// order, starting from -Inf at index -1 (NaN never wins), with SIMD where the CPU has
// it and the scalar loop's results.
func MaxPool2x2Row(r0, r1, y []float32, arg []int, i0, wd int) {
	arg = arg[:len(y)]
	maxPool2x2Row(r0[:2*len(y)], r1[:2*len(y)], y, arg, i0, wd)
}

func maxPool2x2RowScalar(r0, r1, y []float32, arg []int, i0, wd int) {
	r0, r1, arg = r0[:2*len(y)], r1[:2*len(y)], arg[:len(y)]
	for xx := range y {
		i := i0 + 2*xx
		best, bi := float32(math.Inf(-1)), -1
		if v := r0[2*xx]; v > best {
			best, bi = v, i
		}
		if v := r0[2*xx+1]; v > best {
			best, bi = v, i+1
		}
		if v := r1[2*xx]; v > best {
			best, bi = v, i+wd
		}
		if v := r1[2*xx+1]; v > best {
			best, bi = v, i+wd+1
		}
		y[xx], arg[xx] = best, bi
	}
}
