package workload

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/optim"
)

// StepTensor is the name of the I64 step counter in endpoint state.
const StepTensor = "step"

// Hooks let a provider behaviour (an attack) intervene in training; nil is honest.
// Any field may be nil.
type Hooks struct {
	Skip  func(step uint64) bool                        // do not update at this step (the counter still advances)
	Batch func(step uint64, b *Batch)                   // modify the batch (drop samples, flip labels, patch a trigger)
	Grad  func(step uint64, grads map[string][]float32) // modify gradients before the update
	LR    func(step uint64, lr float64) float64         // replace the learning rate
}

// Trainer is the mutable training state of a job: parameters, optimizer, step counter.
// It holds one copy of the parameters and is not safe for concurrent use.
type Trainer struct {
	job    *Job
	step   uint64
	params []optim.Param
	opt    optim.Optimizer
	sched  data.Schedule
	losses []float64 // since the last Capture (or Init / Restore)
	ties   *TieTargets
}

func (j *Job) newTrainer(params []optim.Param) (*Trainer, error) {
	opt, err := optim.New(j.m.Optimizer)
	if err != nil {
		return nil, fmt.Errorf("job %s: %w", j.m.Workload, err)
	}
	return &Trainer{
		job: j, params: params, opt: opt,
		sched: data.Schedule{Seed: j.m.Schedule.Seed, Size: uint64(j.mdl.trainLen()), BatchSize: j.m.Schedule.BatchSize},
	}, nil
}

// Init returns a trainer at step 0 with the initial weights (whose hash is the
// manifest's InitialWeightsHash) and zero optimizer state.
func (j *Job) Init() (*Trainer, error) {
	t, err := j.newTrainer(j.initParams())
	if err != nil {
		return nil, err
	}
	t.opt.Reset(t.params)
	return t, nil
}

// Restore returns a trainer at the state committed in ep.
func (j *Job) Restore(ep *evidence.Endpoint) (*Trainer, error) {
	if err := ep.Validate(); err != nil {
		return nil, fmt.Errorf("restore endpoint: %w", err)
	}
	byName := make(map[string]*evidence.Tensor, len(ep.State))
	for i := range ep.State {
		byName[ep.State[i].Name] = &ep.State[i]
	}
	params := j.emptyParams()
	for i := range params {
		p := &params[i]
		ts, ok := byName[p.Name]
		if !ok {
			return nil, fmt.Errorf("restore endpoint %d: missing parameter %q", ep.Metadata.Endpoint, p.Name)
		}
		vals, err := ts.F32s()
		if err != nil {
			return nil, fmt.Errorf("restore endpoint %d: %w", ep.Metadata.Endpoint, err)
		}
		if !slices.Equal(ts.Shape, p.Shape) {
			return nil, fmt.Errorf("restore endpoint %d: parameter %q has shape %v, want %v", ep.Metadata.Endpoint, p.Name, ts.Shape, p.Shape)
		}
		p.Val = vals
	}
	st, ok := byName[StepTensor]
	if !ok {
		return nil, fmt.Errorf("restore endpoint %d: missing %q tensor", ep.Metadata.Endpoint, StepTensor)
	}
	sv, err := st.I64s()
	if err != nil || len(sv) != 1 || sv[0] < 0 || uint64(sv[0]) != ep.Metadata.Step {
		return nil, fmt.Errorf("restore endpoint %d: step tensor disagrees with metadata step %d", ep.Metadata.Endpoint, ep.Metadata.Step)
	}
	t, err := j.newTrainer(params)
	if err != nil {
		return nil, err
	}
	if err := t.opt.Load(byName, t.params); err != nil {
		return nil, fmt.Errorf("restore endpoint %d: %w", ep.Metadata.Endpoint, err)
	}
	t.step = ep.Metadata.Step
	return t, nil
}

// Step is the number of optimizer steps done so far.
func (t *Trainer) Step() uint64 { return t.step }

// Train runs n optimizer steps under profile p and returns their losses (the loss on
// each step's batch before its update; a skipped step repeats the previous loss).
func (t *Trainer) Train(p numeric.Profile, n uint64, h *Hooks) ([]float64, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if h == nil {
		h = &Hooks{}
	}
	out := make([]float64, 0, n)
	for range n {
		s := t.step
		if h.Skip != nil && h.Skip(s) {
			last := 0.0
			if len(t.losses) > 0 {
				last = t.losses[len(t.losses)-1]
			}
			t.step++
			t.losses = append(t.losses, last)
			out = append(out, last)
			continue
		}
		b := t.job.mdl.batch(t.sched.Batch(s), false, s)
		if h.Batch != nil {
			h.Batch(s, b)
		}
		loss, err := t.gradientAt(p, b, s)
		if err != nil {
			return out, fmt.Errorf("step %d: %w", s, err)
		}
		if h.Grad != nil {
			h.Grad(s, t.gradMap())
		}
		lr := t.job.sched.LR(s)
		if h.LR != nil {
			lr = h.LR(s, lr)
		}
		if err := t.opt.Update(t.params, lr, p.Opt); err != nil {
			return out, fmt.Errorf("step %d: %w", s, err)
		}
		t.step++
		t.losses = append(t.losses, loss)
		out = append(out, loss)
	}
	return out, nil
}

