package challenger

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

// Config configures a Service.
type Config struct {
	Secret  [32]byte       // private sampling randomness; never shared
	Rate    float64        // per-interval sampling probability p in [0, 1]
	Account common.Address // our challenger address (to recognise our own challenges)
	// WatchOnly logs and alerts but never transacts.
	WatchOnly bool
	// Workers audit in parallel; QueueSize bounds the audits waiting for a worker.
	Workers, QueueSize int
	// GasReserve is kept on top of the bond before challenging (nil: 0).
	GasReserve *big.Int
	// InclusionDelay is the time budgeted for a challenge to land in a block: an interval
	// whose deadline is closer than that is alerted, not challenged.
	InclusionDelay time.Duration
	// HealthyWithin: /healthz fails when the last successful chain poll is older.
	HealthyWithin time.Duration
	// RetryDelay is how long after a challenge transaction failed (a dead RPC endpoint, a
	// dropped transaction; not a revert that settles the matter) the challenge is tried
	// again; the delay doubles with every failure of the interval up to MaxRetryDelay, and
	// retries go on until the challenge lands or its window closes. 0 takes
	// DefaultRetryDelay.
	RetryDelay time.Duration
	// UnavailableGrace is how long evidence must stay unavailable before the watchtower
	// challenges (it audits again meanwhile, backing off from RetryDelay); the challenge is sent
	// regardless once the window's end is within UnavailableMargin. 0 takes the defaults; a
	// negative grace challenges unavailable evidence at once.
	UnavailableGrace, UnavailableMargin time.Duration
	// Notify, if set, is called after every decision on an audited interval (alerting
	// integrations; tests use it to know when the service has acted).
	Notify func(Notice)
}

// Notice reports one decision on an audited interval.
type Notice struct {
	JobID       *big.Int
	Interval    uint64
	Finding     Finding
	Decision    Decision
	ChallengeID *big.Int // set when we opened a challenge
	Err         error    // set when acting failed
}

// DefaultRetryDelay is the first delay before a failed challenge is sent again;
// MaxRetryDelay caps its doubling.
const (
	DefaultRetryDelay = 15 * time.Second
	MaxRetryDelay     = 5 * time.Minute
	// DefaultUnavailableGrace and DefaultUnavailableMargin: a provider's evidence server may be
	// down for ten minutes before it is challenged, and is challenged regardless with ten
	// minutes of the window left.
	DefaultUnavailableGrace  = 10 * time.Minute
	DefaultUnavailableMargin = 10 * time.Minute
)

// retryDelay is the wait before the next try of a challenge that failed `failures` times.
func retryDelay(base time.Duration, failures int) time.Duration {
	d := base
	for i := 1; i < failures && d < MaxRetryDelay; i++ {
		d *= 2
	}
	return min(d, MaxRetryDelay)
}

