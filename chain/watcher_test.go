package chain

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// drain steps the watcher until it is caught up, collecting updates.
func drain(t *testing.T, w *Watcher) []Update {
	t.Helper()
	var got []Update
	for i := 0; ; i++ {
		if i > 1000 {
			t.Fatal("watcher never caught up")
		}
		adv, err := w.Step(context.Background(), func(_ context.Context, u Update) error {
			got = append(got, u)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !adv {
			return got
		}
	}
}

func names(us []Update) []string {
	var out []string
	for _, u := range us {
		for _, e := range u.Events {
			n := e.Name
			if e.Removed {
				n = "-" + n
			}
			out = append(out, n)
		}
	}
	return out
}

func TestWatcherConfirmationsAndRanges(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	start, _ := e.ch.Client.BlockNumber(ctx)
	id, _, _ := e.acceptedJob(4, 2, 1, 1) // create, accept, 3 commits: 5 blocks
	const conf = 2
	w := NewWatcher(e.ch.Client, e.owner.Address(), &MemoryCursorStore{}, WatcherOptions{Confirmations: conf, MaxRange: 2, StartBlock: start})
	ups := drain(t, w)
	head, _ := e.ch.Client.BlockNumber(ctx)
	for _, u := range ups {
		if u.To-u.From+1 > 2 {
			t.Errorf("range %d..%d exceeds MaxRange 2", u.From, u.To)
		}
		if u.To > head-conf {
			t.Errorf("delivered block %d, head %d, confirmations %d", u.To, head, conf)
		}
	}
	// The last two commitments are not yet confirmed.
	if got, want := names(ups), []string{"JobCreated", "JobAccepted", "IntervalsCommitted"}; !slices.Equal(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	if err := e.ch.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.ch.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	more := drain(t, w)
	if got, want := names(more), []string{"IntervalsCommitted", "IntervalsCommitted"}; !slices.Equal(got, want) {
		t.Fatalf("events after two more blocks %v, want %v", got, want)
	}
	var firsts []uint64
	for _, u := range append(ups, more...) {
		for _, ev := range u.Events {
			if ic, ok := ev.Value.(IntervalsCommitted); ok {
				if ic.JobID.Cmp(id) != 0 {
					t.Fatalf("commit of job %v, want %v", ic.JobID, id)
				}
				firsts = append(firsts, ic.Batch.First)
				if b := ic.Batch; uint64(len(b.Roots)) != min(2, 5-b.First) {
					t.Fatalf("batch at %d has %d roots", b.First, len(b.Roots))
				}
			}
		}
	}
	if !slices.Equal(firsts, []uint64{0, 2, 4}) {
		t.Fatalf("batch first indices %v", firsts)
	}
}

func TestWatcherResumesFromCursorAndRedeliversOnHandlerError(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	start, _ := e.ch.Client.BlockNumber(ctx)
	e.acceptedJob(2, 1, 1, 1) // 5 blocks, one event each
	store := FileCursorStore{Path: filepath.Join(t.TempDir(), "cursor.json")}
	opts := WatcherOptions{MaxRange: 1, StartBlock: start}

	w1 := NewWatcher(e.ch.Client, e.owner.Address(), store, opts)
	var seen []string
	collect := func(_ context.Context, u Update) error {
		seen = append(seen, names([]Update{u})...)
		return nil
	}
	for range 3 {
		if _, err := w1.Step(ctx, collect); err != nil {
			t.Fatal(err)
		}
	}
	// A failing handler does not move the cursor: the update comes again.
	boom := errors.New("boom")
	if _, err := w1.Step(ctx, func(context.Context, Update) error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("handler error not returned: %v", err)
	}
	// A new watcher on the same store (a restart) continues without gaps or repeats.
	w2 := NewWatcher(e.ch.Client, e.owner.Address(), store, opts)
	seen = append(seen, names(drain(t, w2))...)
	want := []string{"JobCreated", "JobAccepted", "IntervalsCommitted", "IntervalsCommitted", "IntervalsCommitted"}
	// The deploy block precedes start; blocks start..start+2 were seen by w1.
	if !slices.Equal(seen, want) {
		t.Fatalf("events across restart %v, want %v", seen, want)
	}
}

// TestWatcherReorg commits a batch, lets the watcher deliver it, then forks the chain below it:
// the commitment must be reported removed and the new branch's events delivered, leaving the
// consumer's view equal to the canonical logs.
func TestWatcherReorg(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	start, _ := e.ch.Client.BlockNumber(ctx)
	p := e.params(40, 10, 1, 1)
	id, err := e.owner.CreateJob(ctx, p, ether(10))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.provider.Accept(ctx, id, p.ProviderBond, evidenceURI); err != nil {
		t.Fatal(err)
	}
	w := NewWatcher(e.ch.Client, e.owner.Address(), &MemoryCursorStore{}, WatcherOptions{StartBlock: start})
	live := map[common.Hash]Event{} // the consumer's view, keyed by log identity
	apply := func(us []Update) {
		for _, u := range us {
			for _, ev := range u.Events {
				k := logKey(ev)
				if ev.Removed {
					if _, ok := live[k]; !ok {
						t.Fatalf("removal of an event never delivered: %s", ev.Name)
					}
					delete(live, k)
				} else {
					live[k] = ev
				}
			}
		}
	}
	apply(drain(t, w))
	fork, err := e.ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.provider.CommitIntervalsAt(ctx, id, 0, roots(0, 3)); err != nil {
		t.Fatal(err)
	}
	committed, _ := e.ch.Head(ctx)
	ups := drain(t, w)
	apply(ups)
	if got := names(ups); !slices.Equal(got, []string{"IntervalsCommitted"}) {
		t.Fatalf("before the fork: %v", got)
	}

	// Reorg: back to the block before the commitment, then a longer branch with a new job.
	if err := e.ch.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	ups = drain(t, w)
	if len(ups) == 0 || ups[0].Reorg == nil {
		t.Fatalf("no reorg reported: %+v", ups)
	}
	r := ups[0].Reorg
	if r.From != fork.Number.Uint64()+1 || len(r.Blocks) == 0 || r.Blocks[0].Hash != committed.Hash() {
		t.Fatalf("reorg %+v, want from %d with block %s", r, fork.Number.Uint64()+1, committed.Hash())
	}
	if got := names(ups[:1]); !slices.Equal(got, []string{"-IntervalsCommitted"}) {
		t.Fatalf("removed events %v", got)
	}
	apply(ups)
	// The new branch: a second job (the old commitment may be re-included from the pool).
	owner2, err := e.ch.NewSender(ctx, e.ch.DevKeys[0], SenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	id2, err := e.owner.WithSender(owner2).CreateJob(ctx, e.params(40, 10, 1, 1), ether(1))
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := e.ch.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	apply(drain(t, w))
	var sawJob2 bool
	for _, ev := range live {
		if jc, ok := ev.Value.(JobCreated); ok && jc.JobID.Cmp(id2) == 0 {
			sawJob2 = true
		}
	}
	if !sawJob2 {
		t.Fatal("job created on the new branch was not delivered")
	}
	// Ground truth: the consumer's view equals the canonical logs.
	logs, err := e.ch.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start), Addresses: []common.Address{e.owner.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != len(live) {
		t.Fatalf("consumer holds %d events, chain has %d", len(live), len(logs))
	}
	for _, l := range logs {
		if _, ok := live[logKey(Event{Log: l})]; !ok {
			t.Fatalf("canonical log %s in block %d missing from the consumer's view", l.TxHash, l.BlockNumber)
		}
	}
}

func logKey(ev Event) common.Hash {
	var b [8]byte
	putU64(b[:], uint64(ev.Log.Index))
	return crypto.Keccak256Hash(ev.Log.BlockHash.Bytes(), b[:])
}

func TestFileCursorStoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	store := FileCursorStore{Path: filepath.Join(t.TempDir(), "c.json")}
	if c, err := store.Load(ctx); c != nil || err != nil {
		t.Fatalf("empty store: %v %v", c, err)
	}
	l := types.Log{Address: common.HexToAddress("0x1"), Topics: []common.Hash{{1}}, Data: []byte{1, 2}, BlockNumber: 7,
		TxHash: common.Hash{2}, BlockHash: common.Hash{3}, Index: 4}
	in := &Cursor{Next: 8, Recent: []BlockRecord{{BlockRef: BlockRef{Number: 7, Hash: common.Hash{3}}, Logs: []types.Log{l}}}}
	if err := store.Save(ctx, in); err != nil {
		t.Fatal(err)
	}
	out, err := store.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if out.Next != 8 || len(out.Recent) != 1 || out.Recent[0].Hash != in.Recent[0].Hash || len(out.Recent[0].Logs) != 1 ||
		out.Recent[0].Logs[0].TxHash != l.TxHash || out.Recent[0].Logs[0].Index != 4 {
		t.Fatalf("round trip: %+v", out)
	}
	os.WriteFile(store.Path, []byte("{"), 0o600)
	if _, err := store.Load(ctx); err == nil {
		t.Fatal("corrupt cursor accepted")
	}
}

func TestPruneRecords(t *testing.T) {
	rec := []BlockRecord{{BlockRef: BlockRef{Number: 1}}, {BlockRef: BlockRef{Number: 50}}, {BlockRef: BlockRef{Number: 90}}}
	if got := pruneRecords(rec, 100, 20); len(got) != 1 || got[0].Number != 90 {
		t.Fatalf("prune to 20 blocks: %+v", got)
	}
	if got := pruneRecords(rec, 1000, 20); len(got) != 1 || got[0].Number != 90 {
		t.Fatalf("the newest record must survive: %+v", got)
	}
	if got := pruneRecords(rec, 60, 20); len(got) != 2 {
		t.Fatalf("prune at 60: %+v", got)
	}
}

func TestWatcherReorgDeeperThanHistory(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	base, err := e.ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.acceptedJob(3, 1, 1, 1) // 6 blocks
	w := NewWatcher(e.ch.Client, e.owner.Address(), &MemoryCursorStore{}, WatcherOptions{StartBlock: base.Number.Uint64(), History: 2})
	drain(t, w)
	if err := e.ch.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Step(ctx, func(context.Context, Update) error { return nil }); !errors.Is(err, ErrReorgTooDeep) {
		t.Fatalf("deep reorg: %v", err)
	}
}

// flakyClient fails every call that reads the chain head while down is set, as a node behind
// a dropped connection does.
type flakyClient struct {
	Client
	mu    sync.Mutex
	down  int // calls left to fail
	fails int
}

func (f *flakyClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	if f.down > 0 {
		f.down--
		f.fails++
		f.mu.Unlock()
		return nil, errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	}
	f.mu.Unlock()
	return f.Client.HeaderByNumber(ctx, n)
}

// A node that drops for a while does not stop Run: every failure is reported and retried with a
// doubling wait, and the events arrive once it is back. A reorg deeper than the history still
// stops it, since retrying cannot heal that.
func TestWatcherRunSurvivesOutage(t *testing.T) {
	e := newSimEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start, _ := e.ch.Client.BlockNumber(ctx)
	e.acceptedJob(2, 1, 1, 1) // 5 events
	flaky := &flakyClient{Client: e.ch.Client, down: 4}
	var waits []time.Duration
	w := NewWatcher(flaky, e.owner.Address(), &MemoryCursorStore{}, WatcherOptions{
		StartBlock: start, PollInterval: time.Millisecond, MaxBackoff: 4 * time.Millisecond,
		OnError: func(err error, retryIn time.Duration) { waits = append(waits, retryIn) },
	})
	var seen int
	runCtx, stop := context.WithCancel(ctx)
	err := w.Run(runCtx, func(_ context.Context, u Update) error {
		seen += len(u.Events)
		if seen >= 5 {
			stop()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || seen != 5 {
		t.Fatalf("run: %v after %d events, want all 5 then cancel", err, seen)
	}
	want := []time.Duration{time.Millisecond, 2 * time.Millisecond, 4 * time.Millisecond, 4 * time.Millisecond}
	if !slices.Equal(waits, want) || flaky.fails != 4 {
		t.Fatalf("retry waits %v (%d failures), want %v", waits, flaky.fails, want)
	}
}
