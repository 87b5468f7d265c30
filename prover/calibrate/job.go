package calibrate

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/replay"
	"github.com/ovig/ovig/prover/workload"
)

// IntervalCheck is one honest interval of a validated job: the worst excess of its endpoint
// check and of its interval check.
type IntervalCheck struct {
	Interval uint64          `json:"interval"`
	Endpoint boundary.Excess `json:"endpoint"`
	Replay   boundary.Excess `json:"interval_check"`
	Flagged  bool            `json:"flagged"`
}

// JobValidation is a whole honest job audited under an artifact: held-out time (every
// interval of a job longer than the calibration's endpoints) under a held-out profile.
type JobValidation struct {
	Provider  numeric.Profile `json:"provider"` // the honest provider trained under it
	Auditor   numeric.Profile `json:"auditor"`  // and the verifier replayed under it
	Steps     uint64          `json:"steps"`
	Stride    uint64          `json:"stride"`
	Intervals []IntervalCheck `json:"intervals"`
	Flagged   int             `json:"flagged"`
	// Worst is the excess that came closest to (or beyond) its bound over the whole job.
	Worst boundary.Excess `json:"worst"`
}

// ValidateJob trains an honest provider of job j (all j.Manifest().TotalSteps steps at its
// stride) under the provider profile and audits every interval under a, replaying under the
// auditor profile: the endpoint check at each endpoint k+1 and the interval check from k to k+1,
// as prover/audit does. Intervals are audited on up to workers goroutines.
func ValidateJob(ctx context.Context, j *workload.Job, a *boundary.Artifact, provider, auditor numeric.Profile, workers int) (JobValidation, error) {
	m := j.Manifest()
	v := JobValidation{Provider: provider, Auditor: auditor, Steps: m.TotalSteps, Stride: m.Stride, Worst: boundary.Excess{Ratio: -1}}
	tr, err := j.Init()
	if err != nil {
		return v, err
	}
	eps := make([]*evidence.Endpoint, 0, m.Intervals()+1)
	for k := uint64(0); k <= m.Intervals(); k++ {
		if err := ctx.Err(); err != nil {
			return v, err
		}
		if k > 0 {
			if _, err := tr.Train(provider, m.Stride, nil); err != nil {
				return v, fmt.Errorf("validate: provider: %w", err)
			}
		}
		ep, err := tr.Capture(provider, k)
		if err != nil {
			return v, fmt.Errorf("validate: provider: %w", err)
		}
		eps = append(eps, ep)
	}
	epNames, err := a.TensorNames(boundary.CheckEndpoint, 1)
	if err != nil {
		return v, err
	}
	ivNames, err := a.TensorNames(boundary.CheckInterval, m.Stride)
	if err != nil {
		return v, err
	}
	v.Intervals = make([]IntervalCheck, m.Intervals())
	err = forEach(ctx, len(v.Intervals), max(workers, 1), func(i int) error {
		k := uint64(i)
		end := eps[k+1]
		ev, err := endpointVerdict(j, a, end, epNames, auditor)
		if err != nil {
			return fmt.Errorf("validate interval %d: %w", k, err)
		}
		next, err := replay.Interval(ctx, j, eps[k], auditor, nil)
		if err != nil {
			return err
		}
		got, err := boundary.Tensors(next, ivNames)
		if err != nil {
			return err
		}
		ref, err := boundary.Tensors(end, ivNames)
		if err != nil {
			return err
		}
		iv, err := a.Compare(boundary.CheckInterval, m.Stride, ref, got)
		if err != nil {
			return fmt.Errorf("validate interval %d: %w", k, err)
		}
		v.Intervals[i] = IntervalCheck{Interval: k, Endpoint: ev.Worst, Replay: iv.Worst, Flagged: ev.Fraud || iv.Fraud}
		return nil
	})
	if err != nil {
		return v, fmt.Errorf("validate %s: %w", m.Workload, err)
	}
	for _, ic := range v.Intervals {
		if ic.Flagged {
			v.Flagged++
		}
		for _, e := range []boundary.Excess{ic.Endpoint, ic.Replay} {
			if e.Ratio > v.Worst.Ratio {
				v.Worst = e
			}
		}
	}
	return v, nil
}

// StepCheck is one honest step under the one-step check of a step-level dispute: from the
// provider's state at Step, one step replayed by the auditor against the provider's state at
// Step+1 (the interval check at stride boundary.OneStep), and the endpoint check there.
type StepCheck struct {
	Step     uint64          `json:"step"`
	Endpoint boundary.Excess `json:"endpoint"`
	OneStep  boundary.Excess `json:"one_step"`
	Flagged  bool            `json:"flagged"`
}

