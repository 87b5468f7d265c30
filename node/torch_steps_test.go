package node_test

import (
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/workload"
)

// torchSteps trains an mlp-mnist job in PyTorch (steps 30, stride 10, with the given attacks),
// imports it, serves it through evidence.Server with an ImportSteps running python/ovig's steps
// (with regenerateArgs) and audits every step of interval k as an arbiter does: step roots
// fetched over HTTP against the step tree, audit.RunStep under the reference replay with a
// boundary artifact that has stride-1 bounds. It returns the findings of steps 0..s-1.
func torchSteps(t *testing.T, k uint64, attacks []string, regenerateArgs ...string) []audit.Finding {
	t.Helper()
	return torchStepsOf(t, "mlp-mnist", nil, k, attacks, regenerateArgs...)
}

// torchStepsOf is torchSteps for workload name, under art (nil: audittest's artifact).
func torchStepsOf(t *testing.T, name string, art *boundary.Artifact, k uint64, attacks []string, regenerateArgs ...string) []audit.Finding {
	t.Helper()
	return torchStepsJob(t, name, art, 30, k, attacks, regenerateArgs...)
}

// torchStepsJob is torchStepsOf for a job of `steps` steps at stride 10.
func torchStepsJob(t *testing.T, name string, art *boundary.Artifact, steps, k uint64, attacks []string, regenerateArgs ...string) []audit.Finding {
	t.Helper()
	py := torchPython(t)
	const stride = 10
	o := workload.Options{Steps: steps, Stride: stride, Seed: 7}
	if art == nil {
		j0, _ := torchJob(t, name, o)
		art = audittest.Artifact(t, j0, stride)
	}
	var err error
	if o.BoundaryHash, err = art.Hash(); err != nil {
		t.Fatal(err)
	}
	j, path := torchJob(t, name, o)
	imp := torchImport(t, j, path, attacks...)
	canon, err := j.Manifest().Canonical()
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	cmd, env := node.PythonRegenerate(py, filepath.Join(root, "python"))
	is, err := node.NewImportSteps(node.ImportStepsConfig{
		Store: imp.Store, Command: append(cmd, regenerateArgs...), Env: append(env, "OMP_NUM_THREADS=1"), Dir: root,
		WorkDir: t.TempDir(), Timeout: 2 * time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := is.Add(imp.Key, node.ImportStepJob{Job: j, ManifestJSON: canon, ImportDir: imp.Dir}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(evidence.NewServer(imp.Store, evidence.ServerOptions{Steps: is}))
	t.Cleanup(srv.Close)

	start := time.Now()
	roots, err := is.StepRoots(imp.Key, k)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PyTorch regenerated interval %d (%d states) in %v", k, len(roots), time.Since(start).Round(time.Millisecond))
	if roots[0] != imp.Roots[k] || roots[stride] != imp.Roots[k+1] {
		t.Fatalf("interval %d: the step tree does not start and end at the committed endpoints", k)
	}
	tree, err := evidence.BuildTree(roots)
	if err != nil {
		t.Fatal(err)
	}
	client := audittest.Client(t, srv.URL)
	served, err := client.StepRoots(t.Context(), imp.Key, k, tree.Root(), stride+1)
	if err != nil {
		t.Fatal(err)
	}
	mh, _ := j.Manifest().Hash()
	leaves, err := audit.LeafCount(j, j.Policy().Reference())
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	fs := make([]audit.Finding, stride)
	for s := range uint64(stride) {
		fs[s], err = audit.RunStep(t.Context(), audit.Input{
			Client: client, Job: imp.Key, Interval: k,
			Start: evidence.Anchor{Root: served[s], LeafCount: leaves}, End: evidence.Anchor{Root: served[s+1], LeafCount: leaves},
			ManifestHash: mh, Workload: j, Artifact: art, Profile: j.Policy().Reference(),
		}, s)
		if err != nil {
			t.Fatalf("step %d: %v", s, err)
		}
	}
	t.Logf("audited %d steps in %v", stride, time.Since(start).Round(time.Millisecond))
	return fs
}

// An honest PyTorch provider answers a dispute: its regenerated step states start and end at
// its committed endpoints, and every step passes the one-step check under ovig's replay.
func TestTorchImportStepsHonest(t *testing.T) {
	worst := 0.0
	for s, f := range torchSteps(t, 1, nil) {
		if f.Outcome != audit.Honest {
			t.Errorf("step %d: %s: %s", s, f.Outcome, f.Reason)
		}
		worst = max(worst, f.Worst.Ratio)
	}
	t.Logf("worst distance/boundary over the steps: %.3g", worst)
}

// A PyTorch provider that skipped the update of global step 14, regenerating with its cheat
// (anything else fails to reach its committed endpoint 2), is Fraud at exactly that step.
func TestTorchImportStepsSkipAttack(t *testing.T) {
	const k, n = 1, 14
	for s, f := range torchSteps(t, k, []string{"skip:14-15"}, "--attack", "skip:14-15") {
		want := audit.Honest
		if k*10+uint64(s) == n {
			want = audit.Fraud
		}
		if f.Outcome != want {
			t.Errorf("step %d (global %d): %s, want %s: %s", s, k*10+s, f.Outcome, want, f.Reason)
		} else if want == audit.Fraud {
			t.Logf("step %d (global %d): caught: %s", s, k*10+s, f.Reason)
		}
	}
}
