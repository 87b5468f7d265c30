package serve

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// TestChainSlashesSubstitutedModel runs the on-chain game of auditable inference end to end on
// the simulated chain: two finalized jobs serve the same final model, one honestly and one with
// the job's initial weights substituted; both servers commit their batches on chain; a watchtower
// spot-checks every record and challenges the first that is not honest; the arbiters judge with
// infer.Check and sign. The substituting provider is slashed; the honest one, challenged by a
// griefer, is not, and the griefer loses its bond.
func TestChainSlashesSubstitutedModel(t *testing.T) {
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
	providerS, watchS, griefS := sender(keys[1]), sender(keys[2]), sender(keys[3])
	arbiters := keys[4:7]
	asProvider, asWatch, asGrief := reg.WithSender(providerS), reg.WithSender(watchS), reg.WithSender(griefS)

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
	// watch spot-checks every record (one sampled block each) and challenges the first that is
	// not honest; it returns the dispute id, or nil if all were honest.
	watch := func(id *big.Int, cl *Client, who *chain.Sender, reg *chain.Registry, force bool) *big.Int {
		t.Helper()
		batches, err := cl.Batches(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range batches {
			if _, err := OnChain(ctx, inf, id, b); err != nil {
				t.Fatal(err)
			}
			for i := range b.LeafCount {
				o, err := cl.Record(ctx, b, i)
				if err != nil {
					t.Fatal(err)
				}
				if f := v.Check(o, []int{0, 1}); f.Outcome != infer.Honest || force {
					d, err := Challenge(ctx, inf.WithSender(who), reg, id, b, i, []byte("watch secret"))
					if err != nil {
						t.Fatal(err)
					}
					return d
				}
			}
		}
		return nil
	}
	judge := func(cl *Client, d *big.Int, want uint8) {
		t.Helper()
		verdict, f, err := Judge(ctx, inf, cl, v, w.Hash, d)
		if err != nil {
			t.Fatal(err)
		}
		if verdict.Outcome != want {
			t.Fatalf("verdict %d (%+v), want %d", verdict.Outcome, f, want)
		}
		digest := verdict.Digest(inf.ChainID(), inf.Address())
		var sigs [][]byte
		for _, k := range arbiters[:2] {
			s, err := chain.SignVerdict(k, digest)
			if err != nil {
				t.Fatal(err)
			}
			sigs = append(sigs, s)
		}
		if err := inf.Resolve(ctx, verdict, sigs); err != nil {
			t.Fatal(err)
		}
	}

	honestJob, fraudJob := newJob(), newJob()
	honest := serveJob(honestJob, nil)
	hooks, err := infer.ParseBehaviour("substitute:init", tr.Job, w.Net)
	if err != nil {
		t.Fatal(err)
	}
	fraud := serveJob(fraudJob, hooks)

	// The honest provider: the watchtower finds nothing; a griefer challenges anyway and loses.
	if d := watch(honestJob, honest, watchS, asWatch, false); d != nil {
		t.Fatalf("honest server challenged: dispute %v", d)
	}
	d := watch(honestJob, honest, griefS, asGrief, true)
	judge(honest, d, chain.OutcomeHonest)
	if j, err := reg.Job(ctx, honestJob); err != nil || j.Status != chain.StatusFinalized {
		t.Fatalf("honest job after a false challenge: %+v, %v", j.Status, err)
	}
	if c, err := inf.Credits(ctx, griefS.Address()); err != nil || c.Sign() != 0 {
		t.Fatalf("griefer's credits %v, %v", c, err)
	}

	// The substituting provider: challenged on its first record, judged Fraud, slashed.
	d = watch(fraudJob, fraud, watchS, asWatch, false)
	if d == nil {
		t.Fatal("the substituted model was not caught")
	}
	judge(fraud, d, chain.OutcomeFraud)
	j, err := reg.Job(ctx, fraudJob)
	if err != nil || j.Status != chain.StatusFraudulent {
		t.Fatalf("fraudulent job: %+v, %v", j.Status, err)
	}
	if c, err := reg.Credits(ctx, watchS.Address()); err != nil || c.Cmp(ether(2)) != 0 {
		t.Fatalf("watchtower's reward %v, %v", c, err)
	}
	if c, err := inf.Credits(ctx, watchS.Address()); err != nil || c.Cmp(ether(1)) != 0 {
		t.Fatalf("watchtower's bond back %v, %v", c, err)
	}
}
