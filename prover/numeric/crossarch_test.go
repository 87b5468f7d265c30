package numeric

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// goldenGemmDigest is recorded on amd64; every architecture must reproduce it
// (run it on arm64 with GOARCH=arm64 go test -exec qemu-aarch64-static).
const goldenGemmDigest = "8806738ce7a16315a3ae22d89e3b2b80e9bcecff6fb2d62476a8016dd70447f4"

// TestCrossArchDigest hashes the output bits of GEMMs of awkward shapes under
// every honest profile of every precision policy.
func TestCrossArchDigest(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	h := sha256.New()
	var b [4]byte
	shapes := [][3]int{{1, 1, 1}, {3, 5, 7}, {13, 17, 29}, {6, 16, 64}, {9, 35, 150}}
	for _, pol := range []Policy{{F32, AccF32}, {BF16, AccF32}, {TF32, AccF32}, {FP16, AccF32}} {
		for _, p := range pol.HonestProfiles() {
			if p.Kernel() != p {
				continue // the same GEMM as a profile already hashed
			}
			for _, s := range shapes {
				m, n, k := s[0], s[1], s[2]
				for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
					a, bb := make([]float32, m*k), make([]float32, k*n)
					for i := range a {
						a[i] = float32(r.NormFloat64())
					}
					for i := range bb {
						bb[i] = float32(r.NormFloat64() * 0.1)
					}
					c := make([]float32, m*n)
					Gemm(p, tr[0], tr[1], m, n, k, a, bb, c)
					for _, v := range c {
						binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
						h.Write(b[:])
					}
				}
			}
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != goldenGemmDigest {
		t.Fatalf("GEMM digest %s, golden %s (GOARCH=%s)", got, goldenGemmDigest, runtime.GOARCH)
	}
}
