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
	EvidenceURI    string        // the provider's evidence server base URL
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
	case t.ProviderBond == nil || t.ProviderBond.Sign() < 0:
		return bindings.JobParams{}, errors.New("job params: provider bond must be set (0 is allowed)")
	case len(t.Arbiters) == 0 || t.Threshold == 0 || int(t.Threshold) > len(t.Arbiters):
		return bindings.JobParams{}, fmt.Errorf("job params: threshold %d of %d arbiters", t.Threshold, len(t.Arbiters))
	case t.AcceptWithin <= 0 || t.FinalizeWithin < t.AcceptWithin:
		return bindings.JobParams{}, fmt.Errorf("job params: accept within %v and finalize within %v: want 0 < accept <= finalize", t.AcceptWithin, t.FinalizeWithin)
	case t.EvidenceURI == "":
		return bindings.JobParams{}, errors.New("job params: evidence URI is empty")
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
		EvidenceURI:       t.EvidenceURI,
	}, nil
}

// JobCount is the number of jobs ever created; job ids run from 1 to JobCount.
func (r *Registry) JobCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, r, "job count", r.abi.PackJobCount(), r.abi.UnpackJobCount)
}

// Job statuses of the registry (docs/protocol.md). Fraudulent, Settled and Cancelled are final.
const (
	JobCreated    uint8 = 1
	JobAccepted   uint8 = 2
	JobFinalized  uint8 = 3
	JobFraudulent uint8 = 4
	JobSettled    uint8 = 5
	JobCancelled  uint8 = 6
)

// JobClosed reports whether a job status is final.
func JobClosed(status uint8) bool { return status >= JobFraudulent }

// JobStatusName names a registry job status (docs/protocol.md).
func JobStatusName(s uint8) string {
	names := [...]string{"None", "Created", "Accepted", "Finalized", "Fraudulent", "Settled", "Cancelled"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("Status(%d)", s)
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
