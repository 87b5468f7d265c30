package infer

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// RecordVersion is the only record version this code writes and accepts.
const RecordVersion = 1

// recordKind is the leaf kind byte of an inference record, after the evidence tree's own
// kinds (0x01..0x04), so a record leaf can never be taken for a training-evidence leaf.
const recordKind = 0x05

// Sampling is a text request's sampling configuration: temperature 0 is greedy decoding;
// otherwise token i is drawn from softmax(logits/temperature) with a uniform number that is a
// pure function of (seed, i), so anyone holding the logits redraws the same tokens.
type Sampling struct {
	Temperature float64 `json:"temperature"`
	Seed        uint64  `json:"seed"`
}

// Request is one inference request. Task picks the fields that apply.
type Request struct {
	ID   string        `json:"id"`
	Task workload.Task `json:"task"`
	// Pixels is a 28×28 image, row by row, in [0,1] (classify).
	Pixels []float32 `json:"pixels,omitempty"`
	// Prompt, MaxTokens and Sampling drive text generation.
	Prompt    string    `json:"prompt,omitempty"`
	MaxTokens int       `json:"max_tokens,omitempty"`
	Sampling  *Sampling `json:"sampling,omitempty"`
	// Noisy is x_t (side² values) at noise level Level (denoise).
	Noisy []float32 `json:"noisy,omitempty"`
	Level int       `json:"level,omitempty"`
}

// Output is what the provider answered.
type Output struct {
	Label    *int      `json:"label,omitempty"`    // classify: argmax of the logits
	Tokens   []int     `json:"tokens,omitempty"`   // generate: the sampled token ids
	Text     string    `json:"text,omitempty"`     // generate: Tokens decoded
	Noise    []float32 `json:"noise,omitempty"`    // denoise: predicted noise
	Denoised []float32 `json:"denoised,omitempty"` // denoise: x0 = (x_t - sqrt(1-ᾱ)·noise)/sqrt(ᾱ)
}

// Edge is the activations at one block edge: Rows × Width float32, little-endian bytes
// (base64 in JSON, a third the size of decimal text and exact).
type Edge struct {
	Rows  int    `json:"rows"`
	Width int    `json:"width"`
	Data  []byte `json:"data"`
}

// NewEdge encodes rows × width values.
func NewEdge(rows, width int, v []float32) Edge {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return Edge{Rows: rows, Width: width, Data: b}
}

// Values decodes the edge, checking its size.
func (e Edge) Values() ([]float32, error) {
	if e.Rows < 0 || e.Width < 0 || e.Rows > 1<<16 || e.Width > 1<<20 || len(e.Data) != 4*e.Rows*e.Width {
		return nil, fmt.Errorf("edge of %d×%d values holds %d bytes", e.Rows, e.Width, len(e.Data))
	}
	out := make([]float32, e.Rows*e.Width)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(e.Data[4*i:]))
	}
	return out, nil
}

// Record is what a provider keeps of one served request. Model is the root of the job's
// final endpoint (the final model hash the registry recorded at finalize): the weights the
// provider says it served with. Profile is the numeric profile it says it ran: a verifier on
// the same profile demands the recorded edges bit for bit.
type Record struct {
	Version  uint32          `json:"version"`
	Workload string          `json:"workload"`
	Model    evidence.Hash32 `json:"model"`
	Profile  numeric.Profile `json:"profile"`
	Request  Request         `json:"request"`
	Output   Output          `json:"output"`
	// Edges are the activations of the request's forward pass at every block edge: edge 0 the
	// block input, edge i+1 the output of block i.
	Edges []Edge `json:"edges"`
}

// Encode returns the record's canonical bytes, the ones its leaf commits to.
func (r *Record) Encode() ([]byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encode record %q: %w", r.Request.ID, err)
	}
	return b, nil
}

// DecodeRecord parses a record strictly: unknown fields, trailing data or another version
// are errors.
func DecodeRecord(b []byte) (*Record, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r Record
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("decode record: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("decode record: trailing data")
	}
	if r.Version != RecordVersion {
		return nil, fmt.Errorf("decode record: version %d, want %d", r.Version, RecordVersion)
	}
	return &r, nil
}

// Payload is the leaf payload of a record's bytes: keccak256(0x05 ‖ sha256(bytes)). As for
// evidence chunks, SHA-256 hashes the bulk and keccak256 only the small record a contract
// would recompute.
func Payload(raw []byte) evidence.Hash32 {
	d := sha256.Sum256(raw)
	return evidence.Keccak256([]byte{recordKind}, d[:])
}
