package arbiter

import (
	"fmt"
	"math/big"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/prover/audit"
)

// Dispute is a challenge as the registry records it.
type Dispute struct {
	JobID, ChallengeID *big.Int
	Interval           uint64 // k: the challenge names endpoint k+1
	Root               [32]byte
	Deadline           uint64 // inclusive arbitration deadline, unix seconds
}

// Decide turns an audit finding into the verdict every honest arbiter signs for d. It is a
// pure function of its inputs, so arbiters that replayed the same evidence under the same
// profile produce byte-identical verdicts (and digests).
func Decide(d Dispute, f audit.Finding) (chain.Verdict, error) {
	if d.JobID == nil || d.ChallengeID == nil {
		return chain.Verdict{}, fmt.Errorf("decide challenge: job and challenge ids are required")
	}
	outcome, err := f.Outcome.Chain()
	if err != nil {
		return chain.Verdict{}, fmt.Errorf("decide challenge %s: %w", d.ChallengeID, err)
	}
	return chain.Verdict{
		JobID:        new(big.Int).Set(d.JobID),
		ChallengeID:  new(big.Int).Set(d.ChallengeID),
		Interval:     d.Interval,
		Root:         d.Root,
		Outcome:      outcome,
		Distance:     chain.ToFixed18(f.Worst.Distance),
		Boundary:     chain.ToFixed18(f.Worst.Bound),
		ReplayDigest: f.ReplayDigest,
	}, nil
}
