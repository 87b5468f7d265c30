package audit

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/replay"
	"github.com/ovig/ovig/prover/workload"
)

// Fetcher fetches one endpoint's evidence, verifying every byte against the anchor;
// *evidence.Client implements it. Errors wrap evidence.ErrUnavailable, ErrInvalid or
// ErrMalformed.
type Fetcher interface {
	FetchEndpoint(ctx context.Context, ref evidence.EndpointRef, a evidence.Anchor, manifestHash evidence.Hash32) (*evidence.Fetched, error)
}

// Input names the interval to audit and everything trusted about it.
type Input struct {
	Client   Fetcher
	Job      string // evidence job key on the provider's server
	Interval uint64 // k: endpoints k and k+1
	// Start and End are the on-chain roots (with the leaf counts the layout implies) of
	// endpoints k and k+1.
	Start, End   evidence.Anchor
	ManifestHash evidence.Hash32
	Workload     *workload.Job
	Artifact     *boundary.Artifact
	Profile      numeric.Profile // the replay profile; arbiters use the policy's Reference()
	// Replayer, if set, replays instead of ovig's engine under Profile (an external
	// replayer); Profile still names the policy's layout and leaf count.
	Replayer Replayer
	// OnStep, if set, is called after each replayed step of the interval check.
	OnStep func(done, of uint64)
}

// Finding is the audit's conclusion. Check, Worst and Verdict describe the check that decided
// (for Honest, the one closer to its boundary); they are zero when no check ran.
// ReplayDigest is keccak256 of the root of the replayed endpoint k+1, zero when the interval
// was not replayed (the evidence failed before, or the endpoint check already proved fraud).
type Finding struct {
	Outcome      Outcome
	Reason       string
	Check        boundary.Check
	Worst        boundary.Excess
	Verdict      boundary.Verdict
	ReplayDigest evidence.Hash32
}

// Run audits interval in.Interval. It returns an error only for the auditor's own failures
// (cancelled context, inputs that do not belong together); whatever the provider did wrong
// is a Finding.
func Run(ctx context.Context, in Input) (Finding, error) {
	stride, err := checkInput(in)
	if err != nil {
		return Finding{}, fmt.Errorf("audit interval %d: %w", in.Interval, err)
	}
	k := in.Interval
	start, failed, err := fetch(ctx, in, evidence.EndpointRef{Job: in.Job, Endpoint: k}, in.Start)
	if err != nil || failed != nil {
		return orZero(failed), err
	}
	end, failed, err := fetch(ctx, in, evidence.EndpointRef{Job: in.Job, Endpoint: k + 1}, in.End)
	if err != nil || failed != nil {
		return orZero(failed), err
	}
	want := in.Workload.Manifest().Precision
	for _, e := range []struct {
		index uint64
		ep    *evidence.Endpoint
	}{{k, start.Endpoint}, {k + 1, end.Endpoint}} {
		if reason := Consistency(e.ep.Metadata, e.index, stride, want); reason != "" {
			return Finding{Outcome: Fraud, Reason: reason}, nil
		}
	}
	if k == 0 {
		// Training must start where the owner said: a provider that started from other
		// weights would pass every interval check from its own endpoint 0.
		f, ok, err := CheckStart(in.Workload, start.Endpoint)
		if err != nil {
			return Finding{}, fmt.Errorf("audit interval 0: %w", err)
		}
		if !ok {
			return f, nil
		}
	}

	ep, err := endpointCheck(ctx, in, end.Endpoint)
	if err != nil || ep.Outcome == Fraud || ep.Outcome == Malformed {
		return ep, err
	}
	iv, err := intervalCheck(ctx, in, stride, start.Endpoint, end.Endpoint)
	if err != nil || iv.Outcome != Honest {
		return iv, err
	}
	// Both honest: report the check that came closer to its boundary.
	if ep.Worst.Ratio > iv.Worst.Ratio {
		ep.ReplayDigest = iv.ReplayDigest
		return ep, nil
	}
	return iv, nil
}

func orZero(f *Finding) Finding {
	if f == nil {
		return Finding{}
	}
	return *f
}

// checkInput rejects inputs that are the auditor's mistake, and returns the job's stride.
func checkInput(in Input) (uint64, error) {
	if in.Client == nil || in.Workload == nil || in.Artifact == nil {
		return 0, errors.New("client, workload and artifact are required")
	}
	if err := in.Profile.Validate(); err != nil {
		return 0, fmt.Errorf("replay profile: %w", err)
	}
	m := in.Workload.Manifest()
	h, err := m.Hash()
	if err != nil {
		return 0, fmt.Errorf("workload manifest: %w", err)
	}
	if h != in.ManifestHash {
		return 0, fmt.Errorf("workload manifest hashes to %s, the job's is %s", h, in.ManifestHash)
	}
	ah, err := in.Artifact.Hash()
	if err != nil {
		return 0, fmt.Errorf("boundary artifact: %w", err)
	}
	if ah != m.BoundaryHash {
		return 0, fmt.Errorf("boundary artifact hashes to %s, the manifest names %s", ah, m.BoundaryHash)
	}
	if in.Interval >= m.Intervals() {
		return 0, fmt.Errorf("job has %d intervals", m.Intervals())
	}
	return m.Stride, nil
}

