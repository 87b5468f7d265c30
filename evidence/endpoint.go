package evidence

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// MetadataVersion is the only metadata version this code accepts.
const MetadataVersion = 1

// Endpoint is the evidence captured after step Metadata.Step: the full replay state
// (parameters, optimizer moments, counters as tensors), the gradient signal at the endpoint
// weights on the endpoint batch, and the metadata. Tensors are sorted by name.
type Endpoint struct {
	State    []Tensor
	Gradient []Tensor
	Metadata Metadata
}

// Metadata is committed by the metadata leaf as sha256 of its canonical JSON. It also
// records the dtype and shape of every tensor (chunk leaves commit only names, indices,
// lengths and bytes), so a verifier can rebuild typed tensors from committed data alone.
type Metadata struct {
	Version   uint32             `json:"version"`
	Endpoint  uint64             `json:"endpoint"`
	Step      uint64             `json:"step"`
	Precision PrecisionPolicy    `json:"precision"`
	Losses    []float64          `json:"losses"`
	Norms     map[string]float64 `json:"norms"` // per-tensor L2 norms, keyed "state/<name>", "gradient/<name>"
	ChunkSize uint64             `json:"chunk_size"`
	State     []TensorInfo       `json:"state"`
	Gradient  []TensorInfo       `json:"gradient"`
	Extra     map[string]string  `json:"extra,omitempty"`
}

// TensorInfo describes one committed tensor.
type TensorInfo struct {
	Name   string  `json:"name"`
	DType  DType   `json:"dtype"`
	Shape  []int64 `json:"shape"`
	Bytes  uint64  `json:"bytes"`
	Chunks uint64  `json:"chunks"`
}

// ChunkCount is the number of chunk leaves of a tensor of n bytes: an empty tensor still gets
// one (empty) chunk so that its name is committed.
func ChunkCount(n, chunkSize uint64) uint64 {
	if n == 0 {
		return 1
	}
	return (n + chunkSize - 1) / chunkSize
}

// NewEndpoint sorts the tensors, fills the layout fields of meta (ChunkSize, State,
// Gradient) and validates the result.
func NewEndpoint(state, gradient []Tensor, meta Metadata, chunkSize uint64) (*Endpoint, error) {
	ep := &Endpoint{State: sortedTensors(state), Gradient: sortedTensors(gradient), Metadata: meta}
	ep.Metadata.ChunkSize = chunkSize
	ep.Metadata.State = describeTensors(ep.State, chunkSize)
	ep.Metadata.Gradient = describeTensors(ep.Gradient, chunkSize)
	if err := ep.Validate(); err != nil {
		return nil, err
	}
	return ep, nil
}

