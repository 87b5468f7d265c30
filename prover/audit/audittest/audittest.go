// Package audittest builds real audit fixtures for tests: a small job of a built-in
// workload trained for real, its boundary artifact, and a provider serving the committed
// evidence over HTTP with evidence.Server.
package audittest

import (
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/regen"
	"github.com/ovig/ovig/prover/workload"
)

// Options shape a fixture. Zero values: mlp-mnist, 4 steps, stride 2, batch 32.
type Options struct {
	Workload             string
	Steps, Stride, Batch uint64
	Hooks                *workload.Hooks // nil: an honest provider
	// Profile the provider trains under; zero: the policy's reference profile.
	Profile numeric.Profile
	// Tamper, if set, edits each captured endpoint before it is committed.
	Tamper func(endpoint uint64, ep *evidence.Endpoint)
	// Start, if set, edits endpoint 0 (the manifest's initial state) and the provider then
	// trains from the edited state: a provider that started from other weights.
	Start  func(ep *evidence.Endpoint)
	JobKey string // default "job-1"
}

// Env is a trained job and the provider serving its evidence.
type Env struct {
	Job          *workload.Job
	ManifestHash evidence.Hash32
	Artifact     *boundary.Artifact
	Store        *evidence.Store
	Server       *httptest.Server // evidence.Server over Store; closed at the end of the test
	JobKey       string
	Anchors      []evidence.Anchor // of endpoints 0..N, as committed
	Roots        [][32]byte
	// Steps serves the step states of any interval, regenerated under the provider's profile and
	// hooks (Tamper applies to the stored endpoints only).
	Steps *regen.Steps
}

// StepAnchors returns the verified step roots of interval k, as anchors.
func (e *Env) StepAnchors(t testing.TB, k uint64) []evidence.Anchor {
	t.Helper()
	roots, err := e.Steps.StepRoots(e.JobKey, k)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]evidence.Anchor, len(roots))
	for i, r := range roots {
		out[i] = evidence.Anchor{Root: r, LeafCount: e.Anchors[0].LeafCount}
	}
	return out
}

// sources is the one data.Sources of the test binary: the datasets are parsed on the first New
// and shared (read-only) by every fixture after it, which is most of what a fixture costs.
var sources = sync.OnceValues(func() (*data.Sources, error) { return data.Locate(".") })

