package calibrate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ovig/ovig/prover/boundary"
)

// Output file names inside the directory WriteOutputs fills.
const (
	ArtifactFile = "boundary.json" // canonical artifact; keccak256 of the file is its hash
	PlotFile     = "boundary.png"
	ReportFile   = "report.json" // the Report, samples included
)

// WriteOutputs writes the artifact (canonical JSON), the plot of its
// calibration samples against its bounds and the report into dir, creating
// it if needed, and returns the paths written.
func WriteOutputs(dir string, a *boundary.Artifact, rep Report) ([]string, error) {
	canon, err := a.Canonical()
	if err != nil {
		return nil, fmt.Errorf("write calibration outputs: %w", err)
	}
	report, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("write calibration report: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("write calibration outputs: %w", err)
	}
	paths := []string{filepath.Join(dir, ArtifactFile), filepath.Join(dir, PlotFile), filepath.Join(dir, ReportFile)}
	if err := os.WriteFile(paths[0], canon, 0o644); err != nil {
		return nil, fmt.Errorf("write boundary artifact: %w", err)
	}
	if err := boundary.Plot(a, rep.Samples, paths[1]); err != nil {
		return nil, err
	}
	if err := os.WriteFile(paths[2], append(report, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("write calibration report: %w", err)
	}
	return paths, nil
}
