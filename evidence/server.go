package evidence

import (
	"container/list"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"github.com/rs/zerolog"
)

// Source yields the evidence of one endpoint; *Store implements it.
type Source interface {
	Load(job string, endpoint uint64) (*Bundle, error)
}

// StepSource yields the step states of disputed intervals (see Steps). Errors wrapping
// ErrNotFound mean the interval is not disputed or the state does not exist.
type StepSource interface {
	StepRoots(job string, k uint64) ([]Hash32, error)
	LoadStep(job string, k, j uint64) (*Bundle, error)
}

// ServerOptions configures a Server.
type ServerOptions struct {
	Logger zerolog.Logger // zero value logs nothing
	// Steps serves the step states of step-level disputes; nil answers 404 to those routes.
	Steps StepSource
	// CacheSize is how many endpoints stay loaded (loading re-verifies every hash). Default 4.
	CacheSize int
}

// Server is the provider side of the HTTP API in api.go; Client is the other side.
type Server struct {
	src   Source
	steps StepSource
	log   zerolog.Logger
	mux   *http.ServeMux
	mu    sync.Mutex
	lru   *list.List // of *cacheEntry, most recent first
	size  int
}

type cacheEntry struct {
	key    string
	bundle *Bundle
}

// NewServer returns a server over src.
func NewServer(src Source, opts ServerOptions) *Server {
	s := &Server{src: src, steps: opts.Steps, log: opts.Logger, mux: http.NewServeMux(), lru: list.New(), size: opts.CacheSize}
	if s.size <= 0 {
		s.size = 4
	}
	s.mux.HandleFunc(RouteManifest, s.handleManifest)
	s.mux.HandleFunc(RouteMetadata, s.handleMetadata)
	s.mux.HandleFunc(RouteLeaves, s.handleLeaves)
	s.mux.HandleFunc(RouteChunk, s.handleChunk)
	s.mux.HandleFunc(RouteTensor, s.handleTensor)
	// A step state is served exactly like an endpoint; load tells them apart.
	s.mux.HandleFunc(RouteStepManifest, s.handleManifest)
	s.mux.HandleFunc(RouteStepMetadata, s.handleMetadata)
	s.mux.HandleFunc(RouteStepLeaves, s.handleLeaves)
	s.mux.HandleFunc(RouteStepChunk, s.handleChunk)
	s.mux.HandleFunc(RouteStepTensor, s.handleTensor)
	s.mux.HandleFunc(RouteStepRoots, s.handleStepRoots)
	return s
}

func (s *Server) handleStepRoots(w http.ResponseWriter, r *http.Request) {
	job := r.PathValue("job")
	k, err := strconv.ParseUint(r.PathValue("interval"), 10, 64)
	if err != nil || ValidJobKey(job) != nil {
		http.Error(w, "bad job or interval", http.StatusBadRequest)
		return
	}
	if s.steps == nil {
		http.Error(w, "this server serves no step states", http.StatusNotFound)
		return
	}
	roots, err := s.steps.StepRoots(job, k)
	if !s.answerLoadErr(w, err, job, "interval", k) {
		return
	}
	body, err := json.Marshal(StepRoots{Interval: k, Roots: roots})
	if err != nil {
		http.Error(w, "encode step roots", http.StatusInternalServerError)
		return
	}
	writeBody(w, "application/json", body)
}

// answerLoadErr answers a failed load itself and reports whether err was nil.
func (s *Server) answerLoadErr(w http.ResponseWriter, err error, job, what string, n uint64) bool {
	switch {
	case err == nil:
		return true
	case errors.Is(err, ErrNotFound):
		http.Error(w, "no evidence for this "+what, http.StatusNotFound)
	default:
		s.log.Error().Err(err).Str("job", job).Uint64(what, n).Msg("load evidence")
		http.Error(w, "evidence unavailable", http.StatusInternalServerError)
	}
	return false
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Server) bundle(job string, endpoint uint64) (*Bundle, error) {
	key := job + "/" + strconv.FormatUint(endpoint, 10)
	s.mu.Lock()
	for e := s.lru.Front(); e != nil; e = e.Next() {
		if ce := e.Value.(*cacheEntry); ce.key == key {
			s.lru.MoveToFront(e)
			s.mu.Unlock()
			return ce.bundle, nil
		}
	}
	s.mu.Unlock()
	// Loaded outside the lock: loads verify hashes and may take a while.
	b, err := s.src.Load(job, endpoint)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lru.PushFront(&cacheEntry{key: key, bundle: b})
	for s.lru.Len() > s.size {
		s.lru.Remove(s.lru.Back())
	}
	return b, nil
}

