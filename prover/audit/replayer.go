package audit

import (
	"context"
	"errors"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/replay"
	"github.com/ovig/ovig/prover/workload"
)

// Replayer recomputes what an audit compares with the committed evidence: the gradient at a
// state's weights on its batch, and the state reached by replaying training steps. Engine is
// ovig's own; prover/extreplay drives an external one (PyTorch) as a subprocess.
type Replayer interface {
	// Name says what replays, for reports ("ovig f32/acc=f32/...", "external python3 -m ...").
	Name() string
	// Gradient is the gradient at ep's weights on the batch of its step, by parameter name.
	Gradient(ctx context.Context, j *workload.Job, ep *evidence.Endpoint) (map[string][]float32, error)
	// Interval replays the stride steps from endpoint start and returns endpoint k+1 as
	// workload.Trainer.Capture lays it out; onStep, if set, follows the steps.
	Interval(ctx context.Context, j *workload.Job, start *evidence.Endpoint, onStep func(done, of uint64)) (*evidence.Endpoint, error)
	// Step replays the one step after step state start and returns the next state as
	// workload.Trainer.CaptureStep lays it out.
	Step(ctx context.Context, j *workload.Job, start *evidence.Endpoint) (*evidence.Endpoint, error)
}

// ErrReplayer marks a Replayer's own failure (an external replayer that crashed, hung or
// answered garbage): the audit returns it as an error, never as a finding against the
// provider. Any other replay error means the evidence cannot be replayed: Malformed.
var ErrReplayer = errors.New("replayer failed")

// Engine replays on ovig's own kernels under a numeric profile.
type Engine struct{ Profile numeric.Profile }

// Name implements Replayer.
func (e Engine) Name() string { return "ovig " + e.Profile.Name() }

// Gradient implements Replayer.
func (e Engine) Gradient(_ context.Context, j *workload.Job, ep *evidence.Endpoint) (map[string][]float32, error) {
	return replay.Gradient(j, ep, e.Profile)
}

// Interval implements Replayer.
func (e Engine) Interval(ctx context.Context, j *workload.Job, start *evidence.Endpoint, onStep func(done, of uint64)) (*evidence.Endpoint, error) {
	return replay.Interval(ctx, j, start, e.Profile, onStep)
}

// Step implements Replayer.
func (e Engine) Step(_ context.Context, j *workload.Job, start *evidence.Endpoint) (*evidence.Endpoint, error) {
	return replay.Step(j, start, e.Profile)
}

// replayer is the input's replayer: ovig's engine under in.Profile unless one is given.
func (in Input) replayer() Replayer {
	if in.Replayer != nil {
		return in.Replayer
	}
	return Engine{Profile: in.Profile}
}
