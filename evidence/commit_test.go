package evidence_test

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

const testChunk = 1 << 10

func TestCommitLayoutAndProofs(t *testing.T) {
	// State, sorted: step (8 bytes, 1 chunk), w0a (600 floats = 2400 bytes = chunks of 1024, 1024,
	// 352), w1a (256 floats = 1 chunk); gradient: w0a, w1a.
	b := evidencetest.Bundle(3, testChunk, 600, 256)
	c := b.Commitment
	wantKinds := []evidence.LeafKind{evidence.KindManifest,
		evidence.KindState, evidence.KindState, evidence.KindState, evidence.KindState, evidence.KindState,
		evidence.KindGradient, evidence.KindGradient, evidence.KindGradient, evidence.KindGradient,
		evidence.KindMetadata}
	if len(c.Leaves) != len(wantKinds) || c.LeafCount() != uint64(len(wantKinds)) {
		t.Fatalf("%d leaves, want %d", len(c.Leaves), len(wantKinds))
	}
	for i, k := range wantKinds {
		if c.Leaves[i].Kind != k || c.Leaves[i].Index != uint64(i) {
			t.Fatalf("leaf %d is %s/%d, want %s", i, c.Leaves[i].Kind, c.Leaves[i].Index, k)
		}
	}
	if l := c.Leaves[4]; l.Tensor != "w0a" || l.Chunk != 2 || l.Length != 2400-2048 {
		t.Fatalf("leaf 4 = %+v", l)
	}
	if c.Leaves[1].Tensor != "step" || c.Leaves[5].Tensor != "w1a" || c.Leaves[6].Tensor != "w0a" {
		t.Fatalf("state not sorted by name: %q..%q, gradient starts with %q", c.Leaves[1].Tensor, c.Leaves[5].Tensor, c.Leaves[6].Tensor)
	}
	// Records, rebuilt here byte by byte from docs/protocol.md.
	mh := evidence.Keccak256(b.ManifestJSON)
	if c.Leaves[0].Payload != evidence.Hash32(crypto.Keccak256(append([]byte{0x01}, mh[:]...))) {
		t.Fatal("manifest leaf payload differs from keccak(0x01 || manifestHash)")
	}
	w0, _ := b.Endpoint.FindTensor(evidence.KindGradient, "w0a")
	chunk := w0.Data[1024:2048]
	digest := sha256.Sum256(chunk)
	rec := []byte{0x03}
	rec = append(rec, crypto.Keccak256([]byte("w0a"))...)
	rec = binary.BigEndian.AppendUint64(rec, 1)
	rec = binary.BigEndian.AppendUint64(rec, 1024)
	rec = append(rec, digest[:]...)
	if c.Leaves[7].Payload != evidence.Hash32(crypto.Keccak256(rec)) {
		t.Fatal("gradient chunk payload differs from the protocol record")
	}
	md := sha256.Sum256(c.MetadataJSON)
	if c.Leaves[10].Payload != evidence.Hash32(crypto.Keccak256(append([]byte{0x04}, md[:]...))) {
		t.Fatal("metadata leaf payload differs from keccak(0x04 || sha256(metadata))")
	}
	for i := range c.Leaves {
		p, err := c.Proof(uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := evidence.VerifyProof(c.Root(), c.LeafCount(), uint64(i), c.Leaves[i].Payload, p); err != nil {
			t.Fatalf("leaf %d: %v", i, err)
		}
	}
	if err := evidence.VerifyLeafList(c.LeafList(), c.Anchor()); err != nil {
		t.Fatal(err)
	}
}

func TestCommitDeterministicAcrossWorkers(t *testing.T) {
	ep := evidencetest.Endpoint(1, testChunk, 5000, 3000, 1)
	mh := evidence.Keccak256([]byte("m"))
	var roots []evidence.Hash32
	for _, w := range []int{1, 2, 7, 64} {
		c, err := evidence.Commit(mh, ep, evidence.CommitOptions{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, c.Root())
	}
	for _, r := range roots[1:] {
		if r != roots[0] {
			t.Fatal("root depends on the number of workers")
		}
	}
	// One flipped byte changes exactly one payload.
	c0, _ := evidence.Commit(mh, ep, evidence.CommitOptions{})
	ep.Gradient[1].Data[4000] ^= 1
	c1, _ := evidence.Commit(mh, ep, evidence.CommitOptions{})
	var diff []int
	for i := range c0.Leaves {
		if c0.Leaves[i].Payload != c1.Leaves[i].Payload {
			diff = append(diff, i)
		}
	}
	if len(diff) != 1 || c1.Leaves[diff[0]].Tensor != ep.Gradient[1].Name || c1.Leaves[diff[0]].Chunk != 3 {
		t.Fatalf("changed leaves %v", diff)
	}
	// The metadata is committed: a different loss changes the root.
	ep.Metadata.Losses[0] = 9
	c2, _ := evidence.Commit(mh, ep, evidence.CommitOptions{})
	if c2.Root() == c1.Root() {
		t.Fatal("metadata change kept the root")
	}
}

func TestCommitEmptyTensorHasOneChunk(t *testing.T) {
	e := evidence.Tensor{Name: "empty", DType: evidence.F32, Shape: []int64{0}}
	ep, err := evidence.NewEndpoint([]evidence.Tensor{e}, nil, evidence.Metadata{Version: 1}, testChunk)
	if err != nil {
		t.Fatal(err)
	}
	c, err := evidence.Commit(evidence.Hash32{1}, ep, evidence.CommitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Leaves) != 3 || c.Leaves[1].Tensor != "empty" || c.Leaves[1].Length != 0 {
		t.Fatalf("leaves %+v", c.Leaves)
	}
	if err := evidence.VerifyLeafList(c.LeafList(), c.Anchor()); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyLeafListRejects(t *testing.T) {
	c := evidencetest.Bundle(2, testChunk, 600, 256).Commitment
	a := c.Anchor()
	mutate := func(f func(l *evidence.LeafList)) *evidence.LeafList {
		l := c.LeafList()
		l.Leaves = append([]evidence.Leaf(nil), l.Leaves...)
		f(l)
		return l
	}
	cases := []struct {
		name string
		list *evidence.LeafList
		want error
	}{
		{"digest changed with payload kept", mutate(func(l *evidence.LeafList) { l.Leaves[2].Digest[0] ^= 1 }), evidence.ErrInvalid},
		{"digest and payload changed", mutate(func(l *evidence.LeafList) {
			l.Leaves[2].Digest[0] ^= 1
			l.Leaves[2].Payload, _ = l.Leaves[2].RecordPayload()
		}), evidence.ErrInvalid},
		{"swapped chunks", mutate(func(l *evidence.LeafList) { l.Leaves[1], l.Leaves[2] = l.Leaves[2], l.Leaves[1] }), evidence.ErrMalformed},
		{"state after gradient", mutate(func(l *evidence.LeafList) { l.Leaves[len(l.Leaves)-2].Kind = evidence.KindState }), evidence.ErrMalformed},
		{"short chunk in the middle", mutate(func(l *evidence.LeafList) { l.Leaves[2].Length = 5 }), evidence.ErrMalformed},
		{"dropped leaf", mutate(func(l *evidence.LeafList) {
			l.Leaves = append(l.Leaves[:4:4], l.Leaves[5:]...)
			l.LeafCount--
			for i := range l.Leaves {
				l.Leaves[i].Index = uint64(i)
			}
		}), evidence.ErrInvalid},
	}
	for _, tc := range cases {
		if err := evidence.VerifyLeafList(tc.list, a); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
	bad := a
	bad.Root[0] ^= 1
	if err := evidence.VerifyLeafList(c.LeafList(), bad); !errors.Is(err, evidence.ErrInvalid) {
		t.Errorf("wrong root: %v", err)
	}
}

// benchEndpoint is ~16 MiB: two 4 MiB F32 tensors in the state and the same in the gradient.
func benchEndpoint() (*evidence.Endpoint, []byte) {
	ep := evidencetest.Endpoint(1, evidence.DefaultChunkSize, 1<<20, 1<<20)
	var all []byte
	for _, ts := range [][]evidence.Tensor{ep.State, ep.Gradient} {
		for _, t := range ts {
			all = append(all, t.Data...)
		}
	}
	return ep, all
}

func BenchmarkCommit(b *testing.B) {
	ep, all := benchEndpoint()
	b.SetBytes(int64(len(all)))
	for b.Loop() {
		if _, err := evidence.Commit(evidence.Hash32{1}, ep, evidence.CommitOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCommitOneWorker(b *testing.B) {
	ep, all := benchEndpoint()
	b.SetBytes(int64(len(all)))
	for b.Loop() {
		if _, err := evidence.Commit(evidence.Hash32{1}, ep, evidence.CommitOptions{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRawSHA256(b *testing.B) {
	_, all := benchEndpoint()
	b.SetBytes(int64(len(all)))
	for b.Loop() {
		sha256.Sum256(all)
	}
}

func BenchmarkRawKeccak256(b *testing.B) {
	_, all := benchEndpoint()
	b.SetBytes(int64(len(all)))
	for b.Loop() {
		crypto.Keccak256(all)
	}
}
