package calibrate

import (
	"context"
	"fmt"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// External is a replayer outside ovig's engine that calibration fits on as a profile: a
// PyTorch configuration (python3 -m ovig replay --threads 2, --deterministic, --f64) driven
// through prover/extreplay, whose *Replayer (like audit.Engine) implements ExternalReplayer.
type External struct {
	Name     string // for samples and the artifact, e.g. "torch:threads=2"
	Replayer ExternalReplayer
}

// ExternalReplayer is the part of audit.Replayer calibration uses.
type ExternalReplayer interface {
	Gradient(ctx context.Context, j *workload.Job, ep *evidence.Endpoint) (map[string][]float32, error)
	Interval(ctx context.Context, j *workload.Job, start *evidence.Endpoint, onStep func(done, of uint64)) (*evidence.Endpoint, error)
	Step(ctx context.Context, j *workload.Job, start *evidence.Endpoint) (*evidence.Endpoint, error)
}

// replayExternal is replay under an external replayer: the gradient at endpoint i and, per
// stride s, the endpoint s steps on, as an interval of the job at stride s (the one-step
// check's stride as one step).
func (r *run) replayExternal(ctx context.Context, i int, x External) (*replayed, error) {
	ep := r.endpoints[i]
	n := ep.Metadata.Step
	// The calibration run's manifest names no boundary (it is being made); the protocol
	// hands over a complete manifest.
	single := r.single
	if single.Manifest().BoundaryHash.IsZero() {
		single = single.WithBoundaryHash(evidence.Keccak256([]byte("ovig calibration run")))
	}
	g, err := x.Replayer.Gradient(ctx, single, ep)
	if err != nil {
		return nil, fmt.Errorf("gradient at step %d: %w", n, err)
	}
	r.replays.Add(1)
	out := &replayed{gradient: make(map[string][]float32, len(g)), intervals: map[uint64]map[string][]float32{}}
	for name, v := range g {
		out.gradient[boundary.PrefixGradient+name] = v
	}
	for _, s := range r.intervalStrides(i) {
		r.replays.Add(1)
		var next *evidence.Endpoint
		if s == boundary.OneStep {
			next, err = x.Replayer.Step(ctx, single, ep)
		} else {
			var j *workload.Job
			if j, err = single.WithStride(s); err != nil {
				return nil, err
			}
			if n%s != 0 {
				return nil, fmt.Errorf("step %d is not an endpoint at stride %d", n, s)
			}
			start := *ep
			start.Metadata.Endpoint = n / s
			next, err = x.Replayer.Interval(ctx, j, &start, nil)
		}
		if err != nil {
			return nil, fmt.Errorf("interval of %d steps from step %d: %w", s, n, err)
		}
		if out.intervals[s], err = boundary.Tensors(next, r.ivNames); err != nil {
			return nil, fmt.Errorf("interval of %d steps from step %d: %w", s, n, err)
		}
	}
	return out, nil
}

// sweepExternal is sweep for one external replayer (no held-out-time steps): its samples,
// labelled with its name, ordered by endpoint.
func (r *run) sweepExternal(ctx context.Context, workers int, x External, refs []*replayed) ([]boundary.Sample, error) {
	if x.Name == "" || x.Replayer == nil {
		return nil, fmt.Errorf("an external replayer needs a name and a replayer")
	}
	results := make([][]boundary.Sample, len(r.endpoints))
	err := forEach(ctx, len(r.endpoints), workers, func(i int) error {
		if r.held[i] {
			return nil
		}
		got, err := r.replayExternal(ctx, i, x)
		if err != nil {
			return err
		}
		ss, err := r.samples(numeric.Profile{}, i, refs[i], got)
		for k := range ss {
			ss[k].External = x.Name
		}
		results[i] = ss
		return err
	})
	if err != nil {
		return nil, err
	}
	var out []boundary.Sample
	for _, s := range results {
		out = append(out, s...)
	}
	return out, nil
}
