package evidence

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"strings"
	"testing"

	"github.com/cbergoon/merkletree"
	"github.com/ethereum/go-ethereum/crypto"
)

func testPayloads(n int) []Hash32 {
	out := make([]Hash32, n)
	for i := range out {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i)*7919+1)
		out[i] = Keccak256(b[:])
	}
	return out
}

func TestDepth(t *testing.T) {
	for n, want := range map[uint64]int{0: 0, 1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 8: 3, 9: 4, 1 << 20: 20, 1<<20 + 1: 21, ^uint64(0): 64} {
		if got := Depth(n); got != want {
			t.Errorf("Depth(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestLeafHashLayout(t *testing.T) {
	p := Keccak256([]byte("payload"))
	pre := append([]byte{0x00, 0, 0, 0, 0, 0, 0, 0x01, 0x02}, p[:]...)
	if got, want := LeafHash(0x0102, p), Keccak256(pre); got != want {
		t.Fatalf("LeafHash = %s, want keccak(0x00||u64be(i)||payload) = %s", got, want)
	}
	// One leaf: root = keccak(h || h).
	tr, err := BuildTree([]Hash32{p})
	if err != nil {
		t.Fatal(err)
	}
	h := LeafHash(0, p)
	if tr.Root() != Keccak256(h[:], h[:]) {
		t.Fatalf("single-leaf root %s is not keccak(h||h)", tr.Root())
	}
}

// TestTreeMatchesCbergoon builds trees of 1..70 leaves both ways, and checks every proof with
// VerifyProof and against cbergoon's own GetMerklePath.
func TestTreeMatchesCbergoon(t *testing.T) {
	for n := 1; n <= 70; n++ {
		payloads := testPayloads(n)
		tr, err := BuildTree(payloads)
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		cs := make([]merkletree.Content, n)
		for i, p := range payloads {
			cs[i] = merkleContent{h: LeafHash(uint64(i), p)}
		}
		mt, err := merkletree.NewTreeWithHashStrategy(cs, newKeccak)
		if err != nil {
			t.Fatal(err)
		}
		if Hash32(mt.MerkleRoot()) != tr.Root() {
			t.Fatalf("n=%d: root %s, cbergoon %x", n, tr.Root(), mt.MerkleRoot())
		}
		for i := range n {
			proof, err := tr.Proof(uint64(i))
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyProof(tr.Root(), uint64(n), uint64(i), payloads[i], proof); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
			path, sides, err := mt.GetMerklePath(cs[i])
			if err != nil || len(path) != len(proof) {
				t.Fatalf("n=%d i=%d: cbergoon path len %d, ours %d (%v)", n, i, len(path), len(proof), err)
			}
			for l := range path {
				if Hash32(path[l]) != Hash32(proof[l]) {
					t.Fatalf("n=%d i=%d level %d: sibling differs from cbergoon", n, i, l)
				}
				// cbergoon: 1 means the sibling is on the right, i.e. our position is even.
				if wantRight := (uint64(i)>>l)%2 == 0; (sides[l] == 1) != wantRight {
					t.Fatalf("n=%d i=%d level %d: cbergoon side %d, position %d", n, i, l, sides[l], uint64(i)>>l)
				}
			}
		}
	}
}

func TestVerifyProofRejects(t *testing.T) {
	payloads := testPayloads(5)
	tr, _ := BuildTree(payloads)
	root := tr.Root()
	proof4, _ := tr.Proof(4)
	proof1, _ := tr.Proof(1)
	other := Keccak256([]byte("x"))
	cases := []struct {
		name    string
		count   uint64
		index   uint64
		payload Hash32
		proof   [][32]byte
		want    string
	}{
		{"index beyond count (5-leaf tree, position 5)", 5, 5, payloads[4], proof4, "out of range"},
		{"leaf moved to another index", 5, 0, payloads[1], proof1, "does not reach root"},
		{"proof too short", 5, 4, payloads[4], proof4[:2], "siblings"},
		{"proof too long", 5, 4, payloads[4], append(proof4, root), "siblings"},
		{"wrong payload", 5, 1, other, proof1, "does not reach root"},
		{"phantom sibling of last odd node", 5, 4, payloads[4], [][32]byte{other, proof4[1], proof4[2]}, "phantom"},
		{"empty tree", 0, 0, payloads[0], nil, "empty"},
		{"claimed count with other depth", 9, 4, payloads[4], proof4, "siblings"},
	}
	for _, c := range cases {
		err := VerifyProof(root, c.count, c.index, c.payload, c.proof)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want ErrInvalid containing %q", c.name, err, c.want)
		}
	}
	// The honest proofs still pass, so the rejections above are about the mutation.
	if err := VerifyProof(root, 5, 4, payloads[4], proof4); err != nil {
		t.Fatal(err)
	}
}

// FuzzVerifyProof: arbitrary inputs never panic; an honest proof verifies; flipping any bit of
// the root, index, payload or proof is rejected.
func FuzzVerifyProof(f *testing.F) {
	f.Add(uint8(5), uint8(4), uint16(3), []byte{})
	f.Add(uint8(1), uint8(0), uint16(0), []byte{1, 2, 3})
	f.Add(uint8(64), uint8(63), uint16(700), make([]byte, 200))
	f.Fuzz(func(t *testing.T, n, idx uint8, flip uint16, junk []byte) {
		// Arbitrary garbage first: must not panic.
		var jr, jp Hash32
		copy(jr[:], junk)
		if len(junk) > 32 {
			copy(jp[:], junk[32:])
		}
		var jproof [][32]byte
		for i := 64; i+32 <= len(junk) && len(jproof) < 70; i += 32 {
			jproof = append(jproof, [32]byte(junk[i:i+32]))
		}
		_ = VerifyProof(jr, uint64(n), uint64(idx), jp, jproof)

		count := int(n)%70 + 1
		i := uint64(idx) % uint64(count)
		payloads := testPayloads(count)
		tr, err := BuildTree(payloads)
		if err != nil {
			t.Fatal(err)
		}
		proof, _ := tr.Proof(i)
		root, payload := tr.Root(), payloads[i]
		if err := VerifyProof(root, uint64(count), i, payload, proof); err != nil {
			t.Fatalf("honest proof rejected: %v", err)
		}
		bitsTotal := 256 + 64 + 256 + 256*len(proof)
		bit := int(flip) % bitsTotal
		p2 := make([][32]byte, len(proof))
		copy(p2, proof)
		switch {
		case bit < 256:
			root[bit/8] ^= 1 << (bit % 8)
		case bit < 320:
			i ^= 1 << (bit - 256)
		case bit < 576:
			payload[(bit-320)/8] ^= 1 << ((bit - 320) % 8)
		default:
			b := bit - 576
			p2[b/256][(b%256)/8] ^= 1 << (b % 8)
		}
		if err := VerifyProof(root, uint64(count), i, payload, p2); err == nil {
			t.Fatalf("bit %d flipped and still accepted (count %d)", bit, count)
		}
	})
}

// newKeccak is the hash strategy handed to cbergoon/merkletree.
func newKeccak() hash.Hash { return crypto.NewKeccakState() }

// merkleContent adapts a precomputed leaf hash to cbergoon's Content interface.
type merkleContent struct{ h Hash32 }

// CalculateHash returns a fresh slice: cbergoon appends to it when hashing inner nodes.
func (c merkleContent) CalculateHash() ([]byte, error) {
	out := make([]byte, 32)
	copy(out, c.h[:])
	return out, nil
}

func (c merkleContent) Equals(other merkletree.Content) (bool, error) {
	o, ok := other.(merkleContent)
	if !ok {
		return false, fmt.Errorf("merkle content of type %T", other)
	}
	return bytes.Equal(c.h[:], o.h[:]), nil
}
