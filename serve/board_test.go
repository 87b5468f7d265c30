package serve

import (
	"context"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/chain"
)

// TestPeerBoardQuorum: two arbiters in separate boards reach a quorum by pulling each other's
// verdicts over HTTP, and the verdict survives the round trip bit for bit (same digest).
func TestPeerBoardQuorum(t *testing.T) {
	ctx := context.Background()
	chainID, contract := big.NewInt(1337), common.Address{7}
	v := chain.InferenceVerdict{JobID: big.NewInt(3), DisputeID: big.NewInt(5), Batch: 1, BatchRoot: [32]byte{4}, Record: 2,
		BoundHash: [32]byte{6}, Outcome: chain.OutcomeFraud, BlockIndex: 1, Distance: new(big.Int).Lsh(big.NewInt(1), 255), Bound: big.NewInt(1e18), ReplayDigest: [32]byte{8}}
	var arbiters []common.Address
	var boards []*MemoryBoard
	for range 2 {
		k, _ := crypto.GenerateKey()
		arbiters = append(arbiters, crypto.PubkeyToAddress(k.PublicKey))
		sig, err := chain.SignVerdict(k, v.Digest(chainID, contract))
		if err != nil {
			t.Fatal(err)
		}
		b := NewMemoryBoard()
		if err := b.Post(ctx, SignedVerdict{Verdict: v, Signature: sig}); err != nil {
			t.Fatal(err)
		}
		boards = append(boards, b)
	}
	peer := httptest.NewServer(BoardHandler(boards[1]))
	defer peer.Close()
	pb := &PeerBoard{Local: boards[0], Peers: []string{peer.URL, "http://127.0.0.1:1"}}
	entries, err := pb.Fetch(ctx, v.DisputeID)
	if err == nil {
		t.Fatal("the unreachable peer's error was dropped")
	}
	if len(entries) != 2 {
		t.Fatalf("%d entries, want 2", len(entries))
	}
	got, sigs, ok := InferenceQuorum(chainID, contract, entries, arbiters, 2)
	if !ok || len(sigs) != 2 || got.Digest(chainID, contract) != v.Digest(chainID, contract) {
		t.Fatalf("quorum %v with %d signatures", ok, len(sigs))
	}
	if vs, err := (&PeerBoard{Local: NewMemoryBoard(), Peers: []string{peer.URL}}).Fetch(ctx, big.NewInt(6)); err != nil || len(vs) != 0 {
		t.Fatalf("another dispute: %d entries, %v", len(vs), err)
	}
}
