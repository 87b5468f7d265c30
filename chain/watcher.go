package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// BlockRef names one block.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// BlockRecord is a delivered block the watcher remembers to detect reorgs: every range end
// and every block that carried registry logs, with those logs (to report them removed).
type BlockRecord struct {
	BlockRef
	Logs []types.Log `json:"logs,omitempty"`
}

// Cursor is the watcher's persistent position: the next block to deliver and the recent
// delivered blocks, oldest first.
type Cursor struct {
	Next   uint64        `json:"next"`
	Recent []BlockRecord `json:"recent"`
}

// CursorStore persists the watcher's cursor so a restarted watcher resumes where it stopped.
// Load returns nil, nil when nothing was saved yet.
type CursorStore interface {
	Load(ctx context.Context) (*Cursor, error)
	Save(ctx context.Context, c *Cursor) error
}

// Event is one decoded registry log. Value is one of this package's event types, e.g.
// IntervalsCommitted. Removed events were delivered before and are no
// longer on the canonical chain: the consumer must undo what it did with them.
type Event struct {
	Name    string
	Value   any
	Log     types.Log
	Removed bool
}

// Reorg describes delivered blocks that left the canonical chain. From..To is the span the
// watcher rewinds and delivers again (its start may still be canonical, but carried no
// events); Blocks are the recorded blocks that were removed, including every one that carried
// events.
type Reorg struct {
	From, To uint64
	Blocks   []BlockRef
}

// Update is what one watcher step delivers: either the events of the new confirmed blocks
// From..To, or (Reorg set) the removal of events from blocks that left the canonical chain.
type Update struct {
	From, To uint64
	Reorg    *Reorg
	Events   []Event
}

// WatcherOptions configures a Watcher.
type WatcherOptions struct {
	// Confirmations: blocks are delivered only up to head - Confirmations. The simulated chain
	// makes blocks only on demand and reorgs only when forked: use 0 there.
	Confirmations uint64
	// MaxRange bounds one eth_getLogs query; default 1000 blocks.
	MaxRange uint64
	// StartBlock is where a watcher without a saved cursor starts (e.g. the deploy block).
	StartBlock uint64
	// History is how many blocks back reorgs are detected; default 256.
	History uint64
	// PollInterval is Run's wait when caught up; default 2s.
	PollInterval time.Duration
	// MaxBackoff caps Run's wait after failed steps, which doubles from PollInterval; default
	// one minute.
	MaxBackoff time.Duration
	// OnError, if set, hears every failed step that Run retries (a dropped RPC connection, a
	// handler error), with the wait before the next try.
	OnError func(err error, retryIn time.Duration)
}

// ErrReorgTooDeep means the chain diverged below every block the watcher remembers.
var ErrReorgTooDeep = errors.New("reorg deeper than the watcher's history")

// Watcher follows the registry's logs in bounded block ranges from a stored cursor, only up to
// head - Confirmations, and detects reorgs by re-checking the hashes of recently delivered
// blocks. Delivery is at least once: the cursor is saved after the handler returns.
type Watcher struct {
	client   Client
	registry common.Address
	store    CursorStore
	opts     WatcherOptions
	events   *EventDecoder
	cur      *Cursor
}

// NewWatcher returns a watcher of the registry at addr.
func NewWatcher(client Client, registry common.Address, store CursorStore, opts WatcherOptions) *Watcher {
	if opts.MaxRange == 0 {
		opts.MaxRange = 1000
	}
	if opts.History == 0 {
		opts.History = 256
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = 2 * time.Second
	}
	if opts.MaxBackoff < opts.PollInterval {
		opts.MaxBackoff = max(time.Minute, opts.PollInterval)
	}
	return &Watcher{client: client, registry: registry, store: store, opts: opts, events: NewEventDecoder()}
}

// Handler consumes one update. An error stops the step without saving the cursor, so the same
// update is delivered again.
type Handler func(ctx context.Context, u Update) error

// Run steps until ctx ends, waiting PollInterval whenever it is caught up. A failed step (the
// node unreachable, a handler error) is retried with a doubling wait up to MaxBackoff, since the
// cursor only moves after a successful delivery; Run stops only on what retrying cannot heal: a
// reorg deeper than the watcher's history.
func (w *Watcher) Run(ctx context.Context, h Handler) error {
	wait := w.opts.PollInterval
	for {
		advanced, err := w.Step(ctx, h)
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, ErrReorgTooDeep):
			return err
		case err != nil:
			if w.opts.OnError != nil {
				w.opts.OnError(err, wait)
			}
			if !sleep(ctx, wait) {
				return ctx.Err()
			}
			wait = min(2*wait, w.opts.MaxBackoff)
			continue
		}
		wait = w.opts.PollInterval
		if advanced {
			continue
		}
		if !sleep(ctx, w.opts.PollInterval) {
			return ctx.Err()
		}
	}
}

