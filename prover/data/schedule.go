package data

import (
	"encoding/binary"
	"math"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/prover/numeric/detmath"
)

// BatchIndices returns the dataset indices of step's batch: epoch e = step/(size/batch)
// draws a permutation of [0,size) seeded by keccak256(seed, e), and the step takes the
// next batch-sized slice of it. It is a pure function of its arguments; each epoch
// visits size/batch*batch distinct examples. It panics unless 1 <= batch <= size.
func BatchIndices(seed, step, size, batch uint64) []int {
	perStep := stepsPerEpoch(size, batch)
	perm := Permutation(seed, step/perStep, size)
	pos := step % perStep
	return perm[pos*batch : (pos+1)*batch]
}

func stepsPerEpoch(size, batch uint64) uint64 {
	if batch == 0 || batch > size {
		panic("data: batch size must be in [1, dataset size]")
	}
	return size / batch
}

// Permutation is the Fisher-Yates shuffle of [0,size) for one epoch, driven by a
// splitmix64 stream seeded from keccak256(seed ‖ epoch).
func Permutation(seed, epoch, size uint64) []int {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], seed)
	binary.BigEndian.PutUint64(buf[8:], epoch)
	h := crypto.Keccak256(buf[:])
	r := splitmix{state: binary.BigEndian.Uint64(h)}
	perm := make([]int, size)
	for i := range perm {
		perm[i] = i
	}
	for i := size - 1; i > 0; i-- {
		j := r.below(i + 1)
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm
}

// Schedule caches the permutation of the current epoch; Batch equals BatchIndices.
// It is not safe for concurrent use.
type Schedule struct {
	Seed, Size, BatchSize uint64
	epoch                 uint64
	perm                  []int
}

// Batch returns the indices of step's batch (a fresh slice).
func (s *Schedule) Batch(step uint64) []int {
	perStep := stepsPerEpoch(s.Size, s.BatchSize)
	if e := step / perStep; s.perm == nil || e != s.epoch {
		s.epoch, s.perm = e, Permutation(s.Seed, e, s.Size)
	}
	pos := step % perStep
	return append([]int(nil), s.perm[pos*s.BatchSize:(pos+1)*s.BatchSize]...)
}

// splitmix is the splitmix64 generator: tiny, fast and fully specified, so every
// implementation of the schedule draws the same numbers.
type splitmix struct{ state uint64 }

func (r *splitmix) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// below returns a uniform value in [0,n) by rejection (no modulo bias).
func (r *splitmix) below(n uint64) uint64 {
	limit := -n % n // 2^64 mod n
	for {
		if v := r.next(); v >= limit {
			return v % n
		}
	}
}

// Rand is a deterministic splitmix64 stream for workload randomness (initial weights,
// diffusion noise) derived from a seed and a domain label.
type Rand struct{ r splitmix }

// NewRand seeds a stream with keccak256(domain ‖ seed ‖ extra...).
func NewRand(domain string, seed uint64, extra ...uint64) *Rand {
	buf := append([]byte(domain), make([]byte, 8*(1+len(extra)))...)
	off := len(domain)
	binary.BigEndian.PutUint64(buf[off:], seed)
	for i, e := range extra {
		binary.BigEndian.PutUint64(buf[off+8*(i+1):], e)
	}
	return &Rand{r: splitmix{state: binary.BigEndian.Uint64(crypto.Keccak256(buf))}}
}

// Uint64 returns the next 64 random bits.
func (r *Rand) Uint64() uint64 { return r.r.next() }

// Float64 returns a uniform value in [0,1) with 53 random bits.
func (r *Rand) Float64() float64 { return float64(r.r.next()>>11) / (1 << 53) }

// Intn returns a uniform value in [0,n).
func (r *Rand) Intn(n int) int { return int(r.r.below(uint64(n))) }

// Normal returns a standard normal value (Box-Muller).
func (r *Rand) Normal() float64 {
	u1 := 1 - r.Float64() // (0,1]: Log stays finite
	u2 := r.Float64()
	// detmath gives the same bits on every architecture (math.Log is assembly on amd64 only).
	return math.Sqrt(-2*detmath.Log(u1)) * detmath.Cos(2*math.Pi*u2)
}
