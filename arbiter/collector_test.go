package arbiter

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ovig/ovig/chain"
)

func TestCollectorThreshold(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	p := NewPool(f.reg)
	c := NewCollector(p, f.reg)
	id := big.NewInt(7)
	if r, err := c.TryResolve(ctx, id); err != nil || r != Pending {
		t.Fatalf("no signatures: %s, %v", r, err)
	}
	if _, err := p.Add(ctx, f.sign(t, f.keys[2], f.v)); err != nil {
		t.Fatal(err)
	}
	if r, err := c.TryResolve(ctx, id); err != nil || r != Pending {
		t.Fatalf("1 of 2 signatures: %s, %v", r, err)
	}
	if _, err := p.Add(ctx, f.sign(t, f.keys[0], f.v)); err != nil {
		t.Fatal(err)
	}
	if r, err := c.TryResolve(ctx, id); err != nil || r != Resolved {
		t.Fatalf("2 of 2 signatures: %s, %v", r, err)
	}
	if r, err := c.TryResolve(ctx, id); err != nil || r != Closed {
		t.Fatalf("again: %s, %v", r, err)
	}
	if len(f.reg.resolved) != 1 || f.reg.resolved[0].Outcome != chain.OutcomeFraud {
		t.Fatalf("resolved %d times", len(f.reg.resolved))
	}
}

func TestCollectorOthersFirst(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := big.NewInt(7)
	fill := func(p *Pool) {
		for _, k := range f.keys[:2] {
			if _, err := p.Add(ctx, f.sign(t, k, f.v)); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Another arbiter resolved before we looked: no transaction.
	p := NewPool(f.reg)
	fill(p)
	f.reg.setDispute("7", chain.DisputeStatusResolved)
	if r, err := NewCollector(p, f.reg).TryResolve(ctx, id); err != nil || r != Closed {
		t.Fatalf("already resolved: %s, %v", r, err)
	}
	if len(f.reg.resolved) != 0 {
		t.Fatal("sent a resolve for a closed dispute")
	}
	if p.Len() != 0 {
		t.Fatal("a closed dispute's signatures stayed in the pool")
	}
	// Another arbiter's transaction landed between our read and ours.
	f.reg.setDispute("7", chain.DisputeStatusOpen)
	fill(p)
	f.reg.resolveErr = &chain.RevertError{Name: "DisputeNotOpen", Args: []any{big.NewInt(7), uint8(chain.DisputeStatusResolved)}}
	if r, err := NewCollector(p, f.reg).TryResolve(ctx, id); err != nil || r != Closed || p.Len() != 0 {
		t.Fatalf("lost the race: %s, %v, pool of %d", r, err, p.Len())
	}
	fill(p)
	// Any other failure is reported and retried later.
	f.reg.resolveErr = errors.New("connection refused")
	col := NewCollector(p, f.reg)
	if r, err := col.TryResolve(ctx, id); err == nil || r != Pending {
		t.Fatalf("failed send: %s, %v", r, err)
	}
	f.reg.resolveErr = nil
	if r, err := col.TryResolve(ctx, id); err != nil || r != Resolved {
		t.Fatalf("retry: %s, %v", r, err)
	}
}

// A revert saying the dispute, its job or its deadline moved on since the collector read them
// closes the dispute for this collector; a job no longer active sends nothing.
func TestCollectorFinalReverts(t *testing.T) {
	ctx := context.Background()
	id := big.NewInt(7)
	for _, revert := range []*chain.RevertError{
		{Name: "DisputeNotOpen", Args: []any{id, uint8(chain.DisputeStatusLapsed)}},
		{Name: "InvalidJobStatus", Args: []any{big.NewInt(1), uint8(chain.StatusFraudulent)}},
		{Name: "DeadlinePassed", Args: []any{big.NewInt(1000)}},
	} {
		f := newFixture(t)
		p := NewPool(f.reg)
		for _, k := range f.keys[:2] {
			if _, err := p.Add(ctx, f.sign(t, k, f.v)); err != nil {
				t.Fatal(err)
			}
		}
		f.reg.resolveErr = fmt.Errorf("resolve dispute 7: %w", revert)
		if r, err := NewCollector(p, f.reg).TryResolve(ctx, id); err != nil || r != Closed || p.Len() != 0 {
			t.Errorf("%s: %s, %v, pool of %d; want closed and forgotten", revert.Name, r, err, p.Len())
		}
	}
	// Any other revert is reported and retried.
	f := newFixture(t)
	p := NewPool(f.reg)
	for _, k := range f.keys[:2] {
		if _, err := p.Add(ctx, f.sign(t, k, f.v)); err != nil {
			t.Fatal(err)
		}
	}
	f.reg.resolveErr = &chain.RevertError{Name: "NotEnoughSignatures"}
	if r, err := NewCollector(p, f.reg).TryResolve(ctx, id); !chain.IsRevert(err, "NotEnoughSignatures") || r != Pending || p.Len() != 1 {
		t.Errorf("other revert: %s, %v, pool of %d", r, err, p.Len())
	}
	// The job was slashed through another dispute before the collector looked: no transaction.
	f.reg.resolveErr = nil
	f.reg.setJobStatus("1", chain.StatusFraudulent)
	if r, err := NewCollector(p, f.reg).TryResolve(ctx, id); err != nil || r != Closed || len(f.reg.resolved) != 0 || p.Len() != 0 {
		t.Errorf("slashed job: %s, %v, %d resolves, pool of %d", r, err, len(f.reg.resolved), p.Len())
	}
}

// A verdict under another boundary hash than the job's never resolves: the registry (and the
// fake) check signatures against the digest of what they recorded. (The pool may refuse such a
// verdict up front; today it does not read the job's boundary hash.)
func TestCollectorResolvesRecordedVerdict(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	wrong := f.v
	wrong.BoundaryHash = [32]byte{0xbb}
	p := NewPool(f.reg)
	for _, k := range f.keys[:2] {
		if _, err := p.Add(ctx, f.sign(t, k, wrong)); err != nil && !errors.Is(err, ErrRejected) {
			t.Fatal(err)
		}
	}
	if r, _ := NewCollector(p, f.reg).TryResolve(ctx, big.NewInt(7)); r == Resolved || len(f.reg.resolved) != 0 {
		t.Fatalf("verdict under another boundary: %s, %d resolved", r, len(f.reg.resolved))
	}
}
