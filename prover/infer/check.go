package infer

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Outcome is a spot check's decision, named as the registry's verdict outcomes.
type Outcome string

// Outcomes of a spot check.
const (
	Honest = Outcome("Honest")
	// Fraud: the committed record is inconsistent with the committed model.
	Fraud = Outcome("Fraud")
	// Unavailable: the record does not open against the committed batch root (a bad proof or
	// bytes that are not the committed ones): nothing committed can be judged, as for evidence
	// a provider does not serve.
	Unavailable = Outcome("Unavailable")
)

// Finding is the result of checking one record.
type Finding struct {
	Outcome Outcome `json:"outcome"`
	Reason  string  `json:"reason"`
	// Block is the block whose replay decided (-1 when a consistency check did), with its
	// distance, bound and their ratio (the largest over metrics).
	Block    int               `json:"block"`
	Distance boundary.Distance `json:"distance"`
	Bound    boundary.Distance `json:"bound"`
	Ratio    float64           `json:"ratio"`
	// Exact is set when the verifier ran the record's own profile and demanded equal bits.
	Exact bool `json:"exact"`
	// Replayed are the blocks replayed, in order; Worst is the largest ratio among them.
	Replayed []int   `json:"replayed"`
	Worst    float64 `json:"worst"`
}

// Verifier checks records against the committed final model: its network comes from
// OpenFinal, so the weights were checked against the final model hash before any replay.
type Verifier struct {
	w       *Weights
	bound   *Bound
	profile numeric.Profile
}

