package calibrate

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Config is one calibration.
type Config struct {
	// Manifest is the reference run: workload, data schedule, optimizer and
	// precision policy. Its stride is ignored (Strides are calibrated) and its
	// TotalSteps bound the endpoints.
	Manifest *evidence.Manifest
	Data     *data.Sources
	// Strides to calibrate the interval check for, ascending. Stride boundary.OneStep (the
	// one-step check of step-level disputes) is always calibrated too.
	Strides []uint64
	// Endpoints are the steps of the reference run to replay from, ascending,
	// each a multiple of every stride. Spread them over the whole job (Schedule does):
	// honest drift relative to the gradient grows as training goes on and gradients shrink,
	// so a boundary fitted on a few early endpoints flags later honest intervals.
	Endpoints []uint64
	// HeldOutTime are further steps of the reference run, never fitted on, where only the
	// held-out profiles are replayed: false positives on held-out time (later intervals than
	// calibrated, and intervals between the calibrated ones). Ascending, multiples of every
	// stride, disjoint from Endpoints; may be empty.
	HeldOutTime []uint64
	// GradientEvery adds, every that many steps of the reference run up to its last endpoint,
	// a step where only the endpoint check's one-step gradient is sampled (one gradient per
	// profile, far cheaper than an interval replay). Under rounded operands (bf16, fp16, tf32)
	// the endpoint check's drift has a heavy tail: a value that sits near a rounding boundary
	// rounds one way under one kernel and the other way under another, moving a gradient a
	// hundred times more than reduction order alone, and it happens at few weights and
	// batches, so the few endpoints miss it. 0 takes DefaultGradientEvery for the policy;
	// a negative value samples the endpoints only.
	GradientEvery int
	// OneStepEvery adds, one per that many steps, steps spread evenly over the whole
	// reference run (early and late, up to its last step) where only the one-step checks are
	// sampled: the endpoint check and the interval check at stride boundary.OneStep, one step
	// and one gradient per profile. The one-step check is what step-level disputes slash on,
	// so its fit covers the whole trajectory, not only the endpoints of the longest stride.
	// 0 takes DefaultOneStepEvery; a negative value samples the endpoints only.
	OneStepEvery int
	// Profiles to fit on; nil takes every honest profile of the policy except
	// its reference and the held-out ones.
	Profiles []numeric.Profile
	// HeldOut profiles are replayed only to measure the false-positive rate.
	HeldOut []numeric.Profile
	// External replayers (PyTorch configurations through prover/extreplay) are fitted on like
	// Profiles, so the boundary covers real foreign kernels and not only ovig's emulations of
	// them. Each replays every endpoint, gradient step and one-step step the profiles do (one
	// subprocess per gradient and per interval: seconds each).
	External []External
	// Percentile, Margin and Floor are passed to boundary.Fit; zero values
	// take DefaultPercentile(policy), DefaultMargin and DefaultFloor. TailMargin further
	// multiplies the interval check's bounds (boundary.Artifact.TailMargin);
	// 0 takes DefaultTailMargin.
	Percentile, Margin, TailMargin float64
	Floor                          boundary.Distance
	// Workers replays run in parallel; 0 means 1.
	Workers int
	// Now reads the clock for the report's timings; nil means time.Now.
	Now func() time.Time
}

// DefaultMargin multiplies the fitted percentile of honest drift when a Config leaves it 0.
const DefaultMargin = 3

// DefaultTailMargin is Config.TailMargin when left 0: it lifts the interval check's bounds
// past the ReLU-kink tail that a dozen calibration endpoints miss (14.6x the fitted bound, once
// in 100 intervals of a 1,000-step MLP job at s = 10), with room to spare; the attacks of the
// evaluation sit thousands of times above their bounds.
const DefaultTailMargin = 50

// DefaultPercentile is the percentile of honest drift fitted when a Config leaves it 0: the
// 99th under float32 operands; under rounded operands the largest drift seen, because there
// the tail is made of rare rounding flips (see GradientEvery), exactly what a lower
// percentile would cut off.
func DefaultPercentile(pol numeric.Policy) float64 {
	if pol.Operand == numeric.F32 {
		return 99
	}
	return 100
}