func sortedTensors(ts []Tensor) []Tensor {
	out := slices.Clone(ts)
	slices.SortFunc(out, func(a, b Tensor) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func describeTensors(ts []Tensor, chunkSize uint64) []TensorInfo {
	out := make([]TensorInfo, len(ts))
	for i, t := range ts {
		shape := slices.Clone(t.Shape)
		if shape == nil {
			shape = []int64{}
		}
		n := uint64(len(t.Data))
		out[i] = TensorInfo{Name: t.Name, DType: t.DType, Shape: shape, Bytes: n, Chunks: ChunkCount(n, chunkSize)}
	}
	return out
}

// Validate checks that the tensors are valid, sorted, unique and match the metadata layout.
func (ep *Endpoint) Validate() error {
	if err := ep.Metadata.Validate(); err != nil {
		return err
	}
	for _, part := range []struct {
		kind  string
		ts    []Tensor
		infos []TensorInfo
	}{{"state", ep.State, ep.Metadata.State}, {"gradient", ep.Gradient, ep.Metadata.Gradient}} {
		if len(part.ts) != len(part.infos) {
			return fmt.Errorf("endpoint %s: %d tensors, metadata lists %d", part.kind, len(part.ts), len(part.infos))
		}
		for i := range part.ts {
			t := &part.ts[i]
			if err := t.Validate(); err != nil {
				return fmt.Errorf("endpoint %s: %w", part.kind, err)
			}
			info := part.infos[i]
			if info.Name != t.Name || info.DType != t.DType || !slices.Equal(info.Shape, t.Shape) {
				return fmt.Errorf("endpoint %s tensor %q: metadata describes %q %s %v", part.kind, t.Name, info.Name, info.DType, info.Shape)
			}
		}
	}
	return nil
}

// Validate checks versions, ranges, layout consistency; errors wrap ErrMalformed.
func (m *Metadata) Validate() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: metadata field %q: %s", ErrMalformed, field, fmt.Sprintf(format, args...))
	}
	if m.Version != MetadataVersion {
		return bad("version", "got %d, want %d", m.Version, MetadataVersion)
	}
	if m.ChunkSize < MinChunkSize || m.ChunkSize > MaxChunkSize || m.ChunkSize&(m.ChunkSize-1) != 0 {
		return bad("chunk_size", "%d is not a power of two in [%d, %d]", m.ChunkSize, MinChunkSize, MaxChunkSize)
	}
	for i, l := range m.Losses {
		if math.IsNaN(l) || math.IsInf(l, 0) {
			return bad(fmt.Sprintf("losses[%d]", i), "not finite")
		}
	}
	for k, v := range m.Norms {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return bad("norms."+k, "not finite")
		}
	}
	for field, infos := range map[string][]TensorInfo{"state": m.State, "gradient": m.Gradient} {
		for i, info := range infos {
			f := fmt.Sprintf("%s[%d]", field, i)
			if err := validTensorName(info.Name); err != nil {
				return bad(f+".name", "%v", err)
			}
			if i > 0 && infos[i-1].Name >= info.Name {
				return bad(f+".name", "%q not sorted after %q", info.Name, infos[i-1].Name)
			}
			n, err := NumBytes(info.DType, info.Shape)
			if err != nil {
				return bad(f, "%v", err)
			}
			if info.Bytes != n {
				return bad(f+".bytes", "%d, shape %v of %s needs %d", info.Bytes, info.Shape, info.DType, n)
			}
			if info.Chunks != ChunkCount(n, m.ChunkSize) {
				return bad(f+".chunks", "%d, want %d", info.Chunks, ChunkCount(n, m.ChunkSize))
			}
		}
	}
	return nil
}

// Canonical returns the canonical JSON that the metadata leaf commits to.
func (m *Metadata) Canonical() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	// nil and empty collections mean the same thing; only one may reach the hash.
	c := *m
	if c.Losses == nil {
		c.Losses = []float64{}
	}
	if c.Norms == nil {
		c.Norms = map[string]float64{}
	}
	if len(c.Extra) == 0 {
		c.Extra = nil
	}
	fix := func(infos []TensorInfo) []TensorInfo {
		out := make([]TensorInfo, len(infos))
		for i, t := range infos {
			out[i] = t
			if out[i].Shape == nil {
				out[i].Shape = []int64{}
			}
		}
		return out
	}
	c.State, c.Gradient = fix(c.State), fix(c.Gradient)
	b, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("encode metadata: %w", err)
	}
	return b, nil
}

// DecodeMetadata strictly decodes and validates metadata and requires the canonical form,
// since its bytes are what the metadata leaf hashes.
func DecodeMetadata(data []byte) (*Metadata, error) {
	var m Metadata
	if err := strictUnmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("decode metadata: %w", err)
	}
	c, err := m.Canonical()
	if err != nil {
		return nil, fmt.Errorf("decode metadata: %w", err)
	}
	if string(c) != string(data) {
		return nil, fmt.Errorf("decode metadata: %w: not in canonical form", ErrMalformed)
	}
	return &m, nil
}

// TensorNorms is the Metadata.Norms of an endpoint: the L2 norm of every float32 tensor, keyed
// "state/<name>" and "gradient/<name>".
func TensorNorms(state, gradient []Tensor) map[string]float64 {
	norms := make(map[string]float64)
	for kind, ts := range map[string][]Tensor{"state": state, "gradient": gradient} {
		for i := range ts {
			vals, err := ts[i].F32s()
			if err != nil {
				continue
			}
			var s float64
			for _, x := range vals {
				s += float64(x) * float64(x)
			}
			norms[kind+"/"+ts[i].Name] = math.Sqrt(s)
		}
	}
	return norms
}