// load resolves the {job}/{endpoint} or {job}/{interval}/{step} of a request, answering the
// error itself.
func (s *Server) load(w http.ResponseWriter, r *http.Request) (*Bundle, bool) {
	job := r.PathValue("job")
	if r.PathValue("interval") != "" {
		k, err1 := strconv.ParseUint(r.PathValue("interval"), 10, 64)
		j, err2 := strconv.ParseUint(r.PathValue("step"), 10, 64)
		if err1 != nil || err2 != nil || ValidJobKey(job) != nil {
			http.Error(w, "bad job, interval or step", http.StatusBadRequest)
			return nil, false
		}
		if s.steps == nil {
			http.Error(w, "this server serves no step states", http.StatusNotFound)
			return nil, false
		}
		b, err := s.steps.LoadStep(job, k, j)
		return b, s.answerLoadErr(w, err, job, "step", j)
	}
	ep, err := strconv.ParseUint(r.PathValue("endpoint"), 10, 64)
	if err != nil || ValidJobKey(job) != nil {
		http.Error(w, "bad job or endpoint", http.StatusBadRequest)
		return nil, false
	}
	b, err := s.bundle(job, ep)
	return b, s.answerLoadErr(w, err, job, "endpoint", ep)
}

func (s *Server) handleManifest(w http.ResponseWriter, r *http.Request) {
	if b, ok := s.load(w, r); ok {
		writeBody(w, "application/json", b.ManifestJSON)
	}
}

func (s *Server) handleMetadata(w http.ResponseWriter, r *http.Request) {
	if b, ok := s.load(w, r); ok {
		writeBody(w, "application/json", b.Commitment.MetadataJSON)
	}
}

func (s *Server) handleLeaves(w http.ResponseWriter, r *http.Request) {
	b, ok := s.load(w, r)
	if !ok {
		return
	}
	body, err := json.Marshal(b.Commitment.LeafList())
	if err != nil {
		http.Error(w, "encode leaf list", http.StatusInternalServerError)
		return
	}
	writeBody(w, "application/json", body)
}

func (s *Server) handleChunk(w http.ResponseWriter, r *http.Request) {
	b, ok := s.load(w, r)
	if !ok {
		return
	}
	c := b.Commitment
	idx, err := strconv.ParseUint(r.PathValue("index"), 10, 64)
	if err != nil || idx >= c.LeafCount() {
		http.Error(w, "no such leaf", http.StatusNotFound)
		return
	}
	leaf := c.Leaves[idx]
	if leaf.Kind != KindState && leaf.Kind != KindGradient {
		http.Error(w, fmt.Sprintf("leaf %d is the %s leaf, not a chunk", idx, leaf.Kind), http.StatusNotFound)
		return
	}
	data, err := chunkOf(b, &leaf)
	if err != nil {
		s.log.Error().Err(err).Uint64("leaf", idx).Msg("chunk")
		http.Error(w, "chunk unavailable", http.StatusInternalServerError)
		return
	}
	proof, err := c.Proof(idx)
	if err != nil {
		http.Error(w, "proof unavailable", http.StatusInternalServerError)
		return
	}
	lj, err := json.Marshal(&leaf)
	if err != nil {
		http.Error(w, "encode leaf", http.StatusInternalServerError)
		return
	}
	w.Header().Set(HeaderLeaf, string(lj))
	w.Header().Set(HeaderProof, FormatProof(proof))
	writeBody(w, "application/octet-stream", data)
}

func chunkOf(b *Bundle, leaf *Leaf) ([]byte, error) {
	t, err := b.Endpoint.FindTensor(leaf.Kind, leaf.Tensor)
	if err != nil {
		return nil, err
	}
	return ChunkBytes(t, leaf.Chunk, b.Commitment.ChunkSize)
}

// handleTensor streams chunks from ?from= of tensor ?name=, one write and flush per chunk,
// so a client verifies chunks as they arrive and can resume after a failure.
func (s *Server) handleTensor(w http.ResponseWriter, r *http.Request) {
	b, ok := s.load(w, r)
	if !ok {
		return
	}
	kind, err := ParseChunkKind(r.PathValue("kind"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	q := r.URL.Query()
	name := q.Get("name")
	t, err := b.Endpoint.FindTensor(kind, name)
	if err != nil {
		http.Error(w, "no such tensor", http.StatusNotFound)
		return
	}
	cs := b.Commitment.ChunkSize
	chunks := ChunkCount(uint64(len(t.Data)), cs)
	from := uint64(0)
	if f := q.Get("from"); f != "" {
		if from, err = strconv.ParseUint(f, 10, 64); err != nil || from >= chunks {
			http.Error(w, "bad from", http.StatusBadRequest)
			return
		}
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.FormatUint(uint64(len(t.Data))-min(from*cs, uint64(len(t.Data))), 10))
	flusher, _ := w.(http.Flusher)
	for c := from; c < chunks; c++ {
		if r.Context().Err() != nil {
			return
		}
		data, err := ChunkBytes(t, c, cs)
		if err != nil {
			return
		}
		if _, err := w.Write(data); err != nil {
			return // client went away
		}
		if flusher != nil {
			flusher.Flush()
		}
	}
}

func writeBody(w http.ResponseWriter, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body) // a failed write means the client left; nothing to do
}
