package evidence_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

type mapSource map[string]*evidence.Bundle

func (m mapSource) Load(job string, e uint64) (*evidence.Bundle, error) {
	if b, ok := m[job]; ok && e == 1 {
		return b, nil
	}
	return nil, evidence.ErrNotFound
}

// recSleeper records requested waits and returns at once.
type recSleeper struct {
	mu     sync.Mutex
	waits  []time.Duration
	cancel bool
}

func (s *recSleeper) Sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waits = append(s.waits, d)
	return ctx.Err()
}

var ref = evidence.EndpointRef{Job: "job", Endpoint: 1}

// fixture serves an honest bundle through evidence.Server, with hostile behaviour injected by
// wrap (nil: honest).
func fixture(t *testing.T, wrap func(honest http.Handler) http.Handler) (*evidence.Bundle, *httptest.Server) {
	t.Helper()
	b := evidencetest.Bundle(1, testChunk, 3000, 500)
	var h http.Handler = evidence.NewServer(mapSource{"job": b}, evidence.ServerOptions{})
	if wrap != nil {
		h = wrap(h)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return b, srv
}

func newClient(t *testing.T, url string, sl *recSleeper, mod func(*evidence.ClientOptions)) *evidence.Client {
	t.Helper()
	o := evidence.ClientOptions{RequestTimeout: 2 * time.Second, MaxAttempts: 3, Sleeper: sl,
		Jitter: func(max time.Duration) time.Duration { return max - 1 }}
	if mod != nil {
		mod(&o)
	}
	c, err := evidence.NewClient(url, o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func fetch(t *testing.T, b *evidence.Bundle, c *evidence.Client) (*evidence.Fetched, error) {
	t.Helper()
	return c.FetchEndpoint(context.Background(), ref, b.Commitment.Anchor(), b.Commitment.ManifestHash)
}

func wantOutcome(t *testing.T, err, outcome error) *evidence.FetchError {
	t.Helper()
	var fe *evidence.FetchError
	if !errors.Is(err, outcome) || !errors.As(err, &fe) {
		t.Fatalf("err = %v, want a *FetchError wrapping %v", err, outcome)
	}
	for _, other := range []error{evidence.ErrUnavailable, evidence.ErrInvalid, evidence.ErrMalformed} {
		if other != outcome && errors.Is(err, other) {
			t.Fatalf("err %v wraps both %v and %v", err, outcome, other)
		}
	}
	return fe
}

func TestClientFetchesHonestEndpoint(t *testing.T) {
	b, srv := fixture(t, nil)
	f, err := fetch(t, b, newClient(t, srv.URL, &recSleeper{}, nil))
	if err != nil {
		t.Fatal(err)
	}
	want := b.Endpoint
	if len(f.Endpoint.State) != len(want.State) || len(f.Endpoint.Gradient) != len(want.Gradient) {
		t.Fatal("tensor count differs")
	}
	for i := range want.State {
		if string(f.Endpoint.State[i].Data) != string(want.State[i].Data) || f.Endpoint.State[i].DType != want.State[i].DType {
			t.Fatalf("state tensor %q differs", want.State[i].Name)
		}
	}
	g, _ := f.Endpoint.Gradient[0].F32s()
	wg, _ := want.Gradient[0].F32s()
	if len(g) != 3000 || g[2999] != wg[2999] {
		t.Fatal("gradient differs")
	}
	if f.Endpoint.Metadata.Step != want.Metadata.Step || f.Manifest.Stride != 100 {
		t.Fatal("metadata or manifest differs")
	}
	// Re-committing what was fetched reproduces the anchor.
	c, err := evidence.Commit(b.Commitment.ManifestHash, f.Endpoint, evidence.CommitOptions{})
	if err != nil || c.Root() != b.Commitment.Root() {
		t.Fatalf("fetched endpoint does not reproduce the root: %v", err)
	}
}

func TestClientChunkWithProof(t *testing.T) {
	b, srv := fixture(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/chunks/3") {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, r)
				proof, err := evidence.ParseProof(rec.Header().Get(evidence.HeaderProof))
				if err != nil || len(proof) == 0 {
					panic(err)
				}
				proof[0][7] ^= 1
				w.Header().Set(evidence.HeaderLeaf, rec.Header().Get(evidence.HeaderLeaf))
				w.Header().Set(evidence.HeaderProof, evidence.FormatProof(proof))
				w.Write(rec.Body.Bytes())
				return
			}
			h.ServeHTTP(w, r)
		})
	})
	c := newClient(t, srv.URL, &recSleeper{}, nil)
	a := b.Commitment.Anchor()
	leaf, data, err := c.Chunk(context.Background(), ref, a, 2, testChunk)
	if err != nil {
		t.Fatal(err)
	}
	if leaf != b.Commitment.Leaves[2] || len(data) != int(leaf.Length) {
		t.Fatalf("leaf %+v", leaf)
	}
	_, _, err = c.Chunk(context.Background(), ref, a, 3, testChunk)
	if fe := wantOutcome(t, err, evidence.ErrInvalid); fe.Attempts != 1 {
		t.Fatalf("an invalid proof was retried (%d attempts)", fe.Attempts)
	}
	// The manifest leaf is not a chunk.
	_, _, err = c.Chunk(context.Background(), ref, a, 0, testChunk)
	wantOutcome(t, err, evidence.ErrUnavailable)
}

