package infer

import "math"

// Detection is the probability that m checks drawn without replacement from n checkable items
// (records, or record blocks) of which k are bad open at least one bad item, the
// hypergeometric formula P = 1 - C(n-k, m)/C(n, m). It multiplies the ratios
// (n-k-i)/(n-i) for i < m instead of forming binomials, so it neither overflows nor loses
// precision for large n. m >= n or k > n-m gives 1; k = 0 or m = 0 gives 0.
func Detection(n, k, m uint64) float64 {
	k, m = min(k, n), min(m, n)
	if k == 0 || m == 0 {
		return 0
	}
	if m > n-k {
		return 1
	}
	logMiss := 0.0
	for i := range m {
		logMiss += math.Log1p(-float64(k) / float64(n-i))
	}
	return -math.Expm1(logMiss)
}

// ChecksFor is the smallest number of checks m with Detection(n, k, m) >= target (target in
// (0,1]); n when even checking everything falls short, which only k = 0 does.
func ChecksFor(n, k uint64, target float64) uint64 {
	lo, hi := uint64(0), n
	for lo < hi {
		mid := lo + (hi-lo)/2
		if Detection(n, k, mid) >= target {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
