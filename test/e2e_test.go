// Package test holds the end-to-end suites: whole deployments (registry, providers, watchtowers,
// arbiters) on the simulated chain and on a real anvil node, driven through package devnet.
package test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/chain/anvil"
	"github.com/ovig/ovig/challenger"
	"github.com/ovig/ovig/devnet"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
)

const stride = 10

// calibrated is the MLP boundary at the suites' stride, calibrated once per test binary.
var calibrated = sync.OnceValues(func() (*boundary.Artifact, error) {
	src, err := data.Locate(".")
	if err != nil {
		return nil, err
	}
	a, rep, err := devnet.QuickCalibration(context.Background(), src, "mlp-mnist", stride)
	if err == nil && rep.FalsePositives > 0 {
		panic("calibration flagged held-out honest replays")
	}
	return a, err
})

type deployment struct {
	*devnet.Net
	t *testing.T
}

// deploy starts a deployment on ch with funded keys.
func deploy(t *testing.T, ch *chain.Chain, keys []*ecdsa.PrivateKey, watchtowers int, rate float64, arbiters, threshold int) *deployment {
	t.Helper()
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	n, err := devnet.New(t.Context(), devnet.Config{
		Chain: ch, Keys: keys, Data: src, Dir: t.TempDir(), Watchtowers: watchtowers, Rate: rate,
		Arbiters: arbiters, Threshold: threshold, Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("close deployment: %v", err)
		}
	})
	return &deployment{Net: n, t: t}
}

func simulated(t *testing.T, accounts int) (*chain.Chain, []*ecdsa.PrivateKey) {
	t.Helper()
	ch, err := chain.NewSimulated(chain.SimOptions{Accounts: accounts})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	return ch, ch.DevKeys
}

// mlpJob is a 6-interval MLP job with the given behaviour.
func mlpJob(t *testing.T, name, behaviour string) devnet.JobSpec {
	t.Helper()
	a, err := calibrated()
	if err != nil {
		t.Fatal(err)
	}
	b, err := attack.ParseBehaviour(behaviour)
	if err != nil {
		t.Fatal(err)
	}
	return devnet.JobSpec{Name: name, Workload: "mlp-mnist", Behaviour: b, Steps: 6 * stride, Stride: stride, Seed: 11, Artifact: a}
}

func (d *deployment) add(spec devnet.JobSpec) *devnet.Job {
	d.t.Helper()
	j, err := d.AddJob(d.t.Context(), spec)
	if err != nil {
		d.t.Fatal(err)
	}
	return j
}

// finish waits for providers, watchtowers and arbiters, closes the windows, settles and
// returns every job's outcome.
func (d *deployment) finish() []devnet.Outcome {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(d.t.Context(), 10*time.Minute)
	defer cancel()
	if err := d.WaitFinalized(ctx); err != nil {
		d.t.Fatal(err)
	}
	if err := d.WaitQuiet(ctx); err != nil {
		d.t.Fatal(err)
	}
	if err := d.CloseWindows(ctx); err != nil {
		d.t.Fatal(err)
	}
	if err := d.Settle(ctx); err != nil {
		d.t.Fatal(err)
	}
	outs, err := d.Outcomes(ctx)
	if err != nil {
		d.t.Fatal(err)
	}
	return outs
}

// challengesPerInterval counts ChallengeOpened events of a job by interval.
// challengesPerInterval counts, per interval of the job, the disputes opened on it and the most
// challenges one account stood on it with.
func (d *deployment) challengesPerInterval(j *devnet.Job) (disputes, stands map[uint64]int) {
	d.t.Helper()
	logs, err := d.Owner.JobLogs(d.t.Context(), j.ID, 0)
	if err != nil {
		d.t.Fatal(err)
	}
	disputes, stands = map[uint64]int{}, map[uint64]int{}
	by := map[string]int{}
	for _, ev := range logs {
		switch e := ev.(type) {
		case chain.DisputeOpened:
			disputes[e.Interval]++
		case chain.ChallengeOpened:
			key := fmt.Sprint(e.Interval, e.Challenger)
			by[key]++
			stands[e.Interval] = max(stands[e.Interval], by[key])
		}
	}
	return disputes, stands
}

