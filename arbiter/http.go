package arbiter

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/rs/zerolog"
)

// HTTP API of the signature-sharing endpoint:
//
//	POST {base}/v1/challenges/{id}/signatures   one SignedJSON; 204 stored, 400 undecodable,
//	                                            403 rejected, 409 conflicting, 413 too large
//	GET  {base}/v1/challenges/{id}/signatures   JSON array of SignedJSON
const (
	RoutePostSignature = "POST /v1/challenges/{id}/signatures"
	RouteGetSignatures = "GET /v1/challenges/{id}/signatures"

	// MaxSignatureBody bounds a posted signature: a verdict and 65 bytes fit in well under it.
	MaxSignatureBody = 4 << 10
	// maxListBody bounds a fetched list: at most 16 arbiters per job.
	maxListBody = 16 * MaxSignatureBody
)

// SignedJSON is the wire form of Signed.
type SignedJSON struct {
	JobID        *hexutil.Big  `json:"job_id"`
	DisputeID    *hexutil.Big  `json:"dispute_id"`
	Interval     uint64        `json:"interval"`
	Root         common.Hash   `json:"root"`
	StepRoot     common.Hash   `json:"step_root"`
	Step         uint64        `json:"step"`
	BoundaryHash common.Hash   `json:"boundary_hash"`
	Outcome      uint8         `json:"outcome"`
	Distance     *hexutil.Big  `json:"distance"`
	Boundary     *hexutil.Big  `json:"boundary"`
	ReplayDigest common.Hash   `json:"replay_digest"`
	Signature    hexutil.Bytes `json:"signature"`
}

func toJSON(s Signed) SignedJSON {
	v := s.Verdict
	return SignedJSON{JobID: (*hexutil.Big)(v.JobID), DisputeID: (*hexutil.Big)(v.DisputeID), Interval: v.Interval,
		Root: v.Root, StepRoot: v.StepRoot, Step: v.Step, BoundaryHash: v.BoundaryHash, Outcome: v.Outcome, Distance: (*hexutil.Big)(v.Distance), Boundary: (*hexutil.Big)(v.Boundary),
		ReplayDigest: v.ReplayDigest, Signature: s.Signature}
}

func (j SignedJSON) signed() Signed {
	s := Signed{Signature: j.Signature}
	s.Verdict.JobID, s.Verdict.DisputeID = (*big.Int)(j.JobID), (*big.Int)(j.DisputeID)
	s.Verdict.Interval, s.Verdict.Root, s.Verdict.Outcome = j.Interval, j.Root, j.Outcome
	s.Verdict.Distance, s.Verdict.Boundary = (*big.Int)(j.Distance), (*big.Int)(j.Boundary)
	s.Verdict.BoundaryHash, s.Verdict.ReplayDigest = j.BoundaryHash, j.ReplayDigest
	s.Verdict.StepRoot, s.Verdict.Step = j.StepRoot, j.Step
	return s
}

func decodeSigned(data []byte) (Signed, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var j SignedJSON
	if err := dec.Decode(&j); err != nil {
		return Signed{}, fmt.Errorf("decode signature: %w", err)
	}
	if dec.More() {
		return Signed{}, errors.New("decode signature: trailing data")
	}
	return j.signed(), nil
}

// Handler serves a pool's signatures.
type Handler struct {
	pool *Pool
	log  zerolog.Logger
	mux  *http.ServeMux
}

