package calibrate

import (
	"context"
	"fmt"

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
		g, err := replay.Gradient(j, end, auditor)
		if err != nil {
			return err
		}
		got := make(map[string][]float32, len(g))
		for name, x := range g {
			got[boundary.PrefixGradient+name] = x
		}
		ref, err := boundary.Tensors(end, epNames)
		if err != nil {
			return err
		}
		ev, err := a.Compare(boundary.CheckEndpoint, 1, ref, got)
		if err != nil {
			return fmt.Errorf("validate interval %d: %w", k, err)
		}
		next, err := replay.Interval(ctx, j, eps[k], auditor, nil)
		if err != nil {
			return err
		}
		if got, err = boundary.Tensors(next, ivNames); err != nil {
			return err
		}
		if ref, err = boundary.Tensors(end, ivNames); err != nil {
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
