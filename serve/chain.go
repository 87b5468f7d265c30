package serve

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/infer"
)

// Committer puts a Store's committed batches on chain (OvigInference.commitBatches), in order and
// up to chain.MaxInferenceBatch per transaction. It is restart-safe: it reads the next batch index
// from the contract and commits only what the chain does not have, and the contract refuses a
// batch index twice.
type Committer struct {
	Inference *chain.Inference
	Job       *big.Int
	Store     *Store
	// Max batches per transaction (default chain.MaxInferenceBatch).
	Max int
}

// ErrChainAhead: the contract holds more batches than the local store (another server for the
// job, or a lost store); committing more would misnumber batches.
var ErrChainAhead = errors.New("the chain holds more inference batches than the local store")

// Sync commits every local batch not yet on chain and returns how many it committed.
func (c *Committer) Sync(ctx context.Context) (int, error) {
	t, err := c.Inference.Terms(ctx, c.Job)
	if err != nil {
		return 0, err
	}
	if !t.Open() {
		return 0, fmt.Errorf("job %v: the owner has not opened serving on chain", c.Job)
	}
	local := c.Store.Batches()
	if t.Batches > uint64(len(local)) {
		return 0, fmt.Errorf("job %v: %w (%d on chain, %d here)", c.Job, ErrChainAhead, t.Batches, len(local))
	}
	max := c.Max
	if max <= 0 || max > chain.MaxInferenceBatch {
		max = chain.MaxInferenceBatch
	}
	done := 0
	for first := t.Batches; first < uint64(len(local)); {
		n := min(uint64(max), uint64(len(local))-first)
		bs := make([]chain.RecordBatch, n)
		for i := range bs {
			b := local[first+uint64(i)]
			if b.Index != first+uint64(i) {
				return done, fmt.Errorf("local batch %d is numbered %d", first+uint64(i), b.Index)
			}
			bs[i] = chain.RecordBatch{Root: b.Root, Records: b.LeafCount}
		}
		if _, err := c.Inference.CommitBatches(ctx, c.Job, first, bs); err != nil {
			return done, err
		}
		first += n
		done += int(n)
	}
	return done, nil
}

// OnChain returns batch b as the chain committed it, with the commit that holds it; it fails if
// the chain commits another root or record count than the server lists (the listing is then not
// what backs the records, and nothing under it can be challenged).
func OnChain(ctx context.Context, inf *chain.Inference, job *big.Int, b infer.Batch) (chain.InferenceCommit, error) {
	c, err := inf.FindCommit(ctx, job, b.Index)
	if err != nil {
		return chain.InferenceCommit{}, err
	}
	got := c.Batches[b.Index-c.First]
	if got.Root != b.Root || got.Records != b.LeafCount {
		return chain.InferenceCommit{}, fmt.Errorf("batch %d: the chain commits root %x with %d records, the server lists %s with %d",
			b.Index, got.Root, got.Records, b.Root, b.LeafCount)
	}
	return c, nil
}

// Challenge disputes record i of batch b on chain (commit-reveal with the job's challenger bond)
// and returns the dispute id.
func Challenge(ctx context.Context, inf *chain.Inference, reg *chain.Registry, job *big.Int, b infer.Batch, i uint64, secret []byte) (*big.Int, error) {
	c, err := OnChain(ctx, inf, job, b)
	if err != nil {
		return nil, err
	}
	return inf.Challenge(ctx, reg, c, b.Index, i, secret)
}

// Verdict outcomes in fixed point: distances are ratios to the block's bound (1e18 = at the
// bound), so Fraud iff distance > bound holds on chain as infer.Check decides it.
var ratioOne = big.NewInt(1e18)

// Judge is an arbiter's decision on an inference dispute: it fetches the disputed record from the
// provider's server against the batch root the chain committed, checks it with v (every block
// replayed) and returns the verdict to sign. A record that cannot be fetched or does not open is
// Unavailable; a consistency failure (or an exact-profile mismatch) is Fraud at an infinite
// distance.
func Judge(ctx context.Context, inf *chain.Inference, cl *Client, v *infer.Verifier, model [32]byte, disputeID *big.Int) (chain.InferenceVerdict, infer.Finding, error) {
	d, err := inf.Dispute(ctx, disputeID)
	if err != nil {
		return chain.InferenceVerdict{}, infer.Finding{}, err
	}
	if !d.Open() {
		return chain.InferenceVerdict{}, infer.Finding{}, fmt.Errorf("inference dispute %v is not open", disputeID)
	}
	t, err := inf.Terms(ctx, d.JobID)
	if err != nil {
		return chain.InferenceVerdict{}, infer.Finding{}, err
	}
	c, err := inf.FindCommit(ctx, d.JobID, d.Batch)
	if err != nil {
		return chain.InferenceVerdict{}, infer.Finding{}, err
	}
	trusted := infer.Batch{Index: d.Batch, Model: model, Root: d.BatchRoot, LeafCount: c.Batches[d.Batch-c.First].Records}
	var f infer.Finding
	if o, err := cl.Record(ctx, trusted, d.Record); err != nil {
		f = infer.Finding{Outcome: infer.Unavailable, Reason: err.Error(), Block: -1}
	} else {
		blocks := make([]int, v.Blocks())
		for k := range blocks {
			blocks[k] = k
		}
		f = v.Check(o, blocks)
	}
	w := chain.VerdictOn(d, t)
	w.Bound = new(big.Int).Set(ratioOne)
	w.BlockIndex = math.MaxUint64
	if f.Block >= 0 {
		w.BlockIndex = uint64(f.Block)
	}
	switch f.Outcome {
	case infer.Honest:
		w.Outcome = chain.OutcomeHonest
		w.Distance = chain.ToFixed18(f.Worst)
		if w.Distance.Cmp(w.Bound) > 0 {
			w.Distance.Set(w.Bound)
		}
	case infer.Fraud:
		w.Outcome = chain.OutcomeFraud
		w.Distance = chain.ToFixed18(f.Ratio)
		if f.Block < 0 || w.Distance.Cmp(w.Bound) <= 0 {
			w.Distance = chain.ToFixed18(math.Inf(1))
		}
	default:
		w.Outcome, w.Distance = chain.OutcomeUnavailable, new(big.Int)
	}
	// The finding as text (its ratios may be infinite, which JSON cannot carry).
	w.ReplayDigest = crypto.Keccak256Hash([]byte(fmt.Sprintf("%+v", f)))
	return w, f, nil
}
