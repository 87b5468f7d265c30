package chain

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/secp256k1"

	"github.com/ovig/ovig/evidence"
)

// Verdict outcomes as the registry numbers them (0 is never valid).
const (
	OutcomeFraud       uint8 = 1
	OutcomeHonest      uint8 = 2
	OutcomeUnavailable uint8 = 3
)

// VerdictOutcome maps an audit outcome onto the registry's verdict outcome. Invalid and
// malformed evidence are as bad as none: all three become OutcomeUnavailable on chain.
func VerdictOutcome(o evidence.Outcome) (uint8, error) {
	switch o {
	case evidence.Fraud:
		return OutcomeFraud, nil
	case evidence.Honest:
		return OutcomeHonest, nil
	case evidence.Unavailable, evidence.Invalid, evidence.Malformed:
		return OutcomeUnavailable, nil
	}
	return 0, fmt.Errorf("audit outcome %d has no chain outcome", uint8(o))
}

// Verdict is the EIP-712 Verdict struct of docs/protocol.md: a ruling on one named step of a
// dispute. JobID, DisputeID, Interval, Root, StepRoot and BoundaryHash must be the ones the
// registry recorded for the dispute (StepRoot: the provider's response) and its job; the registry
// fills them in itself when it checks signatures, so a verdict about anything else (another
// response, or a replay under another boundary artifact) never verifies. Step must be a step a
// challenger named in the dispute.
type Verdict struct {
	JobID, DisputeID   *big.Int
	Interval           uint64
	Root               [32]byte
	StepRoot           [32]byte // the provider's response: tree over the interval's s+1 state roots
	Step               uint64   // the judged transition, from state Step to state Step+1
	BoundaryHash       [32]byte
	Outcome            uint8    // OutcomeFraud, OutcomeHonest or OutcomeUnavailable
	Distance, Boundary *big.Int // fixed point with 18 decimals, see ToFixed18
	ReplayDigest       [32]byte
}

var (
	verdictTypeHash = crypto.Keccak256Hash([]byte("Verdict(uint256 jobId,uint256 disputeId,uint64 interval,bytes32 root,bytes32 stepRoot,uint64 step,bytes32 boundaryHash,uint8 outcome,uint256 distance,uint256 boundary,bytes32 replayDigest)"))
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domainNameHash  = crypto.Keccak256Hash([]byte("ovig"))
	domainVerHash   = crypto.Keccak256Hash([]byte("1"))
	secp256k1HalfN  = new(big.Int).Rsh(secp256k1.S256().Params().N, 1)
	maxUint256      = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	fixedOne        = big.NewInt(1e18)
)

// word is the 32-byte ABI encoding of a non-negative integer (nil encodes as 0).
func word(x *big.Int) []byte {
	if x == nil {
		return make([]byte, 32)
	}
	return common.LeftPadBytes(x.Bytes(), 32)
}

// DomainSeparator is the EIP-712 domain separator of the registry at address on chainID.
func DomainSeparator(chainID *big.Int, registry common.Address) common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], domainNameHash[:], domainVerHash[:],
		word(chainID), common.LeftPadBytes(registry[:], 32))
}

// StructHash is the EIP-712 hashStruct of the verdict.
func (v Verdict) StructHash() common.Hash {
	return crypto.Keccak256Hash(verdictTypeHash[:], word(v.JobID), word(v.DisputeID),
		word(new(big.Int).SetUint64(v.Interval)), v.Root[:], v.StepRoot[:], word(new(big.Int).SetUint64(v.Step)),
		v.BoundaryHash[:], word(big.NewInt(int64(v.Outcome))), word(v.Distance), word(v.Boundary), v.ReplayDigest[:])
}

