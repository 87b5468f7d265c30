package arbiter

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/workload"
)

// Catalog is a Library over a directory where the owner's manifests and boundary artifacts
// are kept as {hash}.json (hash as 0x-hex, e.g. the file a job's manifest hash names). Every
// file is checked to hash to its name, so a misplaced file can never stand in for another.
type Catalog struct {
	dir  string
	data *data.Sources
	mu   sync.Mutex
	jobs map[evidence.Hash32]*workload.Job // opened once: opening loads the dataset
}

// NewCatalog returns a catalog over dir, opening workloads on the datasets of src.
func NewCatalog(dir string, src *data.Sources) *Catalog {
	return &Catalog{dir: dir, data: src, jobs: map[evidence.Hash32]*workload.Job{}}
}

func (c *Catalog) read(h evidence.Hash32) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(c.dir, h.String()+".json"))
	if err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	return b, nil
}

// Workload opens the job whose manifest hashes to h.
func (c *Catalog) Workload(_ context.Context, h evidence.Hash32) (*workload.Job, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if j, ok := c.jobs[h]; ok {
		return j, nil
	}
	b, err := c.read(h)
	if err != nil {
		return nil, err
	}
	m, err := evidence.DecodeManifest(b)
	if err != nil {
		return nil, fmt.Errorf("catalog manifest %s: %w", h, err)
	}
	if got, err := m.Hash(); err != nil || got != h {
		return nil, fmt.Errorf("catalog manifest %s hashes to %s (%v)", h, got, err)
	}
	j, err := workload.Open(m, c.data)
	if err != nil {
		return nil, fmt.Errorf("catalog manifest %s: %w", h, err)
	}
	c.jobs[h] = j
	return j, nil
}

// Document is what a catalog holds: a manifest or a boundary artifact.
type Document interface {
	Hash() (evidence.Hash32, error)
	Canonical() ([]byte, error)
}

// Publish writes doc into the directory as {hash}.json (creating the directory), where
// arbiters and watchtowers look it up, and returns its hash.
func (c *Catalog) Publish(doc Document) (evidence.Hash32, error) {
	h, err := doc.Hash()
	if err != nil {
		return evidence.Hash32{}, fmt.Errorf("catalog: %w", err)
	}
	b, err := doc.Canonical()
	if err != nil {
		return evidence.Hash32{}, fmt.Errorf("catalog: %w", err)
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return evidence.Hash32{}, fmt.Errorf("catalog: %w", err)
	}
	if err := os.WriteFile(filepath.Join(c.dir, h.String()+".json"), b, 0o644); err != nil {
		return evidence.Hash32{}, fmt.Errorf("catalog: %w", err)
	}
	return h, nil
}

// Artifact returns the boundary artifact in the directory that hashes to h, whatever its
// file name.
func (c *Catalog) Artifact(ctx context.Context, h evidence.Hash32) (*boundary.Artifact, error) {
	return boundary.Dir(c.dir).Artifact(ctx, h)
}
