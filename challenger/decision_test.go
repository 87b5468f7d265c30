package challenger

import (
	"math/big"
	"testing"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

func TestDecide(t *testing.T) {
	base := Situation{
		Status: chain.StatusFinalized, FinalizeBy: 100, WindowEnd: 200, Now: 150,
		Balance: big.NewInt(1000), Bond: big.NewInt(600), GasReserve: big.NewInt(100),
	}
	with := func(f func(*Situation)) Situation { s := base; f(&s); return s }
	cases := []struct {
		name string
		s    Situation
		o    evidence.Outcome
		want Action
	}{
		{"honest", base, evidence.Honest, Ignore},
		{"fraud", base, evidence.Fraud, Challenge},
		{"unavailable", base, evidence.Unavailable, Challenge},
		{"invalid", base, evidence.Invalid, Challenge},
		{"malformed", base, evidence.Malformed, Challenge},
		{"unknown outcome", base, evidence.Outcome(0), Alert},
		{"ours already", with(func(s *Situation) { s.Ours = true; s.OpenChallenge = true }), evidence.Fraud, Ignore},
		// Someone else's dispute may name an honest step (a provider's sybil would): join it.
		{"someone else open", with(func(s *Situation) { s.OpenChallenge = true }), evidence.Fraud, Challenge},
		{"slashed", with(func(s *Situation) { s.Status = chain.StatusFraudulent }), evidence.Fraud, StandDown},
		{"settled", with(func(s *Situation) { s.Status = chain.StatusSettled }), evidence.Fraud, Alert},
		{"cancelled", with(func(s *Situation) { s.Status = chain.StatusCancelled }), evidence.Malformed, Alert},
		{"created", with(func(s *Situation) { s.Status = chain.StatusCreated }), evidence.Fraud, Alert},
		{"window last second", with(func(s *Situation) { s.Now = 200 }), evidence.Fraud, Challenge},
		{"window closed", with(func(s *Situation) { s.Now = 201 }), evidence.Fraud, Alert},
		{"accepted in time", with(func(s *Situation) { s.Status = chain.StatusAccepted; s.Now = 100 }), evidence.Fraud, Challenge},
		{"accepted late", with(func(s *Situation) { s.Status = chain.StatusAccepted; s.Now = 101 }), evidence.Fraud, Alert},
		{"watch only", with(func(s *Situation) { s.WatchOnly = true }), evidence.Fraud, Alert},
		{"exact funds", with(func(s *Situation) { s.Balance = big.NewInt(700) }), evidence.Fraud, Challenge},
		{"short funds", with(func(s *Situation) { s.Balance = big.NewInt(699) }), evidence.Fraud, Alert},
		{"nil balance", with(func(s *Situation) { s.Balance = nil }), evidence.Fraud, Alert},
		{"honest while closed", with(func(s *Situation) { s.Status = chain.StatusSettled }), evidence.Honest, Ignore},
		// The stake cap: open bonds on one job never exceed what its provider bond can pay.
		{"first stake within bond", with(func(s *Situation) { s.ProviderBond = big.NewInt(600) }), evidence.Fraud, Challenge},
		{"stake at bond", with(func(s *Situation) { s.ProviderBond = big.NewInt(1200); s.Staked = big.NewInt(600) }), evidence.Fraud, Challenge},
		{"stake beyond bond", with(func(s *Situation) { s.ProviderBond = big.NewInt(1199); s.Staked = big.NewInt(600) }), evidence.Fraud, Defer},
		{"cap applies to joining", with(func(s *Situation) {
			s.ProviderBond = big.NewInt(1)
			s.Staked = big.NewInt(600)
			s.OpenChallenge = true
		}), evidence.Fraud, Defer},
		{"cap never blocks an honest ignore", with(func(s *Situation) { s.ProviderBond = big.NewInt(1) }), evidence.Honest, Ignore},
	}
	for _, c := range cases {
		d := Decide(c.s, c.o)
		if d.Action != c.want {
			t.Errorf("%s: got %s (%s), want %s", c.name, d.Action, d.Reason, c.want)
		}
		if d.Reason == "" {
			t.Errorf("%s: empty reason", c.name)
		}
	}
}

func TestDeadline(t *testing.T) {
	if d, ok := Deadline(chain.StatusAccepted, 10, 0); !ok || d != 10 {
		t.Errorf("accepted: %d %v", d, ok)
	}
	if d, ok := Deadline(chain.StatusFinalized, 10, 30); !ok || d != 30 {
		t.Errorf("finalized: %d %v", d, ok)
	}
	for _, s := range []chain.JobStatus{chain.StatusNone, chain.StatusCreated, chain.StatusFraudulent, chain.StatusSettled, chain.StatusCancelled} {
		if _, ok := Deadline(s, 10, 30); ok {
			t.Errorf("%s has a deadline", s)
		}
	}
}
