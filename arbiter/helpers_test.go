package arbiter

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/chain"
)

// fakeRegistry is an in-memory registry for the unit tests of the pool and the collector;
// the simulated-chain test runs the real one.
type fakeRegistry struct {
	mu         sync.Mutex
	chainID    *big.Int
	address    common.Address
	disputes   map[string]chain.Dispute
	jobs       map[string]chain.Job
	arbiters   map[string][]common.Address
	resolved   []chain.Verdict
	resolveErr error
}

func (f *fakeRegistry) Address() common.Address { return f.address }
func (f *fakeRegistry) ChainID() *big.Int       { return f.chainID }

func (f *fakeRegistry) DisputeOf(_ context.Context, id *big.Int) (chain.Dispute, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.disputes[id.String()], nil
}

// setDispute changes the status of a recorded dispute.
func (f *fakeRegistry) setDispute(id string, status chain.DisputeStatus) {
	f.mu.Lock()
	defer f.mu.Unlock()
	d := f.disputes[id]
	d.Status = status
	f.disputes[id] = d
}

func (f *fakeRegistry) Arbiters(_ context.Context, job *big.Int) ([]common.Address, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.arbiters[job.String()], nil
}

func (f *fakeRegistry) Job(_ context.Context, job *big.Int) (chain.Job, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	j, ok := f.jobs[job.String()]
	if !ok {
		return j, fmt.Errorf("unknown job %s", job)
	}
	return j, nil
}

// Resolve checks what the contract checks about the dispute and the signatures, then closes
// the dispute. Like the contract it verifies the signatures against the digest of what it
// recorded (the dispute's job, interval and root, the job's boundary hash), not of what v says.
func (f *fakeRegistry) Resolve(_ context.Context, v chain.Verdict, sigs [][]byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.resolveErr != nil {
		return f.resolveErr
	}
	key := v.DisputeID.String()
	d := f.disputes[key]
	switch d.Status {
	case 0:
		return &chain.RevertError{Name: "UnknownDispute", Args: []any{v.DisputeID}}
	case chain.DisputeStatusOpen:
	default:
		return &chain.RevertError{Name: "DisputeNotOpen", Args: []any{v.DisputeID, uint8(d.Status)}}
	}
	job := f.jobs[d.JobID.String()]
	if job.Status != chain.StatusAccepted && job.Status != chain.StatusFinalized {
		return &chain.RevertError{Name: "InvalidJobStatus", Args: []any{d.JobID, uint8(job.Status)}}
	}
	if err := v.Validate(); err != nil {
		return &chain.RevertError{Name: "InconsistentVerdict", Args: []any{v.Outcome, v.Distance, v.Boundary}}
	}
	if len(sigs) < int(job.Threshold) {
		return &chain.RevertError{Name: "NotEnoughSignatures", Args: []any{len(sigs), job.Threshold}}
	}
	recorded := v
	if !d.Responded {
		return &chain.RevertError{Name: "NotResponded", Args: []any{v.DisputeID}}
	}
	recorded.JobID, recorded.Interval, recorded.Root, recorded.BoundaryHash = d.JobID, d.Interval, d.Root, job.BoundaryHash
	recorded.StepRoot = d.StepRoot
	digest := recorded.Digest(f.chainID, f.address)
	var last common.Address
	for i, s := range sigs {
		a, err := chain.RecoverVerdictSigner(digest, s)
		if err != nil {
			return &chain.RevertError{Name: "InvalidSignature", Args: []any{i, uint8(4)}}
		}
		if i > 0 && a.Cmp(last) <= 0 {
			return &chain.RevertError{Name: "SignersNotIncreasing", Args: []any{i}}
		}
		if !slices.Contains(f.arbiters[d.JobID.String()], a) {
			return &chain.RevertError{Name: "NotArbiter", Args: []any{i, a}}
		}
		last = a
	}
	d.Status, d.Outcome = chain.DisputeStatusResolved, v.Outcome
	f.disputes[key] = d
	f.resolved = append(f.resolved, v)
	return nil
}

// setJobStatus changes the status of a recorded job.
func (f *fakeRegistry) setJobStatus(id string, status chain.JobStatus) {
	f.mu.Lock()
	defer f.mu.Unlock()
	j := f.jobs[id]
	j.Status = status
	f.jobs[id] = j
}

type fixture struct {
	reg  *fakeRegistry
	keys []*ecdsa.PrivateKey // the job's three arbiters
	out  *ecdsa.PrivateKey   // not an arbiter
	v    chain.Verdict       // a verdict for dispute 7 of job 1
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{reg: &fakeRegistry{
		chainID: big.NewInt(1337), address: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		disputes: map[string]chain.Dispute{}, jobs: map[string]chain.Job{}, arbiters: map[string][]common.Address{},
	}}
	var addrs []common.Address
	for range 4 {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		f.keys = append(f.keys, k)
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	f.out, f.keys = f.keys[3], f.keys[:3]
	root := [32]byte{1, 2, 3}
	f.reg.arbiters["1"] = addrs[:3]
	boundary := [32]byte{4, 5, 6}
	f.reg.jobs["1"] = chain.Job{Status: chain.StatusAccepted, Threshold: 2, ArbiterCount: 3, BoundaryHash: boundary}
	steps := [32]byte{7, 7}
	f.reg.disputes["7"] = chain.Dispute{ID: big.NewInt(7), JobID: big.NewInt(1), Interval: 4, Root: root,
		Status: chain.DisputeStatusOpen, Deadline: 1000, Challenges: 1, Responded: true, StepRoot: steps, RespondBy: 400, NameBy: 700, StepsNamed: 1}
	f.v = chain.Verdict{JobID: big.NewInt(1), DisputeID: big.NewInt(7), Interval: 4, Root: root, StepRoot: steps, BoundaryHash: boundary,
		Outcome: chain.OutcomeFraud, Distance: big.NewInt(5e17), Boundary: big.NewInt(1e17), ReplayDigest: [32]byte{9}}
	return f
}

func (f *fixture) sign(t *testing.T, key *ecdsa.PrivateKey, v chain.Verdict) Signed {
	t.Helper()
	sig, err := chain.SignVerdict(key, v.Digest(f.reg.chainID, f.reg.address))
	if err != nil {
		t.Fatal(err)
	}
	return Signed{Verdict: v, Signature: sig}
}

// honest is the fixture's verdict turned Honest, with a distance within the boundary.
func (f *fixture) honest() chain.Verdict {
	v := f.v
	v.Outcome, v.Distance = chain.OutcomeHonest, big.NewInt(1e16)
	return v
}
