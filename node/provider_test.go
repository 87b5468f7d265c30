package node_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

type providerEnv struct {
	ch       *chain.Chain
	owner    *chain.Registry
	provider *chain.Registry
	job      *workload.Job
	manifest []byte
	jobID    *big.Int
}

// newProviderEnv deploys the registry on the simulated chain and creates and accepts an MLP job
// of steps/stride.
func newProviderEnv(t *testing.T, steps, stride uint64) *providerEnv {
	t.Helper()
	ctx := t.Context()
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{
		Steps: steps, Stride: stride, Seed: 7, BoundaryHash: evidence.Keccak256([]byte("test boundary")),
	})
	if err != nil {
		t.Fatal(err)
	}
	job, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	canon, err := m.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	mh, err := m.Hash()
	if err != nil {
		t.Fatal(err)
	}
	ch, err := chain.NewSimulated(chain.SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	sender := func(i int) *chain.Sender {
		s, err := ch.NewSender(ctx, ch.DevKeys[i], chain.SenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	owner, err := chain.DeployRegistry(ctx, sender(0))
	if err != nil {
		t.Fatal(err)
	}
	provider := owner.WithSender(sender(1))
	head, err := ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bond := big.NewInt(params.Ether)
	jobID, err := owner.CreateJob(ctx, bindings.JobParams{
		Provider: crypto.PubkeyToAddress(ch.DevKeys[1].PublicKey), ManifestHash: mh,
		TotalSteps: m.TotalSteps, Stride: m.Stride, BoundaryHash: m.BoundaryHash,
		AcceptBy: head.Time + 3600, FinalizeBy: head.Time + 86400,
		ChallengeWindow: m.ChallengeWindow, ArbitrationWindow: m.ArbitrationWindow,
		ProviderBond: bond, ChallengerBond: big.NewInt(params.Ether / 10),
		Arbiters: []common.Address{crypto.PubkeyToAddress(ch.DevKeys[2].PublicKey)}, Threshold: 1,
	}, big.NewInt(5*params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	if err := provider.Accept(ctx, jobID, bond, "http://127.0.0.1:1"); err != nil {
		t.Fatal(err)
	}
	return &providerEnv{ch: ch, owner: owner, provider: provider, job: job, manifest: canon, jobID: jobID}
}

func (e *providerEnv) config(store node.EvidenceStore, post node.PostPolicy) node.ProviderConfig {
	return node.ProviderConfig{
		JobID: e.jobID, ManifestJSON: e.manifest, Profile: numeric.Default(),
		Open: func(resume *evidence.Endpoint) (node.Trainer, error) {
			if resume == nil {
				return e.job.Init()
			}
			return e.job.Restore(resume)
		},
		Store: store, Chain: e.provider, Post: post,
		Commit: evidence.CommitOptions{}, Log: zerolog.Nop(),
	}
}

// committedRoots reads every endpoint root of the job from its IntervalsCommitted events.
func committedRoots(t *testing.T, r *chain.Registry, jobID *big.Int) [][32]byte {
	t.Helper()
	batches, err := r.Batches(t.Context(), jobID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var roots [][32]byte
	for _, b := range batches {
		if b.First != uint64(len(roots)) {
			t.Fatalf("batch %d starts at endpoint %d, want %d", b.Index, b.First, len(roots))
		}
		roots = append(roots, b.Roots...)
	}
	return roots
}

func openStore(t *testing.T, dir string) *evidence.Store {
	t.Helper()
	s, err := evidence.OpenStore(dir, evidence.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestProviderTrainsCommitsAndFinalizes(t *testing.T) {
	e := newProviderEnv(t, 40, 10)
	store := openStore(t, t.TempDir())
	p, err := node.NewProvider(e.config(store, node.PostPolicy{BatchSize: 2}))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(t.Context()); err != nil {
		t.Fatal(err)
	}
	v, err := e.owner.Job(t.Context(), e.jobID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Status != 3 || v.CommittedEndpoints != 5 || v.BatchCount != 3 {
		t.Fatalf("status %d, committed %d in %d batches; want finalized, 5 endpoints in 3 batches", v.Status, v.CommittedEndpoints, v.BatchCount)
	}
	roots := committedRoots(t, e.owner, e.jobID)
	for i, r := range roots {
		b, err := store.Load(evidence.JobKey(e.jobID), uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		if b.Commitment.Root() != r {
			t.Fatalf("endpoint %d: stored root %s, committed %s", i, b.Commitment.Root(), evidence.Hash32(r))
		}
		if b.Endpoint.Metadata.Step != uint64(i)*10 {
			t.Fatalf("endpoint %d captured at step %d", i, b.Endpoint.Metadata.Step)
		}
	}
	if v.FinalModelHash != roots[4] {
		t.Fatal("final model hash is not the last endpoint's root")
	}
	// A second run on a finalized job does nothing.
	if err := p.Run(t.Context()); err != nil {
		t.Fatalf("rerun on a finalized job: %v", err)
	}
}

// A provider killed after capturing endpoints that were never posted resumes from its store
// and the chain, and commits exactly what an uninterrupted run commits.
func TestProviderResumesAfterCrash(t *testing.T) {
	ref := newProviderEnv(t, 60, 10)
	refStore := openStore(t, t.TempDir())
	p, err := node.NewProvider(ref.config(refStore, node.PostPolicy{BatchSize: 4}))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(t.Context()); err != nil {
		t.Fatal(err)
	}
	want := committedRoots(t, ref.owner, ref.jobID)

	e := newProviderEnv(t, 60, 10)
	dir := t.TempDir()
	ctx, crash := context.WithCancel(t.Context())
	cfg := e.config(openStore(t, dir), node.PostPolicy{BatchSize: 4})
	cfg.OnEndpoint = func(endpoint, _ uint64, _ []float64) {
		if endpoint == 5 { // endpoints 0..3 are on chain, 4 and 5 only in the store
			crash()
		}
	}
	p, err = node.NewProvider(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("crashed run: %v, want context.Canceled", err)
	}
	if v, _ := e.owner.Job(t.Context(), e.jobID); v.CommittedEndpoints != 4 {
		t.Fatalf("after the crash %d endpoints are committed, want 4", v.CommittedEndpoints)
	}

	cfg = e.config(openStore(t, dir), node.PostPolicy{BatchSize: 4})
	p, err = node.NewProvider(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(t.Context()); err != nil {
		t.Fatal(err)
	}
	got := committedRoots(t, e.owner, e.jobID)
	if len(got) != len(want) {
		t.Fatalf("resumed run committed %d endpoints, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("endpoint %d: resumed root %x differs from the uninterrupted run's %x", i, got[i], want[i])
		}
	}
}

// The chain having more endpoints than the store is lost evidence: the provider refuses to go on.
func TestProviderRefusesWhenStoreLost(t *testing.T) {
	e := newProviderEnv(t, 20, 10)
	p, err := node.NewProvider(e.config(openStore(t, t.TempDir()), node.PostPolicy{BatchSize: 1}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithTimeout(t.Context(), time.Minute)
	defer stop()
	if err := e.provider.CommitIntervalsAt(ctx, e.jobID, 0, [][32]byte{{1}, {2}}); err != nil {
		t.Fatal(err)
	}
	if err := p.Run(ctx); err == nil {
		t.Fatal("provider ran with committed endpoints missing from its store")
	}
}

// flakyChain drops the connection: commitIntervals and finalize fail without a revert while
// outages remain; with landFirst the first dropped commit lands on chain anyway, as a sent
// transaction whose receipt never came back does.
type flakyChain struct {
	node.ProviderChain
	outages   int
	landFirst bool
	failures  int
}

var errDropped = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func (f *flakyChain) CommitIntervalsAt(ctx context.Context, jobID *big.Int, first uint64, roots [][32]byte) error {
	if f.outages > 0 {
		f.outages--
		f.failures++
		if f.landFirst {
			f.landFirst = false
			if err := f.ProviderChain.CommitIntervalsAt(ctx, jobID, first, roots); err != nil {
				return err
			}
		}
		return errDropped
	}
	return f.ProviderChain.CommitIntervalsAt(ctx, jobID, first, roots)
}

func (f *flakyChain) Finalize(ctx context.Context, jobID *big.Int, h [32]byte) error {
	if f.outages > 0 {
		f.outages--
		f.failures++
		return errDropped
	}
	return f.ProviderChain.Finalize(ctx, jobID, h)
}

// A provider whose node drops (for a few calls, and once after its transaction was mined)
// carries on: it retries with backoff, never appends a batch twice, and finalizes. A revert is
// still returned at once.
func TestProviderSurvivesRPCLoss(t *testing.T) {
	e := newProviderEnv(t, 40, 10)
	store := openStore(t, t.TempDir())
	flaky := &flakyChain{ProviderChain: e.provider, outages: 4, landFirst: true}
	cfg := e.config(store, node.PostPolicy{BatchSize: 2})
	cfg.Chain = flaky
	var waits []time.Duration
	cfg.Retry = node.Retry{Wait: time.Second, MaxWait: 4 * time.Second, Sleep: func(_ context.Context, d time.Duration) error {
		waits = append(waits, d)
		return nil
	}}
	p, err := node.NewProvider(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(t.Context()); err != nil {
		t.Fatalf("run through an outage: %v", err)
	}
	v, err := e.owner.Job(t.Context(), e.jobID)
	if err != nil || v.Status != chain.StatusFinalized || v.CommittedEndpoints != 5 || v.BatchCount != 3 {
		t.Fatalf("after the outage: %+v %v; want finalized with 5 endpoints in 3 batches", v, err)
	}
	if flaky.failures != 4 || len(waits) != 4 || waits[0] != time.Second || waits[3] != 4*time.Second {
		t.Fatalf("%d failures, waits %v", flaky.failures, waits)
	}
	if got := committedRoots(t, e.owner, e.jobID); len(got) != 5 {
		t.Fatalf("%d roots committed, want 5", len(got))
	}
}

func TestRetryReturnsRevertsAtOnce(t *testing.T) {
	calls := 0
	err := node.Retry{Sleep: func(context.Context, time.Duration) error { t.Fatal("slept on a revert"); return nil }}.
		Do(t.Context(), zerolog.Nop(), "x", func(context.Context) error {
			calls++
			return &chain.RevertError{Name: "DeadlinePassed"}
		})
	if !chain.IsRevert(err, "DeadlinePassed") || calls != 1 {
		t.Fatalf("%v after %d calls", err, calls)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if node.Transient(ctx, errDropped) {
		t.Error("an error after the context ended counts as transient")
	}
}
