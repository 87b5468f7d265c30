package challenger

import (
	"github.com/ovig/ovig/internal/testchan"

	"context"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

var (
	me    = common.HexToAddress("0x1111111111111111111111111111111111111111")
	other = common.HexToAddress("0x2222222222222222222222222222222222222222")
	job1  = big.NewInt(1)
	bond  = big.NewInt(1e16)
)

type harness struct {
	t       *testing.T
	svc     *Service
	store   *Store
	metrics *Metrics
	clock   *fakeClock
	notices chan Notice
	cancel  context.CancelFunc
	done    chan error
}

func newHarness(t *testing.T, path string, ch Chain, aud Auditor, mod func(*Config)) *harness {
	t.Helper()
	store := openTestStore(t, path)
	h := &harness{t: t, store: store, metrics: NewMetrics(), clock: newFakeClock(t0), notices: make(chan Notice, 64)}
	cfg := Config{
		Secret: [32]byte{7}, Rate: 1, Account: me, Workers: 2, QueueSize: 64,
		GasReserve: big.NewInt(1e15), HealthyWithin: time.Minute, UnavailableGrace: -1,
		Notify: func(n Notice) { h.notices <- n },
	}
	if mod != nil {
		mod(&cfg)
	}
	svc, err := NewService(cfg, ch, aud, store, h.clock, h.metrics, zerolog.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	h.svc = svc
	return h
}

func (h *harness) handle(evs ...Event) {
	h.t.Helper()
	for _, ev := range evs {
		if err := h.svc.Handle(context.Background(), ev); err != nil {
			h.t.Fatalf("handle %T: %v", ev, err)
		}
	}
}

func (h *harness) start() {
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel, h.done = cancel, make(chan error, 1)
	go func() { h.done <- h.svc.Run(ctx) }()
}

// stop shuts the service down and closes the store, as a restart would.
func (h *harness) stop() {
	h.t.Helper()
	h.cancel()
	if err := testchan.Recv(h.t, h.done); err != nil {
		h.t.Fatalf("run: %v", err)
	}
	if err := h.store.Close(); err != nil {
		h.t.Fatal(err)
	}
}

// await collects n notices, keyed by interval.
func (h *harness) await(n int) map[uint64]Notice {
	h.t.Helper()
	got := map[uint64]Notice{}
	for range n {
		nt := testchan.Recv(h.t, h.notices)
		got[nt.Interval] = nt
	}
	return got
}

func root(e uint64) evidence.Hash32 { return evidence.Keccak256([]byte("endpoint"), []byte{byte(e)}) }

// commits returns the IntervalsCommitted events of endpoints 0..n in batches of size.
func commits(jobID *big.Int, n, size uint64) []Event {
	var evs []Event
	for first, idx := uint64(0), uint64(0); first <= n; first, idx = first+size, idx+1 {
		b := chain.BatchRef{Index: idx, First: first}
		for e := first; e < first+size && e <= n; e++ {
			b.Roots = append(b.Roots, root(e))
		}
		evs = append(evs, IntervalsCommitted{JobID: jobID, Batch: b})
	}
	return evs
}

func acceptedJob() JobRecord {
	return JobRecord{Status: chain.StatusAccepted, FinalizeBy: 10_000, Intervals: 8, ChallengerBond: bond,
		EvidenceURI: "http://provider", ManifestHash: evidence.Hash32{0xaa}}
}

func TestServiceChallengesAndRestarts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{3: evidence.Fraud, 4: evidence.Unavailable, 6: evidence.Malformed})
	h := newHarness(t, path, ch, aud, nil)
	// The intent must be durable before the transaction leaves.
	ch.beforeSend = func(jobID *big.Int, endpoint uint64) {
		r, _, err := h.store.Interval(jobID, endpoint-1)
		if err != nil || r.Challenge == nil || r.Challenge.State != StateIntent {
			t.Errorf("endpoint %d sent without a recorded intent: %+v %v", endpoint, r.Challenge, err)
		}
	}
	// Interval 5 is already challenged by someone else (and we have seen the event); interval
	// 6 gets challenged by someone else after our audit started (no event yet).
	id5 := ch.openAs(other, job1, 5)
	ch.openAs(other, job1, 6)
	h.handle(commits(job1, 8, 5)...)
	h.handle(ChallengeOpened{JobID: job1, ChallengeID: id5, Interval: 5, Challenger: other})
	h.start()
	got := h.await(8)
	// Disputed intervals are audited like sampled ones; a bad one is joined (6), not left to a
	// dispute whose challengers may name an honest step.
	want := map[uint64]Action{0: Ignore, 1: Ignore, 2: Ignore, 3: Challenge, 4: Challenge, 5: Ignore, 6: Challenge, 7: Ignore}
	for k, a := range want {
		if got[k].Decision.Action != a || got[k].Err != nil {
			t.Errorf("interval %d: %+v, want %s", k, got[k], a)
		}
	}
	if aud.calls[5] != 1 {
		t.Errorf("interval 5, disputed by someone else, audited %d times, want once", aud.calls[5])
	}
	// Audit requests carry the committed roots of endpoints k and k+1.
	for _, r := range aud.reqs {
		if r.Start != root(r.Interval) || r.End != root(r.Interval+1) || r.EvidenceURI != "http://provider" {
			t.Errorf("request %+v", r)
		}
	}
	if s := ch.sends(); len(s) != 3 {
		t.Fatalf("sent %v, want intervals 3, 4 and 6", s)
	}
	if got[3].ChallengeID == nil || got[4].ChallengeID == nil {
		t.Fatal("challenge ids not reported")
	}
	h.stop()

	// Restart: the same events arrive again; nothing is audited or challenged twice. A later
	// job's interval is the sentinel: with one worker and nearest deadline first, anything
	// wrongly queued for job 1 would run (and notify) before it.
	job2 := big.NewInt(2)
	later := acceptedJob()
	later.FinalizeBy = 20_000
	ch.setJob(job2, later)
	h = newHarness(t, path, ch, aud, func(c *Config) { c.Workers = 1 })
	calls := aud.totalCalls()
	h.handle(commits(job1, 8, 5)...)
	h.handle(ChallengeOpened{JobID: job1, ChallengeID: got[3].ChallengeID, Interval: 3, Challenger: me})
	h.start()
	testchan.Recv(t, h.svc.Ready())
	h.handle(commits(job2, 1, 2)...)
	if n := testchan.Recv(t, h.notices); n.JobID.Cmp(job2) != 0 {
		t.Fatalf("after restart: notice for job %s interval %d", n.JobID, n.Interval)
	}
	h.stop()
	if aud.totalCalls() != calls+1 {
		t.Errorf("restart audited again: %d calls, had %d", aud.totalCalls(), calls)
	}
	if s := ch.sends(); len(s) != 3 {
		t.Errorf("restart challenged again: %v", s)
	}
	r, _, _ := openTestStoreReadInterval(t, path, job1, 3)
	if r.Challenge == nil || r.Challenge.State != StateOpened || r.Challenge.ChallengeID.Cmp(got[3].ChallengeID) != 0 {
		t.Errorf("interval 3 record %+v", r.Challenge)
	}
}

