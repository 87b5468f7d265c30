package evidence

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// DType is a safetensors element type.
type DType string

// Supported element types.
const (
	F64  DType = "F64"
	F32  DType = "F32"
	F16  DType = "F16"
	BF16 DType = "BF16"
	I64  DType = "I64"
	I32  DType = "I32"
	I16  DType = "I16"
	I8   DType = "I8"
	U8   DType = "U8"
	BOOL DType = "BOOL"
)

// MaxSafetensorsHeader bounds the JSON header of a safetensors file.
const MaxSafetensorsHeader = 100 << 20

const metadataKey = "__metadata__"

// Size returns the element size in bytes, or 0 for an unknown dtype.
func (d DType) Size() int {
	switch d {
	case F64, I64:
		return 8
	case F32, I32:
		return 4
	case F16, BF16, I16:
		return 2
	case I8, U8, BOOL:
		return 1
	}
	return 0
}

// Tensor is one named tensor; Data holds the little-endian element bytes, row-major.
type Tensor struct {
	Name  string
	DType DType
	Shape []int64
	Data  []byte
}

// NumBytes returns the byte size of a tensor of dtype and shape, rejecting unknown dtypes,
// negative dimensions and overflow.
func NumBytes(dtype DType, shape []int64) (uint64, error) {
	size := dtype.Size()
	if size == 0 {
		return 0, fmt.Errorf("unknown dtype %q", truncate(string(dtype), 20))
	}
	n := uint64(size)
	for i, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("dimension %d is negative (%d)", i, d)
		}
		hi, lo := bits.Mul64(n, uint64(d))
		if hi != 0 || lo > math.MaxInt64 {
			return 0, fmt.Errorf("shape %v overflows", shape)
		}
		n = lo
	}
	return n, nil
}

func validTensorName(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("empty tensor name")
	case len(name) > maxNameLen:
		return fmt.Errorf("tensor name %q longer than %d bytes", truncate(name, 40), maxNameLen)
	case name == metadataKey:
		return fmt.Errorf("tensor name %q is reserved", name)
	case !utf8.ValidString(name):
		return fmt.Errorf("tensor name %q is not UTF-8", truncate(name, 40))
	}
	return nil
}

// Validate checks the name, dtype and that len(Data) matches the shape.
func (t *Tensor) Validate() error {
	if err := validTensorName(t.Name); err != nil {
		return err
	}
	n, err := NumBytes(t.DType, t.Shape)
	if err != nil {
		return fmt.Errorf("tensor %q: %w", t.Name, err)
	}
	if uint64(len(t.Data)) != n {
		return fmt.Errorf("tensor %q: %d data bytes, shape %v of %s needs %d", t.Name, len(t.Data), t.Shape, t.DType, n)
	}
	return nil
}

// Safetensors is the content of one safetensors file.
type Safetensors struct {
	Tensors  []Tensor // sorted by name
	Metadata map[string]string
}

// Find returns the tensor called name.
func (s *Safetensors) Find(name string) (*Tensor, bool) {
	i, ok := slices.BinarySearchFunc(s.Tensors, name, func(t Tensor, n string) int { return strings.Compare(t.Name, n) })
	if !ok {
		return nil, false
	}
	return &s.Tensors[i], true
}

