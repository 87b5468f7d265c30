package chain

import (
	"context"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/evidence"
)

// merkleCase is one (root, leafCount, index, payload, proof) question put to both verifiers.
type merkleCase struct {
	name      string
	root      [32]byte
	leafCount uint64
	index     uint64
	payload   [32]byte
	proof     [][32]byte
}

// The Go verifier (evidence.VerifyProof) and the Solidity library (OvigMerkle through
// MerkleVerifier, on the simulated chain) give the same answer on honest proofs and on every
// forgery the hardening is there to stop, over many trees of random sizes.
func TestMerkleVerifiersAgree(t *testing.T) {
	ctx := context.Background()
	ch, err := NewSimulated(SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	s, err := ch.NewSender(ctx, ch.DevKeys[0], SenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	code, err := hexutil.Decode(bindings.MerkleVerifierMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := s.Send(ctx, nil, nil, code)
	if err != nil {
		t.Fatal(err)
	}
	mv, addr := bindings.NewMerkleVerifier(), rcpt.ContractAddress
	solidity := func(c merkleCase) bool {
		out, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: mv.PackVerify(c.root,
			new(big.Int).SetUint64(c.leafCount), new(big.Int).SetUint64(c.index), c.payload, c.proof)}, nil)
		if err != nil {
			t.Fatalf("%s: verify call: %v", c.name, err)
		}
		ok, err := mv.UnpackVerify(out)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}

	rng := rand.New(rand.NewPCG(7, 11))
	sizes := []int{}
	for n := 1; n <= 40; n++ {
		sizes = append(sizes, n)
	}
	for range 40 {
		sizes = append(sizes, 41+rng.IntN(960))
	}
	sizes = append(sizes, 1000)
	checked := 0
	for _, n := range sizes {
		for _, c := range merkleCases(t, rng, n) {
			goOK := evidence.VerifyProof(c.root, c.leafCount, c.index, c.payload, c.proof) == nil
			solOK := solidity(c)
			if goOK != solOK {
				t.Fatalf("tree of %d leaves, %s: Go accepts=%v, Solidity accepts=%v", n, c.name, goOK, solOK)
			}
			if honest := c.name == "honest"; goOK != honest {
				t.Fatalf("tree of %d leaves, %s: accepted=%v", n, c.name, goOK)
			}
			checked++
		}
	}
	t.Logf("%d questions over %d trees: both verifiers agree", checked, len(sizes))
}

func merkleCases(t *testing.T, rng *rand.Rand, n int) []merkleCase {
	t.Helper()
	payloads := make([]evidence.Hash32, n)
	for i := range payloads {
		payloads[i] = evidence.Keccak256([]byte{byte(i), byte(i >> 8), byte(rng.Uint32())})
	}
	tree, err := evidence.BuildTree(payloads)
	if err != nil {
		t.Fatal(err)
	}
	root, count := tree.Root(), uint64(n)
	i := uint64(rng.IntN(n))
	proof, err := tree.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	honest := merkleCase{"honest", root, count, i, payloads[i], proof}
	cases := []merkleCase{honest}
	add := func(name string, f func(c *merkleCase)) {
		c := honest
		c.name, c.proof = name, slices.Clone(honest.proof)
		f(&c)
		cases = append(cases, c)
	}
	add("other payload", func(c *merkleCase) { c.payload[0] ^= 1 })
	if n > 1 {
		add("wrong index", func(c *merkleCase) { c.index = (i + 1) % count })
	}
	add("index past the leaf count", func(c *merkleCase) { c.index = count })
	add("inflated leaf count", func(c *merkleCase) { c.leafCount = 2*count + 1 })
	add("zero leaf count", func(c *merkleCase) { c.leafCount = 0 })
	add("truncated proof", func(c *merkleCase) { c.proof = c.proof[:len(c.proof)-1] })
	add("extended proof", func(c *merkleCase) { c.proof = append(c.proof, [32]byte{}) })
	add("tampered sibling", func(c *merkleCase) { c.proof[rng.IntN(len(c.proof))][5] ^= 0x80 })
	if n >= 2 {
		// An inner node of level 1 presented as a leaf of a half-size tree.
		left := i &^ 1
		right := min(left+1, count-1)
		inner := evidence.Keccak256(lh(left, payloads[left]), lh(right, payloads[right]))
		lp, err := tree.Proof(left)
		if err != nil {
			t.Fatal(err)
		}
		add("inner node as leaf", func(c *merkleCase) {
			c.payload, c.index, c.leafCount, c.proof = inner, left/2, (count+1)/2, lp[1:]
		})
	}
	if n%2 == 1 && n > 1 {
		// The odd last leaf moved to the phantom position it is paired with.
		last := count - 1
		lp, err := tree.Proof(last)
		if err != nil {
			t.Fatal(err)
		}
		add("phantom position", func(c *merkleCase) {
			c.payload, c.index, c.leafCount, c.proof = payloads[last], last+1, count+1, lp
		})
	}
	return cases
}

func lh(i uint64, p evidence.Hash32) []byte {
	h := evidence.LeafHash(i, p)
	return h[:]
}
