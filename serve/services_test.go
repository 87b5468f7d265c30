package serve

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
)

// TestServicesSlashSubstitutedModel runs the long-running services on the simulated chain: the
// Watchtower opens every committed record of an honest and of a substituting provider, and
// challenges only the latter; three Arbitrators exchange signatures on a board, two of three
// resolve Fraud and the job is slashed, the watchtower rewarded.
func TestServicesSlashSubstitutedModel(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Skip(err)
	}
	tr, err := infer.Train(src, "mlp-mnist", 10, 5)
	if err != nil {
		t.Fatal(err)
	}
	w, err := tr.Open()
	if err != nil {
		t.Fatal(err)
	}
	ref := tr.Job.Policy().Reference()
	reqs, err := infer.TestRequests(tr.Job, w.Net, 6)
	if err != nil {
		t.Fatal(err)
	}
	ins, err := infer.CalibrationInputs(w, reqs)
	if err != nil {
		t.Fatal(err)
	}
	cal, held := infer.SplitProfiles(tr.Job.Policy())
	bound, err := infer.Calibrate(w.Net, tr.Job.Policy(), ins, infer.CalibrationConfig{Verifier: ref, Profiles: cal[:3], HeldOut: held[:1]})
	if err != nil {
		t.Fatal(err)
	}
	v, err := infer.NewVerifier(w, bound, ref)
	if err != nil {
		t.Fatal(err)
	}
	boundHash, err := bound.Hash()
	if err != nil {
		t.Fatal(err)
	}

	ctx := context.Background()
	ch, err := chain.NewSimulated(chain.SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	keys := ch.DevKeys
	sender := func(k *ecdsa.PrivateKey) *chain.Sender {
		s, err := ch.NewSender(ctx, k, chain.SenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	reg, inf, err := chain.DeployWithInference(ctx, sender(keys[0]))
	if err != nil {
		t.Fatal(err)
	}
	providerS, watchS := sender(keys[1]), sender(keys[2])
	arbiters := keys[4:7]
	asProvider, asWatch := reg.WithSender(providerS), reg.WithSender(watchS)

	newJob := func() *big.Int {
		t.Helper()
		head, err := reg.HeadTime(ctx)
		if err != nil {
			t.Fatal(err)
		}
		p := bindings.JobParams{
			Provider: providerS.Address(), ManifestHash: crypto.Keccak256Hash([]byte("manifest")),
			TotalSteps: 10, Stride: 10, BoundaryHash: crypto.Keccak256Hash([]byte("boundary")),
			AcceptBy: head + 86400, FinalizeBy: head + 7*86400, ChallengeWindow: 86400, ArbitrationWindow: 3600,
			ProviderBond: ether(4), ChallengerBond: ether(1), Threshold: 2,
		}
		for _, k := range arbiters {
			p.Arbiters = append(p.Arbiters, crypto.PubkeyToAddress(k.PublicKey))
		}
		id, err := reg.CreateJob(ctx, p, ether(10))
		if err != nil {
			t.Fatal(err)
		}
		if err := asProvider.Accept(ctx, id, p.ProviderBond, "http://127.0.0.1:1/evidence"); err != nil {
			t.Fatal(err)
		}
		if err := asProvider.CommitIntervalsAt(ctx, id, 0, [][32]byte{{1}, {2}}); err != nil {
			t.Fatal(err)
		}
		if err := asProvider.Finalize(ctx, id, w.Hash); err != nil {
			t.Fatal(err)
		}
		if err := inf.OpenServing(ctx, id, boundHash, 3600); err != nil {
			t.Fatal(err)
		}
		return id
	}
	// serveJob serves the job's model with hooks, answers the requests, commits every batch off
	// and on chain, and returns a client of the server.
	serveJob := func(id *big.Int, hooks *infer.Hooks) *Client {
		t.Helper()
		is, err := infer.NewServer(w, ref, hooks)
		if err != nil {
			t.Fatal(err)
		}
		store, err := OpenStore(t.TempDir(), w.Hash, 4)
		if err != nil {
			t.Fatal(err)
		}
		hs := httptest.NewServer(NewServer(id.String(), is, store, Model{Job: id.String()}, nil, zerolog.Nop()))
		t.Cleanup(hs.Close)
		cl, err := NewClient(hs.URL, id.String(), hs.Client())
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reqs {
			if _, err := cl.Ask(ctx, workload.TaskClassify, Query{ID: r.ID, Pixels: r.Pixels}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := store.Flush(); err != nil {
			t.Fatal(err)
		}
		cm := &Committer{Inference: inf.WithSender(providerS), Job: id, Store: store}
		if n, err := cm.Sync(ctx); err != nil || n != 2 {
			t.Fatalf("sync: %d batches, %v", n, err)
		}
		if n, err := cm.Sync(ctx); err != nil || n != 0 {
			t.Fatalf("second sync: %d batches, %v", n, err)
		}
		return cl
	}
	honestJob, fraudJob := newJob(), newJob()
	honest := serveJob(honestJob, nil)
	hooks, err := infer.ParseBehaviour("substitute:init", tr.Job, w.Net)
	if err != nil {
		t.Fatal(err)
	}
	fraud := serveJob(fraudJob, hooks)

	tower := func(id *big.Int, cl *Client) *Watchtower {
		return &Watchtower{Inference: inf.WithSender(watchS), Registry: asWatch, Job: id, Client: cl, Verifier: v,
			Model: w.Hash, Secret: []byte("watch secret"), Rate: 1, Log: zerolog.Nop()}
	}
	clients := map[string]*Client{honestJob.String(): honest, fraudJob.String(): fraud}
	board := NewMemoryBoard()
	var panel []*Arbitrator
	for _, k := range arbiters {
		panel = append(panel, &Arbitrator{
			Inference: inf.WithSender(sender(k)), Registry: reg, Key: k, Board: board, Log: zerolog.Nop(),
			Serving: func(_ context.Context, job *big.Int) (Served, error) {
				return Served{Client: clients[job.String()], Verifier: v, Model: w.Hash}, nil
			},
		})
	}
	arbitrate := func() (resolved int) {
		t.Helper()
		for range 2 { // a round to judge and post, a round to see the others' signatures
			for _, a := range panel {
				s, err := a.Step(ctx)
				if err != nil {
					t.Fatal(err)
				}
				resolved += len(s.Resolved)
			}
		}
		return resolved
	}

	// Honest serving: every record opened, none challenged, nothing to arbitrate.
	ht := tower(honestJob, honest)
	s, err := ht.Step(ctx)
	if err != nil || s.Checked != len(reqs) || len(s.Disputes) != 0 || len(s.Errors) != 0 {
		t.Fatalf("honest watch: %d checked, %d disputes, %v, %v", s.Checked, len(s.Disputes), s.Errors, err)
	}
	if s, err := ht.Step(ctx); err != nil || s.Checked != 0 {
		t.Fatalf("second honest watch step re-checked %d records, %v", s.Checked, err)
	}
	if n := arbitrate(); n != 0 {
		t.Fatalf("%d disputes resolved on honest serving", n)
	}

	// Substituted model: the watchtower challenges, the arbiters rule Fraud, the job is slashed.
	ft := tower(fraudJob, fraud)
	s, err = ft.Step(ctx)
	if err != nil || len(s.Disputes) != 1 || len(s.Errors) != 0 {
		t.Fatalf("fraud watch: %d checked, %d disputes, %v, %v", s.Checked, len(s.Disputes), s.Errors, err)
	}
	if n := arbitrate(); n != len(s.Disputes) {
		t.Fatalf("%d disputes resolved, want %d", n, len(s.Disputes))
	}
	if j, err := reg.Job(ctx, fraudJob); err != nil || j.Status != chain.StatusFraudulent {
		t.Fatalf("fraudulent job: %+v, %v", j.Status, err)
	}
	if j, err := reg.Job(ctx, honestJob); err != nil || j.Status != chain.StatusFinalized {
		t.Fatalf("honest job: %+v, %v", j.Status, err)
	}
	if c, err := reg.Credits(ctx, watchS.Address()); err != nil || c.Cmp(ether(2)) != 0 {
		t.Fatalf("watchtower's reward %v, %v", c, err)
	}
	// The slashed job is no longer watched.
	if s, err := ft.Step(ctx); err != nil || !s.Closed || s.Checked != 0 {
		t.Fatalf("watch after the slash: %+v, %v", s, err)
	}
}
