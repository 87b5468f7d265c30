package challenger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/chain"
)

// Registry is the subset of *chain.Registry the watchtower calls.
type Registry interface {
	Job(ctx context.Context, jobID *big.Int) (chain.Job, error)
	OpenDisputeOf(ctx context.Context, jobID *big.Int, interval uint64) (*big.Int, error)
	ChallengeOf(ctx context.Context, disputeID *big.Int, who common.Address) (*big.Int, error)
	Challenge(ctx context.Context, jobID *big.Int, endpoint uint64, b chain.BatchRef, bond *big.Int, secret []byte) (chain.Opened, error)
	Reclaim(ctx context.Context, disputeID *big.Int) (bool, error)
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
// reg's one sender, balance and head through node. The service's challenge ids are the
// registry's dispute ids: a dispute is what a verdict closes, whoever stands on it.
type RegistryChain struct {
	reg     Registry
	node    Node
	account common.Address
	salts   []byte // the secret challenge salts derive from
}

// NewRegistryChain returns the Chain for reg, with account as the watchtower's wallet. Challenge
// salts derive from secret (keep it private and stable: a restart reveals the commitments it
// made before).
func NewRegistryChain(reg Registry, node Node, account common.Address, secret [32]byte) *RegistryChain {
	salts := crypto.Keccak256([]byte("ovig/watchtower-salts/v1"), secret[:])
	return &RegistryChain{reg: reg, node: node, account: account, salts: salts}
}

// JobRecordOf converts the registry's job view.
func JobRecordOf(v chain.Job) JobRecord {
	return JobRecord{
		Status: v.Status, ManifestHash: v.ManifestHash, BoundaryHash: v.BoundaryHash,
		EvidenceURI: v.EvidenceURI, Intervals: v.Intervals, FinalizeBy: v.FinalizeBy, WindowEnd: v.WindowEnd,
		ChallengerBond: v.ChallengerBond, ProviderBond: v.ProviderBondHeld,
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

// OpenChallengeOf reads the id of the interval's open dispute (0 if none).
func (c *RegistryChain) OpenChallengeOf(ctx context.Context, jobID *big.Int, interval uint64) (*big.Int, error) {
	return c.reg.OpenDisputeOf(ctx, jobID, interval)
}

// Stands reports whether our account has a challenge on the dispute.
func (c *RegistryChain) Stands(ctx context.Context, disputeID *big.Int) (bool, error) {
	id, err := c.reg.ChallengeOf(ctx, disputeID, c.account)
	if err != nil {
		return false, err
	}
	return id.Sign() != 0, nil
}

// OpenChallenge stands on the interval ending at endpoint (commit, then reveal), proving its root
// against b, and returns the dispute it stands on.
func (c *RegistryChain) OpenChallenge(ctx context.Context, jobID *big.Int, endpoint uint64, b chain.BatchRef, bond *big.Int) (*big.Int, error) {
	o, err := c.reg.Challenge(ctx, jobID, endpoint, b, bond, c.salts)
	if err != nil {
		return nil, err
	}
	return o.DisputeID, nil
}

// Reclaim gets our bond on a closed (or no longer judgeable) dispute back.
func (c *RegistryChain) Reclaim(ctx context.Context, disputeID *big.Int) (bool, error) {
	return c.reg.Reclaim(ctx, disputeID)
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

// Events translates one watcher update into service events, in order; removed events (a
// reorg) come wrapped in Removed.
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
	case chain.IntervalsCommitted:
		return IntervalsCommitted{JobID: e.JobID, Batch: e.Batch}, nil
	case chain.JobFinalized:
		return JobFinalized{JobID: e.JobID, WindowEnd: e.WindowEnd}, nil
	case chain.ChallengeOpened:
		return ChallengeOpened{JobID: e.JobID, ChallengeID: e.DisputeID, Interval: e.Interval, Challenger: e.Challenger}, nil
	case chain.DisputeResolved:
		return ChallengeClosed{JobID: e.JobID, ChallengeID: e.DisputeID, Interval: e.Interval, Decided: true}, nil
	case chain.DisputeLapsed:
		return ChallengeClosed{JobID: e.JobID, ChallengeID: e.DisputeID, Interval: e.Interval}, nil
	case chain.JobSlashed:
		return JobClosed{JobID: e.JobID, Status: chain.StatusFraudulent}, nil
	case chain.JobSettled:
		return JobClosed{JobID: e.JobID, Status: chain.StatusSettled}, nil
	case chain.JobCancelled:
		return JobClosed{JobID: e.JobID, Status: chain.StatusCancelled}, nil
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
