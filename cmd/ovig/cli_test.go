package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/arbiter"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/chain/anvil"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

// ovig runs the command line in process and returns what it printed on stdout.
func ovig(t *testing.T, ctx context.Context, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := newApp(&out, &errOut)
	app.ExitErrHandler = func(*cli.Context, error) {} // report errors instead of exiting
	err := app.RunContext(ctx, append([]string{"ovig", "--log-json", "--log-level", "warn"}, args...))
	if err != nil {
		err = fmt.Errorf("ovig %s: %w\n%s", strings.Join(args, " "), err, errOut.String())
	}
	return out.String(), err
}

func mustOvig(t *testing.T, args ...string) string {
	t.Helper()
	out, err := ovig(t, t.Context(), args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// background runs a long-lived command until the test ends; its error is checked then.
func background(t *testing.T, args ...string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := ovig(t, ctx, args...)
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("background %s: %v", args[0], err)
		}
	})
}

// jobStatus is the job's status name, "" while it does not exist yet.
func jobStatus(t *testing.T, common []string, id string) string {
	t.Helper()
	out, err := ovig(t, t.Context(), append([]string{"--json", "job", "show"}, append(common, id)...)...)
	if err != nil {
		if strings.Contains(err.Error(), "UnknownJob") {
			return ""
		}
		t.Fatalf("job show %s: %v", id, err)
	}
	var v struct {
		Status string `json:"status"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("job show --json: %v\n%s", err, out)
	}
	return v.Status
}

func waitStatus(t *testing.T, common []string, id, want string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for {
		got := jobStatus(t, common, id)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s is %s, want %s", id, got, want)
		}
		time.Sleep(200 * time.Millisecond) // polling a real node's state from outside
	}
}

// The operator's path against a real anvil node, through the command line only: deploy,
// calibrate, write manifests, create jobs, run two provider nodes (one skips steps), a
// watchtower and an arbiter; the cheater is slashed and the honest provider settles and
// withdraws after the window.
func TestCommandLineOnAnvil(t *testing.T) {
	url, keys := anvil.Start(t)
	dir := t.TempDir()
	data := "--data-dir=" + mustAbs(t, "../..")
	for i, role := range []string{"OWNER", "PROVIDER1", "PROVIDER2", "WATCHTOWER", "ARBITER"} {
		t.Setenv("OVIG_TEST_"+role, hex.EncodeToString(crypto.FromECDSA(keys[i])))
	}
	addr := func(i int) string { return crypto.PubkeyToAddress(keys[i].PublicKey).Hex() }
	rpc := []string{"--rpc", url, "--confirmations", "1"}

	common := append([]string{"--registry", deployRegistry(t, append([]string{"--key-env", "OVIG_TEST_OWNER"}, rpc...)...)}, rpc...)

	cal := filepath.Join(dir, "cal")
	mustOvig(t, "calibrate", data, "--workload", "mlp-mnist", "--strides", "10", "--endpoints", "10,30",
		"--profiles", "f32/acc=f32/red=pairwise/fma=off,f32/acc=f32/red=lanes8/fma=off,f32/acc=f64/red=seq/fma=off",
		"--held-out", "f32/acc=f32/red=lanes16/fma=off", "--out", cal)
	library := filepath.Join(dir, "library")
	if err := os.MkdirAll(library, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(cal, "boundary.json"), filepath.Join(library, "boundary.json"))

	var evidenceAddrs []string
	for i := 1; i <= 2; i++ {
		m := filepath.Join(dir, fmt.Sprintf("job%d.json", i))
		mustOvig(t, "manifest", data, "--workload", "mlp-mnist", "--steps", "40", "--stride", "10",
			"--seed", fmt.Sprint(i), "--boundary", filepath.Join(cal, "boundary.json"), m)
		raw, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		copyFile(t, m, filepath.Join(library, evidence.Keccak256(raw).String()+".json"))
		ev := freeAddr(t)
		evidenceAddrs = append(evidenceAddrs, ev)
		mustOvig(t, append([]string{"job", "create", "--key-env", "OVIG_TEST_OWNER", "--manifest", m,
			"--provider", addr(i), "--payment", "5", "--provider-bond", "2", "--challenger-bond", "0.5",
			"--arbiter", addr(4)}, common...)...)
	}

	// The provider checks before it bonds: job 2 run with job 1's manifest is refused, and
	// nothing is staked (the job stays Created, the provider's balance does not move).
	ch, err := chain.Dial(t.Context(), url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	balance := func() *big.Int {
		b, err := ch.Client.BalanceAt(t.Context(), crypto.PubkeyToAddress(keys[2].PublicKey), nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	before := balance()
	_, err = ovig(t, t.Context(), append([]string{"node", "run", data, "--key-env", "OVIG_TEST_PROVIDER2",
		"--job", "2", "--manifest", filepath.Join(dir, "job1.json"), "--accept", "--store", filepath.Join(dir, "refused"),
		"--listen", freeAddr(t)}, common...)...)
	if err == nil || !strings.Contains(err.Error(), "manifest hash on chain") {
		t.Fatalf("node run --accept with another job's manifest: %v", err)
	}
	if got := jobStatus(t, common, "2"); got != "Created" || balance().Cmp(before) != 0 {
		t.Fatalf("after a refused accept: job 2 %s, balance %s -> %s", got, before, balance())
	}

	background(t, append([]string{"arbiter", "run", data, "--key-env", "OVIG_TEST_ARBITER", "--library", library, "--state", filepath.Join(dir, "arbiter"),
		"--listen", freeAddr(t), "--poll", "200ms"}, common...)...)
	background(t, append([]string{"challenger", "run", data, "--key-env", "OVIG_TEST_WATCHTOWER", "--rate", "1",
		"--secret-file", filepath.Join(dir, "secret"), "--state", filepath.Join(dir, "wt.db"), "--boundaries", library,
		"--metrics", "", "--poll", "200ms"}, common...)...)
	for i, behaviour := range []string{"honest", "skip:0.3"} {
		background(t, append([]string{"node", "run", data, "--key-env", fmt.Sprintf("OVIG_TEST_PROVIDER%d", i+1),
			"--job", fmt.Sprint(i + 1), "--manifest", filepath.Join(dir, fmt.Sprintf("job%d.json", i+1)), "--accept",
			"--store", filepath.Join(dir, fmt.Sprintf("store%d", i+1)), "--listen", evidenceAddrs[i],
			"--batch-size", "2", "--poll", "200ms", "--behaviour", behaviour}, common...)...)
	}

	waitStatus(t, common, "2", "Fraudulent")
	waitStatus(t, common, "1", "Finalized")
	if err := ch.AdjustTime(t.Context(), 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	waitStatus(t, common, "1", "Settled") // the honest node settles its own job
	out := mustOvig(t, append([]string{"job", "withdraw", "--key-env", "OVIG_TEST_PROVIDER1"}, common...)...)
	if !strings.Contains(out, "withdrew 7 ETH") {
		t.Errorf("honest provider: %q, want escrow 5 + bond 2 withdrawn", out)
	}
	out = mustOvig(t, append([]string{"job", "withdraw", "--key-env", "OVIG_TEST_OWNER"}, common...)...)
	if !strings.Contains(out, "withdrew 6 ETH") {
		t.Errorf("owner of the slashed job: %q, want escrow 5 + half the bond 1 withdrawn", out)
	}
	if list := mustOvig(t, append([]string{"job", "list"}, common...)...); !strings.Contains(list, "Settled") || !strings.Contains(list, "Fraudulent") {
		t.Errorf("job list:\n%s", list)
	}
}

// `node run --dev` creates its own job on a real node, publishes what watchtowers and arbiters
// need, trains, finalizes and settles it.
func TestNodeRunDevOnAnvil(t *testing.T) {
	url, keys := anvil.Start(t)
	dir := t.TempDir()
	t.Setenv("OVIG_TEST_DEV", hex.EncodeToString(crypto.FromECDSA(keys[0])))
	me, judge := crypto.PubkeyToAddress(keys[0].PublicKey), crypto.PubkeyToAddress(keys[1].PublicKey)
	rpc := []string{"--rpc", url, "--confirmations", "1", "--key-env", "OVIG_TEST_DEV"}
	registry := deployRegistry(t, rpc...)
	common := append([]string{"--registry", registry}, rpc...)
	library := filepath.Join(dir, "library")
	background(t, append([]string{"node", "run", "--data-dir=" + mustAbs(t, "../.."), "--dev", "--steps", "20", "--stride", "10", "--arbiter", judge.Hex(),
		"--library", library, "--store", filepath.Join(dir, "store"), "--listen", freeAddr(t), "--poll", "200ms"}, common...)...)
	waitStatus(t, common, "1", "Finalized")

	ch, err := chain.Dial(t.Context(), url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	reg, err := chain.OpenRegistry(t.Context(), ch.Client, ethcommon.HexToAddress(registry), nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := reg.Job(t.Context(), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	arbiters, err := reg.Arbiters(t.Context(), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if v.Owner != me || v.Provider != me || len(arbiters) != 1 || arbiters[0] != judge {
		t.Fatalf("dev job owner %s provider %s arbiters %v, want %s, %s and %s", v.Owner, v.Provider, arbiters, me, me, judge)
	}
	// The library holds the manifest and the boundary the job names, under their hashes.
	cat := arbiter.NewCatalog(library, nil)
	if _, err := cat.Artifact(t.Context(), evidence.Hash32(v.BoundaryHash)); err != nil {
		t.Fatalf("boundary of the dev job: %v", err)
	}
	if _, err := os.Stat(filepath.Join(library, evidence.Hash32(v.ManifestHash).String()+".json")); err != nil {
		t.Fatalf("manifest of the dev job: %v", err)
	}
	// The provider audits one of its own intervals offline, as an arbiter would.
	out := mustOvig(t, "replay", "--data-dir="+mustAbs(t, "../.."), "--store", filepath.Join(dir, "store"), "--job", "1", "--interval", "1",
		"--boundary", filepath.Join(library, evidence.Hash32(v.BoundaryHash).String()+".json"))
	if !strings.Contains(out, "job 1 interval 1 (steps 10..20)") || !strings.Contains(out, ": honest") {
		t.Errorf("replay of an honest interval:\n%s", out)
	}
	if err := ch.AdjustTime(t.Context(), 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	waitStatus(t, common, "1", "Settled")

	// --dev makes its own job and needs an arbiter other than itself: refused before any work.
	if _, err := ovig(t, t.Context(), append([]string{"node", "run", "--dev", "--job", "1"}, common...)...); err == nil || !strings.Contains(err.Error(), "--dev creates its own job") {
		t.Fatalf("--dev with --job: %v", err)
	}
	if _, err := ovig(t, t.Context(), append([]string{"node", "run", "--dev"}, common...)...); err == nil || !strings.Contains(err.Error(), "--dev needs --arbiter") {
		t.Fatalf("--dev without --arbiter: %v", err)
	}
}

// deployRegistry runs ovig deploy with args and returns the registry's address.
func deployRegistry(t *testing.T, args ...string) string {
	t.Helper()
	out := mustOvig(t, append([]string{"--json", "deploy"}, args...)...)
	var dep struct {
		Registry string `json:"registry"`
	}
	if err := json.Unmarshal([]byte(out), &dep); err != nil {
		t.Fatal(err)
	}
	return dep.Registry
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Bad invocations fail with a message that says what to do, before touching any chain.
func TestCommandLineErrors(t *testing.T) {
	// A manifest whose learning rate is absurd: job create refuses it before dialling anyone.
	absurd := evidencetest.Manifest(1 << 16)
	absurd.Workload, absurd.Architecture.Name = "mlp-mnist", "mlp-mnist"
	for k := range absurd.LRSchedule.Params {
		absurd.LRSchedule.Params[k] = 1e308
	}
	raw, err := absurd.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	absurdPath := filepath.Join(t.TempDir(), "absurd.json")
	if err := os.WriteFile(absurdPath, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"job", "list"}, "--registry is required"},
		{[]string{"job", "list", "--registry", "0x0000000000000000000000000000000000000001"}, "no --rpc given"},
		{[]string{"job", "list", "--registry", "0x0000000000000000000000000000000000000001", "--rpc", "http://127.0.0.1:1"}, "connection refused; is the node running?"},
		{[]string{"job", "settle", "--registry", "0x0000000000000000000000000000000000000001", "--rpc", "http://127.0.0.1:1", "1"}, "--keystore FILE --password-file FILE, or --key-env NAME"},
		{[]string{"job", "show", "--registry", "0x01", "1"}, "not a 0x-prefixed 20-byte hex address"},
		{[]string{"job", "show", "--registry", "0x0000000000000000000000000000000000000001", "x"}, "want a positive decimal number"},
		{[]string{"plan", "--target", "1.5"}, "not a probability"},
		{[]string{"plan"}, "exactly one of --target or --rate"},
		{[]string{"manifest", "--workload", "nope", "--steps", "10", "--stride", "3", "--boundary", "/nonexistent", "out.json"}, "read boundary artifact"},
		{[]string{"job", "create", "--manifest", absurdPath, "--provider", "0x0000000000000000000000000000000000000002", "--payment", "1",
			"--arbiter", "0x0000000000000000000000000000000000000003", "--registry", "0x0000000000000000000000000000000000000001", "--rpc", "http://127.0.0.1:1"},
			"lr_schedule.params"},
	}
	for _, c := range cases {
		_, err := ovig(t, t.Context(), c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ovig %s: %v, want an error containing %q", strings.Join(c.args, " "), err, c.want)
		}
	}
}
