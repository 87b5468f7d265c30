package bindings

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestBindingsUpToDate regenerates the bindings into a temporary directory and fails when any
// committed file differs, so a contract change cannot ship with stale bindings.
func TestBindingsUpToDate(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	forge := filepath.Join(root, "node_modules", ".bin", "forge")
	if _, err := os.Stat(forge); err != nil {
		if _, perr := exec.LookPath("forge"); perr != nil {
			t.Fatalf("forge not found at %s nor on PATH: run make setup", forge)
		}
	}
	out := t.TempDir()
	cmd := exec.Command(filepath.Join(root, "scripts", "bindings.sh"), out)
	cmd.Dir = root
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/bindings.sh: %v\n%s", err, msg)
	}
	for _, name := range []string{"ovigregistry.go", "merkleverifier.go", "oviginference.go"} {
		want, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("regenerated %s: %v", name, err)
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("committed %s: %v (run make bindings)", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s is stale: it differs from what scripts/bindings.sh generates from contracts/src; run make bindings", name)
		}
	}
}
