package arbiter

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
)

// Signed is one arbiter's signature over a verdict.
type Signed struct {
	Verdict   chain.Verdict
	Signature []byte // 65 bytes r || s || v
}

// Entry is a verified signature in the pool.
type Entry struct {
	Signed
	Signer common.Address
	Digest common.Hash
}

// Lookup is the registry state a pool verifies signatures against; *chain.Registry
// implements it.
type Lookup interface {
	Address() common.Address
	ChainID() *big.Int
	DisputeOf(ctx context.Context, disputeID *big.Int) (chain.Dispute, error)
	Arbiters(ctx context.Context, jobID *big.Int) ([]common.Address, error)
}

// Pool errors, told apart by the HTTP endpoint.
var (
	// ErrRejected: the signature or verdict can never be accepted (bad signature, a signer
	// who is not an arbiter of the job, a verdict for another challenge).
	ErrRejected = errors.New("signature rejected")
	// ErrConflict: the signer already signed a different verdict for this challenge.
	ErrConflict = errors.New("signer already signed another verdict")
	// ErrClosed: the challenge is no longer open (resolved or lapsed): late signatures are
	// expected once a quorum of faster arbiters has resolved it.
	ErrClosed = errors.New("challenge closed")
)

// Pool holds the verified verdict signatures of challenges, at most one per arbiter and
// challenge, and notifies when one arrives.
type Pool struct {
	chain  Lookup
	mu     sync.Mutex
	byID   map[string][]Entry  // challenge id -> entries in arrival order
	dirty  map[string]*big.Int // challenges with signatures added since the last Changed
	notify chan struct{}       // signalled (capacity 1) when dirty becomes non-empty
}

// NewPool returns an empty pool verifying against c.
func NewPool(c Lookup) *Pool {
	return &Pool{chain: c, byID: map[string][]Entry{}, dirty: map[string]*big.Int{}, notify: make(chan struct{}, 1)}
}

// Added is signalled when the pool accepted new signatures; Changed says for which
// challenges. However long the reader is busy, no challenge is lost.
func (p *Pool) Added() <-chan struct{} { return p.notify }

// Changed returns, and clears, the challenges that got new signatures since the last call.
func (p *Pool) Changed() []*big.Int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]*big.Int, 0, len(p.dirty))
	for _, id := range p.dirty {
		out = append(out, id)
	}
	clear(p.dirty)
	slices.SortFunc(out, func(a, b *big.Int) int { return a.Cmp(b) })
	return out
}

// Add verifies s against the registry and stores it: the verdict must name the recorded
// job, interval and root of an existing challenge with a valid outcome, and the signature
// must recover to one of the job's arbiters. Adding the same signature twice is a no-op.
func (p *Pool) Add(ctx context.Context, s Signed) (Entry, error) {
	v := s.Verdict
	if err := v.Validate(); err != nil {
		return Entry{}, fmt.Errorf("%w: %w", ErrRejected, err)
	}
	c, err := p.chain.DisputeOf(ctx, v.DisputeID)
	if err != nil {
		return Entry{}, err // already names the challenge
	}
	// Only open challenges collect signatures, which also bounds what the pool holds.
	if c.Status != chain.DisputeStatusOpen {
		why := ErrClosed
		if c.Status == 0 {
			why = ErrRejected // no such challenge
		}
		return Entry{}, fmt.Errorf("%w: challenge %s is not open (status %d)", why, v.DisputeID, c.Status)
	}
	if c.JobID.Cmp(v.JobID) != 0 || c.Interval != v.Interval || c.Root != v.Root || c.StepRoot != v.StepRoot {
		return Entry{}, fmt.Errorf("%w: verdict names job %s interval %d root %x step root %x, dispute %s records job %s interval %d root %x step root %x",
			ErrRejected, v.JobID, v.Interval, v.Root, v.StepRoot, v.DisputeID, c.JobID, c.Interval, c.Root, c.StepRoot)
	}
	digest := v.Digest(p.chain.ChainID(), p.chain.Address())
	signer, err := chain.RecoverVerdictSigner(digest, s.Signature)
	if err != nil {
		return Entry{}, fmt.Errorf("%w: %w", ErrRejected, err)
	}
	arbiters, err := p.chain.Arbiters(ctx, c.JobID)
	if err != nil {
		return Entry{}, fmt.Errorf("arbiters of job %s: %w", c.JobID, err)
	}
	if !slices.Contains(arbiters, signer) {
		return Entry{}, fmt.Errorf("%w: signer %s is not an arbiter of job %s", ErrRejected, signer, c.JobID)
	}
	e := Entry{Signed: Signed{Verdict: v, Signature: slices.Clone(s.Signature)}, Signer: signer, Digest: digest}
	return e, p.store(e)
}

func (p *Pool) store(e Entry) error {
	key := e.Verdict.DisputeID.String()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, old := range p.byID[key] {
		if old.Signer != e.Signer {
			continue
		}
		if old.Digest != e.Digest {
			return fmt.Errorf("%w: %s signed digest %s for challenge %s", ErrConflict, e.Signer, old.Digest, key)
		}
		return nil
	}
	p.byID[key] = append(p.byID[key], e)
	p.dirty[key] = new(big.Int).Set(e.Verdict.DisputeID)
	select {
	case p.notify <- struct{}{}:
	default: // already signalled
	}
	return nil
}

// Forget drops a closed challenge's signatures: nothing can be done with them any more, and
// a long-running arbiter must not keep every signature it ever saw.
func (p *Pool) Forget(challengeID *big.Int) {
	key := challengeID.String()
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.byID, key)
	delete(p.dirty, key)
}

// Len is the number of challenges the pool holds signatures of.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.byID)
}

// Entries returns the verified signatures of a challenge in arrival order.
func (p *Pool) Entries(challengeID *big.Int) []Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.byID[challengeID.String()])
}

// Quorum picks the verdict to submit from a challenge's entries: a digest signed by at
// least threshold distinct signers. When several qualify (possible only with a threshold of
// at most half the arbiters) it takes the most signed, then the smallest digest, so every
// collector picks the same. ok is false when no digest has a quorum.
func Quorum(entries []Entry, threshold int) (v chain.Verdict, digest common.Hash, sigs [][]byte, ok bool) {
	type group struct {
		verdict chain.Verdict
		signers map[common.Address][]byte
	}
	groups := map[common.Hash]*group{}
	for _, e := range entries {
		g := groups[e.Digest]
		if g == nil {
			g = &group{verdict: e.Verdict, signers: map[common.Address][]byte{}}
			groups[e.Digest] = g
		}
		if _, dup := g.signers[e.Signer]; !dup {
			g.signers[e.Signer] = e.Signature
		}
	}
	var best *group
	for d, g := range groups {
		if threshold < 1 || len(g.signers) < threshold {
			continue
		}
		if best == nil || len(g.signers) > len(best.signers) ||
			len(g.signers) == len(best.signers) && d.Cmp(digest) < 0 {
			best, digest = g, d
		}
	}
	if best == nil {
		return chain.Verdict{}, common.Hash{}, nil, false
	}
	for _, s := range best.signers {
		sigs = append(sigs, s)
	}
	return best.verdict, digest, sigs, true
}
