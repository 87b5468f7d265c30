package chain

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/evidence"
)

// stepJob creates, accepts and commits (one batch) a job of 3 intervals of stride s judged by
// one arbiter; it returns the job, its terms and its batch.
func (e *env) stepJob(s uint64) (*big.Int, bindings.JobParams, []BatchRef) {
	e.t.Helper()
	ctx := context.Background()
	p := e.params(3*s, s, 1, 1)
	id, err := e.owner.CreateJob(ctx, p, ether(10))
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.provider.Accept(ctx, id, p.ProviderBond, evidenceURI); err != nil {
		e.t.Fatal(err)
	}
	b := BatchRef{Index: 0, First: 0, Roots: roots(0, 4)}
	if err := e.provider.CommitIntervalsAt(ctx, id, 0, b.Roots); err != nil {
		e.t.Fatal(err)
	}
	return id, p, []BatchRef{b}
}

// TestStepTreeMatchesContract: the step root and proofs Go computes are what the registry
// accepts, for strides from 1 to 1000 and for interval 0 (whose start is endpoint 0), and a
// verifier checks the served state roots against the recorded response.
func TestStepTreeMatchesContract(t *testing.T) {
	e := newSimEnv(t)
	for _, s := range []uint64{1, 2, 3, 10, 1000} {
		id, p, batches := e.stepJob(s)
		for _, interval := range []uint64{0, 2} {
			o := e.challenge(e.challenger, id, interval+1, batches[0], p)
			states := stateRoots(batches, interval, s)
			stepRoot := e.respond(o.DisputeID, interval, batches, s)
			tree, err := StepTree(states)
			if err != nil {
				t.Fatal(err)
			}
			if tree.Root() != stepRoot || tree.LeafCount() != s+1 {
				t.Fatalf("s=%d: tree root %x over %d leaves, responded %x", s, tree.Root(), tree.LeafCount(), stepRoot)
			}
			d := e.dispute(o.DisputeID)
			if !d.Responded || d.StepRoot != stepRoot || d.StartRoot != states[0] || d.Root != states[s] {
				t.Fatalf("s=%d interval %d: dispute after the response: %+v", s, interval, d)
			}
			if err := VerifyStepRoots(d, s, states); err != nil {
				t.Fatalf("s=%d: served states refused: %v", s, err)
			}
			// Every leaf (a sample of them for s = 1000) proves against the step root.
			for j := uint64(0); j <= s; j += max(1, s/37) {
				pr, err := tree.Proof(j)
				if err != nil {
					t.Fatal(err)
				}
				if err := VerifyStepProof(stepRoot, s, j, states[j], pr); err != nil {
					t.Fatalf("s=%d: state %d: %v", s, j, err)
				}
				if err := VerifyStepProof(stepRoot, s, j, crypto.Keccak256Hash(states[j][:]), pr); !errors.Is(err, evidence.ErrInvalid) {
					t.Fatalf("s=%d: a wrong state %d verified: %v", s, j, err)
				}
			}
			// Served states that differ anywhere, or one too few, are refused.
			bad := append([][32]byte(nil), states...)
			bad[s/2] = [32]byte{1}
			for name, rs := range map[string][][32]byte{"changed": bad, "short": states[:s], "long": append(append([][32]byte(nil), states...), states[s])} {
				if err := VerifyStepRoots(d, s, rs); !errors.Is(err, ErrStepRoots) {
					t.Fatalf("s=%d: %s states accepted: %v", s, name, err)
				}
			}
		}
	}
	if _, err := StepTree([][32]byte{{1}}); err == nil {
		t.Fatal("a step tree of one state")
	}
	if err := VerifyStepRoots(Dispute{}, 1, [][32]byte{{}, {}}); !errors.Is(err, ErrStepRoots) {
		t.Fatalf("states of a dispute without a response: %v", err)
	}
}

