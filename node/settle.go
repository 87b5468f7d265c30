package node

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
)

// SettleStep is what a finalized job's provider does next.
type SettleStep uint8

const (
	SettleWait SettleStep = iota // window open or a challenge pending: keep serving evidence
	SettleNow                    // window closed, nothing open: settle
	SettleDone                   // settled, slashed or cancelled: stop serving
)

// NextSettleStep decides from the job's view and the chain time.
func NextSettleStep(v chain.Job, now uint64) SettleStep {
	switch v.Status {
	case chain.StatusFraudulent, chain.StatusSettled, chain.StatusCancelled:
		return SettleDone
	case chain.StatusFinalized:
		if now > v.WindowEnd && v.OpenDisputes == 0 {
			return SettleNow
		}
	}
	return SettleWait
}

// SettleChain is what Settle needs of the registry; *chain.Registry implements it.
type SettleChain interface {
	Job(ctx context.Context, jobID *big.Int) (chain.Job, error)
	Settle(ctx context.Context, jobID *big.Int) error
}

// Settle keeps the provider around while its evidence may still be challenged, settles the job
// once the window closes with nothing open, and returns when the job is closed. chainTime reads
// the latest block's timestamp.
func Settle(ctx context.Context, reg SettleChain, chainTime func(context.Context) (uint64, error), jobID *big.Int, poll time.Duration, log zerolog.Logger) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		v, err := reg.Job(ctx, jobID)
		var now uint64
		if err == nil {
			now, err = chainTime(ctx)
		}
		if Transient(ctx, err) {
			// The node is unreachable: keep serving evidence and look again at the next tick.
			log.Warn().Err(err).Str("job", jobID.String()).Msg("cannot read the job; still serving evidence, retrying")
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-t.C:
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("settle job %v: %w", jobID, err)
		}
		switch NextSettleStep(v, now) {
		case SettleDone:
			log.Info().Str("job", jobID.String()).Uint8("status", uint8(v.Status)).Msg("job closed")
			return nil
		case SettleNow:
			err := reg.Settle(ctx, jobID)
			if err == nil {
				log.Info().Str("job", jobID.String()).Msg("job settled; withdraw the payment with ovig job withdraw")
				continue
			}
			if !Transient(ctx, err) {
				return fmt.Errorf("settle job %v: %w", jobID, err)
			}
			log.Warn().Err(err).Str("job", jobID.String()).Msg("settle failed; retrying")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