// hostile returns a wrapper that answers requests whose path contains sub with h (for
// tensor streams, only those of tensor w0a).
func hostile(sub string, h http.HandlerFunc) func(http.Handler) http.Handler {
	return func(honest http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.Contains(r.URL.Path, sub) && (!strings.Contains(sub, "/tensors/") || r.URL.Query().Get("name") == "w0a") {
				h(w, r)
				return
			}
			honest.ServeHTTP(w, r)
		})
	}
}

// honestBody captures what the honest server answers.
func honestBody(h http.Handler, r *http.Request) []byte {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec.Body.Bytes()
}

func TestClientHostileServers(t *testing.T) {
	cases := []struct {
		name    string
		wrap    func(http.Handler) http.Handler
		opts    func(*evidence.ClientOptions)
		outcome error
	}{
		{"wrong tensor bytes", func(h http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.Contains(r.URL.Path, "/tensors/gradient") {
					body := honestBody(h, r)
					body[len(body)-1] ^= 1
					w.Write(body)
					return
				}
				h.ServeHTTP(w, r)
			})
		}, nil, evidence.ErrInvalid},
		{"endless tensor body", func(h http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.Contains(r.URL.Path, "/tensors/state") {
					w.Write(honestBody(h, r))
					junk := make([]byte, 1<<16)
					for r.Context().Err() == nil {
						if _, err := w.Write(junk); err != nil {
							return
						}
					}
					return
				}
				h.ServeHTTP(w, r)
			})
		}, nil, evidence.ErrMalformed},
		{"endless manifest", hostile("/manifest", func(w http.ResponseWriter, r *http.Request) {
			junk := []byte(strings.Repeat("{", 1<<16))
			for r.Context().Err() == nil {
				if _, err := w.Write(junk); err != nil {
					return
				}
			}
		}), nil, evidence.ErrMalformed},
		{"oversized metadata", hostile("/metadata", func(w http.ResponseWriter, r *http.Request) {
			w.Write(make([]byte, 2<<20)) // manifest limit is 1 MiB
		}), nil, evidence.ErrMalformed},
		{"garbage leaf list", hostile("/leaves", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`{"root": "0x12", leaves: [`))
		}), nil, evidence.ErrMalformed},
		{"leaf list of another endpoint", hostile("/leaves", func(w http.ResponseWriter, r *http.Request) {
			w.Write(mustJSON(evidencetest.Bundle(9, testChunk, 3000, 500).Commitment.LeafList()))
		}), nil, evidence.ErrInvalid},
		{"wrong manifest", hostile("/manifest", func(w http.ResponseWriter, r *http.Request) {
			m, _ := evidencetest.Manifest(2 * testChunk).Canonical()
			w.Write(m)
		}), nil, evidence.ErrInvalid},
		{"always 500", hostile("/leaves", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "boom", http.StatusInternalServerError)
		}), nil, evidence.ErrUnavailable},
		{"404", hostile("/metadata", http.NotFound), nil, evidence.ErrUnavailable},
		{"stall mid-stream every time", hostile("/tensors/state", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "100000")
			w.Write(make([]byte, 100))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}), func(o *evidence.ClientOptions) { o.RequestTimeout = 150 * time.Millisecond }, evidence.ErrUnavailable},
		{"truncated body every time", hostile("/tensors/state", func(w http.ResponseWriter, r *http.Request) {
			w.Write(make([]byte, 100)) // shorter than any committed tensor here
		}), nil, evidence.ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, srv := fixture(t, tc.wrap)
			start := time.Now()
			_, err := fetch(t, b, newClient(t, srv.URL, &recSleeper{}, tc.opts))
			wantOutcome(t, err, tc.outcome)
			if d := time.Since(start); d > 5*time.Second {
				t.Fatalf("took %v", d)
			}
		})
	}
}

