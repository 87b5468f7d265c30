package audit

import (
	"context"
	"errors"
	"fmt"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/replay"
)

// RunStep audits step j of interval in.Interval in a step-level dispute: the transition from
// the provider's step state j to its state j+1, whose roots (from the step tree the provider
// posted, verified by the caller) are in.Start and in.End. It fetches both states, checks
// their metadata (state j sits at step k·s+j, in endpoint (k·s+j)/s), and compares one step
// replayed from state j, and the gradient recomputed at state j+1, with state j+1 under the
// one-step boundary. No chaotic growth: the boundary is the stride-1 one whatever the job's
// stride. Errors and findings are as Run's.
func RunStep(ctx context.Context, in Input, j uint64) (Finding, error) {
	f, _, err := runStep(ctx, in, j, nil)
	return f, err
}

// runStep is RunStep with state j already fetched (start, nil to fetch it); it also returns
// state j+1 as fetched, so a walk fetches every state once.
func runStep(ctx context.Context, in Input, j uint64, start *evidence.Fetched) (Finding, *evidence.Fetched, error) {
	stride, err := checkInput(in)
	if err != nil {
		return Finding{}, nil, fmt.Errorf("audit step %d of interval %d: %w", j, in.Interval, err)
	}
	if j >= stride {
		return Finding{}, nil, fmt.Errorf("audit step %d of interval %d: the interval has %d steps", j, in.Interval, stride)
	}
	k := in.Interval
	if start == nil {
		var failed *Finding
		start, failed, err = fetch(ctx, in, evidence.StepStateRef(in.Job, k, j), in.Start)
		if err != nil || failed != nil {
			return orZero(failed), nil, err
		}
	}
	end, failed, err := fetch(ctx, in, evidence.StepStateRef(in.Job, k, j+1), in.End)
	if err != nil || failed != nil {
		return orZero(failed), nil, err
	}
	f, err := judgeStep(ctx, in, k, j, stride, start, end)
	return f, end, err
}

// judgeStep checks fetched states j and j+1 of interval k.
func judgeStep(ctx context.Context, in Input, k, j, stride uint64, start, end *evidence.Fetched) (Finding, error) {
	want := in.Workload.Manifest().Precision
	for _, e := range []struct {
		state uint64
		ep    *evidence.Endpoint
	}{{j, start.Endpoint}, {j + 1, end.Endpoint}} {
		if reason := stepConsistency(e.ep.Metadata, k, e.state, stride, want); reason != "" {
			return Finding{Outcome: Fraud, Reason: reason}, nil
		}
	}
	if k == 0 && j == 0 {
		f, ok, err := CheckStart(in.Workload, start.Endpoint)
		if err != nil {
			return Finding{}, fmt.Errorf("audit step 0 of interval 0: %w", err)
		}
		if !ok {
			return f, nil
		}
	}
	ep, err := gradientCheck(ctx, in, end.Endpoint, fmt.Sprintf("interval %d state %d", k, j+1))
	if err != nil || ep.Outcome == Fraud || ep.Outcome == Malformed {
		return ep, err
	}
	st, err := stepCheck(ctx, in, j, start.Endpoint, end.Endpoint)
	if err != nil || st.Outcome != Honest {
		return st, err
	}
	if ep.Worst.Ratio > st.Worst.Ratio {
		ep.ReplayDigest = st.ReplayDigest
		return ep, nil
	}
	return st, nil
}

// stepConsistency checks a step state's metadata like Consistency checks an endpoint's.
func stepConsistency(m evidence.Metadata, k, j, stride uint64, policy evidence.PrecisionPolicy) string {
	n := k*stride + j
	switch {
	case m.Step != n:
		return fmt.Sprintf("interval %d state %d: step counter %d, want %d", k, j, m.Step, n)
	case m.Endpoint != n/stride:
		return fmt.Sprintf("interval %d state %d: metadata names endpoint %d, want %d", k, j, m.Endpoint, n/stride)
	case m.Precision != policy:
		return fmt.Sprintf("interval %d state %d: precision %s/%s, manifest declares %s/%s", k, j,
			m.Precision.Operand, m.Precision.Accumulate, policy.Operand, policy.Accumulate)
	}
	return ""
}

// stepCheck replays one step from state j and compares the replayed state j+1's gradient
// signal and parameters with the provider's under the stride-1 boundary.
func stepCheck(ctx context.Context, in Input, j uint64, start, end *evidence.Endpoint) (Finding, error) {
	names, err := in.Artifact.TensorNames(boundary.CheckInterval, 1)
	if err != nil {
		return Finding{}, fmt.Errorf("step check: %w", err)
	}
	replayed, err := in.replayer().Step(ctx, in.Workload, start)
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, ErrReplayer) {
			return Finding{}, fmt.Errorf("interval %d: replay from state %d: %w", in.Interval, j, err)
		}
		return malformed("interval %d: replay from state %d: %v", in.Interval, j, err), nil
	}
	c, err := evidence.Commit(in.ManifestHash, replayed, evidence.CommitOptions{})
	if err != nil {
		return Finding{}, fmt.Errorf("commit replayed state %d: %w", j+1, err)
	}
	got, err := signal(replayed, names)
	if err != nil {
		return Finding{}, fmt.Errorf("replayed state %d: %w", j+1, err)
	}
	ref, err := signal(end, names)
	if err != nil {
		return malformed("interval %d state %d: %v", in.Interval, j+1, err), nil
	}
	f, err := compare(in.Artifact, boundary.CheckInterval, 1, ref, got)
	root := c.Root()
	f.ReplayDigest = evidence.Keccak256(root[:])
	if err != nil || f.Outcome != Fraud {
		return f, err
	}
	eng, ok := in.replayer().(Engine)
	if !ok {
		return f, nil
	}
	// As gradientCheck: near-ties of the update's gradient decided as state j's committed
	// gradient says, those of state j+1's as its own does.
	endGrad, err := replay.Tensors(end.Gradient)
	if err != nil {
		return f, nil
	}
	tied, ties, err := replay.StepTies(in.Workload, start, endGrad, eng.Profile)
	if err != nil || ties.Flipped == 0 {
		return f, nil
	}
	tc, err := evidence.Commit(in.ManifestHash, tied, evidence.CommitOptions{})
	if err != nil {
		return f, nil
	}
	if got, err = signal(tied, names); err != nil {
		return f, nil
	}
	tf, err := compare(in.Artifact, boundary.CheckInterval, 1, ref, got)
	if err != nil {
		return f, nil
	}
	root = tc.Root()
	tf.ReplayDigest = evidence.Keccak256(root[:])
	return tf.withTies(ties), nil
}

