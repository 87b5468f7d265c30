package arbiter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/workload"
)

// Chain is the registry access of the service; *chain.Registry implements it.
type Chain interface {
	Lookup
	Resolver
	// HeadTime is the latest block's timestamp: deadlines are judged by chain time, never by
	// the local clock.
	HeadTime(ctx context.Context) (uint64, error)
	// NamedSteps lists the distinct steps challengers named in a dispute, ascending.
	NamedSteps(ctx context.Context, disputeID *big.Int) ([]uint64, error)
}

// Library resolves a job's workload and boundary artifact from the hashes the registry
// records; it fails when it holds nothing that hashes to them.
type Library interface {
	Workload(ctx context.Context, manifestHash evidence.Hash32) (*workload.Job, error)
	Artifact(ctx context.Context, boundaryHash evidence.Hash32) (*boundary.Artifact, error)
}

// Dialer returns the evidence fetcher for a job's evidence URI (the provider's base URL; the
// job's evidence lives under its key evidence.JobKey(jobID)).
type Dialer func(evidenceURI string) (audit.Fetcher, error)

// Config configures a Service.
type Config struct {
	Key     *ecdsa.PrivateKey
	Chain   Chain
	Library Library
	Pool    *Pool   // shared with the Handler that peers post to
	Peers   []*Peer // the other arbiters' signature endpoints
	Dial    Dialer  // default DialEvidence
	Logger  zerolog.Logger
	// Outage is how long evidence must stay unavailable before this arbiter signs Unavailable
	// (it looks again meanwhile, without holding up other disputes), and how close to the
	// arbitration deadline it signs regardless. Zero fields take DefaultOutage's.
	Outage evidence.OutagePolicy
	// Now is the wall clock (default time.Now).
	Now func() time.Time
	// Recheck is how often disputes in their step phase are looked at again (the provider's
	// response, steps being named, the naming window closing). Default 2 s.
	Recheck time.Duration
	// Metrics (default: fresh ones, not served).
	Metrics *Metrics
	// Replayer, if set, replays the named steps instead of ovig's engine under the policy's
	// reference profile (an external replayer, docs/replayer.md).
	Replayer audit.Replayer
}

// DefaultOutage: a provider's evidence may be down for ten minutes, and is ruled unavailable
// regardless with five minutes of the arbitration window left (to share signatures and resolve).
var DefaultOutage = evidence.OutagePolicy{Grace: 10 * time.Minute, Margin: 5 * time.Minute, Base: 15 * time.Second}

// Service judges the challenges of the jobs it is an arbiter of.
type Service struct {
	cfg       Config
	collector *Collector
	mu        sync.Mutex
	prepared  map[string]*audit.Prepared // evidence job key -> its audits, set up once
	outages   map[string]*outage         // dispute id -> its evidence's outage so far
	again     chan Dispute               // disputes to look at again after an outage's wait
	waiting   map[string]Dispute         // disputes in their step phase, looked at every Recheck
	judged    map[string]audit.Finding   // dispute id/step -> finding: each named step is replayed once
}

type outage struct {
	since time.Time
	tries int
}

// NewService checks cfg and returns a service.
func NewService(cfg Config) (*Service, error) {
	if cfg.Key == nil || cfg.Chain == nil || cfg.Library == nil || cfg.Pool == nil {
		return nil, errors.New("arbiter service: key, chain, library and pool are required")
	}
	if cfg.Dial == nil {
		cfg.Dial = DialEvidence
	}
	if cfg.Outage.Grace == 0 {
		cfg.Outage.Grace = DefaultOutage.Grace
	}
	if cfg.Outage.Margin == 0 {
		cfg.Outage.Margin = DefaultOutage.Margin
	}
	if cfg.Outage.Base == 0 {
		cfg.Outage.Base = DefaultOutage.Base
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Recheck <= 0 {
		cfg.Recheck = 2 * time.Second
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics()
	}
	return &Service{cfg: cfg, collector: NewCollector(cfg.Pool, cfg.Chain), prepared: map[string]*audit.Prepared{},
		outages: map[string]*outage{}, again: make(chan Dispute, 64), waiting: map[string]Dispute{},
		judged: map[string]audit.Finding{}}, nil
}

// Run handles opened challenges until ctx ends, and retries resolution whenever a peer's
// signature arrives. Failures of one challenge are logged, not fatal.
func (s *Service) Run(ctx context.Context, opened <-chan Dispute) error {
	tick := time.NewTicker(s.cfg.Recheck)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
			for _, d := range s.stillWaiting() {
				if _, err := s.Handle(ctx, d); err != nil && ctx.Err() == nil {
					s.cfg.Metrics.judgeErrors.Inc()
					s.cfg.Logger.Error().Err(err).Str("dispute", d.DisputeID.String()).Msg("judge dispute")
				}
			}
			s.observeWaiting(ctx)
		case d, ok := <-opened:
			if !ok {
				return nil
			}
			if _, err := s.Handle(ctx, d); err != nil && ctx.Err() == nil {
				s.cfg.Metrics.judgeErrors.Inc()
				s.cfg.Logger.Error().Err(err).Str("dispute", d.DisputeID.String()).Msg("judge dispute")
			}
		case d := <-s.again:
			if _, err := s.Handle(ctx, d); err != nil && ctx.Err() == nil {
				s.cfg.Metrics.judgeErrors.Inc()
				s.cfg.Logger.Error().Err(err).Str("dispute", d.DisputeID.String()).Msg("judge dispute")
			}
		case <-s.cfg.Pool.Added():
			for _, id := range s.cfg.Pool.Changed() {
				r, err := s.collector.TryResolve(ctx, id)
				if err != nil && ctx.Err() != nil {
					return ctx.Err() // shutting down
				}
				if err != nil {
					s.cfg.Logger.Error().Err(err).Str("challenge", id.String()).Msg("resolve challenge")
				} else if r == Resolved {
					s.cfg.Metrics.resolved.Inc()
					s.cfg.Logger.Info().Str("dispute", id.String()).Msg("dispute resolved: verdict submitted on chain")
				}
			}
		}
	}
}

