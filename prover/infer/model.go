package infer

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/numeric/detmath"
	"github.com/ovig/ovig/prover/workload"
)

// Weights are a job's final model: its inference network and the final endpoint root that
// commits to it.
type Weights struct {
	Job    *workload.Job
	Net    *workload.Network
	Params map[string][]float32
	Hash   evidence.Hash32 // root of the final endpoint, the registry's final model hash
}

// OpenFinal opens the model of ep, which must be the job's final endpoint and commit (under
// the job's manifest hash) to finalHash, the final model hash the job recorded on chain. This
// is the first thing a server and a verifier do: weights that do not match are never served
// or replayed with.
func OpenFinal(job *workload.Job, manifestHash evidence.Hash32, ep *evidence.Endpoint, finalHash evidence.Hash32) (*Weights, error) {
	m := job.Manifest()
	if ep.Metadata.Step != m.TotalSteps {
		return nil, fmt.Errorf("open final model: endpoint at step %d, the job ends at %d", ep.Metadata.Step, m.TotalSteps)
	}
	c, err := evidence.Commit(manifestHash, ep, evidence.CommitOptions{})
	if err != nil {
		return nil, fmt.Errorf("open final model: %w", err)
	}
	if c.Root() != finalHash {
		return nil, fmt.Errorf("open final model: endpoint root %s, the job's final model hash is %s", c.Root(), finalHash)
	}
	params, err := job.EndpointParams(ep)
	if err != nil {
		return nil, fmt.Errorf("open final model: %w", err)
	}
	net, err := job.Network(params)
	if err != nil {
		return nil, fmt.Errorf("open final model: %w", err)
	}
	return &Weights{Job: job, Net: net, Params: params, Hash: finalHash}, nil
}

// Hooks let a provider behaviour (an attack of the evaluation) deviate while serving; nil is
// honest. Any field may be nil.
type Hooks struct {
	// Params replaces the weights served with (a substituted or tampered model); the record
	// still names the committed model.
	Params func(params map[string][]float32) (map[string][]float32, error)
	// Block replaces the output of block i (skipping it returns in).
	Block func(i int, in, out []float32) []float32
	// Sampling is the configuration actually sampled with; the record keeps the requested one.
	Sampling func(req Sampling) Sampling
	// Output alters the answer after it was computed.
	Output func(o *Output)
}

// Server turns requests into answers and records. It is immutable and safe for concurrent use.
type Server struct {
	w       *Weights
	net     *workload.Network // the network actually served: w.Net unless a hook replaced it
	profile numeric.Profile
	hooks   *Hooks
}

// NewServer serves w under profile p (the profile recorded in every record).
func NewServer(w *Weights, p numeric.Profile, h *Hooks) (*Server, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s := &Server{w: w, net: w.Net, profile: p, hooks: h}
	if h != nil && h.Params != nil {
		ps, err := h.Params(w.Params)
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		if s.net, err = w.Job.Network(ps); err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
	}
	return s, nil
}

// Network is the committed network (for decoding and encoding inputs).
func (s *Server) Network() *workload.Network { return s.w.Net }

// MaxTokens bounds a generation: prompt and generated tokens but the last fit the context.
func MaxTokens(net *workload.Network, prompt int) int { return net.Context() - prompt + 1 }

// BlockInput is the block input (edge 0) of a request and its number of rows, as a verifier
// recomputes it from the request alone. For generation the rows are the prompt and every
// generated token but the last: the causal model's logits at row r choose token r+1.
func BlockInput(net *workload.Network, req *Request, out *Output) ([]float32, int, error) {
	image, text, noisy := req.Pixels != nil, req.Prompt != "" || req.MaxTokens != 0 || req.Sampling != nil, req.Noisy != nil || req.Level != 0
	if (image && req.Task != workload.TaskClassify) || (text && req.Task != workload.TaskGenerate) || (noisy && req.Task != workload.TaskDenoise) {
		return nil, 0, fmt.Errorf("request carries fields of another task than %s", req.Task)
	}
	switch req.Task {
	case workload.TaskClassify:
		in, err := net.ImageInput(req.Pixels)
		return in, 1, err
	case workload.TaskGenerate:
		if !utf8.ValidString(req.Prompt) {
			return nil, 0, fmt.Errorf("prompt is not valid UTF-8")
		}
		prompt, err := net.Tokens(req.Prompt)
		if err != nil {
			return nil, 0, err
		}
		if len(prompt) == 0 {
			return nil, 0, fmt.Errorf("empty prompt")
		}
		if req.MaxTokens < 1 || req.MaxTokens > MaxTokens(net, len(prompt)) {
			return nil, 0, fmt.Errorf("max_tokens %d: want 1..%d for a prompt of %d bytes (context %d)", req.MaxTokens, MaxTokens(net, len(prompt)), len(prompt), net.Context())
		}
		if req.Sampling == nil || !(req.Sampling.Temperature >= 0) || req.Sampling.Temperature > 100 {
			return nil, 0, fmt.Errorf("sampling: want a temperature in [0,100]")
		}
		toks := prompt
		if out != nil {
			if len(out.Tokens) != req.MaxTokens {
				return nil, 0, fmt.Errorf("%d generated tokens, requested %d", len(out.Tokens), req.MaxTokens)
			}
			toks = append(toks, out.Tokens[:len(out.Tokens)-1]...)
		}
		return net.TokenInput(toks), len(toks), nil
	case workload.TaskDenoise:
		in, err := net.DenoiseInput(req.Noisy, req.Level)
		return in, 1, err
	}
	return nil, 0, fmt.Errorf("task %q: want %s, %s or %s", req.Task, workload.TaskClassify, workload.TaskGenerate, workload.TaskDenoise)
}