// TestRespondRefusals: the registry refuses responses whose ends are not the committed roots,
// trees of another length, a second response, another sender and a late one, by name.
func TestRespondRefusals(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	const s = 10
	id, p, batches := e.stepJob(s)
	o := e.challenge(e.challenger, id, 2, batches[0], p)
	states := stateRoots(batches, 1, s)
	for name, rs := range map[string][][32]byte{
		"leaf 0 not endpoint 1": append([][32]byte{{7}}, states[1:]...),
		"leaf s not endpoint 2": append(append([][32]byte(nil), states[:s]...), [32]byte{7}),
		"s states":              append(append([][32]byte(nil), states[:s-1]...), states[s]),
		"s+2 states":            append(append([][32]byte(nil), states...), states[s]),
	} {
		if _, err := e.respondWith(o.DisputeID, 1, batches, rs); !IsRevert(err, "InvalidProof") {
			t.Fatalf("response with %s: %v, want InvalidProof", name, err)
		}
	}
	stepRoot, first, last, err := StepResponse(states)
	if err != nil {
		t.Fatal(err)
	}
	// The start must be endpoint k = 1, proven against its batch.
	mustRevert(t, e.provider.Respond(ctx, o.DisputeID, stepRoot, batches[0], 2, first, last), "InvalidEndpoint")
	re := mustRevert(t, e.challenger.Respond(ctx, o.DisputeID, stepRoot, batches[0], 1, first, last), "NotProvider")
	if re.Arg(0).(common.Address) != e.challenger.Sender().Address() {
		t.Fatalf("NotProvider%v", re.Args)
	}
	if err := e.provider.Respond(ctx, o.DisputeID, stepRoot, batches[0], 1, first, last); err != nil {
		t.Fatal(err)
	}
	mustRevert(t, e.provider.Respond(ctx, o.DisputeID, stepRoot, batches[0], 1, first, last), "AlreadyResponded")
	if err := e.provider.Respond(ctx, big.NewInt(99), stepRoot, batches[0], 1, first, last); !IsRevert(err, "UnknownDispute") {
		t.Fatalf("response to an unknown dispute: %v", err)
	}
	// A response after respondBy is refused with the deadline.
	o2 := e.challenge(e.challenger, id, 3, batches[0], p)
	d2 := e.dispute(o2.DisputeID)
	e.advance(time.Duration(d2.RespondBy-e.now()+1) * time.Second)
	_, err = e.respondWith(o2.DisputeID, 2, batches, stateRoots(batches, 2, s))
	re = mustRevert(t, err, "DeadlinePassed")
	wantBig(t, "DeadlinePassed", re.Arg(0).(*big.Int), new(big.Int).SetUint64(d2.RespondBy))
	if err := e.provider.Respond(ctx, o2.DisputeID, stepRoot, batches[0], 9, first, last); err == nil {
		t.Fatal("a start outside the batch")
	}
}

