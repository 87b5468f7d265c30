package challenger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// Registry is the subset of *chain.Registry the watchtower calls.
type Registry interface {
	Job(ctx context.Context, jobID *big.Int) (bindings.JobView, error)
	ChallengeInfo(ctx context.Context, challengeID *big.Int) (bindings.Challenge, error)
	OpenChallengeOf(ctx context.Context, jobID *big.Int, interval uint64) (*big.Int, error)
	OpenChallenge(ctx context.Context, jobID *big.Int, endpoint uint64, b chain.BatchRef, bond *big.Int) (*big.Int, error)
	Lapse(ctx context.Context, challengeID *big.Int) error
}

// Node is what the watchtower reads from the chain client itself; chain.Client satisfies it.
type Node interface {
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

var (
	_ Registry = (*chain.Registry)(nil)
	_ Node     = chain.Client(nil)
	_ Chain    = (*RegistryChain)(nil)
)

// RegistryChain is the Chain of a deployed registry: reads through reg, transactions through
// reg's one sender, balance and head through node.
type RegistryChain struct {
	reg     Registry
	node    Node
	account common.Address
}

// NewRegistryChain returns the Chain for reg, with account as the watchtower's wallet.
func NewRegistryChain(reg Registry, node Node, account common.Address) *RegistryChain {
	return &RegistryChain{reg: reg, node: node, account: account}
}

// JobRecordOf converts the registry's job view.
func JobRecordOf(v bindings.JobView) JobRecord {
	return JobRecord{
		Status: JobStatus(v.Status), ManifestHash: v.ManifestHash, BoundaryHash: v.BoundaryHash,
		EvidenceURI: v.EvidenceURI, Intervals: v.Intervals, FinalizeBy: v.FinalizeBy, WindowEnd: v.WindowEnd,
		ChallengerBond: v.ChallengerBond,
	}
}

// Job reads the job's current state.
func (c *RegistryChain) Job(ctx context.Context, jobID *big.Int) (JobRecord, error) {
	v, err := c.reg.Job(ctx, jobID)
	if err != nil {
		return JobRecord{}, err
	}
	return JobRecordOf(v), nil
}

// OpenChallengeOf reads the id of the interval's open challenge (0 if none).
func (c *RegistryChain) OpenChallengeOf(ctx context.Context, jobID *big.Int, interval uint64) (*big.Int, error) {
	return c.reg.OpenChallengeOf(ctx, jobID, interval)
}

// Challenger reads who opened a challenge.
func (c *RegistryChain) Challenger(ctx context.Context, challengeID *big.Int) (common.Address, error) {
	ch, err := c.reg.ChallengeInfo(ctx, challengeID)
	if err != nil {
		return common.Address{}, err
	}
	return ch.Challenger, nil
}

// OpenChallenge challenges the interval ending at endpoint, proving its root against b.
func (c *RegistryChain) OpenChallenge(ctx context.Context, jobID *big.Int, endpoint uint64, b Batch, bond *big.Int) (*big.Int, error) {
	return c.reg.OpenChallenge(ctx, jobID, endpoint, BatchRef(b), bond)
}

// Lapse closes a challenge that can no longer be judged.
func (c *RegistryChain) Lapse(ctx context.Context, challengeID *big.Int) error {
	return c.reg.Lapse(ctx, challengeID)
}

// Balance reads the wallet's balance at the latest block.
func (c *RegistryChain) Balance(ctx context.Context) (*big.Int, error) {
	return c.node.BalanceAt(ctx, c.account, nil)
}

// HeadTime reads the latest block's timestamp.
func (c *RegistryChain) HeadTime(ctx context.Context) (uint64, error) {
	h, err := c.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("head: %w", err)
	}
	return h.Time, nil
}

// BatchRef converts a stored batch to the chain's form.
func BatchRef(b Batch) chain.BatchRef {
	roots := make([][32]byte, len(b.Roots))
	for i, r := range b.Roots {
		roots[i] = r
	}
	return chain.BatchRef{Index: b.Index, First: b.First, Roots: roots}
}

// BatchOf converts the chain's batch to the stored form.
func BatchOf(b chain.BatchRef) Batch {
	roots := make([]evidence.Hash32, len(b.Roots))
	for i, r := range b.Roots {
		roots[i] = r
	}
	return Batch{Index: b.Index, First: b.First, Roots: roots}
}

// Events translates one watcher update into service events, in order; removed events (a
// reorg) come wrapped in Removed. A lapse names no interval, so it is read from the challenge.
func (c *RegistryChain) Events(ctx context.Context, u chain.Update) ([]Event, error) {
	var out []Event
	for _, ev := range u.Events {
		e, err := c.event(ctx, ev.Value)
		if err != nil {
			return nil, fmt.Errorf("%s event in block %d: %w", ev.Name, ev.Log.BlockNumber, err)
		}
		if e == nil {
			continue
		}
		if ev.Removed {
			e = Removed{Of: e}
		}
		out = append(out, e)
	}
	return out, nil
}

func (c *RegistryChain) event(ctx context.Context, v any) (Event, error) {
	switch e := v.(type) {
	case *bindings.OvigRegistryIntervalsCommitted:
		return IntervalsCommitted{JobID: e.JobId, Batch: BatchOf(chain.BatchFromEvent(e))}, nil
	case *bindings.OvigRegistryJobFinalized:
		return JobFinalized{JobID: e.JobId, WindowEnd: e.WindowEnd}, nil
	case *bindings.OvigRegistryChallengeOpened:
		return ChallengeOpened{JobID: e.JobId, ChallengeID: e.ChallengeId, Interval: e.Interval, Challenger: e.Challenger}, nil
	case *bindings.OvigRegistryChallengeResolved:
		return ChallengeClosed{JobID: e.JobId, ChallengeID: e.ChallengeId, Interval: e.Interval}, nil
	case *bindings.OvigRegistryChallengeLapsed:
		ch, err := c.reg.ChallengeInfo(ctx, e.ChallengeId)
		if err != nil {
			return nil, fmt.Errorf("challenge %s: %w", e.ChallengeId, err)
		}
		return ChallengeClosed{JobID: e.JobId, ChallengeID: e.ChallengeId, Interval: ch.Interval}, nil
	case *bindings.OvigRegistryJobSlashed:
		return JobClosed{JobID: e.JobId, Status: StatusFraudulent}, nil
	case *bindings.OvigRegistryJobSettled:
		return JobClosed{JobID: e.JobId, Status: StatusSettled}, nil
	case *bindings.OvigRegistryJobCancelled:
		return JobClosed{JobID: e.JobId, Status: StatusCancelled}, nil
	}
	return nil, nil // jobs created or accepted, withdrawals: nothing to watch yet
}

// WatchHandler returns the chain.Handler that feeds the registry watcher's updates to s
// through c, and counts every delivered update as a successful chain poll.
func (s *Service) WatchHandler(c *RegistryChain) chain.Handler {
	return func(ctx context.Context, u chain.Update) error {
		evs, err := c.Events(ctx, u)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			if err := s.Handle(ctx, ev); err != nil {
				return err
			}
		}
		t, err := c.HeadTime(ctx)
		s.ObservePoll(u.To, t, err)
		return nil
	}
}
