package audit_test

import (
	"context"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func stepInput(t *testing.T, e *audittest.Env, k, j uint64, p numeric.Profile) audit.Input {
	a := e.StepAnchors(t, k)
	in := input(e, audittest.Client(t, e.Server.URL), k)
	in.Start, in.End, in.Profile = a[j], a[j+1], p
	return in
}

// Every step of an honest provider's interval passes the one-step check, also replayed under
// another honest profile.
func TestStepsOfAnHonestInterval(t *testing.T) {
	e := audittest.New(t, audittest.Options{Steps: 8, Stride: 4})
	other := numeric.Policy{}.HonestProfiles()[5]
	for k := range uint64(2) {
		a := e.StepAnchors(t, k)
		if a[0] != e.Anchors[k] || a[4] != e.Anchors[k+1] {
			t.Fatalf("interval %d: step tree does not start and end at the committed endpoints", k)
		}
		for j := range uint64(4) {
			f, err := audit.RunStep(context.Background(), stepInput(t, e, k, j, e.Job.Policy().Reference()), j)
			if err != nil || f.Outcome != audit.Honest {
				t.Fatalf("interval %d step %d: %s %v: %s", k, j, f.Outcome, err, f.Reason)
			}
			// From state 0 (the endpoint, with no losses yet) the reference replay reproduces
			// state 1 bit for bit; later states also carry the interval's earlier losses.
			if want := evidence.Keccak256(a[1].Root[:]); j == 0 && f.ReplayDigest != want {
				t.Fatalf("interval %d: the reference replay does not reproduce state 1", k)
			}
			f, err = audit.RunStep(context.Background(), stepInput(t, e, k, j, other), j)
			if err != nil || f.Outcome != audit.Honest {
				t.Fatalf("interval %d step %d under %s: %s %v: %s", k, j, other, f.Outcome, err, f.Reason)
			}
		}
	}
}

// A skipped update is Fraud at exactly the step it was skipped, and only there.
func TestStepCheckFindsTheSkippedStep(t *testing.T) {
	e := audittest.New(t, audittest.Options{Steps: 8, Stride: 4, Hooks: &workload.Hooks{Skip: func(s uint64) bool { return s == 6 }}})
	for j := range uint64(4) {
		f, err := audit.RunStep(context.Background(), stepInput(t, e, 1, j, e.Job.Policy().Reference()), j)
		if err != nil {
			t.Fatal(err)
		}
		want := audit.Honest
		if j == 2 {
			want = audit.Fraud
		}
		if f.Outcome != want {
			t.Fatalf("step %d (global %d): %s, want %s: %s", j, 4+j, f.Outcome, want, f.Reason)
		}
	}
}

// Evidence forged after training (here the committed end gradient) cannot be reached by any
// honest step: the step tree a provider posts must end at the committed root, and its last step
// is Fraud.
func TestForgedEndpointFailsTheLastStep(t *testing.T) {
	e := audittest.New(t, audittest.Options{Steps: 8, Stride: 4, Tamper: func(ep uint64, x *evidence.Endpoint) {
		if ep != 2 {
			return
		}
		v, _ := x.Gradient[0].F32s()
		for i := range v {
			v[i] *= 3
		}
		g, err := evidence.NewF32(x.Gradient[0].Name, x.Gradient[0].Shape, v)
		if err != nil {
			t.Fatal(err)
		}
		x.Gradient[0] = g
	}})
	f, err := audit.RunStep(context.Background(), stepInput(t, e, 1, 3, e.Job.Policy().Reference()), 3)
	if err != nil || f.Outcome != audit.Fraud {
		t.Fatalf("last step into a forged endpoint: %s %v: %s", f.Outcome, err, f.Reason)
	}
	f, err = audit.RunStep(context.Background(), stepInput(t, e, 1, 2, e.Job.Policy().Reference()), 2)
	if err != nil || f.Outcome != audit.Honest {
		t.Fatalf("honest step before it: %s %v: %s", f.Outcome, err, f.Reason)
	}
}

// A provider whose server stops serving step states loses: Unavailable.
func TestStepStatesUnavailable(t *testing.T) {
	e := audittest.New(t, audittest.Options{Steps: 8, Stride: 4})
	in := stepInput(t, e, 0, 1, e.Job.Policy().Reference())
	e.Server.Close()
	f, err := audit.RunStep(context.Background(), in, 1)
	if err != nil || f.Outcome != audit.Unavailable {
		t.Fatalf("server down: %s %v: %s", f.Outcome, err, f.Reason)
	}
}

// Steps scans an interval the way a watchtower does and stops at the bad step.
func TestStepsScanFindsTheBadStep(t *testing.T) {
	e := audittest.New(t, audittest.Options{Steps: 8, Stride: 4, Hooks: &workload.Hooks{Skip: func(s uint64) bool { return s == 5 }}})
	roots, err := e.Steps.StepRoots(e.JobKey, 1)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := evidence.BuildTree(roots)
	if err != nil {
		t.Fatal(err)
	}
	in := input(e, audittest.Client(t, e.Server.URL), 1)
	f, err := audit.Steps(context.Background(), in, tree.Root(), e.Anchors[0].LeafCount, []uint64{0, 1, 2, 3}, nil)
	if err != nil || f.Outcome != audit.Fraud || f.Step != 1 {
		t.Fatalf("scan: step %d %s %v: %s", f.Step, f.Outcome, err, f.Reason)
	}
	// A step root the provider's server does not match is Invalid at the first step asked.
	f, err = audit.Steps(context.Background(), in, evidence.Keccak256([]byte("other")), e.Anchors[0].LeafCount, []uint64{2}, nil)
	if err != nil || f.Outcome != audit.Invalid || f.Step != 2 {
		t.Fatalf("wrong step root: step %d %s %v: %s", f.Step, f.Outcome, err, f.Reason)
	}
	// Honest steps only: the one closest to its boundary.
	f, err = audit.Steps(context.Background(), in, tree.Root(), e.Anchors[0].LeafCount, []uint64{2, 3}, nil)
	if err != nil || f.Outcome != audit.Honest {
		t.Fatalf("honest steps: step %d %s %v: %s", f.Step, f.Outcome, err, f.Reason)
	}
}

// Before any dispute, a watchtower walks the steps the provider serves between two committed
// endpoints and finds the bad one; a served list that does not run between them is Invalid.
func TestWalkStepsBeforeADispute(t *testing.T) {
	e := audittest.New(t, audittest.Options{Steps: 8, Stride: 4, Hooks: &workload.Hooks{Skip: func(s uint64) bool { return s == 6 }}})
	in := input(e, audittest.Client(t, e.Server.URL), 1)
	f, err := audit.WalkSteps(context.Background(), in, nil)
	if err != nil || f.Outcome != audit.Fraud || f.Step != 2 {
		t.Fatalf("walk: step %d %s %v: %s", f.Step, f.Outcome, err, f.Reason)
	}
	honest, err := audit.WalkSteps(context.Background(), input(e, audittest.Client(t, e.Server.URL), 0), nil)
	if err != nil || honest.Outcome != audit.Honest {
		t.Fatalf("walk of the honest interval: %s %v: %s", honest.Outcome, err, honest.Reason)
	}
	in.End = e.Anchors[1] // not where interval 1 ends
	f, err = audit.WalkSteps(context.Background(), in, nil)
	if err != nil || f.Outcome != audit.Invalid {
		t.Fatalf("walk against the wrong end: %s %v: %s", f.Outcome, err, f.Reason)
	}
}
