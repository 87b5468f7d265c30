package node_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/prover/numeric"
)

// writeImport trains the job for real and writes its endpoints in the import layout, as an
// external trainer would.
func writeImport(t *testing.T, e *providerEnv, dir string) {
	t.Helper()
	tr, err := e.job.Init()
	if err != nil {
		t.Fatal(err)
	}
	m := e.job.Manifest()
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
		d := filepath.Join(dir, "endpoints", fmt.Sprint(ep))
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, ts := range map[string][]evidence.Tensor{"state.safetensors": c.State, "gradient.safetensors": c.Gradient} {
			var buf bytes.Buffer
			if err := evidence.WriteSafetensors(&buf, ts, nil); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, name), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		info := fmt.Sprintf(`{"step": %d, "losses": [0.5]}`, ep*m.Stride)
		if err := os.WriteFile(filepath.Join(d, "info.json"), []byte(info), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestProviderImportsExternalEvidence(t *testing.T) {
	e := newProviderEnv(t, 30, 10)
	dir := t.TempDir()
	writeImport(t, e, dir)
	store := openStore(t, t.TempDir())
	cfg := e.config(store, node.PostPolicy{BatchSize: 8})
	cfg.Open = func(resume *evidence.Endpoint) (node.Trainer, error) {
		at := uint64(0)
		if resume != nil {
			at = resume.Metadata.Endpoint
		}
		return node.NewImportTrainer(dir, e.job.Manifest(), at)
	}
	p, err := node.NewProvider(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(t.Context()); err != nil {
		t.Fatal(err)
	}
	v, err := e.owner.Job(t.Context(), e.jobID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Status != 3 || v.CommittedEndpoints != 4 {
		t.Fatalf("status %d with %d endpoints committed; want finalized with 4", v.Status, v.CommittedEndpoints)
	}
	b, err := store.Load(evidence.JobKey(e.jobID), 3)
	if err != nil {
		t.Fatal(err)
	}
	if b.Endpoint.Metadata.Step != 30 || len(b.Endpoint.Gradient) == 0 {
		t.Fatalf("imported endpoint 3: step %d, %d gradient tensors", b.Endpoint.Metadata.Step, len(b.Endpoint.Gradient))
	}
}

func TestImportRejectsWrongStep(t *testing.T) {
	e := newProviderEnv(t, 20, 10)
	dir := t.TempDir()
	writeImport(t, e, dir)
	if err := os.WriteFile(filepath.Join(dir, "endpoints", "1", "info.json"), []byte(`{"step": 11, "losses": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tr, err := node.NewImportTrainer(dir, e.job.Manifest(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(numeric.Default(), 10, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Capture(numeric.Default(), 1); err == nil || !strings.Contains(err.Error(), "says step 11") {
		t.Fatalf("capture of a mislabelled endpoint: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "endpoints", "1", "gradient.safetensors"), []byte("not safetensors"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Capture(numeric.Default(), 1); err == nil {
		t.Fatal("capture of a corrupt gradient file succeeded")
	}
}
