package arbiter

import (
	"fmt"
	"math"
	"math/big"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/audit"
)

// Dispute is an interval's dispute as the registry records it, with its job's boundary hash.
type Dispute struct {
	JobID, DisputeID *big.Int
	Interval         uint64 // k: the challenges name endpoint k+1
	Root             [32]byte
	StepRoot         [32]byte // the provider's step tree, once it responded
	BoundaryHash     [32]byte
	Deadline         uint64 // inclusive arbitration deadline, unix seconds
}

// Decide turns the finding about step f.Step of the dispute's interval into the verdict every
// honest arbiter signs for d. It is a pure function of its inputs, so arbiters that replayed
// the same evidence under the same profile produce byte-identical verdicts (and digests).
func Decide(d Dispute, sf audit.StepFinding) (chain.Verdict, error) {
	f := sf.Finding
	if d.JobID == nil || d.DisputeID == nil {
		return chain.Verdict{}, fmt.Errorf("decide dispute: job and dispute ids are required")
	}
	outcome, err := chain.VerdictOutcome(f.Outcome)
	if err != nil {
		return chain.Verdict{}, fmt.Errorf("decide dispute %s: %w", d.DisputeID, err)
	}
	distance, bound := chain.ToFixed18(f.Worst.Distance), chain.ToFixed18(f.Worst.Bound)
	if outcome == chain.OutcomeFraud && distance.Cmp(bound) <= 0 {
		// Fraud found by an identity check (endpoint 0 against the manifest, say), not by a
		// distance: report it beyond every boundary, as the registry requires of Fraud.
		distance = chain.ToFixed18(math.Inf(1))
	}
	return chain.Verdict{
		JobID:        new(big.Int).Set(d.JobID),
		DisputeID:    new(big.Int).Set(d.DisputeID),
		Interval:     d.Interval,
		Root:         d.Root,
		StepRoot:     d.StepRoot,
		Step:         sf.Step,
		BoundaryHash: d.BoundaryHash,
		Outcome:      outcome,
		Distance:     distance,
		Boundary:     bound,
		ReplayDigest: f.ReplayDigest,
	}, nil
}