// gradient overwrites the parameter gradients with those of the loss on b under p (decisions
// recorded or flipped through ties, nil for none).
func (t *Trainer) gradient(p numeric.Profile, b *Batch, ties *nn.Ties) (float64, error) {
	if b.Len() == 0 {
		return 0, fmt.Errorf("empty batch")
	}
	g := nn.NewProfileGraph(p).WithTies(ties)
	vars := make(map[string]*nn.Var[float32], len(t.params))
	for _, prm := range t.params {
		clear(prm.Grad)
		shape := make([]int, len(prm.Shape))
		for i, d := range prm.Shape {
			shape[i] = int(d)
		}
		vars[prm.Name] = g.Param(nn.FromData(prm.Val, shape...), nn.FromData(prm.Grad, shape...))
	}
	loss, _, err := t.job.mdl.loss(g, vars, b)
	if err != nil {
		return 0, err
	}
	if err := g.Backward(loss); err != nil {
		return 0, err
	}
	l := float64(loss.Val.Data[0])
	if math.IsNaN(l) || math.IsInf(l, 0) {
		return 0, fmt.Errorf("loss is %v: training diverged", l)
	}
	return l, nil
}

// gradMap exposes the gradient buffers by parameter name (aliased, not copied).
func (t *Trainer) gradMap() map[string][]float32 {
	m := make(map[string][]float32, len(t.params))
	for _, p := range t.params {
		m[p.Name] = p.Grad
	}
	return m
}

// Gradient is the gradient signal at the current weights on the batch of step Step()
// (the batch the next update uses) under p, by parameter name (fresh copies).
func (t *Trainer) Gradient(p numeric.Profile) (map[string][]float32, float64, error) {
	if err := p.Validate(); err != nil {
		return nil, 0, err
	}
	loss, err := t.gradientAt(p, t.job.mdl.batch(t.sched.Batch(t.step), false, t.step), t.step)
	if err != nil {
		return nil, 0, fmt.Errorf("gradient at step %d: %w", t.step, err)
	}
	m := make(map[string][]float32, len(t.params))
	for _, prm := range t.params {
		m[prm.Name] = append([]float32(nil), prm.Grad...)
	}
	return m, loss, nil
}

// Capture returns the evidence of endpoint (Step() must be endpoint*stride): the state,
// the gradient signal at the current weights on batch(Step()) under p, and metadata with
// the last MaxEndpointLosses losses since the previous Capture (which it then forgets),
// per-tensor norms and the declared precision policy; Extra records the profile, the
// gradient-batch loss and the interval's mean loss and step count.
func (t *Trainer) Capture(p numeric.Profile, endpoint uint64) (*evidence.Endpoint, error) {
	if endpoint*t.job.m.Stride != t.step {
		return nil, fmt.Errorf("capture endpoint %d: trainer is at step %d, endpoint needs step %d", endpoint, t.step, endpoint*t.job.m.Stride)
	}
	ep, err := t.capture(p, endpoint)
	if err != nil {
		return nil, err
	}
	t.losses = nil
	return ep, nil
}

// CaptureStep returns the evidence of the state after Step() steps as a provider serves it in a
// step-level dispute: like Capture, with endpoint index Step()/stride and the losses since the
// last Capture, which it keeps. So the state after the last step of an interval is the interval's
// end endpoint bit for bit, and the states between are the interval's step states.
func (t *Trainer) CaptureStep(p numeric.Profile) (*evidence.Endpoint, error) {
	return t.capture(p, t.step/t.job.m.Stride)
}

// Clone returns an independent copy of the trainer (parameters, optimizer state, step and the
// losses since the last Capture), so a provider can keep checkpoints inside an interval.
func (t *Trainer) Clone() (*Trainer, error) {
	params := make([]optim.Param, len(t.params))
	for i, p := range t.params {
		p.Val = slices.Clone(p.Val)
		p.Grad = make([]float32, len(p.Grad))
		params[i] = p
	}
	c, err := t.job.newTrainer(params)
	if err != nil {
		return nil, err
	}
	os, err := t.opt.State()
	if err != nil {
		return nil, fmt.Errorf("clone trainer: %w", err)
	}
	byName := make(map[string]*evidence.Tensor, len(os))
	for i := range os {
		byName[os[i].Name] = &os[i]
	}
	if err := c.opt.Load(byName, c.params); err != nil {
		return nil, fmt.Errorf("clone trainer: %w", err)
	}
	c.step, c.losses = t.step, slices.Clone(t.losses)
	return c, nil
}

