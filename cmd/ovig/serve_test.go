package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
	"github.com/ovig/ovig/serve"
)

// TestServeRunAndCheck serves a trained job's final model with ovig serve run, asks it
// through the HTTP API and spot-checks the records with ovig serve check: honest, then a
// server that substituted the pre-fine-tuning weights, which the check reports with exit code 3.
func TestServeRunAndCheck(t *testing.T) {
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
	final := tr.FinalHash.String()
	w, err := tr.Open()
	if err != nil {
		t.Fatal(err)
	}
	reqs, err := infer.TestRequests(tr.Job, w.Net, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, behaviour := range []string{"honest", "substitute:init"} {
		addr := freeAddr(t)
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		go func() {
			_, err := ovig(t, ctx, "serve", "run", "--data-dir", ".", "--store", filepath.Join(dir, "store"), "--job", "1",
				"--final-hash", final, "--listen", addr, "--records", filepath.Join(dir, behaviour), "--batch-size", "2", "--behaviour", behaviour)
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
				t.Fatalf("%s: request %d: %v", behaviour, i, err)
			}
		}
		out, err := ovig(t, t.Context(), "serve", "check", "--data-dir", ".", "--url", "http://"+addr, "--job", "1", "--manifest", manifest,
			"--final-hash", final, "--inputs", "4", "--all-blocks")
		var exit cli.ExitCoder
		switch behaviour {
		case "honest":
			if err != nil || !strings.Contains(out, "2 batches, 4 records opened, 0 not honest") {
				t.Fatalf("honest: %v\n%s", err, out)
			}
		default:
			if !errors.As(err, &exit) || exit.ExitCode() != 3 || !strings.Contains(out, "4 records opened, 4 not honest") {
				t.Fatalf("%s: %v\n%s", behaviour, err, out)
			}
		}
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Fatalf("serve run: %v", err)
		}
	}
}
