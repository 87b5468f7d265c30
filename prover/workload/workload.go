package workload

import (
	"fmt"
	"maps"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/optim"
)

// Options are the choices of the party writing a manifest; zero values take the
// workload's defaults where one exists.
type Options struct {
	Steps, Stride, BatchSize, Seed uint64
	Policy                         numeric.Policy
	// LR is the constant rate or the schedule's peak rate; 0 takes the workload default.
	LR        float64
	ChunkSize uint64 // 0: evidence.DefaultChunkSize
	// BoundaryHash is the hash of the boundary artifact; calibration produces it later,
	// so it may be zero here.
	BoundaryHash evidence.Hash32
	// Windows in seconds; 0 takes one day (challenge) and one hour (response, arbitration).
	ChallengeWindow, ResponseWindow, ArbitrationWindow uint64
}

// model is one workload's network, data handling and loss.
type model interface {
	params() []paramSpec
	trainLen() int
	trainExamples() [][]byte
	evalLen() int // test examples Evaluate reads (a prefix of the test split)
	// batch assembles the samples idx of the training (or test) split for step.
	batch(idx []int, test bool, step uint64) *Batch
	// loss records the forward pass of b on g and returns the scalar loss and, for
	// classifiers, the logits.
	loss(g *nn.Graph[float32], ps map[string]*nn.Var[float32], b *Batch) (loss, logits *nn.Var[float32], err error)
}

// paramSpec describes a parameter: normal(0, std) entries, or all fill when std is 0.
type paramSpec struct {
	name  string
	shape []int
	std   float64
	fill  float32
}

// workloadDef is a built-in workload: its defaults and how to build its model.
type workloadDef struct {
	arch      map[string]float64
	batch     uint64
	optimizer evidence.NamedParams
	lr        float64
	cosine    bool // warmup+cosine schedule (else constant)
	build     func(arch map[string]float64, src *data.Sources, seed uint64) (model, error)
}

func defs() map[string]workloadDef {
	adamw := func(wd float64) evidence.NamedParams {
		return evidence.NamedParams{Name: "adamw", Params: map[string]float64{"beta1": 0.9, "beta2": 0.99, "eps": 1e-8, "weight_decay": wd}}
	}
	return map[string]workloadDef{
		"mlp-mnist": {
			arch: map[string]float64{"in": 784, "hidden": 128, "classes": 10}, batch: 64,
			optimizer: evidence.NamedParams{Name: "sgd", Params: map[string]float64{"momentum": 0.9, "weight_decay": 0}},
			lr:        0.05, build: buildMLP,
		},
		"cnn-fashion": {
			arch: map[string]float64{"c1": 8, "c2": 16, "classes": 10}, batch: 32,
			optimizer: adamw(0), lr: 3e-3, cosine: true, build: buildCNN,
		},
		"charlm-moby": {
			arch: map[string]float64{"layers": 2, "d": 64, "heads": 4, "context": 64}, batch: 16,
			optimizer: adamw(0.01), lr: 3e-3, cosine: true, build: buildCharLM,
		},
		"ddpm-digits": {
			arch: map[string]float64{"side": 14, "hidden": 256, "temb": 32, "noise_steps": 100}, batch: 64,
			optimizer: adamw(0), lr: 2e-3, cosine: true, build: buildDDPM,
		},
	}
}

// Names lists the built-in workloads.
func Names() []string { return slices.Sorted(maps.Keys(defs())) }

