package replay

import (
	"context"
	"fmt"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Gradient recomputes the gradient signal at the committed weights of ep on its
// committed batch (the batch of step ep.Metadata.Step) under p, by parameter name.
func Gradient(j *workload.Job, ep *evidence.Endpoint, p numeric.Profile) (map[string][]float32, error) {
	t, err := j.Restore(ep)
	if err != nil {
		return nil, fmt.Errorf("replay gradient: %w", err)
	}
	g, _, err := t.Gradient(p)
	if err != nil {
		return nil, fmt.Errorf("replay gradient of endpoint %d: %w", ep.Metadata.Endpoint, err)
	}
	return g, nil
}

// Interval replays the stride steps from start (endpoint k) to endpoint k+1 under p and
// returns the replayed endpoint evidence, in the layout of workload.Trainer.Capture. It
// checks ctx between steps, and calls onStep (if not nil) after each with the steps done.
func Interval(ctx context.Context, j *workload.Job, start *evidence.Endpoint, p numeric.Profile, onStep func(done, of uint64)) (*evidence.Endpoint, error) {
	m := j.Manifest()
	k := start.Metadata.Endpoint
	if start.Metadata.Step != k*m.Stride {
		return nil, fmt.Errorf("replay interval %d: start is at step %d, endpoint %d needs step %d", k, start.Metadata.Step, k, k*m.Stride)
	}
	if k >= m.Intervals() {
		return nil, fmt.Errorf("replay interval %d: the job has %d intervals", k, m.Intervals())
	}
	t, err := j.Restore(start)
	if err != nil {
		return nil, fmt.Errorf("replay interval %d: %w", k, err)
	}
	for i := range m.Stride {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("replay interval %d at step %d: %w", k, t.Step(), err)
		}
		if _, err := t.Train(p, 1, nil); err != nil {
			return nil, fmt.Errorf("replay interval %d: %w", k, err)
		}
		if onStep != nil {
			onStep(i+1, m.Stride)
		}
	}
	ep, err := t.Capture(p, k+1)
	if err != nil {
		return nil, fmt.Errorf("replay interval %d: %w", k, err)
	}
	return ep, nil
}

// Tensors decodes tensors to float32 values by name. F32 tensors decode exactly; F64
// and I64 tensors (counters) are converted, so that every state tensor can be measured.
func Tensors(ts []evidence.Tensor) (map[string][]float32, error) {
	out := make(map[string][]float32, len(ts))
	for i := range ts {
		t := &ts[i]
		if _, dup := out[t.Name]; dup {
			return nil, fmt.Errorf("tensors: %q appears twice", t.Name)
		}
		var vals []float32
		switch t.DType {
		case evidence.F32:
			v, err := t.F32s()
			if err != nil {
				return nil, fmt.Errorf("tensors: %w", err)
			}
			vals = v
		case evidence.F64:
			v, err := t.F64s()
			if err != nil {
				return nil, fmt.Errorf("tensors: %w", err)
			}
			vals = make([]float32, len(v))
			for k, x := range v {
				vals[k] = float32(x)
			}
		case evidence.I64:
			v, err := t.I64s()
			if err != nil {
				return nil, fmt.Errorf("tensors: %w", err)
			}
			vals = make([]float32, len(v))
			for k, x := range v {
				vals[k] = float32(x)
			}
		default:
			return nil, fmt.Errorf("tensors: %q has dtype %s, want F32, F64 or I64", t.Name, t.DType)
		}
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("tensors: %w", err)
		}
		out[t.Name] = vals
	}
	return out, nil
}

// Step replays the one training step after step state start (any step of the job, as served in
// a step-level dispute) under p and returns the replayed next state in the layout of
// workload.Trainer.CaptureStep.
func Step(j *workload.Job, start *evidence.Endpoint, p numeric.Profile) (*evidence.Endpoint, error) {
	if n := start.Metadata.Step; n >= j.Manifest().TotalSteps {
		return nil, fmt.Errorf("replay step %d: the job has %d steps", n, j.Manifest().TotalSteps)
	}
	t, err := j.Restore(start)
	if err != nil {
		return nil, fmt.Errorf("replay step %d: %w", start.Metadata.Step, err)
	}
	if _, err := t.Train(p, 1, nil); err != nil {
		return nil, fmt.Errorf("replay step %d: %w", start.Metadata.Step, err)
	}
	ep, err := t.CaptureStep(p)
	if err != nil {
		return nil, fmt.Errorf("replay step %d: %w", start.Metadata.Step, err)
	}
	return ep, nil
}

// Ties says how many near-ties a tie-resolving replay found and decided the provider's way
// (workload.TieTargets), summed over the gradients it computed.
type Ties struct{ Found, Flipped int }

func tieCount(tt *workload.TieTargets) Ties {
	var c Ties
	for _, n := range tt.Found {
		c.Found += n
	}
	for _, n := range tt.Flipped {
		c.Flipped += n
	}
	return c
}

// committedGradient is ep's gradient by parameter name.
func committedGradient(ep *evidence.Endpoint) (map[string][]float32, error) {
	g, err := Tensors(ep.Gradient)
	if err != nil {
		return nil, fmt.Errorf("committed gradient of step %d: %w", ep.Metadata.Step, err)
	}
	return g, nil
}

// GradientTies is Gradient with the near-ties of the replay decided as ep's committed gradient
// says where that brings them closer (workload.TieTargets): the one-step verifier's fallback
// when the plain replay is beyond the boundary.
func GradientTies(j *workload.Job, ep *evidence.Endpoint, p numeric.Profile) (map[string][]float32, Ties, error) {
	target, err := committedGradient(ep)
	if err != nil {
		return nil, Ties{}, err
	}
	t, err := j.Restore(ep)
	if err != nil {
		return nil, Ties{}, fmt.Errorf("replay gradient: %w", err)
	}
	tt := &workload.TieTargets{Targets: map[uint64]map[string][]float32{ep.Metadata.Step: target}}
	t.ResolveTies(tt)
	g, _, err := t.Gradient(p)
	if err != nil {
		return nil, Ties{}, fmt.Errorf("replay gradient of endpoint %d: %w", ep.Metadata.Endpoint, err)
	}
	return g, tieCount(tt), nil
}

// StepTies is Step with near-ties decided the provider's way: the update's gradient towards
// start's committed gradient, the next state's gradient towards endGradient (the provider's
// committed gradient of the next state).
func StepTies(j *workload.Job, start *evidence.Endpoint, endGradient map[string][]float32, p numeric.Profile) (*evidence.Endpoint, Ties, error) {
	n := start.Metadata.Step
	if n >= j.Manifest().TotalSteps {
		return nil, Ties{}, fmt.Errorf("replay step %d: the job has %d steps", n, j.Manifest().TotalSteps)
	}
	target, err := committedGradient(start)
	if err != nil {
		return nil, Ties{}, err
	}
	t, err := j.Restore(start)
	if err != nil {
		return nil, Ties{}, fmt.Errorf("replay step %d: %w", n, err)
	}
	tt := &workload.TieTargets{Targets: map[uint64]map[string][]float32{n: target, n + 1: endGradient}}
	t.ResolveTies(tt)
	if _, err := t.Train(p, 1, nil); err != nil {
		return nil, Ties{}, fmt.Errorf("replay step %d: %w", n, err)
	}
	ep, err := t.CaptureStep(p)
	if err != nil {
		return nil, Ties{}, fmt.Errorf("replay step %d: %w", n, err)
	}
	return ep, tieCount(tt), nil
}
