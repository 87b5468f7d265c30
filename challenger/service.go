package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// Chain is what the service reads from and sends to the registry; NewRegistryChain adapts a
// *chain.Registry to it.
type Chain interface {
	// Job returns the job's current on-chain state.
	Job(ctx context.Context, jobID *big.Int) (JobRecord, error)
	// OpenChallengeOf returns the id of the interval's open dispute, 0 if none. Challenge ids
	// in this package are dispute ids: what one verdict closes, whoever stands on it.
	OpenChallengeOf(ctx context.Context, jobID *big.Int, interval uint64) (*big.Int, error)
	// Stands reports whether we have a challenge on the dispute.
	Stands(ctx context.Context, challengeID *big.Int) (bool, error)
	// OpenChallenge stands on the interval ending at endpoint with the given bond, through the
	// one transaction sender (opening its dispute or joining the open one), and returns the
	// dispute id once the receipt is confirmed. It never stands twice on one dispute.
	OpenChallenge(ctx context.Context, jobID *big.Int, endpoint uint64, b chain.BatchRef, bond *big.Int) (*big.Int, error)
	// Reclaim claims our bond of a closed dispute, lapsing it first if it can no longer be
	// judged; it reports whether anything was claimed.
	Reclaim(ctx context.Context, challengeID *big.Int) (bool, error)
	// Balance is the watchtower wallet's balance.
	Balance(ctx context.Context) (*big.Int, error)
	// HeadTime is the timestamp of the latest block.
	HeadTime(ctx context.Context) (uint64, error)
}

// Service is the watchtower (op-challenger's shape): the chain watcher feeds confirmed events
// to Handle (monitor), sampled intervals wait in the Scheduler, and workers audit them and
// act on the findings (player).
type Service struct {
	cfg     Config
	chain   Chain
	auditor Auditor
	store   *Store
	clock   Clock // wall time, for health and head lag
	metrics *Metrics
	log     zerolog.Logger
	sched   *Scheduler

	headTime atomic.Uint64 // latest block timestamp seen; the scheduler's notion of now
	lastPoll atomic.Int64  // wall time (unix nanos) of the last successful poll, 0 never

	mu     sync.Mutex
	queued map[string]taskState // intervals in the scheduler or being worked on
	stake  *big.Int             // sum of the bonds of our open challenges
	bg     sync.WaitGroup       // resubmissions of expired tasks
	ready  chan struct{}        // closed once Run has reconciled the stored state
	// polled tells Run that a chain poll succeeded: retries come due with new blocks.
	polled chan struct{}
	// retryAt holds, by interval, when a challenge whose transaction failed is due again.
	retryAt map[string]retry
}

// NewService builds a service; Run starts it.
func NewService(cfg Config, ch Chain, auditor Auditor, store *Store, clock Clock, metrics *Metrics, log zerolog.Logger) (*Service, error) {
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("challenger config: %w", err)
	}
	if cfg.UnavailableGrace == 0 {
		cfg.UnavailableGrace = DefaultUnavailableGrace
	}
	if cfg.UnavailableMargin == 0 {
		cfg.UnavailableMargin = DefaultUnavailableMargin
	}
	if cfg.RetryDelay == 0 {
		cfg.RetryDelay = DefaultRetryDelay
	}
	if ch == nil || auditor == nil || store == nil || clock == nil || metrics == nil {
		return nil, errors.New("challenger: chain, auditor, store, clock and metrics are required")
	}
	s := &Service{
		cfg: cfg, chain: ch, auditor: auditor, store: store, clock: clock, metrics: metrics,
		log: log.With().Str("component", "challenger").Logger(), queued: map[string]taskState{}, stake: new(big.Int),
		ready: make(chan struct{}), polled: make(chan struct{}, 1), retryAt: map[string]retry{},
	}
	sched, err := NewScheduler(cfg.Workers, cfg.QueueSize, chainClock{s}, s.work, s.expired)
	if err != nil {
		return nil, err
	}
	s.sched = sched
	return s, nil
}

