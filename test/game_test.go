package test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/chain/anvil"
)

// The dispute game played for profit, on the registry itself: a cheating provider whose sybil
// challenges every interval of its own job (the fraudulent one included) and names honest steps
// cannot lock an honest watchtower out; the verdict on the watchtower's step slashes it, the
// reward goes to the watchtower although the sybil committed first, and self-challenging costs
// the provider more than walking away. The owner
// never names the evidence server and can never referee its own job.
func TestSelfChallengeStillSlashedSimulated(t *testing.T) {
	ch, keys := simulated(t, 8)
	playSelfChallenge(t, ch, keys)
}

func TestSelfChallengeStillSlashedOnAnvil(t *testing.T) {
	url, keys := anvil.Start(t)
	ch, err := chain.Dial(t.Context(), url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	playSelfChallenge(t, ch, keys)
}

func playSelfChallenge(t *testing.T, ch *chain.Chain, keys []*ecdsa.PrivateKey) {
	ctx := t.Context()
	as := func(k *ecdsa.PrivateKey) *chain.Sender {
		s, err := ch.NewSender(ctx, k, chain.SenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	owner, err := chain.DeployRegistry(ctx, as(keys[0]))
	if err != nil {
		t.Fatal(err)
	}
	provider, sybil, watchtower := owner.WithSender(as(keys[1])), owner.WithSender(as(keys[2])), owner.WithSender(as(keys[3]))
	arbKeys := keys[4:7]
	var arbiters []common.Address
	for _, k := range arbKeys {
		arbiters = append(arbiters, crypto.PubkeyToAddress(k.PublicKey))
	}
	const intervals = 4
	const fraudulent = 2
	head, err := ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := bindings.JobParams{
		Provider: provider.Sender().Address(), ManifestHash: crypto.Keccak256Hash([]byte("manifest")),
		TotalSteps: intervals * stride, Stride: stride, BoundaryHash: crypto.Keccak256Hash([]byte("boundary")),
		AcceptBy: head.Time + 3600, FinalizeBy: head.Time + 86400, ChallengeWindow: 86400, ArbitrationWindow: 3600,
		ProviderBond: eth(4), ChallengerBond: eth(1), Arbiters: arbiters, Threshold: 2,
	}

	// Fair terms: the owner cannot referee its own job, nor take a minority quorum.
	bad := p
	bad.Arbiters = append([]common.Address{owner.Sender().Address()}, arbiters[:2]...)
	if _, err := owner.CreateJob(ctx, bad, eth(10)); !chain.IsRevert(err, "InvalidArbiter") {
		t.Fatalf("owner as arbiter: %v, want InvalidArbiter", err)
	}
	bad = p
	bad.Threshold = 1
	if _, err := owner.CreateJob(ctx, bad, eth(10)); !chain.IsRevert(err, "InvalidThreshold") {
		t.Fatalf("1 of 3: %v, want InvalidThreshold", err)
	}
	jobID, err := owner.CreateJob(ctx, p, eth(10))
	if err != nil {
		t.Fatal(err)
	}
	// The provider names its own evidence server; nobody else can.
	const uri = "http://127.0.0.1:8600"
	if err := provider.Accept(ctx, jobID, p.ProviderBond, uri); err != nil {
		t.Fatal(err)
	}
	roots := make([][32]byte, intervals+1)
	for i := range roots {
		roots[i] = crypto.Keccak256Hash([]byte{byte(i)}, []byte("endpoint"))
	}
	if err := provider.CommitIntervalsAt(ctx, jobID, 0, roots); err != nil {
		t.Fatal(err)
	}
	if err := provider.Finalize(ctx, jobID, roots[intervals]); err != nil {
		t.Fatal(err)
	}
	v, err := owner.Job(ctx, jobID)
	if err != nil || v.EvidenceURI != uri {
		t.Fatalf("job evidence URI %q %v, want the provider's %q", v.EvidenceURI, err, uri)
	}
	batch := chain.BatchRef{Roots: roots}

	// The provider's sybil stands on every interval first, the fraudulent one included.
	disputes := make([]*big.Int, intervals)
	for k := range uint64(intervals) {
		o, err := sybil.Challenge(ctx, jobID, k+1, batch, p.ChallengerBond, []byte("sybil"))
		if err != nil {
			t.Fatalf("sybil challenge of interval %d: %v", k, err)
		}
		disputes[k] = o.DisputeID
	}
	// The honest watchtower is not locked out: it joins the fraudulent interval's dispute.
	joined, err := watchtower.Challenge(ctx, jobID, fraudulent+1, batch, p.ChallengerBond, []byte("watchtower"))
	if err != nil {
		t.Fatalf("honest watchtower locked out: %v", err)
	}
	if joined.DisputeID.Cmp(disputes[fraudulent]) != 0 {
		t.Fatalf("watchtower stands on dispute %s, want the open one %s", joined.DisputeID, disputes[fraudulent])
	}
	if d, err := owner.DisputeOf(ctx, joined.DisputeID); err != nil || d.Challenges != 2 || d.Leader != sybil.Sender().Address() {
		t.Fatalf("dispute %+v %v: want 2 challengers, the earlier sybil leading", d, err)
	}
	// Standing again is a no-op: one stand per challenger and dispute.
	if again, err := sybil.Challenge(ctx, jobID, fraudulent+1, batch, p.ChallengerBond, []byte("sybil")); err != nil || again.DisputeID.Cmp(disputes[fraudulent]) != 0 {
		t.Fatalf("sybil again: %+v %v", again, err)
	}

	// The provider answers every dispute with a step tree between the committed roots. Its
	// sybil names an honest step on each, hoping to have them all judged Honest; the watchtower
	// names the fraudulent interval's bad step.
	stepRoots := make([][32]byte, intervals)
	for k := range uint64(intervals) {
		states := make([][32]byte, stride+1)
		states[0], states[stride] = roots[k], roots[k+1]
		for j := 1; j < stride; j++ {
			states[j] = crypto.Keccak256Hash([]byte{byte(k), byte(j)}, []byte("state"))
		}
		sr, first, last, err := chain.StepResponse(states)
		if err != nil {
			t.Fatal(err)
		}
		if err := provider.Respond(ctx, disputes[k], sr, batch, k, first, last); err != nil {
			t.Fatalf("respond to interval %d: %v", k, err)
		}
		stepRoots[k] = sr
		stand, err := sybil.ChallengeOf(ctx, disputes[k], sybil.Sender().Address())
		if err != nil {
			t.Fatal(err)
		}
		if err := sybil.NameStep(ctx, stand, 0); err != nil {
			t.Fatalf("sybil names step 0 of interval %d: %v", k, err)
		}
	}
	const badStep = 3
	if err := watchtower.NameStep(ctx, joined.ChallengeID, badStep); err != nil {
		t.Fatal(err)
	}
	// Honest verdicts wait for the naming windows to close (the last dispute opened last).
	d, err := owner.DisputeOf(ctx, disputes[intervals-1])
	if err != nil {
		t.Fatal(err)
	}
	if now, err := ch.Head(ctx); err != nil {
		t.Fatal(err)
	} else if err := ch.AdjustTime(ctx, time.Duration(d.NameBy-now.Time+1)*time.Second); err != nil {
		t.Fatal(err)
	}

	// Live, honest arbiters: Honest on the honest intervals (the sybil's step), then Fraud on the
	// watchtower's step.
	resolve := func(k uint64, step uint64, outcome uint8, distance int64) {
		verdict := chain.Verdict{JobID: jobID, DisputeID: disputes[k], Interval: k, Root: roots[k+1], BoundaryHash: p.BoundaryHash,
			StepRoot: stepRoots[k], Step: step, Outcome: outcome, Distance: big.NewInt(distance), Boundary: big.NewInt(10)}
		digest := verdict.Digest(owner.ChainID(), owner.Address())
		var sigs [][]byte
		for _, key := range arbKeys[:2] {
			sig, err := chain.SignVerdict(key, digest)
			if err != nil {
				t.Fatal(err)
			}
			sigs = append(sigs, sig)
		}
		if err := watchtower.Resolve(ctx, verdict, sigs); err != nil {
			t.Fatalf("resolve interval %d: %v", k, err)
		}
	}
	for k := range uint64(intervals) {
		if k != fraudulent {
			resolve(k, 0, chain.OutcomeHonest, 1)
		}
	}
	resolve(fraudulent, badStep, chain.OutcomeFraud, 100)
	if d, err := owner.DisputeOf(ctx, disputes[fraudulent]); err != nil || d.Rewarded != watchtower.Sender().Address() {
		t.Fatalf("slash rewarded %s (%v), want the watchtower that named the bad step, not the sybil that led", d.Rewarded, err)
	}
	if v, err := owner.Job(ctx, jobID); err != nil || v.Status != chain.StatusFraudulent {
		t.Fatalf("job %d %v, want Fraudulent", v.Status, err)
	}
	if err := owner.Settle(ctx, jobID); !chain.IsRevert(err, "InvalidJobStatus") {
		t.Fatalf("settle a slashed job: %v", err)
	}
	for _, r := range []*chain.Registry{sybil, watchtower} {
		for _, d := range disputes {
			if _, err := r.Reclaim(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Anyone may claim for others: the sybil's lost bonds go to the arbiters and the provider.
	logs, err := owner.JobLogs(ctx, jobID, owner.DeployBlock())
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range logs {
		if e, ok := ev.(chain.ChallengeOpened); ok {
			if err := owner.Claim(ctx, e.ChallengeID); err != nil && !chain.IsRevert(err, "AlreadyClaimed") {
				t.Fatal(err)
			}
		}
	}

	credit := func(who common.Address) *big.Int {
		c, err := owner.Credits(ctx, who)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	half := func(x *big.Int) *big.Int { return new(big.Int).Rsh(x, 1) }
	lostHonest := new(big.Int).Mul(p.ChallengerBond, big.NewInt(intervals-1))
	// The provider and its sybil together: they put in the provider bond and four sybil bonds.
	// They get back the sybil's bond on the fraudulent interval and half of the three lost bonds
	// (the other half paid the arbiters). The reward goes to the watchtower that named the bad
	// step, even though the sybil committed first.
	got := new(big.Int).Add(credit(provider.Sender().Address()), credit(sybil.Sender().Address()))
	want := new(big.Int).Add(p.ChallengerBond, half(lostHonest))
	if got.Cmp(want) != 0 {
		t.Fatalf("provider and sybil credited %s, want %s", got, want)
	}
	// Net, against walking away (cancel returns half the bond to the provider): worse by the
	// arbiters' pay for the frivolous disputes.
	net := new(big.Int).Sub(got, new(big.Int).Add(p.ProviderBond, new(big.Int).Mul(p.ChallengerBond, big.NewInt(intervals))))
	cancelNet := new(big.Int).Neg(half(p.ProviderBond))
	if net.Cmp(cancelNet) >= 0 {
		t.Fatalf("self-challenging netted %s, cancel nets %s: it must not pay better", net, cancelNet)
	}
	if c := credit(owner.Sender().Address()); c.Cmp(new(big.Int).Add(eth(10), half(p.ProviderBond))) != 0 {
		t.Fatalf("owner credited %s, want the escrow and half the bond", c)
	}
	if c := credit(watchtower.Sender().Address()); c.Cmp(new(big.Int).Add(p.ChallengerBond, half(p.ProviderBond))) != 0 {
		t.Fatalf("watchtower credited %s, want its bond back and half the provider bond", c)
	}
	var arbiterPay = new(big.Int)
	for _, a := range arbiters {
		arbiterPay.Add(arbiterPay, credit(a))
	}
	if arbiterPay.Cmp(half(lostHonest)) != 0 {
		t.Fatalf("arbiters credited %s, want half the three lost bonds %s", arbiterPay, half(lostHonest))
	}
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
