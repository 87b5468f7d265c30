package evidence_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

const chunk = 1 << 10

// countingSource counts loads to show the cache spares re-verification.
type countingSource struct {
	evidence.Source
	n atomic.Int32
}

func (c *countingSource) Load(job string, e uint64) (*evidence.Bundle, error) {
	c.n.Add(1)
	return c.Source.Load(job, e)
}

func setup(t *testing.T) (*evidence.Bundle, *countingSource, *httptest.Server) {
	t.Helper()
	st, err := evidence.OpenStore(t.TempDir(), evidence.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b := evidencetest.Bundle(4, chunk, 2000, 300)
	if err := st.Put("job-7", 4, b); err != nil {
		t.Fatal(err)
	}
	src := &countingSource{Source: st}
	srv := httptest.NewServer(evidence.NewServer(src, evidence.ServerOptions{CacheSize: 2}))
	t.Cleanup(srv.Close)
	return b, src, srv
}

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

func TestServerEndpoints(t *testing.T) {
	b, src, srv := setup(t)
	base := srv.URL + "/v1/jobs/job-7/endpoints/4/"
	resp, body := get(t, base+"leaves")
	if resp.StatusCode != 200 {
		t.Fatalf("leaves: %s", resp.Status)
	}
	var list evidence.LeafList
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatal(err)
	}
	if err := evidence.VerifyLeafList(&list, b.Commitment.Anchor()); err != nil {
		t.Fatal(err)
	}
	if _, body := get(t, base+"manifest"); string(body) != string(b.ManifestJSON) {
		t.Fatal("manifest differs")
	}
	if _, body := get(t, base+"metadata"); string(body) != string(b.Commitment.MetadataJSON) {
		t.Fatal("metadata differs")
	}
	resp, body = get(t, base+"chunks/3")
	leaf := b.Commitment.Leaves[3]
	proof, err := evidence.ParseProof(resp.Header.Get(evidence.HeaderProof))
	if err != nil || evidence.VerifyProof(b.Commitment.Root(), b.Commitment.LeafCount(), 3, leaf.Payload, proof) != nil || uint64(len(body)) != leaf.Length {
		t.Fatalf("chunk 3: proof %v, %d bytes", err, len(body))
	}
	w, _ := b.Endpoint.FindTensor(evidence.KindGradient, "w0a")
	if _, body := get(t, base+"tensors/gradient?name=w0a&from=2"); string(body) != string(w.Data[2*chunk:]) {
		t.Fatalf("tensor from chunk 2: %d bytes", len(body))
	}
	for path, code := range map[string]int{
		"chunks/0":                       404, // the manifest leaf is not a chunk
		"chunks/999":                     404,
		"tensors/gradient?name=nope":     404,
		"tensors/weights?name=w0a":       404,
		"tensors/state?name=w0a&from=99": 400,
	} {
		if resp, _ := get(t, base+path); resp.StatusCode != code {
			t.Errorf("%s: %s, want %d", path, resp.Status, code)
		}
	}
	if resp, _ := get(t, srv.URL+"/v1/jobs/job-7/endpoints/5/leaves"); resp.StatusCode != 404 {
		t.Errorf("unknown endpoint: %s", resp.Status)
	}
	if resp, _ := get(t, srv.URL+"/v1/jobs/..%2Fx/endpoints/4/leaves"); resp.StatusCode != 400 {
		t.Errorf("bad job key: %s", resp.Status)
	}
	if n := src.n.Load(); n != 2 { // job-7/4 once (cached), job-7/5 once
		t.Errorf("%d loads, want 2", n)
	}
}

func TestServerWithClient(t *testing.T) {
	b, _, srv := setup(t)
	c, err := evidence.NewClient(srv.URL, evidence.ClientOptions{RequestTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	f, err := c.FetchEndpoint(context.Background(), evidence.EndpointRef{Job: "job-7", Endpoint: 4}, b.Commitment.Anchor(), b.Commitment.ManifestHash)
	if err != nil {
		t.Fatal(err)
	}
	re, err := evidence.Commit(f.Leaves.Leaves[0].Digest, f.Endpoint, evidence.CommitOptions{})
	if err != nil || re.Root() != b.Commitment.Root() {
		t.Fatalf("fetched evidence does not reproduce the root: %v", err)
	}
}