// NewManifest writes the manifest of a job of the named workload: it loads the dataset
// to commit to it and hashes the initial weights drawn from o.Seed.
func NewManifest(name string, src *data.Sources, o Options) (*evidence.Manifest, error) {
	def, ok := defs()[name]
	if !ok {
		return nil, fmt.Errorf("unknown workload %q (have %v)", name, Names())
	}
	if o.Steps == 0 {
		return nil, fmt.Errorf("workload %s: zero steps", name)
	}
	if o.Stride == 0 || o.Steps%o.Stride != 0 {
		return nil, fmt.Errorf("workload %s: stride %d must divide %d steps", name, o.Stride, o.Steps)
	}
	if o.BatchSize == 0 {
		o.BatchSize = def.batch
	}
	if o.LR == 0 {
		o.LR = def.lr
	}
	if o.ChunkSize == 0 {
		o.ChunkSize = evidence.DefaultChunkSize
	}
	for _, w := range []struct {
		v   *uint64
		def uint64
	}{{&o.ChallengeWindow, 24 * 3600}, {&o.ResponseWindow, 3600}, {&o.ArbitrationWindow, 3600}} {
		if *w.v == 0 {
			*w.v = w.def
		}
	}
	sched := evidence.NamedParams{Name: "constant", Params: map[string]float64{"lr": o.LR}}
	if def.cosine {
		warm := min(20, o.Steps/10)
		sched = optim.WarmupCosine{Peak: o.LR, Min: o.LR / 10, Warmup: warm, Total: o.Steps}.Spec()
	}
	mdl, err := def.build(def.arch, src, o.Seed)
	if err != nil {
		return nil, fmt.Errorf("workload %s: %w", name, err)
	}
	tree, err := evidence.CommitDataset(mdl.trainExamples())
	if err != nil {
		return nil, fmt.Errorf("workload %s: %w", name, err)
	}
	m := &evidence.Manifest{
		Version:      evidence.ManifestVersion,
		Workload:     name,
		Architecture: evidence.NamedParams{Name: name, Params: maps.Clone(def.arch)},
		Dataset:      tree.Commitment(),
		Schedule:     evidence.DataSchedule{Seed: o.Seed, BatchSize: o.BatchSize},
		Optimizer:    def.optimizer,
		LRSchedule:   sched,
		Precision:    evidence.PrecisionPolicy{Operand: o.Policy.Operand.String(), Accumulate: o.Policy.Accum.String()},
		TotalSteps:   o.Steps,
		Stride:       o.Stride,
		BoundaryHash: o.BoundaryHash,
		ChunkSize:    o.ChunkSize,

		ChallengeWindow:   o.ChallengeWindow,
		ResponseWindow:    o.ResponseWindow,
		ArbitrationWindow: o.ArbitrationWindow,
	}
	j, err := newJob(m, mdl)
	if err != nil {
		return nil, err
	}
	m.InitialWeightsHash = j.initHash
	m.Limits = j.limits()
	return m, nil
}

// Job is an opened manifest: the dataset, the model and the training recipe. It is
// immutable and safe for concurrent use.
type Job struct {
	m        *evidence.Manifest
	policy   numeric.Policy
	mdl      model
	sched    optim.Schedule
	initHash evidence.Hash32
}

// Open loads the dataset of m, checks it against m.Dataset and the initial weights
// against m.InitialWeightsHash.
func Open(m *evidence.Manifest, src *data.Sources) (*Job, error) {
	def, ok := defs()[m.Workload]
	if !ok {
		return nil, fmt.Errorf("open job: unknown workload %q (have %v)", m.Workload, Names())
	}
	if m.Architecture.Name != m.Workload || !maps.Equal(m.Architecture.Params, def.arch) {
		return nil, fmt.Errorf("open job %s: architecture %v differs from the built-in %v", m.Workload, m.Architecture, def.arch)
	}
	mdl, err := def.build(def.arch, src, m.Schedule.Seed)
	if err != nil {
		return nil, fmt.Errorf("open job %s: %w", m.Workload, err)
	}
	if uint64(mdl.trainLen()) != m.Dataset.Count {
		return nil, fmt.Errorf("open job %s: dataset has %d examples, manifest commits to %d", m.Workload, mdl.trainLen(), m.Dataset.Count)
	}
	tree, err := evidence.CommitDataset(mdl.trainExamples())
	if err != nil {
		return nil, fmt.Errorf("open job %s: %w", m.Workload, err)
	}
	if got := tree.Commitment().Root; got != m.Dataset.Root {
		return nil, fmt.Errorf("open job %s: dataset root %s, manifest commits to %s", m.Workload, got, m.Dataset.Root)
	}
	j, err := newJob(m, mdl)
	if err != nil {
		return nil, err
	}
	if j.initHash != m.InitialWeightsHash {
		return nil, fmt.Errorf("open job %s: initial weights hash %s, manifest says %s", m.Workload, j.initHash, m.InitialWeightsHash)
	}
	return j, nil
}