// TestNameStepTimeoutAndEvents drives naming, both timeouts and the step leader on the
// simulated chain, and reads the step-level events back through the watcher.
func TestNameStepTimeoutAndEvents(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	start, _ := e.ch.Client.BlockNumber(ctx)
	const s = 10
	a, b := e.challenger, e.challenger2

	// Job 1, interval 1: two challengers; names, refusals, leader; an Honest verdict after
	// nameBy on the named step.
	id, p, batches := e.stepJob(s)
	oa := e.challenge(a, id, 2, batches[0], p)
	ob := e.challenge(b, id, 2, batches[0], p)
	mustRevert(t, a.NameStep(ctx, oa.ChallengeID, 4), "NotResponded")
	stepRoot := e.respond(oa.DisputeID, 1, batches, s)
	re := mustRevert(t, b.NameStep(ctx, ob.ChallengeID, s), "StepOutOfRange")
	if re.Arg(0).(uint64) != s || re.Arg(1).(uint64) != s {
		t.Fatalf("StepOutOfRange%v", re.Args)
	}
	mustRevert(t, b.NameStep(ctx, oa.ChallengeID, 4), "NotChallenger")
	e.nameStep(b, ob.ChallengeID, 4) // b names first, but a committed earlier
	if lead, err := e.owner.StepLeaderOf(ctx, oa.DisputeID, 4); err != nil || lead.Cmp(ob.ChallengeID) != 0 {
		t.Fatalf("leader of step 4 after b: %v %v", lead, err)
	}
	e.nameStep(a, oa.ChallengeID, 4)
	mustRevert(t, a.NameStep(ctx, oa.ChallengeID, 5), "AlreadyNamed")
	if lead, err := e.owner.StepLeaderOf(ctx, oa.DisputeID, 4); err != nil || lead.Cmp(oa.ChallengeID) != 0 {
		t.Fatalf("leader of step 4 after a: %v %v", lead, err)
	}
	if lead, err := e.owner.StepLeaderOf(ctx, oa.DisputeID, 5); err != nil || lead.Sign() != 0 {
		t.Fatalf("leader of an unnamed step: %v %v", lead, err)
	}
	if st := e.stand(oa.ChallengeID); !st.Named || st.Step != 4 {
		t.Fatalf("stand after naming: %+v", st)
	}
	if d := e.dispute(oa.DisputeID); d.StepsNamed != 1 || d.StepRoot != stepRoot {
		t.Fatalf("dispute after naming: %+v", d)
	}
	mustRevert(t, e.other.Timeout(ctx, oa.DisputeID), "CannotTimeout")
	e.pastNaming(oa.DisputeID)
	mustRevert(t, e.other.Timeout(ctx, oa.DisputeID), "CannotTimeout") // a step is named
	v := e.onStep(verdict(id, oa, 1, batches[0].Roots[2], p, OutcomeHonest), 5)
	mustRevert(t, e.other.Resolve(ctx, v, e.sign(v, 0)), "StepNotNamed")
	v = e.onStep(v, 4)
	if err := e.other.Resolve(ctx, v, e.sign(v, 0)); err != nil {
		t.Fatal(err)
	}

	// Interval 2: responded, nothing named by nameBy: Honest by timeout, every bond to the
	// provider.
	oc := e.challenge(a, id, 3, batches[0], p)
	e.respond(oc.DisputeID, 2, batches, s)
	e.pastNaming(oc.DisputeID)
	re = mustRevert(t, a.NameStep(ctx, oc.ChallengeID, 0), "DeadlinePassed")
	wantBig(t, "DeadlinePassed", re.Arg(0).(*big.Int), new(big.Int).SetUint64(e.dispute(oc.DisputeID).NameBy))
	if err := e.other.Timeout(ctx, oc.DisputeID); err != nil {
		t.Fatal(err)
	}
	if d := e.dispute(oc.DisputeID); d.Outcome != OutcomeHonest || d.Status != DisputeStatusResolved || d.Rewarded != (common.Address{}) {
		t.Fatalf("dispute after the Honest timeout: %+v", d)
	}
	provider := e.provider.Sender().Address()
	before := e.credits(provider)
	e.claim(oc.ChallengeID)
	wantBig(t, "provider's share of an unargued bond", new(big.Int).Sub(e.credits(provider), before), p.ChallengerBond)

	// Job 2: the provider never responds; the timeout slashes it and rewards the leader.
	id2, p2, batches2 := e.stepJob(s)
	od := e.challenge(b, id2, 1, batches2[0], p2)
	mustRevert(t, e.other.Timeout(ctx, od.DisputeID), "CannotTimeout")
	d := e.dispute(od.DisputeID)
	e.advance(time.Duration(d.RespondBy-e.now()+1) * time.Second)
	if err := e.other.Timeout(ctx, od.DisputeID); err != nil {
		t.Fatal(err)
	}
	if d := e.dispute(od.DisputeID); d.Outcome != OutcomeUnavailable || d.Rewarded != b.Sender().Address() || d.Responded {
		t.Fatalf("dispute after the Unavailable timeout: %+v", d)
	}
	if j := e.job(id2); j.Status != statusFraudulent {
		t.Fatalf("job after the Unavailable timeout: status %d", j.Status)
	}
	mustRevert(t, e.other.Timeout(ctx, od.DisputeID), "DisputeNotOpen")

	// The watcher delivers the step-level events in their domain form.
	w := NewWatcher(e.ch.Client, e.owner.Address(), &MemoryCursorStore{}, WatcherOptions{StartBlock: start})
	var committed []StepsCommitted
	var named []StepNamed
	var timedOut []DisputeTimedOut
	for _, u := range drain(t, w) {
		for _, ev := range u.Events {
			switch x := ev.Value.(type) {
			case StepsCommitted:
				committed = append(committed, x)
			case StepNamed:
				named = append(named, x)
			case DisputeTimedOut:
				timedOut = append(timedOut, x)
			}
		}
	}
	if len(committed) != 2 || committed[0].DisputeID.Cmp(oa.DisputeID) != 0 || committed[0].Interval != 1 ||
		committed[0].StepRoot != stepRoot || committed[0].JobID.Cmp(id) != 0 {
		t.Fatalf("StepsCommitted events: %+v", committed)
	}
	if len(named) != 2 || named[0].ChallengeID.Cmp(ob.ChallengeID) != 0 || named[0].Challenger != b.Sender().Address() ||
		named[0].Step != 4 || named[1].ChallengeID.Cmp(oa.ChallengeID) != 0 || named[1].DisputeID.Cmp(oa.DisputeID) != 0 {
		t.Fatalf("StepNamed events: %+v", named)
	}
	if len(timedOut) != 2 || timedOut[0].DisputeID.Cmp(oc.DisputeID) != 0 || timedOut[0].Outcome != OutcomeHonest || timedOut[0].Interval != 2 ||
		timedOut[1].DisputeID.Cmp(od.DisputeID) != 0 || timedOut[1].Outcome != OutcomeUnavailable || timedOut[1].JobID.Cmp(id2) != 0 {
		t.Fatalf("DisputeTimedOut events: %+v", timedOut)
	}
}
