package arbiter

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/workload"
)

// library serves the one job of a test.
type library struct{ env *audittest.Env }

func (l library) Workload(_ context.Context, h evidence.Hash32) (*workload.Job, error) {
	if h != l.env.ManifestHash {
		return nil, fmt.Errorf("no workload with manifest %s", h)
	}
	return l.env.Job, nil
}

func (l library) Artifact(_ context.Context, h evidence.Hash32) (*boundary.Artifact, error) {
	if want, _ := l.env.Artifact.Hash(); h != want {
		return nil, fmt.Errorf("no artifact %s", h)
	}
	return l.env.Artifact, nil
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

type simEnv struct {
	ch      *chain.Chain
	reg     *chain.Registry // the owner's handle
	jobID   *big.Int
	dispute *big.Int // the dispute of interval 1
	stand   *big.Int // the challenger's challenge on it
	env     *audittest.Env
}

// skipStep3 is a provider that skips the update of step 3 (in interval 1).
var skipStep3 = &workload.Hooks{Skip: func(step uint64) bool { return step == 3 }}

// newSimEnv creates a job on the simulated chain for a provider (honest with nil hooks),
// commits its roots, and challenges interval 1 (commit, then reveal), which opens its dispute.
func newSimEnv(t *testing.T, hooks *workload.Hooks, arbiters []common.Address, threshold uint8) *simEnv {
	t.Helper()
	ctx := context.Background()
	ch, err := chain.NewSimulated(chain.SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	s := &simEnv{ch: ch, env: audittest.New(t, audittest.Options{Hooks: hooks, JobKey: "1"})}
	if s.reg, err = chain.DeployRegistry(ctx, sender(t, ch, ch.DevKeys[0])); err != nil {
		t.Fatal(err)
	}
	provider := s.reg.WithSender(sender(t, ch, ch.DevKeys[1]))
	challenger := s.reg.WithSender(sender(t, ch, ch.DevKeys[2]))
	m := s.env.Job.Manifest()
	now := s.now(t)
	p := bindings.JobParams{
		Provider: crypto.PubkeyToAddress(ch.DevKeys[1].PublicKey), ManifestHash: s.env.ManifestHash,
		TotalSteps: m.TotalSteps, Stride: m.Stride, BoundaryHash: m.BoundaryHash,
		AcceptBy: now + 3600, FinalizeBy: now + 7200, ChallengeWindow: 3600, ArbitrationWindow: 3600,
		ProviderBond: ether(2), ChallengerBond: ether(1), Arbiters: arbiters, Threshold: threshold,
	}
	if s.jobID, err = s.reg.CreateJob(ctx, p, ether(5)); err != nil {
		t.Fatal(err)
	}
	if evidence.JobKey(s.jobID) != s.env.JobKey {
		t.Fatalf("job %s is served under key %q", s.jobID, s.env.JobKey)
	}
	if err := provider.Accept(ctx, s.jobID, ether(2), s.env.Server.URL); err != nil {
		t.Fatal(err)
	}
	if err := provider.CommitIntervals(ctx, s.jobID, s.env.Roots); err != nil {
		t.Fatal(err)
	}
	b, err := challenger.FindBatch(ctx, s.jobID, 2)
	if err != nil {
		t.Fatal(err)
	}
	op, err := challenger.Challenge(ctx, s.jobID, 2, b, ether(1), []byte("challenger secret"))
	if err != nil {
		t.Fatal(err)
	}
	s.dispute, s.stand = op.DisputeID, op.ChallengeID
	// The provider answers with its step tree; the challenger names step 1 (global step 3).
	roots, err := s.env.Steps.StepRoots(s.env.JobKey, 1)
	if err != nil {
		t.Fatal(err)
	}
	raw := make([][32]byte, len(roots))
	for i, r := range roots {
		raw[i] = r
	}
	stepRoot, first, last, err := chain.StepResponse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := provider.Respond(ctx, s.dispute, stepRoot, b, 1, first, last); err != nil {
		t.Fatal(err)
	}
	if err := challenger.NameStep(ctx, s.stand, 1); err != nil {
		t.Fatal(err)
	}
	return s
}

// pastNaming moves chain time past the dispute's naming window, after which an Honest verdict
// may be resolved.
func (s *simEnv) pastNaming(t *testing.T) {
	t.Helper()
	d, err := s.reg.DisputeOf(context.Background(), s.dispute)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ch.AdjustTime(context.Background(), time.Duration(d.NameBy-s.now(t)+1)*time.Second); err != nil {
		t.Fatal(err)
	}
}

func sender(t *testing.T, ch *chain.Chain, k *ecdsa.PrivateKey) *chain.Sender {
	t.Helper()
	s, err := ch.NewSender(context.Background(), k, chain.SenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *simEnv) now(t *testing.T) uint64 {
	t.Helper()
	h, err := s.ch.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// arbiter is one arbiter process: its signature endpoint, then (start) its service.
type arbiter struct {
	key  *ecdsa.PrivateKey
	reg  *chain.Registry
	svc  *Service
	pool *Pool
	srv  *httptest.Server
}

func (s *simEnv) arbiter(t *testing.T, key *ecdsa.PrivateKey) *arbiter {
	t.Helper()
	reg := s.reg.WithSender(sender(t, s.ch, key))
	pool := NewPool(reg)
	a := &arbiter{key: key, reg: reg, pool: pool, srv: httptest.NewServer(NewHandler(pool, zerolog.Nop()))}
	t.Cleanup(a.srv.Close)
	return a
}

// start builds the arbiter's service; dial nil takes DialEvidence.
func (a *arbiter) start(t *testing.T, s *simEnv, dial Dialer, peers ...string) *Service {
	t.Helper()
	cfg := Config{Key: a.key, Chain: a.reg, Library: library{s.env}, Pool: a.pool, Dial: dial, Logger: zerolog.Nop()}
	for _, u := range peers {
		p, err := NewPeer(u, nil)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Peers = append(cfg.Peers, p)
	}
	svc, err := NewService(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a.svc = svc
	return svc
}

func TestTwoOfThreeResolveOnChain(t *testing.T) {
	keys := []*ecdsa.PrivateKey{chain.DevKey(4), chain.DevKey(5), chain.DevKey(6)}
	var addrs []common.Address
	for _, k := range keys {
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	s := newSimEnv(t, skipStep3, addrs, 2)
	ctx := context.Background()
	a, b := s.arbiter(t, keys[0]), s.arbiter(t, keys[1])
	down := httptest.NewServer(nil)
	down.Close() // the third arbiter is offline
	a.start(t, s, nil, b.srv.URL, down.URL)
	b.start(t, s, nil, a.srv.URL, down.URL)

	// A third party's key is no arbiter of the job: it stays out.
	outsider := s.arbiter(t, chain.DevKey(7)).start(t, s, nil)
	if r, err := outsider.Handle(ctx, Dispute{JobID: s.jobID, DisputeID: s.dispute}); err != nil || r != Skipped {
		t.Fatalf("outsider: %s, %v", r, err)
	}

	r, err := a.svc.Handle(ctx, Dispute{JobID: s.jobID, DisputeID: s.dispute})
	if err != nil || r != Pending {
		t.Fatalf("first arbiter: %s, %v; want pending (1 of 2)", r, err)
	}
	if n := len(b.pool.Entries(s.dispute)); n != 1 {
		t.Fatalf("second arbiter holds %d shared signatures, want 1", n)
	}
	// The second arbiter runs as a service: one opened dispute, then the feed ends.
	opened := make(chan Dispute, 1)
	opened <- Dispute{JobID: s.jobID, DisputeID: s.dispute}
	close(opened)
	if err := b.svc.Run(ctx, opened); err != nil {
		t.Fatal(err)
	}

	info, err := s.reg.DisputeOf(ctx, s.dispute)
	if err != nil {
		t.Fatal(err)
	}
	if info.Status != 2 || info.Outcome != chain.OutcomeFraud {
		t.Fatalf("dispute status %d outcome %d, want resolved (2) as fraud (1)", info.Status, info.Outcome)
	}
	job, err := s.reg.Job(ctx, s.jobID)
	if err != nil {
		t.Fatal(err)
	}
	if job.Status != 4 {
		t.Fatalf("job status %d, want fraudulent (4)", job.Status)
	}
	// Resolved: the resolving arbiter forgot its signatures. The other one still holds both:
	// they replayed independently and signed byte-identical verdicts.
	if b.pool.Len() != 0 {
		t.Fatalf("resolving arbiter still holds signatures of %d disputes", b.pool.Len())
	}
	entries := a.pool.Entries(s.dispute)
	if len(entries) != 2 || entries[0].Digest != entries[1].Digest || entries[0].Signer == entries[1].Signer {
		t.Fatalf("%d entries", len(entries))
	}
	if onChain, err := s.reg.VerdictDigest(ctx, entries[0].Verdict); err != nil || onChain != entries[0].Digest {
		t.Fatalf("registry digest %s, %v; signed %s", onChain, err, entries[0].Digest)
	}
	v := entries[0].Verdict
	if v.BoundaryHash != job.BoundaryHash || v.DisputeID.Cmp(s.dispute) != 0 {
		t.Fatalf("verdict on dispute %v under boundary %x, want %v under the job's %x", v.DisputeID, v.BoundaryHash, s.dispute, job.BoundaryHash)
	}
	if v.ReplayDigest == ([32]byte{}) || v.Distance.Cmp(v.Boundary) <= 0 {
		t.Fatalf("fraud verdict distance %s boundary %s digest %x", v.Distance, v.Boundary, v.ReplayDigest)
	}
	// The first arbiter learns it is done without sending anything.
	if r, err := a.svc.collector.TryResolve(ctx, s.dispute); err != nil || r != Closed || a.pool.Len() != 0 {
		t.Fatalf("first arbiter afterwards: %s, %v, pool of %d disputes", r, err, a.pool.Len())
	}
	if r, err := a.svc.Handle(ctx, Dispute{JobID: s.jobID, DisputeID: s.dispute}); err != nil || r != Closed {
		t.Fatalf("handling a resolved dispute: %s, %v", r, err)
	}
}

func TestPastDeadlineSkipped(t *testing.T) {
	k := chain.DevKey(4)
	s := newSimEnv(t, skipStep3, []common.Address{crypto.PubkeyToAddress(k.PublicKey)}, 1)
	a := s.arbiter(t, k)
	// The deadline is judged by chain time, which is a second past it here.
	info, err := s.reg.DisputeOf(context.Background(), s.dispute)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ch.AdjustTime(context.Background(), time.Duration(info.Deadline+1-s.now(t))*time.Second); err != nil {
		t.Fatal(err)
	}
	if now := s.now(t); now <= info.Deadline {
		t.Fatalf("chain time %d not past the deadline %d", now, info.Deadline)
	}
	if r, err := a.start(t, s, nil).Handle(context.Background(), Dispute{JobID: s.jobID, DisputeID: s.dispute}); err != nil || r != Skipped {
		t.Fatalf("past the deadline: %s, %v", r, err)
	}
	if n := len(a.pool.Entries(s.dispute)); n != 0 {
		t.Fatalf("signed %d verdicts past the deadline", n)
	}
}

func TestHonestProviderWinsOnChain(t *testing.T) {
	k := chain.DevKey(4)
	s := newSimEnv(t, nil, []common.Address{crypto.PubkeyToAddress(k.PublicKey)}, 1)
	ctx := context.Background()
	provider := crypto.PubkeyToAddress(s.ch.DevKeys[1].PublicKey)
	before, err := s.reg.Credits(ctx, provider)
	if err != nil {
		t.Fatal(err)
	}
	a := s.arbiter(t, k)
	// An observer's signature endpoint keeps the shared verdict after a's pool forgot it.
	obs := s.arbiter(t, chain.DevKey(8))
	svc := a.start(t, s, nil, obs.srv.URL)
	// While steps may still be named an honest step decides nothing.
	if r, err := svc.Handle(ctx, Dispute{JobID: s.jobID, DisputeID: s.dispute}); err != nil || r != Pending || a.pool.Len() != 0 {
		t.Fatalf("honest step before the naming window closed: %s, %v, %d signatures", r, err, a.pool.Len())
	}
	s.pastNaming(t)
	if r, err := svc.Handle(ctx, Dispute{JobID: s.jobID, DisputeID: s.dispute}); err != nil || r != Resolved {
		t.Fatalf("honest interval: %s, %v", r, err)
	}
	info, err := s.reg.DisputeOf(ctx, s.dispute)
	if err != nil {
		t.Fatal(err)
	}
	if info.Outcome != chain.OutcomeHonest {
		t.Fatalf("outcome %d, want honest (2)", info.Outcome)
	}
	// Resolve pays nobody: the challenge's bond is paid out when it is claimed.
	if now, err := s.reg.Credits(ctx, provider); err != nil || now.Cmp(before) != 0 {
		t.Fatalf("provider credits %s before any claim (%v), want %s", now, err, before)
	}
	arbiterBefore, err := s.reg.Credits(ctx, crypto.PubkeyToAddress(k.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.reg.Claim(ctx, s.stand); err != nil { // anyone may claim
		t.Fatal(err)
	}
	after, err := s.reg.Credits(ctx, provider)
	if err != nil {
		t.Fatal(err)
	}
	// The challenger's bond: half to the arbiters who signed (here the one), the rest to the provider.
	half := new(big.Int).Quo(ether(1), big.NewInt(2))
	if gain := new(big.Int).Sub(after, before); gain.Cmp(half) != 0 {
		t.Fatalf("provider credited %s wei, want half the challenger's bond", gain)
	}
	arbiterAfter, err := s.reg.Credits(ctx, crypto.PubkeyToAddress(k.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	if gain := new(big.Int).Sub(arbiterAfter, arbiterBefore); gain.Cmp(half) != 0 {
		t.Fatalf("signing arbiter credited %s wei, want half the challenger's bond", gain)
	}
	if err := s.reg.Claim(ctx, s.stand); !chain.IsRevert(err, "AlreadyClaimed") {
		t.Fatalf("second claim: %v, want AlreadyClaimed", err)
	}
	if a.pool.Len() != 0 {
		t.Fatalf("resolved dispute still in the pool")
	}
	v := obs.pool.Entries(s.dispute)[0].Verdict
	if v.Distance.Cmp(v.Boundary) > 0 || v.Boundary.Sign() == 0 {
		t.Fatalf("honest verdict distance %s boundary %s", v.Distance, v.Boundary)
	}
}

// A provider whose evidence server is gone loses its bond as if it had cheated, but only once
// it stayed gone for the outage grace: the first look signs nothing and schedules another.
func TestUnavailableEvidenceSlashes(t *testing.T) {
	k := chain.DevKey(4)
	s := newSimEnv(t, nil, []common.Address{crypto.PubkeyToAddress(k.PublicKey)}, 1)
	s.env.Server.Close()
	// One attempt per look, no backoff: the test does not sleep.
	dial := func(string) (audit.Fetcher, error) { return audittest.Client(t, s.env.Server.URL), nil }
	a := s.arbiter(t, k)
	now := time.Unix(1_700_000_000, 0)
	cfg := Config{Key: a.key, Chain: a.reg, Library: library{s.env}, Pool: a.pool, Dial: dial, Logger: zerolog.Nop(),
		Outage: evidence.OutagePolicy{Grace: 10 * time.Minute, Margin: time.Second, Base: time.Hour}, Now: func() time.Time { return now }}
	svc, err := NewService(cfg)
	if err != nil {
		t.Fatal(err)
	}
	d := Dispute{JobID: s.jobID, DisputeID: s.dispute}
	if r, err := svc.Handle(context.Background(), d); err != nil || r != Pending || a.pool.Len() != 0 {
		t.Fatalf("first look at unavailable evidence: %s, %v, %d signatures", r, err, a.pool.Len())
	}
	now = now.Add(10 * time.Minute) // still down when the grace is over
	if r, err := svc.Handle(context.Background(), d); err != nil || r != Resolved {
		t.Fatalf("unavailable evidence after the grace: %s, %v", r, err)
	}
	info, err := s.reg.DisputeOf(context.Background(), s.dispute)
	if err != nil {
		t.Fatal(err)
	}
	job, err := s.reg.Job(context.Background(), s.jobID)
	if err != nil {
		t.Fatal(err)
	}
	if info.Outcome != chain.OutcomeUnavailable || job.Status != 4 {
		t.Fatalf("outcome %d job status %d, want unavailable (3) and fraudulent (4)", info.Outcome, job.Status)
	}
}

// countingLib counts the workload look-ups (one per audit) of a library.
type countingLib struct {
	library
	workloads int
}

func (l *countingLib) Workload(ctx context.Context, h evidence.Hash32) (*workload.Job, error) {
	l.workloads++
	return l.library.Workload(ctx, h)
}

// Any number of challengers stand on one dispute and one replay decides it; once the job is
// slashed, its other open disputes are closed without a replay.
func TestSlashedJobNotReplayedOnChain(t *testing.T) {
	k := chain.DevKey(4)
	s := newSimEnv(t, skipStep3, []common.Address{crypto.PubkeyToAddress(k.PublicKey)}, 1)
	ctx := context.Background()
	// A second challenger joins the dispute of interval 1: no second dispute.
	second := s.reg.WithSender(sender(t, s.ch, s.ch.DevKeys[3]))
	b, err := second.FindBatch(ctx, s.jobID, 2)
	if err != nil {
		t.Fatal(err)
	}
	joined, err := second.Challenge(ctx, s.jobID, 2, b, ether(1), []byte("second secret"))
	if err != nil {
		t.Fatal(err)
	}
	if joined.DisputeID.Cmp(s.dispute) != 0 || joined.ChallengeID.Cmp(s.stand) == 0 {
		t.Fatalf("second challenge %v on dispute %v; want its own challenge on dispute %v", joined.ChallengeID, joined.DisputeID, s.dispute)
	}
	d, err := s.reg.DisputeOf(ctx, s.dispute)
	if err != nil {
		t.Fatal(err)
	}
	if d.Challenges != 2 || d.Leader != crypto.PubkeyToAddress(s.ch.DevKeys[2].PublicKey) {
		t.Fatalf("dispute with %d challenges led by %s", d.Challenges, d.Leader)
	}
	// The first challenger also disputes interval 0.
	first := s.reg.WithSender(sender(t, s.ch, s.ch.DevKeys[2]))
	b1, err := first.FindBatch(ctx, s.jobID, 1)
	if err != nil {
		t.Fatal(err)
	}
	other, err := first.Challenge(ctx, s.jobID, 1, b1, ether(1), []byte("challenger secret"))
	if err != nil {
		t.Fatal(err)
	}
	if other.DisputeID.Cmp(s.dispute) == 0 {
		t.Fatal("interval 0 shares the dispute of interval 1")
	}

	a := s.arbiter(t, k)
	lib := &countingLib{library: library{s.env}}
	dials := 0
	cfg := Config{Key: k, Chain: a.reg, Library: lib, Pool: a.pool, Logger: zerolog.Nop(),
		Dial: func(uri string) (audit.Fetcher, error) { dials++; return DialEvidence(uri) }}
	svc, err := NewService(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := svc.Handle(ctx, Dispute{JobID: s.jobID, DisputeID: s.dispute}); err != nil || r != Resolved {
		t.Fatalf("interval 1: %s, %v", r, err)
	}
	if job, err := s.reg.Job(ctx, s.jobID); err != nil || job.Status != chain.StatusFraudulent {
		t.Fatalf("job status %d (%v), want fraudulent", job.Status, err)
	}
	if lib.workloads != 1 || dials != 1 {
		t.Fatalf("%d audits, %d dials for one dispute", lib.workloads, dials)
	}
	// The other dispute is still open on chain, but its job is slashed: nothing to replay.
	if d, err := s.reg.DisputeOf(ctx, other.DisputeID); err != nil || !d.Open() {
		t.Fatalf("dispute of interval 0: status %d, %v", d.Status, err)
	}
	if r, err := svc.Handle(ctx, Dispute{JobID: s.jobID, DisputeID: other.DisputeID}); err != nil || r != Closed {
		t.Fatalf("dispute of a slashed job: %s, %v; want closed", r, err)
	}
	if lib.workloads != 1 || dials != 1 || a.pool.Len() != 0 {
		t.Fatalf("replayed a slashed job's dispute: %d audits, %d dials, pool of %d", lib.workloads, dials, a.pool.Len())
	}
}

// A restarted arbiter whose watcher cursor is already past a dispute's opening still judges it:
// Recover lists what is open on chain, and nothing once it is resolved.
func TestRecoverOpenDisputes(t *testing.T) {
	k := chain.DevKey(4)
	s := newSimEnv(t, nil, []common.Address{crypto.PubkeyToAddress(k.PublicKey)}, 1)
	a := s.arbiter(t, k)
	out := make(chan Dispute, 8)
	if err := Recover(context.Background(), s.reg, out); err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 {
		t.Fatalf("recovered %d disputes, want the open one", len(out))
	}
	d := <-out
	if d.DisputeID.Cmp(s.dispute) != 0 || d.JobID.Cmp(s.jobID) != 0 {
		t.Fatalf("recovered %+v, want dispute %s of job %s", d, s.dispute, s.jobID)
	}
	s.pastNaming(t) // an honest step is decided once no more steps can be named
	if r, err := a.start(t, s, nil).Handle(context.Background(), d); err != nil || r != Resolved {
		t.Fatalf("judging the recovered dispute: %s, %v", r, err)
	}
	if err := Recover(context.Background(), s.reg, out); err != nil || len(out) != 0 {
		t.Fatalf("after the verdict: %d recovered, %v", len(out), err)
	}
}
