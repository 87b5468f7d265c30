package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/secp256k1"
)

func TestVerdictDigestMatchesContract(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	th, err := call(ctx, e.owner, "typehash", e.owner.abi.PackVERDICTTYPEHASH(), e.owner.abi.UnpackVERDICTTYPEHASH)
	if err != nil || th != verdictTypeHash {
		t.Fatalf("VERDICT_TYPEHASH %x (%v), Go has %x", th, err, verdictTypeHash)
	}
	sep, err := call(ctx, e.owner, "separator", e.owner.abi.PackDOMAINSEPARATOR(), e.owner.abi.UnpackDOMAINSEPARATOR)
	if err != nil || sep != DomainSeparator(e.owner.ChainID(), e.owner.Address()) {
		t.Fatalf("DOMAIN_SEPARATOR %x (%v), Go has %x", sep, err, DomainSeparator(e.owner.ChainID(), e.owner.Address()))
	}
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	verdicts := []Verdict{
		{JobID: big.NewInt(1), ChallengeID: big.NewInt(1), Interval: 0, Outcome: OutcomeFraud, Distance: ToFixed18(0.015), Boundary: ToFixed18(1.8e-6)},
		{JobID: big.NewInt(7), ChallengeID: big.NewInt(42), Interval: 12, Root: crypto.Keccak256Hash([]byte("r")), Outcome: OutcomeHonest,
			Distance: ToFixed18(1e-7), Boundary: ToFixed18(2e-6), ReplayDigest: crypto.Keccak256Hash([]byte("replay"))},
		{JobID: max256, ChallengeID: max256, Interval: math.MaxUint64, Root: crypto.Keccak256Hash([]byte("x")), Outcome: OutcomeUnavailable,
			Distance: max256, Boundary: big.NewInt(0), ReplayDigest: crypto.Keccak256Hash([]byte("y"))},
		// outcome 0 is invalid for resolve but still has a digest
		{JobID: big.NewInt(3), ChallengeID: big.NewInt(9), Interval: 5, Distance: big.NewInt(1), Boundary: big.NewInt(2)},
	}
	for i, v := range verdicts {
		want, err := e.owner.VerdictDigest(ctx, v)
		if err != nil {
			t.Fatal(err)
		}
		got := v.Digest(e.owner.ChainID(), e.owner.Address())
		if got != want {
			t.Errorf("verdict %d: digest %s, contract says %s", i, got, want)
		}
		// Binding to chain and contract: another registry address gives another digest.
		if v.Digest(e.owner.ChainID(), e.provider.Sender().Address()) == want {
			t.Errorf("verdict %d: digest does not depend on the registry address", i)
		}
	}
}

func TestSignAndRecoverVerdict(t *testing.T) {
	key := DevKey(4)
	v := Verdict{JobID: big.NewInt(1), ChallengeID: big.NewInt(2), Interval: 3, Outcome: OutcomeFraud, Distance: ToFixed18(0.5), Boundary: ToFixed18(0.01)}
	digest := v.Digest(big.NewInt(SimulatedChainID), addr(DevKey(0)))
	for range 20 { // several digests exercise both v values
		sig, err := SignVerdict(key, digest)
		if err != nil {
			t.Fatal(err)
		}
		if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
			t.Fatalf("signature shape: len %d v %d", len(sig), sig[64])
		}
		if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
			t.Fatal("high s")
		}
		who, err := RecoverVerdictSigner(digest, sig)
		if err != nil || who != addr(key) {
			t.Fatalf("recover: %s %v, want %s", who, err, addr(key))
		}
		// The malleable twin (n - s, flipped v) recovers the same key in plain ecrecover; the
		// registry rejects it, and so must we.
		twin := bytes.Clone(sig)
		s := new(big.Int).Sub(secp256k1.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
		copy(twin[32:64], common32(s))
		twin[64] = 55 - sig[64]
		if _, err := RecoverVerdictSigner(digest, twin); err == nil {
			t.Fatal("high-s twin accepted")
		}
		bad := bytes.Clone(sig)
		bad[64] = sig[64] - 27
		if _, err := RecoverVerdictSigner(digest, bad); err == nil {
			t.Fatal("v in {0,1} accepted")
		}
		if _, err := RecoverVerdictSigner(digest, sig[:64]); err == nil {
			t.Fatal("64-byte signature accepted")
		}
		digest = crypto.Keccak256Hash(digest[:])
	}
}

func common32(x *big.Int) []byte {
	b := make([]byte, 32)
	return x.FillBytes(b)
}

