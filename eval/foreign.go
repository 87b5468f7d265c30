package eval

import (
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/extreplay"
)

// ForeignTrainer is the foreign-trainer row: a PyTorch provider (python/ovig's train) audited
// by ovig's replayer, and ovig's provider audited by the PyTorch replayer (python/ovig's
// replay, docs/replayer.md), honest and with one skipped update each.
type ForeignTrainer struct {
	Family Family // workload, steps, stride and calibration; Attacks is ignored
	// Root is the ovig checkout holding python/ and the datasets; "" finds it from ".".
	Root   string
	Python string // an interpreter that imports torch; "" takes node.DefaultPython
	// TorchIntervals is how many intervals (spread over the job) the PyTorch replayer audits per
	// run: each costs two PyTorch starts. 0 takes 3.
	TorchIntervals int
	// PyTorchProviderOnly runs the PyTorch provider's rows only (tests).
	PyTorchProviderOnly bool
}

// ForeignReport is the foreign-trainer row's results.
type ForeignReport struct {
	Workload string       `json:"workload"`
	Steps    uint64       `json:"steps"`
	Stride   uint64       `json:"stride"`
	Rows     []ForeignRow `json:"rows"`
}

// ForeignRow is one provider/replayer pairing under one behaviour.
type ForeignRow struct {
	Provider  string `json:"provider"`
	Replayer  string `json:"replayer"`
	Behaviour string `json:"behaviour"`
	Intervals int    `json:"intervals"` // audited
	Tampered  int    `json:"tampered"`  // audited intervals the behaviour touched
	// FalsePositives are audited untouched intervals not Honest; Caught touched ones not Honest.
	FalsePositives int `json:"false_positives"`
	// FilterOnly are untouched intervals the interval check (the watchtower's filter, which
	// opens a step-level dispute and never slashes by itself) flagged and whose step-level
	// dispute found every step Honest: not counted in FalsePositives. Flagged names every
	// untouched interval the filter or the endpoint check flagged.
	FilterOnly  int      `json:"filter_only"`
	Flagged     []uint64 `json:"flagged_untouched,omitempty"`
	Caught      int      `json:"caught"`
	WorstHonest float64  `json:"worst_honest_ratio"` // over the untouched audited intervals
}

