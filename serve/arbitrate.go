package serve

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/infer"
)

// SignedVerdict is one arbiter's signature over an inference verdict.
type SignedVerdict struct {
	Verdict   chain.InferenceVerdict
	Signature []byte
}

// Board is where a job's arbiters exchange their signed inference verdicts. It need not be
// trusted: InferenceQuorum only counts signatures that recover to the job's arbiters over one
// digest.
type Board interface {
	Post(ctx context.Context, s SignedVerdict) error
	Fetch(ctx context.Context, disputeID *big.Int) ([]SignedVerdict, error)
}

// MemoryBoard is a Board for arbiters in one process (the devnet, tests).
type MemoryBoard struct {
	mu sync.Mutex
	m  map[string][]SignedVerdict
}

// NewMemoryBoard returns an empty board.
func NewMemoryBoard() *MemoryBoard { return &MemoryBoard{m: map[string][]SignedVerdict{}} }

// Post adds a signed verdict.
func (b *MemoryBoard) Post(_ context.Context, s SignedVerdict) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	k := s.Verdict.DisputeID.String()
	b.m[k] = append(b.m[k], s)
	return nil
}

// Fetch returns the verdicts posted for a dispute.
func (b *MemoryBoard) Fetch(_ context.Context, id *big.Int) ([]SignedVerdict, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]SignedVerdict(nil), b.m[id.String()]...), nil
}

// InferenceQuorum picks a verdict signed by at least threshold distinct arbiters of the job
// (signatures over the digest under the contract's domain) and returns it with its signatures in
// the order resolve wants. Signatures by non-arbiters or over other digests are ignored.
func InferenceQuorum(chainID *big.Int, contract common.Address, entries []SignedVerdict, arbiters []common.Address, threshold int) (chain.InferenceVerdict, [][]byte, bool) {
	isArbiter := map[common.Address]bool{}
	for _, a := range arbiters {
		isArbiter[a] = true
	}
	type group struct {
		v    chain.InferenceVerdict
		sigs map[common.Address][]byte
	}
	groups := map[common.Hash]*group{}
	var order []common.Hash
	for _, e := range entries {
		d := e.Verdict.Digest(chainID, contract)
		who, err := chain.RecoverVerdictSigner(d, e.Signature)
		if err != nil || !isArbiter[who] {
			continue
		}
		g := groups[d]
		if g == nil {
			g = &group{v: e.Verdict, sigs: map[common.Address][]byte{}}
			groups[d] = g
			order = append(order, d)
		}
		g.sigs[who] = e.Signature
	}
	for _, d := range order {
		g := groups[d]
		if threshold <= 0 || len(g.sigs) < threshold {
			continue
		}
		var sigs [][]byte
		for _, s := range g.sigs {
			sigs = append(sigs, s)
		}
		ordered, err := chain.OrderSignatures(d, sigs)
		if err != nil {
			continue
		}
		return g.v, ordered, true
	}
	return chain.InferenceVerdict{}, nil, false
}

// ErrNotServed: the arbitrator does not follow this job's serving.
var ErrNotServed = errors.New("this arbiter does not follow the job's serving")

// Served is how an arbiter reaches a job's served model: the provider's endpoint, a verifier over
// the job's final model and bound, and the model hash.
type Served struct {
	Client   *Client
	Verifier *infer.Verifier
	Model    [32]byte
}

// Arbitrator judges the inference disputes of the jobs it arbitrates: it follows the contract's
// dispute count, judges each open dispute once (Judge: every block replayed), posts its signed
// verdict to the board and submits resolve once the board holds a quorum.
type Arbitrator struct {
	Inference *chain.Inference // with the arbiter's sender (resolve)
	Registry  *chain.Registry
	Key       *ecdsa.PrivateKey
	// Serving returns how to reach a job's served model; ErrNotServed drops the dispute (a job
	// this arbiter does not follow), another error retries it next step.
	Serving func(ctx context.Context, jobID *big.Int) (Served, error)
	Board   Board
	Poll    time.Duration
	Sleep   func(context.Context, time.Duration) bool
	Log     zerolog.Logger

	seen   uint64          // disputes 1..seen were looked at once
	open   map[string]bool // disputes still to see closed
	judged map[string]bool
}

