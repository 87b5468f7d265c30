package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/workload"
)

// Placeholders of a regenerate command, replaced by the canonical manifest's path, the import
// directory, the interval and the directory the states go to. A command naming none of them
// gets "MANIFEST IMPORT --interval K OUT" appended.
const (
	PlaceholderManifest = "{manifest}"
	PlaceholderImport   = "{import}"
	PlaceholderInterval = "{interval}"
	PlaceholderOut      = "{out}"
)

// DefaultPython is the interpreter of the default regenerate command: Debian's, the one
// python3-torch installs into (a pyenv python3 first on PATH usually cannot import torch).
const DefaultPython = "/usr/bin/python3"

// PythonRegenerate is the default regenerate command, python/ovig's `steps`, and the environment
// it needs: PYTHONPATH at pythonDir (the repository's python/ directory).
func PythonRegenerate(python, pythonDir string) (cmd, env []string) {
	if python == "" {
		python = DefaultPython
	}
	return []string{python, "-m", "ovig", "steps", PlaceholderManifest, PlaceholderImport, "--interval", PlaceholderInterval, PlaceholderOut},
		[]string{"PYTHONPATH=" + pythonDir, "PYTHONDONTWRITEBYTECODE=1"}
}

// LocatePython returns the python/ directory holding python/ovig found walking up from each
// start in turn (an ovig checkout: the data directory, the executable's directory).
func LocatePython(starts ...string) (string, error) {
	for _, s := range starts {
		if s == "" {
			continue
		}
		dir, err := filepath.Abs(s)
		if err != nil {
			continue
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "python", "ovig", "steps.py")); err == nil {
				return filepath.Join(dir, "python"), nil
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return "", fmt.Errorf("no python/ovig (with steps.py) above %s", strings.Join(slices.DeleteFunc(slices.Clone(starts), func(s string) bool { return s == "" }), " or "))
}

// ImportStepsConfig configures ImportSteps.
type ImportStepsConfig struct {
	Store evidence.Source // the committed endpoints
	// Command regenerates one interval (argv, placeholders replaced); required.
	Command []string
	Env     []string // added to the command's environment
	Dir     string   // the command's working directory; "" inherits this process's
	// WorkDir holds WorkDir/<job>/manifest.json and the regenerated states, WorkDir/<job>/<k>/<j>/.
	WorkDir string
	// Timeout bounds one regeneration (default 1 h): a hung trainer must not hold the node past
	// its response window without saying so.
	Timeout time.Duration
	// Keep is how many regenerated intervals stay on disk (default 4; the least recently used goes).
	Keep int
	Log  zerolog.Logger
}

// ImportStepJob is an imported job whose disputed intervals ImportSteps regenerates.
type ImportStepJob struct {
	Job          *workload.Job
	ManifestJSON []byte
	ImportDir    string // what the external trainer wrote (node run --import DIR)
	Commit       evidence.CommitOptions
}

// ImportSteps is the evidence.StepSource of a node that imports an external trainer's evidence: asked for
// interval k, it runs the trainer's regenerate command (python/ovig's `python3 -m ovig steps` by
// default), which replays the interval from endpoint k on the trainer's own kernels and writes
// its s+1 step states in CaptureStep's layout; ImportSteps reads them with the import checks,
// requires states 0 and s to be the committed endpoints k and k+1 bit for bit, computes the
// state roots once and serves the states from disk. Endpoint 0 and s are served from the store.
type ImportSteps struct {
	cfg   ImportStepsConfig
	regen chan struct{} // one regeneration at a time: two shared cores
	mu    sync.Mutex
	jobs  map[string]*importStepJob
	ivals map[string]*importInterval // job/k
	clock uint64
}

type importStepJob struct {
	ImportStepJob
	manifest string // WorkDir/<job>/manifest.json
	layout   *importLayout
}

type importInterval struct {
	job   string
	k     uint64
	ready chan struct{} // closed once roots or err is set
	err   error
	roots []evidence.Hash32
	dir   string
	used  uint64
}

// NewImportSteps returns an import step source; add jobs with Add.
func NewImportSteps(cfg ImportStepsConfig) (*ImportSteps, error) {
	if cfg.Store == nil || len(cfg.Command) == 0 || cfg.Command[0] == "" || cfg.WorkDir == "" {
		return nil, errors.New("import steps: a store, a regenerate command and a work directory are required")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = time.Hour
	}
	if cfg.Keep <= 0 {
		cfg.Keep = 4
	}
	return &ImportSteps{cfg: cfg, regen: make(chan struct{}, 1), jobs: map[string]*importStepJob{}, ivals: map[string]*importInterval{}}, nil
}

// Add registers an imported job under its evidence key.
func (s *ImportSteps) Add(key string, j ImportStepJob) error {
	if err := evidence.ValidJobKey(key); err != nil {
		return err
	}
	want := captureStart(j.Job, j.Job.Policy().Reference())
	if want.err != nil {
		return fmt.Errorf("import steps: layout of the workload: %w", want.err)
	}
	dir := filepath.Join(s.cfg.WorkDir, key)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("import steps: %w", err)
	}
	// The canonical manifest the roots were committed under, whatever file the node was given.
	path := filepath.Join(dir, ImportManifest)
	if err := os.WriteFile(path, j.ManifestJSON, 0o644); err != nil {
		return fmt.Errorf("import steps: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jobs[key] = &importStepJob{ImportStepJob: j, manifest: path, layout: layoutOf(want.ep)}
	return nil
}

// StepRoots returns the s+1 state roots of interval k, regenerating the interval the first time.
func (s *ImportSteps) StepRoots(job string, k uint64) ([]evidence.Hash32, error) {
	iv, _, err := s.interval(job, k)
	if err != nil {
		return nil, err
	}
	return slices.Clone(iv.roots), nil
}

// LoadStep returns the bundle of state j of interval k.
func (s *ImportSteps) LoadStep(job string, k, j uint64) (*evidence.Bundle, error) {
	iv, sj, err := s.interval(job, k)
	if err != nil {
		return nil, err
	}
	stride := uint64(len(iv.roots) - 1)
	switch {
	case j > stride:
		return nil, fmt.Errorf("interval %d has %d steps, no state %d: %w", k, stride, j, evidence.ErrNotFound)
	case j == 0:
		return s.cfg.Store.Load(job, k)
	case j == stride:
		return s.cfg.Store.Load(job, k+1)
	}
	ep, err := sj.reader(iv.dir).readEvidence(filepath.Join(iv.dir, strconv.FormatUint(j, 10)), k*stride+j,
		fmt.Sprintf("regenerated interval %d state %d", k, j), true)
	if err != nil {
		return nil, err
	}
	b, err := evidence.NewBundle(sj.ManifestJSON, ep, sj.Commit)
	if err != nil {
		return nil, err
	}
	// The step tree may be on chain already: serving other bytes would lose the dispute.
	if got := b.Commitment.Root(); got != iv.roots[j] {
		return nil, fmt.Errorf("state %d of interval %d on disk has root %s, the step tree says %s: %s was changed", j, k, got, iv.roots[j], iv.dir)
	}
	return b, nil
}

func (sj *importStepJob) reader(dir string) *ImportTrainer {
	m := sj.Job.Manifest()
	return &ImportTrainer{dir: dir, stride: m.Stride, precision: m.Precision, chunk: m.ChunkSize, layout: sj.layout}
}

// interval returns interval k of job, regenerated (by this caller if nobody has yet).
func (s *ImportSteps) interval(job string, k uint64) (*importInterval, *importStepJob, error) {
	s.mu.Lock()
	sj, ok := s.jobs[job]
	if !ok {
		s.mu.Unlock()
		return nil, nil, fmt.Errorf("job %s: no step states: %w", job, evidence.ErrNotFound)
	}
	if n := sj.Job.Manifest().Intervals(); k >= n {
		s.mu.Unlock()
		return nil, nil, fmt.Errorf("job %s has %d intervals, no interval %d: %w", job, n, k, evidence.ErrNotFound)
	}
	id := job + "/" + strconv.FormatUint(k, 10)
	iv, found := s.ivals[id]
	if !found {
		iv = &importInterval{job: job, k: k, ready: make(chan struct{}), dir: filepath.Join(s.cfg.WorkDir, job, strconv.FormatUint(k, 10))}
		s.ivals[id] = iv
	}
	s.clock++
	iv.used = s.clock
	s.mu.Unlock()
	if found {
		<-iv.ready
		if iv.err != nil {
			return nil, nil, iv.err
		}
		return iv, sj, nil
	}
	iv.roots, iv.err = s.regenerate(sj, job, k, iv.dir)
	s.mu.Lock()
	if iv.err != nil {
		// Not cached: the next request tries again (the trainer may have been fixed meanwhile).
		iv.roots = nil
		delete(s.ivals, id)
		os.RemoveAll(iv.dir)
	} else {
		s.evict(id)
	}
	s.mu.Unlock()
	close(iv.ready)
	if iv.err != nil {
		return nil, nil, iv.err
	}
	return iv, sj, nil
}

// evict drops the least recently used regenerated intervals beyond Keep, never keep; s.mu is held.
func (s *ImportSteps) evict(keep string) {
	for len(s.ivals) > s.cfg.Keep {
		var oldest string
		for id, iv := range s.ivals {
			select {
			case <-iv.ready:
			default:
				continue // being regenerated
			}
			if id != keep && (oldest == "" || iv.used < s.ivals[oldest].used) {
				oldest = id
			}
		}
		if oldest == "" {
			return
		}
		s.drop(oldest, s.ivals[oldest])
	}
}

func (s *ImportSteps) drop(id string, iv *importInterval) {
	delete(s.ivals, id)
	if err := os.RemoveAll(iv.dir); err != nil {
		s.cfg.Log.Warn().Err(err).Str("dir", iv.dir).Msg("drop regenerated step states")
	}
}

// regenerate runs the regenerate command for interval k and verifies what it wrote.
func (s *ImportSteps) regenerate(sj *importStepJob, job string, k uint64, out string) ([]evidence.Hash32, error) {
	s.regen <- struct{}{}
	defer func() { <-s.regen }()
	if err := os.RemoveAll(out); err != nil {
		return nil, fmt.Errorf("regenerate interval %d: %w", k, err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, fmt.Errorf("regenerate interval %d: %w", k, err)
	}
	argv := expandCommand(s.cfg.Command, sj.manifest, sj.ImportDir, k, out)
	start := time.Now()
	s.cfg.Log.Info().Str("job", job).Uint64("interval", k).Str("command", strings.Join(argv, " ")).Msg("regenerating a disputed interval's step states")
	if err := runBounded(argv, s.cfg.Env, s.cfg.Dir, s.cfg.Timeout); err != nil {
		return nil, fmt.Errorf("regenerate interval %d: %w", k, err)
	}
	roots, err := s.verify(sj, job, k, out)
	if err != nil {
		return nil, err
	}
	s.cfg.Log.Info().Str("job", job).Uint64("interval", k).Dur("took", time.Since(start)).Int("states", len(roots)).Msg("step states regenerated; both ends are the committed endpoints")
	return roots, nil
}

// expandCommand replaces the placeholders, or appends the standard arguments.
func expandCommand(cmd []string, manifest, importDir string, k uint64, out string) []string {
	r := strings.NewReplacer(PlaceholderManifest, manifest, PlaceholderImport, importDir, PlaceholderInterval, strconv.FormatUint(k, 10), PlaceholderOut, out)
	argv := make([]string, len(cmd))
	named := false
	for i, a := range cmd {
		argv[i] = r.Replace(a)
		named = named || argv[i] != a
	}
	if !named {
		argv = append(argv, manifest, importDir, "--interval", strconv.FormatUint(k, 10), out)
	}
	return argv
}

// maxCommandOutput is how much of the command's stderr an error quotes.
const maxCommandOutput = 4 << 10

// runBounded runs argv with a deadline, killing its whole process group at the deadline.
func runBounded(argv, env []string, dir string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Dir = dir
	stderr := &tailBuffer{max: maxCommandOutput}
	cmd.Stdout, cmd.Stderr = &tailBuffer{max: maxCommandOutput}, stderr
	cmd.WaitDelay = 5 * time.Second
	ownProcessGroup(cmd)
	err := cmd.Run()
	said := ""
	if msg := stderr.String(); msg != "" {
		said = ": " + msg
	}
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return fmt.Errorf("%s: no result within %v (killed)%s", argv[0], timeout, said)
	case err != nil:
		return fmt.Errorf("%s: %w%s", strings.Join(argv, " "), err, said)
	}
	return nil
}

// verify reads the s+1 states of out (refusing anything else there), computes their roots and
// checks both ends against the committed endpoints.
func (s *ImportSteps) verify(sj *importStepJob, job string, k uint64, out string) ([]evidence.Hash32, error) {
	stride := sj.Job.Manifest().Stride
	entries, err := os.ReadDir(out)
	if err != nil {
		return nil, fmt.Errorf("regenerate interval %d: %w", k, err)
	}
	for _, e := range entries {
		j, err := strconv.ParseUint(e.Name(), 10, 64)
		if err != nil || j > stride || !e.IsDir() || e.Name() != strconv.FormatUint(j, 10) {
			return nil, fmt.Errorf("regenerate interval %d: %s holds %q: want only the state directories 0..%d", k, out, e.Name(), stride)
		}
	}
	if uint64(len(entries)) != stride+1 {
		return nil, fmt.Errorf("regenerate interval %d: %d states in %s, want %d (0..%d)", k, len(entries), out, stride+1, stride)
	}
	mh := evidence.Keccak256(sj.ManifestJSON)
	r := sj.reader(out)
	roots := make([]evidence.Hash32, stride+1)
	for j := range roots {
		ep, err := r.readEvidence(filepath.Join(out, strconv.Itoa(j)), k*stride+uint64(j), fmt.Sprintf("regenerated interval %d state %d", k, j), true)
		if err != nil {
			return nil, err
		}
		c, err := evidence.Commit(mh, ep, sj.Commit)
		if err != nil {
			return nil, fmt.Errorf("regenerated interval %d state %d: %w", k, j, err)
		}
		roots[j] = c.Root()
	}
	for _, end := range []struct {
		state, endpoint uint64
	}{{0, k}, {stride, k + 1}} {
		b, err := s.cfg.Store.Load(job, end.endpoint)
		if err != nil {
			return nil, fmt.Errorf("interval %d: endpoint %d: %w", k, end.endpoint, err)
		}
		if want := b.Commitment.Root(); roots[end.state] != want {
			return nil, fmt.Errorf("regenerated state %d of interval %d has root %s, committed endpoint %d has %s: "+
				"the regenerate command does not reproduce the committed training (same code, threads and kernels as the run that wrote %s?)",
				end.state, k, roots[end.state], end.endpoint, want, sj.ImportDir)
		}
	}
	return roots, nil
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = t.b[len(t.b)-t.max:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return strings.TrimSpace(string(t.b)) }
