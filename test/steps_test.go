package test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/chain/anvil"
	"github.com/ovig/ovig/devnet"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
)

// At the paper's stride (s = 1000) replaying a whole interval drifts too far for any boundary to
// tell one skipped step from honest work on other hardware; the step-level game does not
// replay intervals at all. The watchtower walks the interval's steps as the provider serves
// them and challenges, the provider posts its step tree, the watchtower names the skipped
// step, and the arbiter replays that one step: the provider is slashed. The honest job of the
// same stride is walked, never challenged, and paid.
func TestStepDisputeAtPaperStride(t *testing.T) {
	if testing.Short() {
		t.Skip("walks 3,000 steps")
	}
	ch, keys := simulated(t, 8)
	d := deploy(t, ch, keys, 1, 1, 1, 1)
	honest := d.add(paperStrideJob(t, "honest", "honest", 1))
	cheat := d.add(paperStrideJob(t, "skipper", "skip:0.002", 2))
	start := time.Now()
	outs := d.finish()
	t.Logf("two jobs at s = %d walked, disputed and settled in %s", paperStride, time.Since(start).Round(time.Second))
	wantStatus(t, outs[0], "Settled")
	wantStatus(t, outs[1], "Fraudulent")
	if outs[0].Challenged != 0 {
		t.Errorf("honest job challenged %d times", outs[0].Challenged)
	}
	d.wantSteppedOut(cheat)
	if d, _ := d.challengesPerInterval(honest); len(d) != 0 {
		t.Errorf("honest job disputed: %v", d)
	}
}

// The same game on a real anvil node: the skipper is slashed through a step.
func TestStepDisputeAtPaperStrideOnAnvil(t *testing.T) {
	if testing.Short() {
		t.Skip("walks 2,000 steps")
	}
	url, keys := anvil.Start(t)
	ch, err := chain.Dial(t.Context(), url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	d := deploy(t, ch, keys, 1, 1, 1, 1)
	cheat := d.add(paperStrideJob(t, "skipper", "skip:0.002", 2))
	outs := d.finish()
	wantStatus(t, outs[0], "Fraudulent")
	d.wantSteppedOut(cheat)
}

const paperStride = 1000

// oneStep is the boundary the game needs at the paper's stride: the one-step check (calibrated
// once per test binary).
var oneStep = sync.OnceValues(func() (*boundary.Artifact, error) {
	src, err := data.Locate(".")
	if err != nil {
		return nil, err
	}
	a, rep, err := devnet.QuickCalibration(context.Background(), src, "mlp-mnist", 1)
	if err == nil && rep.FalsePositives > 0 {
		return nil, fmt.Errorf("calibration flagged %d held-out honest replays", rep.FalsePositives)
	}
	return a, err
})

// paperStrideJob is an mlp-mnist job of intervals intervals at s = 1000.
func paperStrideJob(t *testing.T, name, behaviour string, intervals uint64) devnet.JobSpec {
	t.Helper()
	a, err := oneStep()
	if err != nil {
		t.Fatal(err)
	}
	b, err := attack.ParseBehaviour(behaviour)
	if err != nil {
		t.Fatal(err)
	}
	return devnet.JobSpec{Name: name, Workload: "mlp-mnist", Behaviour: b, Steps: intervals * paperStride, Stride: paperStride,
		Seed: 4 + intervals, Artifact: a}
}

// wantSteppedOut checks that the job lost through a step: its provider responded, a step was
// named, and one Fraud verdict decided it.
func (d *deployment) wantSteppedOut(cheat *devnet.Job) {
	t := d.t
	t.Helper()
	logs, err := d.Owner.JobLogs(context.Background(), cheat.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var responded, named, fraud int
	for _, ev := range logs {
		switch e := ev.(type) {
		case chain.StepsCommitted:
			responded++
		case chain.StepNamed:
			named++
			t.Logf("watchtower named step %d of dispute %s", e.Step, e.DisputeID)
		case chain.DisputeResolved:
			if e.Outcome == 1 {
				fraud++
			}
		}
	}
	if responded == 0 || named == 0 || fraud != 1 {
		t.Fatalf("step game on the cheater: %d responses, %d steps named, %d Fraud verdicts", responded, named, fraud)
	}
}