// Handle judges one dispute: audit, decide, sign, share, and resolve once a threshold of
// arbiters agree.
func (s *Service) Handle(ctx context.Context, d Dispute) (Result, error) {
	log := s.cfg.Logger.With().Str("job", d.JobID.String()).Str("dispute", d.DisputeID.String()).Logger()
	// The record, not the event, is what resolve checks the signatures against.
	info, err := s.cfg.Chain.DisputeOf(ctx, d.DisputeID)
	if err != nil {
		return Pending, fmt.Errorf("challenge %s: %w", d.DisputeID, err)
	}
	if info.Status != chain.DisputeStatusOpen {
		s.stopWaiting(d)
		return Closed, nil
	}
	d.JobID, d.Interval, d.Root, d.Deadline = info.JobID, info.Interval, info.Root, info.Deadline
	if past, err := s.past(ctx, d.Deadline); err != nil {
		return Pending, err
	} else if past {
		log.Warn().Uint64("deadline", d.Deadline).Msg("past the arbitration deadline; skipped")
		return Skipped, nil
	}
	arbiters, err := s.cfg.Chain.Arbiters(ctx, d.JobID)
	if err != nil {
		return Pending, fmt.Errorf("arbiters of job %s: %w", d.JobID, err)
	}
	if !slices.Contains(arbiters, crypto.PubkeyToAddress(s.cfg.Key.PublicKey)) {
		return Skipped, nil
	}
	job, err := s.cfg.Chain.Job(ctx, d.JobID)
	if err != nil {
		return Pending, fmt.Errorf("job %s: %w", d.JobID, err)
	}
	if job.Status != chain.StatusAccepted && job.Status != chain.StatusFinalized {
		// Slashed through another dispute (or closed): nothing to judge, and no replay to pay for.
		log.Debug().Uint8("job_status", uint8(job.Status)).Msg("job no longer active; skipped")
		s.stopWaiting(d)
		return Closed, nil
	}
	d.BoundaryHash = job.BoundaryHash
	if !info.Responded {
		// The provider may still post its step tree; if it does not, the dispute closes by
		// timeout without a verdict.
		s.wait(d)
		return Pending, nil
	}
	d.StepRoot = info.StepRoot
	named, err := s.cfg.Chain.NamedSteps(ctx, d.DisputeID)
	if err != nil {
		return Pending, fmt.Errorf("dispute %s: named steps: %w", d.DisputeID, err)
	}
	if len(named) == 0 {
		s.wait(d)
		return Pending, nil
	}
	f, err := s.judge(ctx, log, d, job, s.order(d.DisputeID, named))
	if err != nil {
		return Pending, err
	}
	log.Info().Uint64("interval", d.Interval).Uint64("step", f.Step).Stringer("outcome", f.Outcome).Str("reason", f.Reason).Msg("audited")
	if f.Outcome == audit.Honest {
		head, err := s.cfg.Chain.HeadTime(ctx)
		if err != nil {
			return Pending, fmt.Errorf("naming window: %w", err)
		}
		if head <= info.NameBy {
			// Honest so far, but challengers may still name other steps.
			s.wait(d)
			return Pending, nil
		}
	}
	s.stopWaiting(d)
	if f.Outcome == audit.Unavailable {
		if wait, later, err := s.lookAgain(ctx, d); err != nil {
			return Pending, err
		} else if later {
			log.Warn().Dur("retry_in", wait).Msg("evidence unavailable; looking again before ruling it so")
			return Pending, nil
		}
	}
	s.mu.Lock()
	delete(s.outages, d.DisputeID.String())
	s.mu.Unlock()
	v, err := Decide(d, f)
	if err != nil {
		return Pending, err
	}
	sig, err := chain.SignVerdict(s.cfg.Key, v.Digest(s.cfg.Chain.ChainID(), s.cfg.Chain.Address()))
	if err != nil {
		return Pending, fmt.Errorf("sign verdict of challenge %s: %w", d.DisputeID, err)
	}
	signed := Signed{Verdict: v, Signature: sig}
	s.cfg.Metrics.signed(v.Outcome)
	log.Info().Uint64("step", v.Step).Uint8("outcome", v.Outcome).Msg("signed the verdict; sharing it with the other arbiters")
	if _, err := s.cfg.Pool.Add(ctx, signed); errors.Is(err, ErrClosed) {
		log.Debug().Msg("resolved by other arbiters during the audit")
		return Closed, nil
	} else if err != nil {
		return Pending, fmt.Errorf("own signature of challenge %s: %w", d.DisputeID, err)
	}
	s.share(ctx, log, signed)
	if past, err := s.past(ctx, d.Deadline); err != nil {
		return Pending, err
	} else if past {
		log.Warn().Msg("arbitration deadline passed during the audit")
		return Skipped, nil
	}
	return s.collector.TryResolve(ctx, d.DisputeID)
}

