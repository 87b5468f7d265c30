package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/ovig/ovig/bindings"
)

// env is a deployed registry on a chain with one handle per role, all from funded dev keys.
type env struct {
	t          testing.TB
	ch         *Chain
	owner      *Registry
	provider   *Registry
	challenger *Registry
	// challenger2 is a second challenger (keys[7]) for disputes several challengers stand on.
	challenger2 *Registry
	arbKeys     []*ecdsa.PrivateKey
	other       *Registry // a third party (cancel after the deadline, lapse)
	receipts    []*types.Receipt
	opts        SenderOptions
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }
func gwei(n int64) *big.Int  { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func newSimEnv(t testing.TB) *env {
	t.Helper()
	ch, err := NewSimulated(SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	return newEnv(t, ch, ch.DevKeys, SenderOptions{})
}

// newEnv deploys a registry from keys[0] (the owner) and uses keys[1] as provider, keys[2] as
// challenger, keys[3] as a third party, keys[4..6] as arbiters and keys[7] as a second
// challenger.
func newEnv(t testing.TB, ch *Chain, keys []*ecdsa.PrivateKey, opts SenderOptions) *env {
	t.Helper()
	if len(keys) < 8 {
		t.Fatalf("need 8 keys, have %d", len(keys))
	}
	ctx := context.Background()
	e := &env{t: t, ch: ch, arbKeys: keys[4:7], opts: opts}
	reg, err := DeployRegistry(ctx, e.sender(keys[0]))
	if err != nil {
		t.Fatal(err)
	}
	e.owner = reg
	e.provider = e.as(keys[1])
	e.challenger = e.as(keys[2])
	e.other = e.as(keys[3])
	e.challenger2 = e.as(keys[7])
	return e
}

// sender returns a Sender for k whose receipts are recorded in e.receipts.
func (e *env) sender(k *ecdsa.PrivateKey) *Sender {
	e.t.Helper()
	o := e.opts
	o.OnReceipt = func(r *types.Receipt) { e.receipts = append(e.receipts, r) }
	s, err := e.ch.NewSender(context.Background(), k, o)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// as returns the registry handle of key k (its receipts are recorded in e.receipts).
func (e *env) as(k *ecdsa.PrivateKey) *Registry { return e.owner.WithSender(e.sender(k)) }

// evidenceURI is what providers name at accept; nothing in this package fetches from it.
const evidenceURI = "http://127.0.0.1:1/evidence"

// testSecret is the secret challengers derive their salts from.
var testSecret = []byte("ovig chain test secret")

// challenge makes r stand on interval endpoint-1 of job id (commit, then reveal) with the
// bond of p.
func (e *env) challenge(r *Registry, id *big.Int, endpoint uint64, b BatchRef, p bindings.JobParams) Opened {
	e.t.Helper()
	o, err := r.Challenge(context.Background(), id, endpoint, b, p.ChallengerBond, testSecret)
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

// commitOnly bonds r's first commitment for a challenge (attempt 0 of testSecret) without
// revealing it, as an interrupted Registry.Challenge leaves it, then mines a block so that it
// can be revealed (the registry refuses a reveal in its commitment's block); it returns the salt.
func (e *env) commitOnly(r *Registry, id *big.Int, endpoint uint64, root [32]byte, bond *big.Int) [32]byte {
	e.t.Helper()
	salt := ChallengeSalt(testSecret, id, endpoint, root, 0)
	c := ChallengeCommitment(r.Sender().Address(), id, endpoint, root, salt)
	if _, err := r.transact(context.Background(), "commit only", bond, r.abi.PackCommitChallenge(c)); err != nil {
		e.t.Fatal(err)
	}
	if err := e.ch.Commit(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	return salt
}

// dispute reads a dispute record.
func (e *env) dispute(id *big.Int) Dispute {
	e.t.Helper()
	d, err := e.owner.DisputeOf(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

// stand reads a challenge record.
func (e *env) stand(id *big.Int) Stand {
	e.t.Helper()
	s, err := e.owner.StandOf(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// claim pays out challenge id (sent by the third party: anyone may claim).
func (e *env) claim(id *big.Int) {
	e.t.Helper()
	if err := e.other.Claim(context.Background(), id); err != nil {
		e.t.Fatal(err)
	}
}

// verdict is the verdict on dispute o of job id with the given outcome; distance and boundary
// agree with the outcome, and the boundary hash is the one p records.
func verdict(id *big.Int, o Opened, interval uint64, root [32]byte, p bindings.JobParams, outcome uint8) Verdict {
	v := Verdict{JobID: id, DisputeID: o.DisputeID, Interval: interval, Root: root, BoundaryHash: p.BoundaryHash,
		Outcome: outcome, Distance: ToFixed18(0.015), Boundary: ToFixed18(1e-4), ReplayDigest: crypto.Keccak256Hash([]byte("replay"))}
	if outcome == OutcomeHonest {
		v.Distance = ToFixed18(1.2e-6)
	}
	return v
}

// stateRoots are the stride+1 state roots of interval k that an honest provider reports: the
// committed roots of endpoints k and k+1 at the ends (from batches), made-up roots between.
func stateRoots(batches []BatchRef, interval, stride uint64) [][32]byte {
	out := make([][32]byte, stride+1)
	for j := range out {
		out[j] = crypto.Keccak256Hash([]byte("state"), new(big.Int).SetUint64(interval).Bytes(), new(big.Int).SetUint64(uint64(j)).Bytes())
	}
	out[0] = batchOf(batches, interval).Roots[interval-batchOf(batches, interval).First]
	out[stride] = batchOf(batches, interval+1).Roots[interval+1-batchOf(batches, interval+1).First]
	return out
}

// batchOf is the batch that holds endpoint.
func batchOf(batches []BatchRef, endpoint uint64) BatchRef {
	for _, b := range batches {
		if b.Contains(endpoint) {
			return b
		}
	}
	panic(fmt.Sprintf("endpoint %d in no batch", endpoint))
}

// respondWith has the provider answer dispute id (on interval) with the given state roots,
// proofs computed in Go; it returns the step root.
func (e *env) respondWith(disputeID *big.Int, interval uint64, batches []BatchRef, states [][32]byte) ([32]byte, error) {
	e.t.Helper()
	stepRoot, first, last, err := StepResponse(states)
	if err != nil {
		e.t.Fatal(err)
	}
	return stepRoot, e.provider.Respond(context.Background(), disputeID, stepRoot, batchOf(batches, interval), interval, first, last)
}

// respond has the provider answer dispute id (on interval) honestly; it returns the step root.
func (e *env) respond(disputeID *big.Int, interval uint64, batches []BatchRef, stride uint64) [32]byte {
	e.t.Helper()
	stepRoot, err := e.respondWith(disputeID, interval, batches, stateRoots(batches, interval, stride))
	if err != nil {
		e.t.Fatal(err)
	}
	return stepRoot
}

// nameStep has r name step for its challenge.
func (e *env) nameStep(r *Registry, challengeID *big.Int, step uint64) {
	e.t.Helper()
	if err := r.NameStep(context.Background(), challengeID, step); err != nil {
		e.t.Fatal(err)
	}
}

// pastNaming moves chain time past the dispute's NameBy (Honest verdicts and timeouts need it).
func (e *env) pastNaming(disputeID *big.Int) {
	e.t.Helper()
	if d, now := e.dispute(disputeID), e.now(); now <= d.NameBy {
		e.advance(time.Duration(d.NameBy-now+1) * time.Second)
	}
}

// onStep is verdict v about named step step of its dispute, on the step root the provider
// responded with.
func (e *env) onStep(v Verdict, step uint64) Verdict {
	e.t.Helper()
	v.StepRoot = e.dispute(v.DisputeID).StepRoot
	v.Step = step
	return v
}

func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.ch.Head(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// params describes a job of totalSteps/stride intervals judged by the first n arbiters with
// the given threshold: accept within a day, finalize within a week, a one-day challenge window
// and a one-hour arbitration window.
func (e *env) params(totalSteps, stride uint64, n int, threshold uint8) bindings.JobParams {
	now := e.now()
	arbs := make([]common.Address, n)
	for i := range arbs {
		arbs[i] = addr(e.arbKeys[i])
	}
	return bindings.JobParams{
		Provider:          e.provider.Sender().Address(),
		ManifestHash:      crypto.Keccak256Hash([]byte("manifest")),
		TotalSteps:        totalSteps,
		Stride:            stride,
		BoundaryHash:      crypto.Keccak256Hash([]byte("boundary")),
		AcceptBy:          now + 86400,
		FinalizeBy:        now + 7*86400,
		ChallengeWindow:   86400,
		ArbitrationWindow: 3600,
		ProviderBond:      ether(4),
		ChallengerBond:    ether(1),
		Arbiters:          arbs,
		Threshold:         threshold,
	}
}

// roots returns n distinct fake endpoint roots starting at endpoint first.
func roots(first, n uint64) [][32]byte {
	out := make([][32]byte, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash(new(big.Int).SetUint64(first+uint64(i)).Bytes(), []byte("endpoint"))
	}
	return out
}

// acceptedJob creates and accepts a job of intervals intervals (stride 10) and commits all its
// endpoints in batches of at most batch roots. It returns the job id and the batches.
func (e *env) acceptedJob(intervals uint64, batch uint64, n int, threshold uint8) (*big.Int, bindings.JobParams, []BatchRef) {
	e.t.Helper()
	ctx := context.Background()
	p := e.params(intervals*10, 10, n, threshold)
	id, err := e.owner.CreateJob(ctx, p, ether(10))
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.provider.Accept(ctx, id, p.ProviderBond, evidenceURI); err != nil {
		e.t.Fatal(err)
	}
	var batches []BatchRef
	for first := uint64(0); first <= intervals; first += batch {
		cnt := min(batch, intervals+1-first)
		rs := roots(first, cnt)
		if err := e.provider.CommitIntervalsAt(ctx, id, first, rs); err != nil {
			e.t.Fatal(err)
		}
		batches = append(batches, BatchRef{Index: uint64(len(batches)), First: first, Roots: rs})
	}
	return id, p, batches
}

func (e *env) credits(who common.Address) *big.Int {
	e.t.Helper()
	c, err := e.owner.Credits(context.Background(), who)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *env) job(id *big.Int) Job {
	e.t.Helper()
	j, err := e.owner.Job(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return j
}

func mustRevert(t testing.TB, err error, name string) *RevertError {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	if !IsRevert(err, name) {
		t.Fatalf("want revert %s, got %v", name, err)
	}
	var re *RevertError
	errors.As(err, &re)
	return re
}
