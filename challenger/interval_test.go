package challenger

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// Every transition of the per-interval state machine, the adversarial ones included.
func TestNext(t *testing.T) {
	now := time.Unix(1_000_000, 0)
	in := func(p phase) intervalState { return intervalState{Phase: p, WindowOpen: true} }
	other := func(s *intervalState) { s.Other = true }
	closed := func(s *intervalState) { s.JobClosed, s.WindowOpen = true, false }
	shut := func(s *intervalState) { s.WindowOpen = false }
	waiting := func(s *intervalState) { s.RetryWaiting = true }
	ev := func(k eventKind) event { return event{Kind: k, Now: now} }
	nothing, enqueue := step{}, step{Kind: stepEnqueue}
	all := []phase{phaseUncommitted, phaseUnsampled, phaseQueued, phaseAwaitingEvidence, phaseDecided, phaseStoodDown,
		phaseDeferred, phaseIntent, phaseFailed, phaseChallenged, phaseSettled}

	type row struct {
		name  string
		state intervalState
		event event
		want  step
	}
	var rows []row
	// forAll expands one expectation per phase: want[p], nothing where absent.
	forAll := func(name string, mod func(*intervalState), e event, want map[phase]step) {
		for _, p := range all {
			s := in(p)
			if mod != nil {
				mod(&s)
			}
			rows = append(rows, row{fmt.Sprintf("%s/%s", name, p), s, e, want[p]})
		}
	}

	// A commitment queues the sampled intervals still to audit, unless someone else's dispute
	// already stands on it (it is queued when that dispute opens or lapses) or the job closed.
	forAll("committed", nil, ev(evCommitted), map[phase]step{phaseQueued: enqueue, phaseAwaitingEvidence: enqueue})
	forAll("committed, disputed", other, ev(evCommitted), nil)
	forAll("committed, job closed", closed, ev(evCommitted), nil)

	// A provider occupying its own interval with a self-challenge: a sampled interval is queued
	// unless we already have a finding or a challenge on it; an unsampled one is not (a
	// provider's sybils must not be able to crowd the sampled intervals out of the queue).
	forAll("disputed by other", other, ev(evDisputedByOther),
		map[phase]step{phaseQueued: enqueue, phaseAwaitingEvidence: enqueue})
	forAll("disputed by other, job closed", func(s *intervalState) { other(s); closed(s) }, ev(evDisputedByOther), nil)

	// Someone else's dispute lapsing frees the interval; a verdict decides it for good.
	lapsed := ev(evOtherClosed)
	forAll("other lapsed", nil, lapsed,
		map[phase]step{phaseQueued: enqueue, phaseAwaitingEvidence: enqueue, phaseStoodDown: enqueue})
	decided := ev(evOtherClosed)
	decided.Decided = true
	forAll("other decided", nil, decided, nil)
	forAll("other lapsed, job closed", closed, lapsed, nil)

	// One of our disputes on the job closing frees stake for the deferred findings.
	forAll("stake freed", nil, ev(evStakeFreed), map[phase]step{phaseDeferred: enqueue})
	forAll("stake freed, job closed", closed, ev(evStakeFreed), nil)

	// A due retry (of a send, or of unavailable evidence) goes back to a worker.
	forAll("retry due", nil, ev(evRetryDue), map[phase]step{
		phaseUncommitted: enqueue, phaseUnsampled: enqueue, phaseQueued: enqueue, phaseAwaitingEvidence: enqueue,
		phaseDecided: enqueue, phaseStoodDown: enqueue, phaseDeferred: enqueue, phaseIntent: enqueue,
		phaseFailed: enqueue, phaseChallenged: enqueue, phaseSettled: enqueue,
	})

	// A restart requeues unfinished work; an interrupted challenge is resolved by a worker
	// while the job can be challenged, at once otherwise.
	restartWant := map[phase]step{phaseQueued: enqueue, phaseAwaitingEvidence: enqueue, phaseStoodDown: enqueue,
		phaseDeferred: enqueue, phaseIntent: enqueue, phaseFailed: enqueue}
	forAll("restarted", nil, ev(evRestarted), restartWant)
	forAll("restarted, disputed", other, ev(evRestarted), map[phase]step{phaseIntent: enqueue, phaseFailed: enqueue})
	forAll("restarted, window shut", shut, ev(evRestarted), map[phase]step{phaseQueued: enqueue, phaseAwaitingEvidence: enqueue,
		phaseStoodDown: enqueue, phaseDeferred: enqueue, phaseIntent: {Kind: stepResolve}, phaseFailed: enqueue})
	forAll("restarted, job closed", closed, ev(evRestarted), map[phase]step{phaseIntent: {Kind: stepResolve}})

	// A worker audits what was never audited, decides again what stood down or was deferred,
	// asks the chain about an interrupted or failed challenge, and never replays twice.
	pickWant := map[phase]step{phaseQueued: {Kind: stepAudit}, phaseAwaitingEvidence: {Kind: stepAudit},
		phaseStoodDown: {Kind: stepAct}, phaseDeferred: {Kind: stepAct},
		phaseIntent: {Kind: stepResolve}, phaseFailed: {Kind: stepResolve}}
	forAll("picked up", nil, ev(evPickedUp), pickWant)
	// Only sampled intervals are audited: a disputed unsampled one is queued, then dropped here.
	forAll("picked up, disputed", other, ev(evPickedUp), pickWant)
	forAll("picked up, retry waiting", waiting, ev(evPickedUp), map[phase]step{phaseQueued: {Kind: stepAudit},
		phaseAwaitingEvidence: {Kind: stepAudit}, phaseStoodDown: {Kind: stepAct}, phaseDeferred: {Kind: stepAct},
		phaseIntent: {Kind: stepResolve}})
	forAll("picked up, job closed", closed, ev(evPickedUp), map[phase]step{phaseIntent: {Kind: stepResolve}})

	// Unavailable evidence is audited again until the outage policy confirms it; evidence that
	// came back is decided on like any finding.
	for _, o := range []evidence.Outcome{evidence.Honest, evidence.Fraud, evidence.Invalid, evidence.Malformed} {
		e := ev(evAudited)
		e.Outcome = o
		rows = append(rows, row{"audited " + o.String(), in(phaseQueued), e, step{Kind: stepDecide}})
		rows = append(rows, row{"evidence recovered, audited " + o.String(), in(phaseAwaitingEvidence), e, step{Kind: stepDecide}})
	}
	down := ev(evAudited)
	down.Outcome, down.Wait = evidence.Unavailable, 30*time.Second
	rows = append(rows,
		row{"unavailable, not confirmed", in(phaseQueued), down, step{Kind: stepRetryAudit, At: now.Add(30 * time.Second)}},
		row{"still unavailable, not confirmed", in(phaseAwaitingEvidence), down, step{Kind: stepRetryAudit, At: now.Add(30 * time.Second)}})
	down.Confirm = true
	rows = append(rows, row{"unavailable, confirmed", in(phaseAwaitingEvidence), down, step{Kind: stepDecide}})

	// Sending: mined, a lost race (someone else's dispute decided the interval first), the job
	// closed mid-send, and transient failures retried with a doubling delay.
	sent := func(r sendResult, failures int) event {
		e := ev(evSent)
		e.Sent, e.Failures, e.RetryDelay = r, failures, 10*time.Second
		return e
	}
	rows = append(rows,
		row{"sent, mined", in(phaseIntent), sent(sendMined, 0), step{Kind: stepOpened}},
		row{"sent, lost race", in(phaseIntent), sent(sendLostRace, 0), step{Kind: stepStandDown}},
		row{"sent, job closed mid-send", in(phaseIntent), sent(sendJobClosed, 0), step{Kind: stepDrop}},
		row{"sent, failed once", in(phaseIntent), sent(sendFailed, 1), step{Kind: stepRetrySend, At: now.Add(10 * time.Second)}},
		row{"sent, failed thrice", in(phaseIntent), sent(sendFailed, 3), step{Kind: stepRetrySend, At: now.Add(40 * time.Second)}},
		row{"sent, failed often", in(phaseIntent), sent(sendFailed, 30), step{Kind: stepRetrySend, At: now.Add(MaxRetryDelay)}},
	)

	// Our challenge seen on chain (its event, or found after a crash) is recorded as opened once.
	onChain := map[phase]step{}
	for _, p := range all {
		if p != phaseChallenged && p != phaseSettled {
			onChain[p] = step{Kind: stepOpened}
		}
	}
	forAll("ours on chain", nil, ev(evOursOnChain), onChain)

	// A closed job's open disputes of ours can never be judged: their bonds are claimed.
	forAll("job closed", closed, ev(evJobClosed), map[phase]step{phaseChallenged: {Kind: stepReclaim}})

	// A task whose deadline passed in the queue goes back in if the job was finalized since
	// (its deadline moved to the window's end), and is given up otherwise.
	moved := ev(evExpired)
	moved.DeadlineMoved = true
	rows = append(rows,
		row{"expired, deadline moved", in(phaseQueued), moved, enqueue},
		row{"expired", in(phaseQueued), ev(evExpired), step{Kind: stepExpire}},
		row{"unknown event", in(phaseQueued), event{Kind: 200}, nothing},
	)

	for _, r := range rows {
		if got := next(r.state, r.event); got != r.want {
			t.Errorf("%s: next(%+v, %s) = %s, want %s", r.name, r.state, r.event.Kind, got, r.want)
		}
	}
}