// sleep waits d or until ctx ends; it reports whether the wait completed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func (w *Watcher) Cursor(ctx context.Context) (Cursor, error) {
	if err := w.load(ctx); err != nil {
		return Cursor{}, err
	}
	return cloneCursor(w.cur), nil
}

func (w *Watcher) load(ctx context.Context) error {
	if w.cur != nil {
		return nil
	}
	c, err := w.store.Load(ctx)
	if err != nil {
		return fmt.Errorf("watcher: load cursor: %w", err)
	}
	if c == nil {
		c = &Cursor{Next: w.opts.StartBlock}
	}
	w.cur = c
	return nil
}

// Step delivers at most one update: removed events if a reorg is detected, otherwise the
// events of the next confirmed range. It reports whether it delivered anything.
func (w *Watcher) Step(ctx context.Context, h Handler) (bool, error) {
	if err := w.load(ctx); err != nil {
		return false, err
	}
	if u, next, err := w.checkReorg(ctx); err != nil || u != nil {
		if err != nil {
			return false, err
		}
		return true, w.deliver(ctx, h, *u, next)
	}
	head, err := w.client.BlockNumber(ctx)
	if err != nil {
		return false, fmt.Errorf("watcher: head: %w", err)
	}
	if head < w.opts.Confirmations {
		return false, nil
	}
	safe := head - w.opts.Confirmations
	from := w.cur.Next
	if from > safe {
		return false, nil
	}
	to := min(safe, from+w.opts.MaxRange-1)
	u, next, err := w.fetch(ctx, from, to)
	if err != nil || u == nil {
		return false, err
	}
	return true, w.deliver(ctx, h, *u, next)
}

func (w *Watcher) deliver(ctx context.Context, h Handler, u Update, next *Cursor) error {
	if err := h(ctx, u); err != nil {
		return fmt.Errorf("watcher: handler: %w", err)
	}
	if err := w.store.Save(ctx, next); err != nil {
		return fmt.Errorf("watcher: save cursor: %w", err)
	}
	w.cur = next
	return nil
}

// canonical reports whether ref is still the canonical block at its height.
func (w *Watcher) canonical(ctx context.Context, ref BlockRef) (bool, error) {
	hdr, err := w.client.HeaderByNumber(ctx, new(big.Int).SetUint64(ref.Number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil // the chain is now shorter than this block
	}
	if err != nil {
		return false, fmt.Errorf("watcher: header %d: %w", ref.Number, err)
	}
	return hdr.Hash() == ref.Hash, nil
}

// checkReorg compares the newest recorded block with the chain; on a mismatch it walks back to
// the newest record that is still canonical and returns the removal update and new cursor.
func (w *Watcher) checkReorg(ctx context.Context) (*Update, *Cursor, error) {
	rec := w.cur.Recent
	if len(rec) == 0 {
		return nil, nil, nil
	}
	ok, err := w.canonical(ctx, rec[len(rec)-1].BlockRef)
	if err != nil || ok {
		return nil, nil, err
	}
	keep := -1
	for i := len(rec) - 2; i >= 0; i-- {
		ok, err := w.canonical(ctx, rec[i].BlockRef)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			keep = i
			break
		}
	}
	if keep < 0 {
		return nil, nil, fmt.Errorf("watcher: block %d (%s) left the chain: %w", rec[0].Number, rec[0].Hash, ErrReorgTooDeep)
	}
	ancestor := rec[keep].Number
	r := &Reorg{From: ancestor + 1, To: w.cur.Next - 1}
	u := &Update{Reorg: r}
	for _, b := range rec[keep+1:] {
		r.Blocks = append(r.Blocks, b.BlockRef)
		for _, l := range b.Logs {
			ev, err := w.decode(l)
			if err != nil {
				return nil, nil, err
			}
			ev.Removed = true
			u.Events = append(u.Events, ev)
		}
	}
	next := &Cursor{Next: ancestor + 1, Recent: append([]BlockRecord(nil), rec[:keep+1]...)}
	return u, next, nil
}

