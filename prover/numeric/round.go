package numeric

import "math"

// RoundBF16 rounds x to bfloat16 (8 exponent, 7 mantissa bits) with
// round-to-nearest-even and returns it widened back to float32.
func RoundBF16(x float32) float32 { return roundMantissa(x, 16) }

// RoundTF32 rounds x to TensorFloat-32 (8 exponent, 10 mantissa bits).
func RoundTF32(x float32) float32 { return roundMantissa(x, 13) }

// roundMantissa drops the low `drop` mantissa bits with round-to-nearest-even.
// Overflow of the carry into the exponent is the correct behaviour (it rounds
// up to the next binade or to infinity).
func roundMantissa(x float32, drop uint) float32 {
	b := math.Float32bits(x)
	if b&0x7f800000 == 0x7f800000 { // inf or NaN: keep as is
		return x
	}
	half := uint32(1)<<(drop-1) - 1
	lsb := (b >> drop) & 1
	b += half + lsb
	b &^= uint32(1)<<drop - 1
	return math.Float32frombits(b)
}

// RoundFP16 rounds x to IEEE binary16 (5 exponent, 10 mantissa bits),
// including its subnormals and overflow to infinity.
func RoundFP16(x float32) float32 {
	if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
		return x
	}
	a := math.Abs(float64(x))
	const maxHalf = 65504.0
	switch {
	case a >= 65520: // halfway between 65504 and the next (absent) value 65536 rounds to inf
		return float32(math.Copysign(math.Inf(1), float64(x)))
	case a < 0x1p-14: // subnormal range: fixed quantum 2^-24
		q := math.RoundToEven(float64(x) * 0x1p24)
		return float32(math.Copysign(q*0x1p-24, float64(x)))
	default:
		r := roundMantissa(x, 13)
		if math.Abs(float64(r)) > maxHalf {
			return float32(math.Copysign(math.Inf(1), float64(x)))
		}
		return r
	}
}

// Round applies the operand rounding of precision p to x.
func (p Precision) Round(x float32) float32 {
	switch p {
	case BF16:
		return RoundBF16(x)
	case TF32:
		return RoundTF32(x)
	case FP16:
		return RoundFP16(x)
	default:
		return x
	}
}

// RoundSlice returns a rounded copy of s (or s itself for F32).
func (p Precision) RoundSlice(s []float32) []float32 {
	if p == F32 {
		return s
	}
	out := make([]float32, len(s))
	for i, v := range s {
		out[i] = p.Round(v)
	}
	return out
}

// FMA32 returns a*b+c rounded once to float32, exactly as a hardware
// single-precision fused multiply-add does. The product of two float32 values
// is exact in float64; the float64 sum is made round-to-odd (via TwoSum) so
// that the final rounding to float32 is correct, avoiding double rounding.
func FMA32(a, b, c float32) float32 {
	p := float64(float64(a) * float64(b)) // exact; the conversion keeps arm64 from fusing it anyway
	cc := float64(c)
	s := p + cc
	bv := s - p
	e := (p - (s - bv)) + (cc - bv)
	if e != 0 && !math.IsInf(s, 0) {
		bits := math.Float64bits(s)
		if bits&1 == 0 {
			if (e > 0) == (s > 0) {
				bits++
			} else {
				bits--
			}
			s = math.Float64frombits(bits)
		}
	}
	return float32(s)
}
