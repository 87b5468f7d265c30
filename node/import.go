package node

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Layout of a directory written by an external trainer (for instance PyTorch with the
// safetensors package) for ovig node run --import:
//
//	DIR/manifest.json                    the training manifest
//	DIR/endpoints/<e>/state.safetensors  parameters, optimizer state and counters after step e*s
//	DIR/endpoints/<e>/gradient.safetensors  the gradient at those weights on batch e*s
//	DIR/endpoints/<e>/info.json          {"step": e*s, "losses": [...]} (losses of the interval)
const (
	ImportManifest = "manifest.json"
	importState    = "state.safetensors"
	importGradient = "gradient.safetensors"
	importInfo     = "info.json"
	// maxImportFile bounds one safetensors file read from an import directory.
	maxImportFile = 16 << 30
)

// importInfoJSON is the small per-endpoint record an external trainer writes.
type importInfoJSON struct {
	Step   uint64    `json:"step"`
	Losses []float64 `json:"losses"`
}

// ImportTrainer is a Trainer over evidence an external trainer already wrote: Train only
// advances the step counter and Capture reads endpoint files, so Provider commits and serves
// them exactly as it does its own.
type ImportTrainer struct {
	dir       string
	stride    uint64
	precision evidence.PrecisionPolicy
	chunk     uint64
	step      uint64
}

// NewImportTrainer opens dir for manifest m, positioned at the given endpoint.
func NewImportTrainer(dir string, m *evidence.Manifest, endpoint uint64) (*ImportTrainer, error) {
	if _, err := os.Stat(filepath.Join(dir, "endpoints")); err != nil {
		return nil, fmt.Errorf("import %s: %w (want %s and endpoints/<e>/)", dir, err, ImportManifest)
	}
	return &ImportTrainer{dir: dir, stride: m.Stride, precision: m.Precision, chunk: m.ChunkSize, step: endpoint * m.Stride}, nil
}

// Step is the step the next Capture describes.
func (t *ImportTrainer) Step() uint64 { return t.step }

// Train advances over n steps that the external trainer already ran.
func (t *ImportTrainer) Train(_ numeric.Profile, n uint64, _ *workload.Hooks) ([]float64, error) {
	t.step += n
	return nil, nil
}

// Capture reads endpoint e from the import directory and checks it describes step e*s.
func (t *ImportTrainer) Capture(_ numeric.Profile, e uint64) (*evidence.Endpoint, error) {
	if e*t.stride != t.step {
		return nil, fmt.Errorf("import endpoint %d: trainer is at step %d, not %d", e, t.step, e*t.stride)
	}
	dir := filepath.Join(t.dir, "endpoints", strconv.FormatUint(e, 10))
	state, err := readImportTensors(filepath.Join(dir, importState))
	if err != nil {
		return nil, err
	}
	grad, err := readImportTensors(filepath.Join(dir, importGradient))
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, importInfo))
	if err != nil {
		return nil, fmt.Errorf("import endpoint %d: %w", e, err)
	}
	var info importInfoJSON
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&info); err != nil {
		return nil, fmt.Errorf("import endpoint %d: %s: %w", e, importInfo, err)
	}
	if info.Step != t.step {
		return nil, fmt.Errorf("import endpoint %d: %s says step %d, want %d", e, importInfo, info.Step, t.step)
	}
	meta := evidence.Metadata{
		Version: evidence.MetadataVersion, Endpoint: e, Step: t.step, Precision: t.precision,
		Losses: info.Losses, Norms: evidence.TensorNorms(state, grad),
	}
	if meta.Losses == nil {
		meta.Losses = []float64{}
	}
	ep, err := evidence.NewEndpoint(state, grad, meta, t.chunk)
	if err != nil {
		return nil, fmt.Errorf("import endpoint %d: %w", e, err)
	}
	return ep, nil
}

func readImportTensors(path string) ([]evidence.Tensor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	st, err := evidence.ReadSafetensors(f, maxImportFile)
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	return st.Tensors, nil
}