// DefaultGradientEvery is GradientEvery when a Config leaves it 0: every step under rounded
// operands, where rounding flips make the endpoint check's drift heavy-tailed, and the
// endpoints only under float32 operands, where no operand is rounded.
func DefaultGradientEvery(pol numeric.Policy) int {
	if pol.Operand == numeric.F32 {
		return -1
	}
	return 1
}

// DefaultOneStepEvery is Config.OneStepEvery when left 0: 40 one-step samples over a
// 1,000-step run, none over a run shorter than that many steps (a demo's quick calibration).
const DefaultOneStepEvery = 25

// DefaultFloor is the smallest bound. It matters for tensors that never drifted
// during calibration: another honest kernel can still move them by an ULP or two
// (a float32 ULP is 2^-24, about 6e-8, relative; seen on a transformer's
// LayerNorm weights under a held-out profile), so the floor sits a few ULPs up,
// and still a thousand times below the smallest attacks of DESIGN.md (relative
// L2 1e-3 and more).
func DefaultFloor() boundary.Distance {
	return boundary.Distance{RelL2: 1e-6, MaxAbs: 1e-5, CosDist: 1e-12}
}

// Report describes a calibration beyond what the artifact records.
type Report struct {
	Workload  string         `json:"workload"`
	Policy    numeric.Policy `json:"policy"`
	Endpoints []uint64       `json:"endpoints"`
	// GradientSteps are the steps where only the endpoint check was sampled, OneStepSteps
	// those where only the one-step checks were.
	GradientSteps []uint64          `json:"gradient_steps,omitempty"`
	OneStepSteps  []uint64          `json:"one_step_steps,omitempty"`
	Strides       []uint64          `json:"strides"`
	Profiles      int               `json:"profiles"`
	External      int               `json:"external,omitempty"` // external replayers fitted on
	HeldOut       int               `json:"held_out"`
	Replays       int               `json:"replays"` // one-step gradients plus interval replays
	Samples       []boundary.Sample `json:"samples"`
	// HeldOutSamples are the distances of the held-out replays.
	HeldOutSamples []boundary.Sample `json:"held_out_samples"`
	// HeldOutChecks counts held-out comparisons (endpoint x profile x check) at the
	// calibrated endpoints; FalsePositives those that Compare called Fraud.
	HeldOutChecks     int     `json:"held_out_checks"`
	FalsePositives    int     `json:"false_positives"`
	FalsePositiveRate float64 `json:"false_positive_rate"`
	// WorstHeldOut is the held-out comparison that came closest to its bound.
	WorstHeldOut boundary.Excess `json:"worst_held_out"`
	// HeldOutTime are the steps never calibrated on where the held-out profiles were
	// replayed too; HeldOutTimeChecks, HeldOutTimeFalsePositives and WorstHeldOutTime are the
	// same figures there: held-out profiles at held-out time.
	HeldOutTime               []uint64        `json:"held_out_time,omitempty"`
	HeldOutTimeChecks         int             `json:"held_out_time_checks"`
	HeldOutTimeFalsePositives int             `json:"held_out_time_false_positives"`
	WorstHeldOutTime          boundary.Excess `json:"worst_held_out_time"`
	// OneStep are the same held-out figures for the interval check at stride boundary.OneStep
	// alone, the check step-level disputes slash on.
	OneStep OneStepReport `json:"one_step"`
	Timing  Timing        `json:"timing"`
}

// OneStepReport is how the held-out profiles fared under the one-step check: at the
// calibrated steps (endpoints and one-step steps) and at held-out time.
type OneStepReport struct {
	HeldOutChecks             int             `json:"held_out_checks"`
	FalsePositives            int             `json:"false_positives"`
	Worst                     boundary.Excess `json:"worst"`
	HeldOutTimeChecks         int             `json:"held_out_time_checks"`
	HeldOutTimeFalsePositives int             `json:"held_out_time_false_positives"`
	WorstHeldOutTime          boundary.Excess `json:"worst_held_out_time"`
}

// Timing splits the wall time of a calibration.
type Timing struct {
	Reference   time.Duration `json:"reference_ns"`   // training the reference run
	Calibration time.Duration `json:"calibration_ns"` // reference and calibration replays
	HeldOut     time.Duration `json:"held_out_ns"`    // held-out replays and comparisons
}

