package main

import (
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit/audittest"
)

// replayFixture trains a 4-step mlp-mnist job (stride 2), copies its evidence into a store
// directory as job 1 and writes its boundary artifact; it returns both paths.
func replayFixture(t *testing.T, o audittest.Options) (*audittest.Env, string, string) {
	t.Helper()
	e := audittest.New(t, o)
	dir := t.TempDir()
	storeDir := filepath.Join(dir, "store")
	st, err := evidence.OpenStore(storeDir, evidence.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for ep := uint64(0); ep <= e.Job.Manifest().Intervals(); ep++ {
		b, err := e.Store.Load(e.JobKey, ep)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Put(evidence.JobKey(big.NewInt(1)), ep, b); err != nil {
			t.Fatal(err)
		}
	}
	art, err := e.Artifact.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	artPath := filepath.Join(dir, "boundary.json")
	if err := os.WriteFile(artPath, art, 0o644); err != nil {
		t.Fatal(err)
	}
	return e, storeDir, artPath
}

func TestReplayInputs(t *testing.T) {
	_, storeDir, artPath := replayFixture(t, audittest.Options{})
	dataDir := "--data-dir=" + mustAbs(t, "../..")
	replay := func(extra ...string) (string, error) {
		return ovig(t, t.Context(), append([]string{"replay", dataDir, "--job", "1", "--interval", "1", "--boundary", artPath}, extra...)...)
	}

	t.Run("missing store", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "no", "such", "store")
		_, err := replay("--store", missing)
		if err == nil || !strings.Contains(err.Error(), "no evidence store there") {
			t.Fatalf("replay on a missing store: %v", err)
		}
		if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("replay created the missing store: %v", err)
		}
	})
	t.Run("store is a file", func(t *testing.T) {
		_, err := replay("--store", artPath)
		if err == nil || !strings.Contains(err.Error(), "not a directory") {
			t.Fatalf("replay on a file: %v", err)
		}
	})
	for _, tc := range []struct {
		profile string
		want    string // "" for an honest verdict
	}{
		{"bf16/acc=f32/red=seq/fma=off", "not admitted by the job's precision policy f32/acc=f32"},
		{"tf32/acc=f64/red=pairwise/fma=off", "not admitted"},
		{"nonsense", "--profile"},
		{"f32/acc=f32/red=seq/fma=off", ""}, // the reference, named
		{"", ""},                            // the reference by default
	} {
		t.Run("profile "+tc.profile, func(t *testing.T) {
			out, err := replay("--store", storeDir, "--profile", tc.profile)
			if tc.want == "" {
				if err != nil || !strings.Contains(out, ": honest") {
					t.Fatalf("replay under %q: %v\n%s", tc.profile, err, out)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("replay under %q: %v, want an error containing %q", tc.profile, err, tc.want)
			}
		})
	}
}

// A store whose endpoints hold one tensor too many is Invalid for ovig replay as for the
// watchtower: both take the leaf count from the workload (audit.Prepare), not from the store.
func TestReplayDerivesTheLeafCount(t *testing.T) {
	_, storeDir, artPath := replayFixture(t, audittest.Options{Tamper: func(_ uint64, ep *evidence.Endpoint) {
		ep.State = append(ep.State, evidence.Tensor{Name: "zz.extra", DType: evidence.F32, Shape: []int64{1}, Data: make([]byte, 4)})
		ep.Metadata.State = append(ep.Metadata.State, evidence.TensorInfo{Name: "zz.extra", DType: evidence.F32, Shape: []int64{1}, Bytes: 4, Chunks: 1})
	}})
	out, err := ovig(t, t.Context(), "replay", "--data-dir="+mustAbs(t, "../.."), "--store", storeDir, "--job", "1", "--interval", "1", "--boundary", artPath)
	if err == nil || !strings.Contains(out, ": invalid") || !strings.Contains(out, "leaves") {
		t.Fatalf("replay of a store with an extra tensor: %v\n%s", err, out)
	}
}

func TestValidateJobTerms(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	sane := *e.Job.Manifest()
	if err := validateJobTerms(&sane); err != nil {
		t.Fatalf("a built-in workload's manifest refused: %v", err)
	}
	for _, tc := range []struct {
		name string
		mod  func(m *evidence.Manifest)
		want string
	}{
		{"unknown workload", func(m *evidence.Manifest) { m.Workload, m.Architecture.Name = "resnet-imagenet", "resnet-imagenet" }, "unknown workload"},
		{"unknown policy", func(m *evidence.Manifest) { m.Precision.Operand = "int8" }, `"precision"`},
		{"lr 1e308", func(m *evidence.Manifest) { m.LRSchedule.Params = map[string]float64{"lr": 1e308} }, "lr_schedule.params.lr"},
		{"10^18 steps", func(m *evidence.Manifest) { m.TotalSteps, m.Stride = 1e18, 1e9 }, "total_steps"},
		{"50 GB limits", func(m *evidence.Manifest) { m.Limits.MaxEndpointBytes, m.Limits.MaxTensorBytes = 50e9, 50e9 }, "limits.max_endpoint_bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sane
			m.LRSchedule.Params = map[string]float64{}
			for k, v := range sane.LRSchedule.Params {
				m.LRSchedule.Params[k] = v
			}
			tc.mod(&m)
			err := validateJobTerms(&m)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, evidence.ErrMalformed) {
				t.Fatalf("err = %v, want ErrMalformed containing %q", err, tc.want)
			}
		})
	}
}

// ovig replay --replayer replays through the external replayer, PyTorch's here, and refuses
// to conclude anything when the replayer fails.
func TestReplayExternal(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "import torch").Run() != nil {
		t.Skip("no /usr/bin/python3 with torch: apt-get install python3-torch (make test installs it)")
	}
	_, storeDir, artPath := replayFixture(t, audittest.Options{})
	replay := func(replayer string) (string, error) {
		return ovig(t, t.Context(), "replay", "--data-dir="+mustAbs(t, "../.."), "--store", storeDir, "--job", "1", "--interval", "1",
			"--boundary", artPath, "--replayer", replayer)
	}
	out, err := replay("/usr/bin/python3 -m ovig replay --threads 1")
	if err != nil || !strings.Contains(out, "replayed by external /usr/bin/python3 -m ovig replay --threads 1: honest") {
		t.Fatalf("replay through PyTorch: %v\n%s", err, out)
	}
	out, err = replay("/bin/false")
	if err == nil || !strings.Contains(err.Error(), "replayer failed") || strings.Contains(out, "fraud") {
		t.Fatalf("replay through a failing replayer: %v\n%s", err, out)
	}
}
