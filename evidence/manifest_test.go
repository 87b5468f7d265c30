package evidence_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

func TestManifestRoundTripAndHash(t *testing.T) {
	m := evidencetest.Manifest(evidence.DefaultChunkSize)
	c, err := m.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	h, err := m.Hash()
	if err != nil {
		t.Fatal(err)
	}
	if h != evidence.Keccak256(c) {
		t.Fatal("Hash is not keccak256 of the canonical encoding")
	}
	back, err := evidence.DecodeCanonicalManifest(c)
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := back.Canonical()
	if !bytes.Equal(c, c2) {
		t.Fatalf("round trip changed the encoding:\n%s\n%s", c, c2)
	}
	if !strings.Contains(string(c), `"initial_weights_hash":"0x`) || bytes.ContainsAny(c, " \n") {
		t.Fatalf("unexpected canonical form: %s", c)
	}
	// Map key order and whitespace do not change the hash; they do break canonical form.
	spaced := bytes.ReplaceAll(c, []byte(`,"`), []byte(", \""))
	m2, err := evidence.DecodeManifest(spaced)
	if err != nil {
		t.Fatal(err)
	}
	if h2, _ := m2.Hash(); h2 != h {
		t.Fatal("whitespace changed the hash")
	}
	if _, err := evidence.DecodeCanonicalManifest(spaced); !errors.Is(err, evidence.ErrMalformed) {
		t.Fatalf("non-canonical bytes accepted as canonical: %v", err)
	}
	// nil and empty params hash the same.
	m3 := *m
	m3.Architecture.Params = nil
	m4 := *m
	m4.Architecture.Params = map[string]float64{}
	h3, _ := m3.Hash()
	h4, _ := m4.Hash()
	if h3 != h4 {
		t.Fatal("nil and empty params hash differently")
	}
	// Any semantic change changes the hash.
	m5 := *m
	m5.Schedule.Seed++
	if h5, _ := m5.Hash(); h5 == h {
		t.Fatal("seed change kept the hash")
	}
}

func TestManifestStrictDecoding(t *testing.T) {
	c, _ := evidencetest.Manifest(evidence.DefaultChunkSize).Canonical()
	s := string(c)
	cases := []struct {
		name, doc, field string
	}{
		{"unknown field", strings.Replace(s, `{"version":1,`, `{"version":1,"extra":2,`, 1), `"extra"`},
		{"unknown nested field", strings.Replace(s, `"seed":42`, `"seed":42,"shuffle":true`, 1), `"schedule.shuffle"`},
		{"wrong case", strings.Replace(s, `"version":1`, `"Version":1`, 1), `"Version"`},
		{"missing field", strings.Replace(s, `,"batch_size":64`, ``, 1), `"schedule.batch_size"`},
		{"missing top field", strings.Replace(s, `"stride":100,`, ``, 1), `"stride"`},
		{"duplicate field", strings.Replace(s, `"stride":100,`, `"stride":100,"stride":100,`, 1), `"stride"`},
		{"stride does not divide", strings.Replace(s, `"stride":100`, `"stride":300`, 1), `"stride"`},
		{"zero batch", strings.Replace(s, `"batch_size":64`, `"batch_size":0`, 1), `"schedule.batch_size"`},
		{"chunk not power of two", strings.Replace(s, `"chunk_size":65536`, `"chunk_size":65537`, 1), `"chunk_size"`},
		{"negative steps", strings.Replace(s, `"total_steps":2000`, `"total_steps":-1`, 1), `total_steps`},
		{"bad hash", strings.Replace(s, `"boundary_hash":"0x`, `"boundary_hash":"0xzz`, 1), ``},
		{"zero boundary", strings.Replace(s, strings.Split(strings.Split(s, `"boundary_hash":"`)[1], `"`)[0], "0x"+strings.Repeat("0", 64), 1), `"boundary_hash"`},
		{"window too long", strings.Replace(s, `"challenge_window":86400`, `"challenge_window":315360001`, 1), `"challenge_window"`},
		{"zero window", strings.Replace(s, `"arbitration_window":7200`, `"arbitration_window":0`, 1), `"arbitration_window"`},
		{"wrong version", strings.Replace(s, `"version":1`, `"version":2`, 1), `"version"`},
		{"trailing data", s + `{}`, ``},
		{"not an object", `[1,2]`, ``},
		{"null nested", strings.Replace(s, `"precision":{"operand":"f32","accumulate":"f32"}`, `"precision":null`, 1), `"precision"`},
		{"limits inconsistent", strings.Replace(s, `"max_endpoint_bytes":1073741824`, `"max_endpoint_bytes":1`, 1), `"limits.max_endpoint_bytes"`},
	}
	for _, tc := range cases {
		if tc.doc == s {
			t.Fatalf("%s: replacement did not apply", tc.name)
		}
		_, err := evidence.DecodeManifest([]byte(tc.doc))
		if !errors.Is(err, evidence.ErrMalformed) {
			t.Errorf("%s: err = %v, want ErrMalformed", tc.name, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: error %q does not name %s", tc.name, err, tc.field)
		}
	}
}

func FuzzManifestDecode(f *testing.F) {
	c, _ := evidencetest.Manifest(evidence.DefaultChunkSize).Canonical()
	f.Add(c)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version":1,"version":1}`))
	f.Add(bytes.Replace(c, []byte(`"seed":42`), []byte(`"seed":4.2e1`), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := evidence.DecodeManifest(data)
		if err != nil {
			if !errors.Is(err, evidence.ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		canon, err := m.Canonical()
		if err != nil {
			t.Fatalf("decoded manifest does not encode: %v", err)
		}
		back, err := evidence.DecodeCanonicalManifest(canon)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v\n%s", err, canon)
		}
		again, _ := back.Canonical()
		if !bytes.Equal(canon, again) {
			t.Fatalf("canonical form unstable:\n%s\n%s", canon, again)
		}
	})
}

func TestDatasetCommitment(t *testing.T) {
	examples := make([][]byte, 11)
	for i := range examples {
		examples[i] = []byte(strings.Repeat(string(rune('a'+i)), i+1))
	}
	d, err := evidence.CommitDataset(examples)
	if err != nil {
		t.Fatal(err)
	}
	c := d.Commitment()
	if c.Count != 11 {
		t.Fatalf("count %d", c.Count)
	}
	for i, e := range examples {
		p, err := d.Proof(uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := evidence.VerifyExample(c, uint64(i), e, p); err != nil {
			t.Fatalf("example %d: %v", i, err)
		}
		if i > 0 {
			if err := evidence.VerifyExample(c, uint64(i), examples[i-1], p); !errors.Is(err, evidence.ErrInvalid) {
				t.Fatalf("example %d accepted another example: %v", i, err)
			}
		}
	}
	p0, _ := d.Proof(0)
	if err := evidence.VerifyExample(c, 1, examples[0], p0); err == nil {
		t.Fatal("example accepted at the wrong index")
	}
	// Order matters: a reordered dataset is a different commitment.
	swapped := append([][]byte{examples[1], examples[0]}, examples[2:]...)
	d2, _ := evidence.CommitDataset(swapped)
	if d2.Commitment().Root == c.Root {
		t.Fatal("reordering kept the root")
	}
	if _, err := evidence.CommitDataset(nil); err == nil {
		t.Fatal("empty dataset committed")
	}
}
