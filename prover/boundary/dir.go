package boundary

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ovig/ovig/evidence"
)

// Dir is a directory of boundary artifact files (any name ending in .json), found by hash.
type Dir string

// Artifact returns the artifact in the directory whose hash is hash.
func (d Dir) Artifact(_ context.Context, hash evidence.Hash32) (*Artifact, error) {
	files, err := filepath.Glob(filepath.Join(string(d), "*.json"))
	if err != nil {
		return nil, fmt.Errorf("artifact directory %s: %w", d, err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("artifact %s: %w", f, err)
		}
		art, err := DecodeArtifact(raw)
		if err != nil {
			continue // not an artifact (or a broken one): it cannot be the one named on chain
		}
		if h, err := art.Hash(); err == nil && h == hash {
			return art, nil
		}
	}
	return nil, fmt.Errorf("no artifact with hash %s in %s", hash, d)
}
