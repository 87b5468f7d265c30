package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
)

// Server serves one job's final model and its records over the API in api.go.
type Server struct {
	job   string
	inf   *infer.Server
	store *Store
	log   zerolog.Logger
	mux   *http.ServeMux
	desc  Model
	seq   atomic.Uint64
}

// NewServer serves inf for job key job, keeping records in store. Evidence, if not nil, also
// answers the evidence routes (the final endpoint a verifier checks the weights against).
func NewServer(job string, inf *infer.Server, store *Store, desc Model, evidenceRoutes http.Handler, log zerolog.Logger) *Server {
	s := &Server{job: job, inf: inf, store: store, log: log, mux: http.NewServeMux(), desc: desc}
	s.mux.HandleFunc(RouteInfer, s.handleInfer)
	s.mux.HandleFunc(RouteModel, s.handleModel)
	s.mux.HandleFunc(RouteBatches, s.handleBatches)
	s.mux.HandleFunc(RouteRecord, s.handleRecord)
	s.mux.HandleFunc(RouteLocation, s.handleLocation)
	if evidenceRoutes != nil {
		s.mux.Handle("/v1/jobs/{job}/endpoints/", evidenceRoutes)
	}
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func fail(w http.ResponseWriter, code int, format string, args ...any) {
	http.Error(w, fmt.Sprintf(format, args...), code)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v) // a client that went away cannot be told

}

// ourJob answers 404 for another job's key.
func (s *Server) ourJob(w http.ResponseWriter, r *http.Request) bool {
	if r.PathValue("job") != s.job {
		fail(w, http.StatusNotFound, "job %q is not served here (this server serves job %s)", r.PathValue("job"), s.job)
		return false
	}
	return true
}

func (s *Server) handleInfer(w http.ResponseWriter, r *http.Request) {
	if !s.ourJob(w, r) {
		return
	}
	task := workload.Task(r.PathValue("task"))
	if task != s.inf.Network().Task() {
		fail(w, http.StatusNotFound, "task %q: this model does %s", task, s.inf.Network().Task())
		return
	}
	body, err := readBody(w, r)
	if err != nil {
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var q Query
	if err := dec.Decode(&q); err != nil {
		fail(w, http.StatusBadRequest, "request body: %v", err)
		return
	}
	if dec.More() {
		fail(w, http.StatusBadRequest, "request body: trailing data after the JSON object")
		return
	}
	if q.ID == "" {
		q.ID = "r" + strconv.FormatUint(s.seq.Add(1), 10)
	}
	if len(q.ID) > 128 {
		fail(w, http.StatusBadRequest, "id of %d bytes, at most 128", len(q.ID))
		return
	}
	if _, used := s.store.Locate(q.ID); used {
		fail(w, http.StatusConflict, "request id %q already used", q.ID)
		return
	}
	req := infer.Request{ID: q.ID, Task: task, Pixels: q.Pixels, Prompt: q.Prompt, MaxTokens: q.MaxTokens, Noisy: q.Noisy, Level: q.Level}
	if task == workload.TaskGenerate {
		req.Sampling = &infer.Sampling{Temperature: q.Temperature, Seed: q.Seed}
	}
	rec, err := s.inf.Serve(req)
	if err != nil {
		fail(w, http.StatusBadRequest, "%v", err)
		return
	}
	raw, err := rec.Encode()
	if err != nil {
		fail(w, http.StatusInternalServerError, "%v", err)
		return
	}
	loc, err := s.store.Add(q.ID, raw)
	switch {
	case errors.Is(err, ErrDuplicate):
		fail(w, http.StatusConflict, "%v", err)
		return
	case err != nil:
		s.log.Error().Err(err).Msg("keep record")
		fail(w, http.StatusInternalServerError, "keep record: %v", err)
		return
	}
	writeJSON(w, Answer{ID: q.ID, Output: rec.Output, Location: loc})
}

// readBody reads at most MaxBody bytes, answering 413 beyond.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	var buf bytes.Buffer
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, MaxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		fail(w, http.StatusRequestEntityTooLarge, "request body over %d bytes", MaxBody)
		return nil, err
	case err != nil:
		fail(w, http.StatusBadRequest, "request body: %v", err)
		return nil, err
	}
	return buf.Bytes(), nil
}

func (s *Server) handleModel(w http.ResponseWriter, r *http.Request) {
	if !s.ourJob(w, r) {
		return
	}
	d := s.desc
	d.Batches, d.Pending = uint64(len(s.store.Batches())), s.store.Pending()
	writeJSON(w, d)
}

func (s *Server) handleBatches(w http.ResponseWriter, r *http.Request) {
	if !s.ourJob(w, r) {
		return
	}
	writeJSON(w, s.store.Batches())
}

func pathUint(w http.ResponseWriter, r *http.Request, name string) (uint64, bool) {
	v, err := strconv.ParseUint(r.PathValue(name), 10, 64)
	if err != nil {
		fail(w, http.StatusBadRequest, "%s %q: want a decimal number", name, r.PathValue(name))
		return 0, false
	}
	return v, true
}

func (s *Server) handleRecord(w http.ResponseWriter, r *http.Request) {
	if !s.ourJob(w, r) {
		return
	}
	b, ok := pathUint(w, r, "batch")
	if !ok {
		return
	}
	i, ok := pathUint(w, r, "index")
	if !ok {
		return
	}
	o, err := s.store.Open(b, i)
	if errors.Is(err, evidence.ErrNotFound) {
		fail(w, http.StatusNotFound, "%v", err)
		return
	}
	if err != nil {
		fail(w, http.StatusInternalServerError, "%v", err)
		return
	}
	hdr, err := json.Marshal(o.Batch)
	if err != nil {
		fail(w, http.StatusInternalServerError, "%v", err)
		return
	}
	w.Header().Set(HeaderBatch, string(hdr))
	w.Header().Set(evidence.HeaderProof, evidence.FormatProof(o.Proof))
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(o.Raw) // a client that went away cannot be told
}

func (s *Server) handleLocation(w http.ResponseWriter, r *http.Request) {
	if !s.ourJob(w, r) {
		return
	}
	l, ok := s.store.Locate(r.PathValue("id"))
	if !ok {
		fail(w, http.StatusNotFound, "no request %q", r.PathValue("id"))
		return
	}
	writeJSON(w, l)
}
