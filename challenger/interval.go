package challenger

import (
	"fmt"
	"time"

	"github.com/ovig/ovig/evidence"
)

// The watchtower's life of one interval, as a pure function: next(state, event) says what to do
// next. The Service reads the state from the store (stateOf), feeds next the events it sees
// (a confirmed registry event, a worker picking the interval up, an audit's or a send's
// outcome, a retry coming due) and carries out the step; only it talks to the chain, the store
// and the scheduler.

// phase is where one interval is, derived from its stored record.
type phase uint8

const (
	phaseUncommitted      phase = iota // no root known (never committed, or reorged out)
	phaseUnsampled                     // committed, not sampled
	phaseQueued                        // sampled, not audited yet
	phaseAwaitingEvidence              // audited as unavailable, auditing again until the grace is over
	phaseDecided                       // finding recorded and acted on for good (honest, alert, ignore)
	phaseStoodDown                     // bad finding; someone else's dispute stands on the interval
	phaseDeferred                      // bad finding; waits until one of our disputes on the job closes
	phaseIntent                        // challenge intent recorded, its outcome unknown (a crash)
	phaseFailed                        // our challenge transaction failed; sent again when due
	phaseChallenged                    // our challenge is on chain, its dispute open
	phaseSettled                       // our challenge's dispute closed
)

