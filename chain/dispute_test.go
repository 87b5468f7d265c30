package chain

import (
	"context"
	"math"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestChallengeCommitmentMatchesContract(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for i, c := range []struct {
		who       common.Address
		job       *big.Int
		endpoint  uint64
		root, slt [32]byte
	}{
		{addr(DevKey(2)), big.NewInt(1), 1, crypto.Keccak256Hash([]byte("root")), ChallengeSalt(testSecret, big.NewInt(1), 1, [32]byte{}, 0)},
		{addr(DevKey(7)), big.NewInt(42), 1 << 32, [32]byte{0xff}, [32]byte{}},
		{common.Address{}, big.NewInt(0), 0, [32]byte{}, [32]byte{}},
		{common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), max256, math.MaxUint64, crypto.Keccak256Hash([]byte("x")), crypto.Keccak256Hash([]byte("y"))},
	} {
		want, err := call(ctx, e.owner, "challenge commitment", e.owner.abi.PackChallengeCommitment(c.who, c.job, c.endpoint, c.root, c.slt), e.owner.abi.UnpackChallengeCommitment)
		if err != nil {
			t.Fatal(err)
		}
		if got := ChallengeCommitment(c.who, c.job, c.endpoint, c.root, c.slt); got != want {
			t.Errorf("case %d: commitment %x, contract says %x", i, got, want)
		}
		// The commitment binds the challenger: a copier commits to nothing it can reveal.
		if ChallengeCommitment(addr(DevKey(3)), c.job, c.endpoint, c.root, c.slt) == want {
			t.Errorf("case %d: commitment does not depend on the challenger", i)
		}
	}
	// Salts are deterministic in the secret and fresh per attempt, endpoint and secret.
	root := crypto.Keccak256Hash([]byte("root"))
	s0 := ChallengeSalt(testSecret, big.NewInt(1), 3, root, 0)
	if s0 != ChallengeSalt(testSecret, big.NewInt(1), 3, root, 0) {
		t.Fatal("salt not deterministic")
	}
	for name, s := range map[string][32]byte{
		"attempt":  ChallengeSalt(testSecret, big.NewInt(1), 3, root, 1),
		"endpoint": ChallengeSalt(testSecret, big.NewInt(1), 4, root, 0),
		"job":      ChallengeSalt(testSecret, big.NewInt(2), 3, root, 0),
		"secret":   ChallengeSalt([]byte("other"), big.NewInt(1), 3, root, 0),
	} {
		if s == s0 {
			t.Errorf("salt does not depend on the %s", name)
		}
	}
}

