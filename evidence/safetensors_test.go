package evidence_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
)

// rawFile assembles a safetensors file from a header string and data bytes.
func rawFile(header string, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.LittleEndian, uint64(len(header)))
	b.WriteString(header)
	b.Write(data)
	return b.Bytes()
}

func TestSafetensorsRoundTripAllDTypes(t *testing.T) {
	var ts []evidence.Tensor
	for i, dt := range []evidence.DType{evidence.F64, evidence.F32, evidence.BF16, evidence.F16, evidence.I64, evidence.I32, evidence.I16, evidence.I8, evidence.U8, evidence.BOOL} {
		data := make([]byte, dt.Size()*6)
		for j := range data {
			data[j] = byte(i*31 + j)
		}
		ts = append(ts, evidence.Tensor{Name: fmt.Sprintf("t%02d_%s", 10-i, dt), DType: dt, Shape: []int64{2, 3}, Data: data})
	}
	ts = append(ts, evidence.Tensor{Name: "scalar", DType: evidence.F32, Shape: []int64{}, Data: []byte{1, 2, 3, 4}},
		evidence.Tensor{Name: "empty", DType: evidence.F32, Shape: []int64{0, 5}, Data: nil})
	meta := map[string]string{"format": "pt", "step": "100"}
	enc, err := evidence.EncodeSafetensors(ts, meta)
	if err != nil {
		t.Fatal(err)
	}
	// Deterministic: input order does not matter.
	rev := make([]evidence.Tensor, len(ts))
	for i := range ts {
		rev[i] = ts[len(ts)-1-i]
	}
	enc2, _ := evidence.EncodeSafetensors(rev, meta)
	if !bytes.Equal(enc, enc2) {
		t.Fatal("encoding depends on input order")
	}
	if hl := binary.LittleEndian.Uint64(enc); hl%8 != 0 {
		t.Fatalf("header length %d not padded to 8", hl)
	}
	f, err := evidence.ParseSafetensors(enc)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Tensors) != len(ts) || f.Metadata["step"] != "100" {
		t.Fatalf("parsed %d tensors, metadata %v", len(f.Tensors), f.Metadata)
	}
	for i := 1; i < len(f.Tensors); i++ {
		if f.Tensors[i-1].Name >= f.Tensors[i].Name {
			t.Fatal("tensors not sorted by name")
		}
	}
	for _, want := range ts {
		got, ok := f.Find(want.Name)
		if !ok || got.DType != want.DType || fmt.Sprint(got.Shape) != fmt.Sprint(want.Shape) || !bytes.Equal(got.Data, want.Data) {
			t.Fatalf("tensor %q did not round-trip: %+v", want.Name, got)
		}
	}
	vals := []float32{1.5, -2, 3.25}
	ft, _ := evidence.NewF32("x", []int64{3}, vals)
	back, err := ft.F32s()
	if err != nil || fmt.Sprint(back) != fmt.Sprint(vals) {
		t.Fatalf("F32 round trip: %v %v", back, err)
	}
	if _, err := evidence.NewF32("x", []int64{4}, vals); err == nil {
		t.Fatal("NewF32 accepted a shape that 3 values do not fill")
	}
}

// TestSafetensorsReference parses a file laid out by hand exactly as the format document
// describes (as written by the Python library, with space padding).
func TestSafetensorsReference(t *testing.T) {
	header := `{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"I64","shape":[1],"data_offsets":[8,16]}}    `
	data := []byte{0, 0, 0x80, 0x3f, 0, 0, 0, 0x40, 7, 0, 0, 0, 0, 0, 0, 0}
	f, err := evidence.ParseSafetensors(rawFile(header, data))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := f.Find("a")
	v, _ := a.F32s()
	b, _ := f.Find("b")
	w, _ := b.I64s()
	if fmt.Sprint(v) != "[1 2]" || fmt.Sprint(w) != "[7]" {
		t.Fatalf("values %v %v", v, w)
	}
}