// Digest is the EIP-712 digest that arbiters sign; it equals the registry's verdictDigest view.
func (v Verdict) Digest(chainID *big.Int, registry common.Address) common.Hash {
	sep := DomainSeparator(chainID, registry)
	sh := v.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// Validate rejects verdicts the registry would refuse for their content alone.
func (v Verdict) Validate() error {
	if v.JobID == nil || v.JobID.Sign() <= 0 {
		return errors.New("verdict: job id must be positive")
	}
	if v.DisputeID == nil || v.DisputeID.Sign() <= 0 {
		return errors.New("verdict: dispute id must be positive")
	}
	if v.Outcome < OutcomeFraud || v.Outcome > OutcomeUnavailable {
		return fmt.Errorf("verdict: outcome %d is not Fraud (1), Honest (2) or Unavailable (3)", v.Outcome)
	}
	for name, x := range map[string]*big.Int{"distance": v.Distance, "boundary": v.Boundary} {
		if x == nil || x.Sign() < 0 || x.Cmp(maxUint256) > 0 {
			return fmt.Errorf("verdict: %s %v is not a uint256", name, x)
		}
	}
	// The registry refuses a verdict its own numbers contradict.
	switch beyond := v.Distance.Cmp(v.Boundary) > 0; {
	case v.Outcome == OutcomeFraud && !beyond:
		return fmt.Errorf("verdict: Fraud with distance %v within boundary %v", v.Distance, v.Boundary)
	case v.Outcome == OutcomeHonest && beyond:
		return fmt.Errorf("verdict: Honest with distance %v beyond boundary %v", v.Distance, v.Boundary)
	}
	return nil
}

// SignVerdict signs a verdict digest the way the registry checks it: 65 bytes r ‖ s ‖ v with
// v in {27, 28} and s in the lower half of the curve order.
func SignVerdict(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	if key == nil {
		return nil, errors.New("sign verdict: nil key")
	}
	sig, err := crypto.Sign(digest[:], key) // go-ethereum always produces low s
	if err != nil {
		return nil, fmt.Errorf("sign verdict: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// RecoverVerdictSigner returns the address that signed digest, accepting exactly the encodings
// the registry accepts (65 bytes, v in {27, 28}, low s).
func RecoverVerdictSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("verdict signature: %d bytes, want 65", len(sig))
	}
	if s := new(big.Int).SetBytes(sig[32:64]); s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, errors.New("verdict signature: high s (malleable form)")
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("verdict signature: v = %d, want 27 or 28", v)
	}
	raw := slices.Clone(sig)
	raw[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("verdict signature: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// OrderSignatures orders signatures by strictly increasing signer address, as resolve requires,
// keeping one signature per signer. A signature that does not recover is an error.
func OrderSignatures(digest common.Hash, sigs [][]byte) ([][]byte, error) {
	type signed struct {
		who common.Address
		sig []byte
	}
	all := make([]signed, 0, len(sigs))
	for i, sig := range sigs {
		who, err := RecoverVerdictSigner(digest, sig)
		if err != nil {
			return nil, fmt.Errorf("signature %d: %w", i, err)
		}
		all = append(all, signed{who, sig})
	}
	slices.SortStableFunc(all, func(a, b signed) int { return bytes.Compare(a.who[:], b.who[:]) })
	all = slices.CompactFunc(all, func(a, b signed) bool { return a.who == b.who })
	out := make([][]byte, len(all))
	for i, s := range all {
		out[i] = s.sig
	}
	return out, nil
}

// ToFixed18 converts x to fixed point with 18 decimals. It scales the shortest decimal form of
// x (so 0.1 gives exactly 10^17) and rounds half up. The registry stores unsigned values, so
// negative x gives 0; +Inf, NaN (a replay that diverged) and values beyond the uint256 range
// saturate at 2^256-1, beyond every boundary.
func ToFixed18(x float64) *big.Int {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return new(big.Int).Set(maxUint256)
	case x <= 0:
		return new(big.Int)
	}
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(x, 'g', -1, 64))
	if !ok {
		panic(fmt.Sprintf("ToFixed18: cannot parse %v", x)) // FormatFloat output always parses
	}
	r.Mul(r, new(big.Rat).SetInt(fixedOne))
	// round half up: floor(r + 1/2)
	r.Add(r, big.NewRat(1, 2))
	n := new(big.Int).Quo(r.Num(), r.Denom())
	if n.Cmp(maxUint256) > 0 {
		return new(big.Int).Set(maxUint256)
	}
	return n
}

// FromFixed18 converts an 18-decimal fixed-point value back to float64 (for logs and reports).
func FromFixed18(x *big.Int) float64 {
	if x == nil {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(x, fixedOne).Float64()
	return f
}

// BatchRef is one committed batch of endpoint roots (from an IntervalsCommitted event):
// Roots[j] is the root of endpoint First+j, and Index counts the job's batches from 0.
type BatchRef struct {
	Index uint64
	First uint64
	Roots [][32]byte
}

// batchJSON is BatchRef's JSON form, the one the watchtower's store keeps: roots in hex.
type batchJSON struct {
	Index uint64            `json:"index"`
	First uint64            `json:"first"`
	Roots []evidence.Hash32 `json:"roots"`
}

// MarshalJSON writes the batch with hex roots.
func (b BatchRef) MarshalJSON() ([]byte, error) {
	j := batchJSON{Index: b.Index, First: b.First, Roots: make([]evidence.Hash32, len(b.Roots))}
	for i, r := range b.Roots {
		j.Roots[i] = r
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (b *BatchRef) UnmarshalJSON(data []byte) error {
	var j batchJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	*b = BatchRef{Index: j.Index, First: j.First, Roots: make([][32]byte, len(j.Roots))}
	for i, r := range j.Roots {
		b.Roots[i] = r
	}
	return nil
}

func (b BatchRef) tree() (*evidence.Tree, error) {
	payloads := make([]evidence.Hash32, len(b.Roots))
	for i, r := range b.Roots {
		payloads[i] = r
	}
	t, err := evidence.BuildTree(payloads)
	if err != nil {
		return nil, fmt.Errorf("batch %d: %w", b.Index, err)
	}
	return t, nil
}

// Root is the batch tree root over leaf(j, Roots[j]) as commitIntervals computes it.
func (b BatchRef) Root() ([32]byte, error) {
	t, err := b.tree()
	if err != nil {
		return [32]byte{}, err
	}
	return t.Root(), nil
}

// Contains reports whether endpoint is one of the batch's endpoints.
func (b BatchRef) Contains(endpoint uint64) bool {
	return endpoint >= b.First && endpoint-b.First < uint64(len(b.Roots))
}

func (b BatchRef) span() string {
	if len(b.Roots) == 0 {
		return "no endpoints"
	}
	return fmt.Sprintf("endpoints %d..%d", b.First, b.First+uint64(len(b.Roots))-1)
}

// EndpointRoot returns the committed root of endpoint.
func (b BatchRef) EndpointRoot(endpoint uint64) ([32]byte, error) {
	if !b.Contains(endpoint) {
		return [32]byte{}, fmt.Errorf("endpoint %d: batch %d holds %s", endpoint, b.Index, b.span())
	}
	return b.Roots[endpoint-b.First], nil
}

// Proof is the inclusion proof of Roots[endpoint-First] at position endpoint-First, as the
// registry's challenge checks it.
func (b BatchRef) Proof(endpoint uint64) ([][32]byte, error) {
	if !b.Contains(endpoint) {
		return nil, fmt.Errorf("proof of endpoint %d: batch %d holds %s", endpoint, b.Index, b.span())
	}
	t, err := b.tree()
	if err != nil {
		return nil, err
	}
	return t.Proof(endpoint - b.First)
}
