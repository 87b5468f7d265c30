package node_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/regen"
)

// writeImportState writes ep in the layout python/ovig's steps writes a step state in.
func writeImportState(t *testing.T, dir string, ep *evidence.Endpoint) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, ts := range map[string][]evidence.Tensor{"state.safetensors": ep.State, "gradient.safetensors": ep.Gradient} {
		b, err := evidence.EncodeSafetensors(ts, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	info, err := json.Marshal(map[string]any{"step": ep.Metadata.Step, "losses": ep.Metadata.Losses, "extra": ep.Metadata.Extra})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "info.json"), info, 0o644); err != nil {
		t.Fatal(err)
	}
}

// goStepStates trains a Go mlp-mnist job into store under key "7" and writes the step states
// of every interval, as ovig's own provider regenerates them, into src/<k>/<j>/: what an
// external trainer's regenerate command would write.
func goStepStates(t *testing.T, steps, stride uint64) (*evidence.Store, regen.StepJob, *regen.Steps, string) {
	t.Helper()
	store := openStore(t, t.TempDir())
	sj := audittest.TrainStored(t, steps, stride, store, "7")
	native := regen.NewSteps(store)
	native.Add("7", sj)
	src := t.TempDir()
	for k := range steps / stride {
		for j := range stride + 1 {
			b, err := native.LoadStep("7", k, j)
			if err != nil {
				t.Fatal(err)
			}
			writeImportState(t, filepath.Join(src, strconv.FormatUint(k, 10), strconv.FormatUint(j, 10)), b.Endpoint)
		}
	}
	return store, sj, native, src
}

// shCommand is a regenerate command running script with $0 = src, $1 = interval, $2 = out.
func shCommand(script, src string) []string {
	return []string{"/bin/sh", "-c", script, src, node.PlaceholderInterval, node.PlaceholderOut}
}

func newImportSteps(t *testing.T, store *evidence.Store, sj regen.StepJob, cmd []string, timeout time.Duration, keep int) *node.ImportSteps {
	t.Helper()
	is, err := node.NewImportSteps(node.ImportStepsConfig{Store: store, Command: cmd, WorkDir: t.TempDir(), Timeout: timeout, Keep: keep})
	if err != nil {
		t.Fatal(err)
	}
	if err := is.Add("7", node.ImportStepJob{Job: sj.Job, ManifestJSON: sj.ManifestJSON, ImportDir: "unused"}); err != nil {
		t.Fatal(err)
	}
	return is
}

// States an external regenerate command writes in CaptureStep's layout are served with the
// roots ovig's own provider computes for the same states; each interval is regenerated once
// while it is kept.
func TestImportStepsServeTheRegeneratedStates(t *testing.T) {
	const stride = 5
	store, sj, native, src := goStepStates(t, 10, stride)
	is := newImportSteps(t, store, sj, shCommand(`echo run >> "$0/runs" && cp -R "$0/$1/." "$2/"`, src), time.Minute, 1)
	for k := range uint64(2) {
		roots, err := is.StepRoots("7", k)
		if err != nil {
			t.Fatal(err)
		}
		want, err := native.StepRoots("7", k)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(roots, want) {
			t.Fatalf("interval %d: import step roots differ from ovig's own", k)
		}
		for j := range uint64(stride + 1) {
			b, err := is.LoadStep("7", k, j)
			if err != nil {
				t.Fatalf("interval %d state %d: %v", k, j, err)
			}
			if b.Commitment.Root() != roots[j] {
				t.Fatalf("interval %d state %d: root %s, step tree says %s", k, j, b.Commitment.Root(), roots[j])
			}
		}
	}
	if _, err := is.StepRoots("7", 1); err != nil {
		t.Fatal(err)
	}
	// Keep 1: interval 0 was dropped when 1 was regenerated, and comes back on request.
	if _, err := is.StepRoots("7", 0); err != nil {
		t.Fatal(err)
	}
	runs, _ := os.ReadFile(filepath.Join(src, "runs"))
	if n := strings.Count(string(runs), "run"); n != 3 {
		t.Fatalf("the command ran %d times, want 3 (intervals 0, 1, then 0 again)", n)
	}
	if _, err := is.LoadStep("7", 0, stride+1); !errors.Is(err, evidence.ErrNotFound) {
		t.Fatalf("state beyond the interval: %v", err)
	}
	if _, err := is.StepRoots("7", 2); !errors.Is(err, evidence.ErrNotFound) {
		t.Fatalf("interval beyond the job: %v", err)
	}
	if _, err := is.StepRoots("8", 0); !errors.Is(err, evidence.ErrNotFound) {
		t.Fatalf("unknown job: %v", err)
	}
}

// What a regenerate command must not get away with: ends that are not the committed
// endpoints, stray or missing states, oversized files, failing or hanging.
func TestImportStepsRefuse(t *testing.T) {
	store, sj, _, src := goStepStates(t, 10, 5)
	for _, c := range []struct {
		name, script string
		want         []string
	}{
		{"end not committed", `cp -R "$0/$1/." "$2/" && sed -i 's/"loss_steps":"5"/"loss_steps":"4"/' "$2/5/info.json"`,
			[]string{"regenerated state 5 of interval 1 has root", "committed endpoint 2 has"}},
		{"start not committed", `cp -R "$0/$1/." "$2/" && sed -i 's/"loss_steps":"5"/"loss_steps":"4"/' "$2/0/info.json"`,
			[]string{"regenerated state 0 of interval 1 has root", "committed endpoint 1 has"}},
		{"stray entry", `cp -R "$0/$1/." "$2/" && mkdir "$2/6"`, []string{`holds "6"`}},
		{"missing states", `cp -R "$0/$1/0" "$2/0"`, []string{"1 states", "want 6"}},
		{"oversized file", `cp -R "$0/$1/." "$2/" && head -c 4000000 /dev/zero >> "$2/2/state.safetensors"`,
			[]string{filepath.Join("2", "state.safetensors")}},
		{"fails", `echo boom >&2; exit 3`, []string{"exit status 3", "boom"}},
		{"hangs", `sleep 30`, []string{"no result within"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			is := newImportSteps(t, store, sj, shCommand(c.script, src), 2*time.Second, 0)
			start := time.Now()
			_, err := is.StepRoots("7", 1)
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Fatalf("error %q does not say %q", err, w)
				}
			}
			if d := time.Since(start); d > 15*time.Second {
				t.Fatalf("took %v", d)
			}
			t.Logf("%v", err)
		})
	}
}

func TestRegenerateCommandArguments(t *testing.T) {
	cmd, env := node.PythonRegenerate("", "/repo/python")
	if cmd[0] != node.DefaultPython || !slices.Contains(env, "PYTHONPATH=/repo/python") {
		t.Fatalf("default command %v env %v", cmd, env)
	}
	if _, err := node.LocatePython(".."); err != nil {
		t.Fatal(err)
	}
	if _, err := node.LocatePython(t.TempDir()); err == nil {
		t.Fatal("found python/ovig in an empty directory")
	}
}
