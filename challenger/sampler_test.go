package challenger

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func testRoot(i uint64) [32]byte {
	var r [32]byte
	copy(r[:], crypto.Keccak256([]byte("root"), big.NewInt(int64(i)).Bytes()))
	return r
}

func TestSampledEdges(t *testing.T) {
	secret := [32]byte{1}
	job := big.NewInt(7)
	for i := uint64(0); i < 2000; i++ {
		r := testRoot(i)
		if Sampled(secret, job, i, r, 0) {
			t.Fatalf("p=0 sampled interval %d", i)
		}
		if Sampled(secret, job, i, r, math.NaN()) || Sampled(secret, job, i, r, -1) {
			t.Fatalf("p<0 or NaN sampled interval %d", i)
		}
		if !Sampled(secret, job, i, r, 1) || !Sampled(secret, job, i, r, 2) {
			t.Fatalf("p>=1 skipped interval %d", i)
		}
	}
}

func TestSampledThresholdExact(t *testing.T) {
	// 0.5 is exactly 2^255; the smallest positive float64 rounds down to threshold 0.
	if got, want := sampleThreshold(0.5), new(big.Int).Lsh(big.NewInt(1), 255); got.Cmp(want) != 0 {
		t.Fatalf("threshold(0.5) = %s, want %s", got, want)
	}
	if got := sampleThreshold(math.SmallestNonzeroFloat64); got.Sign() != 0 {
		t.Fatalf("threshold(tiny) = %s, want 0", got)
	}
	// The draw is the documented keccak preimage.
	secret := [32]byte{9}
	root := testRoot(3)
	pre := append(append(append([]byte{}, secret[:]...), make([]byte, 31)...), 5)
	pre = append(pre, 0, 0, 0, 0, 0, 0, 0, 3)
	pre = append(pre, root[:]...)
	want := new(big.Int).SetBytes(crypto.Keccak256(pre))
	if got := sampleDraw(secret, big.NewInt(5), 3, root); got.Cmp(want) != 0 {
		t.Fatalf("draw = %x, want %x", got, want)
	}
	// Sampled at p iff draw < floor(p*2^256): check both sides of the draw itself.
	p := new(big.Float).SetMantExp(new(big.Float).SetInt(want), -256)
	pf, _ := p.Float64()
	below := math.Nextafter(pf, 0)
	above := math.Nextafter(pf, 1)
	if Sampled(secret, big.NewInt(5), 3, root, below) {
		t.Fatal("sampled just below the draw")
	}
	if !Sampled(secret, big.NewInt(5), 3, root, above) {
		t.Fatal("not sampled just above the draw")
	}
}

// The empirical rate over many intervals is p within 5 standard deviations, and two secrets
// select independent sets: their overlap is p^2 within 5 standard deviations.
func TestSampledRateAndIndependence(t *testing.T) {
	const n = 40000
	job := big.NewInt(42)
	a, b := [32]byte{0xaa}, [32]byte{0xbb}
	for _, p := range []float64{0.01, 0.1, 0.5} {
		var ca, cb, both float64
		for i := uint64(0); i < n; i++ {
			r := testRoot(i)
			sa, sb := Sampled(a, job, i, r, p), Sampled(b, job, i, r, p)
			if sa {
				ca++
			}
			if sb {
				cb++
			}
			if sa && sb {
				both++
			}
		}
		tol := 5 * math.Sqrt(p*(1-p)/n)
		for _, c := range []float64{ca, cb} {
			if got := c / n; math.Abs(got-p) > tol {
				t.Errorf("p=%v: empirical rate %v, want within %v", p, got, tol)
			}
		}
		q := p * p
		t.Logf("p=%v: rates %.4f %.4f (tolerance %.4f), overlap %.4f (want %.4f)", p, ca/n, cb/n, tol, both/n, q)
		if got, tolq := both/n, 5*math.Sqrt(q*(1-q)/n); math.Abs(got-q) > tolq {
			t.Errorf("p=%v: overlap rate %v, want %v within %v (independent secrets)", p, got, q, tolq)
		}
	}
}
