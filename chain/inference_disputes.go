package chain

import (
	"context"
	"fmt"
)

// DisputeCount returns how many inference disputes were ever opened; ids run from 1 to it, so a
// follower learns of new disputes by reading this one view.
func (in *Inference) DisputeCount(ctx context.Context) (uint64, error) {
	n, err := icall(ctx, in, "inference dispute count", in.abi.PackDisputeCount(), in.abi.UnpackDisputeCount)
	if err != nil {
		return 0, err
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("inference dispute count %v does not fit 64 bits", n)
	}
	return n.Uint64(), nil
}
