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

// Escape is the probability that a provider with k bad records among n goes uncaught when a
// checker opens m records drawn without replacement and catches an opened bad record with
// probability d (one sampled block of it replayed): Σ_j P(J = j)·(1-d)^j for J hypergeometric
// (n, k, m). With d = 1 it is 1 - Detection(n, k, m).
func Escape(n, k, m uint64, d float64) float64 {
	k, m = min(k, n), min(m, n)
	if k == 0 || m == 0 || d <= 0 {
		return 1
	}
	lc := func(a, b uint64) float64 {
		x, _ := math.Lgamma(float64(a) + 1)
		y, _ := math.Lgamma(float64(b) + 1)
		z, _ := math.Lgamma(float64(a-b) + 1)
		return x - y - z
	}
	total := lc(n, m)
	lo := uint64(0)
	if m > n-k {
		lo = m - (n - k)
	}
	var p float64
	for j := lo; j <= min(k, m); j++ {
		lp := lc(k, j) + lc(n-k, m-j) - total
		if d < 1 {
			lp += float64(j) * math.Log1p(-d)
		} else if j > 0 {
			continue
		}
		p += math.Exp(lp)
	}
	return min(p, 1)
}
