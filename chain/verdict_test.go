package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/secp256k1"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/evidence"
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
	// The contract takes the boundary hash from the job it recorded (zero for an unknown job):
	// jobs 1 and 2 record two different boundary artifacts.
	p1 := e.params(20, 10, 1, 1)
	p2 := e.params(20, 10, 1, 1)
	p2.BoundaryHash = crypto.Keccak256Hash([]byte("another boundary"))
	for i, p := range []bindings.JobParams{p1, p2} {
		id, err := e.owner.CreateJob(ctx, p, ether(1))
		if err != nil || id.Int64() != int64(i+1) {
			t.Fatalf("job %v: %v", id, err)
		}
	}
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	verdicts := []Verdict{
		{JobID: big.NewInt(1), DisputeID: big.NewInt(1), Interval: 0, BoundaryHash: p1.BoundaryHash, Outcome: OutcomeFraud, Distance: ToFixed18(0.015), Boundary: ToFixed18(1.8e-6)},
		{JobID: big.NewInt(2), DisputeID: big.NewInt(42), Interval: 12, Root: crypto.Keccak256Hash([]byte("r")),
			StepRoot: crypto.Keccak256Hash([]byte("steps")), Step: 7, BoundaryHash: p2.BoundaryHash, Outcome: OutcomeHonest,
			Distance: ToFixed18(1e-7), Boundary: ToFixed18(2e-6), ReplayDigest: crypto.Keccak256Hash([]byte("replay"))},
		{JobID: max256, DisputeID: max256, Interval: math.MaxUint64, Root: crypto.Keccak256Hash([]byte("x")),
			StepRoot: [32]byte{0xff}, Step: math.MaxUint64, Outcome: OutcomeUnavailable,
			Distance: max256, Boundary: big.NewInt(0), ReplayDigest: crypto.Keccak256Hash([]byte("y"))},
		// outcome 0 is invalid for resolve but still has a digest
		{JobID: big.NewInt(3), DisputeID: big.NewInt(9), Interval: 5, Distance: big.NewInt(1), Boundary: big.NewInt(2)},
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
		// Binding to the boundary artifact: the same verdict under another boundary hash is
		// another digest, so a verdict cannot be replayed onto a job with other boundaries.
		other := v
		other.BoundaryHash[0] ^= 1
		if other.Digest(e.owner.ChainID(), e.owner.Address()) == want {
			t.Errorf("verdict %d: digest does not depend on the boundary hash", i)
		}
		// So are the response and the judged step: a verdict on one step, or on one response,
		// never passes for another.
		other = v
		other.Step ^= 1
		if other.Digest(e.owner.ChainID(), e.owner.Address()) == want {
			t.Errorf("verdict %d: digest does not depend on the step", i)
		}
		other = v
		other.StepRoot[31] ^= 1
		if other.Digest(e.owner.ChainID(), e.owner.Address()) == want {
			t.Errorf("verdict %d: digest does not depend on the step root", i)
		}
		// The dispute id is bound too.
		other = v
		other.DisputeID = new(big.Int).Xor(v.DisputeID, big.NewInt(1))
		if other.Digest(e.owner.ChainID(), e.owner.Address()) == want {
			t.Errorf("verdict %d: digest does not depend on the dispute id", i)
		}
	}
	// Job 1's verdict moved to job 2 keeps job 1's boundary hash: the contract's digest (job 2's
	// boundary) differs, so signatures over it never verify there.
	moved := verdicts[0]
	moved.JobID = big.NewInt(2)
	want, err := e.owner.VerdictDigest(ctx, moved)
	if err != nil {
		t.Fatal(err)
	}
	if moved.Digest(e.owner.ChainID(), e.owner.Address()) == want {
		t.Error("a verdict under job 1's boundary hash has job 2's digest")
	}
	moved.BoundaryHash = p2.BoundaryHash
	if moved.Digest(e.owner.ChainID(), e.owner.Address()) != want {
		t.Error("with job 2's boundary hash the digests still differ")
	}
}