func TestClientRetriesThenSucceeds(t *testing.T) {
	var n atomic.Int32
	b, srv := fixture(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/leaves") && n.Add(1) <= 2 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			h.ServeHTTP(w, r)
		})
	})
	sl := &recSleeper{}
	if _, err := fetch(t, b, newClient(t, srv.URL, sl, nil)); err != nil {
		t.Fatal(err)
	}
	// Jitter is pinned to its maximum: waits are d/2 + d/2 for d = 250ms, 500ms.
	if len(sl.waits) != 2 || sl.waits[0] != 250*time.Millisecond || sl.waits[1] != 500*time.Millisecond {
		t.Fatalf("backoff waits %v", sl.waits)
	}
}

func TestClientResumesStalledStream(t *testing.T) {
	var stalled atomic.Bool
	var froms []string
	var mu sync.Mutex
	b, srv := fixture(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.Contains(r.URL.Path, "/tensors/gradient") && r.URL.Query().Get("name") == "w0a" {
				mu.Lock()
				froms = append(froms, r.URL.Query().Get("from"))
				mu.Unlock()
				if !stalled.Swap(true) {
					body := honestBody(h, r)
					w.Write(body[:2*testChunk+10]) // two whole chunks and a bit
					w.(http.Flusher).Flush()
					<-r.Context().Done()
					return
				}
			}
			h.ServeHTTP(w, r)
		})
	})
	c := newClient(t, srv.URL, &recSleeper{}, func(o *evidence.ClientOptions) { o.RequestTimeout = 200 * time.Millisecond })
	f, err := fetch(t, b, c)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(froms, ",") != "0,2" {
		t.Fatalf("requests from chunks %v, want a resume at chunk 2", froms)
	}
	if string(f.Endpoint.Gradient[0].Data) != string(b.Endpoint.Gradient[0].Data) {
		t.Fatal("resumed tensor differs")
	}
}

func TestClientConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	sl := &recSleeper{}
	b := evidencetest.Bundle(1, testChunk, 10)
	c := newClient(t, "http://"+addr, sl, func(o *evidence.ClientOptions) { o.MaxAttempts = 4 })
	_, err = fetch(t, b, c)
	fe := wantOutcome(t, err, evidence.ErrUnavailable)
	if fe.Attempts != 4 || len(sl.waits) != 3 || !(sl.waits[0] < sl.waits[1] && sl.waits[1] < sl.waits[2]) {
		t.Fatalf("attempts %d, waits %v", fe.Attempts, sl.waits)
	}
	if !strings.Contains(fe.URL, addr) || fe.Op != "manifest" {
		t.Fatalf("error lacks context: %+v", fe)
	}
}

func TestClientTotalDeadline(t *testing.T) {
	b, srv := fixture(t, hostile("/leaves", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		http.Error(w, "busy", http.StatusServiceUnavailable)
	}))
	c := newClient(t, srv.URL, &recSleeper{}, func(o *evidence.ClientOptions) {
		o.MaxAttempts = 1 << 20
		o.TotalTimeout = 300 * time.Millisecond
	})
	start := time.Now()
	_, err := fetch(t, b, c)
	wantOutcome(t, err, evidence.ErrUnavailable)
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("total deadline not enforced: %v", d)
	}
}

func TestClientLimitsFromManifest(t *testing.T) {
	b, srv := fixture(t, nil)
	c := newClient(t, srv.URL, &recSleeper{}, func(o *evidence.ClientOptions) { o.Caps.MaxTensorBytes = 4000 })
	_, err := fetch(t, b, c)
	wantOutcome(t, err, evidence.ErrMalformed) // w0a is 12000 bytes
	c = newClient(t, srv.URL, &recSleeper{}, func(o *evidence.ClientOptions) { o.Caps.MaxLeaves = 5 })
	_, err = fetch(t, b, c)
	wantOutcome(t, err, evidence.ErrMalformed)
}