// EncodeSafetensors writes tensors sorted by name, data laid out in the same order, and
// the header padded with spaces to a multiple of 8 bytes, so equal content gives equal bytes.
func EncodeSafetensors(tensors []Tensor, meta map[string]string) ([]byte, error) {
	var buf bytes.Buffer
	if err := WriteSafetensors(&buf, tensors, meta); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteSafetensors streams the encoding of EncodeSafetensors to w.
func WriteSafetensors(w io.Writer, tensors []Tensor, meta map[string]string) error {
	sorted := slices.Clone(tensors)
	slices.SortFunc(sorted, func(a, b Tensor) int { return strings.Compare(a.Name, b.Name) })
	var hdr bytes.Buffer
	hdr.WriteByte('{')
	first := true
	if len(meta) > 0 {
		m, err := json.Marshal(meta) // encoding/json sorts map keys
		if err != nil {
			return fmt.Errorf("encode safetensors metadata: %w", err)
		}
		fmt.Fprintf(&hdr, "%q:%s", metadataKey, m)
		first = false
	}
	var off uint64
	for i := range sorted {
		t := &sorted[i]
		if err := t.Validate(); err != nil {
			return fmt.Errorf("encode safetensors: %w", err)
		}
		if i > 0 && sorted[i-1].Name == t.Name {
			return fmt.Errorf("encode safetensors: duplicate tensor %q", t.Name)
		}
		name, _ := json.Marshal(t.Name)
		shape, _ := json.Marshal(t.Shape)
		if t.Shape == nil {
			shape = []byte("[]")
		}
		if !first {
			hdr.WriteByte(',')
		}
		first = false
		end := off + uint64(len(t.Data))
		fmt.Fprintf(&hdr, `%s:{"dtype":%q,"shape":%s,"data_offsets":[%d,%d]}`, name, t.DType, shape, off, end)
		off = end
	}
	hdr.WriteByte('}')
	for hdr.Len()%8 != 0 {
		hdr.WriteByte(' ')
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(hdr.Len()))
	if _, err := w.Write(n[:]); err != nil {
		return fmt.Errorf("write safetensors header length: %w", err)
	}
	if _, err := w.Write(hdr.Bytes()); err != nil {
		return fmt.Errorf("write safetensors header: %w", err)
	}
	for i := range sorted {
		if _, err := w.Write(sorted[i].Data); err != nil {
			return fmt.Errorf("write tensor %q: %w", sorted[i].Name, err)
		}
	}
	return nil
}

// ReadSafetensors reads at most maxBytes from r and parses them.
func ReadSafetensors(r io.Reader, maxBytes int64) (*Safetensors, error) {
	buf, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read safetensors: %w", err)
	}
	if int64(len(buf)) > maxBytes {
		return nil, malformed("safetensors larger than %d bytes", maxBytes)
	}
	return ParseSafetensors(buf)
}

type stEntry struct {
	DType       DType    `json:"dtype"`
	Shape       []int64  `json:"shape"`
	DataOffsets []uint64 `json:"data_offsets"`
}