func TestVerdictValidate(t *testing.T) {
	ok := Verdict{JobID: big.NewInt(1), DisputeID: big.NewInt(2), Outcome: OutcomeFraud, Distance: ToFixed18(0.02), Boundary: ToFixed18(0.01)}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for name, f := range map[string]func(v *Verdict){
		"no dispute id":       func(v *Verdict) { v.DisputeID = nil },
		"zero dispute id":     func(v *Verdict) { v.DisputeID = big.NewInt(0) },
		"zero job id":         func(v *Verdict) { v.JobID = big.NewInt(0) },
		"outcome 0":           func(v *Verdict) { v.Outcome = 0 },
		"outcome 4":           func(v *Verdict) { v.Outcome = 4 },
		"distance over 2^256": func(v *Verdict) { v.Distance = new(big.Int).Add(max256, big.NewInt(1)) },
		"fraud within bound":  func(v *Verdict) { v.Distance = ToFixed18(0.01) },
		"honest beyond bound": func(v *Verdict) { v.Outcome = OutcomeHonest },
		"negative boundary":   func(v *Verdict) { v.Boundary = big.NewInt(-1) },
	} {
		v := ok
		f(&v)
		if err := v.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// Unavailable stands whatever the numbers (the endpoint could not be replayed).
	u := ok
	u.Outcome, u.Distance = OutcomeUnavailable, big.NewInt(0)
	if err := u.Validate(); err != nil {
		t.Errorf("unavailable: %v", err)
	}
}

func TestSignAndRecoverVerdict(t *testing.T) {
	key := DevKey(4)
	v := Verdict{JobID: big.NewInt(1), DisputeID: big.NewInt(2), Interval: 3, Outcome: OutcomeFraud, Distance: ToFixed18(0.5), Boundary: ToFixed18(0.01)}
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
	if err := e.provider.Accept(ctx, id, p.ProviderBond, evidenceURI); err != nil {
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
	// A tampered proof is refused by name. The reveal of a commitment checks the proof; the
	// commitment left behind is the one Challenge then reveals with the genuine proof.
	b := batches[4]
	ep := b.First + 1
	proof, _ := b.Proof(ep)
	proof[0][0] ^= 1
	salt := e.commitOnly(e.challenger, id, ep, b.Roots[1], p.ChallengerBond)
	data := e.challenger.abi.PackChallenge(id, bindings.EndpointProof{Endpoint: ep, Root: b.Roots[1], BatchIndex: new(big.Int).SetUint64(b.Index),
		BatchRoot: mustRoot(t, b), FirstIndex: b.First, Count: uint64(len(b.Roots)), Proof: proof}, salt)
	_, err = e.challenger.transact(ctx, "tampered challenge", nil, data)
	mustRevert(t, err, "InvalidProof")
	// Every genuine proof opens a dispute.
	for _, b := range batches {
		for ep := b.First; ep < b.First+uint64(len(b.Roots)); ep++ {
			if ep == 0 {
				continue // endpoint 0 is the initial state, not the end of an interval
			}
			before := len(e.receipts)
			o, err := e.challenger.Challenge(ctx, id, ep, b, p.ChallengerBond, testSecret)
			if err != nil {
				t.Fatalf("endpoint %d of batch %d: %v", ep, b.Index, err)
			}
			sent := 2 // commit and reveal
			if ep == batches[4].First+1 {
				sent = 1 // the commitment bonded above is revealed
			}
			if len(e.receipts)-before != sent {
				t.Fatalf("endpoint %d: %d transactions, want %d", ep, len(e.receipts)-before, sent)
			}
			d := e.dispute(o.DisputeID)
			if d.Interval != ep-1 || d.Root != b.Roots[ep-b.First] || !d.Open() || d.Challenges != 1 || d.Leader != e.challenger.Sender().Address() || d.JobID.Cmp(id) != 0 {
				t.Fatalf("dispute %v: %+v", o.DisputeID, d)
			}
			s := e.stand(o.ChallengeID)
			if s.Interval != ep-1 || s.DisputeID.Cmp(o.DisputeID) != 0 || s.Challenger != e.challenger.Sender().Address() || s.Claimed {
				t.Fatalf("challenge %v: %+v", o.ChallengeID, s)
			}
		}
	}
	if got := e.job(id).OpenDisputes; got != n-1 {
		t.Fatalf("%d open disputes, want %d", got, n-1)
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

func TestVerdictOutcome(t *testing.T) {
	for _, tc := range []struct {
		o    evidence.Outcome
		want uint8
	}{
		{evidence.Fraud, OutcomeFraud},
		{evidence.Honest, OutcomeHonest},
		{evidence.Unavailable, OutcomeUnavailable},
		{evidence.Invalid, OutcomeUnavailable},
		{evidence.Malformed, OutcomeUnavailable},
	} {
		got, err := VerdictOutcome(tc.o)
		if err != nil || got != tc.want {
			t.Errorf("VerdictOutcome(%s) = %d, %v; want %d", tc.o, got, err, tc.want)
		}
	}
	if _, err := VerdictOutcome(0); err == nil {
		t.Error("zero outcome mapped onto a chain outcome")
	}
}

// The watchtower's store keeps batches as JSON: hex roots, as before BatchRef was its type.
func TestBatchRefJSON(t *testing.T) {
	b := BatchRef{Index: 2, First: 10, Roots: [][32]byte{{0xab}, {0xcd}}}
	raw, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"index":2,"first":10,"roots":["0xab` + strings.Repeat("00", 31) + `","0xcd` + strings.Repeat("00", 31) + `"]}`
	if string(raw) != want {
		t.Fatalf("json = %s\nwant   %s", raw, want)
	}
	var back BatchRef
	if err := json.Unmarshal(raw, &back); err != nil || back.Index != 2 || back.First != 10 || len(back.Roots) != 2 || back.Roots[1] != b.Roots[1] {
		t.Fatalf("round trip = %+v, %v", back, err)
	}
}
