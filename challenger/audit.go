package challenger

import (
	"context"
	"math/big"

	"github.com/ovig/ovig/evidence"
)

// AuditRequest names one interval to audit and what the chain says about it.
type AuditRequest struct {
	JobID    *big.Int
	Interval uint64 // k: endpoints k and k+1
	// Start and End are the committed roots of endpoints k and k+1.
	Start, End   evidence.Hash32
	ManifestHash evidence.Hash32
	BoundaryHash evidence.Hash32
	EvidenceURI  string
}

// Finding is an audit's conclusion about one interval (the subset of prover/audit's Finding
// the watchtower records and acts on).
type Finding struct {
	Outcome      evidence.Outcome `json:"outcome"`
	Reason       string           `json:"reason"`
	WorstTensor  string           `json:"worstTensor,omitempty"`
	WorstMetric  string           `json:"worstMetric,omitempty"`
	WorstRatio   float64          `json:"worstRatio"` // distance / bound of the worst tensor
	ReplayDigest evidence.Hash32  `json:"replayDigest"`
}

// Auditor runs the interval audit (prover/audit.Run behind an adapter). It returns an error
// only for its own failures; whatever the provider did wrong is a Finding.
type Auditor interface {
	Audit(ctx context.Context, r AuditRequest) (Finding, error)
}