// replayed is what one profile yields from one endpoint: the gradient signal
// (endpoint check) and, per stride, the replayed endpoint's compared tensors (none at a
// gradient-only step, stride boundary.OneStep only at a one-step step).
type replayed struct {
	gradient  map[string][]float32
	intervals map[uint64]map[string][]float32
}

// run holds what every replay of one calibration shares.
type run struct {
	single    *workload.Job // stride 1: endpoints at every step
	strides   []uint64
	endpoints []*evidence.Endpoint // every sampled step, ascending
	full      []bool               // by endpoint: every stride's interval is replayed too
	one       []bool               // by endpoint: a one-step step, where only stride OneStep's is
	held      []bool               // by endpoint: a held-out-time step, replayed only by held-out profiles
	replays   atomic.Int64         // gradients and intervals replayed
	epNames   []string             // tensors of the endpoint check
	ivNames   []string             // tensors of the interval check
}

// Run calibrates the boundary of cfg.Manifest's workload and policy.
func Run(ctx context.Context, cfg Config) (*boundary.Artifact, Report, error) {
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	workers := max(cfg.Workers, 1)
	m := cfg.Manifest
	if m == nil {
		return nil, Report{}, fmt.Errorf("calibrate: no manifest")
	}
	if !slices.Contains(cfg.Strides, boundary.OneStep) {
		cfg.Strides = slices.Insert(slices.Clone(cfg.Strides), 0, boundary.OneStep)
	}
	if err := checkSchedule(cfg.Strides, cfg.Endpoints, m.TotalSteps); err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: %w", m.Workload, err)
	}
	if len(cfg.HeldOutTime) > 0 {
		if err := checkSchedule(cfg.Strides, cfg.HeldOutTime, m.TotalSteps); err != nil {
			return nil, Report{}, fmt.Errorf("calibrate %s: held-out time: %w", m.Workload, err)
		}
		for _, st := range cfg.HeldOutTime {
			if _, found := slices.BinarySearch(cfg.Endpoints, st); found {
				return nil, Report{}, fmt.Errorf("calibrate %s: held-out time step %d is also a calibration endpoint", m.Workload, st)
			}
		}
	}
	if cfg.Margin == 0 {
		cfg.Margin = DefaultMargin
	}
	if cfg.TailMargin == 0 {
		cfg.TailMargin = DefaultTailMargin
	}
	if cfg.Floor == (boundary.Distance{}) {
		cfg.Floor = DefaultFloor()
	}
	if !(cfg.Floor.RelL2 > 0 && cfg.Floor.MaxAbs > 0 && cfg.Floor.CosDist > 0) {
		return nil, Report{}, fmt.Errorf("calibrate %s: floor %+v: every metric must be > 0 so that no bound is zero", m.Workload, cfg.Floor)
	}
	recipe, err := RecipeHash(m)
	if err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: %w", m.Workload, err)
	}
	r := &run{strides: cfg.Strides}
	ms := *m
	ms.Stride = 1
	if r.single, err = workload.Open(&ms, cfg.Data); err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: %w", m.Workload, err)
	}
	pol := r.single.Policy()
	ref := pol.Reference()
	if cfg.Percentile == 0 {
		cfg.Percentile = DefaultPercentile(pol)
	}
	cal, err := profiles(pol, cfg.Profiles, cfg.HeldOut)
	if err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s under %s: %w", m.Workload, pol, err)
	}
	if cfg.GradientEvery == 0 {
		cfg.GradientEvery = DefaultGradientEvery(pol)
	}
	if cfg.OneStepEvery == 0 {
		cfg.OneStepEvery = DefaultOneStepEvery
	}
	var oneSteps []uint64
	if cfg.OneStepEvery > 0 {
		oneSteps = spread(int(m.TotalSteps/uint64(cfg.OneStepEvery)), m.TotalSteps, cfg.Endpoints, cfg.HeldOutTime)
	}
	gradSteps := gradientSteps(cfg.GradientEvery, cfg.Endpoints)
	gradSteps = slices.DeleteFunc(gradSteps, func(st uint64) bool {
		_, held := slices.BinarySearch(cfg.HeldOutTime, st)
		_, one := slices.BinarySearch(oneSteps, st)
		return held || one
	})
	rep := Report{Workload: m.Workload, Policy: pol, Endpoints: cfg.Endpoints, GradientSteps: gradSteps, OneStepSteps: oneSteps,
		Strides: cfg.Strides, Profiles: len(cal), HeldOut: len(cfg.HeldOut), HeldOutTime: cfg.HeldOutTime}

	t0 := now()
	if err := r.train(ctx, ref, cfg.Endpoints, gradSteps, oneSteps, cfg.HeldOutTime); err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: reference run: %w", m.Workload, err)
	}
	r.epNames, r.ivNames = checkTensors(r.endpoints[0])

	t1 := now()
	refs := make([]*replayed, len(r.endpoints))
	if err := forEach(ctx, len(r.endpoints), workers, func(i int) (err error) {
		refs[i], err = r.replay(ctx, i, ref)
		return err
	}); err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: reference replay: %w", m.Workload, err)
	}
	rep.Samples, err = r.sweep(ctx, workers, cal, refs, false, nil)
	if err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: %w", m.Workload, err)
	}
	var external []string
	for _, x := range cfg.External {
		ss, err := r.sweepExternal(ctx, workers, x, refs)
		if err != nil {
			return nil, Report{}, fmt.Errorf("calibrate %s: external replayer %s: %w", m.Workload, x.Name, err)
		}
		rep.Samples = append(rep.Samples, ss...)
		external = append(external, x.Name)
	}
	rep.External = len(external)
	checks, err := boundary.Fit(rep.Samples, cfg.Percentile, cfg.Margin, cfg.Floor)
	if err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: %w", m.Workload, err)
	}
	boundary.ApplyTailMargin(checks, cfg.TailMargin)
	a := &boundary.Artifact{
		Version: boundary.ArtifactVersion, Workload: m.Workload, Policy: pol, Reference: ref,
		Percentile: cfg.Percentile, Margin: cfg.Margin, TailMargin: cfg.TailMargin, Floor: cfg.Floor, Checks: checks,
		Calibration: boundary.Calibration{
			RecipeHash: recipe, Steps: m.TotalSteps, Endpoints: cfg.Endpoints, GradientSteps: gradSteps, OneStepSteps: oneSteps,
			Profiles: cal, HeldOut: cfg.HeldOut, External: external,
			Samples: uint64(len(rep.Samples)),
		},
	}

	t2 := now()
	var verdicts, timeVerdicts, oneVerdicts, oneTimeVerdicts []boundary.Verdict
	rep.HeldOutSamples, err = r.sweep(ctx, workers, cfg.HeldOut, refs, true, func(i int, ref, got *replayed) error {
		v, one, err := compareAll(a, r.strides, ref, got)
		if r.held[i] {
			timeVerdicts, oneTimeVerdicts = append(timeVerdicts, v...), append(oneTimeVerdicts, one)
		} else {
			verdicts, oneVerdicts = append(verdicts, v...), append(oneVerdicts, one)
		}
		return err
	})
	if err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: held-out replay: %w", m.Workload, err)
	}
	rep.HeldOutChecks, rep.FalsePositives, rep.WorstHeldOut = tally(verdicts)
	rep.FalsePositiveRate = float64(rep.FalsePositives) / float64(rep.HeldOutChecks)
	rep.HeldOutTimeChecks, rep.HeldOutTimeFalsePositives, rep.WorstHeldOutTime = tally(timeVerdicts)
	o := &rep.OneStep
	o.HeldOutChecks, o.FalsePositives, o.Worst = tally(oneVerdicts)
	o.HeldOutTimeChecks, o.HeldOutTimeFalsePositives, o.WorstHeldOutTime = tally(oneTimeVerdicts)
	a.Calibration.HeldOutSamples = uint64(rep.HeldOutChecks)
	a.Calibration.FalsePositives = uint64(rep.FalsePositives)
	a.Calibration.HeldOutTime = slices.Clone(cfg.HeldOutTime)
	a.Calibration.HeldOutTimeSamples = uint64(rep.HeldOutTimeChecks)
	a.Calibration.HeldOutTimeFalsePositives = uint64(rep.HeldOutTimeFalsePositives)
	rep.Replays = int(r.replays.Load())
	rep.Timing = Timing{Reference: t1.Sub(t0), Calibration: t2.Sub(t1), HeldOut: now().Sub(t2)}
	if err := a.Validate(); err != nil {
		return nil, Report{}, fmt.Errorf("calibrate %s: %w", m.Workload, err)
	}
	return a, rep, nil
}

