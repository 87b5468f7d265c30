package node

import (
	"testing"
	"time"

	"github.com/ovig/ovig/chain"
)

func TestPostPolicyTake(t *testing.T) {
	t0 := time.Unix(1000, 0)
	p := PostPolicy{BatchSize: 4, MaxDelay: time.Minute}
	cases := []struct {
		name    string
		pending int
		waited  time.Duration
		done    bool
		want    int
	}{
		{"nothing pending", 0, time.Hour, true, 0},
		{"below batch, fresh", 3, time.Second, false, 0},
		{"full batch", 4, 0, false, 4},
		{"more than a batch posts one batch", 9, 0, false, 4},
		{"delay reached posts what waits", 2, time.Minute, false, 2},
		{"done flushes", 1, 0, true, 1},
		{"done still caps at batch size", 6, 0, true, 4},
	}
	for _, c := range cases {
		if got := p.Take(c.pending, t0, t0.Add(c.waited), c.done); got != c.want {
			t.Errorf("%s: Take = %d, want %d", c.name, got, c.want)
		}
	}
	if got := (PostPolicy{BatchSize: 5000}).Take(3000, t0, t0, false); got != MaxBatch {
		t.Errorf("batch size above the registry limit: Take = %d, want %d", got, MaxBatch)
	}
	if got := (PostPolicy{}).Take(1, t0, t0, false); got != 1 {
		t.Errorf("zero batch size means one root per batch: Take = %d", got)
	}
}

func TestNextSettleStep(t *testing.T) {
	fin := chain.Job{Status: chain.StatusFinalized, WindowEnd: 100}
	open := fin
	open.OpenDisputes = 1
	cases := []struct {
		name string
		v    chain.Job
		now  uint64
		want SettleStep
	}{
		{"accepted", chain.Job{Status: chain.StatusAccepted}, 500, SettleWait},
		{"window open (inclusive end)", fin, 100, SettleWait},
		{"window closed", fin, 101, SettleNow},
		{"dispute pending", open, 101, SettleWait},
		{"settled", chain.Job{Status: chain.StatusSettled}, 0, SettleDone},
		{"slashed", chain.Job{Status: chain.StatusFraudulent}, 0, SettleDone},
		{"cancelled", chain.Job{Status: chain.StatusCancelled}, 0, SettleDone},
	}
	for _, c := range cases {
		if got := NextSettleStep(c.v, c.now); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
