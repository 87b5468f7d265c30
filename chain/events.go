package chain

import (
	"fmt"

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

// BatchFromEvent is the batch an IntervalsCommitted event announces.
func BatchFromEvent(ev *bindings.OvigRegistryIntervalsCommitted) BatchRef {
	return BatchRef{Index: ev.BatchIndex.Uint64(), First: ev.FirstIndex, Roots: ev.Roots}
}
