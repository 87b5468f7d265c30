package eval

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/calibrate"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// family is one workload family set up for evaluation: its job (whose manifest names the
// calibrated boundary), the artifact, and the honest profiles split as calibration used them.
type family struct {
	cfg          Family
	job          *workload.Job
	manifestJSON []byte
	manifestHash evidence.Hash32
	art          *boundary.Artifact
	calReport    calibrate.Report
	ref          numeric.Profile
	pre          *audit.Prepared // audits under ref; each run brings its own fetcher (With)
	cal, held    []numeric.Profile
	test         *data.Images // test images of a classifier, for triggered inputs; nil otherwise
	foreign      *data.Images // images from outside the committed dataset, for "substitute"
}

// splitProfiles holds out `held` honest profiles spread over the catalogue (so that every
// reduction order and accumulator has a chance to be held out) and calibrates on up to
// `cal` of the others (0: all), also spread.
func splitProfiles(pol numeric.Policy, held, cal int) (calibration, heldOut []numeric.Profile) {
	ref := pol.Reference()
	var all []numeric.Profile
	for _, p := range pol.HonestProfiles() {
		if p != ref {
			all = append(all, p)
		}
	}
	held = min(held, len(all)-1)
	isHeld := map[int]bool{}
	for i := range held {
		k := (2*i + 1) * len(all) / (2 * held)
		isHeld[k] = true
		heldOut = append(heldOut, all[k])
	}
	var rest []numeric.Profile
	for i, p := range all {
		if !isHeld[i] {
			rest = append(rest, p)
		}
	}
	if cal <= 0 || cal >= len(rest) {
		return rest, heldOut
	}
	for i := range cal {
		calibration = append(calibration, rest[i*len(rest)/cal])
	}
	return calibration, heldOut
}

// setup writes the family's manifest, calibrates its boundary and opens the job under the
// manifest that names it.
func setup(ctx context.Context, src *data.Sources, f Family, seed uint64) (*family, error) {
	pol, err := f.policy()
	if err != nil {
		return nil, err
	}
	o := workload.Options{Steps: f.Steps, Stride: f.Stride, BatchSize: f.Batch, Seed: seed, Policy: pol}
	m0, err := workload.NewManifest(f.Workload, src, o)
	if err != nil {
		return nil, err
	}
	fm := &family{cfg: f, ref: pol.Reference()}
	fm.cal, fm.held = splitProfiles(pol, f.HeldOut, f.CalProfiles)
	fm.art, fm.calReport, err = calibrate.Run(ctx, calibrate.Config{
		Manifest: m0, Data: src, Strides: []uint64{f.Stride}, Endpoints: f.calEndpoints(),
		Profiles: fm.cal, HeldOut: fm.held, Workers: 2,
	})
	if err != nil {
		return nil, err
	}
	m := *m0
	if m.BoundaryHash, err = fm.art.Hash(); err != nil {
		return nil, err
	}
	if fm.job, err = workload.Open(&m, src); err != nil {
		return nil, err
	}
	if fm.manifestJSON, err = m.Canonical(); err != nil {
		return nil, err
	}
	if fm.manifestHash, err = m.Hash(); err != nil {
		return nil, err
	}
	if fm.pre, err = audit.Prepare(audit.Config{Client: &memFetcher{fm: fm}, Job: "eval", ManifestHash: fm.manifestHash,
		Workload: fm.job, Artifact: fm.art, Profile: fm.ref}); err != nil {
		return nil, err
	}
	switch f.Workload {
	case "mlp-mnist":
		_, fm.test, err = src.Digits()
		if err == nil && slices.Contains(f.Attacks, "substitute") {
			fm.foreign, _, err = src.Fashion()
		}
	case "cnn-fashion":
		_, fm.test, err = src.Fashion()
		if err == nil && slices.Contains(f.Attacks, "substitute") {
			fm.foreign, _, err = src.Digits()
		}
	}
	if err != nil {
		return nil, err
	}
	return fm, nil
}

// trained is one provider run: its committed endpoints (after any forgery) and the
// intervals the behaviour tampered with.
type trained struct {
	eps      []*evidence.Endpoint
	tampered []bool // by interval
}

// train runs the job as a provider with behaviour b training under profile p (which b may
// change) and captures every endpoint.
func (fm *family) train(ctx context.Context, b attack.Behaviour, p numeric.Profile) (*trained, error) {
	m := fm.job.Manifest()
	n := m.Intervals()
	tr, err := fm.job.Init()
	if err != nil {
		return nil, err
	}
	run := &trained{tampered: make([]bool, n)}
	touched := map[uint64]bool{}
	hooks := track(b.Hooks(), func(step uint64) { touched[step] = true })
	prof := b.Profile(p)
	for k := range n + 1 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if k > 0 {
			if _, err := tr.Train(prof, m.Stride, hooks); err != nil {
				return nil, fmt.Errorf("%s interval %d: %w", b, k-1, err)
			}
		}
		ep, err := tr.Capture(prof, k)
		if err != nil {
			return nil, fmt.Errorf("%s endpoint %d: %w", b, k, err)
		}
		run.eps = append(run.eps, ep)
	}
	forged, err := b.ForgeRun(run.eps)
	if err != nil {
		return nil, err
	}
	for step := range touched {
		run.tampered[step/m.Stride] = true
	}
	for _, e := range forged {
		if e > 0 {
			run.tampered[e-1] = true
		}
		if e < n {
			run.tampered[e] = true
		}
	}
	if prof != p {
		for i := range run.tampered {
			run.tampered[i] = true
		}
	}
	return run, nil
}