// RecipeHash is keccak256 of m's JSON with stride and boundary hash zeroed:
// what identifies a reference run before its boundary exists.
func RecipeHash(m *evidence.Manifest) (evidence.Hash32, error) {
	c := *m
	c.Stride, c.BoundaryHash = 0, evidence.Hash32{}
	// nil and empty parameter maps mean the same; only one may reach the hash.
	for _, np := range []*evidence.NamedParams{&c.Architecture, &c.Optimizer, &c.LRSchedule} {
		if np.Params == nil {
			np.Params = map[string]float64{}
		}
	}
	b, err := json.Marshal(&c)
	if err != nil {
		return evidence.Hash32{}, fmt.Errorf("recipe hash: %w", err)
	}
	return evidence.Keccak256(b), nil
}

// train runs the reference run under ref and captures the endpoints, the gradient-only
// steps, the one-step steps and the held-out-time steps.
func (r *run) train(ctx context.Context, ref numeric.Profile, endpoints, gradSteps, oneSteps, heldTime []uint64) error {
	tr, err := r.single.Init()
	if err != nil {
		return err
	}
	steps := slices.Sorted(slices.Values(slices.Concat(endpoints, gradSteps, oneSteps, heldTime)))
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := tr.Train(ref, step-tr.Step(), nil); err != nil {
			return err
		}
		ep, err := tr.Capture(ref, step)
		if err != nil {
			return err
		}
		r.endpoints = append(r.endpoints, ep)
		_, full := slices.BinarySearch(endpoints, step)
		_, held := slices.BinarySearch(heldTime, step)
		_, one := slices.BinarySearch(oneSteps, step)
		r.full = append(r.full, full || held)
		r.one = append(r.one, one)
		r.held = append(r.held, held)
	}
	return nil
}

