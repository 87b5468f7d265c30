package calibrate

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// longJob is the boundary of the README's recipe, `ovig calibrate --workload mlp-mnist
// --strides 10 --steps 1000` (OVIG_LONGJOB=old: the former recipe, --strides 10 --endpoints
// 10,30 on a 40-step reference run), calibrated once for the long-job tests.
var longJob struct {
	once sync.Once
	a    *boundary.Artifact
	held []numeric.Profile
	err  error
}

func longJobArtifact(t *testing.T) (*boundary.Artifact, []numeric.Profile, *data.Sources) {
	t.Helper()
	mode := os.Getenv("OVIG_LONGJOB")
	if mode == "" {
		t.Skip("set OVIG_LONGJOB=1 (about 10 minutes)")
	}
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	longJob.once.Do(func() {
		pol := numeric.Policy{}
		longJob.held = DefaultHeldOut(pol, 3, nil)
		steps, strides := uint64(1000), []uint64{10}
		eps, heldTime, err := Schedule(steps, strides, 0, 0)
		if err != nil {
			longJob.err = err
			return
		}
		if mode == "old" {
			steps, eps, heldTime = 40, []uint64{10, 30}, nil
		}
		m0, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: steps, Stride: 1, Seed: 0, Policy: pol})
		if err != nil {
			longJob.err = err
			return
		}
		a, rep, err := Run(context.Background(), Config{Manifest: m0, Data: src, Strides: strides, Endpoints: eps, HeldOutTime: heldTime, HeldOut: longJob.held, Workers: 2})
		if err != nil {
			longJob.err = err
			return
		}
		longJob.a = a
		t.Logf("calibrated on %v, one-step steps %v, held-out time %v, %d profiles, held out %v", eps, rep.OneStepSteps, heldTime, rep.Profiles, longJob.held)
		t.Logf("held-out profiles at calibrated steps: %d of %d flagged, worst %+v", rep.FalsePositives, rep.HeldOutChecks, rep.WorstHeldOut)
		t.Logf("held-out profiles at held-out time: %d of %d flagged, worst %+v", rep.HeldOutTimeFalsePositives, rep.HeldOutTimeChecks, rep.WorstHeldOutTime)
		t.Logf("one-step check: %+v", rep.OneStep)
		t.Logf("timing %+v", rep.Timing)
		if rep.HeldOutTimeFalsePositives > 0 || rep.FalsePositives > 0 {
			t.Errorf("calibration's held-out checks %d, held-out time %d flagged", rep.FalsePositives, rep.HeldOutTimeFalsePositives)
		}
	})
	if longJob.err != nil {
		t.Fatal(longJob.err)
	}
	return longJob.a, longJob.held, src
}

// TestLongJob is issue 11 item 2 (about 10 minutes on 2 cores with TestLongJobOneStep; set
// OVIG_LONGJOB=1): the README recipe's boundary for a 1,000-step mlp-mnist job at s = 10, and
// an honest provider under each default held-out profile on a job of another seed, all 100
// intervals audited (endpoint check and interval replay under the reference profile). It
// fails on any flagged interval.
func TestLongJob(t *testing.T) {
	a, held, src := longJobArtifact(t)
	pol := numeric.Policy{}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 1000, Stride: 10, Seed: 7, Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	vs := make([]JobValidation, len(held))
	errs := make([]error, len(held))
	var wg sync.WaitGroup
	for i, p := range held {
		wg.Go(func() { vs[i], errs[i] = ValidateJob(t.Context(), j, a, p, pol.Reference(), 1) })
	}
	wg.Wait()
	total, flagged := 0, 0
	for i, v := range vs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		total += len(v.Intervals)
		flagged += v.Flagged
		t.Logf("provider %s: %d of %d intervals flagged, worst %s %s %.3g of %.3g (x%.3g)", v.Provider, v.Flagged, len(v.Intervals),
			v.Worst.Tensor, v.Worst.Metric, v.Worst.Distance, v.Worst.Bound, v.Worst.Ratio)
		for _, ic := range v.Intervals {
			if ic.Flagged {
				t.Logf("  interval %d: endpoint check %s %s x%.3g, interval check %s %s x%.3g", ic.Interval,
					ic.Endpoint.Tensor, ic.Endpoint.Metric, ic.Endpoint.Ratio, ic.Replay.Tensor, ic.Replay.Metric, ic.Replay.Ratio)
			}
		}
	}
	if flagged > 0 {
		t.Errorf("%d of %d honest intervals flagged", flagged, total)
	}
}

// TestLongJobOneStep: the same boundary's one-step check (the interval check at stride 1 and
// the endpoint check, as a step-level dispute judges one step) on 100 steps spread over the
// whole 1,000-step job of another seed, under each default held-out profile: 300 honest steps,
// none may be flagged. Most of them are held-out time for the one-step check too (steps it
// never fitted on), and the job's own seed makes every one of its states new.
func TestLongJobOneStep(t *testing.T) {
	a, held, src := longJobArtifact(t)
	pol := numeric.Policy{}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 1000, Stride: 1, Seed: 7, Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	steps := spread(100, 1000)
	steps[0] = 0 // the first step, where training moves fastest
	vs := make([]StepValidation, len(held))
	errs := make([]error, len(held))
	var wg sync.WaitGroup
	for i, p := range held {
		wg.Go(func() { vs[i], errs[i] = ValidateSteps(t.Context(), j, a, p, pol.Reference(), steps, 1) })
	}
	wg.Wait()
	total, flagged := 0, 0
	for i, v := range vs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		total += len(v.Checked)
		flagged += v.Flagged
		t.Logf("provider %s: %d of %d steps flagged, worst %s %s %.3g of %.3g (x%.3g)", v.Provider, v.Flagged, len(v.Checked),
			v.Worst.Tensor, v.Worst.Metric, v.Worst.Distance, v.Worst.Bound, v.Worst.Ratio)
		for _, sc := range v.Checked {
			if sc.Flagged {
				t.Logf("  step %d: endpoint check %s %s x%.3g, one-step check %s %s x%.3g", sc.Step,
					sc.Endpoint.Tensor, sc.Endpoint.Metric, sc.Endpoint.Ratio, sc.OneStep.Tensor, sc.OneStep.Metric, sc.OneStep.Ratio)
			}
		}
	}
	if total < 100 || flagged > 0 {
		t.Errorf("%d of %d honest steps flagged", flagged, total)
	}
}