// orphanCommitments counts, per watchtower, the challenge commitments it bonded and neither
// revealed nor got refunded (a reveal on a job slashed meanwhile): each is a bond lost, so a
// watchtower that never challenges twice leaves none.
func (d *deployment) orphanCommitments() map[int]int {
	d.t.Helper()
	logs, err := d.Owner.AllLogs(d.t.Context(), d.Owner.DeployBlock())
	if err != nil {
		d.t.Fatal(err)
	}
	count := map[common.Address]int{}
	for _, ev := range logs {
		switch e := ev.(type) {
		case chain.ChallengeCommitted:
			count[e.Challenger]++
		case chain.ChallengeOpened:
			count[e.Challenger]--
		case chain.CommitmentRefunded:
			count[e.Challenger]--
		}
	}
	out := map[int]int{}
	for i, wt := range d.Watchtowers {
		if n := count[wt.Address]; n != 0 {
			out[i] = n
		}
	}
	return out
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func wantStatus(t *testing.T, o devnet.Outcome, status string) {
	t.Helper()
	if o.Status != status {
		t.Errorf("%s (%s): status %s, want %s (verdicts %v, %d challenges)", o.Job.Spec.Name, o.Job.Spec.Behaviour, o.Status, status, o.Verdicts, o.Challenged)
	}
}

// An honest provider is audited, never challenged, and paid escrow plus bond after the window;
// cheating providers are challenged, found fraudulent by the arbiters and slashed, and their
// owners refunded. Two watchtowers sample every interval, so they race for each: no interval
// is ever challenged twice.
func TestHonestPaidCheatersSlashed(t *testing.T) {
	ch, keys := simulated(t, 14)
	d := deploy(t, ch, keys, 2, 1, 3, 2)
	honest := d.add(mlpJob(t, "honest", "honest"))
	cheats := []*devnet.Job{
		d.add(mlpJob(t, "skip", "skip:0.2")),
		d.add(mlpJob(t, "poison", "poison:0.2")),
		d.add(mlpJob(t, "subset", "subset:0.5")),
		d.add(mlpJob(t, "scale", "scale:0.1")),
		d.add(mlpJob(t, "lowprec", "lowprec:1")),     // trains in bf16 while the manifest says f32
		d.add(mlpJob(t, "gradforge", "gradforge:1")), // honest weights, forged gradient signal
	}
	outs := d.finish()
	for _, o := range outs {
		switch o.Job {
		case honest:
			wantStatus(t, o, "Settled")
			if o.Challenged != 0 || o.Provider.Cmp(ether(14)) != 0 {
				t.Errorf("honest job: %d challenges, provider paid %s wei", o.Challenged, o.Provider)
			}
			if o.Sampled != int(o.Intervals) {
				t.Errorf("honest job: %d of %d intervals audited at p = 1", o.Sampled, o.Intervals)
			}
		default:
			wantStatus(t, o, "Fraudulent")
			if o.Verdicts["Fraud"] != 1 || o.Owner.Cmp(ether(12)) != 0 || o.Watchers.Cmp(ether(2)) != 0 {
				t.Errorf("%s: verdicts %v, owner refunded %s, watchtower reward %s", o.Job.Spec.Name, o.Verdicts, o.Owner, o.Watchers)
			}
		}
	}
	for _, j := range append(cheats, honest) {
		// Racing watchtowers may both stand on an interval's one dispute, never twice each.
		disputes, stands := d.challengesPerInterval(j)
		for k, n := range disputes {
			if n > 1 || stands[k] > 1 {
				t.Errorf("%s interval %d: %d disputes, one account stood %d times", j.Spec.Name, k, n, stands[k])
			}
		}
		if orphans := d.orphanCommitments(); len(orphans) != 0 {
			t.Errorf("commitments bonded and never revealed, per watchtower: %v", orphans)
		}
		// The watchtower that lost a race saw the other's challenge and stood down instead of
		// sending a transaction that reverts.
		for i, wt := range d.Watchtowers {
			for k := uint64(0); k < j.Manifest.Intervals(); k++ {
				r, ok, err := wt.Store.Interval(j.ID, k)
				if err != nil {
					t.Fatal(err)
				}
				if ok && r.Challenge != nil && r.Challenge.State == challenger.StateFailed {
					t.Errorf("watchtower %d: challenge of %s interval %d failed: %s", i, j.Spec.Name, k, r.Challenge.Error)
				}
			}
		}
	}
}

// A provider whose evidence server never answers is challenged for unavailable evidence and
// slashed.
func TestUnavailableEvidenceSlashed(t *testing.T) {
	ch, keys := simulated(t, 6)
	d := deploy(t, ch, keys, 1, 1, 1, 1)
	spec := mlpJob(t, "offline", "honest")
	spec.Offline = true
	d.add(spec)
	outs := d.finish()
	wantStatus(t, outs[0], "Fraudulent")
	if outs[0].Verdicts["Unavailable"] != 1 {
		t.Errorf("verdicts %v, want one Unavailable", outs[0].Verdicts)
	}
}

// A watchtower killed while it audits and restarted from its state database resumes, and every
// interval it challenges is challenged exactly once.
func TestWatchtowerRestartChallengesOnce(t *testing.T) {
	ch, keys := simulated(t, 6)
	d := deploy(t, ch, keys, 1, 1, 1, 1)
	j := d.add(mlpJob(t, "skip", "skip:0.2"))
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	// Wait until the watchtower has sampled an interval it has not finished auditing.
	wt := d.Watchtowers[0]
	for {
		busy := false
		for k := uint64(0); k < j.Manifest.Intervals(); k++ {
			r, ok, err := wt.Store.Interval(j.ID, k)
			if err != nil {
				t.Fatal(err)
			}
			busy = busy || ok && r.Sampled && r.Audit == nil
		}
		if busy {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the watchtower never started an audit")
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err := d.RestartWatchtower(ctx, 0); err != nil {
		t.Fatal(err)
	}
	outs := d.finish()
	wantStatus(t, outs[0], "Fraudulent")
	disputes, stands := d.challengesPerInterval(j)
	if len(disputes) == 0 {
		t.Fatal("the cheater was never challenged")
	}
	for k, n := range disputes {
		if n != 1 || stands[k] != 1 {
			t.Errorf("interval %d: %d disputes, stood on %d times", k, n, stands[k])
		}
	}
	if orphans := d.orphanCommitments(); len(orphans) != 0 {
		t.Errorf("commitments bonded and never revealed, per watchtower: %v", orphans)
	}
}

// The same deployment against a real anvil node started on a free loopback port: the honest
// job settles and the cheater is slashed.
func TestAnvilHonestAndCheater(t *testing.T) {
	url, keys := anvil.Start(t)
	ch, err := chain.Dial(t.Context(), url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	d := deploy(t, ch, keys, 1, 1, 3, 2)
	d.add(mlpJob(t, "honest", "honest"))
	d.add(mlpJob(t, "poison", "poison:0.2"))
	outs := d.finish()
	wantStatus(t, outs[0], "Settled")
	wantStatus(t, outs[1], "Fraudulent")
}