func (p phase) String() string {
	names := [...]string{"uncommitted", "unsampled", "queued", "awaiting-evidence", "decided",
		"stood-down", "deferred", "intent", "failed", "challenged", "settled"}
	if int(p) < len(names) {
		return names[p]
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// intervalState is what next knows of one interval.
type intervalState struct {
	Phase phase
	// Other: someone else's dispute is open on the interval.
	Other bool
	// JobClosed: the job is slashed, settled or cancelled; WindowOpen: it can still be challenged.
	JobClosed, WindowOpen bool
	// RetryWaiting: a retry of this interval is scheduled and not due yet.
	RetryWaiting bool
}

// stateOf derives an interval's state from its record and its job's.
func stateOf(r IntervalRecord, job JobRecord, retryWaiting bool) intervalState {
	_, open := job.Deadline()
	st := intervalState{Other: r.Other != nil, JobClosed: job.Status.Closed(), WindowOpen: open, RetryWaiting: retryWaiting}
	switch c := r.Challenge; {
	case r.Root.IsZero():
		st.Phase = phaseUncommitted
	case c != nil && c.State == StateIntent:
		st.Phase = phaseIntent
	case c != nil && c.State == StateFailed:
		st.Phase = phaseFailed
	case c != nil && c.Closed:
		st.Phase = phaseSettled
	case c != nil:
		st.Phase = phaseChallenged
	case r.Audit != nil && r.Audit.Action == StandDown:
		st.Phase = phaseStoodDown
	case r.Audit != nil && r.Audit.Action == Defer:
		st.Phase = phaseDeferred
	case r.Audit != nil:
		st.Phase = phaseDecided
	case !r.Sampled:
		st.Phase = phaseUnsampled
	case r.UnavailableTries > 0:
		st.Phase = phaseAwaitingEvidence
	default:
		st.Phase = phaseQueued
	}
	return st
}

// eventKind is what happened to an interval.
type eventKind uint8

const (
	evCommitted       eventKind = iota // its root was committed (or the event replayed)
	evRestarted                        // the service started with the interval in its store
	evPickedUp                         // a worker took its task from the queue
	evAudited                          // the audit returned a finding
	evSent                             // our challenge transaction returned
	evDisputedByOther                  // someone else's challenge opened its dispute
	evOtherClosed                      // someone else's dispute on it closed
	evStakeFreed                       // one of our disputes on the job closed
	evRetryDue                         // a scheduled retry came due
	evExpired                          // its deadline passed while it waited for a worker
	evOursOnChain                      // our challenge of it is seen on chain (its event, or asked after a crash)
	evJobClosed                        // the job closed: slashed, settled or cancelled
)

func (k eventKind) String() string {
	names := [...]string{"committed", "restarted", "picked-up", "audited", "sent", "disputed-by-other",
		"other-closed", "stake-freed", "retry-due", "expired", "ours-on-chain", "job-closed"}
	if int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("event(%d)", uint8(k))
}

// sendResult is how a challenge transaction ended.
type sendResult uint8

const (
	sendMined     sendResult = iota // the challenge is on chain
	sendLostRace                    // the interval was decided first (IntervalDecided)
	sendJobClosed                   // the job closed first (InvalidJobStatus, commitment refunded)
	sendFailed                      // a transient failure: nothing is known to have landed
)

// event is one thing that happened to an interval, with what next needs to know about it.
type event struct {
	Kind eventKind
	Now  time.Time
	// evAudited: the outcome and, for unavailable evidence, whether the outage policy confirms
	// it now (Confirm) or wants another audit after Wait.
	Outcome evidence.Outcome
	Confirm bool
	Wait    time.Duration
	// evSent: the result; after a failure, the interval's failures so far and the first delay.
	Sent       sendResult
	Failures   int
	RetryDelay time.Duration
	// evOtherClosed: the dispute ended with a verdict (not a lapse).
	Decided bool
	// evExpired: the job's deadline moved past the task's since it was queued.
	DeadlineMoved bool
}

// stepKind is what the service does next about an interval.
type stepKind uint8

const (
	stepNothing    stepKind = iota
	stepEnqueue             // hand it to the scheduler (the worker reads the store afresh)
	stepAudit               // fetch, verify and replay its evidence
	stepRetryAudit          // audit again at At: the evidence may come back
	stepDecide              // record the finding and decide from fresh chain state
	stepAct                 // decide again on the recorded finding from fresh chain state
	stepResolve             // ask the chain whether our interrupted or failed challenge landed
	stepOpened              // record our challenge as opened
	stepStandDown           // record that someone else's dispute decided it first
	stepDrop                // record that the job closed first; nothing is left to do
	stepRetrySend           // send the challenge again at At
	stepExpire              // give it up: it can no longer be challenged in time
	stepReclaim             // claim our bond: its dispute can no longer be judged
)

func (k stepKind) String() string {
	names := [...]string{"nothing", "enqueue", "audit", "retry-audit", "decide", "act", "resolve",
		"opened", "stand-down", "drop", "retry-send", "expire", "reclaim"}
	if int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("step(%d)", uint8(k))
}

// step is next's answer.
type step struct {
	Kind stepKind
	At   time.Time // stepRetryAudit, stepRetrySend
}

func (s step) String() string {
	if s.At.IsZero() {
		return s.Kind.String()
	}
	return s.Kind.String() + " at " + s.At.UTC().Format(time.RFC3339)
}

// next is the watchtower's per-interval state machine: what to do about an interval in state s
// when e happens.
func next(s intervalState, e event) step {
	awaitingAudit := s.Phase == phaseQueued || s.Phase == phaseAwaitingEvidence
	switch e.Kind {
	case evCommitted:
		// While someone else's dispute stands on it, the interval is audited when that dispute
		// opens (evDisputedByOther) or lapses (evOtherClosed).
		if awaitingAudit && !s.Other && !s.JobClosed {
			return step{Kind: stepEnqueue}
		}
	case evDisputedByOther:
		// A sampled interval someone else disputes is audited, so that a provider's sybil
		// disputing its own tampered interval and naming an honest step cannot have it judged
		// Honest past us. An unsampled one is not: this watchtower would never have caught it,
		// so the sybil gains nothing there, and auditing every disputed interval would let a
		// provider's sybils (whose conceded bonds go back to the provider) crowd the sampled
		// intervals out of the queue until their deadlines pass.
		if awaitingAudit && !s.JobClosed {
			return step{Kind: stepEnqueue}
		}
	case evOtherClosed:
		// A lapse frees the interval: audit it if we skipped it for that dispute, or decide again
		// if we stood down on a bad finding. A verdict decided it for good.
		if !e.Decided && !s.JobClosed && (awaitingAudit || s.Phase == phaseStoodDown) {
			return step{Kind: stepEnqueue}
		}
	case evStakeFreed:
		if s.Phase == phaseDeferred && !s.JobClosed {
			return step{Kind: stepEnqueue}
		}
	case evRetryDue:
		return step{Kind: stepEnqueue} // the worker asks the chain or audits again
	case evRestarted:
		switch {
		case s.Phase == phaseIntent && s.WindowOpen && !s.JobClosed:
			// A worker resolves it: one may be sending this very challenge for an event handled
			// before the service started.
			return step{Kind: stepEnqueue}
		case s.Phase == phaseIntent:
			return step{Kind: stepResolve}
		case s.JobClosed:
		case s.Phase == phaseFailed:
			return step{Kind: stepEnqueue} // tried again by a worker, which asks the chain first
		case awaitingAudit && !s.Other, (s.Phase == phaseStoodDown || s.Phase == phaseDeferred) && !s.Other:
			return step{Kind: stepEnqueue}
		}
	case evPickedUp:
		switch {
		case s.Phase == phaseUncommitted, s.Phase == phaseUnsampled:
			// Gone by a reorg (a new commitment is queued on its own), or not sampled.
		case s.Phase == phaseIntent:
			// Only a previous process leaves an intent for a task to find: within one, the task
			// that records an intent resolves it before it ends.
			return step{Kind: stepResolve}
		case s.Phase == phaseFailed && !s.JobClosed:
			if s.RetryWaiting {
				return step{} // its retry is not due yet
			}
			return step{Kind: stepResolve}
		case s.JobClosed, s.Phase == phaseFailed, s.Phase == phaseChallenged, s.Phase == phaseSettled:
		case s.Phase == phaseStoodDown, s.Phase == phaseDeferred:
			return step{Kind: stepAct}
		case s.Phase == phaseDecided:
			// Never replay twice.
		default:
			return step{Kind: stepAudit}
		}
	case evAudited:
		if e.Outcome == evidence.Unavailable && !e.Confirm {
			return step{Kind: stepRetryAudit, At: e.Now.Add(e.Wait)}
		}
		return step{Kind: stepDecide}
	case evSent:
		switch e.Sent {
		case sendMined:
			return step{Kind: stepOpened}
		case sendLostRace:
			return step{Kind: stepStandDown}
		case sendJobClosed:
			return step{Kind: stepDrop}
		case sendFailed:
			return step{Kind: stepRetrySend, At: e.Now.Add(retryDelay(e.RetryDelay, e.Failures))}
		}
	case evOursOnChain:
		if s.Phase != phaseChallenged && s.Phase != phaseSettled {
			return step{Kind: stepOpened}
		}
	case evJobClosed:
		// Once another dispute proved fraud ours can never be judged: it is lapsed and its bond
		// claimed. Settled ones were claimed when their dispute closed.
		if s.Phase == phaseChallenged {
			return step{Kind: stepReclaim}
		}
	case evExpired:
		// A job finalized since the task was queued has a later deadline: the task goes back in.
		if e.DeadlineMoved {
			return step{Kind: stepEnqueue}
		}
		return step{Kind: stepExpire}
	}
	return step{}
}
