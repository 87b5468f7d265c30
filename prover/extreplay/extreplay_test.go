package extreplay_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/extreplay"
	"github.com/ovig/ovig/prover/workload"
)

var (
	torchOnce sync.Once
	torchPy   string
)

// torchPython finds an interpreter that can import torch, or skips the test.
func torchPython(t *testing.T) string {
	t.Helper()
	torchOnce.Do(func() {
		for _, c := range []string{os.Getenv("OVIG_PYTHON"), "/usr/bin/python3", "python3"} {
			if c != "" && exec.Command(c, "-c", "import torch").Run() == nil {
				torchPy = c
				return
			}
		}
	})
	if torchPy == "" {
		t.Skip("no Python interpreter can import torch: apt-get install python3-torch (make test installs it)")
	}
	return torchPy
}

// torchReplayer is python/ovig's replayer, one thread, with extra options.
func torchReplayer(t *testing.T, timeout time.Duration, opts ...string) *extreplay.Replayer {
	t.Helper()
	py := torchPython(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	r, err := extreplay.New(extreplay.Config{
		Command: append([]string{py, "-m", "ovig", "replay"}, opts...),
		Env:     []string{"PYTHONPATH=" + filepath.Join(root, "python"), "OVIG_DATA_DIR=" + root, "OMP_NUM_THREADS=1", "PYTHONDONTWRITEBYTECODE=1"},
		Timeout: timeout,
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func prepare(t *testing.T, e *audittest.Env, r audit.Replayer) *audit.Prepared {
	t.Helper()
	pre, err := audit.Prepare(audit.Config{Client: audittest.Client(t, e.Server.URL), Job: e.JobKey, ManifestHash: e.ManifestHash,
		Workload: e.Job, Artifact: e.Artifact, Replayer: r})
	if err != nil {
		t.Fatal(err)
	}
	return pre
}

// An ovig-trained job replayed on PyTorch: every interval and every step Honest; a skipped
// update Fraud at its step, and at its interval.
func TestTorchReplayerAudits(t *testing.T) {
	r := torchReplayer(t, 0)
	skip := &workload.Hooks{Skip: func(step uint64) bool { return step == 3 }}
	for _, tc := range []struct {
		name  string
		hooks *workload.Hooks
	}{{"honest", nil}, {"skip 3", skip}} {
		t.Run(tc.name, func(t *testing.T) {
			e := audittest.New(t, audittest.Options{Hooks: tc.hooks})
			pre := prepare(t, e, r)
			// Interval 1 (interval 0's start check is ovig's own, bit for bit), then its steps;
			// each replay is a PyTorch process start (a few seconds on a loaded machine).
			for k := uint64(1); k < 2; k++ {
				f, err := pre.Run(t.Context(), k, e.Roots[k], e.Roots[k+1], nil)
				if err != nil {
					t.Fatal(err)
				}
				want := audit.Honest
				if tc.hooks != nil && k == 1 {
					want = audit.Fraud
				}
				if f.Outcome != want {
					t.Fatalf("interval %d: %s (%s), want %s", k, f.Outcome, f.Reason, want)
				}
				t.Logf("interval %d: %s", k, f.Reason)
			}
			a := e.StepAnchors(t, 1)
			for j := uint64(1); j < 2; j++ {
				f, err := pre.RunStep(t.Context(), 1, j, a[j].Root, a[j+1].Root)
				if err != nil {
					t.Fatal(err)
				}
				want := audit.Honest
				if tc.hooks != nil && j == 1 {
					want = audit.Fraud
				}
				if f.Outcome != want {
					t.Fatalf("step %d of interval 1: %s (%s), want %s", j, f.Outcome, f.Reason, want)
				}
			}
		})
	}
}

// The PyTorch configurations calibration can use as profiles answer honestly too (all three
// with OVIG_TORCH_LONG=1; --f64 alone otherwise).
func TestTorchReplayerConfigurations(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	configs := [][]string{{"--f64"}}
	if os.Getenv("OVIG_TORCH_LONG") != "" {
		configs = append(configs, []string{"--deterministic"}, []string{"--threads", "2"})
	}
	for _, opts := range configs {
		pre := prepare(t, e, torchReplayer(t, 0, opts...))
		f, err := pre.Run(t.Context(), 1, e.Roots[1], e.Roots[2], nil)
		if err != nil {
			t.Fatal(err)
		}
		if f.Outcome != audit.Honest {
			t.Fatalf("%v: %s (%s)", opts, f.Outcome, f.Reason)
		}
		t.Logf("%v: %s", opts, f.Reason)
	}
}

// Everything a replayer answers is hostile input: a crash, a hang, garbage, other names or
// shapes, NaN, a wrong step are the replayer's failure (an error wrapping audit.ErrReplayer),
// never a finding against the provider.
func TestHostileReplayer(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	// One honest answer to the interval-1 request, saved to be tampered with.
	saved := t.TempDir()
	py := torchPython(t)
	root, _ := filepath.Abs("../..")
	honest := shell(t, "PYTHONPATH="+root+"/python OVIG_DATA_DIR="+root+" OMP_NUM_THREADS=1 "+py+` -m ovig replay "$1" >/dev/null && cp "$1"/out/* `+saved+"/")
	f, err := prepare(t, e, honest).Run(t.Context(), 1, e.Roots[1], e.Roots[2], nil)
	if err != nil || f.Outcome != audit.Honest {
		t.Fatalf("honest replayer: %v %s (%s)", err, f.Outcome, f.Reason)
	}
	state, err := os.ReadFile(filepath.Join(saved, extreplay.FileState))
	if err != nil {
		t.Fatal(err)
	}
	st, err := evidence.ParseSafetensors(state)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(mod func(ts []evidence.Tensor) []evidence.Tensor) []byte {
		ts := make([]evidence.Tensor, len(st.Tensors))
		for i, x := range st.Tensors {
			x.Data = append([]byte(nil), x.Data...)
			x.Shape = append([]int64(nil), x.Shape...)
			ts[i] = x
		}
		b, err := evidence.EncodeSafetensors(mod(ts), nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	find := func(ts []evidence.Tensor, name string) *evidence.Tensor {
		for i := range ts {
			if ts[i].Name == name {
				return &ts[i]
			}
		}
		t.Fatalf("no tensor %s", name)
		return nil
	}
	for _, tc := range []struct {
		name    string
		script  string            // run with the work directory as $1
		files   map[string][]byte // else: these answer files (the rest honest)
		timeout time.Duration
		want    string
	}{
		{name: "non-zero exit", script: `echo "Traceback: boom" >&2; exit 3`, want: "boom"},
		{name: "hangs", script: `sleep 30`, timeout: time.Second, want: "killed after the timeout of 1s"},
		{name: "no answer", script: `true`, want: "no answer"},
		{name: "garbage", files: map[string][]byte{extreplay.FileState: []byte("not safetensors at all")}, want: "state.safetensors"},
		{name: "renamed tensor", files: map[string][]byte{extreplay.FileState: edit(func(ts []evidence.Tensor) []evidence.Tensor {
			find(ts, "fc1.weight").Name = "fc1.w"
			return ts
		})}, want: `"fc1.weight" missing`},
		{name: "transposed", files: map[string][]byte{extreplay.FileState: edit(func(ts []evidence.Tensor) []evidence.Tensor {
			w := find(ts, "fc1.weight")
			w.Shape[0], w.Shape[1] = w.Shape[1], w.Shape[0]
			return ts
		})}, want: `"fc1.weight" is F32 [128 784], want F32 [784 128]`},
		{name: "extra tensor", files: map[string][]byte{extreplay.FileState: edit(func(ts []evidence.Tensor) []evidence.Tensor {
			return append(ts, evidence.Tensor{Name: "zz", DType: evidence.F32, Shape: []int64{1}, Data: make([]byte, 4)})
		})}, want: "holds 10 tensors"},
		{name: "NaN", files: map[string][]byte{extreplay.FileState: edit(func(ts []evidence.Tensor) []evidence.Tensor {
			copy(find(ts, "fc2.bias").Data[4:], []byte{0, 0, 0xc0, 0x7f})
			return ts
		})}, want: `"fc2.bias" holds NaN at index 1`},
		{name: "wrong step", files: map[string][]byte{extreplay.FileInfo: []byte(`{"step": 3, "losses": [1]}`)}, want: "says step 3, want 4"},
		{name: "unknown field", files: map[string][]byte{extreplay.FileInfo: []byte(`{"step": 4, "verdict": "honest"}`)}, want: "unknown field"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			script := tc.script
			if tc.files != nil {
				dir := t.TempDir()
				script = `cp ` + saved + `/* "$1"/out/ && cp ` + dir + `/* "$1"/out/`
				for name, b := range tc.files {
					if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
						t.Fatal(err)
					}
				}
			}
			r := shellTimeout(t, script, tc.timeout)
			start := time.Now()
			f, err := prepare(t, e, r).Run(t.Context(), 1, e.Roots[1], e.Roots[2], nil)
			if err == nil || !errors.Is(err, audit.ErrReplayer) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got finding %s (%s), error %v; want an ErrReplayer containing %q", f.Outcome, f.Reason, err, tc.want)
			}
			if d := time.Since(start); tc.timeout > 0 && d > 10*tc.timeout {
				t.Fatalf("a hung replayer held the audit for %v", d)
			}
			t.Log(err)
		})
	}
}

func shell(t *testing.T, script string) *extreplay.Replayer { return shellTimeout(t, script, 0) }

func shellTimeout(t *testing.T, script string, timeout time.Duration) *extreplay.Replayer {
	t.Helper()
	r, err := extreplay.New(extreplay.Config{Command: []string{"/bin/sh", "-c", script, "replayer"}, Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	return r
}
