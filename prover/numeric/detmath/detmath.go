// Package detmath holds the elementary functions that replays use: Exp, Log,
// Tanh, Sin, Cos and Pow, giving the same bits on every architecture.
//
// The standard library cannot promise that: on amd64 math.Exp and math.Log
// are assembly (Exp fused with FMA when the CPU has it), while on arm64 Exp is
// other assembly and the pure-Go functions (Log, Tanh, Sin, Cos, ...) are
// compiled with x*y+z fused into FMA. Each function here is a pure-Go
// transcription of what amd64 computes today (the FMA path of exp_amd64.s via
// math.FMA, which is correctly rounded everywhere; log_amd64.s; sin.go,
// tanh.go and pow.go with every product rounded by an explicit conversion so
// no compiler may fuse it). On an amd64 CPU with FMA the results equal the
// math package's bit for bit (tested); on any machine they are the same.
//
// Sqrt, Abs, Floor, Trunc, Frexp, Ldexp and Modf are exact everywhere: use
// the math package for them.
//
// The code is derived from the Go standard library (BSD licence,
// Copyright The Go Authors) and, for Exp, from SLEEF (public domain).
package detmath

import (
	"math"
	"math/bits"
)

// Exp returns e**x as exp_amd64.s computes it on a CPU with FMA.
func Exp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2U     = 0.69314718055966295651160180568695068359375
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
	)
	b := math.Float64bits(x)
	if b&^(1<<63) >= 0x7FF0000000000000 { // Inf or NaN
		if b == 0xFFF0000000000000 {
			return 0
		}
		return x
	}
	if x > overflow {
		return math.Inf(1)
	}
	t := float64(x * log2e)
	// CVTSD2SL: round to nearest even; out of int32 range gives -2^31.
	var e int32 = math.MinInt32
	if r := math.RoundToEven(t); r >= math.MinInt32 && r <= math.MaxInt32 {
		e = int32(r)
	}
	fe := float64(e)
	x = math.FMA(-ln2U, fe, x)
	x = math.FMA(-ln2L, fe, x)
	x = float64(x * 0.0625)
	p := 2.4801587301587301587e-5
	p = math.FMA(p, x, 1.9841269841269841270e-4)
	p = math.FMA(p, x, 1.3888888888888888889e-3)
	p = math.FMA(p, x, 8.3333333333333333333e-3)
	p = math.FMA(p, x, 4.1666666666666666667e-2)
	p = math.FMA(p, x, 1.6666666666666666667e-1)
	p = math.FMA(p, x, 0.5)
	p = math.FMA(p, x, 1.0)
	x = float64(x * p)
	for range 3 {
		y := x + 2
		x = float64(x * y)
	}
	x = math.FMA(x, x+2, 1.0)
	be := e + 0x3FF
	if be <= 0 { // the result is subnormal: scale in two steps
		if be < -52 {
			return 0
		}
		be += 0x3FE
		x = float64(x * math.Float64frombits(uint64(uint32(be))<<52))
		return float64(x * math.Float64frombits(1<<52))
	}
	if be >= 0x7FF {
		return math.Inf(1)
	}
	return float64(x * math.Float64frombits(uint64(uint32(be))<<52))
}

// ExpSlice sets dst[i] = Exp(src[i]) for every i < len(dst) (src may be dst), the same
// bits as Exp, four lanes at a time where the CPU allows.
func ExpSlice(dst, src []float64) {
	src = src[:len(dst)]
	const chunk = 64
	for i := 0; i < len(dst); i += chunk {
		d, x := dst[i:min(i+chunk, len(dst))], src[i:min(i+chunk, len(dst))]
		n := 0
		if inKernelRange(x) {
			n = expKernel(d, x)
		}
		for j := n; j < len(d); j++ {
			d[j] = Exp(x[j])
		}
	}
}

// inKernelRange reports whether every x lies in [-708, 709], where Exp's result is
// normal and finite and it takes none of its special cases.
func inKernelRange(x []float64) bool {
	for _, v := range x {
		if !(v >= -708 && v <= 709) {
			return false
		}
	}
	return true
}