func openTestStoreReadInterval(t *testing.T, path string, jobID *big.Int, k uint64) (IntervalRecord, bool, error) {
	t.Helper()
	s := openTestStore(t, path)
	defer s.Close()
	return s.Interval(jobID, k)
}

// A crash between recording the intent and recording the result: on restart the service asks
// the chain, adopts the challenge that landed and re-sends only the one that did not.
func TestServiceCrashBetweenIntentAndRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud, 2: evidence.Fraud})
	h := newHarness(t, path, ch, aud, nil)
	h.handle(commits(job1, 3, 4)...)
	// The state a crash leaves: both audited as fraud, intents recorded, interval 1's
	// challenge landed on chain, interval 2's never left.
	for _, k := range []uint64{1, 2} {
		err := h.store.UpdateInterval(job1, k, func(r *IntervalRecord) error {
			r.Audit = &AuditRecord{Finding: Finding{Outcome: evidence.Fraud}, Action: Challenge}
			r.Challenge = &ChallengeRecord{State: StateIntent}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	landed := ch.openAs(me, job1, 1)
	if err := h.store.Close(); err != nil {
		t.Fatal(err)
	}

	h = newHarness(t, path, ch, aud, nil)
	h.start()
	// Intervals 0 (honest) and 2 (re-sent) are decided; interval 1 is adopted silently.
	got := h.await(2)
	h.stop()
	if got[2].Decision.Action != Challenge || got[2].ChallengeID == nil {
		t.Fatalf("interval 2: %+v", got[2])
	}
	if s := ch.sends(); len(s) != 1 || s[0] != "1/2" {
		t.Fatalf("sends %v, want only interval 2", s)
	}
	if aud.calls[1] != 0 || aud.calls[2] != 0 {
		t.Errorf("recorded findings were audited again: %v", aud.calls)
	}
	r, _, _ := openTestStoreReadInterval(t, path, job1, 1)
	if r.Challenge == nil || r.Challenge.State != StateOpened || r.Challenge.ChallengeID.Cmp(landed) != 0 {
		t.Fatalf("interval 1 record %+v", r.Challenge)
	}
}

func (f *fakeChain) setFailSend(err error) {
	f.mu.Lock()
	f.failSend = err
	f.mu.Unlock()
}

// A challenge transaction that fails for a transient reason (the RPC endpoint went away) is
// tried again once its delay has passed, and not before.
func TestServiceRetriesFailedChallenge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	ch.setFailSend(errTest)
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud})
	h := newHarness(t, path, ch, aud, func(c *Config) { c.RetryDelay = 10 * time.Second })
	h.handle(commits(job1, 2, 4)...)
	h.start()
	testchan.Recv(t, h.svc.Ready())
	got := h.await(2)
	if got[1].Decision.Action != Challenge || got[1].Err == nil || got[1].ChallengeID != nil {
		t.Fatalf("first try: %+v", got[1])
	}
	if r, _, _ := h.store.Interval(job1, 1); r.Challenge == nil || r.Challenge.State != StateFailed || r.SendFailures != 1 {
		t.Fatalf("after the failed send: %+v (failures %d)", r.Challenge, r.SendFailures)
	}
	ch.setFailSend(nil) // the endpoint is back

	h.clock.Set(t0.Add(9 * time.Second))
	h.svc.ObservePoll(1, 1000, nil)
	if s := ch.sends(); len(s) != 1 {
		t.Fatalf("retried before its delay: sends %v", s)
	}
	h.clock.Set(t0.Add(10 * time.Second))
	h.svc.ObservePoll(2, 1000, nil)
	retried := h.await(1)[1]
	h.stop()
	if retried.Decision.Action != Challenge || retried.Err != nil || retried.ChallengeID == nil {
		t.Fatalf("retry: %+v", retried)
	}
	if s := ch.sends(); len(s) != 2 || s[1] != "1/1" {
		t.Fatalf("sends %v, want interval 1 twice", s)
	}
	if aud.calls[1] != 1 {
		t.Errorf("interval 1 audited %d times, want once", aud.calls[1])
	}
	r, _, _ := openTestStoreReadInterval(t, path, job1, 1)
	if r.Challenge == nil || r.Challenge.State != StateOpened || r.Challenge.ChallengeID.Cmp(retried.ChallengeID) != 0 {
		t.Fatalf("interval 1 record %+v", r.Challenge)
	}
}