// Serve answers req and returns its record (unencoded).
func (s *Server) Serve(req Request) (*Record, error) {
	out, edges, rows, err := s.answer(req)
	if err != nil {
		return nil, fmt.Errorf("request %q: %w", req.ID, err)
	}
	net := s.w.Net
	r := &Record{Version: RecordVersion, Workload: net.Workload(), Model: s.w.Hash, Profile: s.profile, Request: req, Output: out}
	for e, v := range edges {
		r.Edges = append(r.Edges, NewEdge(rows, net.Width(e), v))
	}
	return r, nil
}

// answer is serving without a record: the answer and the edges of the last forward pass
// (which any forward pass computes), with their rows.
func (s *Server) answer(req Request) (Output, [][]float32, int, error) {
	var out Output
	net := s.w.Net
	if req.Task != net.Task() {
		return out, nil, 0, fmt.Errorf("%s serves %s, not %q", net.Workload(), net.Task(), req.Task)
	}
	in, rows, err := BlockInput(net, &req, nil)
	if err != nil {
		return out, nil, 0, err
	}
	var edges [][]float32
	switch req.Task {
	case workload.TaskGenerate:
		sp := *req.Sampling
		if s.hooks != nil && s.hooks.Sampling != nil {
			sp = s.hooks.Sampling(sp)
		}
		toks, err := net.Tokens(req.Prompt)
		if err != nil {
			return out, nil, 0, err
		}
		v := net.Width(net.Blocks())
		for i := range req.MaxTokens {
			if edges, err = s.forward(net.TokenInput(toks), len(toks)); err != nil {
				return out, nil, 0, err
			}
			logits := edges[len(edges)-1]
			next := Sample(logits[(len(toks)-1)*v:len(toks)*v], sp, i)
			out.Tokens = append(out.Tokens, next)
			if i < req.MaxTokens-1 {
				toks = append(toks, next)
			}
		}
		rows = len(toks)
		if out.Text, err = Text(net, out.Tokens); err != nil {
			return out, nil, 0, err
		}
	default:
		if edges, err = s.forward(in, rows); err != nil {
			return out, nil, 0, err
		}
		out = Derive(net, &req, edges[len(edges)-1])
	}
	if s.hooks != nil && s.hooks.Output != nil {
		s.hooks.Output(&out)
	}
	return out, edges, rows, nil
}

// forward runs the served network, with the Block hook.
func (s *Server) forward(in []float32, rows int) ([][]float32, error) {
	edges := [][]float32{in}
	for i := range s.net.Blocks() {
		out, err := s.net.Block(s.profile, i, rows, edges[i])
		if err != nil {
			return nil, err
		}
		if s.hooks != nil && s.hooks.Block != nil {
			out = s.hooks.Block(i, edges[i], out)
		}
		edges = append(edges, out)
	}
	return edges, nil
}

// Derive computes the answer of a classify or denoise request from the last edge, as both the
// server and a verifier do.
func Derive(net *workload.Network, req *Request, last []float32) Output {
	var out Output
	switch req.Task {
	case workload.TaskClassify:
		best := 0
		for i, v := range last {
			if v > last[best] {
				best = i
			}
		}
		out.Label = &best
	case workload.TaskDenoise:
		out.Noise = append([]float32(nil), last...)
		a := net.Abar(req.Level)
		sa, sb := math.Sqrt(a), math.Sqrt(1-a)
		out.Denoised = make([]float32, len(last))
		for i, e := range last {
			out.Denoised[i] = float32((float64(req.Noisy[i]) - float64(sb*float64(e))) / sa)
		}
	}
	return out
}

// Sample draws generated token i from logits under sp: argmax at temperature 0, otherwise the
// inverse CDF of softmax(logits/temperature), in float64 and in index order (detmath.Exp, the
// same bits on every architecture), at a uniform number drawn from (seed, i).
func Sample(logits []float32, sp Sampling, i int) int {
	best := 0
	for k, v := range logits {
		if v > logits[best] {
			best = k
		}
	}
	if sp.Temperature == 0 {
		return best
	}
	m := float64(logits[best])
	ps := make([]float64, len(logits))
	var sum float64
	for k, v := range logits {
		ps[k] = detmath.Exp((float64(v) - m) / sp.Temperature)
		sum += ps[k]
	}
	u := data.NewRand("ovig/infer/sample", sp.Seed, uint64(i)).Float64() * sum
	var acc float64
	for k, p := range ps {
		acc += p
		if u < acc {
			return k
		}
	}
	return len(ps) - 1
}

// Text is the readable form of generated tokens: their bytes, each byte that is not part of
// valid UTF-8 (a multi-byte character cut by sampling) replaced by U+FFFD, so that the record's
// JSON carries the text unchanged.
func Text(net *workload.Network, tokens []int) (string, error) {
	raw, err := net.Text(tokens)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for len(raw) > 0 {
		r, n := utf8.DecodeRuneInString(raw)
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(raw[:n])
		}
		raw = raw[n:]
	}
	return b.String(), nil
}
