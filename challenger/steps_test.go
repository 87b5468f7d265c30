package challenger

import (
	"testing"

	"github.com/ovig/ovig/chain"
)

func TestNextStepMove(t *testing.T) {
	open := chain.Dispute{Status: chain.DisputeStatusOpen, RespondBy: 100, NameBy: 200, Deadline: 400}
	with := func(f func(*chain.Dispute)) chain.Dispute { d := open; f(&d); return d }
	responded := with(func(d *chain.Dispute) { d.Responded = true })
	for _, c := range []struct {
		name string
		d    chain.Dispute
		st   chain.Stand
		now  uint64
		want StepMove
	}{
		{"provider may still respond", open, chain.Stand{}, 100, StepWait},
		{"provider missed its window", open, chain.Stand{}, 101, StepTimeout},
		{"step tree posted", responded, chain.Stand{}, 150, StepScan},
		{"last second to name", responded, chain.Stand{}, 200, StepScan},
		{"named: wait for the verdict", responded, chain.Stand{Named: true}, 150, StepWait},
		{"too late to name", responded, chain.Stand{}, 201, StepDone},
		{"closed", with(func(d *chain.Dispute) { d.Status = chain.DisputeStatusResolved }), chain.Stand{}, 10, StepDone},
		{"claimed", responded, chain.Stand{Claimed: true}, 150, StepDone},
	} {
		if got := NextStepMove(c.d, c.st, c.now); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
