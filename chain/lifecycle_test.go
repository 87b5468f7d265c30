package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Job statuses of OvigTypes.sol.
const (
	statusAccepted   = 2
	statusFinalized  = 3
	statusFraudulent = 4
	statusSettled    = 5
	statusCancelled  = 6
)

func wantBig(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %v, want %v", what, got, want)
	}
}

func (e *env) advance(d time.Duration) {
	e.t.Helper()
	if err := e.ch.AdjustTime(context.Background(), d); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.ch.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func fee(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// withdraw pulls r's credits and checks they arrive in full (net of the withdraw's own fee).
func (e *env) withdraw(r *Registry, want *big.Int) {
	e.t.Helper()
	who := r.Sender().Address()
	wantBig(e.t, "credits of "+who.Hex(), e.credits(who), want)
	before := e.balance(who)
	if err := r.Withdraw(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	gas := fee(e.receipts[len(e.receipts)-1])
	got := new(big.Int).Sub(new(big.Int).Add(e.balance(who), gas), before)
	wantBig(e.t, "withdrawn by "+who.Hex(), got, want)
	wantBig(e.t, "credits after withdraw", e.credits(who), new(big.Int))
	mustRevert(e.t, r.Withdraw(context.Background()), "NothingToWithdraw")
}

func (e *env) sign(v Verdict, arbiters ...int) [][]byte {
	e.t.Helper()
	d := v.Digest(e.owner.ChainID(), e.owner.Address())
	var sigs [][]byte
	for _, i := range arbiters {
		s, err := SignVerdict(e.arbKeys[i], d)
		if err != nil {
			e.t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	return sigs
}

// runHonestJob: an interval is challenged, the provider responds with its per-step states, the
// challenger names a step, and the single arbiter judges it Honest after nameBy; the claim of
// the challenge pays half the challenger's bond to the arbiter who signed and the rest to the
// provider. After the window the job settles and the provider withdraws escrow, bond and its
// share of the challenger's bond.
func runHonestJob(t *testing.T, e *env) {
	ctx := context.Background()
	id, p, batches := e.acceptedJob(4, 3, 1, 1)
	if err := e.provider.Finalize(ctx, id, crypto.Keccak256Hash([]byte("final model"))); err != nil {
		t.Fatal(err)
	}
	j := e.job(id)
	if j.Status != statusFinalized || j.WindowEnd != j.FinalizedAt+p.ChallengeWindow || j.CommittedEndpoints != 5 || j.BatchCount != 2 || j.EvidenceURI != evidenceURI {
		t.Fatalf("after finalize: %+v", j)
	}
	re := mustRevert(t, e.other.Settle(ctx, id), "DeadlineNotReached")
	wantBig(t, "DeadlineNotReached arg", re.Arg(0).(*big.Int), new(big.Int).SetUint64(j.WindowEnd))

	o := e.challenge(e.challenger, id, 4, batches[1], p)
	mustRevert(t, e.other.Settle(ctx, id), "DeadlineNotReached")
	mustRevert(t, e.other.Claim(ctx, o.ChallengeID), "DisputeStillOpen")
	d := e.dispute(o.DisputeID)
	opened := d.Deadline - p.ArbitrationWindow
	if d.RespondBy != opened+p.ArbitrationWindow/4 || d.NameBy != opened+p.ArbitrationWindow/2 || d.Responded || d.StepRoot != ([32]byte{}) {
		t.Fatalf("dispute before the response: %+v", d)
	}
	// Nothing is judged before the provider answers, nor named.
	mustRevert(t, e.challenger.NameStep(ctx, o.ChallengeID, 3), "NotResponded")
	stepRoot := e.respond(o.DisputeID, 3, batches, p.Stride)
	d = e.dispute(o.DisputeID)
	if !d.Responded || d.StepRoot != stepRoot || d.StartRoot != batches[1].Roots[0] || d.Root != batches[1].Roots[1] {
		t.Fatalf("dispute after the response: %+v", d)
	}
	e.nameStep(e.challenger, o.ChallengeID, 3)
	if s := e.stand(o.ChallengeID); !s.Named || s.Step != 3 {
		t.Fatalf("challenge after naming: %+v", s)
	}
	if lead, err := e.owner.StepLeaderOf(ctx, o.DisputeID, 3); err != nil || lead.Cmp(o.ChallengeID) != 0 {
		t.Fatalf("leader of step 3: %v %v", lead, err)
	}
	v := e.onStep(verdict(id, o, 3, batches[1].Roots[1], p, OutcomeHonest), 3)
	// Honest only once nameBy has passed: until then another challenger could still name a step.
	mustRevert(t, e.other.Resolve(ctx, v, e.sign(v, 0)), "DeadlineNotReached")
	e.pastNaming(o.DisputeID)
	if err := e.other.Resolve(ctx, v, e.sign(v, 0)); err != nil {
		t.Fatal(err)
	}
	if d := e.dispute(o.DisputeID); d.Status != DisputeStatusResolved || d.Outcome != OutcomeHonest || d.Open() {
		t.Fatalf("dispute after honest verdict: %+v", d)
	}
	e.claim(o.ChallengeID)
	mustRevert(t, e.other.Claim(ctx, o.ChallengeID), "AlreadyClaimed")
	if s := e.stand(o.ChallengeID); !s.Claimed {
		t.Fatalf("challenge after claim: %+v", s)
	}
	half := new(big.Int).Div(p.ChallengerBond, big.NewInt(2))
	wantBig(t, "challenger credits", e.credits(e.challenger.Sender().Address()), new(big.Int))
	e.advance(time.Duration(p.ChallengeWindow+1) * time.Second)
	if err := e.other.Settle(ctx, id); err != nil {
		t.Fatal(err)
	}
	if s := e.job(id).Status; s != statusSettled {
		t.Fatalf("status %d after settle", s)
	}
	e.withdraw(e.provider, new(big.Int).Add(ether(10), new(big.Int).Add(p.ProviderBond, half)))
	e.withdraw(e.as(e.arbKeys[0]), half)
}

// runFraudJob: a challenge judged Fraud on its named step by 2 of 3 arbiters slashes the
// provider: the challenger (the step's leader) gets half the provider bond at the verdict and its
// bond back when it claims, the owner the rest of the provider bond and the escrow.
func runFraudJob(t *testing.T, e *env) {
	ctx := context.Background()
	id, p, batches := e.acceptedJob(4, 2, 3, 2)
	if err := e.provider.Finalize(ctx, id, crypto.Keccak256Hash([]byte("final model"))); err != nil {
		t.Fatal(err)
	}
	// The wrong bond is refused by name, with the contract's arguments, before anything is
	// bonded: a commitment with the wrong bond could never be revealed.
	before := len(e.receipts)
	re := mustRevert(t, func() error {
		_, err := e.challenger.Challenge(ctx, id, 3, batches[1], ether(2), testSecret)
		return err
	}(), "WrongValue")
	wantBig(t, "WrongValue expected", re.Arg(0).(*big.Int), p.ChallengerBond)
	wantBig(t, "WrongValue sent", re.Arg(1).(*big.Int), ether(2))
	if len(e.receipts) != before {
		t.Fatalf("a refused challenge sent %d transactions", len(e.receipts)-before)
	}
	// Parties to the job cannot challenge it (nor bond a commitment they could not reveal).
	for name, r := range map[string]*Registry{"owner": e.owner, "provider": e.provider, "arbiter": e.as(e.arbKeys[1])} {
		_, err := r.Challenge(ctx, id, 3, batches[1], p.ChallengerBond, testSecret)
		mustRevert(t, err, "PartyCannotChallenge")
		if len(e.receipts) != before {
			t.Fatalf("the %s's refused challenge sent a transaction", name)
		}
	}

	o := e.challenge(e.challenger, id, 3, batches[1], p)
	open, err := e.owner.OpenDisputeOf(ctx, id, 2)
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "open dispute of interval 2", open, o.DisputeID)
	mine, err := e.owner.ChallengeOf(ctx, o.DisputeID, e.challenger.Sender().Address())
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "challenge of the challenger", mine, o.ChallengeID)
	v := verdict(id, o, 2, batches[1].Roots[1], p, OutcomeFraud)
	mustRevert(t, e.other.Resolve(ctx, v, e.sign(v, 0, 2)), "NotResponded")
	e.respond(o.DisputeID, 2, batches, p.Stride)
	v = e.onStep(v, 7)
	re = mustRevert(t, e.other.Resolve(ctx, v, e.sign(v, 0, 2)), "StepNotNamed")
	if re.Arg(1).(uint64) != 7 {
		t.Fatalf("StepNotNamed%v", re.Args)
	}
	e.nameStep(e.challenger, o.ChallengeID, 7)
	re = mustRevert(t, e.other.Resolve(ctx, v, e.sign(v, 1)), "NotEnoughSignatures")
	wantBig(t, "NotEnoughSignatures count", re.Arg(0).(*big.Int), big.NewInt(1))
	// A verdict about another root does not verify: the signer recovered is not an arbiter.
	forged := v
	forged.Root = batches[1].Roots[0]
	mustRevert(t, e.other.Resolve(ctx, v, e.sign(forged, 0, 2)), "NotArbiter")
	// Nor does one signed under another boundary artifact than the job's.
	forged = v
	forged.BoundaryHash = crypto.Keccak256Hash([]byte("another boundary"))
	mustRevert(t, e.other.Resolve(ctx, v, e.sign(forged, 0, 2)), "NotArbiter")
	if err := e.other.Resolve(ctx, v, e.sign(v, 2, 0)); err != nil {
		t.Fatal(err)
	}
	j := e.job(id)
	if j.Status != statusFraudulent || j.Escrow.Sign() != 0 || j.ProviderBondHeld.Sign() != 0 || j.OpenDisputes != 0 {
		t.Fatalf("after fraud verdict: %+v", j)
	}
	if d := e.dispute(o.DisputeID); d.Outcome != OutcomeFraud || d.Rewarded != e.challenger.Sender().Address() || d.StepsNamed != 1 {
		t.Fatalf("dispute after fraud verdict: %+v", d)
	}
	mustRevert(t, e.other.Settle(ctx, id), "InvalidJobStatus")
	reward := new(big.Int).Div(p.ProviderBond, big.NewInt(2))
	// The reward is credited at the verdict, the bond at the claim.
	wantBig(t, "leader credits before the claim", e.credits(e.challenger.Sender().Address()), reward)
	e.claim(o.ChallengeID)
	wantBig(t, "provider credits", e.credits(e.provider.Sender().Address()), new(big.Int))
	for _, k := range e.arbKeys {
		wantBig(t, "arbiter credits", e.credits(addr(k)), new(big.Int))
	}
	e.withdraw(e.challenger, new(big.Int).Add(p.ChallengerBond, reward))
	e.withdraw(e.owner, new(big.Int).Add(ether(10), new(big.Int).Sub(p.ProviderBond, reward)))
}

func TestHonestJobSettles(t *testing.T) { runHonestJob(t, newSimEnv(t)) }

func TestFraudVerdictTwoOfThreeSlashes(t *testing.T) { runFraudJob(t, newSimEnv(t)) }

func TestDisputeLapses(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	id, p, batches := e.acceptedJob(2, 3, 1, 1)
	o := e.challenge(e.challenger, id, 1, batches[0], p)
	mustRevert(t, e.other.Lapse(ctx, o.DisputeID), "CannotLapse")
	e.advance(time.Duration(p.ArbitrationWindow+1) * time.Second)
	v := verdict(id, o, 0, batches[0].Roots[1], p, OutcomeFraud)
	mustRevert(t, e.other.Resolve(ctx, v, e.sign(v, 0)), "DeadlinePassed")
	mustRevert(t, e.other.Claim(ctx, o.ChallengeID), "DisputeStillOpen")
	if err := e.other.Lapse(ctx, o.DisputeID); err != nil {
		t.Fatal(err)
	}
	if d := e.dispute(o.DisputeID); d.Status != DisputeStatusLapsed || d.Outcome != 0 {
		t.Fatalf("dispute after lapse: %+v", d)
	}
	open, err := e.owner.OpenDisputeOf(ctx, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "open dispute after lapse", open, new(big.Int))
	mustRevert(t, e.other.Lapse(ctx, o.DisputeID), "DisputeNotOpen")
	e.claim(o.ChallengeID)
	e.withdraw(e.challenger, p.ChallengerBond)
	if s := e.job(id).Status; s != statusAccepted {
		t.Fatalf("job status %d after lapse, want accepted", s)
	}
	// A lapsed interval can be challenged again: a new dispute.
	again := e.challenge(e.challenger, id, 1, batches[0], p)
	if again.DisputeID.Cmp(o.DisputeID) == 0 || again.ChallengeID.Cmp(o.ChallengeID) == 0 {
		t.Fatalf("challenge after the lapse %+v reuses %+v", again, o)
	}
	if d := e.dispute(again.DisputeID); !d.Open() || d.Interval != 0 || d.Challenges != 1 {
		t.Fatalf("new dispute: %+v", d)
	}
}

func TestCancelNeverAccepted(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	p := e.params(20, 10, 1, 1)
	id, err := e.owner.CreateJob(ctx, p, ether(3))
	if err != nil {
		t.Fatal(err)
	}
	re := mustRevert(t, e.other.Cancel(ctx, id), "NotOwner")
	if re.Arg(0).(common.Address) != e.other.Sender().Address() {
		t.Fatalf("NotOwner names %v", re.Arg(0))
	}
	if err := e.owner.Cancel(ctx, id); err != nil {
		t.Fatal(err)
	}
	if s := e.job(id).Status; s != statusCancelled {
		t.Fatalf("status %d after cancel", s)
	}
	mustRevert(t, e.provider.Accept(ctx, id, p.ProviderBond, evidenceURI), "InvalidJobStatus")
	e.withdraw(e.owner, ether(3))
}

func TestCancelAfterMissedFinalize(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	id, p, batches := e.acceptedJob(3, 2, 1, 1) // accepted and committed, never finalized
	mustRevert(t, e.other.Cancel(ctx, id), "DeadlineNotReached")
	e.advance(time.Duration(p.FinalizeBy-e.now()+1) * time.Second)
	mustRevert(t, e.provider.Finalize(ctx, id, [32]byte{1}), "DeadlinePassed")
	// Too late to challenge: refused before a bond is committed that could not be revealed.
	before := len(e.receipts)
	_, err := e.challenger.Challenge(ctx, id, 1, batches[0], p.ChallengerBond, testSecret)
	mustRevert(t, err, "ChallengeWindowClosed")
	if err := e.other.Cancel(ctx, id); err != nil {
		t.Fatal(err)
	}
	if s := e.job(id).Status; s != statusCancelled {
		t.Fatalf("status %d after cancel", s)
	}
	_, err = e.challenger.Challenge(ctx, id, 1, batches[0], p.ChallengerBond, testSecret)
	mustRevert(t, err, "InvalidJobStatus")
	if len(e.receipts) != before+1 { // the cancel
		t.Fatalf("refused challenges sent %d transactions", len(e.receipts)-before-1)
	}
	// The owner gets the escrow and the provider bond less the challenger share, which returns
	// to the provider: abandoning costs what being slashed costs.
	share := new(big.Int).Div(p.ProviderBond, big.NewInt(2))
	e.withdraw(e.owner, new(big.Int).Add(ether(10), new(big.Int).Sub(p.ProviderBond, share)))
	e.withdraw(e.provider, share)
}

func TestReadsOfUnknownIDs(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	_, err := e.owner.Job(ctx, big.NewInt(99))
	re := mustRevert(t, err, "UnknownJob")
	wantBig(t, "UnknownJob id", re.Arg(0).(*big.Int), big.NewInt(99))
	c, err := e.owner.StandOf(ctx, big.NewInt(5))
	if err != nil || c.ID != nil {
		t.Fatalf("unknown challenge: %+v %v", c, err)
	}
	d, err := e.owner.DisputeOf(ctx, big.NewInt(5))
	if err != nil || d.Status != 0 || d.Open() {
		t.Fatalf("unknown dispute: %+v %v", d, err)
	}
	ro, err := OpenRegistry(ctx, e.ch.Client, e.owner.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Opened by address, the registry still tells where its history starts.
	if ro.DeployBlock() == 0 || ro.DeployBlock() != e.owner.DeployBlock() {
		t.Fatalf("deploy block %d read back, deployer saw %d", ro.DeployBlock(), e.owner.DeployBlock())
	}
	if code, err := e.ch.Client.CodeAt(ctx, e.owner.Address(), new(big.Int).SetUint64(ro.DeployBlock()-1)); err != nil || len(code) != 0 {
		t.Fatalf("code before the deploy block: %d bytes, %v", len(code), err)
	}
	if err := ro.Withdraw(ctx); err == nil || !errors.Is(err, ErrReadOnly) {
		t.Fatalf("read-only withdraw: %v", err)
	}
	if _, err := OpenRegistry(ctx, e.ch.Client, common.HexToAddress("0x1234"), nil); err == nil {
		t.Fatal("opened a registry at an address without code")
	}
}

func TestCommitIntervalsAppendsAndRefusesResend(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	p := e.params(40, 10, 1, 1)
	id, err := e.owner.CreateJob(ctx, p, ether(1))
	if err != nil {
		t.Fatal(err)
	}
	// The provider must name a usable evidence endpoint.
	mustRevert(t, e.provider.Accept(ctx, id, p.ProviderBond, ""), "InvalidEvidenceURI")
	re := mustRevert(t, e.provider.Accept(ctx, id, p.ProviderBond, "http://x/"+strings.Repeat("e", 504)), "InvalidEvidenceURI")
	wantBig(t, "InvalidEvidenceURI length", re.Arg(0).(*big.Int), big.NewInt(513))
	if err := e.provider.Accept(ctx, id, p.ProviderBond, evidenceURI); err != nil {
		t.Fatal(err)
	}
	if got := e.job(id).EvidenceURI; got != evidenceURI {
		t.Fatalf("evidence URI %q, want %q", got, evidenceURI)
	}
	if err := e.provider.CommitIntervals(ctx, id, roots(0, 2)); err != nil {
		t.Fatal(err)
	}
	if err := e.provider.CommitIntervals(ctx, id, roots(2, 2)); err != nil {
		t.Fatal(err)
	}
	if got := e.job(id).CommittedEndpoints; got != 4 {
		t.Fatalf("committed %d endpoints, want 4", got)
	}
	// Resending the second batch cannot append it twice.
	re = mustRevert(t, e.provider.CommitIntervalsAt(ctx, id, 2, roots(2, 2)), "UnexpectedFirstIndex")
	if re.Arg(0).(uint64) != 4 || re.Arg(1).(uint64) != 2 {
		t.Fatalf("UnexpectedFirstIndex%v", re.Args)
	}
	mustRevert(t, e.provider.CommitIntervals(ctx, id, roots(4, 2)), "TooManyEndpoints")
	mustRevert(t, e.challenger.CommitIntervals(ctx, id, roots(4, 1)), "NotProvider")
	if err := e.provider.CommitIntervals(ctx, id, nil); err == nil {
		t.Fatal("empty batch accepted")
	}
	if err := e.provider.CommitIntervals(ctx, id, roots(4, 1)); err != nil {
		t.Fatal(err)
	}
	if err := e.provider.Finalize(ctx, id, [32]byte{9}); err != nil {
		t.Fatal(err)
	}
}
