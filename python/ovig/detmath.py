"""ovig's prover/numeric/detmath in Python: Log, Exp, Sin and Cos with the same bits as Go.

The initial weights (Box-Muller), the diffusion noise and the warmup-cosine learning rate go
through these functions, and libm's log/cos differ from them in the last bit now and then.
Python floats are IEEE doubles and CPython never fuses a*b+c, so each Go expression whose
products Go rounds explicitly transcribes directly; Exp's fused multiply-adds are computed
exactly with fractions and rounded once.
"""
import math
import struct
from fractions import Fraction


def _bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _from_bits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b & 0xFFFFFFFFFFFFFFFF))[0]


def fma(a: float, b: float, c: float) -> float:
    """a*b+c rounded once (math.fma arrives only in Python 3.13)."""
    if not (math.isfinite(a) and math.isfinite(b) and math.isfinite(c)):
        return a * b + c
    return float(Fraction(a) * Fraction(b) + Fraction(c))


def exp(x: float) -> float:
    log2e = 1.4426950408889634073599246810018920
    ln2u = 0.69314718055966295651160180568695068359375
    ln2l = 0.28235290563031577122588448175013436025525412068e-12
    overflow = 7.09782712893384e+02
    b = _bits(x)
    if b & ~(1 << 63) >= 0x7FF0000000000000:
        return 0.0 if b == 0xFFF0000000000000 else x
    if x > overflow:
        return math.inf
    t = x * log2e
    r = round(t)  # round half to even, as CVTSD2SL
    e = r if -2**31 <= r <= 2**31 - 1 else -2**31
    fe = float(e)
    x = fma(-ln2u, fe, x)
    x = fma(-ln2l, fe, x)
    x = x * 0.0625
    p = 2.4801587301587301587e-5
    for c in (1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3,
              4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0):
        p = fma(p, x, c)
    x = x * p
    for _ in range(3):
        x = x * (x + 2)
    x = fma(x, x + 2, 1.0)
    be = e + 0x3FF
    if be <= 0:
        if be < -52:
            return 0.0
        be += 0x3FE
        x = x * _from_bits((be & 0xFFFFFFFF) << 52)
        return x * _from_bits(1 << 52)
    if be >= 0x7FF:
        return math.inf
    return x * _from_bits(be << 52)


def log(x: float) -> float:
    h_sqrt2 = 7.07106781186547524401e-01
    ln2hi, ln2lo = 6.93147180369123816490e-01, 1.90821492927058770002e-10
    l1, l2, l3, l4 = 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01
    l5, l6, l7 = 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01
    b = _bits(x)
    if b & ~(1 << 63) == 0:
        return -math.inf
    if b >> 63:
        return _from_bits(0x7FF8000000000001)
    if b >= 0x7FF0000000000000:
        return x
    f1 = _from_bits(b & 0x000FFFFFFFFFFFFF | 0x3FE0000000000000)
    k = float(((b >> 52) & 0x7FF) - 0x3FE)
    if not h_sqrt2 < f1:
        k -= 1
        f1 = f1 * 2
    f = f1 - 1
    s = f / (2 + f)
    s2 = s * s
    s4 = s2 * s2
    t1 = s2 * (s4 * (s4 * (s4 * l7 + l5) + l3) + l1)
    t2 = s4 * (s4 * (s4 * l6 + l4) + l2)
    r = t1 + t2
    hfsq = (0.5 * f) * f
    return (k * ln2hi) - ((hfsq - ((s * (hfsq + r)) + (k * ln2lo))) - f)


_SIN = (1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1)
_COS = (-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2)
_FOUR_OVER_PI = _from_bits(0x3FF45F306DC9C883)  # float64(4/pi), as Go folds the constant


def _poly(c, z):
    y = c[0] * z + c[1]
    for k in c[2:]:
        y = y * z + k
    return y


def _sin_kernel(z, zz):
    return z + (z * zz) * _poly(_SIN, zz)


def _cos_kernel(zz):
    return (1.0 - 0.5 * zz) + (zz * zz) * _poly(_COS, zz)


def _reduce(x):
    pi4a, pi4b, pi4c = 7.85398125648498535156e-1, 3.77489470793079817668e-8, 2.69515142907905952645e-15
    if x >= 1 << 29:
        raise ValueError("detmath: argument %r needs Payne-Hanek reduction, not ported" % x)
    j = int(x * _FOUR_OVER_PI)
    y = float(j)
    if j & 1:
        j += 1
        y += 1
    j &= 7
    return j, ((x - y * pi4a) - y * pi4b) - y * pi4c


def cos(x: float) -> float:
    if math.isnan(x) or math.isinf(x):
        return math.nan
    sign = False
    j, z = _reduce(abs(x))
    if j > 3:
        j -= 4
        sign = not sign
    if j > 1:
        sign = not sign
    zz = z * z
    y = _sin_kernel(z, zz) if j in (1, 2) else _cos_kernel(zz)
    return -y if sign else y


def sin(x: float) -> float:
    if x == 0 or math.isnan(x):
        return x
    if math.isinf(x):
        return math.nan
    sign = False
    if x < 0:
        x, sign = -x, True
    j, z = _reduce(x)
    if j > 3:
        sign = not sign
        j -= 4
    zz = z * z
    y = _cos_kernel(zz) if j in (1, 2) else _sin_kernel(z, zz)
    return -y if sign else y