// runForeign evaluates the foreign-trainer row.
func runForeign(ctx context.Context, src *data.Sources, ft ForeignTrainer, seed uint64, logf func(string, ...any)) (*ForeignReport, error) {
	f := ft.Family
	f.Attacks = nil
	root := ft.Root
	if root == "" {
		py, err := node.LocatePython(".")
		if err != nil {
			return nil, err
		}
		root = filepath.Dir(py)
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	python := ft.Python
	if python == "" {
		python = node.DefaultPython
	}
	env := []string{"PYTHONPATH=" + filepath.Join(root, "python"), "OVIG_DATA_DIR=" + root, "OMP_NUM_THREADS=1", "PYTHONDONTWRITEBYTECODE=1"}
	torch, err := extreplay.New(extreplay.Config{Command: []string{python, "-m", "ovig", "replay", "--threads", "1"}, Env: env})
	if err != nil {
		return nil, err
	}
	fm, err := setup(ctx, src, f, seed)
	if err != nil {
		return nil, err
	}
	m := fm.job.Manifest()
	n := m.Intervals()
	all := make([]uint64, n)
	for k := range all {
		all[k] = uint64(k)
	}
	sampled := spread(n, ft.TorchIntervals)
	// One skipped update in the middle interval: the attack both rows must catch.
	skipStep, skipInterval := foreignSkip(n, m.Stride)
	rep := &ForeignReport{Workload: f.Workload, Steps: m.TotalSteps, Stride: m.Stride}

	for _, b := range []string{"honest", fmt.Sprintf("skip:%d-%d", skipStep, skipStep+1)} {
		logf("eval foreign: PyTorch provider (%s), ovig replayer", b)
		dir, eps, err := torchTrain(ctx, fm, root, python, env, b)
		if err != nil {
			return nil, fmt.Errorf("PyTorch provider %s: %w", b, err)
		}
		tampered := make([]bool, n)
		if b != "honest" {
			tampered[skipInterval] = true
		}
		// An interval the filter flags goes to a step-level dispute, as a watchtower's
		// challenge does: the provider regenerates its step states on PyTorch and every step
		// is judged under the one-step check that slashes.
		dispute := func(k uint64) (audit.StepFinding, error) {
			return fm.torchDispute(ctx, root, python, env, dir, b, eps, k)
		}
		row, err := fm.foreignRow(ctx, eps, tampered, nil, all, dispute)
		os.RemoveAll(dir)
		if err != nil {
			return nil, err
		}
		row.Provider, row.Behaviour = "pytorch", b
		rep.Rows = append(rep.Rows, row)
	}
	for _, b := range []attack.Behaviour{{Name: "honest"}, {Name: "skip", Strength: 0.05}} {
		if ft.PyTorchProviderOnly {
			break
		}
		logf("eval foreign: ovig provider (%s), PyTorch replayer", b)
		run, err := fm.train(ctx, b, fm.ref)
		if err != nil {
			return nil, err
		}
		audited := slices.Clone(sampled)
		for k, t := range run.tampered {
			if t && !slices.Contains(audited, uint64(k)) {
				audited = append(audited, uint64(k)) // every tampered interval is audited
			}
		}
		row, err := fm.foreignRow(ctx, run.eps, run.tampered, torch, audited, nil)
		if err != nil {
			return nil, err
		}
		row.Provider, row.Behaviour = "ovig", b.String()
		rep.Rows = append(rep.Rows, row)
	}
	return rep, nil
}

// foreignRow audits the given intervals of a run under replayer r (nil: ovig's engine). With
// dispute set, an untouched interval that only the interval check (the filter) flags is a false
// positive only if its step-level dispute is not Honest either.
func (fm *family) foreignRow(ctx context.Context, eps []*evidence.Endpoint, tampered []bool, r audit.Replayer, intervals []uint64,
	dispute func(k uint64) (audit.StepFinding, error)) (ForeignRow, error) {
	f, err := fm.commit(eps)
	if err != nil {
		return ForeignRow{}, err
	}
	pre, err := audit.Prepare(audit.Config{Client: f, Job: "eval", ManifestHash: fm.manifestHash, Workload: fm.job, Artifact: fm.art, Profile: fm.ref, Replayer: r})
	if err != nil {
		return ForeignRow{}, err
	}
	row := ForeignRow{Replayer: pre.Replayer().Name(), Intervals: len(intervals)}
	for _, k := range intervals {
		fd, err := pre.Run(ctx, k, f.commits[k].Root(), f.commits[k+1].Root(), nil)
		if err != nil {
			return ForeignRow{}, fmt.Errorf("audit interval %d: %w", k, err)
		}
		flagged := fd.Outcome != audit.Honest
		switch {
		case tampered[k]:
			row.Tampered++
			if flagged {
				row.Caught++
			}
		case flagged:
			row.Flagged = append(row.Flagged, k)
			if fd.Check == boundary.CheckInterval && fd.Outcome == audit.Fraud && dispute != nil {
				sf, err := dispute(k)
				if err != nil {
					return ForeignRow{}, fmt.Errorf("dispute interval %d: %w", k, err)
				}
				if sf.Outcome == audit.Honest {
					row.FilterOnly++
					row.WorstHonest = max(row.WorstHonest, sf.Worst.Ratio)
					continue
				}
			}
			row.FalsePositives++
		default:
			row.WorstHonest = max(row.WorstHonest, fd.Worst.Ratio)
		}
	}
	return row, nil
}

// torchTrain trains the family's job in PyTorch (python3 -m ovig train, with behaviour b unless
// honest) and reads its endpoints through node.OpenImport, as node run --import does.
// It returns the directory it trained in (the caller removes it): the import directory is its
// import/, which a step-level dispute regenerates from.
func torchTrain(ctx context.Context, fm *family, root, python string, env []string, b string) (string, []*evidence.Endpoint, error) {
	dir, err := os.MkdirTemp("", "ovig-eval-torch-")
	if err != nil {
		return "", nil, err
	}
	eps, err := torchTrainIn(ctx, dir, fm, root, python, env, b)
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return dir, eps, nil
}

func torchTrainIn(ctx context.Context, dir string, fm *family, root, python string, env []string, b string) ([]*evidence.Endpoint, error) {
	manifest := filepath.Join(dir, "manifest.json")
	if err := os.WriteFile(manifest, fm.manifestJSON, 0o600); err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "import")
	args := []string{"-m", "ovig", "train", manifest, out}
	if b != "honest" {
		args = append(args, "--attack", b)
	}
	cmd := exec.CommandContext(ctx, python, args...)
	cmd.Dir, cmd.Env = root, append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %w: %s", python, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	tr, err := node.OpenImport(out, fm.job, 0)
	if err != nil {
		return nil, err
	}
	m := fm.job.Manifest()
	eps := make([]*evidence.Endpoint, m.Intervals()+1)
	for e := range eps {
		if e > 0 {
			if _, err := tr.Train(fm.ref, m.Stride, nil); err != nil {
				return nil, err
			}
		}
		if eps[e], err = tr.Capture(fm.ref, uint64(e)); err != nil {
			return nil, err
		}
	}
	return eps, nil
}

