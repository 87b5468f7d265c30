package calibrate

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// TestLongJob is issue 11 item 2 (about 10 minutes on 2 cores; set OVIG_LONGJOB=1, or
// OVIG_LONGJOB=old for the former recipe, --strides 10 --endpoints 10,30 on a 40-step
// reference run): a boundary from `ovig calibrate`'s defaults for a 1,000-step mlp-mnist job
// at s = 10, and an honest provider under each default held-out profile on a job of another
// seed, all 100 intervals audited (endpoint check and interval replay under the reference
// profile). It fails on any flagged interval.
func TestLongJob(t *testing.T) {
	mode := os.Getenv("OVIG_LONGJOB")
	if mode == "" {
		t.Skip("set OVIG_LONGJOB=1 (about 10 minutes)")
	}
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	pol := numeric.Policy{}
	held := DefaultHeldOut(pol, 3, nil)
	steps, strides := uint64(1000), []uint64{10}
	eps, heldTime, err := Schedule(steps, strides, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if mode == "old" {
		steps, eps, heldTime = 40, []uint64{10, 30}, nil
	}
	m0, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: steps, Stride: 1, Seed: 0, Policy: pol})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	a, rep, err := Run(ctx, Config{Manifest: m0, Data: src, Strides: strides, Endpoints: eps, HeldOutTime: heldTime, HeldOut: held, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("calibrated on %v, held-out time %v, %d profiles, held out %v", eps, heldTime, rep.Profiles, held)
	t.Logf("held-out profiles at calibrated endpoints: %d of %d flagged, worst %+v", rep.FalsePositives, rep.HeldOutChecks, rep.WorstHeldOut)
	t.Logf("held-out profiles at held-out time: %d of %d flagged, worst %+v", rep.HeldOutTimeFalsePositives, rep.HeldOutTimeChecks, rep.WorstHeldOutTime)
	t.Logf("timing %+v", rep.Timing)
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
		wg.Go(func() { vs[i], errs[i] = ValidateJob(ctx, j, a, p, pol.Reference(), 1) })
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
	if flagged > 0 || rep.HeldOutTimeFalsePositives > 0 || rep.FalsePositives > 0 {
		t.Errorf("%d of %d honest intervals flagged; calibration's held-out checks %d, held-out time %d", flagged, total, rep.FalsePositives, rep.HeldOutTimeFalsePositives)
	}
}