// StepValidation is a whole honest job's steps audited under the one-step check.
type StepValidation struct {
	Provider numeric.Profile `json:"provider"`
	Auditor  numeric.Profile `json:"auditor"`
	Steps    uint64          `json:"steps"` // of the job
	Checked  []StepCheck     `json:"checked"`
	Flagged  int             `json:"flagged"`
	Worst    boundary.Excess `json:"worst"`
}

// ValidateSteps trains an honest provider of single (a job of stride 1, where every step is
// an endpoint) under the provider profile up to the last of steps (ascending) and audits each
// of them with the one-step check under a, replaying under the auditor profile, on up to
// workers goroutines while the provider trains on.
func ValidateSteps(ctx context.Context, single *workload.Job, a *boundary.Artifact, provider, auditor numeric.Profile, steps []uint64, workers int) (StepValidation, error) {
	m := single.Manifest()
	v := StepValidation{Provider: provider, Auditor: auditor, Steps: m.TotalSteps, Checked: make([]StepCheck, len(steps)), Worst: boundary.Excess{Ratio: -1}}
	if m.Stride != 1 {
		return v, fmt.Errorf("validate steps: job of stride %d, want 1", m.Stride)
	}
	if !slices.IsSorted(steps) || len(steps) == 0 || steps[len(steps)-1] >= m.TotalSteps {
		return v, fmt.Errorf("validate steps: %d steps ascending before %d wanted", len(steps), m.TotalSteps)
	}
	epNames, err := a.TensorNames(boundary.CheckEndpoint, 1)
	if err != nil {
		return v, err
	}
	oneNames, err := a.TensorNames(boundary.CheckInterval, boundary.OneStep)
	if err != nil {
		return v, err
	}
	tr, err := single.Init()
	if err != nil {
		return v, err
	}
	check := func(i int, start, end *evidence.Endpoint) error {
		ev, err := endpointVerdict(single, a, end, epNames, auditor)
		if err != nil {
			return err
		}
		next, err := replay.Interval(ctx, single, start, auditor, nil)
		if err != nil {
			return err
		}
		got, err := boundary.Tensors(next, oneNames)
		if err != nil {
			return err
		}
		ref, err := boundary.Tensors(end, oneNames)
		if err != nil {
			return err
		}
		ov, err := a.Compare(boundary.CheckInterval, boundary.OneStep, ref, got)
		if err != nil {
			return err
		}
		v.Checked[i] = StepCheck{Step: start.Metadata.Step, Endpoint: ev.Worst, OneStep: ov.Worst, Flagged: ev.Fraud || ov.Fraud}
		return nil
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	slots := make(chan struct{}, max(workers, 1)) // bounds the endpoints held in memory too
	capture := func() (*evidence.Endpoint, error) { return tr.Capture(provider, tr.Step()) }
	for i, st := range steps {
		if err := ctx.Err(); err != nil {
			return v, err
		}
		if _, err := tr.Train(provider, st-tr.Step(), nil); err != nil {
			return v, fmt.Errorf("validate steps: provider: %w", err)
		}
		start, err := capture()
		if err != nil {
			return v, err
		}
		if _, err := tr.Train(provider, 1, nil); err != nil {
			return v, fmt.Errorf("validate steps: provider: %w", err)
		}
		end, err := capture()
		if err != nil {
			return v, err
		}
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			if err := check(i, start, end); err != nil {
				mu.Lock()
				first = cmp.Or(first, fmt.Errorf("validate step %d: %w", st, err))
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if first != nil {
		return v, fmt.Errorf("validate %s: %w", m.Workload, first)
	}
	for _, sc := range v.Checked {
		if sc.Flagged {
			v.Flagged++
		}
		for _, e := range []boundary.Excess{sc.Endpoint, sc.OneStep} {
			if e.Ratio > v.Worst.Ratio {
				v.Worst = e
			}
		}
	}
	return v, nil
}

// endpointVerdict is the endpoint check of end: the gradient recomputed at its weights under
// auditor against the committed one.
func endpointVerdict(j *workload.Job, a *boundary.Artifact, end *evidence.Endpoint, names []string, auditor numeric.Profile) (boundary.Verdict, error) {
	g, err := replay.Gradient(j, end, auditor)
	if err != nil {
		return boundary.Verdict{}, err
	}
	got := make(map[string][]float32, len(g))
	for name, x := range g {
		got[boundary.PrefixGradient+name] = x
	}
	ref, err := boundary.Tensors(end, names)
	if err != nil {
		return boundary.Verdict{}, err
	}
	return a.Compare(boundary.CheckEndpoint, 1, ref, got)
}
