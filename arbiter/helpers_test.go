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

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
)

// fakeRegistry is an in-memory registry for the unit tests of the pool and the collector;
// the simulated-chain test runs the real one.
type fakeRegistry struct {
	mu         sync.Mutex
	chainID    *big.Int
	address    common.Address
	challenges map[string]bindings.Challenge
	jobs       map[string]bindings.JobView
	arbiters   map[string][]common.Address
	resolved   []chain.Verdict
	resolveErr error
}

func (f *fakeRegistry) Address() common.Address { return f.address }
func (f *fakeRegistry) ChainID() *big.Int       { return f.chainID }

func (f *fakeRegistry) ChallengeInfo(_ context.Context, id *big.Int) (bindings.Challenge, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.challenges[id.String()], nil
}

func (f *fakeRegistry) Arbiters(_ context.Context, job *big.Int) ([]common.Address, error) {
	return f.arbiters[job.String()], nil
}

func (f *fakeRegistry) Job(_ context.Context, job *big.Int) (bindings.JobView, error) {
	j, ok := f.jobs[job.String()]
	if !ok {
		return j, fmt.Errorf("unknown job %s", job)
	}
	return j, nil
}

// Resolve checks what the contract checks about the signatures, then closes the challenge.
func (f *fakeRegistry) Resolve(_ context.Context, v chain.Verdict, sigs [][]byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.resolveErr != nil {
		return f.resolveErr
	}
	c := f.challenges[v.ChallengeID.String()]
	if c.Status != statusOpen {
		return &chain.RevertError{Name: "ChallengeNotOpen"}
	}
	d := v.Digest(f.chainID, f.address)
	var last common.Address
	for i, s := range sigs {
		a, err := chain.RecoverVerdictSigner(d, s)
		if err != nil {
			return err
		}
		if i > 0 && a.Cmp(last) <= 0 {
			return &chain.RevertError{Name: "SignersNotIncreasing"}
		}
		if !slices.Contains(f.arbiters[c.JobId.String()], a) {
			return &chain.RevertError{Name: "NotArbiter"}
		}
		last = a
	}
	if len(sigs) < int(f.jobs[c.JobId.String()].Threshold) {
		return &chain.RevertError{Name: "NotEnoughSignatures"}
	}
	c.Status = 2
	f.challenges[v.ChallengeID.String()] = c
	f.resolved = append(f.resolved, v)
	return nil
}

type fixture struct {
	reg  *fakeRegistry
	keys []*ecdsa.PrivateKey // the job's three arbiters
	out  *ecdsa.PrivateKey   // not an arbiter
	v    chain.Verdict       // a verdict for challenge 7 of job 1
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{reg: &fakeRegistry{
		chainID: big.NewInt(1337), address: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		challenges: map[string]bindings.Challenge{}, jobs: map[string]bindings.JobView{}, arbiters: map[string][]common.Address{},
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
	f.reg.jobs["1"] = bindings.JobView{Status: statusAccepted, Threshold: 2, ArbiterCount: 3}
	f.reg.challenges["7"] = bindings.Challenge{JobId: big.NewInt(1), Interval: 4, Root: root, Status: statusOpen, Deadline: 1000}
	f.v = chain.Verdict{JobID: big.NewInt(1), ChallengeID: big.NewInt(7), Interval: 4, Root: root,
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
