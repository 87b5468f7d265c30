package challenger

import (
	"github.com/ovig/ovig/internal/testchan"

	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

type simEnv struct {
	ch                          *chain.Chain
	owner, provider, challenger *chain.Registry
	other                       *chain.Registry
	me                          common.Address
}

// newSimEnv deploys a registry on the embedded chain; keys: 0 owner, 1 provider, 2 us,
// 3 another watchtower, 4 arbiter.
func newSimEnv(t *testing.T) *simEnv {
	t.Helper()
	ctx := context.Background()
	ch, err := chain.NewSimulated(chain.SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	sender := func(k *ecdsa.PrivateKey) *chain.Sender {
		s, err := ch.NewSender(ctx, k, chain.SenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	reg, err := chain.DeployRegistry(ctx, sender(ch.DevKeys[0]))
	if err != nil {
		t.Fatal(err)
	}
	return &simEnv{ch: ch, owner: reg, provider: reg.WithSender(sender(ch.DevKeys[1])),
		challenger: reg.WithSender(sender(ch.DevKeys[2])), other: reg.WithSender(sender(ch.DevKeys[3])),
		me: crypto.PubkeyToAddress(ch.DevKeys[2].PublicKey)}
}

// job creates and accepts a job of n intervals and commits its endpoints in batches of size.
func (e *simEnv) job(t *testing.T, n, size uint64) *big.Int {
	t.Helper()
	ctx := context.Background()
	head, err := e.ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := bindings.JobParams{
		Provider: crypto.PubkeyToAddress(e.ch.DevKeys[1].PublicKey), ManifestHash: crypto.Keccak256Hash([]byte("manifest")),
		TotalSteps: n * 10, Stride: 10, BoundaryHash: crypto.Keccak256Hash([]byte("boundary")),
		AcceptBy: head.Time + 86400, FinalizeBy: head.Time + 7*86400, ChallengeWindow: 86400, ArbitrationWindow: 3600,
		ProviderBond: ether(4), ChallengerBond: ether(1),
		Arbiters: []common.Address{crypto.PubkeyToAddress(e.ch.DevKeys[4].PublicKey)}, Threshold: 1,
	}
	id, err := e.owner.CreateJob(ctx, p, ether(10))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.provider.Accept(ctx, id, p.ProviderBond, "http://127.0.0.1:1/evidence"); err != nil {
		t.Fatal(err)
	}
	for first := uint64(0); first <= n; first += size {
		var rs [][32]byte
		for i := first; i < first+size && i <= n; i++ {
			rs = append(rs, root(i))
		}
		if err := e.provider.CommitIntervalsAt(ctx, id, first, rs); err != nil {
			t.Fatal(err)
		}
	}
	return id
}

// drain steps the watcher until it is caught up.
func drain(t *testing.T, w *chain.Watcher, h chain.Handler) {
	t.Helper()
	for {
		advanced, err := w.Step(context.Background(), h)
		if err != nil {
			t.Fatal(err)
		}
		if !advanced {
			return
		}
	}
}

// The watchtower follows a real registry on the embedded chain through the chain watcher,
// challenges the bad interval with the job's bond and a valid batch proof, audits the interval
// another watchtower disputed first, and after a restart resumes from the stored cursor without
// acting twice.
func TestServiceOnSimulatedChain(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	jobID := e.job(t, 12, 5) // batches [0..4] [5..9] [10..12]
	// Another watchtower challenges interval 7 first.
	b1 := chain.BatchRef{Index: 1, First: 5}
	for i := uint64(5); i <= 9; i++ {
		b1.Roots = append(b1.Roots, root(i))
	}
	opened, err := e.other.Challenge(ctx, jobID, 8, b1, ether(1), []byte("other watchtower"))
	if err != nil {
		t.Fatal(err)
	}
	otherID := opened.DisputeID
	rc := NewRegistryChain(e.challenger, e.ch.Client, e.me, [32]byte{3})
	balanceBefore, err := rc.Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	aud := newFakeAuditor(map[uint64]evidence.Outcome{6: evidence.Fraud})
	path := filepath.Join(t.TempDir(), "state.db")
	store := openTestStore(t, path)
	notices := make(chan Notice, 32)
	cfg := Config{Secret: [32]byte{3}, Rate: 1, Account: e.me, Workers: 2, QueueSize: 32,
		GasReserve: big.NewInt(1e16), InclusionDelay: 30 * time.Second, HealthyWithin: time.Minute,
		Notify: func(n Notice) { notices <- n }}
	clock := newFakeClock(time.Now())
	svc, err := NewService(cfg, rc, aud, store, clock, NewMetrics(), zerolog.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	w := chain.NewWatcher(e.ch.Client, e.challenger.Address(), store.Cursor(), chain.WatcherOptions{StartBlock: e.challenger.DeployBlock()})
	drain(t, w, svc.WatchHandler(rc))
	if err := svc.Healthy(); err != nil {
		t.Fatalf("after polling: %v", err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(runCtx) }()
	got := map[uint64]Notice{}
	for range 12 { // 12 intervals; interval 7, disputed by another watchtower, audited too
		n := testchan.Recv(t, notices)
		got[n.Interval] = n
	}
	if n := got[6]; n.Decision.Action != Challenge || n.Err != nil || n.ChallengeID == nil {
		t.Fatalf("interval 6: %+v", n)
	}
	if n := got[7]; n.Decision.Action != Ignore || aud.calls[7] != 1 {
		t.Fatalf("interval 7 (disputed by %s, honest to us): %+v after %d audits", otherID, n, aud.calls[7])
	}
	// On chain: our challenge of interval 6, with our bond.
	open, err := e.owner.OpenDisputeOf(ctx, jobID, 6)
	if err != nil || open.Cmp(got[6].ChallengeID) != 0 {
		t.Fatalf("openDisputeOf(6) = %v %v, want %v", open, err, got[6].ChallengeID)
	}
	d, err := e.owner.DisputeOf(ctx, open)
	if err != nil || d.Interval != 6 || d.Root != root(7) || d.Leader != e.me || d.Challenges != 1 {
		t.Fatalf("dispute %+v %v", d, err)
	}
	mine, err := e.owner.ChallengeOf(ctx, open, e.me)
	if err != nil || mine.Sign() == 0 {
		t.Fatalf("our challenge on dispute %s: %v %v", open, mine, err)
	}
	balanceAfter, _ := rc.Balance(ctx)
	if spent := new(big.Int).Sub(balanceBefore, balanceAfter); spent.Cmp(ether(1)) <= 0 || spent.Cmp(new(big.Int).Add(ether(1), big.NewInt(1e16))) > 0 {
		t.Fatalf("spent %s wei, want the 1 ether bond plus gas", spent)
	}
	// Our own ChallengeOpened event comes back through the watcher and changes nothing.
	drain(t, w, svc.WatchHandler(rc))
	cancel()
	if err := testchan.Recv(t, done); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	// A crash between intent and record, twice: interval 9's challenge had left (it is on
	// chain, sent by our key) and interval 10's had not.
	store = openTestStore(t, path)
	for _, k := range []uint64{9, 10} {
		err := store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
			r.Audit = &AuditRecord{Finding: Finding{Outcome: evidence.Fraud}, Action: Challenge}
			r.Challenge = &ChallengeRecord{State: StateIntent}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	b2 := chain.BatchRef{Index: 2, First: 10, Roots: [][32]byte{root(10), root(11), root(12)}}
	landedAt, err := e.challenger.Challenge(ctx, jobID, 10, b2, ether(1), []byte("an earlier run"))
	if err != nil {
		t.Fatal(err)
	}
	landed := landedAt.DisputeID
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart from the stored cursor: the landed challenge is adopted, the other one sent
	// once, and nothing else is delivered or done again.
	store = openTestStore(t, path)
	defer store.Close()
	calls := aud.totalCalls()
	restarted := make(chan Notice, 4)
	cfg.Notify = func(n Notice) { restarted <- n }
	svc, err = NewService(cfg, rc, aud, store, clock, NewMetrics(), zerolog.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	// Reconcile first (Run), then catch up with the events: the chain, not the event of our
	// own challenge, is what prevents the second send.
	runCtx, cancel = context.WithCancel(ctx)
	go func() { done <- svc.Run(runCtx) }()
	testchan.Recv(t, svc.Ready())
	n10 := testchan.Recv(t, restarted)
	w = chain.NewWatcher(e.ch.Client, e.challenger.Address(), store.Cursor(), chain.WatcherOptions{StartBlock: e.challenger.DeployBlock()})
	var delivered int
	h := svc.WatchHandler(rc)
	drain(t, w, func(ctx context.Context, u chain.Update) error { delivered += len(u.Events); return h(ctx, u) })
	cancel()
	if err := testchan.Recv(t, done); err != nil {
		t.Fatal(err)
	}
	// The only new events are our two challenges (each a commitment, a dispute opened and our
	// stand on it); nothing is audited again.
	if delivered != 6 || aud.totalCalls() != calls {
		t.Fatalf("after restart: %d events delivered, %d new audits", delivered, aud.totalCalls()-calls)
	}
	if n10.Interval != 10 || n10.Decision.Action != Challenge || n10.ChallengeID == nil {
		t.Fatalf("interval 10 after restart: %+v", n10)
	}
	for k, want := range map[uint64]*big.Int{9: landed, 10: n10.ChallengeID} {
		r, _, err := store.Interval(jobID, k)
		if err != nil || r.Challenge == nil || r.Challenge.State != StateOpened || r.Challenge.ChallengeID.Cmp(want) != 0 {
			t.Fatalf("interval %d record %+v %v, want challenge %s", k, r.Challenge, err, want)
		}
		open, err := e.owner.OpenDisputeOf(ctx, jobID, k)
		if err != nil || open.Cmp(want) != 0 {
			t.Fatalf("interval %d on chain: %v %v, want %s", k, open, err, want)
		}
	}
	r, _, err := store.Interval(jobID, 6)
	if err != nil || r.Challenge == nil || r.Challenge.State != StateOpened || r.Challenge.ChallengeID.Cmp(open) != 0 {
		t.Fatalf("interval 6 record %+v %v", r.Challenge, err)
	}
}

// A reorg on the embedded chain takes a committed batch away: the watcher reports the removal
// and the service forgets the batch's roots and the unaudited intervals they closed.
func TestServiceReorgOnSimulatedChain(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	start, err := e.ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	jobID := e.job(t, 4, 3) // batches [0..2] [3..4]
	rc := NewRegistryChain(e.challenger, e.ch.Client, e.me, [32]byte{3})
	store := openTestStore(t, filepath.Join(t.TempDir(), "state.db"))
	defer store.Close()
	cfg := Config{Secret: [32]byte{5}, Rate: 1, Account: e.me, Workers: 1, QueueSize: 16, HealthyWithin: time.Minute}
	notices := make(chan Notice, 8)
	cfg.Notify = func(n Notice) { notices <- n }
	aud := newFakeAuditor(nil)
	svc, err := NewService(cfg, rc, aud, store, newFakeClock(time.Now()), NewMetrics(), zerolog.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	w := chain.NewWatcher(e.ch.Client, e.challenger.Address(), store.Cursor(), chain.WatcherOptions{StartBlock: start.Number.Uint64()})
	drain(t, w, svc.WatchHandler(rc))
	if r, ok, err := store.EndpointRoot(jobID, 4); err != nil || !ok || r != root(4) {
		t.Fatalf("endpoint 4 before the reorg: %v %v %v", r, ok, err)
	}
	// Fork at the block before the second batch.
	head, err := e.ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	parent, err := e.ch.Client.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.ch.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	var removed int
	h := svc.WatchHandler(rc)
	drain(t, w, func(ctx context.Context, u chain.Update) error {
		for _, ev := range u.Events {
			if ev.Removed {
				removed++
			}
		}
		return h(ctx, u)
	})
	if removed != 1 {
		t.Fatalf("%d events removed, want the second batch", removed)
	}
	if _, ok, _ := store.EndpointRoot(jobID, 3); ok {
		t.Fatal("endpoint 3 still known after its batch left the chain")
	}
	for _, k := range []uint64{2, 3} {
		if _, ok, _ := store.Interval(jobID, k); ok {
			t.Errorf("interval %d kept after the reorg", k)
		}
	}
	if _, ok, _ := store.Interval(jobID, 1); !ok {
		t.Error("interval 1 of the surviving batch forgotten")
	}
	// A later job on the new branch; mining it re-includes the dropped commitment from the
	// pool (the same roots), which the service sees as a fresh batch. The audits queued before
	// the reorg and the new ones run once per committed interval; the later job's interval
	// (later deadline, one worker) is the sentinel that all ran.
	job2 := e.job(t, 1, 2)
	drain(t, w, h)
	want := []string{intervalID(jobID, 0), intervalID(jobID, 1)}
	if _, ok, _ := store.EndpointRoot(jobID, 3); ok {
		want = append(want, intervalID(jobID, 2), intervalID(jobID, 3))
	}
	want = append(want, intervalID(job2, 0))
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(runCtx) }()
	var order []string
	for range want {
		n := testchan.Recv(t, notices)
		order = append(order, intervalID(n.JobID, n.Interval))
	}
	cancel()
	if err := testchan.Recv(t, done); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(order) != fmt.Sprint(want) {
		t.Fatalf("audited %v, want %v", order, want)
	}
	for k, n := range aud.calls {
		if n != 1 && !(k == 0 && n == 2) { // interval 0 of both jobs
			t.Fatalf("interval %d audited %d times", k, n)
		}
	}
	for _, r := range aud.reqs {
		if r.JobID.Cmp(jobID) == 0 && r.End != root(r.Interval+1) {
			t.Fatalf("interval %d audited against root %s", r.Interval, r.End)
		}
	}
	t.Logf("audited after the reorg: %v", order)
}