// torchDispute plays the step-level dispute of interval k of a PyTorch provider's job: the
// provider (python/ovig's steps, with the attack it trained with) regenerates the interval's
// step states from its import directory under dir, serves them with its committed endpoints
// through evidence.Server, and every step is judged by audit.Steps under the one-step check.
func (fm *family) torchDispute(ctx context.Context, root, python string, env []string, dir, b string, eps []*evidence.Endpoint, k uint64) (audit.StepFinding, error) {
	store, err := evidence.OpenStore(filepath.Join(dir, fmt.Sprintf("store-%d", k)), evidence.StoreOptions{})
	if err != nil {
		return audit.StepFinding{}, err
	}
	const key = "eval"
	for e, ep := range eps {
		bu, err := evidence.NewBundle(fm.manifestJSON, ep, evidence.CommitOptions{})
		if err != nil {
			return audit.StepFinding{}, err
		}
		if err := store.Put(key, uint64(e), bu); err != nil {
			return audit.StepFinding{}, err
		}
	}
	cmd, penv := node.PythonRegenerate(python, filepath.Join(root, "python"))
	if b != "honest" {
		cmd = append(cmd, "--attack", b)
	}
	is, err := node.NewImportSteps(node.ImportStepsConfig{
		Store: store, Command: cmd, Env: append(penv, env...), Dir: root,
		WorkDir: filepath.Join(dir, fmt.Sprintf("steps-%d", k)), Timeout: 10 * time.Minute,
	})
	if err != nil {
		return audit.StepFinding{}, err
	}
	if err := is.Add(key, node.ImportStepJob{Job: fm.job, ManifestJSON: fm.manifestJSON, ImportDir: filepath.Join(dir, "import")}); err != nil {
		return audit.StepFinding{}, err
	}
	srv := httptest.NewServer(evidence.NewServer(store, evidence.ServerOptions{Steps: is}))
	defer srv.Close()
	roots, err := is.StepRoots(key, k)
	if err != nil {
		return audit.StepFinding{}, err
	}
	tree, err := evidence.BuildTree(roots)
	if err != nil {
		return audit.StepFinding{}, err
	}
	client, err := evidence.NewClient(srv.URL, evidence.ClientOptions{MaxAttempts: 1})
	if err != nil {
		return audit.StepFinding{}, err
	}
	leaves, err := audit.LeafCount(fm.job, fm.ref)
	if err != nil {
		return audit.StepFinding{}, err
	}
	steps := make([]uint64, fm.job.Manifest().Stride)
	for j := range steps {
		steps[j] = uint64(j)
	}
	return audit.Steps(ctx, audit.Input{Client: client, Job: key, Interval: k, ManifestHash: fm.manifestHash,
		Workload: fm.job, Artifact: fm.art, Profile: fm.ref}, tree.Root(), leaves, steps, nil)
}

// foreignSkip is the foreign row's attack on a job of n intervals of stride steps: the update of
// step (n/2)·stride + stride/2 skipped (python/ovig's skip:FROM-TO covers FROM..TO-1), which
// touches that step's interval alone; every later interval replays honestly from the state
// the skip left.
func foreignSkip(n, stride uint64) (step, interval uint64) {
	step = n/2*stride + stride/2
	return step, step / stride
}

// spread picks n (0: 3) intervals of total spread over the job, first and last included.
func spread(total uint64, n int) []uint64 {
	if n <= 0 {
		n = 3
	}
	n = min(n, int(total))
	out := make([]uint64, 0, n)
	for i := range n {
		k := uint64(0)
		if n > 1 {
			k = uint64(i) * (total - 1) / uint64(n-1)
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// foreignMarkdown is the foreign-trainer section of the report.
func foreignMarkdown(r *ForeignReport) string {
	if r == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n## Foreign trainer (%s, %d steps, s = %d)\n\n", r.Workload, r.Steps, r.Stride)
	b.WriteString("| provider | replayer | behaviour | intervals audited | tampered | caught | false positives | flagged by the filter, cleared by the step-level dispute | worst honest ratio |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, row := range r.Rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %d | %d | %d | %d | %.3g |\n", row.Provider, row.Replayer, row.Behaviour,
			row.Intervals, row.Tampered, row.Caught, row.FalsePositives, row.FilterOnly, row.WorstHonest)
	}
	return b.String()
}
