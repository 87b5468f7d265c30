package arbiter

import (
	"context"
	"errors"
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
	c := f.reg.challenges["7"]
	c.Status = 2
	f.reg.challenges["7"] = c
	if r, err := NewCollector(p, f.reg).TryResolve(ctx, id); err != nil || r != Closed {
		t.Fatalf("already resolved: %s, %v", r, err)
	}
	if len(f.reg.resolved) != 0 {
		t.Fatal("sent a resolve for a closed challenge")
	}
	if p.Len() != 0 {
		t.Fatal("a closed challenge's signatures stayed in the pool")
	}
	// Another arbiter's transaction landed between our read and ours.
	c.Status = statusOpen
	f.reg.challenges["7"] = c
	fill(p)
	f.reg.resolveErr = &chain.RevertError{Name: "ChallengeNotOpen"}
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