// NewHandler returns the signature-sharing endpoint over pool.
func NewHandler(pool *Pool, log zerolog.Logger) *Handler {
	h := &Handler{pool: pool, log: log, mux: http.NewServeMux()}
	h.mux.HandleFunc(RoutePostSignature, h.post)
	h.mux.HandleFunc(RouteGetSignatures, h.list)
	return h
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

func challengeID(r *http.Request) (*big.Int, bool) {
	s := r.PathValue("id")
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 || id.BitLen() > 256 || len(s) > 78 {
		return nil, false
	}
	return id, true
}

func (h *Handler) post(w http.ResponseWriter, r *http.Request) {
	id, ok := challengeID(r)
	if !ok {
		http.Error(w, "bad challenge id", http.StatusBadRequest)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxSignatureBody))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		http.Error(w, fmt.Sprintf("body larger than %d bytes", MaxSignatureBody), http.StatusRequestEntityTooLarge)
		return
	case err != nil:
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	s, err := decodeSigned(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if s.Verdict.DisputeID == nil || s.Verdict.DisputeID.Cmp(id) != 0 {
		http.Error(w, "verdict is for another challenge", http.StatusBadRequest)
		return
	}
	e, err := h.pool.Add(r.Context(), s)
	switch {
	case errors.Is(err, ErrRejected):
		http.Error(w, err.Error(), http.StatusForbidden)
	case errors.Is(err, ErrClosed):
		http.Error(w, err.Error(), http.StatusGone)
	case errors.Is(err, ErrConflict):
		http.Error(w, err.Error(), http.StatusConflict)
	case err != nil:
		h.log.Error().Err(err).Str("challenge", id.String()).Msg("verify signature")
		http.Error(w, "cannot verify now", http.StatusServiceUnavailable)
	default:
		h.log.Debug().Str("challenge", id.String()).Stringer("signer", e.Signer).Msg("signature stored")
		w.WriteHeader(http.StatusNoContent)
	}
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request) {
	id, ok := challengeID(r)
	if !ok {
		http.Error(w, "bad challenge id", http.StatusBadRequest)
		return
	}
	entries := h.pool.Entries(id)
	out := make([]SignedJSON, len(entries))
	for i, e := range entries {
		out[i] = toJSON(e.Signed)
	}
	body, err := json.Marshal(out)
	if err != nil {
		http.Error(w, "encode signatures", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

// Peer is another arbiter's signature endpoint.
type Peer struct {
	base string
	http *http.Client
}

// NewPeer returns a client for the endpoint at baseURL ("http://host:port").
func NewPeer(baseURL string, c *http.Client) (*Peer, error) {
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("arbiter peer: %q is not an http(s) URL", baseURL)
	}
	if c == nil {
		c = http.DefaultClient
	}
	return &Peer{base: strings.TrimRight(baseURL, "/"), http: c}, nil
}

func (p *Peer) String() string { return p.base }

func (p *Peer) path(id *big.Int) string {
	return p.base + "/v1/challenges/" + id.String() + "/signatures"
}

// Post shares a signature with the peer.
func (p *Peer) Post(ctx context.Context, s Signed) error {
	body, err := json.Marshal(toJSON(s))
	if err != nil {
		return fmt.Errorf("encode signature: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.path(s.Verdict.DisputeID), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("post signature to %s: %w", p.base, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.http.Do(req)
	if err != nil {
		return fmt.Errorf("post signature to %s: %w", p.base, err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusNoContent:
		return nil
	case http.StatusGone:
		return fmt.Errorf("post signature to %s: %w", p.base, ErrClosed)
	}
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	return fmt.Errorf("post signature to %s: %s: %s", p.base, resp.Status, strings.TrimSpace(string(msg)))
}

// Fetch returns the signatures the peer holds for a challenge, unverified: add them to a
// Pool to use them.
func (p *Peer) Fetch(ctx context.Context, id *big.Int) ([]Signed, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.path(id), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch signatures from %s: %w", p.base, err)
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch signatures from %s: %w", p.base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch signatures from %s: %s", p.base, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxListBody+1))
	if err != nil {
		return nil, fmt.Errorf("fetch signatures from %s: %w", p.base, err)
	}
	if len(body) > maxListBody {
		return nil, fmt.Errorf("fetch signatures from %s: list larger than %d bytes", p.base, maxListBody)
	}
	var list []SignedJSON
	if err := json.Unmarshal(body, &list); err != nil {
		return nil, fmt.Errorf("fetch signatures from %s: %w", p.base, err)
	}
	out := make([]Signed, len(list))
	for i, j := range list {
		out[i] = j.signed()
	}
	return out, nil
}