// Log returns the natural logarithm of x as log_amd64.s computes it
// (subnormal inputs included, which it reads with a biased exponent of 0).
func Log(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01
		ln2Hi  = 6.93147180369123816490e-01
		ln2Lo  = 1.90821492927058770002e-10
		l1     = 6.666666666666735130e-01
		l2     = 3.999999999940941908e-01
		l3     = 2.857142874366239149e-01
		l4     = 2.222219843214978396e-01
		l5     = 1.818357216161805012e-01
		l6     = 1.531383769920937332e-01
		l7     = 1.479819860511658591e-01
	)
	b := math.Float64bits(x)
	switch {
	case b&^(1<<63) == 0:
		return math.Inf(-1)
	case int64(b) < 0:
		return math.Float64frombits(0x7FF8000000000001)
	case b >= 0x7FF0000000000000:
		return x
	}
	f1 := math.Float64frombits(b&0x000FFFFFFFFFFFFF | 0x3FE0000000000000)
	k := float64(int32(b>>52&0x7FF) - 0x3FE)
	if !(hSqrt2 < f1) {
		k--
		f1 = float64(f1 * 2)
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := float64(s * s)
	s4 := float64(s2 * s2)
	t1 := float64(s2 * (float64(s4*(float64(s4*(float64(s4*l7)+l5))+l3)) + l1))
	t2 := float64(s4 * (float64(s4*(float64(s4*l6)+l4)) + l2))
	r := t1 + t2
	hfsq := float64(float64(0.5*f) * f)
	return float64(k*ln2Hi) - ((hfsq - (float64(s*(hfsq+r)) + float64(k*ln2Lo))) - f)
}

// Tanh returns the hyperbolic tangent of x (tanh.go, with this package's Exp).
func Tanh(x float64) float64 {
	if z := math.Abs(x); z >= 0.625 && z <= 0.5*tanhMaxlog {
		return tanhLarge(x, Exp(2*z))
	}
	return tanhSmall(x)
}

// TanhSlice sets dst[i] = Tanh(src[i]) for every i < len(dst) (src may be dst), the same
// bits as Tanh, with the exponentials four lanes at a time where the CPU allows.
func TanhSlice(dst, src []float64) {
	src = src[:len(dst)]
	const chunk = 64
	var s [chunk]float64
	for i := 0; i < len(dst); i += chunk {
		d, x := dst[i:min(i+chunk, len(dst))], src[i:min(i+chunk, len(dst))]
		e := s[:len(d)]
		for j, v := range x {
			w := 2 * math.Abs(v)
			if !(w <= 2*0.5*tanhMaxlog) { // unused: keep the kernel in range
				w = 0
			}
			e[j] = w
		}
		ExpSlice(e, e)
		for j, v := range x {
			if z := math.Abs(v); z >= 0.625 && z <= 0.5*tanhMaxlog {
				d[j] = tanhLarge(v, e[j])
			} else {
				d[j] = tanhSmall(v)
			}
		}
	}
}

const tanhMaxlog = 8.8029691931113054295988e+01 // log(2**127)

// tanhLarge is Tanh for 0.625 <= |x| <= maxlog/2, given s = Exp(2|x|).
func tanhLarge(x, s float64) float64 {
	z := 1 - 2/(s+1)
	if x < 0 {
		z = -z
	}
	return z
}

// tanhSmall is Tanh outside tanhLarge's range: |x| < 0.625, |x| > maxlog/2 or NaN.
func tanhSmall(x float64) float64 {
	if math.Abs(x) > 0.5*tanhMaxlog {
		if x < 0 {
			return -1
		}
		return 1
	}
	if x == 0 {
		return x
	}
	const (
		p0 = -9.64399179425052238628e-1
		p1 = -9.92877231001918586564e1
		p2 = -1.61468768441708447952e3
		q0 = 1.12811678491632931402e2
		q1 = 2.23548839060100448583e3
		q2 = 4.84406305325125486048e3
	)
	s := float64(x * x)
	num := float64(float64(float64(p0*s)+p1)*s) + p2
	den := float64((s+q0)*s) + q1
	den = float64(den*s) + q2
	return x + float64(float64(float64(x*s)*num)/den)
}

var sinC = [...]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosC = [...]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// poly evaluates ((((c0*z+c1)*z+c2)*z+c3)*z+c4)*z+c5 without fusion.
func poly(c *[6]float64, z float64) float64 {
	y := float64(c[0]*z) + c[1]
	y = float64(y*z) + c[2]
	y = float64(y*z) + c[3]
	y = float64(y*z) + c[4]
	y = float64(y*z) + c[5]
	return y
}

func sinKernel(z, zz float64) float64 { return z + float64(float64(z*zz)*poly(&sinC, zz)) }

