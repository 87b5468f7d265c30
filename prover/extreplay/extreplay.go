// Package extreplay drives an external replayer (python/ovig's PyTorch one, or any program
// speaking the protocol of docs/replayer.md) as a subprocess, safetensors in and out, as
// op-challenger drives cannon. It implements audit.Replayer and treats everything the
// subprocess returns as hostile: names, dtypes and shapes must be the workload's, values
// finite, the step counter right; a crash, a hang past the timeout or garbage is the
// replayer's failure (audit.ErrReplayer), never a finding against the provider.
package extreplay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/workload"
)

// Protocol version written into every request.
const Version = 1

// DefaultTimeout bounds one replayer run unless Config.Timeout says otherwise.
const DefaultTimeout = 10 * time.Minute

// Files of the work directory (docs/replayer.md).
const (
	FileManifest = "manifest.json"
	FileRequest  = "request.json"
	DirStart     = "start"
	DirOut       = "out"
	FileState    = "state.safetensors"
	FileGradient = "gradient.safetensors"
	FileInfo     = "info.json"
)

// Ops of a request.
const (
	OpGradient = "gradient" // the gradient at the start weights on the start step's batch
	OpInterval = "interval" // replay the stride steps from an endpoint
	OpStep     = "step"     // replay one step from a step state
)

// Request is request.json.
type Request struct {
	Version uint32 `json:"version"`
	Op      string `json:"op"`
	// StartStep is the step counter of the start state; Steps how many steps to replay.
	StartStep uint64 `json:"start_step"`
	Steps     uint64 `json:"steps"`
}

// Info is start/info.json and out/info.json: the state's step counter and the losses of the
// steps leading to it (the replayer's losses are reported, not judged).
type Info struct {
	Step   uint64            `json:"step"`
	Losses []float64         `json:"losses"`
	Extra  map[string]string `json:"extra,omitempty"`
}

// Config configures a Replayer.
type Config struct {
	// Command is the replayer's argv; the work directory is appended as its last argument.
	Command []string
	Env     []string      // added to the inherited environment
	Timeout time.Duration // per run; 0 takes DefaultTimeout
	// TempDir holds the work directories ("" for os.TempDir()); each is removed after its run.
	TempDir string
}

// Replayer runs Config.Command once per replay. Safe for concurrent use.
type Replayer struct {
	cfg     Config
	mu      sync.Mutex
	layouts map[evidence.Hash32]*layout // manifest hash -> the workload's evidence layout
}

type layout struct {
	state, gradient []evidence.TensorInfo
}