func (t *Trainer) capture(p numeric.Profile, endpoint uint64) (*evidence.Endpoint, error) {
	m := t.job.m
	grads, gloss, err := t.Gradient(p)
	if err != nil {
		return nil, fmt.Errorf("capture endpoint %d: %w", endpoint, err)
	}
	state, err := paramTensors(t.params)
	if err != nil {
		return nil, fmt.Errorf("capture endpoint %d: %w", endpoint, err)
	}
	os, err := t.opt.State()
	if err != nil {
		return nil, fmt.Errorf("capture endpoint %d: %w", endpoint, err)
	}
	st, err := evidence.NewI64(StepTensor, []int64{1}, []int64{int64(t.step)})
	if err != nil {
		return nil, fmt.Errorf("capture endpoint %d: %w", endpoint, err)
	}
	state = append(append(state, os...), st)
	gradient := make([]evidence.Tensor, len(t.params))
	for i, prm := range t.params {
		if gradient[i], err = evidence.NewF32(prm.Name, prm.Shape, grads[prm.Name]); err != nil {
			return nil, fmt.Errorf("capture endpoint %d: %w", endpoint, err)
		}
	}
	meta := evidence.Metadata{
		Version:   evidence.MetadataVersion,
		Endpoint:  endpoint,
		Step:      t.step,
		Precision: m.Precision,
		Losses:    append([]float64{}, t.losses[max(0, len(t.losses)-MaxEndpointLosses):]...),
		Norms:     evidence.TensorNorms(state, gradient),
		Extra: map[string]string{
			"profile": p.Name(), "gradient_loss": strconv.FormatFloat(gloss, 'g', -1, 64),
			"loss_mean": strconv.FormatFloat(mean(t.losses), 'g', -1, 64), "loss_steps": strconv.Itoa(len(t.losses)),
		},
	}
	ep, err := evidence.NewEndpoint(state, gradient, meta, m.ChunkSize)
	if err != nil {
		return nil, fmt.Errorf("capture endpoint %d: %w", endpoint, err)
	}
	return ep, nil
}

// MaxEndpointLosses bounds the per-step losses an endpoint's metadata keeps (the last ones; the
// interval's mean and step count go in Extra), so evidence per interval does not grow with the
// stride and storage falls by the full factor s.
const MaxEndpointLosses = 4

func mean(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// Eval is a held-out evaluation.
type Eval struct {
	Loss     float64
	Accuracy float64 // classifiers only; NaN otherwise
	Examples int
}

// Evaluate measures the held-out loss (and accuracy for classifiers) of t's weights on
// a prefix of the test split (up to 2000 images or 256 text windows), under the policy's
// reference profile.
func (j *Job) Evaluate(t *Trainer) (Eval, error) {
	n := j.mdl.evalLen()
	const chunk = 250
	p := j.policy.Reference()
	var lossSum float64
	correct := 0
	classifier := false
	for start := 0; start < n; start += chunk {
		idx := make([]int, 0, chunk)
		for i := start; i < min(n, start+chunk); i++ {
			idx = append(idx, i)
		}
		b := j.mdl.batch(idx, true, 0)
		g := nn.NewProfileGraph(p)
		vars := make(map[string]*nn.Var[float32], len(t.params))
		for _, prm := range t.params {
			shape := make([]int, len(prm.Shape))
			for i, d := range prm.Shape {
				shape[i] = int(d)
			}
			vars[prm.Name] = g.Input(nn.FromData(prm.Val, shape...))
		}
		loss, logits, err := j.mdl.loss(g, vars, b)
		if err != nil {
			return Eval{}, fmt.Errorf("evaluate: %w", err)
		}
		lossSum += float64(float64(loss.Val.Data[0]) * float64(len(idx)))
		if logits != nil {
			classifier = true
			c := logits.Val.Len() / len(idx)
			for i, y := range b.Labels {
				row := logits.Val.Data[i*c : (i+1)*c]
				best := 0
				for k, v := range row {
					if v > row[best] {
						best = k
					}
				}
				if best == y {
					correct++
				}
			}
		}
	}
	e := Eval{Loss: lossSum / float64(n), Accuracy: math.NaN(), Examples: n}
	if classifier {
		e.Accuracy = float64(correct) / float64(n)
	}
	return e, nil
}