func (c Config) validate() error {
	if math.IsNaN(c.Rate) || c.Rate < 0 || c.Rate > 1 {
		return fmt.Errorf("sampling rate %v is not a probability in [0, 1]", c.Rate)
	}
	if c.Secret == ([32]byte{}) {
		return errors.New("sampling secret is zero: every watchtower needs its own random secret")
	}
	if c.Workers < 1 || c.QueueSize < 1 {
		return fmt.Errorf("need workers >= 1 and queue size >= 1, got %d and %d", c.Workers, c.QueueSize)
	}
	if !c.WatchOnly && c.Account == (common.Address{}) {
		return errors.New("an account is required unless watch-only")
	}
	if c.RetryDelay < 0 || c.UnavailableMargin < 0 {
		return fmt.Errorf("retry delay %s and unavailable margin %s must be >= 0", c.RetryDelay, c.UnavailableMargin)
	}
	if c.InclusionDelay < 0 || c.HealthyWithin <= 0 {
		return fmt.Errorf("inclusion delay %s must be >= 0 and healthy-within %s > 0", c.InclusionDelay, c.HealthyWithin)
	}
	return nil
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

// retry is a failed challenge waiting for its next try.
type retry struct {
	jobID *big.Int
	k     uint64
	due   time.Time
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

// retryDue queues every failed challenge and unconfirmed outage whose retry is due; the worker
// that picks a challenge up asks the chain first, in case the failed transaction landed after all.
func (s *Service) retryDue(ctx context.Context, now time.Time) {
	s.mu.Lock()
	var due []retry
	for id, r := range s.retryAt {
		if !now.Before(r.due) {
			due = append(due, r)
			delete(s.retryAt, id)
		}
	}
	s.mu.Unlock()
	for _, r := range due {
		if next(intervalState{}, event{Kind: evRetryDue}).Kind != stepEnqueue {
			continue
		}
		s.bg.Go(func() {
			if err := s.requeue(ctx, r.jobID, r.k); err != nil && ctx.Err() == nil {
				s.log.Error().Err(err).Str("job", r.jobID.String()).Uint64("interval", r.k).Msg("queue challenge retry")
			}
		})
	}
}

// requeue puts an interval back in the scheduler from its stored record.
func (s *Service) requeue(ctx context.Context, jobID *big.Int, k uint64) error {
	rec, ok, err := s.store.Interval(jobID, k)
	if err != nil || !ok {
		return err
	}
	job, err := s.store.knownJob(jobID)
	if err != nil {
		return err
	}
	return s.enqueue(ctx, jobID, k, rec.Root, job)
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

func intervalID(jobID *big.Int, k uint64) string { return jobID.String() + "/" + fmt.Sprint(k) }

// reconcile resolves interrupted challenges against the chain and requeues unfinished work.
func (s *Service) reconcile(ctx context.Context) error {
	type item struct {
		key IntervalKey
		rec IntervalRecord
	}
	var items []item
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		items = append(items, item{k, r})
		return nil
	})
	if err != nil {
		return fmt.Errorf("read state store: %w", err)
	}
	s.recountStake()
	var errs []error
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		k, r := it.key, it.rec
		job, ok, err := s.store.Job(k.JobID)
		if err != nil || !ok {
			errs = append(errs, fmt.Errorf("job %s interval %d: job record missing: %w", k.JobID, k.Interval, err))
			continue
		}
		switch next(stateOf(r, job, false), event{Kind: evRestarted}).Kind {
		case stepEnqueue:
			err = s.enqueue(ctx, k.JobID, k.Interval, r.Root, job)
		case stepResolve:
			err = s.resolveIntent(ctx, k, job)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// resolveIntent handles a challenge whose intent was recorded but whose outcome was not (the
// process stopped between deciding and recording), or whose transaction failed. The chain
// says whether it landed; if it did not, the recorded finding is acted on again.
func (s *Service) resolveIntent(ctx context.Context, k IntervalKey, job JobRecord) error {
	id, err := s.chain.OpenChallengeOf(ctx, k.JobID, k.Interval)
	if err != nil {
		return fmt.Errorf("job %s interval %d: reconcile challenge: %w", k.JobID, k.Interval, err)
	}
	if id.Sign() != 0 {
		ours, err := s.chain.Stands(ctx, id)
		if err != nil {
			return fmt.Errorf("job %s interval %d: challenge %s: %w", k.JobID, k.Interval, id, err)
		}
		s.log.Info().Str("job", k.JobID.String()).Uint64("interval", k.Interval).Str("challenge", id.String()).
			Bool("ours", ours).Msg("interrupted challenge found on chain")
		var opened bool
		err = s.store.UpdateInterval(k.JobID, k.Interval, func(r *IntervalRecord) error {
			if ours {
				opened = r.markOpened(id)
			} else {
				r.Challenge, r.Other = nil, id
			}
			return nil
		})
		if opened {
			s.recountStake()
		}
		return err
	}
	// Not on chain: the transaction never landed. Decide again from the recorded finding.
	s.log.Info().Str("job", k.JobID.String()).Uint64("interval", k.Interval).Msg("interrupted challenge not on chain; deciding again")
	var f *Finding
	err = s.store.UpdateInterval(k.JobID, k.Interval, func(r *IntervalRecord) error {
		r.Challenge = nil
		if r.Audit != nil {
			f = &r.Audit.Finding
		}
		return nil
	})
	if err != nil || f == nil {
		return err
	}
	return s.act(ctx, k.JobID, k.Interval, *f)
}

// Handle applies one confirmed registry event. Events must arrive in chain order; replays of
// events already handled (after a restart) are harmless.
func (s *Service) Handle(ctx context.Context, ev Event) error {
	switch e := ev.(type) {
	case IntervalsCommitted:
		return s.onCommitted(ctx, e)
	case JobFinalized:
		return s.updateJob(ctx, e.JobID, func(j *JobRecord) {
			if !j.Status.Closed() {
				j.Status, j.WindowEnd = chain.StatusFinalized, e.WindowEnd
			}
		})
	case JobClosed:
		if err := s.updateJob(ctx, e.JobID, func(j *JobRecord) { j.Status = e.Status }); err != nil {
			return err
		}
		return s.reclaimBonds(ctx, e.JobID)
	case ChallengeOpened:
		return s.onChallengeOpened(ctx, e)
	case ChallengeClosed:
		return s.onChallengeClosed(ctx, e)
	case Removed:
		return s.onRemoved(ctx, e)
	}
	return fmt.Errorf("challenger: unknown event %T", ev)
}

// job returns the stored job record, reading it from the chain the first time.
func (s *Service) job(ctx context.Context, jobID *big.Int) (JobRecord, error) {
	j, ok, err := s.store.Job(jobID)
	if err != nil || ok {
		return j, err
	}
	j, err = s.chain.Job(ctx, jobID)
	if err != nil {
		return j, fmt.Errorf("job %s: read from chain: %w", jobID, err)
	}
	return j, s.store.PutJob(jobID, j)
}

func (s *Service) updateJob(ctx context.Context, jobID *big.Int, f func(*JobRecord)) error {
	if _, err := s.job(ctx, jobID); err != nil {
		return err
	}
	return s.store.UpdateJob(jobID, func(j *JobRecord) error { f(j); return nil })
}

func (s *Service) onCommitted(ctx context.Context, e IntervalsCommitted) error {
	job, err := s.job(ctx, e.JobID)
	if err != nil {
		return err
	}
	if err := s.store.PutBatch(e.JobID, e.Batch); err != nil {
		return err
	}
	for i, root := range e.Batch.Roots {
		end := e.Batch.First + uint64(i)
		if end == 0 {
			continue // endpoint 0 closes no interval
		}
		k := end - 1
		var rec IntervalRecord
		fresh := false
		err := s.store.UpdateInterval(e.JobID, k, func(r *IntervalRecord) error {
			if r.Root.IsZero() {
				fresh = true
				r.Root = root
				// Interval 0 is always audited: only there is the start checked against the
				// manifest's initial weights, so a provider that began elsewhere is caught.
				r.Sampled = k == 0 || Sampled(s.cfg.Secret, e.JobID, k, root, s.cfg.Rate)
			}
			rec = *r
			return nil
		})
		if err != nil {
			return err
		}
		if fresh {
			s.metrics.intervalsSeen.Inc()
			if rec.Sampled {
				s.metrics.sampled.Inc()
			}
		}
		if next(stateOf(rec, job, false), event{Kind: evCommitted}).Kind == stepEnqueue {
			if err := s.enqueue(ctx, e.JobID, k, rec.Root, job); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Service) onChallengeOpened(ctx context.Context, e ChallengeOpened) error {
	if _, err := s.job(ctx, e.JobID); err != nil {
		return err
	}
	if e.Challenger == s.cfg.Account {
		var opened bool
		err := s.store.UpdateInterval(e.JobID, e.Interval, func(r *IntervalRecord) error {
			opened = r.markOpened(e.ChallengeID)
			return nil
		})
		if opened {
			s.recountStake()
		}
		return err
	}
	var rec IntervalRecord
	err := s.store.UpdateInterval(e.JobID, e.Interval, func(r *IntervalRecord) error {
		r.Other = e.ChallengeID
		rec = *r
		return nil
	})
	if err != nil {
		return err
	}
	job, err := s.job(ctx, e.JobID)
	if err != nil || next(stateOf(rec, job, false), event{Kind: evDisputedByOther}).Kind != stepEnqueue {
		return err
	}
	s.log.Info().Str("job", e.JobID.String()).Uint64("interval", e.Interval).
		Str("challenger", e.Challenger.Hex()).Msg("interval disputed by someone else; auditing it to name its bad step if it has one")
	return s.enqueue(ctx, e.JobID, e.Interval, rec.Root, job)
}

// reclaimBonds claims our bonds of disputes still open on a closed job: they can never be judged
// once another one proved fraud, so they are lapsed and claimed (a Fraud or lapse returns the
// bond; an Honest verdict pays it to the provider and the arbiters). A failed claim is an alert,
// not a reason to stop following the chain.
func (s *Service) reclaimBonds(ctx context.Context, jobID *big.Int) error {
	if s.cfg.WatchOnly {
		return nil
	}
	var ours []*big.Int
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		// Closed ones were claimed when their dispute closed.
		if k.JobID.Cmp(jobID) == 0 && r.Challenge != nil && r.Challenge.State == StateOpened && !r.Challenge.Closed {
			ours = append(ours, r.Challenge.ChallengeID)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range ours {
		s.reclaim(ctx, jobID, id)
	}
	return nil
}

// reclaim claims our bond on one dispute, logging what happened to the money.
func (s *Service) reclaim(ctx context.Context, jobID, id *big.Int) {
	claimed, err := s.chain.Reclaim(ctx, id)
	switch {
	case err != nil:
		s.metrics.alerts.Inc()
		s.log.Warn().Err(err).Str("job", jobID.String()).Str("challenge", id.String()).Msg("ALERT: could not claim our challenge bond")
	case claimed:
		s.log.Info().Str("job", jobID.String()).Str("challenge", id.String()).Msg("claimed our challenge bond (credited unless the verdict was Honest; withdraw to collect)")
	}
}

func (s *Service) onChallengeClosed(ctx context.Context, e ChallengeClosed) error {
	job, err := s.job(ctx, e.JobID)
	if err != nil {
		return err
	}
	var others, ours bool
	var rec IntervalRecord
	err = s.store.UpdateInterval(e.JobID, e.Interval, func(r *IntervalRecord) error {
		if c := r.Challenge; c != nil && c.ChallengeID != nil && c.ChallengeID.Cmp(e.ChallengeID) == 0 && !c.Closed {
			c.Closed, ours = true, true
		}
		if r.Other != nil && r.Other.Cmp(e.ChallengeID) == 0 {
			r.Other, others = nil, true
		}
		rec = *r
		return nil
	})
	if err != nil {
		return err
	}
	if ours {
		s.recountStake()
		if !s.cfg.WatchOnly {
			s.reclaim(ctx, e.JobID, e.ChallengeID)
		}
	}
	job, err = s.store.knownJob(e.JobID)
	if err != nil || job.Status.Closed() {
		return err
	}
	if ours {
		// Stake on the job went down: findings deferred by the stake cap can go ahead.
		if err := s.requeueDeferred(ctx, e.JobID, job); err != nil {
			return err
		}
	}
	if !others || next(stateOf(rec, job, false), event{Kind: evOtherClosed, Decided: e.Decided}).Kind != stepEnqueue {
		return nil
	}
	return s.enqueue(ctx, e.JobID, e.Interval, rec.Root, job)
}

// requeueDeferred queues again the job's intervals whose challenge waited for stake.
func (s *Service) requeueDeferred(ctx context.Context, jobID *big.Int, job JobRecord) error {
	type item struct {
		k    uint64
		root evidence.Hash32
	}
	var todo []item
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if k.JobID.Cmp(jobID) == 0 && next(stateOf(r, job, false), event{Kind: evStakeFreed}).Kind == stepEnqueue {
			todo = append(todo, item{k.Interval, r.Root})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, it := range todo {
		if err := s.enqueue(ctx, jobID, it.k, it.root, job); err != nil {
			return err
		}
	}
	return nil
}

// stakedOn is what our open challenges on the job have at stake.
func (s *Service) stakedOn(jobID *big.Int) (*big.Int, error) {
	job, err := s.store.knownJob(jobID)
	if err != nil {
		return nil, err
	}
	var n int64
	err = s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if k.JobID.Cmp(jobID) == 0 && r.Challenge != nil && !r.Challenge.Closed && r.Challenge.State != StateFailed {
			n++
		}
		return nil
	})
	if err != nil || job.ChallengerBond == nil {
		return new(big.Int), err
	}
	return new(big.Int).Mul(job.ChallengerBond, big.NewInt(n)), nil
}

// onRemoved undoes what a reorged-out event did, as far as it matters: the batch's roots are
// forgotten (the provider may commit different ones) unless we already challenged them, and
// the job's state is read again.
func (s *Service) onRemoved(ctx context.Context, e Removed) error {
	s.log.Warn().Str("job", e.Job().String()).Str("event", fmt.Sprintf("%T", e.Of)).Msg("event removed by a reorg")
	switch o := e.Of.(type) {
	case IntervalsCommitted:
		if err := s.store.RemoveBatch(o.JobID, o.Batch); err != nil {
			return err
		}
	case ChallengeOpened:
		if o.Challenger != s.cfg.Account {
			err := s.store.UpdateInterval(o.JobID, o.Interval, func(r *IntervalRecord) error {
				if r.Other != nil && r.Other.Cmp(o.ChallengeID) == 0 {
					r.Other = nil
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	job, err := s.chain.Job(ctx, e.Job())
	if err != nil {
		return fmt.Errorf("job %s: read after reorg: %w", e.Job(), err)
	}
	return s.store.PutJob(e.Job(), job)
}

// recountStake sets the bond-at-stake gauge from the store, the one source of truth: the bonds
// of our challenges whose disputes are not closed yet.
func (s *Service) recountStake() {
	// Jobs are read after the scan: a read transaction nested in another deadlocks bbolt as
	// soon as a writer waits to grow the file.
	var open []*big.Int
	err := s.store.ForEachInterval(func(k IntervalKey, r IntervalRecord) error {
		if c := r.Challenge; c != nil && c.State == StateOpened && !c.Closed {
			open = append(open, k.JobID)
		}
		return nil
	})
	if err != nil {
		s.log.Warn().Err(err).Msg("recount bonds at stake")
		return
	}
	stake := new(big.Int)
	for _, id := range open {
		if job, ok, err := s.store.Job(id); err == nil && ok && job.ChallengerBond != nil {
			stake.Add(stake, job.ChallengerBond)
		}
	}
	s.mu.Lock()
	s.stake.Set(stake)
	s.mu.Unlock()
	v, _ := new(big.Float).SetInt(stake).Float64()
	s.metrics.bondAtStake.Set(v)
	s.metrics.openChallenges.Set(float64(len(open)))
}

// taskState is where an interval is in the service's hands: one task per interval at a time.
type taskState uint8

const (
	taskWaiting  taskState = iota // in the scheduler; it reads the store when it starts
	taskRunning                   // a worker has it
	taskRunAgain                  // a worker has it, and it must run once more afterwards
)

// enqueue hands a sampled interval to the scheduler. An interval still waiting in the queue is
// left there (it reads the latest state when it starts); one being worked on is marked to run
// once more afterwards: the state that made us enqueue it (a challenge closing, say) may have
// arrived after the running work read the store.
func (s *Service) enqueue(ctx context.Context, jobID *big.Int, k uint64, root evidence.Hash32, job JobRecord) error {
	deadline, ok := job.Deadline()
	if !ok {
		return nil
	}
	return s.submit(ctx, Task{JobID: jobID, Interval: k, Root: root, Deadline: time.Unix(int64(deadline), 0)})
}

func (s *Service) submit(ctx context.Context, t Task) error {
	id := intervalID(t.JobID, t.Interval)
	s.mu.Lock()
	if st, busy := s.queued[id]; busy {
		if st == taskRunning {
			s.queued[id] = taskRunAgain
		}
		s.mu.Unlock()
		return nil
	}
	s.queued[id] = taskWaiting
	s.mu.Unlock()
	if err := s.sched.Submit(ctx, t); err != nil {
		s.mu.Lock()
		delete(s.queued, id)
		s.mu.Unlock()
		return err
	}
	s.observeQueue()
	return nil
}

func (s *Service) observeQueue() {
	next, ok := s.sched.NextDeadline()
	s.metrics.setQueue(s.sched.Len(), next, ok, s.clock.Now())
}

// done ends the work on t and queues it again if that was asked for meanwhile.
func (s *Service) done(ctx context.Context, t Task) {
	id := intervalID(t.JobID, t.Interval)
	s.mu.Lock()
	again := s.queued[id] == taskRunAgain
	delete(s.queued, id)
	s.mu.Unlock()
	s.observeQueue()
	if again {
		s.bg.Go(func() {
			if err := s.submit(ctx, t); err != nil && ctx.Err() == nil {
				s.log.Error().Err(err).Stringer("task", t).Msg("requeue")
			}
		})
	}
}

// expired handles a task whose deadline passed in the queue. The job may have been finalized
// since it was queued (which moves the deadline to the window end): then it goes back in.
func (s *Service) expired(ctx context.Context, t Task) {
	s.done(ctx, t)
	job, err := s.store.knownJob(t.JobID)
	if err != nil {
		s.log.Error().Err(err).Stringer("task", t).Msg("expired task")
		return
	}
	d, ok := job.Deadline()
	if next(intervalState{}, event{Kind: evExpired, DeadlineMoved: ok && time.Unix(int64(d), 0).After(t.Deadline)}).Kind == stepEnqueue {
		s.bg.Go(func() {
			if err := s.enqueue(ctx, t.JobID, t.Interval, t.Root, job); err != nil && ctx.Err() == nil {
				s.log.Error().Err(err).Stringer("task", t).Msg("requeue")
			}
		})
		return
	}
	s.metrics.expired.Inc()
	s.log.Warn().Stringer("task", t).Msg("challenge deadline passed before the audit could run")
}

// work audits one interval (unless a previous run already did) and acts on the finding.
func (s *Service) work(ctx context.Context, t Task) {
	s.mu.Lock()
	s.queued[intervalID(t.JobID, t.Interval)] = taskRunning
	s.mu.Unlock()
	defer s.done(ctx, t)
	if err := s.audit(ctx, t); err != nil && ctx.Err() == nil {
		s.log.Error().Err(err).Stringer("task", t).Msg("audit")
	}
}

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

// sendResultOf classifies the error of a challenge transaction.
func sendResultOf(err error) sendResult {
	switch {
	case err == nil:
		return sendMined
	case chain.IsRevert(err, "IntervalDecided"):
		return sendLostRace
	case chain.IsRevert(err, "InvalidJobStatus"), errors.Is(err, chain.ErrCommitmentRefunded):
		return sendJobClosed
	}
	return sendFailed
}

// lostRace stands down after the interval was decided between our check and our reveal (another
// watchtower's dispute got its verdict first): caught by gas estimation of the reveal.
func (s *Service) lostRace(ctx context.Context, log zerolog.Logger, jobID *big.Int, k uint64) error {
	open, err := s.chain.OpenChallengeOf(ctx, jobID, k)
	if err != nil {
		return fmt.Errorf("job %s interval %d: read open challenge: %w", jobID, k, err)
	}
	log.Info().Str("challenge", open.String()).Msg("interval decided before our challenge landed; standing down")
	s.metrics.decisions.WithLabelValues(StandDown.String()).Inc()
	return s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
		r.Challenge, r.Other = nil, open
		if r.Audit != nil {
			r.Audit.Action, r.Audit.Decision = StandDown, "interval decided before our challenge landed"
		}
		return nil
	})
}

// challenge records the intent, sends the challenge and records its outcome. The intent is
// durable before the transaction leaves, so a crash in between is found by reconcile, which
// asks the chain instead of sending again blindly.
func (s *Service) challenge(ctx context.Context, log zerolog.Logger, jobID *big.Int, k uint64, bond *big.Int) (*big.Int, error) {
	b, ok, err := s.store.BatchOf(jobID, k+1)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("job %s interval %d: batch of endpoint %d unknown", jobID, k, k+1)
	}
	var already bool
	err = s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
		if r.Challenge != nil {
			already = true
			return nil
		}
		r.Challenge = &ChallengeRecord{State: StateIntent}
		return nil
	})
	if err != nil || already {
		return nil, err
	}
	id, sendErr := s.chain.OpenChallenge(ctx, jobID, k+1, b, bond)
	ev := event{Kind: evSent, Sent: sendResultOf(sendErr), RetryDelay: s.cfg.RetryDelay}
	var errFailed error
	if ev.Sent == sendFailed {
		s.metrics.challengeErrors.Inc()
		errFailed = s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
			r.SendFailures++
			ev.Failures = r.SendFailures
			r.Challenge = &ChallengeRecord{State: StateFailed, Error: sendErr.Error()}
			return nil
		})
		ev.Now = s.clock.Now()
	}
	switch st := next(intervalState{Phase: phaseIntent}, ev); st.Kind {
	case stepStandDown:
		return nil, s.lostRace(ctx, log, jobID, k)
	case stepDrop:
		// The job closed (another challenge proved fraud) between our check and our send.
		log.Info().Msg("job closed before our challenge landed; nothing to do")
		return nil, s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
			r.Challenge = nil
			if r.Audit != nil {
				r.Audit.Action, r.Audit.Decision = Ignore, "job closed before our challenge landed"
			}
			return nil
		})
	case stepRetrySend:
		log.Warn().Err(sendErr).Int("failures", ev.Failures).Dur("retry_in", st.At.Sub(ev.Now)).Msg("ALERT: challenge transaction failed; will retry")
		s.mu.Lock()
		s.retryAt[intervalID(jobID, k)] = retry{jobID: jobID, k: k, due: st.At}
		s.mu.Unlock()
		return nil, errors.Join(fmt.Errorf("job %s interval %d: challenge: %w", jobID, k, sendErr), errFailed)
	}
	s.metrics.challengesSent.Inc()
	log.Info().Str("challenge", id.String()).Str("bond", bond.String()).Msg("challenge opened")
	var opened bool
	err = s.store.UpdateInterval(jobID, k, func(r *IntervalRecord) error {
		opened = r.markOpened(id)
		return nil
	})
	if opened {
		s.recountStake()
	}
	return id, err
}