// replay runs the endpoint check's gradient and every stride's interval from endpoint i
// under p. One trainer replays them all, capturing at each stride on the way (strides
// ascending): an interval of s steps from a step is the first s steps of a longer one, bit
// for bit, and a capture does not touch the trajectory.
func (r *run) replay(ctx context.Context, i int, p numeric.Profile) (*replayed, error) {
	ep := r.endpoints[i]
	tr, err := r.single.Restore(ep)
	if err != nil {
		return nil, fmt.Errorf("replay from step %d: %w", ep.Metadata.Step, err)
	}
	g, _, err := tr.Gradient(p)
	if err != nil {
		return nil, fmt.Errorf("gradient at step %d under %s: %w", ep.Metadata.Step, p, err)
	}
	r.replays.Add(1)
	out := &replayed{gradient: make(map[string][]float32, len(g)), intervals: map[uint64]map[string][]float32{}}
	for name, v := range g {
		out.gradient[boundary.PrefixGradient+name] = v
	}
	for _, s := range r.intervalStrides(i) {
		r.replays.Add(1)
		for tr.Step() < ep.Metadata.Step+s {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if _, err := tr.Train(p, 1, nil); err != nil {
				return nil, fmt.Errorf("interval of %d steps from step %d under %s: %w", s, ep.Metadata.Step, p, err)
			}
		}
		next, err := tr.Capture(p, tr.Step())
		if err != nil {
			return nil, fmt.Errorf("interval of %d steps from step %d under %s: %w", s, ep.Metadata.Step, p, err)
		}
		if out.intervals[s], err = boundary.Tensors(next, r.ivNames); err != nil {
			return nil, fmt.Errorf("interval of %d steps from step %d under %s: %w", s, ep.Metadata.Step, p, err)
		}
	}
	return out, nil
}

// intervalStrides are the strides whose interval is replayed from endpoint i.
func (r *run) intervalStrides(i int) []uint64 {
	switch {
	case r.full[i]:
		return r.strides
	case r.one[i]:
		return []uint64{boundary.OneStep}
	}
	return nil
}

