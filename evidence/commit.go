package evidence

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// LeafKind is the record kind byte of docs/protocol.md.
type LeafKind uint8

// Leaf kinds, in tree order.
const (
	KindManifest LeafKind = 0x01
	KindState    LeafKind = 0x02
	KindGradient LeafKind = 0x03
	KindMetadata LeafKind = 0x04
)

func (k LeafKind) name() (string, bool) {
	switch k {
	case KindManifest:
		return "manifest", true
	case KindState:
		return "state", true
	case KindGradient:
		return "gradient", true
	case KindMetadata:
		return "metadata", true
	}
	return "", false
}

func (k LeafKind) String() string {
	if s, ok := k.name(); ok {
		return s
	}
	return fmt.Sprintf("kind(0x%02x)", uint8(k))
}

// MarshalText encodes the kind by name.
func (k LeafKind) MarshalText() ([]byte, error) {
	s, ok := k.name()
	if !ok {
		return nil, fmt.Errorf("unknown leaf kind 0x%02x", uint8(k))
	}
	return []byte(s), nil
}

// UnmarshalText decodes a kind name.
func (k *LeafKind) UnmarshalText(b []byte) error {
	for kk := KindManifest; kk <= KindMetadata; kk++ {
		if s, _ := kk.name(); s == string(b) {
			*k = kk
			return nil
		}
	}
	return fmt.Errorf("unknown leaf kind %q", truncate(string(b), 20))
}

// ParseChunkKind parses "state" or "gradient".
func ParseChunkKind(s string) (LeafKind, error) {
	var k LeafKind
	if err := k.UnmarshalText([]byte(s)); err != nil || (k != KindState && k != KindGradient) {
		return 0, fmt.Errorf("tensor kind %q: want state or gradient", truncate(s, 20))
	}
	return k, nil
}

// Leaf describes one leaf of the evidence tree. Digest is the manifest hash (manifest leaf),
// sha256 of the chunk bytes (chunk leaves) or sha256 of the canonical metadata JSON
// (metadata leaf). Payload is keccak256 of the leaf's record.
type Leaf struct {
	Index   uint64   `json:"index"`
	Kind    LeafKind `json:"kind"`
	Tensor  string   `json:"tensor"`
	Chunk   uint64   `json:"chunk"`
	Length  uint64   `json:"length"`
	Digest  Hash32   `json:"digest"`
	Payload Hash32   `json:"payload"`
}

// RecordPayload computes keccak256(record) for the leaf's kind, exactly as
// docs/protocol.md lays the record out.
func (l *Leaf) RecordPayload() (Hash32, error) {
	switch l.Kind {
	case KindManifest, KindMetadata:
		return Keccak256([]byte{byte(l.Kind)}, l.Digest[:]), nil
	case KindState, KindGradient:
		name := Keccak256([]byte(l.Tensor))
		var nums [16]byte
		binary.BigEndian.PutUint64(nums[:8], l.Chunk)
		binary.BigEndian.PutUint64(nums[8:], l.Length)
		return Keccak256([]byte{byte(l.Kind)}, name[:], nums[:], l.Digest[:]), nil
	}
	return Hash32{}, fmt.Errorf("leaf %d: unknown kind 0x%02x", l.Index, uint8(l.Kind))
}

// Anchor is what a verifier trusts, read from the chain: the endpoint root and leaf count.
type Anchor struct {
	Root      Hash32 `json:"root"`
	LeafCount uint64 `json:"leaf_count"`
}

// Commitment is the evidence tree of one endpoint.
type Commitment struct {
	ManifestHash Hash32
	ChunkSize    uint64
	Leaves       []Leaf
	MetadataJSON []byte // canonical, as committed
	tree         *Tree
}

// Root returns the endpoint root posted on chain.
func (c *Commitment) Root() Hash32 { return c.tree.Root() }

// LeafCount returns the number of leaves.
func (c *Commitment) LeafCount() uint64 { return c.tree.LeafCount() }

// Anchor returns the root and leaf count.
func (c *Commitment) Anchor() Anchor { return Anchor{Root: c.Root(), LeafCount: c.LeafCount()} }