func cosKernel(zz float64) float64 {
	return (1.0 - float64(0.5*zz)) + float64(float64(zz*zz)*poly(&cosC, zz))
}

// reduce returns the octant j and the reduced argument z of x >= 0 (finite).
func reduce(x float64) (uint64, float64) {
	const (
		pi4A = 7.85398125648498535156e-1
		pi4B = 3.77489470793079817668e-8
		pi4C = 2.69515142907905952645e-15
	)
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j := uint64(float64(x * (4 / math.Pi)))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - float64(y*pi4A)) - float64(y*pi4B)) - float64(y*pi4C)
}

// Cos returns the cosine of x (sin.go).
func Cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	sign := false
	j, z := reduce(math.Abs(x))
	if j > 3 {
		j -= 4
		sign = !sign
	}
	if j > 1 {
		sign = !sign
	}
	zz := float64(z * z)
	var y float64
	if j == 1 || j == 2 {
		y = sinKernel(z, zz)
	} else {
		y = cosKernel(zz)
	}
	if sign {
		y = -y
	}
	return y
}

// Sin returns the sine of x (sin.go).
func Sin(x float64) float64 {
	switch {
	case x == 0 || math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.NaN()
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	j, z := reduce(x)
	if j > 3 {
		sign = !sign
		j -= 4
	}
	zz := float64(z * z)
	var y float64
	if j == 1 || j == 2 {
		y = cosKernel(zz)
	} else {
		y = sinKernel(z, zz)
	}
	if sign {
		y = -y
	}
	return y
}

const reduceThreshold = 1 << 29

// trigReduce is math's Payne-Hanek reduction for x >= reduceThreshold
// (integer arithmetic; its two float operations cannot fuse).
func trigReduce(x float64) (j uint64, z float64) {
	const (
		pi4   = math.Pi / 4
		mask  = 0x7FF
		shift = 64 - 11 - 1
		bias  = 1023
	)
	ix := math.Float64bits(x)
	exp := int(ix>>shift&mask) - bias - shift
	ix &^= mask << shift
	ix |= 1 << shift
	digit, bitshift := uint(exp+61)/64, uint(exp+61)%64
	z0 := (mPi4[digit] << bitshift) | (mPi4[digit+1] >> (64 - bitshift))
	z1 := (mPi4[digit+1] << bitshift) | (mPi4[digit+2] >> (64 - bitshift))
	z2 := (mPi4[digit+2] << bitshift) | (mPi4[digit+3] >> (64 - bitshift))
	z2hi, _ := bits.Mul64(z2, ix)
	z1hi, z1lo := bits.Mul64(z1, ix)
	z0lo := z0 * ix
	lo, c := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0lo, z1hi, c)
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - shift
	hi |= e << shift
	z = math.Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, float64(z * pi4)
}

var mPi4 = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}

// Pow returns x**y (pow.go, with this package's Exp and Log).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == 0:
		switch {
		case y < 0:
			if math.Signbit(x) && isOddInt(y) {
				return math.Inf(-1)
			}
			return math.Inf(1)
		case y > 0:
			if math.Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case math.IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (math.Abs(x) < 1) == math.IsInf(y, 1):
			return 0
		default:
			return math.Inf(1)
		}
	case math.IsInf(x, 0):
		if math.IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return math.Inf(1)
		}
	case y == 0.5:
		return math.Sqrt(x)
	case y == -0.5:
		return 1 / math.Sqrt(x)
	}
	yi, yf := math.Modf(math.Abs(y))
	if yf != 0 && x < 0 {
		return math.NaN()
	}
	if yi >= 1<<63 {
		switch {
		case x == -1:
			return 1
		case (math.Abs(x) < 1) == (y > 0):
			return 0
		default:
			return math.Inf(1)
		}
	}
	a1 := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a1 = Exp(float64(yf * Log(x)))
	}
	x1, xe := math.Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			ae += xe
			break
		}
		if i&1 == 1 {
			a1 = float64(a1 * x1)
			ae += xe
		}
		x1 = float64(x1 * x1)
		xe <<= 1
		if x1 < .5 {
			x1 += x1
			xe--
		}
	}
	if y < 0 {
		a1 = 1 / a1
		ae = -ae
	}
	return math.Ldexp(a1, ae)
}

func isOddInt(x float64) bool {
	if math.Abs(x) >= (1 << 53) {
		return false
	}
	xi, xf := math.Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}