func TestClientRefusesRedirects(t *testing.T) {
	var elsewhere atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		elsewhere.Add(1)
		w.Write([]byte("{}"))
	}))
	t.Cleanup(other.Close)
	for _, tc := range []struct {
		name, path string
		status     int
		target     func(self string) string
	}{
		{"manifest to another host", "/manifest", http.StatusFound, func(string) string { return other.URL + "/latest/meta-data" }},
		{"leaves to another host, permanent", "/leaves", http.StatusPermanentRedirect, func(string) string { return other.URL + "/leaves" }},
		{"tensor stream to another host", "/tensors/state", http.StatusTemporaryRedirect, func(string) string { return other.URL + "/x" }},
		{"to the same host", "/metadata", http.StatusMovedPermanently, func(self string) string { return self + "/elsewhere" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var self string
			b, srv := fixture(t, hostile(tc.path, func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, tc.target(self), tc.status)
			}))
			self = srv.URL
			start := time.Now()
			_, err := fetch(t, b, newClient(t, srv.URL, &recSleeper{}, nil))
			fe := wantOutcome(t, err, evidence.ErrUnavailable)
			if fe.Attempts != 1 || !strings.Contains(err.Error(), "redirect") || !strings.Contains(err.Error(), "refused") {
				t.Fatalf("want one attempt and a redirect refusal, got %v", err)
			}
			if n := elsewhere.Load(); n != 0 {
				t.Fatalf("the other host got %d requests", n)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Fatalf("took %v", d)
			}
		})
	}
	// A caller's own http.Client does not bring redirects back.
	b, srv := fixture(t, hostile("/manifest", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL, http.StatusFound)
	}))
	c := newClient(t, srv.URL, &recSleeper{}, func(o *evidence.ClientOptions) { o.HTTPClient = &http.Client{} })
	_, err := fetch(t, b, c)
	wantOutcome(t, err, evidence.ErrUnavailable)
	if elsewhere.Load() != 0 {
		t.Fatal("a caller's http.Client followed the redirect")
	}
}

// trickle serves the honest tensor stream one chunk every gap: never idle for long enough to
// trip the idle timeout, never finishing in time.
func trickle(gap time.Duration, froms *[]string, mu *sync.Mutex) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.URL.Path, "/tensors/") || r.URL.Query().Get("name") != "w0a" {
				h.ServeHTTP(w, r)
				return
			}
			mu.Lock()
			*froms = append(*froms, r.URL.Query().Get("from"))
			mu.Unlock()
			body := honestBody(h, r)
			for len(body) > 0 && r.Context().Err() == nil {
				n := min(len(body), testChunk)
				if _, err := w.Write(body[:n]); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				body = body[n:]
				select {
				case <-time.After(gap):
				case <-r.Context().Done():
				}
			}
		})
	}
}

func TestClientSlowLorisHitsTotalDeadline(t *testing.T) {
	var froms []string
	var mu sync.Mutex
	// w0a has 12 chunks: 12 x 120 ms = 1.4 s per tensor, each chunk well inside the idle timeout.
	b, srv := fixture(t, trickle(120*time.Millisecond, &froms, &mu))
	c := newClient(t, srv.URL, &recSleeper{}, func(o *evidence.ClientOptions) {
		o.RequestTimeout = 400 * time.Millisecond
		o.RequestDeadline = -1
		o.TotalTimeout = 500 * time.Millisecond
	})
	start := time.Now()
	_, err := fetch(t, b, c)
	d := time.Since(start)
	wantOutcome(t, err, evidence.ErrUnavailable)
	if !strings.Contains(err.Error(), "total deadline of 500ms") {
		t.Fatalf("error does not name the total deadline: %v", err)
	}
	if d < 400*time.Millisecond || d > 1500*time.Millisecond {
		t.Fatalf("took %v with a total deadline of 500ms", d)
	}
}

func TestClientRequestDeadlineResumes(t *testing.T) {
	var froms []string
	var mu sync.Mutex
	b, srv := fixture(t, trickle(60*time.Millisecond, &froms, &mu))
	c := newClient(t, srv.URL, &recSleeper{}, func(o *evidence.ClientOptions) {
		o.RequestTimeout = time.Second
		o.RequestDeadline = 250 * time.Millisecond
		o.MaxAttempts = 20
	})
	f, err := fetch(t, b, c)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	// Each request is cut after about 4 of the 12 chunks and the next resumes after them.
	if len(froms) < 3 || froms[0] != "0" || froms[1] == "0" {
		t.Fatalf("requests from chunks %v, want requests cut by the deadline and resumed", froms)
	}
	if string(f.Endpoint.State[0].Data) != string(b.Endpoint.State[0].Data) {
		t.Fatal("resumed tensor differs")
	}
}
