package node

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/replay"
	"github.com/ovig/ovig/prover/workload"
)

// Layout of a directory written by an external trainer (python/ovig's Capture writes it) for
// ovig node run --import:
//
//	DIR/manifest.json                    the training manifest
//	DIR/endpoints/<e>/state.safetensors  parameters, optimizer state and counters after step e*s
//	DIR/endpoints/<e>/gradient.safetensors  the gradient at those weights on batch e*s
//	DIR/endpoints/<e>/info.json          {"step": e*s, "losses": [...], "extra": {...}}
//	                                     (losses: the last ones of the interval)
const (
	ImportManifest = "manifest.json"
	importState    = "state.safetensors"
	importGradient = "gradient.safetensors"
	importInfo     = "info.json"
	// maxImportFile bounds one safetensors file read from an import directory.
	maxImportFile = 16 << 30
	// Import sanity tolerances (relative L2). The audit's own boundaries are far tighter
	// (honest f32 drift is about 1e-6 for one step); these only catch evidence that is not
	// what it claims to be (a stale .grad, a buffer laid out in another order) before it is
	// committed, without refusing honest hardware drift.
	importGradTol  = 1e-2
	importStateTol = 0.25
)

// importInfoJSON is the small per-endpoint record an external trainer writes.
type importInfoJSON struct {
	Step   uint64            `json:"step"`
	Losses []float64         `json:"losses"`
	Extra  map[string]string `json:"extra,omitempty"`
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
	// layout is what every endpoint must hold (nil without a workload): the audit restores
	// and compares exactly these tensors and derives the leaf count from them.
	layout *importLayout
}

// importLayout is the state and gradient tensors of the workload's endpoints.
type importLayout struct {
	state, gradient []evidence.TensorInfo
	leaves          uint64
}

// NewImportTrainer opens dir for manifest m, positioned at the given endpoint, checking only
// what the files say about themselves. OpenImport also checks them against the workload.
func NewImportTrainer(dir string, m *evidence.Manifest, endpoint uint64) (*ImportTrainer, error) {
	if _, err := os.Stat(filepath.Join(dir, "endpoints")); err != nil {
		return nil, fmt.Errorf("import %s: %w (want %s and endpoints/<e>/)", dir, err, ImportManifest)
	}
	return &ImportTrainer{dir: dir, stride: m.Stride, precision: m.Precision, chunk: m.ChunkSize, step: endpoint * m.Stride}, nil
}