// newJob checks the recipe of m and hashes the initial weights.
func newJob(m *evidence.Manifest, mdl model) (*Job, error) {
	pol, err := numeric.ParsePolicy(m.Precision.Operand + "/acc=" + m.Precision.Accumulate)
	if err != nil {
		return nil, fmt.Errorf("job %s: %w", m.Workload, err)
	}
	if _, err := optim.New(m.Optimizer); err != nil {
		return nil, fmt.Errorf("job %s: %w", m.Workload, err)
	}
	sched, err := optim.NewSchedule(m.LRSchedule)
	if err != nil {
		return nil, fmt.Errorf("job %s: %w", m.Workload, err)
	}
	if m.Schedule.BatchSize == 0 || m.Schedule.BatchSize > uint64(mdl.trainLen()) {
		return nil, fmt.Errorf("job %s: batch size %d not in [1, %d]", m.Workload, m.Schedule.BatchSize, mdl.trainLen())
	}
	if m.Stride == 0 || m.TotalSteps%m.Stride != 0 {
		return nil, fmt.Errorf("job %s: stride %d must divide %d steps", m.Workload, m.Stride, m.TotalSteps)
	}
	if m.ChunkSize < evidence.MinChunkSize {
		return nil, fmt.Errorf("job %s: chunk size %d", m.Workload, m.ChunkSize)
	}
	j := &Job{m: m, policy: pol, mdl: mdl, sched: sched}
	ts, err := paramTensors(j.initParams())
	if err != nil {
		return nil, fmt.Errorf("job %s: initial weights: %w", m.Workload, err)
	}
	b, err := evidence.EncodeSafetensors(ts, nil)
	if err != nil {
		return nil, fmt.Errorf("job %s: initial weights: %w", m.Workload, err)
	}
	j.initHash = evidence.Keccak256(b)
	return j, nil
}

// WithStride returns the job under a copy of its manifest with another stride, sharing
// the loaded dataset: a replay of s steps is an interval of the job at stride s, and
// reopening the manifest would load and commit the dataset again.
func (j *Job) WithStride(stride uint64) (*Job, error) {
	if stride == 0 || j.m.TotalSteps%stride != 0 {
		return nil, fmt.Errorf("job %s: stride %d must divide %d steps", j.m.Workload, stride, j.m.TotalSteps)
	}
	m := *j.m
	m.Stride = stride
	c := *j
	c.m = &m
	return &c, nil
}

// Manifest returns the job's manifest (do not modify it).
func (j *Job) Manifest() *evidence.Manifest { return j.m }

// Policy is the precision policy the manifest declares.
func (j *Job) Policy() numeric.Policy { return j.policy }

// initParams draws the initial weights from the manifest's seed, in parameter order.
func (j *Job) initParams() []optim.Param {
	r := data.NewRand("ovig/init/"+j.m.Workload, j.m.Schedule.Seed)
	specs := j.mdl.params()
	out := j.emptyParams()
	for i, s := range specs {
		p := &out[i]
		p.Val = make([]float32, len(p.Grad))
		for k := range p.Val {
			if s.std > 0 {
				p.Val[k] = float32(s.std * r.Normal())
			} else {
				p.Val[k] = s.fill
			}
		}
	}
	return out
}

// emptyParams returns the parameters' names, shapes and zero gradients, without values.
func (j *Job) emptyParams() []optim.Param {
	specs := j.mdl.params()
	out := make([]optim.Param, len(specs))
	for i, s := range specs {
		n := nn.Numel(s.shape)
		out[i] = optim.Param{Name: s.name, Grad: make([]float32, n)}
		for _, d := range s.shape {
			out[i].Shape = append(out[i].Shape, int64(d))
		}
	}
	return out
}

// limits bounds one endpoint's evidence: parameters, up to two moments, the gradient.
func (j *Job) limits() evidence.Limits {
	var total, largest, leaves uint64
	for _, p := range j.mdl.params() {
		b := uint64(4 * nn.Numel(p.shape))
		largest = max(largest, b)
		total += 4 * b
		leaves += 4 * evidence.ChunkCount(b, j.m.ChunkSize)
	}
	return evidence.Limits{
		MaxEndpointBytes: total + 1<<10,
		MaxTensorBytes:   largest,
		MaxLeaves:        leaves + 16,
		MaxMetadataBytes: 1 << 20,
	}
}

// paramTensors encodes parameters as F32 tensors under their own names.
func paramTensors(ps []optim.Param) ([]evidence.Tensor, error) {
	out := make([]evidence.Tensor, len(ps))
	for i, p := range ps {
		t, err := evidence.NewF32(p.Name, p.Shape, p.Val)
		if err != nil {
			return nil, err
		}
		out[i] = t
	}
	return out, nil
}

// WithBoundaryHash returns the job under a copy of its manifest naming boundary artifact h,
// sharing the loaded dataset: a calibration run's manifest names none, and an external
// replayer is handed a complete manifest.
func (j *Job) WithBoundaryHash(h evidence.Hash32) *Job {
	m := *j.m
	m.BoundaryHash = h
	c := *j
	c.m = &m
	return &c
}
