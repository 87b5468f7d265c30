package calibrate

import (
	"context"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/replay"
	"github.com/ovig/ovig/prover/workload"
)

// engine plays an external replayer with ovig's engine under a profile the sweep does not fit.
type engine struct {
	p     numeric.Profile
	calls map[string]int
}

func (e engine) Gradient(_ context.Context, j *workload.Job, ep *evidence.Endpoint) (map[string][]float32, error) {
	e.calls["gradient"]++
	return replay.Gradient(j, ep, e.p)
}

func (e engine) Interval(ctx context.Context, j *workload.Job, start *evidence.Endpoint, onStep func(done, of uint64)) (*evidence.Endpoint, error) {
	e.calls["interval"]++
	return replay.Interval(ctx, j, start, e.p, onStep)
}

func (e engine) Step(_ context.Context, j *workload.Job, start *evidence.Endpoint) (*evidence.Endpoint, error) {
	e.calls["step"]++
	return replay.Step(j, start, e.p)
}

// TestRunExternal: an external replayer is fitted on like a profile: it replays every endpoint
// (gradient, each stride's interval from the job at that stride) and one-step step, its samples
// carry its name, the artifact lists it, and its drift widens the bounds it alone reaches.
func TestRunExternal(t *testing.T) {
	src := sources(t)
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 32, Stride: 8, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	f := numeric.F32
	base := Config{
		Manifest: m, Data: src, Strides: []uint64{8}, Endpoints: []uint64{8, 16},
		Profiles:   []numeric.Profile{lanes(f, numeric.AccF32, numeric.Lanes, 8, false)},
		HeldOut:    []numeric.Profile{lanes(f, numeric.AccF32, numeric.Lanes, 16, false)},
		Percentile: 99, Margin: 3, Floor: floor, OneStepEvery: 16, GradientEvery: -1, Workers: 2, Now: tick(),
	}
	plain, _, err := Run(t.Context(), base)
	if err != nil {
		t.Fatal(err)
	}
	x := engine{p: lanes(f, numeric.AccF64, numeric.Seq, 0, false), calls: map[string]int{}}
	withX := base
	withX.Now = tick()
	withX.Workers = 1 // engine's counters are not synchronized
	withX.External = []External{{Name: "fake:f64", Replayer: x}}
	a, rep, err := Run(t.Context(), withX)
	if err != nil {
		t.Fatal(err)
	}
	if rep.External != 1 || len(a.Calibration.External) != 1 || a.Calibration.External[0] != "fake:f64" {
		t.Fatalf("report %d external, artifact %v", rep.External, a.Calibration.External)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range rep.Samples {
		if s.External == "fake:f64" {
			n++
		}
	}
	eps := len(rep.Endpoints) + len(rep.OneStepSteps)
	if n == 0 || x.calls["gradient"] != eps || x.calls["interval"] != len(rep.Endpoints) || x.calls["step"] != len(rep.Endpoints)+len(rep.OneStepSteps) {
		t.Fatalf("%d samples from the external replayer; calls %v for %d endpoints and %d one-step steps", n, x.calls, len(rep.Endpoints), len(rep.OneStepSteps))
	}
	wider := 0
	for _, c := range []boundary.Check{boundary.CheckEndpoint, boundary.CheckInterval} {
		for _, s := range []uint64{1, 8} {
			pb, err1 := plain.Bounds(c, s)
			xb, err2 := a.Bounds(c, s)
			if err1 != nil || err2 != nil {
				continue
			}
			for i := range pb.Tensors {
				if xb.Tensors[i].Bound.RelL2 > pb.Tensors[i].Bound.RelL2 {
					wider++
				}
			}
		}
	}
	t.Logf("%d external samples (calls %v); %d bounds widened by them", n, x.calls, wider)
	if wider == 0 {
		t.Error("f64 accumulation, never fitted otherwise, widened no bound")
	}
}
