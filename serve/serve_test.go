package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
)

func TestServeRecordsAndSpotCheck(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Skip(err)
	}
	tr, err := infer.Train(src, "mlp-mnist", 10, 5)
	if err != nil {
		t.Fatal(err)
	}
	w, err := tr.Open()
	if err != nil {
		t.Fatal(err)
	}
	ref := tr.Job.Policy().Reference()
	inf, err := infer.NewServer(w, ref, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	store, err := OpenStore(dir, w.Hash, 3)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(NewServer("7", inf, store, Model{Job: "7"}, nil, zerolog.Nop()))
	defer hs.Close()
	cl, err := NewClient(hs.URL, "7", hs.Client())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	reqs, err := infer.TestRequests(tr.Job, w.Net, 4)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range reqs {
		a, err := cl.Ask(ctx, workload.TaskClassify, Query{ID: r.ID, Pixels: r.Pixels})
		if err != nil {
			t.Fatal(err)
		}
		if a.Output.Label == nil || a.Location.Index != uint64(i%3) || a.Location.Pending != (i != 2) {
			t.Fatalf("answer %d: %+v", i, a)
		}
	}
	post := func(path, body string) (int, string) {
		resp, err := hs.Client().Post(hs.URL+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		_, _ = b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String()
	}
	pix, _ := json.Marshal(reqs[0].Pixels)
	for _, c := range []struct {
		path, body string
		code       int
		says       string
	}{
		{"/v1/jobs/7/infer/classify", `{"pixels":[0.5]}`, 400, "784"},
		{"/v1/jobs/7/infer/classify", `{"pixels":` + strings.Replace(string(pix), "0", "2", 1) + `}`, 400, "[0,1]"},
		{"/v1/jobs/7/infer/classify", `{"pixel":[]}`, 400, "unknown field"},
		{"/v1/jobs/7/infer/classify", `{"pixels":` + string(pix) + `} {}`, 400, "trailing"},
		{"/v1/jobs/7/infer/classify", `not json`, 400, "request body"},
		{"/v1/jobs/7/infer/classify", `{"id":"test-0","pixels":` + string(pix) + `}`, 409, "already used"},
		{"/v1/jobs/7/infer/generate", `{"prompt":"a"}`, 404, "does classify"},
		{"/v1/jobs/8/infer/classify", `{"pixels":` + string(pix) + `}`, 404, "not served here"},
		{"/v1/jobs/7/infer/classify", `{"pixels":[` + strings.Repeat("0,", MaxBody/2) + `0]}`, 413, "over"},
	} {
		code, body := post(c.path, c.body)
		if code != c.code || !strings.Contains(body, c.says) {
			t.Errorf("POST %s %.40s: %d %q, want %d saying %q", c.path, c.body, code, body, c.code, c.says)
		}
	}
	for _, path := range []string{"/v1/jobs/7/inference/batches/9/records/0", "/v1/jobs/7/inference/batches/0/records/3", "/v1/jobs/7/inference/requests/nope"} {
		resp, err := hs.Client().Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 404 {
			t.Errorf("GET %s: %d, want 404", path, resp.StatusCode)
		}
	}
	if _, err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	batches, err := cl.Batches(ctx)
	if err != nil || len(batches) != 2 || batches[0].LeafCount != 3 || batches[1].LeafCount != 1 {
		t.Fatalf("batches %+v, %v", batches, err)
	}
	loc, err := cl.Locate(ctx, "test-3")
	if err != nil || loc.Batch != 1 || loc.Index != 0 || loc.Pending {
		t.Fatalf("locate: %+v %v", loc, err)
	}
	// A watchtower's spot check of every record, from the records as served.
	ins, err := infer.CalibrationInputs(w, reqs)
	if err != nil {
		t.Fatal(err)
	}
	cal, held := infer.SplitProfiles(tr.Job.Policy())
	bound, err := infer.Calibrate(w.Net, tr.Job.Policy(), ins, infer.CalibrationConfig{Verifier: ref, Profiles: cal[:3], HeldOut: held[:1]})
	if err != nil {
		t.Fatal(err)
	}
	v, err := infer.NewVerifier(w, bound, ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		for i := range b.LeafCount {
			o, err := cl.Record(ctx, b, i)
			if err != nil {
				t.Fatal(err)
			}
			if f := v.Check(o, []int{0, 1}); f.Outcome != infer.Honest || !f.Exact {
				t.Fatalf("record %d of batch %d: %+v", i, b.Index, f)
			}
		}
	}
	// The server's batch header must be the trusted one.
	other := batches[0]
	other.Root[0] ^= 1
	if _, err := cl.Record(ctx, other, 0); err == nil {
		t.Fatal("a record under another root was accepted")
	}
	// A restarted server serves the same committed batches.
	again, err := OpenStore(dir, w.Hash, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := again.Batches(); len(got) != 2 || got[0] != batches[0] || got[1] != batches[1] {
		t.Fatalf("reopened store: %+v", got)
	}
	if l, ok := again.Locate("test-1"); !ok || l.Batch != 0 || l.Index != 1 {
		t.Fatalf("reopened store locates test-1 at %+v", l)
	}
	if _, err := OpenStore(dir, other.Root, 3); err == nil {
		t.Fatal("a store of another model's records opened")
	}
}

func TestServeGenerate(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Skip(err)
	}
	tr, err := infer.Train(src, "charlm-moby", 2, 5)
	if err != nil {
		t.Fatal(err)
	}
	w, err := tr.Open()
	if err != nil {
		t.Fatal(err)
	}
	inf, err := infer.NewServer(w, tr.Job.Policy().Reference(), nil)
	if err != nil {
		t.Fatal(err)
	}
	store, err := OpenStore(t.TempDir(), w.Hash, 1)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(NewServer("3", inf, store, Model{Job: "3"}, nil, zerolog.Nop()))
	defer hs.Close()
	cl, err := NewClient(hs.URL, "3", hs.Client())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	q := Query{ID: "mine", Prompt: "Call me ", MaxTokens: 6, Temperature: 0.8, Seed: 9}
	a, err := cl.Ask(ctx, workload.TaskGenerate, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Output.Tokens) != 6 || a.Location.Pending {
		t.Fatalf("answer %+v", a)
	}
	for _, bad := range []Query{
		{Prompt: "Call me ", MaxTokens: 6, Temperature: -1},
		{Prompt: "Call me ", MaxTokens: 64},
		{Prompt: "", MaxTokens: 3},
		{Prompt: "Call me ", MaxTokens: 3, Pixels: []float32{0}},
	} {
		if _, err := cl.Ask(ctx, workload.TaskGenerate, bad); err == nil || !strings.Contains(err.Error(), "400") {
			t.Errorf("query %+v: %v, want a 400", bad, err)
		}
	}
	// The client finds its own record and checks it: the same sampled tokens from its logits.
	loc, err := cl.Locate(ctx, "mine")
	if err != nil {
		t.Fatal(err)
	}
	bs, err := cl.Batches(ctx)
	if err != nil || len(bs) != 1 {
		t.Fatalf("batches %+v %v", bs, err)
	}
	o, err := cl.Record(ctx, bs[loc.Batch], loc.Index)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := infer.DecodeRecord(o.Raw)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Request.Prompt != q.Prompt || rec.Request.Sampling.Seed != 9 || !slices.Equal(rec.Output.Tokens, a.Output.Tokens) {
		t.Fatalf("record %+v does not hold the request and answer", rec.Request)
	}
	in, err := rec.Edges[0].Values()
	if err != nil {
		t.Fatal(err)
	}
	cal, held := infer.SplitProfiles(tr.Job.Policy())
	bound, err := infer.Calibrate(w.Net, tr.Job.Policy(), []infer.Input{{Rows: rec.Edges[0].Rows, In: in}}, infer.CalibrationConfig{Verifier: tr.Job.Policy().Reference(), Profiles: cal[:2], HeldOut: held[:1]})
	if err != nil {
		t.Fatal(err)
	}
	v, err := infer.NewVerifier(w, bound, bound.Verifier)
	if err != nil {
		t.Fatal(err)
	}
	if f := v.Check(o, []int{0, 1, 2, 3}); f.Outcome != infer.Honest || !f.Exact {
		t.Fatalf("own record: %+v", f)
	}
}