// Failed challenges survive a restart: the restarted service asks the chain, adopts a failed
// transaction that landed after all, and sends again the one that did not.
func TestServiceRetriesFailedChallengeAfterRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	ch.setFailSend(errTest)
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud, 2: evidence.Unavailable})
	h := newHarness(t, path, ch, aud, nil)
	h.handle(commits(job1, 3, 4)...)
	h.start()
	if got := h.await(3); got[1].Err == nil || got[2].Err == nil {
		t.Fatalf("sends did not fail: %+v", got)
	}
	h.stop()
	landed := ch.openAs(me, job1, 2) // interval 2's "failed" transaction was mined after all
	ch.setFailSend(nil)

	h = newHarness(t, path, ch, aud, nil)
	h.start()
	got := h.await(1)
	h.stop()
	if got[1].Decision.Action != Challenge || got[1].ChallengeID == nil || got[1].Err != nil {
		t.Fatalf("interval 1 after restart: %+v", got[1])
	}
	if s := ch.sends(); len(s) != 3 || s[2] != "1/1" {
		t.Fatalf("sends %v, want intervals 1 and 2, then 1 again", s)
	}
	r, _, _ := openTestStoreReadInterval(t, path, job1, 2)
	if r.Challenge == nil || r.Challenge.State != StateOpened || r.Challenge.ChallengeID.Cmp(landed) != 0 {
		t.Fatalf("interval 2 record %+v", r.Challenge)
	}
}

