package chain

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

func testTerms(e *env, n int, threshold uint8) JobTerms {
	arbs := make([]common.Address, n)
	for i := range arbs {
		arbs[i] = addr(e.arbKeys[i%len(e.arbKeys)])
	}
	return JobTerms{
		Provider:       e.provider.Sender().Address(),
		ProviderBond:   ether(2),
		ChallengerBond: ether(1),
		Arbiters:       arbs,
		Threshold:      threshold,
		AcceptWithin:   time.Hour,
		FinalizeWithin: 24 * time.Hour,
	}
}

// TestJobParams checks that JobParams refuses what the registry would refuse (non-majority
// thresholds, provider bonds below twice the challenger bond, the provider as its own arbiter)
// before anything is sent, and that what it builds the registry accepts.
func TestJobParams(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	m := evidencetest.Manifest(evidence.DefaultChunkSize)
	now := e.now()

	good := testTerms(e, 3, 2)
	p, err := JobParams(m, good, now)
	if err != nil {
		t.Fatal(err)
	}
	hash, _ := m.Hash()
	if p.ManifestHash != hash || p.BoundaryHash != m.BoundaryHash || p.TotalSteps != m.TotalSteps || p.Stride != m.Stride ||
		p.AcceptBy != now+3600 || p.FinalizeBy != now+86400 || p.ChallengeWindow != m.ChallengeWindow ||
		p.ArbitrationWindow != m.ArbitrationWindow || p.Threshold != 2 || len(p.Arbiters) != 3 {
		t.Fatalf("params %+v", p)
	}
	// The minimum provider bond (exactly twice the challenger bond) is accepted on chain.
	id, err := e.owner.CreateJob(ctx, p, ether(1))
	if err != nil {
		t.Fatal(err)
	}
	if j := e.job(id); j.ProviderBond.Cmp(MinProviderBond(good.ChallengerBond)) != 0 || j.Threshold != 2 || j.ArbiterCount != 3 {
		t.Fatalf("job %+v", j)
	}

	for _, c := range []struct {
		n         int
		threshold uint8
		ok        bool
	}{
		{1, 1, true}, {2, 2, true}, {3, 2, true}, {3, 3, true}, {4, 3, true}, {5, 3, true},
		{1, 0, false}, {2, 1, false}, {3, 1, false}, {4, 2, false}, {5, 2, false}, {3, 4, false}, {0, 0, false},
	} {
		if got := MajorityThreshold(c.threshold, c.n); got != c.ok {
			t.Errorf("MajorityThreshold(%d, %d) = %v, want %v", c.threshold, c.n, got, c.ok)
		}
	}
	if MajorityThreshold(9, MaxArbiters+1) {
		t.Error("more arbiters than the registry allows")
	}
	if got := MinProviderBond(ether(3)); got.Cmp(ether(6)) != 0 {
		t.Errorf("MinProviderBond(3 ether) = %v", got)
	}

	// Each refusal by JobParams is one by the registry too (sent with the same mutation).
	oneWeiShort := new(big.Int).Sub(MinProviderBond(good.ChallengerBond), big.NewInt(1))
	for _, c := range []struct {
		name   string
		terms  func(t *JobTerms)
		want   string // in JobParams' error
		revert string // the registry's error for the same params
	}{
		{"1 of 2", func(t *JobTerms) { t.Arbiters, t.Threshold = t.Arbiters[:2], 1 }, "strict majority", "InvalidThreshold"},
		{"2 of 4", func(t *JobTerms) { t.Arbiters = append(t.Arbiters, addr(DevKey(8))) }, "strict majority", "InvalidThreshold"},
		{"0 of 3", func(t *JobTerms) { t.Threshold = 0 }, "strict majority", "InvalidThreshold"},
		{"4 of 3", func(t *JobTerms) { t.Threshold = 4 }, "strict majority", "InvalidThreshold"},
		{"no arbiters", func(t *JobTerms) { t.Arbiters, t.Threshold = nil, 0 }, "strict majority", "InvalidArbiterCount"},
		{"provider bond one wei short", func(t *JobTerms) { t.ProviderBond = oneWeiShort }, "twice the challenger bond", "ProviderBondTooSmall"},
		{"provider bond zero", func(t *JobTerms) { t.ProviderBond = new(big.Int) }, "twice the challenger bond", "ProviderBondTooSmall"},
		{"provider as arbiter", func(t *JobTerms) { t.Arbiters[1] = t.Provider }, "cannot referee", "InvalidArbiter"},
		{"zero arbiter", func(t *JobTerms) { t.Arbiters[2] = common.Address{} }, "cannot referee", "InvalidArbiter"},
		{"no provider bond", func(t *JobTerms) { t.ProviderBond = nil }, "provider bond", ""},
		{"zero challenger bond", func(t *JobTerms) { t.ChallengerBond = new(big.Int) }, "challenger bond", "ZeroChallengerBond"},
		{"zero provider", func(t *JobTerms) { t.Provider = common.Address{} }, "provider address is zero", "ZeroProvider"},
		{"finalize before accept", func(t *JobTerms) { t.FinalizeWithin = time.Minute }, "finalize within", "InvalidDeadlines"},
	} {
		terms := good
		terms.Arbiters = append([]common.Address(nil), good.Arbiters...)
		c.terms(&terms)
		_, err := JobParams(m, terms, now)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: JobParams error %v, want one about %q", c.name, err, c.want)
		}
		if c.revert == "" {
			continue
		}
		raw := rawParams(p, terms, now)
		_, err = e.owner.CreateJob(ctx, raw, ether(1))
		if !IsRevert(err, c.revert) {
			t.Errorf("%s: registry answered %v, want %s", c.name, err, c.revert)
		}
	}
	// Windows the registry refuses.
	for name, f := range map[string]func(m *evidence.Manifest){
		"challenge window over 90 days":    func(m *evidence.Manifest) { m.ChallengeWindow = MaxChallengeWindow + 1 },
		"arbitration window over 14 days":  func(m *evidence.Manifest) { m.ArbitrationWindow = MaxArbitrationWindow + 1 },
		"challenge window of 0 s (no job)": func(m *evidence.Manifest) { m.ChallengeWindow = 0 },
	} {
		m2 := *m
		f(&m2)
		if _, err := JobParams(&m2, good, now); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// rawParams is p with the registry-relevant fields of terms t, unchecked.
func rawParams(p bindings.JobParams, t JobTerms, now uint64) bindings.JobParams {
	p.Provider, p.ProviderBond, p.ChallengerBond = t.Provider, t.ProviderBond, t.ChallengerBond
	p.Arbiters, p.Threshold = t.Arbiters, t.Threshold
	p.AcceptBy, p.FinalizeBy = now+uint64(t.AcceptWithin/time.Second), now+uint64(t.FinalizeWithin/time.Second)
	return p
}