// Proof returns the proof of leaf index in O(depth).
func (c *Commitment) Proof(index uint64) ([][32]byte, error) { return c.tree.Proof(index) }

// LeafList returns the list a server publishes for this endpoint.
func (c *Commitment) LeafList() *LeafList {
	return &LeafList{Root: c.Root(), LeafCount: c.LeafCount(), ChunkSize: c.ChunkSize, Leaves: c.Leaves}
}

// CommitOptions tunes Commit.
type CommitOptions struct {
	// Workers hashing chunks with SHA-256; 0 means GOMAXPROCS.
	Workers int
}

type chunkJob struct {
	kind  LeafKind
	name  string
	chunk uint64
	data  []byte
}

// Commit builds the evidence tree of ep: manifest leaf, state chunks (tensors by name, chunks
// in order), gradient chunks (same), metadata leaf. Chunk digests are computed by a pool of
// SHA-256 workers; keccak256 touches only the small records and inner nodes.
func Commit(manifestHash Hash32, ep *Endpoint, opts CommitOptions) (*Commitment, error) {
	if err := ep.Validate(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	meta, err := ep.Metadata.Canonical()
	if err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	cs := ep.Metadata.ChunkSize
	var jobs []chunkJob
	for _, part := range []struct {
		kind LeafKind
		ts   []Tensor
	}{{KindState, ep.State}, {KindGradient, ep.Gradient}} {
		for _, t := range part.ts {
			n := uint64(len(t.Data))
			for c := range ChunkCount(n, cs) {
				end := min((c+1)*cs, n)
				jobs = append(jobs, chunkJob{part.kind, t.Name, c, t.Data[c*cs : end]})
			}
		}
	}
	digests := make([]Hash32, len(jobs))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(len(jobs)) {
					return
				}
				digests[i] = sha256.Sum256(jobs[i].data)
			}
		})
	}
	wg.Wait()

	leaves := make([]Leaf, 0, len(jobs)+2)
	leaves = append(leaves, Leaf{Kind: KindManifest, Digest: manifestHash})
	for i, j := range jobs {
		leaves = append(leaves, Leaf{Kind: j.kind, Tensor: j.name, Chunk: j.chunk, Length: uint64(len(j.data)), Digest: digests[i]})
	}
	leaves = append(leaves, Leaf{Kind: KindMetadata, Digest: sha256.Sum256(meta)})
	payloads := make([]Hash32, len(leaves))
	for i := range leaves {
		leaves[i].Index = uint64(i)
		if leaves[i].Payload, err = leaves[i].RecordPayload(); err != nil {
			return nil, fmt.Errorf("commit: %w", err)
		}
		payloads[i] = leaves[i].Payload
	}
	tree, err := BuildTree(payloads)
	if err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return &Commitment{ManifestHash: manifestHash, ChunkSize: cs, Leaves: leaves, MetadataJSON: meta, tree: tree}, nil
}

// FindTensor returns the tensor of kind (state or gradient) called name.
func (ep *Endpoint) FindTensor(kind LeafKind, name string) (*Tensor, error) {
	var ts []Tensor
	switch kind {
	case KindState:
		ts = ep.State
	case KindGradient:
		ts = ep.Gradient
	default:
		return nil, fmt.Errorf("find tensor %q: kind %s holds no tensors", name, kind)
	}
	i, ok := slices.BinarySearchFunc(ts, name, func(t Tensor, n string) int { return strings.Compare(t.Name, n) })
	if !ok {
		return nil, fmt.Errorf("find %s tensor %q: %w", kind, name, ErrNotFound)
	}
	return &ts[i], nil
}

// ChunkBytes returns the bytes of chunk c of a tensor under chunk size cs.
func ChunkBytes(t *Tensor, c, cs uint64) ([]byte, error) {
	n := uint64(len(t.Data))
	if c >= ChunkCount(n, cs) {
		return nil, fmt.Errorf("chunk %d of %q: tensor has %d chunks", c, t.Name, ChunkCount(n, cs))
	}
	return t.Data[c*cs : min((c+1)*cs, n)], nil
}
