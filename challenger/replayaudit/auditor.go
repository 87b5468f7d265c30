package replayaudit

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ovig/ovig/challenger"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Artifacts finds a boundary artifact by its hash (the job's on-chain boundaryHash).
type Artifacts interface {
	Artifact(ctx context.Context, hash evidence.Hash32) (*boundary.Artifact, error)
}

// Options configure an Auditor.
type Options struct {
	Sources   *data.Sources // the local datasets the workloads train on
	Artifacts Artifacts
	Client    evidence.ClientOptions
	// Profile is the replay profile for a job; nil means the precision policy's reference
	// profile (bit-exact with a provider that trained under it). audit.Prepare refuses one
	// the job's policy does not admit.
	Profile func(*workload.Job) numeric.Profile
	// Replayer, if set, replays instead of ovig's engine (an external replayer,
	// docs/replayer.md); nil: ovig's engine under Profile.
	Replayer audit.Replayer
	// WalkFrom is the stride from which an interval is audited by walking its steps (one-step
	// checks of the states the provider serves) instead of replaying it whole; 0 takes
	// DefaultWalkFrom. Replaying s steps drifts with s; a step never does.
	WalkFrom uint64
}

// DefaultWalkFrom: up to stride 99 the interval replay separates honest drift from every
// attack the evaluation tries; from 100 on, honest drift grows past what a boundary can bound.
const DefaultWalkFrom = 100

// Auditor audits intervals with prover/audit. Per-job set-up (manifest, workload, artifact,
// leaf count) is cached once it succeeded; a failed one is retried on the next audit, so a
// passing network failure does not condemn every interval of the job. Safe for concurrent use.
type Auditor struct {
	opts Options
	mu   sync.Mutex
	jobs map[string]*jobState
}

type jobState struct {
	job *workload.Job
	pre *audit.Prepared
}

// New returns an Auditor.
func New(o Options) (*Auditor, error) {
	if o.Sources == nil || o.Artifacts == nil {
		return nil, errors.New("replay auditor: sources and artifacts are required")
	}
	return &Auditor{opts: o, jobs: map[string]*jobState{}}, nil
}

// FindingOf converts prover/audit's finding into the watchtower's.
func FindingOf(f audit.Finding) challenger.Finding {
	return challenger.Finding{
		Outcome: f.Outcome, Reason: f.Reason,
		WorstTensor: f.Worst.Tensor, WorstMetric: f.Worst.Metric, WorstRatio: f.Worst.Ratio,
		ReplayDigest: f.ReplayDigest,
	}
}

// Audit runs the interval audit of r.
func (a *Auditor) Audit(ctx context.Context, r challenger.AuditRequest) (challenger.Finding, error) {
	key := evidence.JobKey(r.JobID)
	js, f, err := a.state(ctx, key, r)
	if err != nil || f != nil {
		return deref(f), err
	}
	walkFrom := a.opts.WalkFrom
	if walkFrom == 0 {
		walkFrom = DefaultWalkFrom
	}
	if js.job.Manifest().Stride >= walkFrom {
		sf, err := js.pre.WalkSteps(ctx, r.Interval, r.Start, r.End, nil)
		if err != nil {
			return challenger.Finding{}, fmt.Errorf("job %s interval %d: %w", r.JobID, r.Interval, err)
		}
		f := FindingOf(sf.Finding)
		f.Reason = fmt.Sprintf("step %d: %s", sf.Step, f.Reason)
		return f, nil
	}
	got, err := js.pre.Run(ctx, r.Interval, r.Start, r.End, nil)
	if err != nil {
		return challenger.Finding{}, fmt.Errorf("job %s interval %d: %w", r.JobID, r.Interval, err)
	}
	return FindingOf(got), nil
}

func deref(f *challenger.Finding) challenger.Finding {
	if f == nil {
		return challenger.Finding{}
	}
	return *f
}

// state returns the job's cached set-up, or sets it up. A provider that does not serve a
// valid manifest is a finding, not an error.
func (a *Auditor) state(ctx context.Context, key string, r challenger.AuditRequest) (*jobState, *challenger.Finding, error) {
	a.mu.Lock()
	js, ok := a.jobs[key]
	a.mu.Unlock()
	if ok {
		return js, nil, nil
	}
	js = &jobState{}
	client, err := evidence.NewClient(r.EvidenceURI, a.opts.Client)
	if err != nil {
		// The owner wrote the URI on chain; a provider unreachable there serves no evidence.
		return nil, &challenger.Finding{Outcome: evidence.Unavailable, Reason: fmt.Sprintf("evidence URI: %v", err)}, nil
	}
	m, _, err := client.Manifest(ctx, evidence.EndpointRef{Job: key, Endpoint: r.Interval}, r.ManifestHash)
	if err != nil {
		if o, ok := audit.FetchOutcome(err); ok && ctx.Err() == nil {
			return nil, &challenger.Finding{Outcome: o, Reason: fmt.Sprintf("manifest: %v", err)}, nil
		}
		return nil, nil, fmt.Errorf("job %s: manifest: %w", r.JobID, err)
	}
	if js.job, err = workload.Open(m, a.opts.Sources); err != nil {
		return nil, nil, fmt.Errorf("job %s: open workload: %w", r.JobID, err)
	}
	art, err := a.opts.Artifacts.Artifact(ctx, r.BoundaryHash)
	if err != nil {
		return nil, nil, fmt.Errorf("job %s: boundary artifact %s: %w", r.JobID, r.BoundaryHash, err)
	}
	c := audit.Config{Client: client, Job: key, ManifestHash: r.ManifestHash, Workload: js.job, Artifact: art, Replayer: a.opts.Replayer}
	if a.opts.Profile != nil {
		c.Profile = a.opts.Profile(js.job)
	}
	if js.pre, err = audit.Prepare(c); err != nil {
		return nil, nil, fmt.Errorf("job %s: %w", r.JobID, err)
	}
	a.mu.Lock()
	a.jobs[key] = js
	a.mu.Unlock()
	return js, nil, nil
}

// AuditSteps scans every step of a disputed interval against the provider's step tree and
// returns the first that is not honest (see audit.Steps).
func (a *Auditor) AuditSteps(ctx context.Context, r challenger.StepAuditRequest) (challenger.StepFinding, error) {
	key := evidence.JobKey(r.JobID)
	js, f, err := a.state(ctx, key, challenger.AuditRequest{JobID: r.JobID, Interval: r.Interval,
		ManifestHash: r.ManifestHash, BoundaryHash: r.BoundaryHash, EvidenceURI: r.EvidenceURI})
	if err != nil {
		return challenger.StepFinding{}, err
	}
	if f != nil {
		// No manifest, no steps: name step 0, where arbiters find the same.
		return challenger.StepFinding{Finding: *f}, nil
	}
	stride := js.job.Manifest().Stride
	steps := make([]uint64, stride)
	for j := range steps {
		steps[j] = uint64(j)
	}
	got, err := js.pre.Steps(ctx, r.Interval, r.StepRoot, steps, nil)
	if err != nil {
		return challenger.StepFinding{}, fmt.Errorf("job %s interval %d: %w", r.JobID, r.Interval, err)
	}
	return challenger.StepFinding{Step: got.Step, Finding: FindingOf(got.Finding)}, nil
}