func TestRetryDelay(t *testing.T) {
	for failures, want := range map[int]time.Duration{1: 15 * time.Second, 2: 30 * time.Second, 3: time.Minute, 6: 5 * time.Minute, 50: 5 * time.Minute} {
		if got := retryDelay(DefaultRetryDelay, failures); got != want {
			t.Errorf("%d failures: %s, want %s", failures, got, want)
		}
	}
}

func TestServiceWatchOnlyAndWindow(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	job2 := big.NewInt(2)
	late := acceptedJob()
	late.FinalizeBy = 999 // the window closed one second before the head
	ch.setJob(job2, late)
	poor := big.NewInt(3)
	ch.setJob(poor, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{0: evidence.Fraud})

	h := newHarness(t, filepath.Join(t.TempDir(), "a.db"), ch, aud, func(c *Config) { c.WatchOnly = true })
	h.handle(commits(job1, 1, 2)...)
	h.start()
	if n := h.await(1)[0]; n.Decision.Action != Alert || !strings.Contains(n.Decision.Reason, "watch-only") {
		t.Fatalf("watch-only: %+v", n.Decision)
	}
	h.stop()

	h = newHarness(t, filepath.Join(t.TempDir(), "b.db"), ch, aud, nil)
	h.handle(commits(job2, 1, 2)...)
	h.start()
	if n := h.await(1)[0]; n.Decision.Action != Alert || !strings.Contains(n.Decision.Reason, "window closed") {
		t.Fatalf("late: %+v", n.Decision)
	}
	h.stop()

	ch.balance = big.NewInt(1e16) // the bond but not the gas reserve
	h = newHarness(t, filepath.Join(t.TempDir(), "c.db"), ch, aud, nil)
	h.handle(commits(poor, 1, 2)...)
	h.start()
	if n := h.await(1)[0]; n.Decision.Action != Alert || !strings.Contains(n.Decision.Reason, "balance") {
		t.Fatalf("poor: %+v", n.Decision)
	}
	h.stop()
	if s := ch.sends(); len(s) != 0 {
		t.Fatalf("sent %v", s)
	}
}

// Sampling follows the secret: at p = 0.5 about half of 200 intervals are audited, exactly
// those Sampled selects, and interval 0 (always audited).
func TestServiceSamples(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	j := acceptedJob()
	j.Intervals = 200
	ch.setJob(job1, j)
	aud := newFakeAuditor(nil)
	secret := [32]byte{42}
	h := newHarness(t, filepath.Join(t.TempDir(), "s.db"), ch, aud, func(c *Config) { c.Rate = 0.5; c.Secret = secret; c.QueueSize = 256 })
	h.handle(commits(job1, 200, 64)...)
	picked := func(k uint64) bool { return k == 0 || Sampled(secret, job1, k, root(k+1), 0.5) }
	want := 0
	for k := uint64(0); k < 200; k++ {
		if picked(k) {
			want++
		}
	}
	h.start()
	got := h.await(want)
	h.stop()
	for k := range got {
		if !picked(k) {
			t.Errorf("audited unsampled interval %d", k)
		}
	}
	if want < 80 || want > 120 || aud.totalCalls() != want {
		t.Fatalf("sampled %d of 200, audited %d", want, aud.totalCalls())
	}
}

// A task queued for an Accepted job expires at finalizeBy; once the job is finalized its
// deadline moves to the window end and it runs after all.
func TestServiceExpiryAndFinalize(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{0: evidence.Fraud})
	h := newHarness(t, filepath.Join(t.TempDir(), "e.db"), ch, aud, nil)
	h.handle(commits(job1, 1, 2)...)
	h.svc.ObservePoll(50, 10_001, nil) // past finalizeBy before any worker ran
	h.handle(JobFinalized{JobID: job1, WindowEnd: 20_000})
	fin := acceptedJob()
	fin.Status, fin.WindowEnd = chain.StatusFinalized, 20_000
	ch.setJob(job1, fin)
	ch.head = 10_001
	h.start()
	n := h.await(1)[0]
	h.stop()
	if n.Decision.Action != Challenge {
		t.Fatalf("after finalize: %+v", n.Decision)
	}
}

