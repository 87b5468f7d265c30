package test

import (
	"context"
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ovig/ovig/chain/anvil"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/devnet"
)

// TestServingSpotCheckedAndSlashed trains two honest MLP jobs through the devnet, then serves
// both final models before their windows end: one honestly (the watchtower opens every record
// and challenges none), one with the initial weights substituted (challenged by the watchtower
// service, judged Fraud by the arbiters, slashed). The honest job then settles and is paid.
func TestServingSpotCheckedAndSlashed(t *testing.T) {
	ch, keys := simulated(t, 8)
	serveAndSlash(t, ch, keys)
}

// TestAnvilServingSpotCheckedAndSlashed is the same game on a real anvil node.
func TestAnvilServingSpotCheckedAndSlashed(t *testing.T) {
	url, keys := anvil.Start(t)
	ch, err := chain.Dial(t.Context(), url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	serveAndSlash(t, ch, keys)
}

func serveAndSlash(t *testing.T, ch *chain.Chain, keys []*ecdsa.PrivateKey) {
	t.Helper()
	d := deploy(t, ch, keys, 1, 1, 3, 2)
	honest, subst := d.add(mlpJob(t, "serve-honest", "honest")), d.add(mlpJob(t, "serve-subst", "honest"))
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Minute)
	defer cancel()
	if err := d.WaitFinalized(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.WaitQuiet(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := d.ServeJob(ctx, honest, devnet.ServeSpec{Requests: 8})
	if err != nil {
		t.Fatal(err)
	}
	if s.Checked != 8 || s.Challenged != 0 || s.Status != chain.StatusFinalized {
		t.Fatalf("honest serving: %+v", s)
	}
	s, err = d.ServeJob(ctx, subst, devnet.ServeSpec{Requests: 8, Behaviour: "substitute:init"})
	if err != nil {
		t.Fatal(err)
	}
	if s.Challenged != 1 || s.Resolved != 1 || s.Outcomes["Fraud"] < 2 || s.Status != chain.StatusFraudulent {
		t.Fatalf("substituted serving: %+v", s)
	}
	if err := d.CloseWindows(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	outs, err := d.Outcomes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 2 || outs[0].Status != "Settled" || outs[1].Status != "Fraudulent" {
		for _, o := range outs {
			t.Logf("%+v", o)
		}
		t.Fatal("want the honest server settled and the substituting one slashed")
	}
}