// OpenImport opens dir for job j at the given endpoint and refuses, before anything is
// committed, evidence the audit would not accept: every endpoint on disk must have exactly
// the workload's tensors (names, dtypes, shapes, so the leaf count the watchtowers derive).
// Opened at endpoint 0 it also checks that endpoint 0 is the manifest's initial state, that
// the gradients of endpoints 0 and 1 are the gradients at their weights on their batches, and
// that endpoint 1's state is what replaying interval 0 from endpoint 0 gives (optimizer
// buffers in ovig's layout).
func OpenImport(dir string, j *workload.Job, endpoint uint64) (*ImportTrainer, error) {
	m := j.Manifest()
	t, err := NewImportTrainer(dir, m, endpoint)
	if err != nil {
		return nil, err
	}
	p := j.Policy().Reference()
	want := captureStart(j, p)
	if want.err != nil {
		return nil, fmt.Errorf("import: layout of the workload: %w", want.err)
	}
	t.layout = layoutOf(want.ep)
	for e := endpoint; e <= m.Intervals(); e++ {
		d := filepath.Join(dir, "endpoints", strconv.FormatUint(e, 10))
		if _, err := os.Stat(d); err != nil {
			break // not written yet: checked when it is captured
		}
		for _, f := range []struct {
			file, kind string
			want       []evidence.TensorInfo
		}{{importState, "state", t.layout.state}, {importGradient, "gradient", t.layout.gradient}} {
			got, err := readHeader(filepath.Join(d, f.file))
			if err != nil {
				return nil, fmt.Errorf("import endpoint %d: %w", e, err)
			}
			if err := checkLayout(f.kind, got, f.want); err != nil {
				return nil, fmt.Errorf("import endpoint %d: %w", e, err)
			}
		}
	}
	if endpoint == 0 {
		if err := t.checkStart(j, p, want.ep); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// layoutOf is the layout of the workload's endpoints, from one of them captured by ovig.
func layoutOf(ep *evidence.Endpoint) *importLayout {
	l := &importLayout{state: ep.Metadata.State, gradient: ep.Metadata.Gradient, leaves: 2}
	for _, infos := range [][]evidence.TensorInfo{l.state, l.gradient} {
		for _, ti := range infos {
			l.leaves += ti.Chunks
		}
	}
	return l
}

// maxFile bounds one safetensors file of the layout: its tensors' bytes and a header of at most
// 512 bytes a tensor (names, dtype, shape, offsets) plus 4 KiB.
func (l *importLayout) maxFile(infos []evidence.TensorInfo) int64 {
	n := int64(8 + 4096 + 512*len(infos))
	for _, ti := range infos {
		b, err := evidence.NumBytes(ti.DType, ti.Shape)
		if err != nil {
			return maxImportFile
		}
		n += int64(b)
	}
	return min(n, maxImportFile)
}

type started struct {
	ep  *evidence.Endpoint
	err error
}

func captureStart(j *workload.Job, p numeric.Profile) started {
	tr, err := j.Init()
	if err != nil {
		return started{err: err}
	}
	ep, err := tr.Capture(p, 0)
	return started{ep: ep, err: err}
}

// checkStart runs the checks of endpoints 0 and 1 that cost at most one interval's replay.
func (t *ImportTrainer) checkStart(j *workload.Job, p numeric.Profile, want *evidence.Endpoint) error {
	e0, err := t.read(0)
	if err != nil {
		return err
	}
	if f, ok, err := audit.CheckStart(j, e0); err != nil {
		return fmt.Errorf("import endpoint 0: %w", err)
	} else if !ok {
		return fmt.Errorf("import endpoint 0: %s: it must be the manifest's initial weights (python/ovig: Job(...).model) with zero optimizer state and step 0", f.Reason)
	}
	if err := checkGradient(j, e0, p); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(t.dir, "endpoints", "1")); err != nil {
		return nil
	}
	e1, err := t.read(1)
	if err != nil {
		return err
	}
	if err := checkGradient(j, e1, p); err != nil {
		return err
	}
	got, err := replay.Interval(context.Background(), j, e0, p, nil)
	if err != nil {
		return fmt.Errorf("import: replay interval 0: %w", err)
	}
	return checkReplayedState(e1, got, want)
}

// read reads endpoint e without the layout checks of Capture.
func (t *ImportTrainer) read(e uint64) (*evidence.Endpoint, error) {
	saved := t.step
	t.step = e * t.stride
	defer func() { t.step = saved }()
	return t.Capture(numeric.Profile{}, e)
}

// checkGradient recomputes the gradient at ep's weights on batch(ep's step).
func checkGradient(j *workload.Job, ep *evidence.Endpoint, p numeric.Profile) error {
	want, err := replay.Gradient(j, ep, p)
	if err != nil {
		return fmt.Errorf("import endpoint %d: recompute gradient: %w", ep.Metadata.Endpoint, err)
	}
	for _, g := range ep.Gradient {
		vals, err := g.F32s()
		if err != nil {
			return fmt.Errorf("import endpoint %d: gradient %s: %w", ep.Metadata.Endpoint, g.Name, err)
		}
		if d := relL2(vals, want[g.Name]); d > importGradTol {
			return fmt.Errorf("import endpoint %d: gradient tensor %q is %.3g (relative L2) from the gradient at the endpoint's weights on the batch of step %d; "+
				"commit the gradient of the loss at the weights after step %d on batch(%d), not the .grad of the last update (python/ovig's Capture recomputes it)",
				ep.Metadata.Endpoint, g.Name, d, ep.Metadata.Step, ep.Metadata.Step, ep.Metadata.Step)
		}
	}
	return nil
}

// checkReplayedState compares endpoint 1's state with ovig's replay of interval 0.
func checkReplayedState(e1, got, layout *evidence.Endpoint) error {
	for _, s := range e1.State {
		if s.DType != evidence.F32 {
			continue
		}
		ref, err := got.FindTensor(evidence.KindState, s.Name)
		if err != nil {
			return fmt.Errorf("import endpoint 1: %w", err)
		}
		a, _ := s.F32s()
		b, _ := ref.F32s()
		d := relL2(a, b)
		if d <= importStateTol {
			continue
		}
		msg := fmt.Sprintf("import endpoint 1: state tensor %q is %.3g (relative L2) from ovig's replay of interval 0 from endpoint 0", s.Name, d)
		if hint := transposeHint(s.Name, a, b, layout); hint != "" {
			msg += ": " + hint
		}
		return fmt.Errorf("%s", msg)
	}
	return nil
}

// transposeHint says so when a flattened buffer is the ovig one in [out, in] order.
func transposeHint(name string, got, want []float32, layout *evidence.Endpoint) string {
	_, param, ok := strings.Cut(name, "/")
	if !ok {
		param = name
	}
	pt, err := layout.FindTensor(evidence.KindState, param)
	if err != nil || len(pt.Shape) != 2 || int64(len(got)) != pt.Shape[0]*pt.Shape[1] {
		return ""
	}
	in, out := int(pt.Shape[0]), int(pt.Shape[1])
	tr := make([]float32, len(got))
	for i := 0; i < in; i++ {
		for o := 0; o < out; o++ {
			tr[i*out+o] = got[o*in+i] // got read as [out, in]
		}
	}
	if relL2(tr, want) <= importStateTol {
		return fmt.Sprintf("it is flattened in torch's [out, in] order; ovig flattens the buffer of %s in its [in, out] = [%d, %d] layout (buf.T.reshape(-1) for a torch.nn.Linear weight)", param, in, out)
	}
	return ""
}

func relL2(a, b []float32) float64 {
	if len(a) != len(b) {
		return math.Inf(1)
	}
	var num, den float64
	for i := range a {
		d := float64(a[i]) - float64(b[i])
		num += d * d
		den += float64(b[i]) * float64(b[i])
	}
	if den == 0 {
		if num == 0 {
			return 0
		}
		return math.Inf(1)
	}
	return math.Sqrt(num / den)
}

// checkLayout compares the tensors of one file with the workload's, naming what differs.
func checkLayout(kind string, got map[string]evidence.TensorInfo, want []evidence.TensorInfo) error {
	names := make([]string, len(want))
	for i, w := range want {
		names[i] = w.Name
		g, ok := got[w.Name]
		if !ok {
			return fmt.Errorf("%s tensor %q missing: want %s %v%s", kind, w.Name, w.DType, w.Shape, layoutNote(w))
		}
		if g.DType != w.DType {
			return fmt.Errorf("%s tensor %q is %s, want %s %v%s", kind, w.Name, g.DType, w.DType, w.Shape, layoutNote(w))
		}
		if !slices.Equal(g.Shape, w.Shape) {
			msg := fmt.Sprintf("%s tensor %q has shape %v, want %s %v%s", kind, w.Name, g.Shape, w.DType, w.Shape, layoutNote(w))
			if len(w.Shape) == 2 && slices.Equal(g.Shape, []int64{w.Shape[1], w.Shape[0]}) {
				msg += "; this is torch.nn.Linear's [out, in] layout: ovig stores linear weights as [in, out] (write weight.T, or use python/ovig's modules)"
			}
			return fmt.Errorf("%s", msg)
		}
	}
	for name := range got {
		if !slices.Contains(names, name) {
			return fmt.Errorf("%s tensor %q is not part of the workload's evidence (the audit derives the leaf count from exactly: %s)", kind, name, strings.Join(names, ", "))
		}
	}
	return nil
}

// layoutNote says how ovig lays a tensor out, by its name.
func layoutNote(w evidence.TensorInfo) string {
	switch {
	case w.Name == workload.StepTensor || strings.HasSuffix(w.Name, ".t"):
		return " (the number of optimizer steps taken)"
	case strings.Contains(w.Name, "/"):
		_, p, _ := strings.Cut(w.Name, "/")
		return " (flattened in the [in, out] layout of parameter " + p + ")"
	case len(w.Shape) == 2 && strings.HasSuffix(w.Name, "weight"):
		return " ([in, out] layout: y = x @ W + b)"
	}
	return ""
}

// readHeader reads the tensor descriptions of a safetensors file without its data.
func readHeader(path string) (map[string]evidence.TensorInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	var n [8]byte
	if _, err := io.ReadFull(f, n[:]); err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	hl := binary.LittleEndian.Uint64(n[:])
	if hl > evidence.MaxSafetensorsHeader {
		return nil, fmt.Errorf("import %s: safetensors header of %d bytes", path, hl)
	}
	hdr := make([]byte, hl)
	if _, err := io.ReadFull(f, hdr); err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(hdr, &raw); err != nil {
		return nil, fmt.Errorf("import %s: safetensors header: %w", path, err)
	}
	out := make(map[string]evidence.TensorInfo, len(raw))
	for name, r := range raw {
		if name == "__metadata__" {
			continue
		}
		var e struct {
			DType evidence.DType `json:"dtype"`
			Shape []int64        `json:"shape"`
		}
		if err := json.Unmarshal(r, &e); err != nil {
			return nil, fmt.Errorf("import %s: tensor %q: %w", path, name, err)
		}
		out[name] = evidence.TensorInfo{Name: name, DType: e.DType, Shape: e.Shape}
	}
	return out, nil
}

// Step is the step the next Capture describes.
func (t *ImportTrainer) Step() uint64 { return t.step }

// Train advances over n steps that the external trainer already ran and returns the losses
// that the endpoint it reaches recorded (so progress shows the training loss).
func (t *ImportTrainer) Train(_ numeric.Profile, n uint64, _ *workload.Hooks) ([]float64, error) {
	t.step += n
	if t.step%t.stride != 0 {
		return nil, nil
	}
	e := t.step / t.stride
	info, err := readInfo(t.endpointDir(e), fmt.Sprintf("import endpoint %d", e))
	if err != nil {
		return nil, nil // Capture reports it
	}
	return info.Losses, nil
}

func (t *ImportTrainer) endpointDir(e uint64) string {
	return filepath.Join(t.dir, "endpoints", strconv.FormatUint(e, 10))
}

// maxInfo bounds an info.json: a few losses and at most 16 short extra entries.
const maxInfo = 64 << 10

func readInfo(dir, what string) (*importInfoJSON, error) {
	f, err := os.Open(filepath.Join(dir, importInfo))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxInfo+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if len(raw) > maxInfo {
		return nil, fmt.Errorf("%s: %s is over %d bytes", what, importInfo, maxInfo)
	}
	var info importInfoJSON
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&info); err != nil {
		return nil, fmt.Errorf("%s: %s: %w", what, importInfo, err)
	}
	return &info, nil
}