// fetch fetches one endpoint or step state; a provider failure comes back as a Finding.
func fetch(ctx context.Context, in Input, ref evidence.EndpointRef, a evidence.Anchor) (*evidence.Fetched, *Finding, error) {
	got, err := in.Client.FetchEndpoint(ctx, ref, a, in.ManifestHash)
	if err == nil {
		return got, nil, nil
	}
	// A fetch cut short by our own context says nothing about the provider.
	if ctx.Err() != nil {
		return nil, nil, fmt.Errorf("fetch %s: %w", ref, ctx.Err())
	}
	o, ok := FetchOutcome(err)
	if !ok {
		return nil, nil, fmt.Errorf("fetch %s: %w", ref, err)
	}
	return nil, &Finding{Outcome: o, Reason: fmt.Sprintf("%s: %v", ref, err)}, nil
}

// Consistency checks an endpoint's metadata against the job: its index, its step counter
// ((index)·stride) and the precision policy of the manifest. It returns why it is
// inconsistent, or "" when it is not.
func Consistency(m evidence.Metadata, index, stride uint64, policy evidence.PrecisionPolicy) string {
	switch {
	case m.Endpoint != index:
		return fmt.Sprintf("endpoint %d: metadata names endpoint %d", index, m.Endpoint)
	case m.Step != index*stride:
		return fmt.Sprintf("endpoint %d: step counter %d, want %d·%d = %d", index, m.Step, index, stride, index*stride)
	case m.Precision != policy:
		return fmt.Sprintf("endpoint %d: precision %s/%s, manifest declares %s/%s", index,
			m.Precision.Operand, m.Precision.Accumulate, policy.Operand, policy.Accumulate)
	}
	return ""
}

// endpointCheck recomputes the gradient signal at end's committed weights on its committed
// batch and compares it with the committed gradient under the one-step boundary.
func endpointCheck(ctx context.Context, in Input, end *evidence.Endpoint) (Finding, error) {
	what := fmt.Sprintf("endpoint %d", in.Interval+1)
	return gradientCheck(ctx, in, end, what)
}

// gradientCheck is the endpoint check of ep (an endpoint or a step state, named what).
func gradientCheck(ctx context.Context, in Input, end *evidence.Endpoint, what string) (Finding, error) {
	names, err := in.Artifact.TensorNames(boundary.CheckEndpoint, 1)
	if err != nil {
		return Finding{}, fmt.Errorf("endpoint check: %w", err)
	}
	grads, err := in.replayer().Gradient(ctx, in.Workload, end)
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, ErrReplayer) {
			return Finding{}, fmt.Errorf("%s: recompute gradient: %w", what, err)
		}
		return malformed("%s: recompute gradient: %v", what, err), nil
	}
	got := make(map[string][]float32, len(grads))
	for name, g := range grads {
		got["gradient/"+name] = g
	}
	ref, err := signal(end, names)
	if err != nil {
		return malformed("%s: %v", what, err), nil
	}
	f, err := compare(in.Artifact, boundary.CheckEndpoint, 1, ref, only(names, got))
	if err != nil || f.Outcome != Fraud {
		return f, err
	}
	eng, ok := in.replayer().(Engine)
	if !ok {
		return f, nil
	}
	// Beyond the boundary: before calling it fraud, decide the near-ties of ovig's forward pass
	// (max-pool windows, ReLU inputs within rounding) as the provider's gradient says where that
	// brings it closer (replay.GradientTies). The boundary stays what it is.
	grads, ties, err := replay.GradientTies(in.Workload, end, eng.Profile)
	if err != nil || ties.Flipped == 0 {
		return f, nil
	}
	got = make(map[string][]float32, len(grads))
	for name, g := range grads {
		got["gradient/"+name] = g
	}
	tf, err := compare(in.Artifact, boundary.CheckEndpoint, 1, ref, only(names, got))
	if err != nil {
		return f, nil
	}
	return tf.withTies(ties), nil
}

// withTies notes in a finding's reason that near-ties were decided the provider's way.
func (f Finding) withTies(ties replay.Ties) Finding {
	f.Reason += fmt.Sprintf(" (after deciding %d of %d near-ties as the provider did)", ties.Flipped, ties.Found)
	return f
}

