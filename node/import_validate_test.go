package node_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// goImport trains j with ovig's own trainer and writes its endpoints in the import layout;
// mutate, if set, changes endpoint e's tensors first (the slips of an external trainer).
func goImport(t *testing.T, j *workload.Job, dir string, mutate func(e uint64, state, grad []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor)) {
	t.Helper()
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	m := j.Manifest()
	for ep := uint64(0); ep <= m.Intervals(); ep++ {
		if ep > 0 {
			if _, err := tr.Train(numeric.Default(), m.Stride, nil); err != nil {
				t.Fatal(err)
			}
		}
		c, err := tr.Capture(numeric.Default(), ep)
		if err != nil {
			t.Fatal(err)
		}
		state, grad := c.State, c.Gradient
		if mutate != nil {
			state, grad = mutate(ep, state, grad)
		}
		d := filepath.Join(dir, "endpoints", fmt.Sprint(ep))
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, ts := range map[string][]evidence.Tensor{"state.safetensors": state, "gradient.safetensors": grad} {
			b, err := evidence.EncodeSafetensors(ts, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		info := fmt.Sprintf(`{"step": %d, "losses": [0.5], "extra": {"profile": "test"}}`, ep*m.Stride)
		if err := os.WriteFile(filepath.Join(d, "info.json"), []byte(info), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// transposed returns a copy of the [a, b] values of vals laid out as [b, a].
func transposed(vals []float32, a, b int) []float32 {
	out := make([]float32, len(vals))
	for i := 0; i < a; i++ {
		for k := 0; k < b; k++ {
			out[k*a+i] = vals[i*b+k]
		}
	}
	return out
}

func replaceTensor(t *testing.T, ts []evidence.Tensor, name string, f func(evidence.Tensor) evidence.Tensor) []evidence.Tensor {
	t.Helper()
	for i := range ts {
		if ts[i].Name == name {
			ts[i] = f(ts[i])
			return ts
		}
	}
	t.Fatalf("no tensor %s", name)
	return nil
}

func f32(t *testing.T, name string, shape []int64, vals []float32) evidence.Tensor {
	t.Helper()
	ts, err := evidence.NewF32(name, shape, vals)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// TestOpenImportRefusesWhatTheAuditWouldNot: each slip an external trainer makes is refused
// when the import opens, before anything is committed, by an error naming the tensor and what
// ovig expects; honest evidence opens.
func TestOpenImportRefusesWhatTheAuditWouldNot(t *testing.T) {
	j, _ := torchJob(t, "mlp-mnist", workload.Options{Steps: 30, Stride: 10, Seed: 3})
	type mut = func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor)
	// lastGrad is the gradient a trainer leaves in .grad after the update of step 9: at the
	// weights of step 9 on batch 9, not at endpoint 1's weights on batch 10.
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(numeric.Default(), 9, nil); err != nil {
		t.Fatal(err)
	}
	lastGrad, _, err := tr.Gradient(numeric.Default())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		mutate mut
		want   []string
	}{
		{"honest", nil, nil},
		{"torch linear layout", func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
			if e == 2 {
				s = replaceTensor(t, s, "fc1.weight", func(w evidence.Tensor) evidence.Tensor {
					v, _ := w.F32s()
					return f32(t, w.Name, []int64{128, 784}, transposed(v, 784, 128))
				})
			}
			return s, g
		}, []string{"endpoint 2", `state tensor "fc1.weight" has shape [128 784], want F32 [784 128]`, "torch.nn.Linear's [out, in]"}},
		{"extra state tensor", func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
			return append(s, f32(t, "scheduler.last_epoch", []int64{1}, []float32{float32(e)})), g
		}, []string{"endpoint 0", `state tensor "scheduler.last_epoch" is not part of the workload's evidence`, "leaf count"}},
		{"missing momentum", func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
			if e == 3 {
				for i := range s {
					if s[i].Name == "sgd.momentum/fc2.bias" {
						s = append(s[:i:i], s[i+1:]...)
						break
					}
				}
			}
			return s, g
		}, []string{"endpoint 3", `state tensor "sgd.momentum/fc2.bias" missing: want F32 [10]`}},
		{"step counter as float", func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
			return replaceTensor(t, s, "step", func(w evidence.Tensor) evidence.Tensor {
				return f32(t, "step", []int64{1}, []float32{float32(e * 10)})
			}), g
		}, []string{`state tensor "step" is F32, want I64 [1]`}},
		{"momentum flattened in torch order", func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
			if e >= 1 {
				s = replaceTensor(t, s, "sgd.momentum/fc1.weight", func(w evidence.Tensor) evidence.Tensor {
					v, _ := w.F32s()
					return f32(t, w.Name, w.Shape, transposed(v, 784, 128))
				})
			}
			return s, g
		}, []string{"endpoint 1", `"sgd.momentum/fc1.weight"`, "flattened in torch's [out, in] order", "[784, 128]"}},
		{"last step's .grad", func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
			if e == 1 {
				for i := range g {
					g[i] = f32(t, g[i].Name, g[i].Shape, lastGrad[g[i].Name])
				}
			}
			return s, g
		}, []string{"endpoint 1", "from the gradient at the endpoint's weights", "not the .grad of the last update"}},
		{"not the initial weights", func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
			if e == 0 {
				s = replaceTensor(t, s, "fc2.bias", func(w evidence.Tensor) evidence.Tensor {
					v := make([]float32, 10)
					v[0] = 0.1
					return f32(t, w.Name, w.Shape, v)
				})
			}
			return s, g
		}, []string{"endpoint 0", "state/fc2.bias", "initial weights"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			goImport(t, j, dir, c.mutate)
			tr, err := node.OpenImport(dir, j, 0)
			if c.want == nil {
				if err != nil {
					t.Fatalf("honest import refused: %v", err)
				}
				if _, err := tr.Capture(numeric.Default(), 0); err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatal("import opened")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// TestImportCaptureChecksLaterEndpoints: an endpoint written after the import opened (the
// trainer still running) is checked when it is captured.
func TestImportCaptureChecksLaterEndpoints(t *testing.T) {
	j, _ := torchJob(t, "mlp-mnist", workload.Options{Steps: 20, Stride: 10, Seed: 3})
	dir := t.TempDir()
	goImport(t, j, dir, nil)
	if err := os.RemoveAll(filepath.Join(dir, "endpoints", "2")); err != nil {
		t.Fatal(err)
	}
	tr, err := node.OpenImport(dir, j, 0)
	if err != nil {
		t.Fatal(err)
	}
	later := t.TempDir()
	goImport(t, j, later, func(e uint64, s, g []evidence.Tensor) ([]evidence.Tensor, []evidence.Tensor) {
		return append(s, f32(t, "ema/fc1.bias", []int64{128}, make([]float32, 128))), g
	})
	if err := os.Rename(filepath.Join(later, "endpoints", "2"), filepath.Join(dir, "endpoints", "2")); err != nil {
		t.Fatal(err)
	}
	for e := uint64(0); e < 2; e++ {
		if e > 0 {
			if _, err := tr.Train(numeric.Default(), 10, nil); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := tr.Capture(numeric.Default(), e); err != nil {
			t.Fatal(err)
		}
	}
	losses, _ := tr.Train(numeric.Default(), 10, nil)
	if len(losses) != 1 || losses[0] != 0.5 {
		t.Errorf("Train reports losses %v, want the endpoint's [0.5]", losses)
	}
	if _, err := tr.Capture(numeric.Default(), 2); err == nil || !strings.Contains(err.Error(), `"ema/fc1.bias" is not part of the workload's evidence`) {
		t.Fatalf("capture of endpoint 2 with an extra tensor: %v", err)
	}
}
