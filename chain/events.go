package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ovig/ovig/bindings"
)

// EventDecoder decodes OvigRegistry logs into the bindings' event structs
// (*bindings.OvigRegistryJobCreated, *bindings.OvigRegistryIntervalsCommitted, ...).
type EventDecoder struct {
	reg    *bindings.OvigRegistry
	byID   map[common.Hash]func(*types.Log) (any, error)
	nameOf map[common.Hash]string
}

// NewEventDecoder returns a decoder for every OvigRegistry event.
func NewEventDecoder() *EventDecoder {
	reg := bindings.NewOvigRegistry()
	d := &EventDecoder{reg: reg, byID: map[common.Hash]func(*types.Log) (any, error){}, nameOf: map[common.Hash]string{}}
	add := func(name string, f func(*types.Log) (any, error)) {
		id := reg.GetABI().Events[name].ID
		d.byID[id] = f
		d.nameOf[id] = name
	}
	add("JobCreated", func(l *types.Log) (any, error) { return reg.UnpackJobCreatedEvent(l) })
	add("JobAccepted", func(l *types.Log) (any, error) { return reg.UnpackJobAcceptedEvent(l) })
	add("IntervalsCommitted", func(l *types.Log) (any, error) { return reg.UnpackIntervalsCommittedEvent(l) })
	add("JobFinalized", func(l *types.Log) (any, error) { return reg.UnpackJobFinalizedEvent(l) })
	add("ChallengeCommitted", func(l *types.Log) (any, error) { return reg.UnpackChallengeCommittedEvent(l) })
	add("DisputeOpened", func(l *types.Log) (any, error) { return reg.UnpackDisputeOpenedEvent(l) })
	add("ChallengeOpened", func(l *types.Log) (any, error) { return reg.UnpackChallengeOpenedEvent(l) })
	add("DisputeResolved", func(l *types.Log) (any, error) { return reg.UnpackDisputeResolvedEvent(l) })
	add("JobSlashed", func(l *types.Log) (any, error) { return reg.UnpackJobSlashedEvent(l) })
	add("DisputeLapsed", func(l *types.Log) (any, error) { return reg.UnpackDisputeLapsedEvent(l) })
	add("StepsCommitted", func(l *types.Log) (any, error) { return reg.UnpackStepsCommittedEvent(l) })
	add("StepNamed", func(l *types.Log) (any, error) { return reg.UnpackStepNamedEvent(l) })
	add("DisputeTimedOut", func(l *types.Log) (any, error) { return reg.UnpackDisputeTimedOutEvent(l) })
	add("ChallengeClaimed", func(l *types.Log) (any, error) { return reg.UnpackChallengeClaimedEvent(l) })
	add("CommitmentForfeited", func(l *types.Log) (any, error) { return reg.UnpackCommitmentForfeitedEvent(l) })
	add("CommitmentRefunded", func(l *types.Log) (any, error) { return reg.UnpackCommitmentRefundedEvent(l) })
	add("JobSettled", func(l *types.Log) (any, error) { return reg.UnpackJobSettledEvent(l) })
	add("JobCancelled", func(l *types.Log) (any, error) { return reg.UnpackJobCancelledEvent(l) })
	add("Withdrawn", func(l *types.Log) (any, error) { return reg.UnpackWithdrawnEvent(l) })
	return d
}

// Topic is the topic0 of the named event (zero for an unknown name).
func (d *EventDecoder) Topic(name string) common.Hash {
	return d.reg.GetABI().Events[name].ID
}

// Name is the event name of a log, empty if the log is not a registry event.
func (d *EventDecoder) Name(l *types.Log) string {
	if len(l.Topics) == 0 {
		return ""
	}
	return d.nameOf[l.Topics[0]]
}

// Decode decodes one registry log. The returned struct's Raw points at a copy of l.
func (d *EventDecoder) Decode(l types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("log %s#%d: no topics", l.TxHash, l.Index)
	}
	f, ok := d.byID[l.Topics[0]]
	if !ok {
		return nil, fmt.Errorf("log %s#%d: unknown event %s", l.TxHash, l.Index, l.Topics[0])
	}
	ev, err := f(&l)
	if err != nil {
		return nil, fmt.Errorf("log %s#%d: decode %s: %w", l.TxHash, l.Index, d.nameOf[l.Topics[0]], err)
	}
	return ev, nil
}

// StepsCommitted is the provider's response to a dispute: the root over the interval's s+1
// state roots.
type StepsCommitted struct {
	JobID, DisputeID *big.Int
	Interval         uint64
	StepRoot         [32]byte
}

// StepNamed is a challenger naming, for its challenge, the step (the transition from state Step
// to state Step+1) that it holds is not an honest training step.
type StepNamed struct {
	JobID, DisputeID, ChallengeID *big.Int
	Challenger                    common.Address
	Step                          uint64
}

// DisputeTimedOut is a dispute decided without arbiters: OutcomeUnavailable (no response by
// respondBy) or OutcomeHonest (responded, nothing named by nameBy). A DisputeResolved event with
// no signers follows it in the same transaction.
type DisputeTimedOut struct {
	JobID, DisputeID *big.Int
	Interval         uint64
	Outcome          uint8
}

// StepsCommittedFromEvent is the domain form of a StepsCommitted log.
func StepsCommittedFromEvent(ev *bindings.OvigRegistryStepsCommitted) StepsCommitted {
	return StepsCommitted{JobID: ev.JobId, DisputeID: ev.DisputeId, Interval: ev.Interval, StepRoot: ev.StepRoot}
}

// StepNamedFromEvent is the domain form of a StepNamed log.
func StepNamedFromEvent(ev *bindings.OvigRegistryStepNamed) StepNamed {
	return StepNamed{JobID: ev.JobId, DisputeID: ev.DisputeId, ChallengeID: ev.ChallengeId, Challenger: ev.Challenger, Step: ev.Step}
}

// DisputeTimedOutFromEvent is the domain form of a DisputeTimedOut log.
func DisputeTimedOutFromEvent(ev *bindings.OvigRegistryDisputeTimedOut) DisputeTimedOut {
	return DisputeTimedOut{JobID: ev.JobId, DisputeID: ev.DisputeId, Interval: ev.Interval, Outcome: ev.Outcome}
}

// DomainEvent converts a decoded step-level event (EventDecoder.Decode, Event.Value) to its
// domain type: StepsCommitted, StepNamed or DisputeTimedOut; ok is false for any other value.
func DomainEvent(v any) (ev any, ok bool) {
	switch e := v.(type) {
	case *bindings.OvigRegistryStepsCommitted:
		return StepsCommittedFromEvent(e), true
	case *bindings.OvigRegistryStepNamed:
		return StepNamedFromEvent(e), true
	case *bindings.OvigRegistryDisputeTimedOut:
		return DisputeTimedOutFromEvent(e), true
	}
	return nil, false
}

// BatchFromEvent is the batch an IntervalsCommitted event announces.
func BatchFromEvent(ev *bindings.OvigRegistryIntervalsCommitted) BatchRef {
	return BatchRef{Index: ev.BatchIndex.Uint64(), First: ev.FirstIndex, Roots: ev.Roots}
}