// lookAgain applies the outage policy to a dispute whose evidence was unavailable: unless the
// finding is confirmed, it schedules another look (without blocking other disputes) and reports
// the wait.
func (s *Service) lookAgain(ctx context.Context, d Dispute) (time.Duration, bool, error) {
	head, err := s.cfg.Chain.HeadTime(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("arbitration deadline: %w", err)
	}
	now := s.cfg.Now()
	key := d.DisputeID.String()
	s.mu.Lock()
	o, ok := s.outages[key]
	if !ok {
		o = &outage{since: now}
		s.outages[key] = o
	}
	confirm, wait := s.cfg.Outage.Step(o.since, now, o.tries, head, d.Deadline)
	o.tries++
	s.mu.Unlock()
	if confirm {
		return 0, false, nil
	}
	time.AfterFunc(wait, func() {
		select {
		case s.again <- d:
		case <-ctx.Done():
		}
	})
	return wait, true, nil
}

// past reports whether the chain's latest block is beyond the (inclusive) deadline.
func (s *Service) past(ctx context.Context, deadline uint64) (bool, error) {
	now, err := s.cfg.Chain.HeadTime(ctx)
	if err != nil {
		return false, fmt.Errorf("arbitration deadline: %w", err)
	}
	return now > deadline, nil
}

// share posts the signature to every peer and pulls theirs; an unreachable peer only costs
// its signature.
func (s *Service) share(ctx context.Context, log zerolog.Logger, signed Signed) {
	for _, p := range s.cfg.Peers {
		if err := p.Post(ctx, signed); errors.Is(err, ErrClosed) {
			log.Debug().Msg("challenge resolved while sharing signatures")
			return
		} else if err != nil {
			log.Warn().Err(err).Msg("share signature")
		}
		got, err := p.Fetch(ctx, signed.Verdict.DisputeID)
		if err != nil {
			log.Warn().Err(err).Msg("fetch peer signatures")
			continue
		}
		for _, g := range got {
			_, err := s.cfg.Pool.Add(ctx, g)
			switch {
			case errors.Is(err, ErrClosed):
				log.Debug().Msg("challenge resolved while sharing signatures")
				return
			case err != nil:
				log.Warn().Err(err).Stringer("peer", p).Msg("peer signature")
			}
		}
	}
}

// observeWaiting sets the step-phase gauges: how many disputes wait and the nearest deadline.
func (s *Service) observeWaiting(ctx context.Context) {
	waiting := s.stillWaiting()
	s.cfg.Metrics.waiting.Set(float64(len(waiting)))
	if len(waiting) == 0 {
		s.cfg.Metrics.nextDeadline.Set(0)
		return
	}
	head, err := s.cfg.Chain.HeadTime(ctx)
	if err != nil {
		return
	}
	next := waiting[0].Deadline
	for _, d := range waiting {
		next = min(next, d.Deadline)
	}
	s.cfg.Metrics.nextDeadline.Set(float64(max(int64(next)-int64(head), 0)))
}

func (s *Service) wait(d Dispute) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waiting[d.DisputeID.String()] = d
}

func (s *Service) stopWaiting(d Dispute) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.waiting, d.DisputeID.String())
}

func (s *Service) stillWaiting() []Dispute {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Dispute, 0, len(s.waiting))
	for _, d := range s.waiting {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b Dispute) int { return a.DisputeID.Cmp(b.DisputeID) })
	return out
}

