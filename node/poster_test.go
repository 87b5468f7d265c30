package node

import (
	"testing"
	"time"

	"github.com/ovig/ovig/bindings"
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

func TestParseBehaviour(t *testing.T) {
	for _, name := range BehaviourNames() {
		if _, ok := behaviourDoc(name); !ok {
			t.Errorf("behaviour %q is listed but undocumented", name)
		}
	}
	good := map[string]Behaviour{
		"honest":      {Name: "honest"},
		"skip":        {Name: "skip", Strength: 0.5},
		"poison:0.25": {Name: "poison", Strength: 0.25},
		"lr:1":        {Name: "lr", Strength: 1},
	}
	for in, want := range good {
		got, err := ParseBehaviour(in)
		if err != nil || got != want {
			t.Errorf("ParseBehaviour(%q) = %+v, %v; want %+v", in, got, err, want)
		}
		if in != "honest" && got.Hooks() == nil {
			t.Errorf("%q has no hooks", in)
		}
	}
	for _, in := range []string{"", "bogus", "skip:0", "skip:1.5", "skip:x", "honest:0.1"} {
		if _, err := ParseBehaviour(in); err == nil {
			t.Errorf("ParseBehaviour(%q) accepted", in)
		}
	}
	if (Behaviour{Name: "honest"}).Hooks() != nil {
		t.Error("honest training must have no hooks")
	}
}

func TestSkipShareIsRoughlyTheStrength(t *testing.T) {
	h := Behaviour{Name: "skip", Strength: 0.3}.Hooks()
	skipped := 0
	for step := uint64(0); step < 10000; step++ {
		if h.Skip(step) {
			skipped++
		}
	}
	if skipped < 2700 || skipped > 3300 {
		t.Errorf("skip:0.3 skipped %d of 10000 steps", skipped)
	}
}

func TestNextSettleStep(t *testing.T) {
	fin := bindings.JobView{Status: statusFinalized, WindowEnd: 100}
	open := fin
	open.OpenChallenges = 1
	cases := []struct {
		name string
		v    bindings.JobView
		now  uint64
		want SettleStep
	}{
		{"accepted", bindings.JobView{Status: statusAccepted}, 500, SettleWait},
		{"window open (inclusive end)", fin, 100, SettleWait},
		{"window closed", fin, 101, SettleNow},
		{"challenge pending", open, 101, SettleWait},
		{"settled", bindings.JobView{Status: statusSettled}, 0, SettleDone},
		{"slashed", bindings.JobView{Status: statusFraudulent}, 0, SettleDone},
		{"cancelled", bindings.JobView{Status: statusCancelled}, 0, SettleDone},
	}
	for _, c := range cases {
		if got := NextSettleStep(c.v, c.now); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
