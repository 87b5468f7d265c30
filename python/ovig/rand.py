"""ovig's randomness (prover/data/schedule.go): splitmix64 streams seeded by keccak256, the
Fisher-Yates batch schedule and the Box-Muller normals of the initial weights."""
import math
import struct

from . import detmath
from .keccak import keccak256

_M = (1 << 64) - 1


class SplitMix:
    """splitmix64; below(n) rejects to avoid modulo bias exactly as Go does."""

    __slots__ = ("state",)

    def __init__(self, state: int):
        self.state = state & _M

    def next(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & _M
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _M
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        limit = (1 << 64) % n
        while True:
            v = self.next()
            if v >= limit:
                return v % n


class Rand:
    """data.NewRand(domain, seed, extra...): keccak256(domain || seed || extra...) seeds it."""

    def __init__(self, domain: str, seed: int, *extra: int):
        pre = domain.encode() + struct.pack(">Q", seed) + b"".join(struct.pack(">Q", e) for e in extra)
        self._r = SplitMix(int.from_bytes(keccak256(pre)[:8], "big"))

    def uint64(self) -> int:
        return self._r.next()

    def float64(self) -> float:
        return float(self._r.next() >> 11) / (1 << 53)

    def intn(self, n: int) -> int:
        return self._r.below(n)

    def normal(self) -> float:
        u1 = 1 - self.float64()
        u2 = self.float64()
        return math.sqrt(-2 * detmath.log(u1)) * detmath.cos(2 * math.pi * u2)


def permutation(seed: int, epoch: int, size: int) -> list:
    """The epoch's Fisher-Yates shuffle of range(size)."""
    r = SplitMix(int.from_bytes(keccak256(struct.pack(">QQ", seed, epoch))[:8], "big"))
    perm = list(range(size))
    for i in range(size - 1, 0, -1):
        j = r.below(i + 1)
        perm[i], perm[j] = perm[j], perm[i]
    return perm


def batch_indices(seed: int, step: int, size: int, batch: int) -> list:
    """Dataset indices of step's batch: a pure function of its arguments."""
    if not 1 <= batch <= size:
        raise ValueError("batch size %d not in [1, %d]" % (batch, size))
    per = size // batch
    pos = step % per
    return permutation(seed, step // per, size)[pos * batch:(pos + 1) * batch]


class Schedule:
    """batch_indices with the current epoch's permutation cached (steps mostly go forward)."""

    def __init__(self, seed: int, size: int, batch: int):
        if not 1 <= batch <= size:
            raise ValueError("batch size %d not in [1, %d]" % (batch, size))
        self.seed, self.size, self.batch_size = seed, size, batch
        self._epoch, self._perm = None, None

    def batch(self, step: int) -> list:
        per = self.size // self.batch_size
        e = step // per
        if e != self._epoch:
            self._epoch, self._perm = e, permutation(self.seed, e, self.size)
        pos = step % per
        return self._perm[pos * self.batch_size:(pos + 1) * self.batch_size]
