package chain

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/evidence"
)

// infEnv is env with the registry deployed by DeployWithInference and one inference handle per role.
type infEnv struct {
	*env
	owner, provider, challenger *Inference
}

func newInferenceEnv(t *testing.T) *infEnv {
	t.Helper()
	ch, err := NewSimulated(SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	keys := ch.DevKeys
	e := &env{t: t, ch: ch, arbKeys: keys[4:7]}
	reg, inf, err := DeployWithInference(context.Background(), e.sender(keys[0]))
	if err != nil {
		t.Fatal(err)
	}
	e.owner = reg
	e.provider = e.as(keys[1])
	e.challenger = e.as(keys[2])
	e.other = e.as(keys[3])
	e.challenger2 = e.as(keys[7])
	if got, err := reg.InferenceOf(context.Background()); err != nil || got.Address() != inf.Address() {
		t.Fatalf("registry names inference %v (%v), deployed %s", got, err, inf.Address())
	}
	if inf.Registry() != reg.Address() {
		t.Fatalf("inference names registry %s, want %s", inf.Registry(), reg.Address())
	}
	return &infEnv{
		env: e, owner: inf,
		provider:   inf.WithSender(e.provider.Sender()),
		challenger: inf.WithSender(e.challenger.Sender()),
	}
}

// servingJob is a finalized job whose owner opened serving with a one-hour record window.
func (e *infEnv) servingJob() *big.Int {
	e.t.Helper()
	ctx := context.Background()
	id, _, _ := e.acceptedJob(2, 4, 3, 2)
	if err := e.env.provider.Finalize(ctx, id, crypto.Keccak256Hash([]byte("final model"))); err != nil {
		e.t.Fatal(err)
	}
	if err := e.owner.OpenServing(ctx, id, crypto.Keccak256Hash([]byte("bound")), 3600); err != nil {
		e.t.Fatal(err)
	}
	return id
}

// fakeBatches returns n record batches of `per` fake record payloads each.
func fakeBatches(t *testing.T, n int, per int) []RecordBatch {
	t.Helper()
	out := make([]RecordBatch, n)
	for b := range out {
		p := make([]evidence.Hash32, per)
		for i := range p {
			p[i] = evidence.Hash32(crypto.Keccak256Hash([]byte{byte(b), byte(i)}))
		}
		tr, err := evidence.BuildTree(p)
		if err != nil {
			t.Fatal(err)
		}
		out[b] = RecordBatch{Root: tr.Root(), Records: uint64(per)}
	}
	return out
}

func TestInferenceFraudSlashesAndHonestDoesNot(t *testing.T) {
	e := newInferenceEnv(t)
	ctx := context.Background()
	id := e.servingJob()

	// Only the provider commits; the revert decodes through the shared decoder.
	mustRevert(t, func() error { _, err := e.challenger.CommitBatches(ctx, id, 0, fakeBatches(t, 1, 2)); return err }(), "NotProvider")
	c0, err := e.provider.CommitBatches(ctx, id, 0, fakeBatches(t, 3, 5))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.provider.CommitBatches(ctx, id, 0, fakeBatches(t, 1, 5)); !IsRevert(err, "UnexpectedFirstBatch") {
		t.Fatalf("resent commit: %v", err)
	}
	c1, err := e.provider.CommitBatches(ctx, id, 3, fakeBatches(t, 2, 4))
	if err != nil {
		t.Fatal(err)
	}
	commits, err := e.owner.Commits(ctx, id)
	if err != nil || len(commits) != 2 || commits[1].First != 3 || len(commits[1].Batches) != 2 {
		t.Fatalf("commits from logs: %+v, %v", commits, err)
	}
	terms, err := e.owner.Terms(ctx, id)
	if err != nil || terms.Batches != 5 || terms.Commits != 2 {
		t.Fatalf("terms: %+v, %v", terms, err)
	}

	// An honest record: the challenger loses its bond, the job stays finalized.
	d1, err := e.challenger.Challenge(ctx, e.env.challenger, c0, 1, 2, testSecret)
	if err != nil {
		t.Fatal(err)
	}
	again, err := e.challenger.Challenge(ctx, e.env.challenger, c0, 1, 2, testSecret)
	if err != nil || again.Cmp(d1) != 0 {
		t.Fatalf("challenge is not idempotent: %v, %v", again, err)
	}
	disp, err := e.owner.Dispute(ctx, d1)
	if err != nil || !disp.Open() || disp.Batch != 1 || disp.Record != 2 || disp.BatchRoot != c0.Batches[1].Root {
		t.Fatalf("dispute: %+v, %v", disp, err)
	}
	honest := VerdictOn(disp, terms)
	honest.Outcome, honest.Distance, honest.Bound = OutcomeHonest, big.NewInt(1), big.NewInt(2)
	e.resolveInference(honest)
	if j := e.job(id); j.Status != StatusFinalized {
		t.Fatalf("honest verdict: job %v", j.Status)
	}
	if c, _ := e.owner.Credits(ctx, e.env.provider.Sender().Address()); c.Cmp(ether(1).Div(ether(1), big.NewInt(2))) != 0 {
		t.Fatalf("provider's share of the lost bond: %v", c)
	}

	// A fraudulent record: slashed through the registry.
	d2, err := e.challenger.Challenge(ctx, e.env.challenger, c1, 4, 3, testSecret)
	if err != nil {
		t.Fatal(err)
	}
	disp, err = e.owner.Dispute(ctx, d2)
	if err != nil {
		t.Fatal(err)
	}
	fraud := VerdictOn(disp, terms)
	fraud.Outcome, fraud.Distance, fraud.Bound, fraud.BlockIndex = OutcomeFraud, ToFixed18(0.5), ToFixed18(0.01), 1
	e.resolveInference(fraud)
	if j := e.job(id); j.Status != StatusFraudulent {
		t.Fatalf("fraud verdict: job %v", j.Status)
	}
	me := e.env.challenger.Sender().Address()
	if c := e.credits(me); c.Cmp(ether(2)) != 0 {
		t.Fatalf("challenger's registry reward: %v", c)
	}
	if c, _ := e.owner.Credits(ctx, me); c.Cmp(ether(1)) != 0 {
		t.Fatalf("challenger's bond back: %v", c)
	}
	if err := e.challenger.Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	// Nothing more can be committed on a slashed job.
	if _, err := e.provider.CommitBatches(ctx, id, 5, fakeBatches(t, 1, 1)); !IsRevert(err, "InvalidJobStatus") {
		t.Fatalf("commit after slash: %v", err)
	}
}

func (e *infEnv) resolveInference(v InferenceVerdict) {
	e.t.Helper()
	ctx := context.Background()
	digest := v.Digest(e.owner.ChainID(), e.owner.Address())
	onChain, err := e.owner.VerdictDigest(ctx, v)
	if err != nil || onChain != digest {
		e.t.Fatalf("digest %s, contract %s (%v)", digest, onChain, err)
	}
	var sigs [][]byte
	for _, k := range e.arbKeys[:2] {
		s, err := SignVerdict(k, digest)
		if err != nil {
			e.t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	if err := e.owner.WithSender(e.other.Sender()).Resolve(ctx, v, sigs); err != nil {
		e.t.Fatal(err)
	}
}
