package regen_test

import (
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/regen"
)

// The step states a provider regenerates start and end at its committed endpoints bit for bit,
// and each one served is the state its root names.
func TestStepsRegenerateTheCommittedInterval(t *testing.T) {
	store, err := evidence.OpenStore(t.TempDir(), evidence.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const stride = 10
	sj := audittest.TrainStored(t, 30, stride, store, "7")
	steps := regen.NewSteps(store)
	steps.Add("7", sj)

	const k = 1
	roots, err := steps.StepRoots("7", k)
	if err != nil {
		t.Fatal(err)
	}
	if len(roots) != stride+1 {
		t.Fatalf("%d roots, want %d", len(roots), stride+1)
	}
	ok, err := steps.RegeneratedEnd("7", k)
	if err != nil || !ok {
		t.Fatalf("regenerated end matches the stored endpoint: %v, %v", ok, err)
	}
	for j := uint64(0); j <= stride; j++ {
		b, err := steps.LoadStep("7", k, j)
		if err != nil {
			t.Fatalf("state %d: %v", j, err)
		}
		if b.Commitment.Root() != roots[j] {
			t.Fatalf("state %d: root %s, step tree says %s", j, b.Commitment.Root(), roots[j])
		}
		md := b.Endpoint.Metadata
		if md.Step != k*stride+j || md.Endpoint != (k*stride+j)/stride {
			t.Fatalf("state %d: metadata endpoint %d step %d", j, md.Endpoint, md.Step)
		}
	}
	if _, err := steps.LoadStep("7", k, stride+1); err == nil {
		t.Fatal("state beyond the interval served")
	}
	if _, err := steps.StepRoots("8", 0); err == nil {
		t.Fatal("an unknown job has step roots")
	}
}

// A node that answered disputes on many intervals keeps only the last few regenerated, and one
// it dropped regenerates to the same step roots when a dispute asks for it again.
func TestStepsKeepFewIntervals(t *testing.T) {
	store, err := evidence.OpenStore(t.TempDir(), evidence.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const stride, intervals = 3, regen.StepsKept + 2
	steps := regen.NewSteps(store)
	steps.Add("7", audittest.TrainStored(t, stride*intervals, stride, store, "7"))
	first, err := steps.StepRoots("7", 0)
	if err != nil {
		t.Fatal(err)
	}
	for k := uint64(1); k < intervals; k++ {
		if _, err := steps.StepRoots("7", k); err != nil {
			t.Fatal(err)
		}
		if n := steps.RegeneratedIntervals(); n > regen.StepsKept {
			t.Fatalf("after interval %d: %d intervals kept, want at most %d", k, n, regen.StepsKept)
		}
	}
	again, err := steps.StepRoots("7", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(first) {
		t.Fatalf("%d roots, then %d", len(first), len(again))
	}
	for j := range first {
		if again[j] != first[j] {
			t.Fatalf("state %d: root %s, regenerated again %s", j, first[j], again[j])
		}
	}
	b, err := steps.LoadStep("7", 0, 1)
	if err != nil || b.Commitment.Root() != first[1] {
		t.Fatalf("state 1 of the dropped interval: %v", err)
	}
}
