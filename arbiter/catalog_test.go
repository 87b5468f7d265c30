package arbiter

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/data"
)

func TestCatalog(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	m, err := e.Job.Manifest().Canonical()
	if err != nil {
		t.Fatal(err)
	}
	a, err := e.Artifact.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	ah, err := e.Artifact.Hash()
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{e.ManifestHash.String(): m, ah.String(): a} {
		if err := os.WriteFile(filepath.Join(dir, name+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := NewCatalog(dir, src)
	ctx := context.Background()
	j, err := c.Workload(ctx, e.ManifestHash)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := j.Manifest().Hash(); h != e.ManifestHash {
		t.Fatalf("opened manifest %s", h)
	}
	if again, _ := c.Workload(ctx, e.ManifestHash); again != j {
		t.Fatal("workload opened twice")
	}
	if got, err := c.Artifact(ctx, ah); err != nil || got == nil {
		t.Fatalf("artifact: %v", err)
	}
	// A file under the wrong name is refused, and so is a missing one.
	wrong := evidence.Hash32{0xee}
	if err := os.WriteFile(filepath.Join(dir, wrong.String()+".json"), a, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Artifact(ctx, wrong); err == nil {
		t.Fatal("artifact under another hash accepted")
	}
	if _, err := c.Workload(ctx, wrong); err == nil {
		t.Fatal("artifact accepted as a manifest")
	}
	if _, err := c.Artifact(ctx, evidence.Hash32{0xdd}); err == nil {
		t.Fatal("missing artifact found")
	}
}
