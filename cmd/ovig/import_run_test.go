package main

import (
	"encoding/hex"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/chain/anvil"
)

// node run --import on anvil: a job trained in PyTorch is accepted, committed and finalized from
// the import directory, the node reports its progress, and once the window closes it settles the
// job, stops serving evidence and exits by itself.
func TestNodeRunImportStopsWhenSettled(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "import torch").Run() != nil {
		t.Skip("no /usr/bin/python3 with torch: apt-get install python3-torch (make test installs it)")
	}
	url, keys := anvil.Start(t)
	dir := t.TempDir()
	root := mustAbs(t, "../..")
	data := "--data-dir=" + root
	for i, role := range []string{"OWNER", "PROVIDER1"} {
		t.Setenv("OVIG_TEST_"+role, hex.EncodeToString(crypto.FromECDSA(keys[i])))
	}
	rpc := []string{"--rpc", url, "--confirmations", "1"}
	common := append([]string{"--registry", deployRegistry(t, append([]string{"--key-env", "OVIG_TEST_OWNER"}, rpc...)...)}, rpc...)
	cal := filepath.Join(dir, "cal")
	mustOvig(t, "calibrate", data, "--workload", "mlp-mnist", "--strides", "10", "--endpoints", "10",
		"--profiles", "f32/acc=f32/red=pairwise/fma=off,f32/acc=f64/red=seq/fma=off", "--held-out", "f32/acc=f32/red=lanes16/fma=off", "--out", cal)
	m := filepath.Join(dir, "job.json")
	mustOvig(t, "manifest", data, "--workload", "mlp-mnist", "--steps", "20", "--stride", "10", "--seed", "7",
		"--boundary", filepath.Join(cal, "boundary.json"), m)
	imported := filepath.Join(dir, "imported")
	train := exec.Command("/usr/bin/python3", "-m", "ovig", "train", m, imported)
	train.Dir, train.Env = root, append(os.Environ(), "PYTHONPATH="+filepath.Join(root, "python"), "OMP_NUM_THREADS=1", "PYTHONDONTWRITEBYTECODE=1")
	if out, err := train.CombinedOutput(); err != nil {
		t.Fatalf("python3 -m ovig train: %v\n%s", err, out)
	}
	mustOvig(t, append([]string{"job", "create", "--key-env", "OVIG_TEST_OWNER", "--manifest", filepath.Join(imported, "manifest.json"),
		"--provider", crypto.PubkeyToAddress(keys[1].PublicKey).Hex(), "--payment", "5", "--provider-bond", "2", "--challenger-bond", "0.5",
		"--arbiter", crypto.PubkeyToAddress(keys[2].PublicKey).Hex()}, common...)...)

	listen := freeAddr(t)
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := ovig(t, t.Context(), append([]string{"node", "run", data, "--key-env", "OVIG_TEST_PROVIDER1", "--job", "1",
			"--import", imported, "--accept", "--store", filepath.Join(dir, "store"), "--listen", listen, "--poll", "200ms"}, common...)...)
		done <- result{out, err}
	}()
	waitStatus(t, common, "1", "Finalized")
	ch, err := chain.Dial(t.Context(), url, chain.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	if err := ch.AdjustTime(t.Context(), 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("node run --import: %v\n%s", r.err, r.out)
		}
		t.Logf("node run --import:\n%s", r.out)
	case <-time.After(3 * time.Minute):
		t.Fatal("node run --import still running 3 minutes after the window closed")
	}
	if got := jobStatus(t, common, "1"); got != "Settled" {
		t.Fatalf("job 1 is %s, want Settled", got)
	}
	if c, err := net.DialTimeout("tcp", listen, time.Second); err == nil {
		c.Close()
		t.Fatalf("the evidence server on %s still accepts connections after the job settled", listen)
	}
}
