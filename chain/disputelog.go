package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// DisputesOfJob returns the ids of every dispute opened on the job, oldest first, read from
// DisputeOpened logs since the registry's deploy block.
func (r *Registry) DisputesOfJob(ctx context.Context, jobID *big.Int) ([]*big.Int, error) {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(r.deployBlock),
		Addresses: []common.Address{r.addr},
		Topics:    [][]common.Hash{{r.events.Topic("DisputeOpened")}, {common.BigToHash(jobID)}},
	}
	logs, err := r.client.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("disputes of job %v: %w", jobID, err)
	}
	out := make([]*big.Int, 0, len(logs))
	for _, l := range logs {
		if len(l.Topics) < 3 {
			return nil, fmt.Errorf("disputes of job %v: DisputeOpened log without a dispute id", jobID)
		}
		out = append(out, l.Topics[2].Big())
	}
	return out, nil
}

// NamedSteps returns the distinct steps challengers named in a dispute, ascending, read from
// StepNamed logs since the registry's deploy block: what arbiters must judge.
func (r *Registry) NamedSteps(ctx context.Context, disputeID *big.Int) ([]uint64, error) {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(r.deployBlock),
		Addresses: []common.Address{r.addr},
		Topics:    [][]common.Hash{{r.events.Topic("StepNamed")}, nil, {common.BigToHash(disputeID)}},
	}
	logs, err := r.client.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("named steps of dispute %v: %w", disputeID, err)
	}
	seen := map[uint64]bool{}
	var out []uint64
	for _, l := range logs {
		if l.Removed {
			continue
		}
		ev, err := r.abi.UnpackStepNamedEvent(&l)
		if err != nil {
			return nil, fmt.Errorf("named steps of dispute %v: %w", disputeID, err)
		}
		if !seen[ev.Step] {
			seen[ev.Step] = true
			out = append(out, ev.Step)
		}
	}
	slices.Sort(out)
	return out, nil
}