// stateOf derives the phase from the stored record, the challenge first.
func TestStateOf(t *testing.T) {
	root := evidence.Hash32{1}
	audited := func(a Action) *AuditRecord { return &AuditRecord{Action: a} }
	open := JobRecord{Status: chain.StatusAccepted, FinalizeBy: 100}
	for _, c := range []struct {
		rec  IntervalRecord
		want phase
	}{
		{IntervalRecord{}, phaseUncommitted},
		{IntervalRecord{Root: root}, phaseUnsampled},
		{IntervalRecord{Root: root, Sampled: true}, phaseQueued},
		{IntervalRecord{Root: root, Sampled: true, UnavailableTries: 2}, phaseAwaitingEvidence},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(Ignore)}, phaseDecided},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(Alert)}, phaseDecided},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(StandDown)}, phaseStoodDown},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(Defer)}, phaseDeferred},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(Challenge), Challenge: &ChallengeRecord{State: StateIntent}}, phaseIntent},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(Challenge), Challenge: &ChallengeRecord{State: StateFailed}}, phaseFailed},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(Challenge), Challenge: &ChallengeRecord{State: StateOpened, ChallengeID: big.NewInt(1)}}, phaseChallenged},
		{IntervalRecord{Root: root, Sampled: true, Audit: audited(Challenge), Challenge: &ChallengeRecord{State: StateOpened, ChallengeID: big.NewInt(1), Closed: true}}, phaseSettled},
	} {
		if got := stateOf(c.rec, open, false).Phase; got != c.want {
			t.Errorf("stateOf(%+v) = %s, want %s", c.rec, got, c.want)
		}
	}
	st := stateOf(IntervalRecord{Root: root, Other: big.NewInt(7)}, JobRecord{Status: chain.StatusFraudulent}, true)
	if !st.Other || !st.JobClosed || st.WindowOpen || !st.RetryWaiting {
		t.Errorf("flags of a disputed interval of a slashed job with a retry waiting: %+v", st)
	}
	if st := stateOf(IntervalRecord{Root: root}, open, false); st.JobClosed || !st.WindowOpen {
		t.Errorf("flags of an interval of an accepted job: %+v", st)
	}
}