// ArbitrateStep is what one step did.
type ArbitrateStep struct {
	Judged   map[string]infer.Finding // by dispute id
	Resolved []*big.Int
}

func (a *Arbitrator) me() common.Address { return crypto.PubkeyToAddress(a.Key.PublicKey) }

// Step looks at every dispute opened since the last step and every one still open.
func (a *Arbitrator) Step(ctx context.Context) (ArbitrateStep, error) {
	res := ArbitrateStep{Judged: map[string]infer.Finding{}}
	if a.open == nil {
		a.open, a.judged = map[string]bool{}, map[string]bool{}
	}
	n, err := a.Inference.DisputeCount(ctx)
	if err != nil {
		return res, err
	}
	for id := a.seen + 1; id <= n; id++ {
		a.open[new(big.Int).SetUint64(id).String()] = true
	}
	a.seen = n
	var errs []error
	for k := range a.open {
		id, _ := new(big.Int).SetString(k, 10)
		done, err := a.one(ctx, id, &res)
		if err != nil {
			errs = append(errs, fmt.Errorf("inference dispute %v: %w", id, err))
		}
		if done {
			delete(a.open, k)
		}
	}
	if len(errs) > 0 {
		return res, errs[0]
	}
	return res, nil
}

// one handles a dispute; done when nothing is left to do for it.
func (a *Arbitrator) one(ctx context.Context, id *big.Int, res *ArbitrateStep) (bool, error) {
	d, err := a.Inference.Dispute(ctx, id)
	if err != nil {
		return false, err
	}
	if !d.Open() {
		return true, nil
	}
	arbiters, err := a.Registry.Arbiters(ctx, d.JobID)
	if err != nil {
		return false, err
	}
	mine := false
	for _, x := range arbiters {
		mine = mine || x == a.me()
	}
	if !mine {
		return true, nil
	}
	if !a.judged[id.String()] {
		s, err := a.Serving(ctx, d.JobID)
		if errors.Is(err, ErrNotServed) {
			return true, nil
		}
		if err != nil {
			return false, err
		}
		v, f, err := Judge(ctx, a.Inference, s.Client, s.Verifier, s.Model, id)
		if err != nil {
			return false, err
		}
		sig, err := chain.SignVerdict(a.Key, v.Digest(a.Inference.ChainID(), a.Inference.Address()))
		if err != nil {
			return false, err
		}
		if err := a.Board.Post(ctx, SignedVerdict{Verdict: v, Signature: sig}); err != nil {
			return false, err
		}
		a.judged[id.String()] = true
		res.Judged[id.String()] = f
		a.Log.Info().Str("dispute", id.String()).Str("job", d.JobID.String()).Str("outcome", string(f.Outcome)).Msg("judged inference dispute")
	}
	job, err := a.Registry.Job(ctx, d.JobID)
	if err != nil {
		return false, err
	}
	entries, err := a.Board.Fetch(ctx, id)
	if err != nil {
		return false, err
	}
	v, sigs, ok := InferenceQuorum(a.Inference.ChainID(), a.Inference.Address(), entries, arbiters, int(job.Threshold))
	if !ok {
		return false, nil
	}
	err = a.Inference.Resolve(ctx, v, sigs)
	for _, final := range []string{"DisputeNotOpen", "InvalidJobStatus", "DeadlinePassed"} {
		if chain.IsRevert(err, final) {
			return true, nil // another arbiter's resolve landed first, or nothing can land any more
		}
	}
	if err != nil {
		return false, err
	}
	res.Resolved = append(res.Resolved, id)
	return true, nil
}

// Run steps until ctx ends.
func (a *Arbitrator) Run(ctx context.Context) error {
	poll := a.Poll
	if poll <= 0 {
		poll = 2 * time.Second
	}
	sleep := a.Sleep
	if sleep == nil {
		sleep = SleepCtx
	}
	for {
		if _, err := a.Step(ctx); err != nil {
			a.Log.Warn().Err(err).Msg("inference arbitration step")
		}
		if !sleep(ctx, poll) {
			return ctx.Err()
		}
	}
}
