package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ovig/ovig/bindings"
)

// EventDecoder decodes OvigRegistry logs into this package's event types (JobCreated,
// IntervalsCommitted, ...): services never see the bindings' structs.
type EventDecoder struct {
	reg    *bindings.OvigRegistry
	byID   map[common.Hash]func(*types.Log) (any, error)
	nameOf map[common.Hash]string
}

// decodeAs unpacks a log with a binding's unpacker and converts the result.
func decodeAs[E any](unpack func(*types.Log) (*E, error), conv func(*E) any) func(*types.Log) (any, error) {
	return func(l *types.Log) (any, error) {
		e, err := unpack(l)
		if err != nil {
			return nil, err
		}
		return conv(e), nil
	}
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
	add("JobCreated", decodeAs(reg.UnpackJobCreatedEvent, func(e *bindings.OvigRegistryJobCreated) any {
		return JobCreated{JobID: e.JobId, Owner: e.Owner, Provider: e.Provider, Payment: e.Payment, ManifestHash: e.Params.ManifestHash, TotalSteps: e.Params.TotalSteps, Stride: e.Params.Stride}
	}))
	add("JobAccepted", decodeAs(reg.UnpackJobAcceptedEvent, func(e *bindings.OvigRegistryJobAccepted) any {
		return JobAccepted{JobID: e.JobId, Provider: e.Provider, Bond: e.Bond, EvidenceURI: e.EvidenceURI}
	}))
	add("IntervalsCommitted", decodeAs(reg.UnpackIntervalsCommittedEvent, func(e *bindings.OvigRegistryIntervalsCommitted) any {
		return IntervalsCommitted{JobID: e.JobId, Batch: BatchRef{Index: e.BatchIndex.Uint64(), First: e.FirstIndex, Roots: e.Roots}}
	}))
	add("JobFinalized", decodeAs(reg.UnpackJobFinalizedEvent, func(e *bindings.OvigRegistryJobFinalized) any {
		return JobFinalized{JobID: e.JobId, FinalModelHash: e.FinalModelHash, FinalizedAt: e.FinalizedAt, WindowEnd: e.WindowEnd}
	}))
	add("ChallengeCommitted", decodeAs(reg.UnpackChallengeCommittedEvent, func(e *bindings.OvigRegistryChallengeCommitted) any {
		return ChallengeCommitted{Challenger: e.Challenger, Commitment: e.Commitment, Bond: e.Bond, RevealBy: e.RevealBy}
	}))
	add("DisputeOpened", decodeAs(reg.UnpackDisputeOpenedEvent, func(e *bindings.OvigRegistryDisputeOpened) any {
		return DisputeOpened{JobID: e.JobId, DisputeID: e.DisputeId, Interval: e.Interval, Endpoint: e.Endpoint, Root: e.Root, Deadline: e.Deadline}
	}))
	add("ChallengeOpened", decodeAs(reg.UnpackChallengeOpenedEvent, func(e *bindings.OvigRegistryChallengeOpened) any {
		return ChallengeOpened{JobID: e.JobId, ChallengeID: e.ChallengeId, DisputeID: e.DisputeId, Challenger: e.Challenger, Interval: e.Interval, CommitBlock: e.CommitBlock}
	}))
	add("DisputeResolved", decodeAs(reg.UnpackDisputeResolvedEvent, func(e *bindings.OvigRegistryDisputeResolved) any {
		return DisputeResolved{JobID: e.JobId, DisputeID: e.DisputeId, Interval: e.Interval, Outcome: e.Outcome, Distance: e.Distance, Boundary: e.Boundary, ReplayDigest: e.ReplayDigest, Signers: e.Signers}
	}))
	add("JobSlashed", decodeAs(reg.UnpackJobSlashedEvent, func(e *bindings.OvigRegistryJobSlashed) any {
		return JobSlashed{JobID: e.JobId, DisputeID: e.DisputeId, Leader: e.Leader, ChallengerReward: e.ChallengerReward, OwnerRefund: e.OwnerRefund}
	}))
	add("DisputeLapsed", decodeAs(reg.UnpackDisputeLapsedEvent, func(e *bindings.OvigRegistryDisputeLapsed) any {
		return DisputeLapsed{JobID: e.JobId, DisputeID: e.DisputeId, Interval: e.Interval}
	}))
	add("StepsCommitted", decodeAs(reg.UnpackStepsCommittedEvent, func(e *bindings.OvigRegistryStepsCommitted) any {
		return StepsCommitted{JobID: e.JobId, DisputeID: e.DisputeId, Interval: e.Interval, StepRoot: e.StepRoot}
	}))
	add("StepNamed", decodeAs(reg.UnpackStepNamedEvent, func(e *bindings.OvigRegistryStepNamed) any {
		return StepNamed{JobID: e.JobId, DisputeID: e.DisputeId, ChallengeID: e.ChallengeId, Challenger: e.Challenger, Step: e.Step}
	}))
	add("DisputeTimedOut", decodeAs(reg.UnpackDisputeTimedOutEvent, func(e *bindings.OvigRegistryDisputeTimedOut) any {
		return DisputeTimedOut{JobID: e.JobId, DisputeID: e.DisputeId, Interval: e.Interval, Outcome: e.Outcome}
	}))
	add("ChallengeClaimed", decodeAs(reg.UnpackChallengeClaimedEvent, func(e *bindings.OvigRegistryChallengeClaimed) any {
		return ChallengeClaimed{JobID: e.JobId, ChallengeID: e.ChallengeId, Challenger: e.Challenger, Refund: e.Refund, ToProvider: e.ToProvider, ToArbiters: e.ToArbiters}
	}))
	add("CommitmentForfeited", decodeAs(reg.UnpackCommitmentForfeitedEvent, func(e *bindings.OvigRegistryCommitmentForfeited) any {
		return CommitmentForfeited{Challenger: e.Challenger, Commitment: e.Commitment, Bond: e.Bond}
	}))
	add("CommitmentRefunded", decodeAs(reg.UnpackCommitmentRefundedEvent, func(e *bindings.OvigRegistryCommitmentRefunded) any {
		return CommitmentRefunded{Challenger: e.Challenger, Commitment: e.Commitment, JobID: e.JobId, Bond: e.Bond}
	}))
	add("JobSettled", decodeAs(reg.UnpackJobSettledEvent, func(e *bindings.OvigRegistryJobSettled) any {
		return JobSettled{JobID: e.JobId, Provider: e.Provider, Amount: e.Amount}
	}))
	add("JobCancelled", decodeAs(reg.UnpackJobCancelledEvent, func(e *bindings.OvigRegistryJobCancelled) any {
		return JobCancelled{JobID: e.JobId, Owner: e.Owner, Refund: e.Refund, ProviderRefund: e.ProviderRefund}
	}))
	add("Withdrawn", decodeAs(reg.UnpackWithdrawnEvent, func(e *bindings.OvigRegistryWithdrawn) any { return Withdrawn{Account: e.Account, Amount: e.Amount} }))
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

// Decode decodes one registry log into its event type (a value, e.g. JobSettled).
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

// IntervalsCommitted is one committed batch of endpoint roots.
type IntervalsCommitted struct {
	JobID *big.Int
	Batch BatchRef
}

// JobCreated: an owner escrowed a job's payment (createJob).
type JobCreated struct {
	JobID              *big.Int
	Owner              common.Address
	Provider           common.Address
	Payment            *big.Int
	ManifestHash       [32]byte
	TotalSteps, Stride uint64
}

// JobAccepted: the provider accepted the job with its bond and evidence server.
type JobAccepted struct {
	JobID       *big.Int
	Provider    common.Address
	Bond        *big.Int
	EvidenceURI string
}

// JobFinalized: the provider posted the final model; the challenge window runs to WindowEnd.
type JobFinalized struct {
	JobID          *big.Int
	FinalModelHash [32]byte
	FinalizedAt    uint64
	WindowEnd      uint64
}

// ChallengeCommitted: a challenger committed to a challenge it must reveal by RevealBy.
type ChallengeCommitted struct {
	Challenger common.Address
	Commitment [32]byte
	Bond       *big.Int
	RevealBy   uint64
}

// DisputeOpened: the first revealed challenge on an interval opened its dispute.
type DisputeOpened struct {
	JobID     *big.Int
	DisputeID *big.Int
	Interval  uint64
	Endpoint  uint64
	Root      [32]byte
	Deadline  uint64
}

// ChallengeOpened: a challenger stands on a dispute.
type ChallengeOpened struct {
	JobID       *big.Int
	ChallengeID *big.Int
	DisputeID   *big.Int
	Challenger  common.Address
	Interval    uint64
	CommitBlock uint64
}

// DisputeResolved: a verdict (or a timeout, with no signers) decided a dispute.
type DisputeResolved struct {
	JobID        *big.Int
	DisputeID    *big.Int
	Interval     uint64
	Outcome      uint8
	Distance     *big.Int
	Boundary     *big.Int
	ReplayDigest [32]byte
	Signers      uint16
}

// JobSlashed: a Fraud or Unavailable verdict slashed the provider's bond.
type JobSlashed struct {
	JobID            *big.Int
	DisputeID        *big.Int
	Leader           common.Address
	ChallengerReward *big.Int
	OwnerRefund      *big.Int
}

// DisputeLapsed: a dispute passed its arbitration deadline without a verdict.
type DisputeLapsed struct {
	JobID     *big.Int
	DisputeID *big.Int
	Interval  uint64
}

// ChallengeClaimed: a challenger's bond (and reward) was paid out on a closed dispute.
type ChallengeClaimed struct {
	JobID       *big.Int
	ChallengeID *big.Int
	Challenger  common.Address
	Refund      *big.Int
	ToProvider  *big.Int
	ToArbiters  *big.Int
}

// CommitmentForfeited: a commitment not revealed in time lost its bond.
type CommitmentForfeited struct {
	Challenger common.Address
	Commitment [32]byte
	Bond       *big.Int
}

// CommitmentRefunded: a commitment that could no longer be revealed got its bond back.
type CommitmentRefunded struct {
	Challenger common.Address
	Commitment [32]byte
	JobID      *big.Int
	Bond       *big.Int
}

// JobSettled: the window closed without fraud and the provider was paid.
type JobSettled struct {
	JobID    *big.Int
	Provider common.Address
	Amount   *big.Int
}

// JobCancelled: the job ended without training (not accepted or not finalized in time).
type JobCancelled struct {
	JobID          *big.Int
	Owner          common.Address
	Refund         *big.Int
	ProviderRefund *big.Int
}

// Withdrawn: an account pulled its credits.
type Withdrawn struct {
	Account common.Address
	Amount  *big.Int
}
