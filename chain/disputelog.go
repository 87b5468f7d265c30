package chain

import (
	"context"
	"fmt"
	"math/big"

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
