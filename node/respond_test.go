package node_test

import (
	"testing"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/node"
)

func TestNextDisputeMove(t *testing.T) {
	open := chain.Dispute{Status: chain.DisputeStatusOpen, RespondBy: 100, NameBy: 200, Deadline: 400}
	with := func(f func(*chain.Dispute)) chain.Dispute { d := open; f(&d); return d }
	for _, c := range []struct {
		name string
		d    chain.Dispute
		now  uint64
		want node.DisputeMove
	}{
		{"just opened", open, 10, node.DisputeRespond},
		{"last second to respond", open, 100, node.DisputeRespond},
		{"window passed unanswered", open, 101, node.DisputeLost},
		{"responded, naming open", with(func(d *chain.Dispute) { d.Responded = true }), 150, node.DisputeWait},
		{"responded, nothing named in time", with(func(d *chain.Dispute) { d.Responded = true }), 201, node.DisputeTimeout},
		{"responded, a step named", with(func(d *chain.Dispute) { d.Responded = true; d.StepsNamed = 1 }), 201, node.DisputeWait},
		{"resolved", with(func(d *chain.Dispute) { d.Status = chain.DisputeStatusResolved }), 10, node.DisputeWait},
	} {
		if got := node.NextDisputeMove(c.d, c.now); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