// chainClock tells chain time: the latest observed block timestamp plus the inclusion delay,
// so that the scheduler expires tasks that could no longer be challenged in time.
type chainClock struct{ s *Service }

func (c chainClock) Now() time.Time {
	return time.Unix(int64(c.s.headTime.Load()), 0).Add(c.s.cfg.InclusionDelay)
}

// ObservePoll records the outcome of one chain poll by the watcher: the head block and its
// timestamp on success, or the error.
func (s *Service) ObservePoll(head, headTime uint64, err error) {
	if err != nil {
		s.log.Warn().Err(err).Msg("chain poll failed")
		s.metrics.pollErrors.Inc()
		return
	}
	now := s.clock.Now()
	s.lastPoll.Store(now.UnixNano())
	for {
		old := s.headTime.Load()
		if headTime <= old || s.headTime.CompareAndSwap(old, headTime) {
			break
		}
	}
	s.metrics.headBlock.Set(float64(head))
	s.metrics.headLag.Set(now.Sub(time.Unix(int64(headTime), 0)).Seconds())
	select {
	case s.polled <- struct{}{}:
	default: // Run has one to see already
	}
}

// Healthy returns nil when the last chain poll succeeded within HealthyWithin.
func (s *Service) Healthy() error {
	last := s.lastPoll.Load()
	if last == 0 {
		return errors.New("no successful chain poll yet")
	}
	if age := s.clock.Now().Sub(time.Unix(0, last)); age > s.cfg.HealthyWithin {
		return fmt.Errorf("last successful chain poll %s ago (limit %s)", age.Round(time.Second), s.cfg.HealthyWithin)
	}
	return nil
}

// Run reconciles the stored state with the chain (challenges whose sending was interrupted,
// intervals sampled but not audited), then audits until ctx ends. It returns the joined
// errors of reconciliation and shutdown. Call it once.
func (s *Service) Run(ctx context.Context) error {
	if bal, err := s.chain.Balance(ctx); err == nil {
		s.metrics.setBalance(bal)
	}
	done := make(chan error, 1)
	go func() { done <- s.sched.Run(ctx) }()
	errRec := s.reconcile(ctx)
	if ctx.Err() != nil && errors.Is(errRec, ctx.Err()) {
		errRec = nil // shut down while reconciling: the next start reconciles again
	}
	if errRec != nil {
		s.log.Error().Err(errRec).Msg("reconcile state store")
	}
	close(s.ready)
	// Retries come due with time, not only with new blocks: an idle chain delivers no updates.
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case <-s.polled:
			s.retryDue(ctx, s.clock.Now())
		case <-tick.C:
			s.retryDue(ctx, s.clock.Now())
			s.observeQueue() // the nearest deadline comes closer with time
		}
	}
	errRun := <-done
	s.bg.Wait()
	return errors.Join(errRec, errRun)
}

// Ready is closed once Run has reconciled the stored state with the chain and requeued
// unfinished audits.
func (s *Service) Ready() <-chan struct{} { return s.ready }