// StepFetcher also fetches the verified step roots of an interval; *evidence.Client implements
// it.
type StepFetcher interface {
	Fetcher
	StepRoots(ctx context.Context, job string, k uint64, stepRoot evidence.Hash32, states uint64) ([]evidence.Hash32, error)
	StepRootsBetween(ctx context.Context, job string, k uint64, start, end evidence.Hash32, states uint64) ([]evidence.Hash32, error)
}

// StepFinding is the conclusion about the steps of a disputed interval: the step that decided
// (the first one not Honest, else the Honest one closest to its boundary) and its finding.
type StepFinding struct {
	Step uint64
	Finding
}

// Steps audits the given steps of interval in.Interval (in order, stopping at the first that is
// not Honest) against the step tree stepRoot the provider posted; in.Start and in.End are
// ignored and in.Client must be a StepFetcher. Watchtowers pass every step to find one to name;
// arbiters pass the steps challengers named. A provider that does not serve its step roots is
// Unavailable (or Invalid) at the first step given.
func Steps(ctx context.Context, in Input, stepRoot evidence.Hash32, leafCount uint64, steps []uint64, onStep func(done, of int)) (StepFinding, error) {
	if len(steps) == 0 {
		return StepFinding{}, fmt.Errorf("audit steps of interval %d: no steps given", in.Interval)
	}
	return judgeSteps(ctx, in, leafCount, steps, onStep, func(sf StepFetcher, states uint64) ([]evidence.Hash32, error) {
		return sf.StepRoots(ctx, in.Job, in.Interval, stepRoot, states)
	})
}

// WalkSteps audits every step of interval in.Interval before any dispute, from the step states
// the provider serves on demand, between the committed endpoints in.Start and in.End. It is the
// watchtower's audit at large strides, where replaying the whole interval drifts too far for a
// boundary to separate honest work from a manipulation of a few steps.
func WalkSteps(ctx context.Context, in Input, onStep func(done, of int)) (StepFinding, error) {
	if in.Workload == nil {
		return StepFinding{}, fmt.Errorf("walk steps of interval %d: workload is required", in.Interval)
	}
	steps := make([]uint64, in.Workload.Manifest().Stride)
	for j := range steps {
		steps[j] = uint64(j)
	}
	return judgeSteps(ctx, in, in.Start.LeafCount, steps, onStep, func(sf StepFetcher, states uint64) ([]evidence.Hash32, error) {
		return sf.StepRootsBetween(ctx, in.Job, in.Interval, in.Start.Root, in.End.Root, states)
	})
}

func judgeSteps(ctx context.Context, in Input, leafCount uint64, steps []uint64, onStep func(done, of int),
	fetchRoots func(StepFetcher, uint64) ([]evidence.Hash32, error)) (StepFinding, error) {
	sf, ok := in.Client.(StepFetcher)
	if !ok {
		return StepFinding{}, fmt.Errorf("audit steps of interval %d: the client does not fetch step roots", in.Interval)
	}
	if in.Workload == nil {
		return StepFinding{}, fmt.Errorf("audit steps of interval %d: workload is required", in.Interval)
	}
	stride := in.Workload.Manifest().Stride
	roots, err := fetchRoots(sf, stride+1)
	if err != nil {
		if ctx.Err() != nil {
			return StepFinding{}, fmt.Errorf("step roots of interval %d: %w", in.Interval, ctx.Err())
		}
		o, ok := FetchOutcome(err)
		if !ok {
			return StepFinding{}, fmt.Errorf("step roots of interval %d: %w", in.Interval, err)
		}
		return StepFinding{Step: steps[0], Finding: Finding{Outcome: o, Reason: fmt.Sprintf("step roots of interval %d: %v", in.Interval, err)}}, nil
	}
	var best StepFinding
	var prev *evidence.Fetched // state j when the previous step was j-1
	for i, j := range steps {
		if j >= stride {
			return StepFinding{}, fmt.Errorf("audit steps of interval %d: no step %d in %d", in.Interval, j, stride)
		}
		in.Start = evidence.Anchor{Root: roots[j], LeafCount: leafCount}
		in.End = evidence.Anchor{Root: roots[j+1], LeafCount: leafCount}
		if i == 0 || steps[i-1] != j-1 {
			prev = nil
		}
		f, end, err := runStep(ctx, in, j, prev)
		if err != nil {
			return StepFinding{}, err
		}
		prev = end
		if onStep != nil {
			onStep(i+1, len(steps))
		}
		if f.Outcome != Honest {
			return StepFinding{Step: j, Finding: f}, nil
		}
		if i == 0 || f.Worst.Ratio > best.Worst.Ratio {
			best = StepFinding{Step: j, Finding: f}
		}
	}
	return best, nil
}