// fetch reads the logs of from..to and the new cursor. It returns nil if the chain changed at
// `to` while reading, so the next step retries on a consistent view.
func (w *Watcher) fetch(ctx context.Context, from, to uint64) (*Update, *Cursor, error) {
	toNum := new(big.Int).SetUint64(to)
	before, err := w.client.HeaderByNumber(ctx, toNum)
	if err != nil {
		return nil, nil, fmt.Errorf("watcher: header %d: %w", to, err)
	}
	logs, err := w.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   toNum,
		Addresses: []common.Address{w.registry},
	})
	if err != nil {
		return nil, nil, fmt.Errorf("watcher: logs %d..%d: %w", from, to, err)
	}
	after, err := w.client.HeaderByNumber(ctx, toNum)
	if err != nil {
		return nil, nil, fmt.Errorf("watcher: header %d: %w", to, err)
	}
	if before.Hash() != after.Hash() {
		return nil, nil, nil
	}
	// The last delivered block must still be canonical too, or this range would continue a
	// branch that is gone; the next step's reorg check handles it.
	if n := len(w.cur.Recent); n > 0 {
		ok, err := w.canonical(ctx, w.cur.Recent[n-1].BlockRef)
		if err != nil || !ok {
			return nil, nil, err
		}
	}
	u := &Update{From: from, To: to}
	next := cloneCursor(w.cur)
	next.Next = to + 1
	for _, l := range logs {
		if l.Removed {
			continue
		}
		ev, err := w.decode(l)
		if err != nil {
			return nil, nil, err
		}
		u.Events = append(u.Events, ev)
		if n := len(next.Recent); n > 0 && next.Recent[n-1].Number == l.BlockNumber {
			next.Recent[n-1].Logs = append(next.Recent[n-1].Logs, l)
			continue
		}
		next.Recent = append(next.Recent, BlockRecord{BlockRef: BlockRef{Number: l.BlockNumber, Hash: l.BlockHash}, Logs: []types.Log{l}})
	}
	if n := len(next.Recent); n == 0 || next.Recent[n-1].Number != to {
		next.Recent = append(next.Recent, BlockRecord{BlockRef: BlockRef{Number: to, Hash: before.Hash()}})
	}
	next.Recent = pruneRecords(next.Recent, to, w.opts.History)
	return u, &next, nil
}

// pruneRecords drops records older than history blocks below head, always keeping the newest.
func pruneRecords(rec []BlockRecord, head, history uint64) []BlockRecord {
	i := 0
	for i < len(rec)-1 && rec[i].Number+history < head {
		i++
	}
	return rec[i:]
}

func (w *Watcher) decode(l types.Log) (Event, error) {
	v, err := w.events.Decode(l)
	if err != nil {
		return Event{}, fmt.Errorf("watcher: %w", err)
	}
	return Event{Name: w.events.Name(&l), Value: v, Log: l}, nil
}

func cloneCursor(c *Cursor) Cursor {
	out := Cursor{Next: c.Next, Recent: make([]BlockRecord, len(c.Recent))}
	for i, r := range c.Recent {
		out.Recent[i] = BlockRecord{BlockRef: r.BlockRef, Logs: append([]types.Log(nil), r.Logs...)}
	}
	return out
}

// MemoryCursorStore keeps the cursor in memory (tests, one-shot tools).
type MemoryCursorStore struct {
	mu  sync.Mutex
	cur *Cursor
}

// Load returns the saved cursor, nil if none.
func (m *MemoryCursorStore) Load(context.Context) (*Cursor, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur == nil {
		return nil, nil
	}
	c := cloneCursor(m.cur)
	return &c, nil
}

// Save stores a copy of c.
func (m *MemoryCursorStore) Save(_ context.Context, c *Cursor) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	cc := cloneCursor(c)
	m.cur = &cc
	return nil
}

// FileCursorStore keeps the cursor as JSON in one file, replaced atomically on save.
type FileCursorStore struct{ Path string }

// Load reads the cursor file; a missing file means no cursor yet.
func (f FileCursorStore) Load(context.Context) (*Cursor, error) {
	data, err := os.ReadFile(f.Path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var c Cursor
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("cursor file %s: %w", f.Path, err)
	}
	return &c, nil
}

// Save writes the cursor to a temporary file, syncs it and renames it over the old one.
func (f FileCursorStore) Save(_ context.Context, c *Cursor) error {
	data, err := json.Marshal(c)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(f.Path), ".cursor-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), f.Path)
}
