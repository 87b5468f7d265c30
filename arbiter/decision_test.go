package arbiter

import (
	"context"
	"math"
	"math/big"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/boundary"
)

func TestDecide(t *testing.T) {
	d := Dispute{JobID: big.NewInt(3), DisputeID: big.NewInt(11), Interval: 5, Root: [32]byte{7}, StepRoot: [32]byte{9}, BoundaryHash: [32]byte{8}}
	const maxUint256 = "115792089237316195423570985008687907853269984665640564039457584007913129639935"
	for _, tc := range []struct {
		f       audit.Finding
		outcome uint8
		dist    string
	}{
		{audit.Finding{Outcome: audit.Fraud, Worst: boundary.Excess{Distance: 0.25, Bound: 0.001}, ReplayDigest: [32]byte{1}}, chain.OutcomeFraud, "250000000000000000"},
		{audit.Finding{Outcome: audit.Honest, Worst: boundary.Excess{Distance: 1e-6, Bound: 0.001}}, chain.OutcomeHonest, "1000000000000"},
		{audit.Finding{Outcome: audit.Invalid}, chain.OutcomeUnavailable, "0"},
		{audit.Finding{Outcome: audit.Malformed}, chain.OutcomeUnavailable, "0"},
		{audit.Finding{Outcome: audit.Unavailable}, chain.OutcomeUnavailable, "0"},
		{audit.Finding{Outcome: audit.Fraud, Worst: boundary.Excess{Distance: math.Inf(1), Bound: 1}}, chain.OutcomeFraud, maxUint256},
		// Fraud found by an identity check, not a distance: reported beyond every boundary, as
		// the registry requires of a Fraud verdict.
		{audit.Finding{Outcome: audit.Fraud, Reason: "endpoint 0 differs from the manifest"}, chain.OutcomeFraud, maxUint256},
		{audit.Finding{Outcome: audit.Fraud, Worst: boundary.Excess{Distance: 1e-6, Bound: 0.001}}, chain.OutcomeFraud, maxUint256},
		{audit.Finding{Outcome: audit.Fraud, Worst: boundary.Excess{Distance: 0.001, Bound: 0.001}}, chain.OutcomeFraud, maxUint256},
		// Beyond the bound in float64 but not once both are rounded to 18 decimals.
		{audit.Finding{Outcome: audit.Fraud, Worst: boundary.Excess{Distance: math.Nextafter(0.001, 1), Bound: 0.001}}, chain.OutcomeFraud, maxUint256},
		// An Honest distance exactly at its bound is within it.
		{audit.Finding{Outcome: audit.Honest, Worst: boundary.Excess{Distance: 0.001, Bound: 0.001}}, chain.OutcomeHonest, "1000000000000000"},
	} {
		v, err := Decide(d, audit.StepFinding{Step: 4, Finding: tc.f})
		if err != nil {
			t.Fatal(err)
		}
		if v.Step != 4 || v.StepRoot != d.StepRoot {
			t.Errorf("%s: verdict on step %d of step root %x", tc.f.Outcome, v.Step, v.StepRoot)
		}
		if v.Outcome != tc.outcome || v.Distance.String() != tc.dist || v.Boundary.Cmp(chain.ToFixed18(tc.f.Worst.Bound)) != 0 ||
			v.ReplayDigest != tc.f.ReplayDigest || v.JobID.Cmp(d.JobID) != 0 || v.DisputeID.Cmp(d.DisputeID) != 0 ||
			v.Interval != d.Interval || v.Root != d.Root || v.BoundaryHash != d.BoundaryHash {
			t.Errorf("%s: verdict %+v", tc.f.Outcome, v)
		}
		// Every decided verdict is one the registry takes.
		if err := v.Validate(); err != nil {
			t.Errorf("%s %v: %v", tc.f.Outcome, tc.f.Worst, err)
		}
	}
	if _, err := Decide(d, audit.StepFinding{}); err == nil {
		t.Error("finding without outcome decided")
	}
	if _, err := Decide(Dispute{}, audit.StepFinding{Finding: audit.Finding{Outcome: audit.Honest}}); err == nil {
		t.Error("dispute without ids decided")
	}
}

// Two arbiters on different machines (here: different parallelism) replay the same step from
// the same evidence to the same bits and so sign byte-identical verdicts.
func TestVerdictIndependentOfMachine(t *testing.T) {
	e := audittest.New(t, audittest.Options{Hooks: skipStep3})
	d := Dispute{JobID: big.NewInt(1), DisputeID: big.NewInt(2), Interval: 1, Root: e.Roots[2]}
	var digests []common.Hash
	for _, procs := range []int{1, runtime.NumCPU()} {
		prev := runtime.GOMAXPROCS(procs)
		a := e.StepAnchors(t, 1)
		f, err := audit.RunStep(context.Background(), audit.Input{
			Client: audittest.Client(t, e.Server.URL), Job: e.JobKey, Interval: 1, Start: a[1], End: a[2],
			ManifestHash: e.ManifestHash, Workload: e.Job, Artifact: e.Artifact, Profile: e.Job.Policy().Reference(),
		}, 1)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		v, err := Decide(d, audit.StepFinding{Step: 1, Finding: f})
		if err != nil {
			t.Fatal(err)
		}
		if v.Outcome != chain.OutcomeFraud {
			t.Fatalf("outcome %d: %s", v.Outcome, f.Reason)
		}
		digests = append(digests, v.Digest(big.NewInt(1337), common.Address{1}))
	}
	if digests[0] != digests[1] {
		t.Fatalf("verdict digests differ: %s vs %s", digests[0], digests[1])
	}
}