// track wraps hooks so that every step where one of them changed something is reported.
func track(h *workload.Hooks, touched func(step uint64)) *workload.Hooks {
	if h == nil {
		return nil
	}
	out := &workload.Hooks{}
	if h.Skip != nil {
		out.Skip = func(step uint64) bool {
			skip := h.Skip(step)
			if skip {
				touched(step)
			}
			return skip
		}
	}
	if h.Batch != nil {
		out.Batch = func(step uint64, b *workload.Batch) {
			before := *b
			before.Indices, before.X, before.Labels = slices.Clone(b.Indices), slices.Clone(b.X), slices.Clone(b.Labels)
			before.Targets = slices.Clone(b.Targets)
			h.Batch(step, b)
			if !slices.Equal(before.Indices, b.Indices) || !slices.Equal(before.X, b.X) ||
				!slices.Equal(before.Labels, b.Labels) || !slices.Equal(before.Targets, b.Targets) {
				touched(step)
			}
		}
	}
	if h.Grad != nil {
		out.Grad = func(step uint64, g map[string][]float32) {
			before := make(map[string][]float32, len(g))
			for k, v := range g {
				before[k] = slices.Clone(v)
			}
			h.Grad(step, g)
			for k, v := range g {
				if !slices.Equal(before[k], v) {
					touched(step)
					return
				}
			}
		}
	}
	if h.LR != nil {
		out.LR = func(step uint64, lr float64) float64 {
			got := h.LR(step, lr)
			if got != lr {
				touched(step)
			}
			return got
		}
	}
	return out
}

// memFetcher serves a run's endpoints as a provider's evidence server would, checking each
// against the anchor the auditor trusts: the audit's transport without the network.
type memFetcher struct {
	fm      *family
	eps     []*evidence.Endpoint
	commits []*evidence.Commitment
}

func (fm *family) commit(eps []*evidence.Endpoint) (*memFetcher, error) {
	f := &memFetcher{fm: fm, eps: eps}
	f.commits = make([]*evidence.Commitment, len(eps))
	for k, ep := range eps {
		if ep == nil {
			continue // the auditor will not ask for it
		}
		c, err := evidence.Commit(fm.manifestHash, ep, evidence.CommitOptions{})
		if err != nil {
			return nil, fmt.Errorf("commit endpoint %d: %w", k, err)
		}
		f.commits[k] = c
	}
	return f, nil
}

func (f *memFetcher) FetchEndpoint(_ context.Context, ref evidence.EndpointRef, a evidence.Anchor, manifestHash evidence.Hash32) (*evidence.Fetched, error) {
	if ref.Endpoint >= uint64(len(f.eps)) || f.eps[ref.Endpoint] == nil {
		return nil, fmt.Errorf("endpoint %d: %w", ref.Endpoint, evidence.ErrUnavailable)
	}
	c := f.commits[ref.Endpoint]
	if c.Anchor() != a || manifestHash != f.fm.manifestHash {
		return nil, fmt.Errorf("endpoint %d does not match its anchor: %w", ref.Endpoint, evidence.ErrInvalid)
	}
	return &evidence.Fetched{Manifest: f.fm.job.Manifest(), ManifestJSON: f.fm.manifestJSON, Leaves: c.LeafList(), Endpoint: f.eps[ref.Endpoint]}, nil
}

// audit opens interval k of the run as a watchtower does, replaying under the policy's
// reference profile.
func (f *memFetcher) audit(ctx context.Context, k uint64) (audit.Finding, error) {
	return f.fm.pre.With(f).Run(ctx, k, f.commits[k].Root(), f.commits[k+1].Root(), nil)
}

// auditAll opens every interval of the run.
func (fm *family) auditAll(ctx context.Context, eps []*evidence.Endpoint) ([]audit.Finding, error) {
	f, err := fm.commit(eps)
	if err != nil {
		return nil, err
	}
	out := make([]audit.Finding, len(eps)-1)
	for k := range out {
		if out[k], err = f.audit(ctx, uint64(k)); err != nil {
			return nil, fmt.Errorf("audit interval %d: %w", k, err)
		}
	}
	return out, nil
}

// ModelEval is the delivered model (the last committed endpoint) on held-out data.
type ModelEval struct {
	Loss     float64  `json:"loss"`
	Accuracy *float64 `json:"accuracy,omitempty"`
	// Backdoor is the share of triggered test images (of other classes) classified as the
	// backdoor's target class.
	Backdoor *float64 `json:"backdoor,omitempty"`
}

func (fm *family) evaluate(ep *evidence.Endpoint) (ModelEval, error) {
	tr, err := fm.job.Restore(ep)
	if err != nil {
		return ModelEval{}, err
	}
	e, err := fm.job.Evaluate(tr)
	if err != nil {
		return ModelEval{}, err
	}
	out := ModelEval{Loss: e.Loss}
	if !math.IsNaN(e.Accuracy) {
		out.Accuracy = &e.Accuracy
	}
	if fm.test != nil {
		r, err := backdoorRate(fm.cfg.Workload, ep, fm.test, fm.ref)
		if err != nil {
			return ModelEval{}, err
		}
		out.Backdoor = &r
	}
	return out, nil
}