// intervalCheck replays the interval from start and compares the replayed endpoint's
// gradient signal and parameters with end under the stride-s boundary.
func intervalCheck(ctx context.Context, in Input, stride uint64, start, end *evidence.Endpoint) (Finding, error) {
	names, err := in.Artifact.TensorNames(boundary.CheckInterval, stride)
	if err != nil {
		return Finding{}, fmt.Errorf("interval check: %w", err)
	}
	replayed, err := in.replayer().Interval(ctx, in.Workload, start, in.OnStep)
	if err != nil {
		if ctx.Err() != nil {
			return Finding{}, fmt.Errorf("replay interval %d: %w", in.Interval, ctx.Err())
		}
		if errors.Is(err, ErrReplayer) {
			return Finding{}, fmt.Errorf("replay interval %d: %w", in.Interval, err)
		}
		return malformed("interval %d: replay from endpoint %d: %v", in.Interval, in.Interval, err), nil
	}
	c, err := evidence.Commit(in.ManifestHash, replayed, evidence.CommitOptions{})
	if err != nil {
		return Finding{}, fmt.Errorf("commit replayed endpoint %d: %w", in.Interval+1, err)
	}
	got, err := signal(replayed, names)
	if err != nil {
		return Finding{}, fmt.Errorf("replayed endpoint %d: %w", in.Interval+1, err)
	}
	ref, err := signal(end, names)
	if err != nil {
		return malformed("endpoint %d: %v", in.Interval+1, err), nil
	}
	f, err := compare(in.Artifact, boundary.CheckInterval, stride, ref, got)
	root := c.Root()
	f.ReplayDigest = evidence.Keccak256(root[:])
	return f, err
}

// signal returns the values of the named tensors of ep ("gradient/<name>", "state/<name>")
// that it holds; Compare reports the missing ones.
func signal(ep *evidence.Endpoint, names []string) (map[string][]float32, error) {
	out := make(map[string][]float32, len(names))
	for _, n := range names {
		kind, name, _ := strings.Cut(n, "/")
		k, err := evidence.ParseChunkKind(kind)
		if err != nil {
			return nil, fmt.Errorf("boundary tensor %q: %w", n, err)
		}
		t, err := ep.FindTensor(k, name)
		if errors.Is(err, evidence.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if out[n], err = t.F32s(); err != nil {
			return nil, fmt.Errorf("tensor %s: %w", n, err)
		}
	}
	return out, nil
}

// compare runs one check of the artifact: ref is the committed side, got the replayed one,
// both restricted to the tensors the artifact bounds (the state also holds optimizer moments
// and counters, which the replay restores rather than judges).
func compare(a *boundary.Artifact, c boundary.Check, stride uint64, ref, got map[string][]float32) (Finding, error) {
	v, err := a.Compare(c, stride, ref, got)
	if errors.Is(err, evidence.ErrMalformed) {
		return malformed("%s check: %v", c, err), nil
	}
	if err != nil {
		return Finding{}, fmt.Errorf("%s check: %w", c, err)
	}
	w := v.Worst
	f := Finding{Outcome: Honest, Check: c, Worst: w, Verdict: v,
		Reason: fmt.Sprintf("%s check within boundary: worst %s %s %.3g of %.3g", c, w.Tensor, w.Metric, w.Distance, w.Bound)}
	if v.Fraud {
		f.Outcome = Fraud
		f.Reason = fmt.Sprintf("%s check beyond boundary: %s %s %.3g > %.3g (x%.3g)", c, w.Tensor, w.Metric, w.Distance, w.Bound, w.Ratio)
	}
	return f, nil
}

// only keeps the named tensors of m.
func only(names []string, m map[string][]float32) map[string][]float32 {
	out := make(map[string][]float32, len(names))
	for _, n := range names {
		if v, ok := m[n]; ok {
			out[n] = v
		}
	}
	return out
}

func malformed(format string, args ...any) Finding {
	return Finding{Outcome: Malformed, Reason: fmt.Sprintf(format, args...)}
}

// LeafCount is the leaf count of every endpoint tree of job j. The chain records only the
// roots and a root does not commit to its leaf count, so verifiers derive it from the model:
// the manifest leaf, the chunks of every state and gradient tensor, the metadata leaf. It
// captures endpoint 0 from the initial weights to learn the layout.
func LeafCount(j *workload.Job, p numeric.Profile) (uint64, error) {
	t, err := j.Init()
	if err != nil {
		return 0, fmt.Errorf("leaf count: init: %w", err)
	}
	ep, err := t.Capture(p, 0)
	if err != nil {
		return 0, fmt.Errorf("leaf count: capture endpoint 0: %w", err)
	}
	cs := j.Manifest().ChunkSize
	n := uint64(2)
	for _, ts := range [][]evidence.Tensor{ep.State, ep.Gradient} {
		for _, t := range ts {
			n += evidence.ChunkCount(uint64(len(t.Data)), cs)
		}
	}
	return n, nil
}