// ParseSafetensors strictly parses a safetensors file. It rejects a header length that is
// absurd or beyond the file, a header that is not a JSON object of known entries, duplicate
// names, unknown dtypes, shape/byte-count mismatches, and offsets that overlap, leave gaps or
// do not cover the data exactly. Tensor data aliases buf. Errors wrap ErrMalformed.
func ParseSafetensors(buf []byte) (*Safetensors, error) {
	if len(buf) < 8 {
		return nil, malformed("safetensors: %d bytes, shorter than the length prefix", len(buf))
	}
	hl := binary.LittleEndian.Uint64(buf[:8])
	if hl > MaxSafetensorsHeader {
		return nil, malformed("safetensors: header length %d above %d", hl, MaxSafetensorsHeader)
	}
	if hl > uint64(len(buf)-8) {
		return nil, malformed("safetensors: header length %d beyond the %d-byte file", hl, len(buf))
	}
	header := buf[8 : 8+hl]
	data := buf[8+hl:]
	if !utf8.Valid(header) {
		return nil, malformed("safetensors: header is not UTF-8")
	}
	keys, fields, err := objectFields(header, "")
	if err != nil {
		return nil, malformed("safetensors header: %v", err)
	}
	out := &Safetensors{}
	type span struct {
		begin, end uint64
		name       string
	}
	var spans []span
	for _, k := range keys {
		if k == metadataKey {
			if err := strictUnmarshal(fields[k], &out.Metadata); err != nil {
				return nil, fmt.Errorf("safetensors %s: %w", metadataKey, err)
			}
			continue
		}
		if err := validTensorName(k); err != nil {
			return nil, malformed("safetensors: %v", err)
		}
		var e stEntry
		if err := strictUnmarshal(fields[k], &e); err != nil {
			return nil, fmt.Errorf("safetensors tensor %q: %w", k, err)
		}
		if e.Shape == nil {
			return nil, malformed("safetensors tensor %q: shape is null", k)
		}
		if len(e.DataOffsets) != 2 || e.DataOffsets[0] > e.DataOffsets[1] {
			return nil, malformed("safetensors tensor %q: data_offsets %v is not [begin, end]", k, e.DataOffsets)
		}
		n, err := NumBytes(e.DType, e.Shape)
		if err != nil {
			return nil, malformed("safetensors tensor %q: %v", k, err)
		}
		b, end := e.DataOffsets[0], e.DataOffsets[1]
		if end-b != n {
			return nil, malformed("safetensors tensor %q: offsets [%d,%d] hold %d bytes, shape %v of %s needs %d", k, b, end, end-b, e.Shape, e.DType, n)
		}
		if end > uint64(len(data)) {
			return nil, malformed("safetensors tensor %q: offsets [%d,%d] beyond %d data bytes", k, b, end, len(data))
		}
		out.Tensors = append(out.Tensors, Tensor{Name: k, DType: e.DType, Shape: e.Shape, Data: data[b:end:end]})
		spans = append(spans, span{b, end, k})
	}
	slices.SortFunc(spans, func(a, b span) int {
		if a.begin != b.begin {
			return cmpU64(a.begin, b.begin)
		}
		return cmpU64(a.end, b.end)
	})
	var pos uint64
	for _, s := range spans {
		if s.begin != pos {
			if s.begin < pos {
				return nil, malformed("safetensors tensor %q: offsets [%d,%d] overlap the previous tensor", s.name, s.begin, s.end)
			}
			return nil, malformed("safetensors tensor %q: gap before offset %d", s.name, s.begin)
		}
		pos = s.end
	}
	if pos != uint64(len(data)) {
		return nil, malformed("safetensors: %d trailing data bytes", uint64(len(data))-pos)
	}
	slices.SortFunc(out.Tensors, func(a, b Tensor) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// NewF32 builds an F32 tensor, checking that vals fills shape.
func NewF32(name string, shape []int64, vals []float32) (Tensor, error) {
	b := make([]byte, 4*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	t := Tensor{Name: name, DType: F32, Shape: slices.Clone(shape), Data: b}
	return t, t.Validate()
}

// F32s decodes an F32 tensor.
func (t *Tensor) F32s() ([]float32, error) {
	if t.DType != F32 || len(t.Data)%4 != 0 {
		return nil, fmt.Errorf("tensor %q is %s, not F32", t.Name, t.DType)
	}
	out := make([]float32, len(t.Data)/4)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
	}
	return out, nil
}

// NewF64 builds an F64 tensor, checking that vals fills shape.
func NewF64(name string, shape []int64, vals []float64) (Tensor, error) {
	b := make([]byte, 8*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
	t := Tensor{Name: name, DType: F64, Shape: slices.Clone(shape), Data: b}
	return t, t.Validate()
}

// F64s decodes an F64 tensor.
func (t *Tensor) F64s() ([]float64, error) {
	if t.DType != F64 || len(t.Data)%8 != 0 {
		return nil, fmt.Errorf("tensor %q is %s, not F64", t.Name, t.DType)
	}
	out := make([]float64, len(t.Data)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(t.Data[8*i:]))
	}
	return out, nil
}

// NewI64 builds an I64 tensor (e.g. step counters), checking that vals fills shape.
func NewI64(name string, shape []int64, vals []int64) (Tensor, error) {
	b := make([]byte, 8*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint64(b[8*i:], uint64(v))
	}
	t := Tensor{Name: name, DType: I64, Shape: slices.Clone(shape), Data: b}
	return t, t.Validate()
}

// I64s decodes an I64 tensor.
func (t *Tensor) I64s() ([]int64, error) {
	if t.DType != I64 || len(t.Data)%8 != 0 {
		return nil, fmt.Errorf("tensor %q is %s, not I64", t.Name, t.DType)
	}
	out := make([]int64, len(t.Data)/8)
	for i := range out {
		out[i] = int64(binary.LittleEndian.Uint64(t.Data[8*i:]))
	}
	return out, nil
}
