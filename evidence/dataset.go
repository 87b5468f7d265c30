package evidence

import (
	"crypto/sha256"
	"fmt"
)

// KindDatasetExample prefixes the record of one dataset example. The dataset tree is the
// same hardened tree as the evidence tree; 0x05 keeps its payloads apart from evidence
// payloads (0x01..0x04 in docs/protocol.md).
const KindDatasetExample byte = 0x05

// ExamplePayload is keccak256(0x05 ‖ sha256(example)).
func ExamplePayload(example []byte) Hash32 {
	d := sha256.Sum256(example)
	return Keccak256([]byte{KindDatasetExample}, d[:])
}

// DatasetTree is the Merkle tree over a dataset's examples, in order.
type DatasetTree struct{ tree *Tree }

// CommitDataset commits to examples in order: the manifest records Commitment().
func CommitDataset(examples [][]byte) (*DatasetTree, error) {
	if len(examples) == 0 {
		return nil, fmt.Errorf("commit dataset: no examples")
	}
	payloads := make([]Hash32, len(examples))
	for i, e := range examples {
		payloads[i] = ExamplePayload(e)
	}
	t, err := BuildTree(payloads)
	if err != nil {
		return nil, fmt.Errorf("commit dataset: %w", err)
	}
	return &DatasetTree{tree: t}, nil
}

// Commitment returns the root and example count for the manifest.
func (d *DatasetTree) Commitment() DatasetCommit {
	return DatasetCommit{Root: d.tree.Root(), Count: d.tree.LeafCount()}
}

// Proof returns the inclusion proof of example index.
func (d *DatasetTree) Proof(index uint64) ([][32]byte, error) { return d.tree.Proof(index) }

// VerifyExample checks that example is example number index of the committed dataset.
func VerifyExample(c DatasetCommit, index uint64, example []byte, proof [][32]byte) error {
	if err := VerifyProof(c.Root, c.Count, index, ExamplePayload(example), proof); err != nil {
		return fmt.Errorf("dataset example %d: %w", index, err)
	}
	return nil
}