func TestMetricsAndHealth(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud})
	j := acceptedJob()
	j.FinalizeBy = uint64(t0.Add(time.Hour).Unix()) // the polls below report wall-clock head times
	ch.setJob(job1, j)
	h := newHarness(t, filepath.Join(t.TempDir(), "m.db"), ch, aud, nil)
	srv := httptest.NewServer(Handler(h.metrics, h.svc.Healthy))
	defer srv.Close()
	get := func(p string) (int, string) {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "no successful chain poll") {
		t.Fatalf("healthz before poll: %d %q", code, body)
	}
	h.svc.ObservePoll(12, uint64(t0.Add(-3*time.Second).Unix()), nil)
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Fatalf("healthz after poll: %d", code)
	}
	h.handle(commits(job1, 3, 4)...)
	h.start()
	h.await(3)
	_, body := get("/metrics")
	for _, want := range []string{
		"ovig_challenger_intervals_seen_total 3",
		"ovig_challenger_intervals_sampled_total 3",
		`ovig_challenger_audits_total{outcome="fraud"} 1`,
		`ovig_challenger_audits_total{outcome="honest"} 2`,
		"ovig_challenger_challenges_sent_total 1",
		"ovig_challenger_bond_at_stake_wei 1e+16",
		"ovig_challenger_open_challenges 1",
		"# TYPE ovig_challenger_next_audit_deadline_seconds gauge",
		"ovig_challenger_wallet_balance_wei 1e+18",
		"ovig_challenger_head_lag_seconds 3",
		"ovig_challenger_head_block 12",
		`ovig_challenger_worst_distance_ratio_bucket{le="1"} 2`,
		"ovig_challenger_worst_distance_ratio_count 3",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	// Once our dispute is decided nothing is at stake any more (the gauge used to stay up).
	var ours *big.Int
	for k := range uint64(3) {
		if r, _, _ := h.store.Interval(job1, k); r.Challenge != nil {
			ours = r.Challenge.ChallengeID
			h.handle(ChallengeClosed{JobID: job1, ChallengeID: ours, Interval: k, Decided: true})
		}
	}
	if _, body := get("/metrics"); ours == nil || !strings.Contains(body, "ovig_challenger_bond_at_stake_wei 0") ||
		!strings.Contains(body, "ovig_challenger_open_challenges 0") {
		t.Errorf("bond at stake after our dispute closed (%v):\n%s", ours, body)
	}
	h.stop()
	h.clock.Set(t0.Add(2 * time.Minute))
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "ago") {
		t.Fatalf("healthz when stale: %d %q", code, body)
	}
	h.svc.ObservePoll(13, 0, errTest)
	if _, body := get("/metrics"); !strings.Contains(body, "ovig_challenger_poll_errors_total 1") {
		t.Error("poll error not counted")
	}
}

