package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/bindings"
)

// TestGasFigures measures the registry's gas from receipts on the simulated chain and on anvil
// and prints a table (go test -run GasFigures -v ./chain). Both run Osaka rules, so the
// figures must agree, except that signatures by other keys and commitments bound to other
// addresses cost slightly different calldata; batching must amortize.
func TestGasFigures(t *testing.T) {
	sim := gasFigures(t, newSimEnv(t))
	anv := gasFigures(t, anvilEnv(t))
	for k, g := range sim {
		tol := uint64(0)
		// Signatures by other keys, and commitments bound to other challenger addresses, are
		// other calldata bytes.
		if strings.HasPrefix(k, "resolve") || strings.HasPrefix(k, "commitChallenge") || strings.HasPrefix(k, "commit + reveal") {
			tol = 200
		}
		if max(anv[k], g)-min(anv[k], g) > tol {
			t.Errorf("%s: %d gas on the simulated chain, %d on anvil", k, g, anv[k])
		}
	}
}

func gasFigures(t *testing.T, e *env) map[string]uint64 {
	ctx := context.Background()
	figures := map[string]uint64{}
	last := func() uint64 { return e.receipts[len(e.receipts)-1].GasUsed }
	var rows []string
	row := func(what string, gas uint64, per string) {
		figures[what] = gas
		rows = append(rows, fmt.Sprintf("%-44s %9d %s", what, gas, per))
	}

	sizes := []uint64{1, 16, 64, 256}
	var total uint64
	for _, s := range sizes {
		total += s
	}
	p := e.params((total-1)*10, 10, 1, 1)
	id, err := e.owner.CreateJob(ctx, p, ether(10))
	if err != nil {
		t.Fatal(err)
	}
	row("createJob (1 arbiter)", last(), "")
	if err := e.provider.Accept(ctx, id, p.ProviderBond, evidenceURI); err != nil {
		t.Fatal(err)
	}
	row("accept", last(), "")
	perInterval := map[uint64]uint64{}
	var batches []BatchRef
	first := uint64(0)
	for i, s := range sizes {
		b := BatchRef{Index: uint64(i), First: first, Roots: roots(first, s)}
		if err := e.provider.CommitIntervalsAt(ctx, id, first, b.Roots); err != nil {
			t.Fatal(err)
		}
		perInterval[s] = last() / s
		row(fmt.Sprintf("commitIntervals, batch of %d", s), last(), fmt.Sprintf("(%d per interval)", perInterval[s]))
		batches = append(batches, b)
		first += s
	}
	if err := e.provider.Finalize(ctx, id, crypto.Keccak256Hash([]byte("final"))); err != nil {
		t.Fatal(err)
	}
	row("finalize", last(), "")

	// challenge (commit + reveal) + resolve 1-of-1 (Honest, so the job can still settle)
	b := batches[3]
	ep := b.First + 100
	o, commit, reveal := e.challengeGas(e.challenger, id, ep, b, p)
	row("commitChallenge", commit, "")
	row("challenge reveal, opens (depth 8)", reveal, "")
	row("commit + reveal, opening", commit+reveal, "")
	o2, commit2, join := e.challengeGas(e.challenger2, id, ep, b, p)
	row("challenge reveal, joins (depth 8)", join, "")
	row("commit + reveal, joining", commit2+join, "")
	e.respond(o.DisputeID, ep-1, batches, p.Stride)
	row("respond (s = 10, start in a batch of 256)", last(), "")
	e.nameStep(e.challenger, o.ChallengeID, 4)
	row("nameStep (s = 10, first namer)", last(), "")
	e.nameStep(e.challenger2, o2.ChallengeID, 4)
	row("nameStep (s = 10, second namer)", last(), "")
	e.pastNaming(o.DisputeID)
	v := e.onStep(verdict(id, o, ep-1, b.Roots[100], p, OutcomeHonest), 4)
	if err := e.other.Resolve(ctx, v, e.sign(v, 0)); err != nil {
		t.Fatal(err)
	}
	row("resolve 1-of-1 (Honest)", last(), "")
	e.claim(o.ChallengeID)
	row("claim (Honest: arbiters, provider)", last(), "")
	e.claim(o2.ChallengeID)
	e.advance(time.Duration(p.ChallengeWindow+1) * time.Second)
	if err := e.other.Settle(ctx, id); err != nil {
		t.Fatal(err)
	}
	row("settle", last(), "")
	if err := e.provider.Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	row("withdraw", last(), "")

	// resolve 2-of-3 (Fraud, with slashing); a timeout Honest on another interval first
	id2, p2, batches2 := e.acceptedJob(4, 5, 3, 2)
	o3, commit, reveal := e.challengeGas(e.challenger, id2, 2, batches2[0], p2)
	row("challenge reveal, opens (depth 3)", reveal, "")
	row("commit + reveal, opening (depth 3)", commit+reveal, "")
	o4 := e.challenge(e.challenger, id2, 3, batches2[0], p2)
	e.respond(o3.DisputeID, 1, batches2, p2.Stride)
	row("respond (s = 10, start in a batch of 5)", last(), "")
	e.respond(o4.DisputeID, 2, batches2, p2.Stride)
	e.nameStep(e.challenger, o3.ChallengeID, 9)
	v2 := e.onStep(verdict(id2, o3, 1, batches2[0].Roots[2], p2, OutcomeFraud), 9)
	e.pastNaming(o4.DisputeID)
	if err := e.other.Timeout(ctx, o4.DisputeID); err != nil {
		t.Fatal(err)
	}
	row("timeout (Honest: responded, nothing named)", last(), "")
	if err := e.other.Resolve(ctx, v2, e.sign(v2, 0, 1)); err != nil {
		t.Fatal(err)
	}
	row("resolve 2-of-3 (Fraud, slashing)", last(), "")
	e.claim(o3.ChallengeID)
	row("claim (Fraud: bond back)", last(), "")

	// s = 1000: the response proves leaves 0 and 1000 of a 1001-leaf tree (depth 10).
	p3 := e.params(4*1000, 1000, 1, 1)
	id3, err := e.owner.CreateJob(ctx, p3, ether(10))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.provider.Accept(ctx, id3, p3.ProviderBond, evidenceURI); err != nil {
		t.Fatal(err)
	}
	batches3 := []BatchRef{{Index: 0, First: 0, Roots: roots(0, 5)}}
	if err := e.provider.CommitIntervalsAt(ctx, id3, 0, batches3[0].Roots); err != nil {
		t.Fatal(err)
	}
	o5 := e.challenge(e.challenger, id3, 3, batches3[0], p3)
	o6 := e.challenge(e.challenger2, id3, 3, batches3[0], p3)
	e.respond(o5.DisputeID, 2, batches3, p3.Stride)
	row("respond (s = 1000, start in a batch of 5)", last(), "")
	e.nameStep(e.challenger, o5.ChallengeID, 999)
	row("nameStep (s = 1000, first namer)", last(), "")
	e.nameStep(e.challenger2, o6.ChallengeID, 999)
	row("nameStep (s = 1000, second namer)", last(), "")

	// A provider that never responds: the timeout slashes it.
	o7 := e.challenge(e.challenger, id3, 2, batches3[0], p3)
	d7 := e.dispute(o7.DisputeID)
	e.advance(time.Duration(d7.RespondBy-e.now()+1) * time.Second)
	if err := e.other.Timeout(ctx, o7.DisputeID); err != nil {
		t.Fatal(err)
	}
	row("timeout (Unavailable, slashing)", last(), "")

	kind := "anvil"
	if e.ch.Simulated() {
		kind = "simulated chain"
	}
	t.Logf("gas used on the %s, from receipts:\n%s", kind, strings.Join(rows, "\n"))
	if !(perInterval[256] < perInterval[64] && perInterval[64] < perInterval[16] && perInterval[16] < perInterval[1]) {
		t.Fatalf("batching does not amortize: %v", perInterval)
	}
	if perInterval[256] > 5000 {
		t.Fatalf("%d gas per interval in batches of 256: the contract should keep one slot per batch", perInterval[256])
	}
	return figures
}

// challengeGas challenges as e.challenge does and returns the gas of its commit and its reveal.
func (e *env) challengeGas(r *Registry, id *big.Int, endpoint uint64, b BatchRef, p bindings.JobParams) (Opened, uint64, uint64) {
	e.t.Helper()
	before := len(e.receipts)
	o := e.challenge(r, id, endpoint, b, p)
	if len(e.receipts) != before+2 {
		e.t.Fatalf("challenge sent %d transactions, want 2 (commit, reveal)", len(e.receipts)-before)
	}
	return o, e.receipts[before].GasUsed, e.receipts[before+1].GasUsed
}