// New checks c and returns a Replayer.
func New(c Config) (*Replayer, error) {
	if len(c.Command) == 0 || c.Command[0] == "" {
		return nil, errors.New("external replayer: no command")
	}
	if c.Timeout < 0 {
		return nil, fmt.Errorf("external replayer: timeout %v", c.Timeout)
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	return &Replayer{cfg: c, layouts: map[evidence.Hash32]*layout{}}, nil
}

// Name implements audit.Replayer.
func (r *Replayer) Name() string { return "external " + strings.Join(r.cfg.Command, " ") }

// Gradient implements audit.Replayer.
func (r *Replayer) Gradient(ctx context.Context, j *workload.Job, ep *evidence.Endpoint) (map[string][]float32, error) {
	out, err := r.run(ctx, j, ep, OpGradient, 0)
	if err != nil {
		return nil, err
	}
	g := make(map[string][]float32, len(out.Gradient))
	for i := range out.Gradient {
		v, _ := out.Gradient[i].F32s() // checked by run
		g[out.Gradient[i].Name] = v
	}
	return g, nil
}

// Interval implements audit.Replayer. The steps run inside the subprocess: onStep is called
// once, when they are done.
func (r *Replayer) Interval(ctx context.Context, j *workload.Job, start *evidence.Endpoint, onStep func(done, of uint64)) (*evidence.Endpoint, error) {
	m := j.Manifest()
	k := start.Metadata.Endpoint
	if start.Metadata.Step != k*m.Stride || k >= m.Intervals() {
		return nil, fmt.Errorf("replay interval %d: start at step %d, the job has %d intervals of %d steps", k, start.Metadata.Step, m.Intervals(), m.Stride)
	}
	ep, err := r.run(ctx, j, start, OpInterval, m.Stride)
	if err == nil && onStep != nil {
		onStep(m.Stride, m.Stride)
	}
	return ep, err
}

// Step implements audit.Replayer.
func (r *Replayer) Step(ctx context.Context, j *workload.Job, start *evidence.Endpoint) (*evidence.Endpoint, error) {
	if n := start.Metadata.Step; n >= j.Manifest().TotalSteps {
		return nil, fmt.Errorf("replay step %d: the job has %d steps", n, j.Manifest().TotalSteps)
	}
	return r.run(ctx, j, start, OpStep, 1)
}

// run replays n steps from start (or, for OpGradient, none) in the subprocess and returns
// the state it reached with the gradient there, checked against the workload.
func (r *Replayer) run(ctx context.Context, j *workload.Job, start *evidence.Endpoint, op string, n uint64) (*evidence.Endpoint, error) {
	// Evidence ovig cannot restore is the provider's fault (Malformed), found before any
	// subprocess runs, so that every later failure is the replayer's own.
	if _, err := j.Restore(start); err != nil {
		return nil, fmt.Errorf("external replay: start state: %w", err)
	}
	lay, err := r.layout(j)
	if err != nil {
		return nil, err
	}
	work, err := os.MkdirTemp(r.cfg.TempDir, "ovig-replay-")
	if err != nil {
		return nil, fail("work directory: %v", err)
	}
	defer os.RemoveAll(work)
	req := Request{Version: Version, Op: op, StartStep: start.Metadata.Step, Steps: n}
	if err := writeWork(work, j, start, req); err != nil {
		return nil, fail("write request: %v", err)
	}
	if err := r.exec(ctx, work); err != nil {
		return nil, err
	}
	return readOut(filepath.Join(work, DirOut), j, lay, req, start.Metadata)
}

// fail is a replayer failure.
func fail(format string, args ...any) error {
	return fmt.Errorf("external replayer: %s: %w", fmt.Sprintf(format, args...), audit.ErrReplayer)
}

func (r *Replayer) layout(j *workload.Job) (*layout, error) {
	h, err := j.Manifest().Hash()
	if err != nil {
		return nil, fmt.Errorf("external replay: manifest: %w", err)
	}
	r.mu.Lock()
	l, ok := r.layouts[h]
	r.mu.Unlock()
	if ok {
		return l, nil
	}
	// The layout of every state is endpoint 0's, as ovig captures it (what audit.LeafCount
	// derives the leaf count from).
	t, err := j.Init()
	if err != nil {
		return nil, fmt.Errorf("external replay: init: %w", err)
	}
	ep, err := t.Capture(j.Policy().Reference(), 0)
	if err != nil {
		return nil, fmt.Errorf("external replay: layout: %w", err)
	}
	l = &layout{state: ep.Metadata.State, gradient: ep.Metadata.Gradient}
	r.mu.Lock()
	r.layouts[h] = l
	r.mu.Unlock()
	return l, nil
}

func writeWork(work string, j *workload.Job, start *evidence.Endpoint, req Request) error {
	canon, err := j.Manifest().Canonical()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, FileManifest), canon, 0o600); err != nil {
		return err
	}
	sd := filepath.Join(work, DirStart)
	if err := os.Mkdir(sd, 0o700); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		ts   []evidence.Tensor
	}{{FileState, start.State}, {FileGradient, start.Gradient}} {
		b, err := evidence.EncodeSafetensors(f.ts, nil)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(sd, f.name), b, 0o600); err != nil {
			return err
		}
	}
	info := Info{Step: start.Metadata.Step, Losses: start.Metadata.Losses, Extra: start.Metadata.Extra}
	for _, v := range []struct {
		path string
		val  any
	}{{filepath.Join(sd, FileInfo), info}, {filepath.Join(work, FileRequest), req}} {
		b, err := json.Marshal(v.val)
		if err != nil {
			return err
		}
		if err := os.WriteFile(v.path, b, 0o600); err != nil {
			return err
		}
	}
	return os.Mkdir(filepath.Join(work, DirOut), 0o700)
}

// maxStderr is how much of the replayer's stderr an error quotes (its end: the traceback).
const maxStderr = 2048

func (r *Replayer) exec(parent context.Context, work string) error {
	ctx, cancel := context.WithTimeout(parent, r.cfg.Timeout)
	defer cancel()
	argv := append(slices.Clone(r.cfg.Command[1:]), work)
	cmd := exec.CommandContext(ctx, r.cfg.Command[0], argv...)
	cmd.Env = append(os.Environ(), r.cfg.Env...)
	cmd.Dir = work
	var stderr tail
	cmd.Stderr = &stderr
	cmd.WaitDelay = 5 * time.Second // a child holding the pipes open must not hang the audit
	err := cmd.Run()
	switch {
	case err == nil:
		return nil
	case parent.Err() != nil:
		// Our own cancellation: neither the replayer's fault nor the provider's.
		return fmt.Errorf("external replayer: %w", parent.Err())
	case ctx.Err() != nil:
		return fail("%s: killed after the timeout of %v", strings.Join(r.cfg.Command, " "), r.cfg.Timeout)
	default:
		return fail("%s: %v: %s", strings.Join(r.cfg.Command, " "), err, strings.TrimSpace(stderr.String()))
	}
}

// tail keeps the last maxStderr bytes written to it.
type tail struct{ b []byte }

func (t *tail) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > maxStderr {
		t.b = t.b[len(t.b)-maxStderr:]
	}
	return len(p), nil
}

