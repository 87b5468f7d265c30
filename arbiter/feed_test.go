package arbiter

import (
	"context"
	"math/big"
	"testing"

	"github.com/ovig/ovig/chain"
)

func TestFeed(t *testing.T) {
	opened := func(id int64) chain.DisputeOpened {
		return chain.DisputeOpened{JobID: big.NewInt(1), DisputeID: big.NewInt(id), Interval: 3, Endpoint: 4, Root: [32]byte{5}, Deadline: 99}
	}
	// A challenge joining an open dispute (or opening it) needs no replay of its own: only
	// DisputeOpened is forwarded.
	joined := chain.ChallengeOpened{JobID: big.NewInt(1), ChallengeID: big.NewInt(9), DisputeID: big.NewInt(1), Interval: 3}
	u := chain.Update{Events: []chain.Event{
		{Name: "DisputeOpened", Value: opened(1)},
		{Name: "ChallengeOpened", Value: joined},
		{Name: "IntervalsCommitted", Value: chain.IntervalsCommitted{}},
		{Name: "DisputeOpened", Value: opened(2), Removed: true},
		{Name: "ChallengeOpened", Value: joined},
		{Name: "DisputeOpened", Value: opened(3)},
	}}
	out := make(chan Dispute, 4)
	if err := Feed(out)(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	close(out)
	var got []int64
	for d := range out {
		if d.JobID.Int64() != 1 || d.Interval != 3 || d.Root != [32]byte{5} || d.Deadline != 99 {
			t.Fatalf("dispute %+v", d)
		}
		got = append(got, d.DisputeID.Int64())
	}
	if len(got) != 2 || got[0] != 1 || got[1] != 3 {
		t.Fatalf("forwarded disputes %v, want [1 3]", got)
	}
	// A full channel does not outlive the context.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Feed(make(chan Dispute))(ctx, u); err == nil {
		t.Fatal("blocked feed ignored its context")
	}
}