// Capture reads endpoint e from the import directory, checks it describes step e*s and,
// opened by OpenImport, that it has the workload's layout.
func (t *ImportTrainer) Capture(_ numeric.Profile, e uint64) (*evidence.Endpoint, error) {
	if e*t.stride != t.step {
		return nil, fmt.Errorf("import endpoint %d: trainer is at step %d, not %d", e, t.step, e*t.stride)
	}
	return t.readEvidence(t.endpointDir(e), t.step, fmt.Sprintf("import endpoint %d", e), false)
}

// readEvidence reads the evidence of the state after step steps from dir (an endpoint, or a
// step state of a disputed interval: endpoint index step/stride, as CaptureStep's); what
// prefixes errors. tight bounds the files by the layout's size (step states come from a
// subprocess; endpoints keep the generous bound so a misfit gets checkLayout's message).
func (t *ImportTrainer) readEvidence(dir string, step uint64, what string, tight bool) (*evidence.Endpoint, error) {
	e := step / t.stride
	maxState, maxGrad := int64(maxImportFile), int64(maxImportFile)
	if tight && t.layout != nil {
		maxState, maxGrad = t.layout.maxFile(t.layout.state), t.layout.maxFile(t.layout.gradient)
	}
	state, err := readImportTensors(filepath.Join(dir, importState), maxState)
	if err != nil {
		return nil, err
	}
	grad, err := readImportTensors(filepath.Join(dir, importGradient), maxGrad)
	if err != nil {
		return nil, err
	}
	info, err := readInfo(dir, what)
	if err != nil {
		return nil, err
	}
	if info.Step != step {
		return nil, fmt.Errorf("%s: %s says step %d, want %d", what, importInfo, info.Step, step)
	}
	if len(info.Losses) > workload.MaxEndpointLosses {
		// As ovig's own trainer: the last few losses, so evidence does not grow with the stride.
		info.Losses = info.Losses[len(info.Losses)-workload.MaxEndpointLosses:]
	}
	for k, v := range info.Extra {
		if len(k) > 64 || len(v) > 256 || len(info.Extra) > 16 {
			return nil, fmt.Errorf("%s: %s extra: at most 16 entries, keys of 64 and values of 256 bytes", what, importInfo)
		}
	}
	if t.layout != nil {
		for _, part := range []struct {
			kind string
			ts   []evidence.Tensor
			want []evidence.TensorInfo
		}{{"state", state, t.layout.state}, {"gradient", grad, t.layout.gradient}} {
			got := make(map[string]evidence.TensorInfo, len(part.ts))
			for _, ts := range part.ts {
				got[ts.Name] = evidence.TensorInfo{Name: ts.Name, DType: ts.DType, Shape: ts.Shape}
			}
			if err := checkLayout(part.kind, got, part.want); err != nil {
				return nil, fmt.Errorf("%s: %w", what, err)
			}
		}
		if err := checkStepTensor(state, step); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
	}
	meta := evidence.Metadata{
		Version: evidence.MetadataVersion, Endpoint: e, Step: step, Precision: t.precision,
		Losses: info.Losses, Norms: evidence.TensorNorms(state, grad), Extra: info.Extra,
	}
	if meta.Losses == nil {
		meta.Losses = []float64{}
	}
	ep, err := evidence.NewEndpoint(state, grad, meta, t.chunk)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if t.layout != nil {
		n := uint64(2)
		for _, infos := range [][]evidence.TensorInfo{ep.Metadata.State, ep.Metadata.Gradient} {
			for _, ti := range infos {
				n += ti.Chunks
			}
		}
		if n != t.layout.leaves {
			return nil, fmt.Errorf("%s: %d leaves, the watchtowers derive %d from the workload", what, n, t.layout.leaves)
		}
	}
	return ep, nil
}

// checkStepTensor: the step counter must be the endpoint's step (the replay restores it).
func checkStepTensor(state []evidence.Tensor, step uint64) error {
	for i := range state {
		if state[i].Name != workload.StepTensor {
			continue
		}
		v, err := state[i].I64s()
		if err != nil || len(v) != 1 || v[0] < 0 || uint64(v[0]) != step {
			return fmt.Errorf("state tensor %q is %v, want I64 [1] = %d (optimizer steps taken)", workload.StepTensor, v, step)
		}
	}
	return nil
}

func readImportTensors(path string, maxBytes int64) ([]evidence.Tensor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	st, err := evidence.ReadSafetensors(f, maxBytes)
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	return st.Tensors, nil
}
