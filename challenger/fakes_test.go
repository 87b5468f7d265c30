package challenger

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// fakeChain is an in-memory registry for service logic tests (the real simulated chain is
// exercised in registry_test.go).
type fakeChain struct {
	mu         sync.Mutex
	jobs       map[string]JobRecord
	open       map[string]*big.Int // job/interval -> challenge id
	challenger map[string]common.Address
	nextID     int64
	balance    *big.Int
	head       uint64
	me         common.Address
	sent       []string         // job/interval of every OpenChallenge call
	reclaimed  []string         // ids of every dispute whose bond we reclaimed
	decided    map[string]uint8 // job/interval -> the outcome that decided it
	// beforeSend runs inside OpenChallenge before the challenge lands; failSend makes it fail.
	beforeSend func(jobID *big.Int, endpoint uint64)
	failSend   error
}

func newFakeChain(me common.Address) *fakeChain {
	return &fakeChain{jobs: map[string]JobRecord{}, open: map[string]*big.Int{}, challenger: map[string]common.Address{}, decided: map[string]uint8{},
		nextID: 1, balance: big.NewInt(1e18), me: me}
}

func (f *fakeChain) setJob(id *big.Int, j JobRecord) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.jobs[id.String()] = j
}

func (f *fakeChain) Job(_ context.Context, jobID *big.Int) (JobRecord, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	j, ok := f.jobs[jobID.String()]
	if !ok {
		return j, fmt.Errorf("UnknownJob(%s)", jobID)
	}
	return j, nil
}

func (f *fakeChain) OpenChallengeOf(_ context.Context, jobID *big.Int, k uint64) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if id, ok := f.open[intervalID(jobID, k)]; ok {
		return id, nil
	}
	return new(big.Int), nil
}

func (f *fakeChain) Stands(_ context.Context, id *big.Int) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.challenger[id.String()] == f.me || f.challenger[id.String()+"/"+f.me.Hex()] == f.me, nil
}

// openAs opens a challenge on the fake chain as who.
func (f *fakeChain) openAs(who common.Address, jobID *big.Int, k uint64) *big.Int {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := big.NewInt(f.nextID)
	f.nextID++
	f.open[intervalID(jobID, k)] = id
	f.challenger[id.String()] = who
	return id
}

func (f *fakeChain) OpenChallenge(_ context.Context, jobID *big.Int, endpoint uint64, b chain.BatchRef, bond *big.Int) (*big.Int, error) {
	if f.beforeSend != nil {
		f.beforeSend(jobID, endpoint)
	}
	f.mu.Lock()
	f.sent = append(f.sent, intervalID(jobID, endpoint-1))
	j := f.jobs[jobID.String()]
	what := fmt.Sprintf("challenge job %v endpoint %d", jobID, endpoint)
	// The registry's checks in its order, failing with the reverts the chain package decodes.
	switch decided := f.decided[intervalID(jobID, endpoint-1)]; {
	case f.failSend != nil:
		f.mu.Unlock()
		return nil, f.failSend
	case decided != 0:
		f.mu.Unlock()
		return nil, fmt.Errorf("%s: %w", what, revert("IntervalDecided", endpoint-1, decided))
	case j.Status != chain.StatusAccepted && j.Status != chain.StatusFinalized:
		f.mu.Unlock()
		return nil, fmt.Errorf("%s: %w", what, revert("InvalidJobStatus", jobID, uint8(j.Status)))
	case bond.Cmp(j.ChallengerBond) != 0:
		f.mu.Unlock()
		return nil, fmt.Errorf("%s: %w", what, revert("WrongValue", j.ChallengerBond, bond))
	case !b.Contains(endpoint):
		f.mu.Unlock()
		return nil, fmt.Errorf("%s: %w", what, revert("EndpointNotInBatch", endpoint, b.First, uint64(len(b.Roots))))
	case f.open[intervalID(jobID, endpoint-1)] != nil:
		// Someone opened the dispute since we looked: we join it.
		id := f.open[intervalID(jobID, endpoint-1)]
		f.challenger[id.String()+"/"+f.me.Hex()] = f.me
		f.balance.Sub(f.balance, bond)
		f.mu.Unlock()
		return id, nil
	}
	f.balance.Sub(f.balance, bond)
	f.mu.Unlock()
	return f.openAs(f.me, jobID, endpoint-1), nil
}

// revert is the error the chain package returns for the registry's custom error name(args...):
// encoded by the contract's ABI and decoded again, as a send that fails gas estimation gives it.
func revert(name string, args ...any) error {
	errs := chain.RegistryErrors()
	data, err := errs.Encode(name, args...)
	if err != nil {
		panic(err) // a test names an error the registry does not have
	}
	return errs.Decode(data)
}

func (f *fakeChain) Reclaim(_ context.Context, id *big.Int) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.challenger[id.String()] != f.me && f.challenger[id.String()+"/"+f.me.Hex()] != f.me {
		return false, nil
	}
	for k, open := range f.open {
		if open.Cmp(id) == 0 {
			delete(f.open, k) // a closed job's dispute lapses
		}
	}
	f.reclaimed = append(f.reclaimed, id.String())
	return true, nil
}

func (f *fakeChain) Balance(context.Context) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return new(big.Int).Set(f.balance), nil
}

func (f *fakeChain) HeadTime(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.head, nil
}

func (f *fakeChain) sends() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string{}, f.sent...)
}

// fakeAuditor returns a fixed outcome per interval (Honest by default) and counts calls.
type fakeAuditor struct {
	mu       sync.Mutex
	outcomes map[uint64]evidence.Outcome
	calls    map[uint64]int
	reqs     []AuditRequest
}

func newFakeAuditor(bad map[uint64]evidence.Outcome) *fakeAuditor {
	return &fakeAuditor{outcomes: bad, calls: map[uint64]int{}}
}

func (a *fakeAuditor) Audit(_ context.Context, r AuditRequest) (Finding, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls[r.Interval]++
	a.reqs = append(a.reqs, r)
	o, ok := a.outcomes[r.Interval]
	if !ok {
		o = evidence.Honest
	}
	ratio := 0.2
	if o == evidence.Fraud {
		ratio = 40
	}
	return Finding{Outcome: o, Reason: "fake " + o.String(), WorstRatio: ratio}, nil
}

func (a *fakeAuditor) totalCalls() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	n := 0
	for _, c := range a.calls {
		n += c
	}
	return n
}