func TestSafetensorsRejects(t *testing.T) {
	d16 := make([]byte, 16)
	entry := func(name, dtype, shape string, b, e int) string {
		return fmt.Sprintf(`%q:{"dtype":%q,"shape":%s,"data_offsets":[%d,%d]}`, name, dtype, shape, b, e)
	}
	hdr := func(entries ...string) string { return "{" + strings.Join(entries, ",") + "}" }
	huge := make([]byte, 16)
	binary.LittleEndian.PutUint64(huge, 200<<20)
	beyond := make([]byte, 16)
	binary.LittleEndian.PutUint64(beyond, 9)
	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"too short", []byte{1, 2, 3}, "shorter"},
		{"absurd header length", huge, "above"},
		{"header beyond file", beyond, "beyond"},
		{"overlap", rawFile(hdr(entry("a", "F32", "[2]", 0, 8), entry("b", "F32", "[2]", 4, 12)), d16[:12]), "overlap"},
		{"gap", rawFile(hdr(entry("a", "F32", "[1]", 0, 4), entry("b", "F32", "[2]", 8, 16)), d16), "gap"},
		{"out of bounds", rawFile(hdr(entry("a", "F32", "[4]", 0, 16)), d16[:8]), "beyond"},
		{"trailing data", rawFile(hdr(entry("a", "F32", "[2]", 0, 8)), d16), "trailing"},
		{"unknown dtype", rawFile(hdr(entry("a", "F128", "[1]", 0, 16)), d16), "unknown dtype"},
		{"shape mismatch", rawFile(hdr(entry("a", "F32", "[3]", 0, 16)), d16), "needs"},
		{"negative dim", rawFile(hdr(entry("a", "F32", "[-4]", 0, 16)), d16), "negative"},
		{"overflowing shape", rawFile(hdr(entry("a", "F64", "[4294967296,4294967296]", 0, 16)), d16), "overflow"},
		{"duplicate name", rawFile(hdr(entry("a", "F32", "[2]", 0, 8), entry("a", "F32", "[2]", 8, 16)), d16), "duplicate"},
		{"inverted offsets", rawFile(hdr(entry("a", "F32", "[0]", 8, 0)), d16[:8]), "data_offsets"},
		{"extra field", rawFile(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"x":1}}`, d16[:4]), "unknown field"},
		{"missing field", rawFile(`{"a":{"dtype":"F32","data_offsets":[0,4]}}`, d16[:4]), "missing field"},
		{"null shape", rawFile(`{"a":{"dtype":"F32","shape":null,"data_offsets":[0,4]}}`, d16[:4]), "null"},
		{"three offsets", rawFile(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4,4]}}`, d16[:4]), "data_offsets"},
		{"non-string metadata", rawFile(`{"__metadata__":{"k":1}}`, nil), "__metadata__"},
		{"not an object", rawFile(`[1]`, nil), "object"},
		{"garbage header", rawFile(`{"a":`, nil), "header"},
		{"invalid utf-8", rawFile("{\"\xff\":{}}", nil), "UTF-8"},
	}
	for _, c := range cases {
		_, err := evidence.ParseSafetensors(c.file)
		if !errors.Is(err, evidence.ErrMalformed) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want ErrMalformed containing %q", c.name, err, c.want)
		}
	}
	if _, err := evidence.ReadSafetensors(bytes.NewReader(make([]byte, 100)), 50); !errors.Is(err, evidence.ErrMalformed) {
		t.Errorf("ReadSafetensors over the size limit: %v", err)
	}
	if _, err := evidence.EncodeSafetensors([]evidence.Tensor{{Name: "a", DType: evidence.F32, Shape: []int64{1}, Data: []byte{1}}}, nil); err == nil {
		t.Error("encoded a tensor whose data does not fill its shape")
	}
	dup := evidence.Tensor{Name: "a", DType: evidence.U8, Shape: []int64{1}, Data: []byte{1}}
	if _, err := evidence.EncodeSafetensors([]evidence.Tensor{dup, dup}, nil); err == nil {
		t.Error("encoded duplicate names")
	}
}

func FuzzSafetensorsRead(f *testing.F) {
	a, _ := evidence.NewF32("a", []int64{2, 2}, []float32{1, 2, 3, 4})
	b, _ := evidence.NewI64("b", []int64{}, []int64{9})
	good, _ := evidence.EncodeSafetensors([]evidence.Tensor{a, b}, map[string]string{"k": "v"})
	f.Add(good)
	f.Add(rawFile(`{}`, nil))
	f.Add(rawFile(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, []byte{1, 2, 3, 4}))
	f.Add(good[:len(good)-1])
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := evidence.ParseSafetensors(data)
		if err != nil {
			if !errors.Is(err, evidence.ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		var total int
		for _, tn := range st.Tensors {
			if err := tn.Validate(); err != nil {
				t.Fatalf("accepted an invalid tensor: %v", err)
			}
			total += len(tn.Data)
		}
		if total > len(data) {
			t.Fatalf("tensors hold %d bytes of a %d-byte file", total, len(data))
		}
		enc, err := evidence.EncodeSafetensors(st.Tensors, st.Metadata)
		if err != nil {
			t.Fatalf("accepted file does not re-encode: %v", err)
		}
		st2, err := evidence.ParseSafetensors(enc)
		if err != nil {
			t.Fatalf("re-encoded file rejected: %v", err)
		}
		enc2, _ := evidence.EncodeSafetensors(st2.Tensors, st2.Metadata)
		if !bytes.Equal(enc, enc2) {
			t.Fatal("encoding not stable")
		}
	})
}
