package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/evidence"
)

// JobTerms are the owner's commercial choices for a job; the rest of bindings.JobParams comes
// from the manifest, so the two can never disagree.
type JobTerms struct {
	Provider       common.Address
	ProviderBond   *big.Int
	ChallengerBond *big.Int
	Arbiters       []common.Address
	Threshold      uint8
	AcceptWithin   time.Duration // from now until the provider must accept
	FinalizeWithin time.Duration // from now until all endpoints must be committed and finalized
}

// JobParams builds the createJob arguments for manifest m under terms t, with deadlines counted
// from the chain time now (seconds).
func JobParams(m *evidence.Manifest, t JobTerms, now uint64) (bindings.JobParams, error) {
	hash, err := m.Hash()
	if err != nil {
		return bindings.JobParams{}, fmt.Errorf("job params: %w", err)
	}
	switch {
	case t.Provider == (common.Address{}):
		return bindings.JobParams{}, errors.New("job params: provider address is zero")
	case t.ChallengerBond == nil || t.ChallengerBond.Sign() <= 0:
		return bindings.JobParams{}, errors.New("job params: challenger bond must be positive")
	case t.ProviderBond == nil || t.ProviderBond.Cmp(MinProviderBond(t.ChallengerBond)) < 0:
		return bindings.JobParams{}, fmt.Errorf("job params: provider bond %v below %v, twice the challenger bond (the leader's reward must cover the bond it risks)", t.ProviderBond, MinProviderBond(t.ChallengerBond))
	case !MajorityThreshold(t.Threshold, len(t.Arbiters)):
		return bindings.JobParams{}, fmt.Errorf("job params: threshold %d of %d arbiters: want a strict majority (more than half, at most all)", t.Threshold, len(t.Arbiters))
	case m.ChallengeWindow == 0 || m.ChallengeWindow > MaxChallengeWindow || m.ArbitrationWindow == 0 || m.ArbitrationWindow > MaxArbitrationWindow:
		return bindings.JobParams{}, fmt.Errorf("job params: challenge window %ds and arbitration window %ds: want 1s..%dd and 1s..%dd", m.ChallengeWindow, m.ArbitrationWindow, MaxChallengeWindow/86400, MaxArbitrationWindow/86400)
	case t.AcceptWithin <= 0 || t.FinalizeWithin < t.AcceptWithin:
		return bindings.JobParams{}, fmt.Errorf("job params: accept within %v and finalize within %v: want 0 < accept <= finalize", t.AcceptWithin, t.FinalizeWithin)
	}
	for _, a := range t.Arbiters {
		if a == t.Provider || a == (common.Address{}) {
			return bindings.JobParams{}, fmt.Errorf("job params: arbiter %s: the provider (or the zero address) cannot referee its job", a)
		}
	}
	return bindings.JobParams{
		Provider:          t.Provider,
		ManifestHash:      hash,
		TotalSteps:        m.TotalSteps,
		Stride:            m.Stride,
		BoundaryHash:      m.BoundaryHash,
		AcceptBy:          now + uint64(t.AcceptWithin/time.Second),
		FinalizeBy:        now + uint64(t.FinalizeWithin/time.Second),
		ChallengeWindow:   m.ChallengeWindow,
		ArbitrationWindow: m.ArbitrationWindow,
		ProviderBond:      t.ProviderBond,
		ChallengerBond:    t.ChallengerBond,
		Arbiters:          t.Arbiters,
		Threshold:         t.Threshold,
	}, nil
}

// MinProviderBond is the smallest provider bond the registry accepts next to challengerBond:
// twice it, so that the leader's reward (half the provider bond) covers the bond it risks.
func MinProviderBond(challengerBond *big.Int) *big.Int {
	if challengerBond == nil {
		return new(big.Int)
	}
	return new(big.Int).Lsh(challengerBond, 1)
}

// MajorityThreshold reports whether threshold signatures of n arbiters form a strict majority,
// as the registry requires: two disjoint quorums can never both sign.
func MajorityThreshold(threshold uint8, n int) bool {
	return n > 0 && n <= MaxArbiters && int(threshold) <= n && 2*int(threshold) > n
}

// Registry limits (OvigRegistry's constants) that terms are checked against before sending.
const (
	MaxArbiters          = 16
	MaxChallengeWindow   = 90 * 24 * 3600
	MaxArbitrationWindow = 14 * 24 * 3600
)

// JobCount is the number of jobs ever created; job ids run from 1 to JobCount.
func (r *Registry) JobCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, r, "job count", r.abi.PackJobCount(), r.abi.UnpackJobCount)
}

// AllLogs decodes every registry event since block fromBlock, in chain order: one unbounded
// query, for reports and tests on dev chains.
func (r *Registry) AllLogs(ctx context.Context, fromBlock uint64) ([]any, error) {
	logs, err := r.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock),
		Addresses: []common.Address{r.addr},
	})
	if err != nil {
		return nil, fmt.Errorf("registry logs: %w", err)
	}
	out := make([]any, 0, len(logs))
	for _, l := range logs {
		v, err := r.events.Decode(l)
		if err != nil {
			return nil, fmt.Errorf("registry logs: %w", err)
		}
		out = append(out, v)
	}
	return out, nil
}

// JobLogs decodes every registry event of a job since block fromBlock, in chain order. It is
// one unbounded query, meant for reports on dev chains; services follow events with a Watcher.
func (r *Registry) JobLogs(ctx context.Context, jobID *big.Int, fromBlock uint64) ([]any, error) {
	logs, err := r.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock),
		Addresses: []common.Address{r.addr},
		Topics:    [][]common.Hash{nil, {common.BigToHash(jobID)}},
	})
	if err != nil {
		return nil, fmt.Errorf("logs of job %v: %w", jobID, err)
	}
	var out []any
	for _, l := range logs {
		if r.events.Name(&l) == "Withdrawn" { // indexed by account, not job
			continue
		}
		v, err := r.events.Decode(l)
		if err != nil {
			return nil, fmt.Errorf("logs of job %v: %w", jobID, err)
		}
		out = append(out, v)
	}
	return out, nil
}
