package challenger

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

func openTestStore(t *testing.T, path string) *Store {
	t.Helper()
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func h(b byte) evidence.Hash32 { return evidence.Hash32{b} }

// Everything written survives closing and reopening the file.
func TestStoreReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	s := openTestStore(t, path)
	job := big.NewInt(3)
	ctx := context.Background()
	if c, err := s.Cursor().Load(ctx); err != nil || c != nil {
		t.Fatalf("fresh cursor %v %v", c, err)
	}
	cur := &chain.Cursor{Next: 17, Recent: []chain.BlockRecord{{BlockRef: chain.BlockRef{Number: 16, Hash: common.Hash{1}}}}}
	if err := s.Cursor().Save(ctx, cur); err != nil {
		t.Fatal(err)
	}
	jr := JobRecord{Status: chain.StatusAccepted, FinalizeBy: 99, ChallengerBond: big.NewInt(5e15), EvidenceURI: "http://x"}
	if err := s.PutJob(job, jr); err != nil {
		t.Fatal(err)
	}
	for _, b := range []chain.BatchRef{{Index: 0, First: 0, Roots: [][32]byte{h(0), h(1)}}, {Index: 1, First: 2, Roots: [][32]byte{h(2), h(3), h(4)}}} {
		if err := s.PutBatch(job, b); err != nil {
			t.Fatal(err)
		}
	}
	err := s.UpdateInterval(job, 2, func(r *IntervalRecord) error {
		r.Root, r.Sampled = h(3), true
		r.Audit = &AuditRecord{Finding: Finding{Outcome: evidence.Fraud, WorstRatio: 7.5}, Action: Challenge}
		r.Challenge = &ChallengeRecord{State: StateIntent}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openTestStore(t, path)
	defer s.Close()
	if c, err := s.Cursor().Load(ctx); err != nil || c.Next != 17 || len(c.Recent) != 1 || c.Recent[0].Hash != (common.Hash{1}) {
		t.Fatalf("cursor %+v %v", c, err)
	}
	got, ok, err := s.Job(job)
	if err != nil || !ok || got.Status != chain.StatusAccepted || got.ChallengerBond.Cmp(jr.ChallengerBond) != 0 || got.EvidenceURI != "http://x" {
		t.Fatalf("job %+v %v %v", got, ok, err)
	}
	if _, ok, _ := s.Job(big.NewInt(4)); ok {
		t.Fatal("unknown job found")
	}
	for e, want := range map[uint64]byte{0: 0, 1: 1, 2: 2, 4: 4} {
		r, ok, err := s.EndpointRoot(job, e)
		if err != nil || !ok || r != h(want) {
			t.Fatalf("endpoint %d: %v %v %v", e, r, ok, err)
		}
	}
	if _, ok, _ := s.EndpointRoot(job, 5); ok {
		t.Fatal("endpoint 5 found")
	}
	if b, ok, _ := s.BatchOf(job, 3); !ok || b.Index != 1 {
		t.Fatalf("batch of 3: %+v", b)
	}
	r, ok, err := s.Interval(job, 2)
	if err != nil || !ok || !r.Sampled || r.Audit.Outcome != evidence.Fraud || r.Audit.WorstRatio != 7.5 || r.Challenge.State != StateIntent {
		t.Fatalf("interval %+v %v %v", r, ok, err)
	}
	var keys []IntervalKey
	if err := s.ForEachInterval(func(k IntervalKey, _ IntervalRecord) error { keys = append(keys, k); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || keys[0].JobID.Cmp(job) != 0 || keys[0].Interval != 2 {
		t.Fatalf("keys %v", keys)
	}
}

// A failing update writes nothing, and markOpened counts a challenge once.
func TestStoreUpdateAtomic(t *testing.T) {
	s := openTestStore(t, filepath.Join(t.TempDir(), "state.db"))
	defer s.Close()
	job := big.NewInt(1)
	boom := func(r *IntervalRecord) error { r.Sampled = true; return errTest }
	if err := s.UpdateInterval(job, 0, boom); err == nil {
		t.Fatal("error swallowed")
	}
	if _, ok, _ := s.Interval(job, 0); ok {
		t.Fatal("failed update was written")
	}
	var first, second bool
	_ = s.UpdateInterval(job, 0, func(r *IntervalRecord) error { first = r.markOpened(big.NewInt(9)); return nil })
	_ = s.UpdateInterval(job, 0, func(r *IntervalRecord) error { second = r.markOpened(big.NewInt(9)); return nil })
	if !first || second {
		t.Fatalf("markOpened %v then %v", first, second)
	}
	if err := s.UpdateJob(job, func(*JobRecord) error { return nil }); err == nil {
		t.Fatal("update of unknown job accepted")
	}
	if _, _, err := s.Job(big.NewInt(-1)); err == nil {
		t.Fatal("negative job id accepted")
	}
}