func TestNewServiceRejects(t *testing.T) {
	store := openTestStore(t, filepath.Join(t.TempDir(), "r.db"))
	defer store.Close()
	good := Config{Secret: [32]byte{1}, Rate: 0.1, Account: me, Workers: 1, QueueSize: 1, HealthyWithin: time.Minute}
	for name, mod := range map[string]func(*Config){
		"rate":    func(c *Config) { c.Rate = 1.5 },
		"secret":  func(c *Config) { c.Secret = [32]byte{} },
		"workers": func(c *Config) { c.Workers = 0 },
		"account": func(c *Config) { c.Account = common.Address{} },
		"health":  func(c *Config) { c.HealthyWithin = 0 },
	} {
		c := good
		mod(&c)
		if _, err := NewService(c, newFakeChain(me), newFakeAuditor(nil), store, newFakeClock(t0), NewMetrics(), zerolog.Nop()); err == nil {
			t.Errorf("%s: bad config accepted", name)
		}
	}
	if _, err := NewService(good, newFakeChain(me), newFakeAuditor(nil), store, newFakeClock(t0), NewMetrics(), zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
}

// Someone else's challenge that closes frees the interval: we audit it after all. A batch a
// reorg removed is forgotten, and the provider's replacement roots are sampled afresh.
func TestServiceChallengeClosedAndReorg(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud})
	h := newHarness(t, filepath.Join(t.TempDir(), "c.db"), ch, aud, func(c *Config) { c.Workers = 1 })
	evs := commits(job1, 2, 3)
	h.handle(evs...)
	id := ch.openAs(other, job1, 1)
	h.handle(ChallengeOpened{JobID: job1, ChallengeID: id, Interval: 1, Challenger: other})
	h.start()
	if n := testchan.Recv(t, h.notices); n.Interval != 0 {
		t.Fatalf("first notice for interval %d", n.Interval)
	}
	// The other challenge lapses: interval 1 is audited and challenged by us.
	ch.mu.Lock()
	delete(ch.open, intervalID(job1, 1))
	ch.mu.Unlock()
	h.handle(ChallengeClosed{JobID: job1, ChallengeID: id, Interval: 1})
	if n := testchan.Recv(t, h.notices); n.Interval != 1 || n.Decision.Action != Challenge {
		t.Fatalf("after lapse: %+v", n)
	}
	// A reorg removes the batch; interval 0's record goes, interval 1 (challenged) stays.
	h.handle(Removed{Of: evs[0]})
	if _, ok, _ := h.store.Interval(job1, 0); ok {
		t.Error("interval 0 kept after its batch was removed")
	}
	if r, ok, _ := h.store.Interval(job1, 1); !ok || r.Challenge == nil {
		t.Error("challenged interval 1 forgotten")
	}
	if _, ok, _ := h.store.EndpointRoot(job1, 1); ok {
		t.Error("removed batch still known")
	}
	h.handle(evs[0])
	if n := testchan.Recv(t, h.notices); n.Interval != 0 || aud.calls[0] != 2 {
		t.Fatalf("re-committed interval 0: %+v, %d audits", n, aud.calls[0])
	}
	h.stop()
	if err := h.svc.Handle(context.Background(), nil); err == nil {
		t.Error("nil event accepted")
	}
}

// When our dispute is decided we claim its bond; when a job closes (another of our challenges
// proved fraud), our disputes still open on it can never be judged: the watchtower lapses them
// and claims those bonds back too.
func TestServiceReclaimsBondsOfClosedJob(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud, 2: evidence.Fraud})
	h := newHarness(t, filepath.Join(t.TempDir(), "state.db"), ch, aud, nil)
	h.handle(commits(job1, 4, 5)...)
	h.start()
	got := h.await(4)
	if got[1].ChallengeID == nil || got[2].ChallengeID == nil {
		t.Fatalf("intervals 1 and 2 not challenged: %+v %+v", got[1], got[2])
	}
	// Challenge of interval 1 is resolved as fraud; the job closes with interval 2 still open.
	h.handle(ChallengeClosed{JobID: job1, ChallengeID: got[1].ChallengeID, Interval: 1, Decided: true})
	ch.mu.Lock()
	delete(ch.open, intervalID(job1, 1))
	ch.mu.Unlock()
	h.handle(JobClosed{JobID: job1, Status: chain.StatusFraudulent})
	ch.mu.Lock()
	reclaimed := ch.reclaimed
	ch.mu.Unlock()
	if len(reclaimed) != 2 || reclaimed[0] != got[1].ChallengeID.String() || reclaimed[1] != got[2].ChallengeID.String() {
		t.Fatalf("reclaimed %v, want disputes %s then %s", reclaimed, got[1].ChallengeID, got[2].ChallengeID)
	}
	h.stop()
}