// NewVerifier replays under profile p (normally the bound's verifier profile) with bound b,
// which must be the bound of w's workload.
func NewVerifier(w *Weights, b *Bound, p numeric.Profile) (*Verifier, error) {
	if b.Version != BoundVersion || b.Workload != w.Net.Workload() || len(b.Blocks) != w.Net.Blocks() || b.Policy != w.Job.Policy() {
		return nil, fmt.Errorf("verifier: bound v%d for %s under %s with %d blocks, model %s under %s has %d",
			b.Version, b.Workload, b.Policy, len(b.Blocks), w.Net.Workload(), w.Job.Policy(), w.Net.Blocks())
	}
	for i, bb := range b.Blocks {
		if bb.Block != i || !bb.Bound.IsFinite() || bb.Bound.RelL2 <= 0 || bb.Bound.MaxAbs <= 0 {
			return nil, fmt.Errorf("verifier: bound of block %d is not a positive finite bound", i)
		}
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	return &Verifier{w: w, bound: b, profile: p}, nil
}

// Blocks is the number of blocks a record holds.
func (v *Verifier) Blocks() int { return v.w.Net.Blocks() }

// PickBlock is the block a checker replays of record index of a batch: a draw from (secret,
// root, index) mod blocks, private to the checker until it reveals its secret, so the provider
// cannot know which block of a record will be opened.
func PickBlock(secret []byte, root evidence.Hash32, index uint64, blocks int) int {
	return int(draw("ovig/infer/block", secret, root, index) % uint64(blocks))
}

// draw is the first 8 bytes of keccak256(domain ‖ secret ‖ root ‖ uint64_be(index)).
func draw(domain string, secret []byte, root evidence.Hash32, index uint64) uint64 {
	var ib [8]byte
	binary.BigEndian.PutUint64(ib[:], index)
	h := evidence.Keccak256([]byte(domain), secret, root[:], ib[:])
	return binary.BigEndian.Uint64(h[:8])
}

// Check decides one opened record: the proof against the batch root, the committed model,
// the record's shape, its block input against its request, its answer against its last edge
// (for text: the sampled tokens redrawn from the recorded logits with the recorded sampling
// configuration), and then the replay of each of blocks from its recorded input edge. It is
// pure: every input comes from the caller.
func (v *Verifier) Check(o *Opened, blocks []int) Finding {
	fraud := func(format string, args ...any) Finding {
		return Finding{Outcome: Fraud, Reason: fmt.Sprintf(format, args...), Block: -1}
	}
	if err := o.Verify(); err != nil {
		return Finding{Outcome: Unavailable, Reason: err.Error(), Block: -1}
	}
	if o.Batch.Model != v.w.Hash {
		return fraud("batch commits to model %s, the job's final model is %s", o.Batch.Model, v.w.Hash)
	}
	r, err := DecodeRecord(o.Raw)
	if err != nil {
		return fraud("committed record is malformed: %v", err)
	}
	if r.Model != v.w.Hash || r.Workload != v.w.Net.Workload() {
		return fraud("record names model %s of %s, the job's final model is %s of %s", r.Model, r.Workload, v.w.Hash, v.w.Net.Workload())
	}
	if err := r.Profile.Validate(); err != nil {
		return fraud("record profile: %v", err)
	}
	net := v.w.Net
	if len(r.Edges) != net.Blocks()+1 {
		return fraud("record has %d edges, the model has %d blocks", len(r.Edges), net.Blocks())
	}
	if r.Request.Task != net.Task() {
		return fraud("record of task %q, the model does %s", r.Request.Task, net.Task())
	}
	in, rows, err := BlockInput(net, &r.Request, &r.Output)
	if err != nil {
		return fraud("record request: %v", err)
	}
	edges := make([][]float32, len(r.Edges))
	for e, edge := range r.Edges {
		if edge.Rows != rows || edge.Width != net.Width(e) {
			return fraud("edge %d is %d×%d, the model's is %d×%d", e, edge.Rows, edge.Width, rows, net.Width(e))
		}
		if edges[e], err = edge.Values(); err != nil {
			return fraud("edge %d: %v", e, err)
		}
	}
	if !sameBits(edges[0], in) {
		return fraud("edge 0 is not the block input of the recorded request")
	}
	if reason := v.checkOutput(r, edges[len(edges)-1]); reason != "" {
		return fraud("%s", reason)
	}
	f := Finding{Outcome: Honest, Reason: "every replayed block within its bound", Block: -1, Exact: r.Profile == v.profile}
	for _, blk := range blocks {
		if blk < 0 || blk >= net.Blocks() {
			return Finding{Outcome: Unavailable, Reason: fmt.Sprintf("checker asked for block %d of %d", blk, net.Blocks()), Block: -1}
		}
		got, err := net.Block(v.profile, blk, rows, edges[blk])
		if err != nil {
			return fraud("replay block %s: %v", net.BlockName(blk), err)
		}
		f.Replayed = append(f.Replayed, blk)
		d := boundary.Measure(edges[blk+1], got)
		bb := &v.bound.Blocks[blk]
		ratio := bb.ratio(d)
		if f.Exact {
			ratio = 0
			if !sameBits(edges[blk+1], got) {
				ratio = math.Inf(1)
			}
		}
		if ratio > f.Worst || f.Block < 0 {
			f.Worst, f.Block, f.Distance, f.Bound, f.Ratio = ratio, blk, d, bb.Bound, ratio
		}
		if ratio > 1 {
			f.Outcome = Fraud
			f.Reason = fmt.Sprintf("block %s replayed %.3g× its bound (rel_l2 %.3g)", net.BlockName(blk), ratio, d.RelL2)
			if f.Exact {
				f.Reason = fmt.Sprintf("block %s replayed on the record's own profile %s differs in its bits (rel_l2 %.3g)", net.BlockName(blk), r.Profile, d.RelL2)
			}
			return f
		}
	}
	return f
}

// checkOutput returns why the answer does not follow from the last edge, or "".
func (v *Verifier) checkOutput(r *Record, last []float32) string {
	net := v.w.Net
	switch r.Request.Task {
	case workload.TaskGenerate:
		w := net.Width(net.Blocks())
		start := r.Edges[0].Rows - len(r.Output.Tokens) // row prompt-1 chose the first generated token
		for i, tok := range r.Output.Tokens {
			row := start + i
			if want := Sample(last[row*w:(row+1)*w], *r.Request.Sampling, i); want != tok {
				return fmt.Sprintf("generated token %d is %d, the recorded logits and sampling (temperature %g, seed %d) give %d", i, tok, r.Request.Sampling.Temperature, r.Request.Sampling.Seed, want)
			}
		}
		text, err := Text(net, r.Output.Tokens)
		if err != nil || text != r.Output.Text {
			return "output text is not the generated tokens"
		}
		return ""
	}
	want := Derive(net, &r.Request, last)
	switch {
	case r.Output.Label != nil && want.Label != nil && *r.Output.Label == *want.Label && r.Output.Tokens == nil && r.Output.Noise == nil:
		return ""
	case r.Output.Label == nil && r.Output.Tokens == nil && sameBits(r.Output.Noise, want.Noise) && sameBits(r.Output.Denoised, want.Denoised) && want.Label == nil:
		return ""
	}
	return "the answer is not the one the recorded last edge gives"
}

func sameBits(a, b []float32) bool {
	return slices.EqualFunc(a, b, func(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) })
}

// Sampled reports whether a checker with secret opens record index of the batch with root: a
// draw from (secret, root, index) below rate·2^64, as a watchtower samples intervals, so a
// provider that cannot read the secret cannot tell which records are opened.
func Sampled(secret []byte, root evidence.Hash32, index uint64, rate float64) bool {
	return rate >= 1 || float64(draw("ovig/infer/record", secret, root, index)) < rate*math.Exp2(64)
}
