package arbiter

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ovig/ovig/chain"
)

// Resolver is the registry access a Collector needs; *chain.Registry implements it.
type Resolver interface {
	Job(ctx context.Context, jobID *big.Int) (chain.Job, error)
	DisputeOf(ctx context.Context, disputeID *big.Int) (chain.Dispute, error)
	Resolve(ctx context.Context, v chain.Verdict, sigs [][]byte) error
}

// Collector submits a challenge's verdict once a threshold of the job's arbiters signed
// the same digest, at most once per challenge from this process, and counts a challenge
// another arbiter already resolved as done.
type Collector struct {
	pool  *Pool
	chain Resolver
	mu    sync.Mutex
	done  map[string]bool
}

// NewCollector returns a collector over pool.
func NewCollector(pool *Pool, c Resolver) *Collector {
	return &Collector{pool: pool, chain: c, done: map[string]bool{}}
}

// Result of TryResolve.
type Result uint8

// Results.
const (
	Pending  Result = iota // no quorum yet
	Resolved               // this collector's transaction resolved the challenge
	Closed                 // the challenge was no longer open (resolved by another, or lapsed)
	Skipped                // not judged: not an arbiter of the job, or past the deadline
)

func (r Result) String() string {
	switch r {
	case Pending:
		return "pending"
	case Resolved:
		return "resolved"
	case Closed:
		return "closed"
	case Skipped:
		return "skipped"
	}
	return fmt.Sprintf("result(%d)", uint8(r))
}

// TryResolve submits the challenge's verdict if the pool holds a quorum for it and the
// challenge is still open. Once the challenge is closed its signatures leave the pool.
func (c *Collector) TryResolve(ctx context.Context, challengeID *big.Int) (Result, error) {
	key := challengeID.String()
	// Held across the transaction: one submission per challenge at a time from this process.
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done[key] {
		c.pool.Forget(challengeID) // a signature verified just before the challenge closed
		return Closed, nil
	}
	r, err := c.try(ctx, challengeID)
	if r != Pending {
		c.done[key] = true
		c.pool.Forget(challengeID)
	}
	return r, err
}

func (c *Collector) try(ctx context.Context, challengeID *big.Int) (Result, error) {
	key := challengeID.String()
	info, err := c.chain.DisputeOf(ctx, challengeID)
	if err != nil {
		return Pending, fmt.Errorf("challenge %s: %w", key, err)
	}
	if info.Status != chain.DisputeStatusOpen {
		return Closed, nil
	}
	job, err := c.chain.Job(ctx, info.JobID)
	if err != nil {
		return Pending, fmt.Errorf("job %s of challenge %s: %w", info.JobID, key, err)
	}
	if job.Status != chain.StatusAccepted && job.Status != chain.StatusFinalized {
		// Resolve would revert: a job already found fraudulent (or settled) is judged no more.
		return Closed, nil
	}
	v, digest, sigs, ok := Quorum(c.pool.Entries(challengeID), int(job.Threshold))
	if !ok {
		return Pending, nil
	}
	ordered, err := chain.OrderSignatures(digest, sigs)
	if err != nil {
		return Pending, fmt.Errorf("order signatures of challenge %s: %w", key, err)
	}
	err = c.chain.Resolve(ctx, v, ordered)
	// Another arbiter's transaction landed first, or the job or the deadline moved on since
	// we read them: nothing this collector sends can succeed any more.
	for _, final := range []string{"DisputeNotOpen", "InvalidJobStatus", "DeadlinePassed"} {
		if chain.IsRevert(err, final) {
			return Closed, nil
		}
	}
	if err != nil {
		return Pending, fmt.Errorf("resolve challenge %s: %w", key, err)
	}
	return Resolved, nil
}
