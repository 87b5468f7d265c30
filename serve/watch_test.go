package serve

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/infer"
)

func TestPlanChecks(t *testing.T) {
	commits := []chain.InferenceCommit{
		{First: 0, ChallengeBy: 100, Batches: []chain.RecordBatch{{Root: [32]byte{1}, Records: 64}, {Root: [32]byte{2}, Records: 64}}},
		{First: 2, ChallengeBy: 200, Batches: []chain.RecordBatch{{Root: [32]byte{3}, Records: 64}}},
	}
	all := PlanChecks([]byte("s"), commits, 0, 50, 1, 3)
	if len(all) != 192 {
		t.Fatalf("rate 1: %d picks, want 192", len(all))
	}
	for _, p := range all {
		if p.Block < 0 || p.Block >= 3 {
			t.Fatalf("block %d out of range", p.Block)
		}
	}
	if got := PlanChecks([]byte("s"), commits, 2, 50, 1, 3); len(got) != 64 || got[0].Batch != 2 {
		t.Fatalf("from 2: %d picks starting %+v", len(got), got[0])
	}
	if got := PlanChecks([]byte("s"), commits, 0, 150, 1, 3); len(got) != 64 || got[0].Batch != 2 {
		t.Fatalf("closed window kept: %d picks", len(got))
	}
	a := PlanChecks([]byte("s"), commits, 0, 50, 0.25, 3)
	b := PlanChecks([]byte("t"), commits, 0, 50, 0.25, 3)
	if len(a) < 20 || len(a) > 80 {
		t.Fatalf("rate 0.25 of 192: %d picks", len(a))
	}
	same := len(a) == len(b)
	for i := 0; same && i < len(a); i++ {
		same = a[i] == b[i]
	}
	if same {
		t.Fatal("two secrets drew the same sample")
	}
	if Challengeable(infer.Finding{Outcome: infer.Honest}) || !Challengeable(infer.Finding{Outcome: infer.Fraud}) || !Challengeable(infer.Finding{Outcome: infer.Unavailable}) {
		t.Fatal("Challengeable")
	}
}

func TestInferenceQuorum(t *testing.T) {
	chainID, contract := big.NewInt(1337), common.Address{9}
	var keys []*ecdsa.PrivateKey
	var arbiters []common.Address
	for range 4 {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		arbiters = append(arbiters, crypto.PubkeyToAddress(k.PublicKey))
	}
	fraud := chain.InferenceVerdict{JobID: big.NewInt(1), DisputeID: big.NewInt(2), Outcome: chain.OutcomeFraud, Distance: big.NewInt(3), Bound: big.NewInt(1)}
	honest := fraud
	honest.Outcome, honest.Distance = chain.OutcomeHonest, big.NewInt(0)
	sign := func(k *ecdsa.PrivateKey, v chain.InferenceVerdict) SignedVerdict {
		s, err := chain.SignVerdict(k, v.Digest(chainID, contract))
		if err != nil {
			t.Fatal(err)
		}
		return SignedVerdict{Verdict: v, Signature: s}
	}
	outsider, _ := crypto.GenerateKey()
	entries := []SignedVerdict{sign(keys[0], fraud), sign(keys[0], fraud), sign(keys[1], honest), sign(outsider, fraud)}
	if _, _, ok := InferenceQuorum(chainID, contract, entries, arbiters[:3], 2); ok {
		t.Fatal("a duplicate and an outsider made a quorum")
	}
	entries = append(entries, sign(keys[2], fraud))
	v, sigs, ok := InferenceQuorum(chainID, contract, entries, arbiters[:3], 2)
	if !ok || v.Outcome != chain.OutcomeFraud || len(sigs) != 2 {
		t.Fatalf("quorum %v, outcome %d, %d signatures", ok, v.Outcome, len(sigs))
	}
	// Signatures under another contract's domain do not count.
	if _, _, ok := InferenceQuorum(chainID, common.Address{8}, entries, arbiters[:3], 2); ok {
		t.Fatal("another domain's signatures counted")
	}
}
