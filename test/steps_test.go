package test

import (
	"context"
	"testing"
	"time"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/devnet"
	"github.com/ovig/ovig/node/attack"
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
	const paperStride = 1000
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	// The one-step check is all the game needs at this stride.
	art, rep, err := devnet.QuickCalibration(t.Context(), src, "mlp-mnist", 1)
	if err != nil || rep.FalsePositives > 0 {
		t.Fatalf("calibrate the one-step check: %v (%d false positives)", err, rep.FalsePositives)
	}
	ch, keys := simulated(t, 8)
	d := deploy(t, ch, keys, 1, 1, 1, 1)
	skip, err := attack.ParseBehaviour("skip:0.002")
	if err != nil {
		t.Fatal(err)
	}
	honest := d.add(devnet.JobSpec{Name: "honest", Workload: "mlp-mnist", Behaviour: attack.Behaviour{Name: "honest"},
		Steps: paperStride, Stride: paperStride, Seed: 5, Artifact: art})
	cheat := d.add(devnet.JobSpec{Name: "skipper", Workload: "mlp-mnist", Behaviour: skip,
		Steps: 2 * paperStride, Stride: paperStride, Seed: 6, Artifact: art})
	start := time.Now()
	outs := d.finish()
	t.Logf("two jobs at s = %d walked, disputed and settled in %s", paperStride, time.Since(start).Round(time.Second))
	wantStatus(t, outs[0], "Settled")
	wantStatus(t, outs[1], "Fraudulent")
	if outs[0].Challenged != 0 {
		t.Errorf("honest job challenged %d times", outs[0].Challenged)
	}
	// The cheater lost through a step: its provider responded, a step was named, and the Fraud
	// verdict names that step.
	logs, err := d.Owner.JobLogs(context.Background(), cheat.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var responded, named, fraud int
	for _, ev := range logs {
		switch e := ev.(type) {
		case *bindings.OvigRegistryStepsCommitted:
			responded++
		case *bindings.OvigRegistryStepNamed:
			named++
			t.Logf("watchtower named step %d of dispute %s", e.Step, e.DisputeId)
		case *bindings.OvigRegistryDisputeResolved:
			if e.Outcome == 1 {
				fraud++
			}
		}
	}
	if responded == 0 || named == 0 || fraud != 1 {
		t.Fatalf("step game on the cheater: %d responses, %d steps named, %d Fraud verdicts", responded, named, fraud)
	}
	if d, _ := d.challengesPerInterval(honest); len(d) != 0 {
		t.Errorf("honest job disputed: %v", d)
	}
}