// order puts the named steps a peer already signed a verdict on first, then the rest
// ascending: arbiters that judged at different moments (more steps named since) then converge
// on one verdict instead of splitting their signatures over two fraudulent steps.
func (s *Service) order(disputeID *big.Int, named []uint64) []uint64 {
	first := map[uint64]bool{}
	for _, e := range s.cfg.Pool.Entries(disputeID) {
		if e.Verdict.Outcome != chain.OutcomeHonest && slices.Contains(named, e.Verdict.Step) {
			first[e.Verdict.Step] = true
		}
	}
	out := make([]uint64, 0, len(named))
	for _, j := range named {
		if first[j] {
			out = append(out, j)
		}
	}
	for _, j := range named {
		if !first[j] {
			out = append(out, j)
		}
	}
	return out
}

// judge replays the named steps in order, each at most once per dispute, and returns the
// first that is not honest, else the honest one closest to its boundary.
func (s *Service) judge(ctx context.Context, log zerolog.Logger, d Dispute, job chain.Job, steps []uint64) (audit.StepFinding, error) {
	var best audit.StepFinding
	var replay func(j uint64) (audit.StepFinding, error) // set up at the first step not judged yet
	for i, j := range steps {
		key := fmt.Sprintf("%s/%d", d.DisputeID, j)
		s.mu.Lock()
		f, done := s.judged[key]
		s.mu.Unlock()
		if !done {
			if replay == nil {
				var err error
				if replay, err = s.stepReplayer(ctx, d, job); err != nil {
					return audit.StepFinding{}, err
				}
			}
			sf, err := replay(j)
			if err != nil {
				return audit.StepFinding{}, err
			}
			f = sf.Finding
			if f.Outcome != audit.Unavailable {
				// Unavailable is looked at again; anything else is what the evidence says.
				s.mu.Lock()
				s.judged[key] = f
				s.mu.Unlock()
			}
			s.cfg.Metrics.stepsReplayed.Inc()
			log.Debug().Uint64("step", j).Stringer("outcome", f.Outcome).Msg("replayed one step")
		}
		if f.Outcome != audit.Honest {
			return audit.StepFinding{Step: j, Finding: f}, nil
		}
		if i == 0 || f.Worst.Ratio > best.Worst.Ratio {
			best = audit.StepFinding{Step: j, Finding: f}
		}
	}
	return best, nil
}

// stepReplayer sets up the one-step audits of d's named steps under the reference profile of
// the job's policy (once per job) and returns the audit of one step.
func (s *Service) stepReplayer(ctx context.Context, d Dispute, job chain.Job) (func(j uint64) (audit.StepFinding, error), error) {
	key := evidence.JobKey(d.JobID)
	s.mu.Lock()
	pre, ok := s.prepared[key]
	s.mu.Unlock()
	if !ok {
		wl, err := s.cfg.Library.Workload(ctx, job.ManifestHash)
		if err != nil {
			return nil, fmt.Errorf("workload of job %s: %w", d.JobID, err)
		}
		art, err := s.cfg.Library.Artifact(ctx, job.BoundaryHash)
		if err != nil {
			return nil, fmt.Errorf("boundary artifact of job %s: %w", d.JobID, err)
		}
		fetcher, err := s.cfg.Dial(job.EvidenceURI)
		if err != nil {
			// The owner and provider agreed on this URI; one nobody can fetch from is unavailable evidence.
			return func(j uint64) (audit.StepFinding, error) {
				return audit.StepFinding{Step: j, Finding: audit.Finding{Outcome: audit.Unavailable, Reason: err.Error()}}, nil
			}, nil
		}
		// The policy's reference profile (Prepare's default) is bit-reproducible on any
		// machine, so every honest arbiter replays to the same bits and signs the same digest.
		if pre, err = audit.Prepare(audit.Config{Client: fetcher, Job: key, ManifestHash: job.ManifestHash, Workload: wl, Artifact: art, Replayer: s.cfg.Replayer}); err != nil {
			return nil, fmt.Errorf("job %s: %w", d.JobID, err)
		}
		s.mu.Lock()
		s.prepared[key] = pre
		s.mu.Unlock()
	}
	return func(j uint64) (audit.StepFinding, error) {
		return pre.Steps(ctx, d.Interval, d.StepRoot, []uint64{j}, nil)
	}, nil
}

// DialEvidence returns an evidence client for a provider's base URL.
func DialEvidence(uri string) (audit.Fetcher, error) {
	c, err := evidence.NewClient(uri, evidence.ClientOptions{})
	if err != nil {
		return nil, fmt.Errorf("evidence URI %q: %w", uri, err)
	}
	return c, nil
}