func (s *Service) audit(ctx context.Context, t Task) error {
	rec, ok, err := s.store.Interval(t.JobID, t.Interval)
	if err != nil {
		return err
	}
	if !ok || !rec.Sampled {
		return nil // a reorg removed the commitment (a new one is queued on its own)
	}
	job, err := s.store.knownJob(t.JobID)
	if err != nil {
		return err
	}
	s.mu.Lock()
	_, waiting := s.retryAt[intervalID(t.JobID, t.Interval)]
	s.mu.Unlock()
	switch next(stateOf(rec, job, waiting), event{Kind: evPickedUp}).Kind {
	case stepResolve:
		return s.resolveIntent(ctx, IntervalKey{JobID: t.JobID, Interval: t.Interval}, job)
	case stepAct:
		return s.act(ctx, t.JobID, t.Interval, rec.Audit.Finding)
	case stepAudit:
	default:
		return nil
	}
	start, ok, err := s.store.EndpointRoot(t.JobID, t.Interval)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%s: root of endpoint %d not committed", t, t.Interval)
	}
	log := s.log.With().Str("job", t.JobID.String()).Uint64("interval", t.Interval).Logger()
	began := s.clock.Now()
	f, err := s.auditor.Audit(ctx, AuditRequest{
		JobID: t.JobID, Interval: t.Interval, Start: start, End: rec.Root,
		ManifestHash: job.ManifestHash, BoundaryHash: job.BoundaryHash, EvidenceURI: job.EvidenceURI,
	})
	if err != nil {
		s.metrics.auditErrors.Inc()
		return fmt.Errorf("audit %s: %w", t, err)
	}
	s.metrics.observeAudit(f, s.clock.Now().Sub(began))
	log.Info().Stringer("outcome", f.Outcome).Float64("worst_ratio", f.WorstRatio).Str("reason", f.Reason).Msg("audited")
	ev := event{Kind: evAudited, Outcome: f.Outcome, Now: s.clock.Now(), Confirm: true}
	if f.Outcome == evidence.Unavailable {
		ev.Confirm, ev.Wait = s.confirmUnavailable(rec, job, ev.Now)
	}
	if st := next(stateOf(rec, job, false), ev); st.Kind == stepRetryAudit && s.awaitEvidence(t, rec, ev.Now, st.At) {
		log.Warn().Dur("retry_in", ev.Wait).Str("reason", f.Reason).Msg("evidence unavailable; auditing again before challenging")
		return nil
	}
	err = s.store.UpdateInterval(t.JobID, t.Interval, func(r *IntervalRecord) error {
		r.Audit = &AuditRecord{Finding: f, At: s.clock.Now()}
		r.UnavailableSince, r.UnavailableTries = time.Time{}, 0
		return nil
	})
	if err != nil {
		return err
	}
	return s.act(ctx, t.JobID, t.Interval, f)
}

// confirmUnavailable applies the outage policy to a finding of unavailable evidence: whether
// it is confirmed now and, if not, how long until the next audit.
func (s *Service) confirmUnavailable(rec IntervalRecord, job JobRecord, now time.Time) (bool, time.Duration) {
	deadline, ok := job.Deadline()
	if s.cfg.UnavailableGrace <= 0 || !ok {
		return true, 0
	}
	u := evidence.OutagePolicy{Grace: s.cfg.UnavailableGrace, Margin: s.cfg.UnavailableMargin, Base: s.cfg.RetryDelay}
	return u.Step(unavailableSince(rec, now), now, rec.UnavailableTries, s.headTime.Load(), deadline)
}

func unavailableSince(rec IntervalRecord, now time.Time) time.Time {
	if rec.UnavailableSince.IsZero() {
		return now
	}
	return rec.UnavailableSince
}

// awaitEvidence records one more unconfirmed outage of the interval's evidence and schedules
// its next audit at due. It reports false when the outage could not be recorded: the finding is
// acted on rather than lost.
func (s *Service) awaitEvidence(t Task, rec IntervalRecord, now, due time.Time) bool {
	err := s.store.UpdateInterval(t.JobID, t.Interval, func(r *IntervalRecord) error {
		r.UnavailableSince = unavailableSince(rec, now)
		r.UnavailableTries++
		return nil
	})
	if err != nil {
		s.log.Error().Err(err).Stringer("task", t).Msg("record unavailable evidence")
		return false
	}
	s.mu.Lock()
	s.retryAt[intervalID(t.JobID, t.Interval)] = retry{jobID: t.JobID, k: t.Interval, due: due}
	s.mu.Unlock()
	return true
}

