package evidence

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

// LeafHash is the hardened leaf hash of docs/protocol.md:
// keccak256(0x00 ‖ uint64_be(index) ‖ payload). The 41-byte preimage can never be taken for
// an inner node (64 bytes), and the index inside it pins the leaf to its position.
func LeafHash(index uint64, payload [32]byte) Hash32 {
	var pre [41]byte
	binary.BigEndian.PutUint64(pre[1:9], index)
	copy(pre[9:], payload[:])
	return Keccak256(pre[:])
}

func innerHash(left, right Hash32) Hash32 { return Keccak256(left[:], right[:]) }

// Depth is the proof length for a tree of n leaves: 1 for n = 1, otherwise ceil(log2(n)).
// It returns 0 for n = 0, which no verifier accepts.
func Depth(n uint64) int {
	switch n {
	case 0:
		return 0
	case 1:
		return 1
	}
	return bits.Len64(n - 1)
}

// Tree is the evidence tree over a list of leaf payloads. It keeps every level so that any
// proof costs O(depth); cbergoon's GetMerklePath scans all leaves per call.
type Tree struct {
	levels [][]Hash32 // levels[0] are leaf hashes, the last level is the root
}

// BuildTree hashes payloads into hardened leaves and builds the tree. Its roots and proofs are
// checked against github.com/cbergoon/merkletree (the implementation the contracts were
// modelled on) in the tests, not again on every call.
func BuildTree(payloads []Hash32) (*Tree, error) {
	if len(payloads) == 0 {
		return nil, fmt.Errorf("build tree: no leaves")
	}
	leaves := make([]Hash32, len(payloads))
	for i, p := range payloads {
		leaves[i] = LeafHash(uint64(i), p)
	}
	return &Tree{levels: buildLevels(leaves)}, nil
}

func buildLevels(leaves []Hash32) [][]Hash32 {
	levels := [][]Hash32{leaves}
	cur := leaves
	for d := Depth(uint64(len(leaves))); d > 0; d-- {
		next := make([]Hash32, (len(cur)+1)/2)
		for i := range next {
			l := cur[2*i]
			r := l // the last node of an odd level is paired with itself
			if 2*i+1 < len(cur) {
				r = cur[2*i+1]
			}
			next[i] = innerHash(l, r)
		}
		levels = append(levels, next)
		cur = next
	}
	return levels
}

// Root returns the tree root.
func (t *Tree) Root() Hash32 { return t.levels[len(t.levels)-1][0] }

// LeafCount returns the number of leaves.
func (t *Tree) LeafCount() uint64 { return uint64(len(t.levels[0])) }

// Proof returns the siblings of leaf index from leaf to root.
func (t *Tree) Proof(index uint64) ([][32]byte, error) {
	if index >= t.LeafCount() {
		return nil, fmt.Errorf("proof of leaf %d: tree has %d leaves", index, t.LeafCount())
	}
	proof := make([][32]byte, 0, len(t.levels)-1)
	pos := index
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := pos ^ 1
		if sib >= uint64(len(level)) {
			sib = pos
		}
		proof = append(proof, level[sib])
		pos /= 2
	}
	return proof, nil
}

// VerifyProof accepts exactly the inputs docs/protocol.md accepts: index < leafCount,
// len(proof) == Depth(leafCount), the node is the left child iff its position is even, the
// sibling of the last node of an odd-sized level equals the node itself, and the fold
// reproduces root. Every rejection wraps ErrInvalid.
func VerifyProof(root [32]byte, leafCount uint64, index uint64, payload [32]byte, proof [][32]byte) error {
	if leafCount == 0 {
		return fmt.Errorf("%w: proof against an empty tree", ErrInvalid)
	}
	if index >= leafCount {
		return fmt.Errorf("%w: leaf index %d out of range (leaf count %d)", ErrInvalid, index, leafCount)
	}
	if want := Depth(leafCount); len(proof) != want {
		return fmt.Errorf("%w: proof of leaf %d has %d siblings, want %d", ErrInvalid, index, len(proof), want)
	}
	node := LeafHash(index, payload)
	pos, size := index, leafCount
	for level, s := range proof {
		sib := Hash32(s)
		switch {
		case pos%2 == 1:
			node = innerHash(sib, node)
		case pos == size-1:
			// Last node of an odd level: only a self-pairing is genuine.
			if sib != node {
				return fmt.Errorf("%w: proof of leaf %d: phantom sibling at level %d", ErrInvalid, index, level)
			}
			node = innerHash(node, node)
		default:
			node = innerHash(node, sib)
		}
		pos /= 2
		size = size/2 + size%2
	}
	if node != Hash32(root) {
		return fmt.Errorf("%w: proof of leaf %d does not reach root %s", ErrInvalid, index, Hash32(root))
	}
	return nil
}