// TestChallengeIsIdempotent: a second Challenge of the same interval by the same challenger
// returns the same dispute and challenge and sends nothing; a commitment left by an interrupted
// call is revealed instead of bonding another.
func TestChallengeIsIdempotent(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	id, p, batches := e.acceptedJob(4, 5, 1, 1)
	me := e.challenger.Sender().Address()
	balance := e.balance(me)

	before := len(e.receipts)
	first := e.challenge(e.challenger, id, 2, batches[0], p)
	if n := len(e.receipts) - before; n != 2 {
		t.Fatalf("first challenge sent %d transactions, want 2 (commit, reveal)", n)
	}
	spent := new(big.Int).Set(p.ChallengerBond)
	for _, r := range e.receipts[before:] {
		spent.Add(spent, fee(r))
	}
	wantBig(t, "spent on the challenge", new(big.Int).Sub(balance, e.balance(me)), spent)

	before = len(e.receipts)
	second := e.challenge(e.challenger, id, 2, batches[0], p)
	if n := len(e.receipts) - before; n != 0 {
		t.Fatalf("repeated challenge sent %d transactions", n)
	}
	if second.DisputeID.Cmp(first.DisputeID) != 0 || second.ChallengeID.Cmp(first.ChallengeID) != 0 {
		t.Fatalf("repeated challenge returned %+v, first %+v", second, first)
	}
	if d := e.dispute(first.DisputeID); d.Challenges != 1 {
		t.Fatalf("dispute after a repeated challenge: %+v", d)
	}

	// Interrupted after the commitment: the next call reveals it, bonding nothing new.
	e.commitOnly(e.challenger, id, 3, batches[0].Roots[3], p.ChallengerBond)
	before = len(e.receipts)
	o := e.challenge(e.challenger, id, 3, batches[0], p)
	if n := len(e.receipts) - before; n != 1 {
		t.Fatalf("resumed challenge sent %d transactions, want 1 (reveal)", n)
	}
	if d := e.dispute(o.DisputeID); d.Interval != 2 || d.Leader != me {
		t.Fatalf("resumed dispute: %+v", d)
	}
	// A commitment with another bond is never revealed (its bond is lost): a fresh salt is used.
	e.commitOnly(e.challenger, id, 4, batches[0].Roots[4], ether(3))
	before = len(e.receipts)
	o = e.challenge(e.challenger, id, 4, batches[0], p)
	if n := len(e.receipts) - before; n != 2 {
		t.Fatalf("challenge next to a wrongly bonded commitment sent %d transactions, want 2", n)
	}
	if d := e.dispute(o.DisputeID); d.Interval != 3 {
		t.Fatalf("dispute: %+v", d)
	}
	// Endpoint 0 closes no interval; nothing is sent.
	before = len(e.receipts)
	if _, err := e.challenger.Challenge(ctx, id, 0, batches[0], p.ChallengerBond, testSecret); err == nil {
		t.Fatal("challenge of endpoint 0")
	}
	ro, err := OpenRegistry(ctx, e.ch.Client, e.owner.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Challenge(ctx, id, 1, batches[0], p.ChallengerBond, testSecret); err == nil {
		t.Fatal("read-only challenge")
	}
	if len(e.receipts) != before {
		t.Fatal("refused challenges sent transactions")
	}
}

// TestSecondChallengerJoinsDispute: several challengers stand on one interval's dispute; one
// verdict closes it for all of them, and each claim pays out as the contract says.
func TestSecondChallengerJoinsDispute(t *testing.T) {
	for _, outcome := range []uint8{OutcomeHonest, OutcomeFraud} {
		t.Run(map[uint8]string{OutcomeHonest: "honest", OutcomeFraud: "fraud"}[outcome], func(t *testing.T) {
			e := newSimEnv(t)
			ctx := context.Background()
			start, _ := e.ch.Client.BlockNumber(ctx)
			id, p, batches := e.acceptedJob(4, 5, 3, 2)
			a, b := e.challenger, e.challenger2
			root := batches[0].Roots[3]
			if outcome == OutcomeFraud {
				// b bonds first but reveals last: the earliest commitment leads.
				e.commitOnly(b, id, 3, root, p.ChallengerBond)
			}
			oa := e.challenge(a, id, 3, batches[0], p)
			if d := e.dispute(oa.DisputeID); d.Leader != a.Sender().Address() || d.Challenges != 1 {
				t.Fatalf("dispute after the first challenge: %+v", d)
			}
			ob := e.challenge(b, id, 3, batches[0], p)
			if ob.DisputeID.Cmp(oa.DisputeID) != 0 || ob.ChallengeID.Cmp(oa.ChallengeID) == 0 {
				t.Fatalf("challenges %+v and %+v: want one dispute, two challenges", oa, ob)
			}
			leader, follower := a, b
			if outcome == OutcomeFraud {
				leader, follower = b, a
			}
			d := e.dispute(oa.DisputeID)
			if d.Challenges != 2 || d.Leader != leader.Sender().Address() || !d.Open() || d.Interval != 2 || d.Root != root {
				t.Fatalf("dispute with two challengers: %+v", d)
			}
			for _, c := range []struct {
				r *Registry
				o Opened
			}{{a, oa}, {b, ob}} {
				got, err := e.owner.ChallengeOf(ctx, oa.DisputeID, c.r.Sender().Address())
				if err != nil {
					t.Fatal(err)
				}
				wantBig(t, "challenge of "+c.r.Sender().Address().Hex(), got, c.o.ChallengeID)
				if s := e.stand(c.o.ChallengeID); s.Challenger != c.r.Sender().Address() || s.DisputeID.Cmp(oa.DisputeID) != 0 || s.Interval != 2 {
					t.Fatalf("challenge %v: %+v", c.o.ChallengeID, s)
				}
			}
			if j := e.job(id); j.OpenDisputes != 1 {
				t.Fatalf("%d open disputes, want 1", j.OpenDisputes)
			}

			// The provider responds; a names a step first, b after it. In the fraud case both name
			// the fake step 5 and b, the earlier commitment, leads it; in the honest case they
			// name different steps and the arbiters find both honest.
			e.respond(oa.DisputeID, 2, batches, p.Stride)
			stepB := uint64(5)
			e.nameStep(a, oa.ChallengeID, map[uint8]uint64{OutcomeHonest: 3, OutcomeFraud: 5}[outcome])
			e.nameStep(b, ob.ChallengeID, stepB)
			lead, err := e.owner.StepLeaderOf(ctx, oa.DisputeID, stepB)
			if err != nil {
				t.Fatal(err)
			}
			wantBig(t, "leader of step 5", lead, ob.ChallengeID)
			if d := e.dispute(oa.DisputeID); d.StepsNamed != map[uint8]uint32{OutcomeHonest: 2, OutcomeFraud: 1}[outcome] {
				t.Fatalf("%d steps named: %+v", d.StepsNamed, d)
			}
			v := e.onStep(verdict(id, oa, 2, root, p, outcome), stepB)
			if outcome == OutcomeHonest {
				e.pastNaming(oa.DisputeID)
			}
			if err := e.other.Resolve(ctx, v, e.sign(v, 0, 2)); err != nil {
				t.Fatal(err)
			}
			d = e.dispute(oa.DisputeID)
			if d.Open() || d.Status != DisputeStatusResolved || d.Outcome != outcome {
				t.Fatalf("dispute after the verdict: %+v", d)
			}
			open, err := e.owner.OpenDisputeOf(ctx, id, 2)
			if err != nil {
				t.Fatal(err)
			}
			wantBig(t, "open dispute after the verdict", open, new(big.Int))
			// The verdict decides the interval: nobody stands on it again, and nothing is bonded.
			before := len(e.receipts)
			_, err = e.other.Challenge(ctx, id, 3, batches[0], p.ChallengerBond, testSecret)
			mustRevert(t, err, "IntervalDecided")
			if len(e.receipts) != before {
				t.Fatal("a challenge of a decided interval sent a transaction")
			}

			e.claim(oa.ChallengeID)
			e.claim(ob.ChallengeID)
			mustRevert(t, e.other.Claim(ctx, oa.ChallengeID), "AlreadyClaimed")
			mustRevert(t, e.other.Claim(ctx, big.NewInt(99)), "UnknownChallenge")
			bond := p.ChallengerBond
			zero := new(big.Int)
			switch outcome {
			case OutcomeHonest:
				// Each losing bond pays half to the two arbiters who signed, half to the provider.
				quarter := new(big.Int).Div(bond, big.NewInt(4))
				wantBig(t, "arbiter 0 credits", e.credits(addr(e.arbKeys[0])), new(big.Int).Mul(quarter, big.NewInt(2)))
				wantBig(t, "arbiter 1 credits (did not sign)", e.credits(addr(e.arbKeys[1])), zero)
				wantBig(t, "arbiter 2 credits", e.credits(addr(e.arbKeys[2])), new(big.Int).Mul(quarter, big.NewInt(2)))
				wantBig(t, "provider credits", e.credits(e.provider.Sender().Address()), bond)
				wantBig(t, "challenger credits", e.credits(a.Sender().Address()), zero)
				wantBig(t, "second challenger credits", e.credits(b.Sender().Address()), zero)
				if s := e.job(id).Status; s != statusAccepted {
					t.Fatalf("job status %d after an honest verdict", s)
				}
			case OutcomeFraud:
				// Only the leader is rewarded; every challenger's bond comes back.
				reward := new(big.Int).Div(p.ProviderBond, big.NewInt(2))
				e.withdraw(leader, new(big.Int).Add(bond, reward))
				e.withdraw(follower, bond)
				e.withdraw(e.owner, new(big.Int).Add(ether(10), new(big.Int).Sub(p.ProviderBond, reward)))
				for _, k := range e.arbKeys {
					wantBig(t, "arbiter credits", e.credits(addr(k)), zero)
				}
				wantBig(t, "provider credits", e.credits(e.provider.Sender().Address()), zero)
			}

			// The registry's events tell the same story.
			w := NewWatcher(e.ch.Client, e.owner.Address(), &MemoryCursorStore{}, WatcherOptions{StartBlock: start})
			var got []string
			for _, n := range names(drain(t, w)) {
				if n != "JobCreated" && n != "JobAccepted" && n != "IntervalsCommitted" && n != "Withdrawn" {
					got = append(got, n)
				}
			}
			want := []string{"ChallengeCommitted", "DisputeOpened", "ChallengeOpened", "ChallengeCommitted", "ChallengeOpened",
				"StepsCommitted", "StepNamed", "StepNamed", "DisputeResolved", "ChallengeClaimed", "ChallengeClaimed"}
			if outcome == OutcomeFraud {
				want = []string{"ChallengeCommitted", "ChallengeCommitted", "DisputeOpened", "ChallengeOpened", "ChallengeOpened",
					"StepsCommitted", "StepNamed", "StepNamed", "DisputeResolved", "JobSlashed", "ChallengeClaimed", "ChallengeClaimed"}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("events %v, want %v", got, want)
			}
		})
	}
}

// TestReclaim: Reclaim gets a challenger's bond back once the rules allow, and leaves a dispute
// that can still be judged alone.
func TestReclaim(t *testing.T) {
	t.Run("after a lapse", func(t *testing.T) {
		e := newSimEnv(t)
		ctx := context.Background()
		id, p, batches := e.acceptedJob(3, 4, 1, 1)
		o := e.challenge(e.challenger, id, 1, batches[0], p)
		before := len(e.receipts)
		if ok, err := e.challenger.Reclaim(ctx, o.DisputeID); err != nil || ok {
			t.Fatalf("reclaim of a dispute still judgeable: %v %v", ok, err)
		}
		if len(e.receipts) != before {
			t.Fatal("reclaim of a dispute still judgeable sent a transaction")
		}
		// Someone without a challenge on the dispute has nothing to reclaim.
		if ok, err := e.challenger2.Reclaim(ctx, o.DisputeID); err != nil || ok {
			t.Fatalf("reclaim without a challenge: %v %v", ok, err)
		}
		e.advance(time.Duration(p.ArbitrationWindow+1) * time.Second)
		if ok, err := e.challenger.Reclaim(ctx, o.DisputeID); err != nil || !ok {
			t.Fatalf("reclaim after the deadline: %v %v", ok, err)
		}
		if d := e.dispute(o.DisputeID); d.Status != DisputeStatusLapsed {
			t.Fatalf("dispute after reclaim: %+v", d)
		}
		if s := e.stand(o.ChallengeID); !s.Claimed {
			t.Fatalf("challenge after reclaim: %+v", s)
		}
		wantBig(t, "credits after reclaim", e.credits(e.challenger.Sender().Address()), p.ChallengerBond)
		before = len(e.receipts)
		if ok, err := e.challenger.Reclaim(ctx, o.DisputeID); err != nil || ok {
			t.Fatalf("second reclaim: %v %v", ok, err)
		}
		if len(e.receipts) != before {
			t.Fatal("second reclaim sent a transaction")
		}
		e.withdraw(e.challenger, p.ChallengerBond)
	})

	t.Run("after a fraud verdict", func(t *testing.T) {
		e := newSimEnv(t)
		ctx := context.Background()
		id, p, batches := e.acceptedJob(3, 4, 1, 1)
		a, b := e.challenger, e.challenger2
		o1 := e.challenge(a, id, 1, batches[0], p) // a leads interval 0
		e.challenge(b, id, 1, batches[0], p)
		o2 := e.challenge(b, id, 2, batches[0], p) // b alone on interval 1
		e.respond(o1.DisputeID, 0, batches, p.Stride)
		e.nameStep(a, o1.ChallengeID, 0)
		v := e.onStep(verdict(id, o1, 0, batches[0].Roots[1], p, OutcomeFraud), 0)
		if err := e.other.Resolve(ctx, v, e.sign(v, 0)); err != nil {
			t.Fatal(err)
		}
		reward := new(big.Int).Div(p.ProviderBond, big.NewInt(2))
		bond := p.ChallengerBond
		wantBig(t, "leader credits after the verdict", e.credits(a.Sender().Address()), reward)
		if ok, err := a.Reclaim(ctx, o1.DisputeID); err != nil || !ok {
			t.Fatalf("leader reclaim: %v %v", ok, err)
		}
		wantBig(t, "leader credits", e.credits(a.Sender().Address()), new(big.Int).Add(reward, bond))
		if ok, err := b.Reclaim(ctx, o1.DisputeID); err != nil || !ok {
			t.Fatalf("second challenger reclaim: %v %v", ok, err)
		}
		wantBig(t, "second challenger credits", e.credits(b.Sender().Address()), bond)
		// The job is fraudulent: its other dispute can no longer be judged, so it lapses at
		// once, before its deadline, and its bond comes back too.
		if d := e.dispute(o2.DisputeID); !d.Open() {
			t.Fatalf("other dispute: %+v", d)
		}
		if ok, err := b.Reclaim(ctx, o2.DisputeID); err != nil || !ok {
			t.Fatalf("reclaim on the fraudulent job's other dispute: %v %v", ok, err)
		}
		if d := e.dispute(o2.DisputeID); d.Status != DisputeStatusLapsed {
			t.Fatalf("other dispute after reclaim: %+v", d)
		}
		e.withdraw(b, new(big.Int).Mul(bond, big.NewInt(2)))
		e.withdraw(a, new(big.Int).Add(reward, bond))
		if j := e.job(id); j.OpenDisputes != 0 || j.Status != statusFraudulent {
			t.Fatalf("job after the reclaims: %+v", j)
		}
	})
}