// sweep replays every endpoint under every profile (the held-out-time steps only if
// heldTime), measures each replay against the reference replay and, if visit is set, hands
// the endpoint index and both replays to it (in a deterministic order, one call at a time).
// Samples come out ordered by profile, then endpoint, whatever the parallelism.
func (r *run) sweep(ctx context.Context, workers int, ps []numeric.Profile, refs []*replayed, heldTime bool, visit func(i int, ref, got *replayed) error) ([]boundary.Sample, error) {
	n := len(r.endpoints)
	results := make([][]boundary.Sample, len(ps)*n)
	var mu sync.Mutex
	next := 0 // visits happen in item order: item i waits for i-1
	cond := sync.NewCond(&mu)
	err := forEach(ctx, len(results), workers, func(k int) error {
		p, i := ps[k/n], k%n
		var got *replayed
		var err error
		skip := r.held[i] && !heldTime
		if !skip {
			got, err = r.replay(ctx, i, p)
		}
		if err == nil && !skip {
			results[k], err = r.samples(p, i, refs[i], got)
		}
		if visit == nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		for next != k {
			cond.Wait()
		}
		next++
		cond.Broadcast()
		if err != nil || skip {
			return err
		}
		return visit(i, refs[i], got)
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

func (r *run) samples(p numeric.Profile, i int, ref, got *replayed) ([]boundary.Sample, error) {
	step := r.endpoints[i].Metadata.Step
	out, err := measure(boundary.CheckEndpoint, 1, step, p, r.epNames, ref.gradient, got.gradient)
	if err != nil {
		return nil, err
	}
	for _, s := range r.intervalStrides(i) {
		ss, err := measure(boundary.CheckInterval, s, step, p, r.ivNames, ref.intervals[s], got.intervals[s])
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}

// compareAll runs the endpoint check and every interval check of one replay, and returns
// their verdicts and, apart, the one-step check's: one step's endpoint check and interval
// check at stride boundary.OneStep taken together, as a step-level dispute judges them (at a
// gradient-only step, the endpoint check alone).
func compareAll(a *boundary.Artifact, strides []uint64, ref, got *replayed) ([]boundary.Verdict, boundary.Verdict, error) {
	ep, err := a.Compare(boundary.CheckEndpoint, 1, ref.gradient, got.gradient)
	if err != nil {
		return nil, boundary.Verdict{}, err
	}
	out, one := []boundary.Verdict{ep}, ep
	for _, s := range strides {
		if got.intervals[s] == nil {
			continue // not replayed from this step
		}
		v, err := a.Compare(boundary.CheckInterval, s, ref.intervals[s], got.intervals[s])
		if err != nil {
			return nil, boundary.Verdict{}, err
		}
		out = append(out, v)
		if s == boundary.OneStep {
			one = joint(ep, v)
		}
	}
	return out, one, nil
}

// joint is the verdict of two checks taken together: fraud if either is, the worse excess.
func joint(x, y boundary.Verdict) boundary.Verdict {
	j := boundary.Verdict{Fraud: x.Fraud || y.Fraud, Worst: x.Worst, Exceeded: slices.Concat(x.Exceeded, y.Exceeded)}
	if y.Worst.Ratio > x.Worst.Ratio {
		j.Worst = y.Worst
	}
	return j
}

// tally counts verdicts and frauds and finds the worst excess.
func tally(vs []boundary.Verdict) (checks, frauds int, worst boundary.Excess) {
	worst.Ratio = -1
	for _, v := range vs {
		if v.Fraud {
			frauds++
		}
		if v.Worst.Ratio > worst.Ratio {
			worst = v.Worst
		}
	}
	return len(vs), frauds, worst
}

// forEach calls f(0..n-1) on up to workers goroutines and returns the first
// error; it stops starting new calls once one fails or ctx is done.
func forEach(ctx context.Context, n, workers int, f func(i int) error) error {
	var (
		mu    sync.Mutex
		next  int
		first error
		wg    sync.WaitGroup
	)
	for range min(workers, n) {
		wg.Go(func() {
			for {
				mu.Lock()
				if first == nil {
					first = ctx.Err()
				}
				if first != nil || next == n {
					mu.Unlock()
					return
				}
				i := next
				next++
				mu.Unlock()
				if err := f(i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	return first
}