// The stake cap: with a provider bond that pays for one challenger bond, a second bad interval
// waits until our first dispute is decided, then is challenged. A verdict (Decided) on someone
// else's dispute never requeues its interval: it can never be challenged again.
func TestServiceDefersBeyondProviderBond(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	j := acceptedJob()
	j.ProviderBond = new(big.Int).Set(bond)
	ch.setJob(job1, j)
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud, 2: evidence.Fraud})
	h := newHarness(t, filepath.Join(t.TempDir(), "state.db"), ch, aud, func(c *Config) { c.Workers = 1 })
	id3 := ch.openAs(other, job1, 3)
	h.handle(commits(job1, 4, 5)...)
	h.handle(ChallengeOpened{JobID: job1, ChallengeID: id3, Interval: 3, Challenger: other})
	h.start()
	got := h.await(4) // intervals 0, 1, 2 and the disputed 3 (honest to us)
	if got[1].Decision.Action != Challenge || got[2].Decision.Action != Defer {
		t.Fatalf("interval 1 %s, interval 2 %s: want challenge then defer", got[1].Decision.Action, got[2].Decision.Action)
	}
	if s := ch.sends(); len(s) != 1 {
		t.Fatalf("sent %v, want only interval 1", s)
	}
	// Someone else's dispute on interval 3 gets its verdict: decided for good, nothing queued.
	ch.mu.Lock()
	delete(ch.open, intervalID(job1, 3))
	ch.mu.Unlock()
	h.handle(ChallengeClosed{JobID: job1, ChallengeID: id3, Interval: 3, Decided: true})
	// Our dispute on interval 1 is decided: its stake is freed and interval 2 goes ahead.
	ch.mu.Lock()
	delete(ch.open, intervalID(job1, 1))
	ch.mu.Unlock()
	h.handle(ChallengeClosed{JobID: job1, ChallengeID: got[1].ChallengeID, Interval: 1, Decided: true})
	n := testchan.Recv(t, h.notices)
	for n.Interval == 2 && n.Decision.Action == Defer {
		n = testchan.Recv(t, h.notices) // a second look at the deferred finding before the close decides the same
	}
	if n.Interval != 2 || n.Decision.Action != Challenge || aud.calls[2] != 1 {
		t.Fatalf("after our dispute closed: %+v (%d audits of interval 2)", n, aud.calls[2])
	}
	h.stop()
	if aud.calls[3] != 1 {
		t.Errorf("interval 3 audited %d times, want once (when it was disputed; never after its verdict)", aud.calls[3])
	}
	if s := ch.sends(); len(s) != 2 {
		t.Errorf("sent %v, want intervals 1 and 2", s)
	}
}

// scriptedAuditor returns the outcomes of script in turn for its interval (the last one after
// that) and Honest for the others.
type scriptedAuditor struct {
	fakeAuditor
	interval uint64
	script   []evidence.Outcome
}

func (a *scriptedAuditor) Audit(ctx context.Context, r AuditRequest) (Finding, error) {
	f, err := a.fakeAuditor.Audit(ctx, r)
	if r.Interval == a.interval {
		a.mu.Lock()
		n := a.calls[r.Interval]
		a.mu.Unlock()
		o := a.script[min(n, len(a.script))-1]
		f = Finding{Outcome: o, Reason: "scripted " + o.String()}
	}
	return f, err
}

// A provider's evidence server down for a minute is not challenged: the watchtower audits again
// with backoff and finds it honest. One that stays down is challenged once the grace is over.
func TestServiceUnavailableGrace(t *testing.T) {
	for _, c := range []struct {
		name   string
		script []evidence.Outcome
		want   Action
	}{
		{"outage of a minute", []evidence.Outcome{evidence.Unavailable, evidence.Unavailable, evidence.Honest}, Ignore},
		{"outage to the end", []evidence.Outcome{evidence.Unavailable}, Challenge},
	} {
		t.Run(c.name, func(t *testing.T) {
			ch := newFakeChain(me)
			ch.head = 1000
			ch.setJob(job1, acceptedJob()) // deadline 10,000: far away
			aud := &scriptedAuditor{fakeAuditor: *newFakeAuditor(nil), interval: 1, script: c.script}
			h := newHarness(t, filepath.Join(t.TempDir(), "u.db"), ch, aud, func(cfg *Config) {
				cfg.UnavailableGrace, cfg.RetryDelay = 5*time.Minute, 30*time.Second
			})
			h.handle(commits(job1, 2, 3)...)
			h.start()
			if n := testchan.Recv(t, h.notices); n.Interval != 0 {
				t.Fatalf("first notice %+v", n)
			}
			h.svc.ObservePoll(5, 1000, nil)
			// Each poll past the retry time audits interval 1 again.
			var n Notice
			var step int
			for step = 1; ; step++ {
				h.clock.Set(t0.Add(time.Duration(step) * time.Minute))
				h.svc.ObservePoll(uint64(5+step), 1000, nil)
				select {
				case n = <-h.notices:
				case <-time.After(200 * time.Millisecond):
					if step > 10 {
						t.Fatal("no decision on interval 1 after ten minutes")
					}
					continue
				}
				break
			}
			h.stop()
			if n.Interval != 1 || n.Decision.Action != c.want {
				t.Fatalf("decision %+v, want %s", n, c.want)
			}
			if c.want == Challenge && (n.Finding.Outcome != evidence.Unavailable || step < 5 || aud.calls[1] < 4) {
				t.Fatalf("challenged %d minutes after %d audits: want the grace of 5 minutes spent first, auditing again with backoff", step, aud.calls[1])
			}
			if c.want == Ignore && aud.calls[1] != 3 {
				t.Fatalf("%d audits, want 3", aud.calls[1])
			}
		})
	}
}