func (t *tail) String() string { return string(bytes.ToValidUTF8(t.b, []byte("?"))) }

// readOut reads and checks the replayer's answer. Nothing in it is trusted.
func readOut(dir string, j *workload.Job, lay *layout, req Request, startMeta evidence.Metadata) (*evidence.Endpoint, error) {
	m := j.Manifest()
	step := req.StartStep + req.Steps
	state, err := readTensors(filepath.Join(dir, FileState), lay.state)
	if err != nil {
		return nil, err
	}
	grad, err := readTensors(filepath.Join(dir, FileGradient), lay.gradient)
	if err != nil {
		return nil, err
	}
	info, err := readInfo(filepath.Join(dir, FileInfo))
	if err != nil {
		return nil, err
	}
	if info.Step != step {
		return nil, fail("out/%s says step %d, want %d", FileInfo, info.Step, step)
	}
	for i := range state {
		if state[i].Name != workload.StepTensor {
			continue
		}
		v, err := state[i].I64s()
		if err != nil || len(v) != 1 || v[0] < 0 || uint64(v[0]) != step {
			return nil, fail("state tensor %q is %v, want I64 [1] = %d", workload.StepTensor, v, step)
		}
	}
	losses := info.Losses
	if len(losses) > workload.MaxEndpointLosses {
		losses = losses[len(losses)-workload.MaxEndpointLosses:]
	}
	for _, l := range losses {
		if math.IsNaN(l) || math.IsInf(l, 0) {
			return nil, fail("out/%s: loss %v", FileInfo, l)
		}
	}
	if losses == nil {
		losses = []float64{}
	}
	meta := evidence.Metadata{
		Version: evidence.MetadataVersion, Endpoint: step / m.Stride, Step: step, Precision: m.Precision,
		Losses: losses, Norms: evidence.TensorNorms(state, grad),
	}
	if req.Op == OpGradient {
		meta = startMeta
	}
	ep, err := evidence.NewEndpoint(state, grad, meta, m.ChunkSize)
	if err != nil {
		return nil, fail("answer: %v", err)
	}
	return ep, nil
}

// maxInfo bounds out/info.json.
const maxInfo = 64 << 10

func readInfo(path string) (*Info, error) {
	raw, err := readBounded(path, maxInfo)
	if err != nil {
		return nil, err
	}
	var info Info
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&info); err != nil {
		return nil, fail("out/%s: %v", filepath.Base(path), err)
	}
	return &info, nil
}

func readBounded(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fail("no answer: %v", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fail("%v", err)
	}
	if !st.Mode().IsRegular() || st.Size() > max {
		return nil, fail("out/%s: %d bytes, at most %d expected", filepath.Base(path), st.Size(), max)
	}
	b := make([]byte, st.Size())
	if _, err := f.ReadAt(b, 0); err != nil {
		return nil, fail("out/%s: %v", filepath.Base(path), err)
	}
	return b, nil
}

// readTensors reads one safetensors file of the answer and checks it holds exactly the
// tensors of want (name, dtype, shape), with finite float values.
func readTensors(path string, want []evidence.TensorInfo) ([]evidence.Tensor, error) {
	max := int64(8 + 4096 + 512*len(want))
	for _, ti := range want {
		n, err := evidence.NumBytes(ti.DType, ti.Shape)
		if err != nil {
			return nil, fmt.Errorf("external replay: layout: %w", err)
		}
		max += int64(n)
	}
	raw, err := readBounded(path, max)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(path)
	st, err := evidence.ParseSafetensors(raw)
	if err != nil {
		return nil, fail("out/%s: %v", name, err)
	}
	if len(st.Tensors) != len(want) {
		var got []string
		for _, t := range st.Tensors {
			got = append(got, t.Name)
		}
		var names []string
		for _, w := range want {
			names = append(names, w.Name)
		}
		return nil, fail("out/%s holds %d tensors (%s), want %d: %s", name, len(got), strings.Join(got, ", "), len(want), strings.Join(names, ", "))
	}
	for _, w := range want {
		t, ok := st.Find(w.Name)
		if !ok {
			return nil, fail("out/%s: tensor %q missing (want %s %v)", name, w.Name, w.DType, w.Shape)
		}
		if t.DType != w.DType || !slices.Equal(t.Shape, w.Shape) {
			return nil, fail("out/%s: tensor %q is %s %v, want %s %v", name, w.Name, t.DType, t.Shape, w.DType, w.Shape)
		}
		if t.DType != evidence.F32 {
			continue
		}
		v, err := t.F32s()
		if err != nil {
			return nil, fail("out/%s: tensor %q: %v", name, w.Name, err)
		}
		for i, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return nil, fail("out/%s: tensor %q holds %v at index %d", name, w.Name, x, i)
			}
		}
	}
	return st.Tensors, nil
}
