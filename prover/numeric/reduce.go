package numeric

// SumLanes8 sums v in float32 over 8 interleaved accumulators (lane l takes v[l],
// v[l+8], ...), combined as an AVX2 horizontal add: ((0+1)+(2+3))+((4+5)+(6+7)).
func SumLanes8(v []float32) float32 {
	var l [8]float32
	for i, x := range v {
		l[i%8] += x
	}
	return ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]))
}

// SumPairwise sums v in float32 in blocks of at most 8 summed in order, halves split at
// multiples of 8 and combined as a balanced tree (numpy's and PyTorch's cascade order).
func SumPairwise(v []float32) float32 {
	if len(v) <= 8 {
		var s float32
		for _, x := range v {
			s += x
		}
		return s
	}
	h := len(v) / 2
	h -= h % 8
	if h == 0 {
		h = 8
	}
	return SumPairwise(v[:h]) + SumPairwise(v[h:])
}