// Interval 0 is audited whatever the sampling rate: the start is checked against the manifest's
// initial weights only there, so a provider that began from other weights cannot hide in the
// intervals nobody sampled.
func TestServiceAlwaysAuditsIntervalZero(t *testing.T) {
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	aud := newFakeAuditor(map[uint64]evidence.Outcome{0: evidence.Fraud, 2: evidence.Fraud})
	h := newHarness(t, filepath.Join(t.TempDir(), "z.db"), ch, aud, func(c *Config) { c.Rate = 0 })
	h.handle(commits(job1, 4, 5)...)
	h.start()
	n := testchan.Recv(t, h.notices)
	h.stop()
	if n.Interval != 0 || n.Decision.Action != Challenge {
		t.Fatalf("notice %+v, want interval 0 challenged", n)
	}
	if aud.totalCalls() != 1 {
		t.Fatalf("%d audits at rate 0, want only interval 0", aud.totalCalls())
	}
}

// Between our look at the chain and our send, someone else's dispute on the interval got its
// verdict: the send fails with the registry's IntervalDecided revert, and we stand down (nothing
// at stake, no retry).
func TestServiceStandsDownWhenIntervalDecidedFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	ch.beforeSend = func(jobID *big.Int, endpoint uint64) {
		ch.mu.Lock()
		ch.decided[intervalID(jobID, endpoint-1)] = chain.OutcomeHonest
		ch.mu.Unlock()
	}
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud})
	h := newHarness(t, path, ch, aud, nil)
	h.handle(commits(job1, 2, 2)...)
	h.start()
	got := h.await(2)
	h.stop()
	if n := got[1]; n.Err != nil || n.ChallengeID != nil {
		t.Fatalf("interval 1: %+v", n)
	}
	r, _, err := openTestStoreReadInterval(t, path, job1, 1)
	if err != nil || r.Challenge != nil || r.Audit == nil || r.Audit.Action != StandDown {
		t.Fatalf("interval 1 record %+v %+v, %v: want no challenge and a stand-down", r.Challenge, r.Audit, err)
	}
}

// The job closed (another challenge proved fraud) between our look and our send: the send fails
// with InvalidJobStatus and the finding is recorded as needing nothing more.
func TestServiceIgnoresWhenJobClosedFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	ch := newFakeChain(me)
	ch.head = 1000
	ch.setJob(job1, acceptedJob())
	ch.beforeSend = func(jobID *big.Int, _ uint64) {
		ch.mu.Lock()
		j := ch.jobs[jobID.String()]
		j.Status = chain.StatusFraudulent
		ch.jobs[jobID.String()] = j
		ch.mu.Unlock()
	}
	aud := newFakeAuditor(map[uint64]evidence.Outcome{1: evidence.Fraud})
	h := newHarness(t, path, ch, aud, nil)
	h.handle(commits(job1, 2, 2)...)
	h.start()
	got := h.await(2)
	h.stop()
	if n := got[1]; n.Err != nil || n.ChallengeID != nil {
		t.Fatalf("interval 1: %+v", n)
	}
	r, _, err := openTestStoreReadInterval(t, path, job1, 1)
	if err != nil || r.Challenge != nil || r.Audit == nil || r.Audit.Action != Ignore {
		t.Fatalf("interval 1 record %+v %+v, %v: want no challenge and Ignore", r.Challenge, r.Audit, err)
	}
}