// New trains the job (under the policy's reference profile by default), commits every endpoint and
// starts the provider.
func New(t testing.TB, o Options) *Env {
	t.Helper()
	if o.Workload == "" {
		o.Workload = "mlp-mnist"
	}
	if o.Steps == 0 {
		o.Steps = 4
	}
	if o.Stride == 0 {
		o.Stride = 2
	}
	if o.Batch == 0 {
		o.Batch = 32
	}
	if o.JobKey == "" {
		o.JobKey = "job-1"
	}
	src, err := sources()
	if err != nil {
		t.Fatal(err)
	}
	wo := workload.Options{Steps: o.Steps, Stride: o.Stride, BatchSize: o.Batch, Seed: 7}
	m, err := workload.NewManifest(o.Workload, src, wo)
	if err != nil {
		t.Fatal(err)
	}
	j, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	art := Artifact(t, j, o.Stride)
	if m.BoundaryHash, err = art.Hash(); err != nil {
		t.Fatal(err)
	}
	if j, err = workload.Open(m, src); err != nil {
		t.Fatal(err)
	}
	e := &Env{Job: j, Artifact: art, JobKey: o.JobKey}
	if e.ManifestHash, err = m.Hash(); err != nil {
		t.Fatal(err)
	}
	raw, err := m.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	if e.Store, err = evidence.OpenStore(t.TempDir(), evidence.StoreOptions{}); err != nil {
		t.Fatal(err)
	}
	prof := o.Profile
	if prof.IsDefault() {
		prof = j.Policy().Reference()
	}
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if o.Start != nil {
		ep0, err := tr.Capture(prof, 0)
		if err != nil {
			t.Fatal(err)
		}
		o.Start(ep0)
		if tr, err = j.Restore(ep0); err != nil {
			t.Fatal(err)
		}
	}
	for ep := uint64(0); ep <= m.Intervals(); ep++ {
		if ep > 0 {
			if _, err := tr.Train(prof, o.Stride, o.Hooks); err != nil {
				t.Fatal(err)
			}
		}
		cap, err := tr.Capture(prof, ep)
		if err != nil {
			t.Fatal(err)
		}
		if o.Tamper != nil {
			o.Tamper(ep, cap)
		}
		b, err := evidence.NewBundle(raw, cap, evidence.CommitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Store.Put(o.JobKey, ep, b); err != nil {
			t.Fatal(err)
		}
		e.Anchors = append(e.Anchors, b.Commitment.Anchor())
		e.Roots = append(e.Roots, b.Commitment.Root())
	}
	e.Steps = regen.NewSteps(e.Store)
	e.Steps.Add(o.JobKey, regen.StepJob{Job: j, ManifestJSON: raw, Profile: prof, Hooks: o.Hooks})
	e.Server = httptest.NewServer(evidence.NewServer(e.Store, evidence.ServerOptions{Steps: e.Steps}))
	t.Cleanup(e.Server.Close)
	return e
}

// Client returns an evidence client for url that tries once and never sleeps.
func Client(t testing.TB, url string) *evidence.Client {
	t.Helper()
	c, err := evidence.NewClient(url, evidence.ClientOptions{MaxAttempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Artifact returns a boundary artifact for j: every gradient tensor for the endpoint check,
// every gradient and parameter tensor for the interval check at stride and at the one step of
// step-level disputes, with bounds at a fixed floor (relative L2 1e-5, above the 1.8e-6
// one-step drift of honest f32 variants).
// The fixture trains under the reference profile, so honest replays are bit-exact.
func Artifact(t testing.TB, j *workload.Job, stride uint64) *boundary.Artifact {
	t.Helper()
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(j.Policy().Reference(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var samples []boundary.Sample
	for _, g := range ep.Gradient {
		samples = append(samples,
			boundary.Sample{Check: boundary.CheckEndpoint, Stride: 1, Tensor: "gradient/" + g.Name},
			boundary.Sample{Check: boundary.CheckInterval, Stride: stride, Tensor: "gradient/" + g.Name},
			boundary.Sample{Check: boundary.CheckInterval, Stride: stride, Tensor: "state/" + g.Name},
			boundary.Sample{Check: boundary.CheckInterval, Stride: boundary.OneStep, Tensor: "gradient/" + g.Name},
			boundary.Sample{Check: boundary.CheckInterval, Stride: boundary.OneStep, Tensor: "state/" + g.Name})
	}
	floor := boundary.Distance{RelL2: 1e-5, MaxAbs: 1e-5, CosDist: 1e-9}
	checks, err := boundary.Fit(samples, 99, 2, floor)
	if err != nil {
		t.Fatal(err)
	}
	pol := j.Policy()
	profiles := pol.HonestProfiles()
	a := &boundary.Artifact{
		Version: boundary.ArtifactVersion, Workload: j.Manifest().Workload, Policy: pol,
		Reference: pol.Reference(), Percentile: 99, Margin: 2, TailMargin: 1, Floor: floor, Checks: checks,
		Calibration: boundary.Calibration{Steps: j.Manifest().TotalSteps, Endpoints: []uint64{0}, Profiles: profiles[:1], HeldOut: profiles[1:2],
			Samples: uint64(len(samples))},
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	return a
}

// TrainStored trains an mlp-mnist job of steps/stride and stores every endpoint under key.
func TrainStored(t testing.TB, steps, stride uint64, store *evidence.Store, key string) regen.StepJob {
	t.Helper()
	src, err := sources()
	if err != nil {
		t.Fatal(err)
	}
	m, err := workload.NewManifest("mlp-mnist", src, workload.Options{
		Steps: steps, Stride: stride, Seed: 7, BoundaryHash: evidence.Keccak256([]byte("test boundary")),
	})
	if err != nil {
		t.Fatal(err)
	}
	job, err := workload.Open(m, src)
	if err != nil {
		t.Fatal(err)
	}
	canon, err := m.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	p := numeric.Default()
	tr, err := job.Init()
	if err != nil {
		t.Fatal(err)
	}
	for e := uint64(0); e <= m.Intervals(); e++ {
		if e > 0 {
			if _, err := tr.Train(p, stride, nil); err != nil {
				t.Fatal(err)
			}
		}
		ep, err := tr.Capture(p, e)
		if err != nil {
			t.Fatal(err)
		}
		b, err := evidence.NewBundle(canon, ep, evidence.CommitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Put(key, e, b); err != nil {
			t.Fatal(err)
		}
	}
	return regen.StepJob{Job: job, ManifestJSON: canon, Profile: p}
}