// act decides what to do about a finding from fresh chain state, does it and notifies.
func (s *Service) act(ctx context.Context, jobID *big.Int, k uint64, f Finding) error {
	n := Notice{JobID: jobID, Interval: k, Finding: f}
	n.Decision, n.ChallengeID, n.Err = s.decideAndDo(ctx, jobID, k, f)
	if s.cfg.Notify != nil {
		s.cfg.Notify(n)
	}
	return n.Err
}

func (s *Service) decideAndDo(ctx context.Context, jobID *big.Int, k uint64, f Finding) (Decision, *big.Int, error) {
	log := s.log.With().Str("job", jobID.String()).Uint64("interval", k).Stringer("outcome", f.Outcome).Logger()
	sit, err := s.situation(ctx, jobID, k, f)
	if err != nil {
		return Decision{}, nil, fmt.Errorf("job %s interval %d: %w", jobID, k, err)
	}
	d := Decide(sit.Situation, f.Outcome)
	s.metrics.decisions.WithLabelValues(d.Action.String()).Inc()
	err = s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
		if r.Audit != nil {
			r.Audit.Action, r.Audit.Decision = d.Action, d.Reason
		}
		if d.Action == StandDown && sit.open.Sign() != 0 {
			r.Other = sit.open
		}
		return nil
	})
	if err != nil {
		return d, nil, err
	}
	switch d.Action {
	case Alert:
		s.metrics.alerts.Inc()
		log.Warn().Str("alert", d.Reason).Str("finding", f.Reason).Msg("ALERT: bad interval not challenged")
	case StandDown:
		log.Info().Str("reason", d.Reason).Msg("standing down")
	case Defer:
		log.Info().Str("reason", d.Reason).Msg("challenge deferred until one of ours on this job is decided")
	case Challenge:
		id, err := s.challenge(ctx, log, jobID, k, sit.bond)
		return d, id, err
	}
	return d, nil, nil
}

type situation struct {
	Situation
	open, bond *big.Int
}

func (s *Service) situation(ctx context.Context, jobID *big.Int, k uint64, f Finding) (situation, error) {
	var out situation
	if f.Outcome == evidence.Honest {
		return out, nil
	}
	job, err := s.chain.Job(ctx, jobID)
	if err != nil {
		return out, fmt.Errorf("read job: %w", err)
	}
	if err := s.store.UpdateJob(jobID, func(j *JobRecord) error { *j = job; return nil }); err != nil {
		return out, err
	}
	open, err := s.chain.OpenChallengeOf(ctx, jobID, k)
	if err != nil {
		return out, fmt.Errorf("read open challenge: %w", err)
	}
	rec, _, err := s.store.Interval(jobID, k)
	if err != nil {
		return out, err
	}
	ours := rec.Challenge != nil
	if open.Sign() != 0 && !ours {
		if ours, err = s.chain.Stands(ctx, open); err != nil {
			return out, fmt.Errorf("challenge %s: %w", open, err)
		}
	}
	staked, err := s.stakedOn(jobID)
	if err != nil {
		return out, err
	}
	var bal *big.Int
	if !s.cfg.WatchOnly {
		if bal, err = s.chain.Balance(ctx); err != nil {
			return out, fmt.Errorf("read balance: %w", err)
		}
		s.metrics.setBalance(bal)
	}
	head, err := s.chain.HeadTime(ctx)
	if err != nil {
		return out, fmt.Errorf("read head: %w", err)
	}
	out.Situation = Situation{
		Status: job.Status, FinalizeBy: job.FinalizeBy, WindowEnd: job.WindowEnd,
		Now:           head + uint64(s.cfg.InclusionDelay/time.Second),
		OpenChallenge: open.Sign() != 0, Ours: ours, WatchOnly: s.cfg.WatchOnly,
		Balance: bal, Bond: job.ChallengerBond, GasReserve: s.cfg.GasReserve,
		Staked: staked, ProviderBond: job.ProviderBond,
	}
	out.open, out.bond = open, job.ChallengerBond
	return out, nil
}
