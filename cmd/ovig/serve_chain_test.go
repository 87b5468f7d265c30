package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/chain/anvil"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
	"github.com/ovig/ovig/serve"
)

// TestServeOnChainOnAnvil: `ovig serve run --registry ...` commits its record batches to the
// registry's OvigInference as the provider, and `ovig serve check --registry ... --challenge`
// checks the server's batches against the chain and challenges the first record of a server
// that substituted the pre-fine-tuning weights (exit code 3, an open inference dispute), which the
// watchtower service (`ovig serve watch`) opened first; `ovig serve judge` signs Fraud and two
// arbiter services (`ovig serve arbitrate`) exchange signatures and resolve: the job is slashed.
func TestServeOnChainOnAnvil(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Skip(err)
	}
	tr, err := infer.Train(src, "mlp-mnist", 10, 11)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	canon, err := tr.Job.Manifest().Canonical()
	if err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "job.json")
	if err := os.WriteFile(manifest, canon, 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := evidence.OpenStore(filepath.Join(dir, "store"), evidence.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := evidence.NewBundle(canon, tr.Final, evidence.CommitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Put("1", tr.Job.Manifest().Intervals(), b); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	w, err := tr.Open()
	if err != nil {
		t.Fatal(err)
	}
	reqs, err := infer.TestRequests(tr.Job, w.Net, 4)
	if err != nil {
		t.Fatal(err)
	}

	url, keys := anvil.Start(t)
	for i, role := range []string{"OWNER", "PROVIDER", "WATCHTOWER", "", "ARB0", "ARB1", "ARB2"} {
		if role != "" {
			t.Setenv("OVIG_TEST_"+role, hex.EncodeToString(crypto.FromECDSA(keys[i])))
		}
	}
	rpc := []string{"--rpc", url, "--confirmations", "1"}
	registry := deployRegistry(t, append([]string{"--key-env", "OVIG_TEST_OWNER"}, rpc...)...)

	// Job 1, finalized on the trained model, serving opened by its owner.
	ctx := t.Context()
	ch, err := chain.Dial(ctx, url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	sender := func(i int) *chain.Sender {
		s, err := ch.NewSender(ctx, keys[i], chain.SenderOptions{PollInterval: 100 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	reg, err := chain.OpenRegistry(ctx, ch.Client, common.HexToAddress(registry), sender(0))
	if err != nil {
		t.Fatal(err)
	}
	head, err := reg.HeadTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := bindings.JobParams{
		Provider: crypto.PubkeyToAddress(keys[1].PublicKey), ManifestHash: crypto.Keccak256Hash(canon),
		TotalSteps: 10, Stride: 10, BoundaryHash: crypto.Keccak256Hash([]byte("boundary")),
		AcceptBy: head + 86400, FinalizeBy: head + 7*86400, ChallengeWindow: 86400, ArbitrationWindow: 3600,
		ProviderBond: big.NewInt(4e18), ChallengerBond: big.NewInt(1e18), Threshold: 2,
	}
	for _, k := range keys[4:7] {
		p.Arbiters = append(p.Arbiters, crypto.PubkeyToAddress(k.PublicKey))
	}
	id, err := reg.CreateJob(ctx, p, big.NewInt(5e18))
	if err != nil || id.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("job %v: %v", id, err)
	}
	prov := reg.WithSender(sender(1))
	if err := prov.Accept(ctx, id, p.ProviderBond, "http://127.0.0.1:1/evidence"); err != nil {
		t.Fatal(err)
	}
	if err := prov.CommitIntervalsAt(ctx, id, 0, [][32]byte{{1}, {2}}); err != nil {
		t.Fatal(err)
	}
	if err := prov.Finalize(ctx, id, tr.FinalHash); err != nil {
		t.Fatal(err)
	}
	inf, err := reg.InferenceOf(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The owner fixes the bound the arbiters judge by: the one calibrated on 4 test requests.
	cal, held := infer.SplitProfiles(tr.Job.Policy())
	bound, err := infer.CalibrateOnTest(w, 4, cal, held)
	if err != nil {
		t.Fatal(err)
	}
	boundHash, err := bound.Hash()
	if err != nil {
		t.Fatal(err)
	}
	boundFile := filepath.Join(dir, "bound.json")
	raw, err := json.Marshal(bound)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(boundFile, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := inf.OpenServing(ctx, id, boundHash, 3600); err != nil {
		t.Fatal(err)
	}

	addr := freeAddr(t)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		_, err := ovig(t, runCtx, append([]string{"serve", "run", "--data-dir", ".", "--store", filepath.Join(dir, "store"), "--job", "1",
			"--final-hash", tr.FinalHash.String(), "--listen", addr, "--records", filepath.Join(dir, "records"), "--batch-size", "2",
			"--batch-interval", "300ms", "--behaviour", "substitute:init", "--registry", registry, "--key-env", "OVIG_TEST_PROVIDER"}, rpc...)...)
		done <- err
	}()
	cl, err := serve.NewClient("http://"+addr, "1", nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range reqs {
		for try := 0; ; try++ { // until the server listens
			if _, err = cl.Ask(ctx, workload.TaskClassify, serve.Query{Pixels: r.Pixels}); err == nil || try == 100 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	for try := 0; ; try++ {
		terms, err := inf.Terms(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if terms.Batches == 2 {
			break
		}
		if try == 200 {
			t.Fatalf("serve run committed %d batches on chain, want 2", terms.Batches)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The watchtower service (ovig serve watch) follows the commits and challenges a substituted
	// record on its own; serve check then finds the same record already disputed by its key.
	watchCtx, stopWatch := context.WithCancel(ctx)
	watched := make(chan error, 1)
	go func() {
		_, err := ovig(t, watchCtx, append([]string{"serve", "watch", "--data-dir", ".", "--url", "http://" + addr, "--job", "1", "--manifest", manifest,
			"--final-hash", tr.FinalHash.String(), "--bound", boundFile, "--rate", "1", "--poll", "200ms", "--registry", registry,
			"--key-env", "OVIG_TEST_WATCHTOWER"}, rpc...)...)
		watched <- err
	}()
	for try := 0; ; try++ {
		if n, err := inf.DisputeCount(ctx); err == nil && n == 1 {
			break
		}
		if try == 300 {
			t.Fatal("serve watch opened no inference dispute")
		}
		time.Sleep(100 * time.Millisecond)
	}
	stopWatch()
	if err := <-watched; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("serve watch: %v", err)
	}
	out, err := ovig(t, ctx, append([]string{"serve", "check", "--data-dir", ".", "--url", "http://" + addr, "--job", "1", "--manifest", manifest,
		"--final-hash", tr.FinalHash.String(), "--bound", boundFile, "--all-blocks", "--registry", registry, "--key-env", "OVIG_TEST_WATCHTOWER",
		"--challenge"}, rpc...)...)
	var exit cli.ExitCoder
	if !errors.As(err, &exit) || exit.ExitCode() != 3 || !strings.Contains(out, "challenged on chain: inference dispute 1") {
		t.Fatalf("serve check: %v\n%s", err, out)
	}
	d, err := inf.Dispute(ctx, big.NewInt(1))
	if err != nil || !d.Open() || d.Challenger != crypto.PubkeyToAddress(keys[2].PublicKey) || d.JobID.Cmp(id) != 0 {
		t.Fatalf("dispute: %+v, %v", d, err)
	}
	// Two of the three arbiters judge it with ovig serve judge; the second submits.
	judge := []string{"--json", "serve", "judge", "--data-dir", ".", "--dispute", "1", "--url", "http://" + addr, "--manifest", manifest,
		"--final-hash", tr.FinalHash.String(), "--bound", boundFile, "--registry", registry}
	out = mustOvig(t, append(append(judge, "--key-env", "OVIG_TEST_ARB0"), rpc...)...)
	var first struct {
		Outcome   uint8  `json:"outcome"`
		Signature string `json:"signature"`
		Submitted bool   `json:"submitted"`
	}
	if err := json.Unmarshal([]byte(out), &first); err != nil || first.Outcome != chain.OutcomeFraud || first.Submitted {
		t.Fatalf("judge: %+v, %v\n%s", first, err, out)
	}
	// The two other arbiters run as services (ovig serve arbitrate), pull each other's signed
	// verdicts and resolve.
	arbCtx, stopArb := context.WithCancel(ctx)
	defer stopArb()
	arbAddr := []string{freeAddr(t), freeAddr(t)}
	arbDone := make(chan error, 2)
	for i, role := range []string{"OVIG_TEST_ARB1", "OVIG_TEST_ARB2"} {
		go func() {
			_, err := ovig(t, arbCtx, append([]string{"serve", "arbitrate", "--data-dir", ".", "--url", "http://" + addr, "--job", "1",
				"--manifest", manifest, "--final-hash", tr.FinalHash.String(), "--bound", boundFile, "--registry", registry,
				"--listen", arbAddr[i], "--peer", "http://" + arbAddr[1-i], "--poll", "200ms", "--key-env", role}, rpc...)...)
			arbDone <- err
		}()
	}
	for try := 0; ; try++ {
		if d, err := inf.Dispute(ctx, big.NewInt(1)); err == nil && !d.Open() {
			if d.Outcome != chain.OutcomeFraud {
				t.Fatalf("dispute resolved %d, want Fraud", d.Outcome)
			}
			break
		}
		if try == 300 {
			t.Fatal("serve arbitrate did not resolve the dispute")
		}
		time.Sleep(100 * time.Millisecond)
	}
	stopArb()
	for range 2 {
		if err := <-arbDone; err != nil && !errors.Is(err, context.Canceled) {
			t.Fatalf("serve arbitrate: %v", err)
		}
	}
	if j, err := reg.Job(ctx, id); err != nil || j.Status != chain.StatusFraudulent {
		t.Fatalf("job after the verdict: %v, %v", j.Status, err)
	}
	cancel()
	if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("serve run: %v", err)
	}
}
