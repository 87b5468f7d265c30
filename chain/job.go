package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/bindings"
)

// JobStatus is the registry's JobStatus enum (docs/protocol.md).
type JobStatus uint8

// Job statuses, numbered as on chain. Fraudulent, Settled and Cancelled are final.
const (
	StatusNone JobStatus = iota
	StatusCreated
	StatusAccepted
	StatusFinalized
	StatusFraudulent
	StatusSettled
	StatusCancelled
)

func (s JobStatus) String() string {
	names := [...]string{"None", "Created", "Accepted", "Finalized", "Fraudulent", "Settled", "Cancelled"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Closed reports whether the job can no longer be challenged or change hands.
func (s JobStatus) Closed() bool { return s >= StatusFraudulent }

// Job is the registry's view of one job (getJob), the form every service reads.
type Job struct {
	Owner, Provider    common.Address
	Status             JobStatus
	ManifestHash       [32]byte
	TotalSteps, Stride uint64
	Intervals          uint64
	BoundaryHash       [32]byte
	AcceptBy           uint64 // chain time by which the provider must accept
	FinalizeBy         uint64
	ChallengeWindow    uint64
	ArbitrationWindow  uint64
	FinalizedAt        uint64
	WindowEnd          uint64 // end of the challenge window (0 before finalize)
	Payment, Escrow    *big.Int
	ProviderBond       *big.Int // the bond the job requires
	ProviderBondHeld   *big.Int // what is left of the bond the provider posted
	ChallengerBond     *big.Int
	CommittedEndpoints uint64
	BatchCount         uint64
	OpenDisputes       uint64
	Threshold          uint8
	ArbiterCount       uint8
	EvidenceURI        string
	FinalModelHash     [32]byte
}

func jobOf(v bindings.JobView) Job {
	return Job{
		Owner: v.Owner, Provider: v.Provider, Status: JobStatus(v.Status), ManifestHash: v.ManifestHash,
		TotalSteps: v.TotalSteps, Stride: v.Stride, Intervals: v.Intervals, BoundaryHash: v.BoundaryHash,
		AcceptBy: v.AcceptBy, FinalizeBy: v.FinalizeBy, ChallengeWindow: v.ChallengeWindow,
		ArbitrationWindow: v.ArbitrationWindow, FinalizedAt: v.FinalizedAt, WindowEnd: v.WindowEnd,
		Payment: v.Payment, Escrow: v.Escrow, ProviderBond: v.ProviderBond, ProviderBondHeld: v.ProviderBondHeld,
		ChallengerBond: v.ChallengerBond, CommittedEndpoints: v.CommittedEndpoints, BatchCount: v.BatchCount,
		OpenDisputes: v.OpenDisputes, Threshold: v.Threshold, ArbiterCount: v.ArbiterCount,
		EvidenceURI: v.EvidenceURI, FinalModelHash: v.FinalModelHash,
	}
}
