package infer

import (
	"fmt"

	"github.com/ovig/ovig/evidence"
)

// Batch is the commitment of a batch of records: the evidence tree (hardened leaves,
// positional keccak256 inner nodes) over their payloads, in serving order. A batch is to
// serving what an interval is to training: the unit whose root is committed.
type Batch struct {
	Index     uint64          `json:"index"`
	Model     evidence.Hash32 `json:"model"`
	Root      evidence.Hash32 `json:"root"`
	LeafCount uint64          `json:"leaf_count"`
}

// Committed is a batch with its records' bytes and tree, as the provider keeps it.
type Committed struct {
	Batch
	Records [][]byte
	tree    *evidence.Tree
}

// Commit builds batch index over raw records (each Record.Encode's bytes).
func Commit(index uint64, model evidence.Hash32, records [][]byte) (*Committed, error) {
	payloads := make([]evidence.Hash32, len(records))
	for i, r := range records {
		payloads[i] = Payload(r)
	}
	t, err := evidence.BuildTree(payloads)
	if err != nil {
		return nil, fmt.Errorf("commit batch %d: %w", index, err)
	}
	return &Committed{
		Batch:   Batch{Index: index, Model: model, Root: t.Root(), LeafCount: t.LeafCount()},
		Records: records, tree: t,
	}, nil
}

// Opened is one record as a verifier fetched it: its batch, position, bytes and proof.
type Opened struct {
	Batch Batch      `json:"batch"`
	Index uint64     `json:"index"`
	Raw   []byte     `json:"raw"`
	Proof [][32]byte `json:"proof"`
}

// Open returns record i of the batch with its proof.
func (c *Committed) Open(i uint64) (*Opened, error) {
	p, err := c.tree.Proof(i)
	if err != nil {
		return nil, fmt.Errorf("open record %d of batch %d: %w", i, c.Index, err)
	}
	return &Opened{Batch: c.Batch, Index: i, Raw: c.Records[i], Proof: p}, nil
}

// Verify checks the record's proof against the batch root with the evidence verifier (the
// one the contracts mirror).
func (o *Opened) Verify() error {
	return evidence.VerifyProof(o.Batch.Root, o.Batch.LeafCount, o.Index, Payload(o.Raw), o.Proof)
}
