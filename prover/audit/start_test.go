package audit_test

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/workload"
)

// editState replaces the values of ep's state tensor name through f.
func editState(t *testing.T, ep *evidence.Endpoint, name string, f func(v []float32)) {
	t.Helper()
	i := slices.IndexFunc(ep.State, func(x evidence.Tensor) bool { return x.Name == name })
	if i < 0 {
		t.Fatalf("no state tensor %q", name)
	}
	v, err := ep.State[i].F32s()
	if err != nil {
		t.Fatal(err)
	}
	f(v)
	if ep.State[i], err = evidence.NewF32(name, ep.State[i].Shape, v); err != nil {
		t.Fatal(err)
	}
}

// otherSeedWeights returns the initial parameters of the same workload drawn from another seed.
func otherSeedWeights(t *testing.T) []evidence.Tensor {
	t.Helper()
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{Steps: 4, Stride: 2, BatchSize: 32, Seed: 8})
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(j.Policy().Reference(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []evidence.Tensor
	for _, g := range ep.Gradient {
		i := slices.IndexFunc(ep.State, func(x evidence.Tensor) bool { return x.Name == g.Name })
		out = append(out, ep.State[i])
	}
	return out
}

// A provider that starts from other weights than the manifest's trains consistently from its
// own endpoint 0, so every interval check passes; the audit of interval 0 catches it.
func TestWrongStartIsFraud(t *testing.T) {
	other := otherSeedWeights(t)
	for _, tc := range []struct {
		name  string
		start func(t *testing.T, ep *evidence.Endpoint)
	}{
		{"one weight perturbed by one ULP", func(t *testing.T, ep *evidence.Endpoint) {
			editState(t, ep, ep.Gradient[0].Name, func(v []float32) { v[17] = math.Nextafter32(v[17], 1) })
		}},
		{"weights of another init seed", func(t *testing.T, ep *evidence.Endpoint) {
			for _, w := range other {
				i := slices.IndexFunc(ep.State, func(x evidence.Tensor) bool { return x.Name == w.Name })
				ep.State[i] = w
			}
		}},
		{"momentum already warm", func(t *testing.T, ep *evidence.Endpoint) {
			for _, s := range ep.State {
				if s.Name != workload.StepTensor && !slices.ContainsFunc(ep.Gradient, func(g evidence.Tensor) bool { return g.Name == s.Name }) {
					editState(t, ep, s.Name, func(v []float32) { v[0] = 1e-3 })
					return
				}
			}
			t.Fatal("no optimizer state tensor")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := audittest.New(t, audittest.Options{Start: func(ep *evidence.Endpoint) { tc.start(t, ep) }})
			f, err := audit.Run(context.Background(), input(e, audittest.Client(t, e.Server.URL), 0))
			if err != nil {
				t.Fatal(err)
			}
			if f.Outcome != audit.Fraud || !strings.Contains(f.Reason, "endpoint 0 is not the manifest's initial state") ||
				f.Worst.Metric != audit.MetricExact || !(f.Worst.Distance > f.Worst.Bound) {
				t.Fatalf("interval 0: %s: %s (%+v)", f.Outcome, f.Reason, f.Worst)
			}
			t.Log(f.Reason)
			// Without the start check nothing would catch it: the next interval replays
			// consistently from the provider's own endpoint 1.
			f, err = audit.Run(context.Background(), input(e, audittest.Client(t, e.Server.URL), 1))
			if err != nil {
				t.Fatal(err)
			}
			if f.Outcome != audit.Honest {
				t.Fatalf("interval 1: %s: %s", f.Outcome, f.Reason)
			}
		})
	}
}

func TestCheckStartHonest(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	tr, err := e.Job.Init()
	if err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(e.Job.Policy().Reference(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if f, ok, err := audit.CheckStart(e.Job, ep); err != nil || !ok {
		t.Fatalf("honest endpoint 0: %v %v %+v", ok, err, f)
	}
	// Endpoint 0's own gradient is the profile's business, not the start's.
	if _, err := tr.Train(e.Job.Policy().Reference(), 2, nil); err != nil {
		t.Fatal(err)
	}
	later, err := tr.Capture(e.Job.Policy().Reference(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if f, ok, err := audit.CheckStart(e.Job, later); err != nil || ok || f.Outcome != audit.Fraud {
		t.Fatalf("endpoint 1 as a start: %v %v %+v", ok, err, f)
	}
}