func TestOrderSignatures(t *testing.T) {
	digest := crypto.Keccak256Hash([]byte("verdict"))
	keys := []*ecdsa.PrivateKey{DevKey(4), DevKey(5), DevKey(6)}
	var sigs [][]byte
	for _, k := range keys {
		s, err := SignVerdict(k, digest)
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	dup, _ := SignVerdict(keys[1], digest)
	in := [][]byte{sigs[2], dup, sigs[0], sigs[1]}
	out, err := OrderSignatures(digest, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 {
		t.Fatalf("got %d signatures, want 3 (duplicate dropped)", len(out))
	}
	for i := 1; i < len(out); i++ {
		a, _ := RecoverVerdictSigner(digest, out[i-1])
		b, _ := RecoverVerdictSigner(digest, out[i])
		if bytes.Compare(a[:], b[:]) >= 0 {
			t.Fatalf("signers not strictly increasing: %s then %s", a, b)
		}
	}
	if _, err := OrderSignatures(digest, [][]byte{sigs[0], {1, 2, 3}}); err == nil {
		t.Fatal("malformed signature accepted")
	}
}

func TestToFixed18(t *testing.T) {
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, c := range []struct {
		x    float64
		want string
	}{
		{0, "0"}, {-1, "0"}, {1, "1000000000000000000"}, {0.1, "100000000000000000"},
		{1.5, "1500000000000000000"}, {1e-18, "1"}, {4e-19, "0"}, {5e-19, "1"}, {1.8e-6, "1800000000000"},
		{math.Inf(1), max256.String()}, {math.NaN(), max256.String()}, {1e300, max256.String()},
		{math.Inf(-1), "0"},
	} {
		if got := ToFixed18(c.x); got.String() != c.want {
			t.Errorf("ToFixed18(%v) = %v, want %s", c.x, got, c.want)
		}
	}
	if got := FromFixed18(ToFixed18(0.0123)); got != 0.0123 {
		t.Errorf("round trip 0.0123 gave %v", got)
	}
}

// TestBatchRefAcceptedByContract commits batches of several sizes (odd levels included) and
// checks Root against the stored batch slot and that every Proof opens a challenge.
func TestBatchRefAcceptedByContract(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	sizes := []uint64{1, 2, 3, 5, 8}
	var n uint64
	for _, s := range sizes {
		n += s
	}
	p := e.params((n-1)*10, 10, 1, 1)
	id, err := e.owner.CreateJob(ctx, p, ether(10))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.provider.Accept(ctx, id, p.ProviderBond); err != nil {
		t.Fatal(err)
	}
	first := uint64(0)
	for i, s := range sizes {
		b := BatchRef{Index: uint64(i), First: first, Roots: roots(first, s)}
		if err := e.provider.CommitIntervalsAt(ctx, id, first, b.Roots); err != nil {
			t.Fatal(err)
		}
		root, err := b.Root()
		if err != nil {
			t.Fatal(err)
		}
		var pre [48]byte
		copy(pre[:], root[:])
		putU64(pre[32:], b.First)
		putU64(pre[40:], uint64(len(b.Roots)))
		stored, err := e.owner.BatchCommitment(ctx, id, b.Index)
		if err != nil {
			t.Fatal(err)
		}
		if stored != crypto.Keccak256Hash(pre[:]) {
			t.Fatalf("batch %d: stored commitment %x, Root gives %x", i, stored, crypto.Keccak256Hash(pre[:]))
		}
		first += s
	}
	batches, err := e.owner.Batches(ctx, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != len(sizes) {
		t.Fatalf("read %d batches from logs, want %d", len(batches), len(sizes))
	}
	// A tampered proof is refused by name.
	b := batches[4]
	proof, _ := b.Proof(b.First + 1)
	proof[0][0] ^= 1
	data := e.challenger.abi.PackChallenge(id, b.First+1, b.Roots[1], big.NewInt(int64(b.Index)), mustRoot(t, b), b.First, uint64(len(b.Roots)), proof)
	_, err = e.challenger.transact(ctx, "tampered challenge", p.ChallengerBond, data)
	mustRevert(t, err, "InvalidProof")
	// Every genuine proof opens a challenge.
	for _, b := range batches {
		for ep := b.First; ep < b.First+uint64(len(b.Roots)); ep++ {
			if ep == 0 {
				continue // endpoint 0 is the initial state, not the end of an interval
			}
			cid, err := e.challenger.OpenChallenge(ctx, id, ep, b, p.ChallengerBond)
			if err != nil {
				t.Fatalf("endpoint %d of batch %d: %v", ep, b.Index, err)
			}
			c, err := e.owner.ChallengeInfo(ctx, cid)
			if err != nil {
				t.Fatal(err)
			}
			if c.Interval != ep-1 || c.Root != b.Roots[ep-b.First] || c.Status != 1 {
				t.Fatalf("challenge %v: interval %d root %x status %d", cid, c.Interval, c.Root, c.Status)
			}
		}
	}
	if _, err := batches[0].Proof(5); err == nil {
		t.Fatal("proof of an endpoint outside the batch")
	}
}

func mustRoot(t *testing.T, b BatchRef) [32]byte {
	t.Helper()
	r, err := b.Root()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func putU64(b []byte, v uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}
