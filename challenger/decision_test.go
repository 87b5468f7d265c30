package challenger

import (
	"math/big"
	"testing"
)

func TestDecide(t *testing.T) {
	base := Situation{
		Status: StatusFinalized, FinalizeBy: 100, WindowEnd: 200, Now: 150,
		Balance: big.NewInt(1000), Bond: big.NewInt(600), GasReserve: big.NewInt(100),
	}
	with := func(f func(*Situation)) Situation { s := base; f(&s); return s }
	cases := []struct {
		name string
		s    Situation
		o    Outcome
		want Action
	}{
		{"honest", base, OutcomeHonest, Ignore},
		{"fraud", base, OutcomeFraud, Challenge},
		{"unavailable", base, OutcomeUnavailable, Challenge},
		{"invalid", base, OutcomeInvalid, Challenge},
		{"malformed", base, OutcomeMalformed, Challenge},
		{"unknown outcome", base, Outcome(0), Alert},
		{"ours already", with(func(s *Situation) { s.Ours = true; s.OpenChallenge = true }), OutcomeFraud, Ignore},
		// Someone else's dispute may name an honest step (a provider's sybil would): join it.
		{"someone else open", with(func(s *Situation) { s.OpenChallenge = true }), OutcomeFraud, Challenge},
		{"slashed", with(func(s *Situation) { s.Status = StatusFraudulent }), OutcomeFraud, StandDown},
		{"settled", with(func(s *Situation) { s.Status = StatusSettled }), OutcomeFraud, Alert},
		{"cancelled", with(func(s *Situation) { s.Status = StatusCancelled }), OutcomeMalformed, Alert},
		{"created", with(func(s *Situation) { s.Status = StatusCreated }), OutcomeFraud, Alert},
		{"window last second", with(func(s *Situation) { s.Now = 200 }), OutcomeFraud, Challenge},
		{"window closed", with(func(s *Situation) { s.Now = 201 }), OutcomeFraud, Alert},
		{"accepted in time", with(func(s *Situation) { s.Status = StatusAccepted; s.Now = 100 }), OutcomeFraud, Challenge},
		{"accepted late", with(func(s *Situation) { s.Status = StatusAccepted; s.Now = 101 }), OutcomeFraud, Alert},
		{"watch only", with(func(s *Situation) { s.WatchOnly = true }), OutcomeFraud, Alert},
		{"exact funds", with(func(s *Situation) { s.Balance = big.NewInt(700) }), OutcomeFraud, Challenge},
		{"short funds", with(func(s *Situation) { s.Balance = big.NewInt(699) }), OutcomeFraud, Alert},
		{"nil balance", with(func(s *Situation) { s.Balance = nil }), OutcomeFraud, Alert},
		{"honest while closed", with(func(s *Situation) { s.Status = StatusSettled }), OutcomeHonest, Ignore},
		// The stake cap: open bonds on one job never exceed what its provider bond can pay.
		{"first stake within bond", with(func(s *Situation) { s.ProviderBond = big.NewInt(600) }), OutcomeFraud, Challenge},
		{"stake at bond", with(func(s *Situation) { s.ProviderBond = big.NewInt(1200); s.Staked = big.NewInt(600) }), OutcomeFraud, Challenge},
		{"stake beyond bond", with(func(s *Situation) { s.ProviderBond = big.NewInt(1199); s.Staked = big.NewInt(600) }), OutcomeFraud, Defer},
		{"cap applies to joining", with(func(s *Situation) {
			s.ProviderBond = big.NewInt(1)
			s.Staked = big.NewInt(600)
			s.OpenChallenge = true
		}), OutcomeFraud, Defer},
		{"cap never blocks an honest ignore", with(func(s *Situation) { s.ProviderBond = big.NewInt(1) }), OutcomeHonest, Ignore},
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
	if d, ok := Deadline(StatusAccepted, 10, 0); !ok || d != 10 {
		t.Errorf("accepted: %d %v", d, ok)
	}
	if d, ok := Deadline(StatusFinalized, 10, 30); !ok || d != 30 {
		t.Errorf("finalized: %d %v", d, ok)
	}
	for _, s := range []JobStatus{StatusNone, StatusCreated, StatusFraudulent, StatusSettled, StatusCancelled} {
		if _, ok := Deadline(s, 10, 30); ok {
			t.Errorf("%s has a deadline", s)
		}
	}
}
