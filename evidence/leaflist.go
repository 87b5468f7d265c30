package evidence

import (
	"fmt"
)

// LeafList is what a server publishes for one endpoint: every leaf with its record fields,
// so a client can check the whole list against a trusted Anchor before fetching any chunk.
type LeafList struct {
	Root      Hash32 `json:"root"`
	LeafCount uint64 `json:"leaf_count"`
	ChunkSize uint64 `json:"chunk_size"`
	Leaves    []Leaf `json:"leaves"`
}

// VerifyLeafList checks the list against the trusted anchor: its shape (wraps ErrMalformed:
// leaf order manifest, state chunks, gradient chunks, metadata; tensors sorted; chunks
// consecutive; chunk lengths consistent with the chunk size), then every payload against its
// record and the root over all payloads (wrap ErrInvalid).
func VerifyLeafList(l *LeafList, a Anchor) error {
	if err := checkLeafListShape(l); err != nil {
		return fmt.Errorf("leaf list: %w", err)
	}
	if l.LeafCount != a.LeafCount || uint64(len(l.Leaves)) != a.LeafCount {
		return fmt.Errorf("leaf list: %w", invalid("%d leaves, anchor says %d", len(l.Leaves), a.LeafCount))
	}
	payloads := make([]Hash32, len(l.Leaves))
	for i := range l.Leaves {
		p, err := l.Leaves[i].RecordPayload()
		if err != nil {
			return fmt.Errorf("leaf list: %w", malformed("%v", err))
		}
		if p != l.Leaves[i].Payload {
			return fmt.Errorf("leaf list: %w", invalid("leaf %d payload %s, record hashes to %s", i, l.Leaves[i].Payload, p))
		}
		payloads[i] = p
	}
	t, err := BuildTree(payloads)
	if err != nil {
		return fmt.Errorf("leaf list: %w", malformed("%v", err))
	}
	if t.Root() != a.Root {
		return fmt.Errorf("leaf list: %w", invalid("root over leaves %s, anchor root %s", t.Root(), a.Root))
	}
	return nil
}

func checkLeafListShape(l *LeafList) error {
	n := len(l.Leaves)
	if uint64(n) != l.LeafCount {
		return malformed("%d leaves listed, leaf_count %d", n, l.LeafCount)
	}
	if n < 2 {
		return malformed("%d leaves, need at least a manifest and a metadata leaf", n)
	}
	cs := l.ChunkSize
	if cs < MinChunkSize || cs > MaxChunkSize || cs&(cs-1) != 0 {
		return malformed("chunk size %d is not a power of two in [%d, %d]", cs, MinChunkSize, MaxChunkSize)
	}
	for i := range l.Leaves {
		lf := &l.Leaves[i]
		if lf.Index != uint64(i) {
			return malformed("leaf %d carries index %d", i, lf.Index)
		}
		want := KindState
		switch {
		case i == 0:
			want = KindManifest
		case i == n-1:
			want = KindMetadata
		case lf.Kind == KindGradient:
			want = KindGradient
		}
		if lf.Kind != want {
			return malformed("leaf %d is %s, want %s", i, lf.Kind, want)
		}
		if want == KindManifest || want == KindMetadata {
			if lf.Tensor != "" || lf.Chunk != 0 || lf.Length != 0 {
				return malformed("%s leaf %d has chunk fields", lf.Kind, i)
			}
			continue
		}
		if err := validTensorName(lf.Tensor); err != nil {
			return malformed("leaf %d: %v", i, err)
		}
		if lf.Length > cs {
			return malformed("leaf %d: chunk length %d above chunk size %d", i, lf.Length, cs)
		}
		prev := &l.Leaves[i-1]
		if prev.Kind == KindGradient && lf.Kind == KindState {
			return malformed("leaf %d: state chunk after gradient chunks", i)
		}
		sameTensor := prev.Kind == lf.Kind && prev.Tensor == lf.Tensor
		switch {
		case sameTensor:
			if lf.Chunk != prev.Chunk+1 {
				return malformed("leaf %d: chunk %d of %q follows chunk %d", i, lf.Chunk, lf.Tensor, prev.Chunk)
			}
			if prev.Length != cs {
				return malformed("leaf %d: chunk %d of %q follows a short chunk", i, lf.Chunk, lf.Tensor)
			}
			if lf.Length == 0 {
				return malformed("leaf %d: empty chunk %d of %q", i, lf.Chunk, lf.Tensor)
			}
		default:
			if lf.Chunk != 0 {
				return malformed("leaf %d: tensor %q starts at chunk %d", i, lf.Tensor, lf.Chunk)
			}
			if prev.Kind == lf.Kind && prev.Tensor >= lf.Tensor {
				return malformed("leaf %d: tensor %q not sorted after %q", i, lf.Tensor, prev.Tensor)
			}
		}
	}
	return nil
}

// TensorChunks locates the leaves of one tensor in a shape-checked list: the index of its
// first leaf, its chunk count and its byte length.
func (l *LeafList) TensorChunks(kind LeafKind, name string) (first, chunks, bytes uint64, ok bool) {
	for i := range l.Leaves {
		lf := &l.Leaves[i]
		if lf.Kind != kind || lf.Tensor != name {
			if chunks > 0 {
				break
			}
			continue
		}
		if chunks == 0 {
			first = uint64(i)
		}
		chunks++
		bytes += lf.Length
	}
	return first, chunks, bytes, chunks > 0
}

// CheckLayout checks that the tensors of a verified leaf list are exactly those the metadata
// describes, with the same chunk counts and byte sizes.
func CheckLayout(l *LeafList, m *Metadata) error {
	if m.ChunkSize != l.ChunkSize {
		return invalid("metadata chunk size %d, leaf list %d", m.ChunkSize, l.ChunkSize)
	}
	var listed uint64
	for _, part := range []struct {
		kind  LeafKind
		infos []TensorInfo
	}{{KindState, m.State}, {KindGradient, m.Gradient}} {
		for _, info := range part.infos {
			_, chunks, n, ok := l.TensorChunks(part.kind, info.Name)
			if !ok {
				return invalid("metadata lists %s tensor %q, the tree has no chunk of it", part.kind, info.Name)
			}
			if chunks != info.Chunks || n != info.Bytes {
				return invalid("%s tensor %q: tree has %d chunks / %d bytes, metadata %d / %d", part.kind, info.Name, chunks, n, info.Chunks, info.Bytes)
			}
			listed += chunks
		}
	}
	if listed+2 != l.LeafCount {
		return invalid("tree has %d chunk leaves, metadata describes %d", l.LeafCount-2, listed)
	}
	return nil
}
