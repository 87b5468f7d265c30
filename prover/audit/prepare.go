package audit

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Config is what a watchtower, an arbiter, `ovig replay` and the evaluation know about a job
// before they audit any of its intervals.
type Config struct {
	Client       Fetcher
	Job          string // evidence job key on the provider's server
	ManifestHash evidence.Hash32
	Workload     *workload.Job
	Artifact     *boundary.Artifact
	// Profile is the replay profile; zero means the policy's reference profile, the one
	// arbiters use (bit-exact with a provider that trained under it).
	Profile numeric.Profile
	// Replayer, if set, replays instead of ovig's engine (an external replayer such as
	// prover/extreplay's); the profile then only checks the policy and lays out the evidence.
	Replayer Replayer
}

// Prepared is a job set up for auditing: inputs checked once, the profile admitted by the
// job's precision policy, and the leaf count of its endpoint trees derived from the workload.
// It is the one assembly of audit inputs every caller uses, so that they all reach the same
// verdict on the same evidence. Safe for concurrent use (it is read-only).
type Prepared struct {
	base   Input
	leaves uint64
}

// Prepare checks c and derives what every audit of the job needs. The leaf count comes from
// the workload, never from the evidence: a root does not commit to its leaf count, and a
// provider with an extra tensor must fail verification everywhere, not only where the
// auditor happened to trust the provider's own count.
func Prepare(c Config) (*Prepared, error) {
	if c.Client == nil || c.Workload == nil || c.Artifact == nil {
		return nil, errors.New("prepare audit: client, workload and artifact are required")
	}
	pol := c.Workload.Policy()
	p := c.Profile
	if p.IsDefault() {
		p = pol.Reference()
	}
	if err := Admitted(pol, p); err != nil {
		return nil, fmt.Errorf("prepare audit: %w", err)
	}
	in := Input{Client: c.Client, Job: c.Job, ManifestHash: c.ManifestHash, Workload: c.Workload, Artifact: c.Artifact, Profile: p, Replayer: c.Replayer}
	if _, err := checkInput(in); err != nil {
		return nil, fmt.Errorf("prepare audit: %w", err)
	}
	n, err := LeafCount(c.Workload, p)
	if err != nil {
		return nil, fmt.Errorf("prepare audit: %w", err)
	}
	return &Prepared{base: in, leaves: n}, nil
}

// Admitted returns an error naming the admitted profiles when the policy does not admit p: a
// replay under other operand rounding or a narrower accumulator measures the profile, not
// the provider.
func Admitted(pol numeric.Policy, p numeric.Profile) error {
	if err := p.Validate(); err != nil {
		return fmt.Errorf("replay profile: %w", err)
	}
	if pol.Admits(p) {
		return nil
	}
	var names []string
	for i, q := range pol.HonestProfiles() {
		if i == 6 {
			names = append(names, "...")
			break
		}
		names = append(names, q.Name())
	}
	return fmt.Errorf("replay profile %s is not admitted by the job's precision policy %s (operands %s, accumulation %s or wider); admitted profiles include: %s",
		p, pol.Name(), pol.Operand, pol.Accum, strings.Join(names, ", "))
}

// With is the same job fetched through another client (another copy of the same evidence):
// nothing is derived again.
func (p *Prepared) With(c Fetcher) *Prepared {
	q := *p
	q.base.Client = c
	return &q
}

// LeafCount is the leaf count of every endpoint tree (and step state tree) of the job.
func (p *Prepared) LeafCount() uint64 { return p.leaves }

// Profile is the replay profile every audit of the job runs under.
func (p *Prepared) Profile() numeric.Profile { return p.base.Profile }

// Replayer is what replays: ovig's engine under Profile, or the external replayer.
func (p *Prepared) Replayer() Replayer { return p.base.replayer() }

// Workload is the job's workload.
func (p *Prepared) Workload() *workload.Job { return p.base.Workload }

// Input is the audit input of interval k between the on-chain roots start and end (of
// endpoints k and k+1).
func (p *Prepared) Input(k uint64, start, end evidence.Hash32) Input {
	in := p.base
	in.Interval = k
	in.Start = evidence.Anchor{Root: start, LeafCount: p.leaves}
	in.End = evidence.Anchor{Root: end, LeafCount: p.leaves}
	return in
}

// Run audits interval k (see Run); onStep, if set, is called after each replayed step.
func (p *Prepared) Run(ctx context.Context, k uint64, start, end evidence.Hash32, onStep func(done, of uint64)) (Finding, error) {
	in := p.Input(k, start, end)
	in.OnStep = onStep
	return Run(ctx, in)
}

// WalkSteps audits every step of interval k from the states the provider serves (see
// WalkSteps).
func (p *Prepared) WalkSteps(ctx context.Context, k uint64, start, end evidence.Hash32, onStep func(done, of int)) (StepFinding, error) {
	return WalkSteps(ctx, p.Input(k, start, end), onStep)
}

// Steps audits the given steps of interval k against the provider's step tree stepRoot (see
// Steps).
func (p *Prepared) Steps(ctx context.Context, k uint64, stepRoot evidence.Hash32, steps []uint64, onStep func(done, of int)) (StepFinding, error) {
	in := p.base
	in.Interval = k
	return Steps(ctx, in, stepRoot, p.leaves, steps, onStep)
}

// RunStep audits step j of interval k between the provider's step-state roots start and end
// (see RunStep).
func (p *Prepared) RunStep(ctx context.Context, k, j uint64, start, end evidence.Hash32) (Finding, error) {
	return RunStep(ctx, p.Input(k, start, end), j)
}
