package challenger

import (
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

// Sampled reports whether a watchtower holding secret audits interval `interval` of job jobID
// whose committed root is root (the root of endpoint interval+1, which closes the interval):
// keccak256(secret ‖ uint256 jobID ‖ uint64 interval ‖ root) < p·2^256. The threshold is
// computed exactly from the float64 p, so p = 0 never samples and p = 1 always does; p outside
// [0, 1] is clamped and NaN counts as 0. Without the secret a provider cannot tell which
// intervals will be opened. jobID is encoded as 32 big-endian bytes of its absolute value (job
// ids are positive counters).
func Sampled(secret [32]byte, jobID *big.Int, interval uint64, root [32]byte, p float64) bool {
	return sampleDraw(secret, jobID, interval, root).Cmp(sampleThreshold(p)) < 0
}

// sampleDraw is the uniform 256-bit draw for one interval.
func sampleDraw(secret [32]byte, jobID *big.Int, interval uint64, root [32]byte) *big.Int {
	var buf [32 + 32 + 8 + 32]byte
	copy(buf[:32], secret[:])
	if jobID != nil {
		jobID.FillBytes(buf[32:64])
	}
	for i := 0; i < 8; i++ {
		buf[64+i] = byte(interval >> (56 - 8*i))
	}
	copy(buf[72:], root[:])
	return new(big.Int).SetBytes(crypto.Keccak256(buf[:]))
}

// sampleThreshold is floor(p·2^256), exact: a float64 times a power of two is exact in big.Float.
func sampleThreshold(p float64) *big.Int {
	switch {
	case math.IsNaN(p) || p <= 0:
		return new(big.Int)
	case p >= 1:
		return new(big.Int).Lsh(big.NewInt(1), 256) // above every keccak256 output
	}
	f := new(big.Float).SetFloat64(p)
	f.SetMantExp(f, 256)
	t, _ := f.Int(nil)
	return t
}
