package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/bindings"
)

// DisputeStatus is the registry's DisputeStatus enum (docs/protocol.md); 0 is an unknown id.
type DisputeStatus uint8

// Dispute statuses, numbered as on chain.
const (
	DisputeStatusOpen DisputeStatus = iota + 1
	DisputeStatusResolved
	DisputeStatusLapsed
)

// Dispute is one interval's case on chain, narrowed to single steps: any number of challenges
// stand on it; the provider responds by RespondBy with the root over its s+1 per-step state
// roots; challengers name steps by NameBy; one verdict on a named step, or a timeout, decides
// them all.
type Dispute struct {
	ID, JobID  *big.Int
	Interval   uint64
	Deadline   uint64 // inclusive arbitration deadline (chain time): openedAt + W
	Status     DisputeStatus
	Outcome    uint8 // the verdict once resolved (OutcomeFraud, ...), 0 before
	Root       [32]byte
	Leader     common.Address // the challenger with the earliest commitment
	Challenges uint32
	StartRoot  [32]byte // endpoint Interval's root, proven by the response (0 before)
	StepRoot   [32]byte // the response: tree over the interval's s+1 state roots (0 before)
	RespondBy  uint64   // inclusive: openedAt + W/4
	NameBy     uint64   // inclusive: openedAt + W/2
	Responded  bool
	StepsNamed uint32         // distinct steps named so far
	Rewarded   common.Address // who got the challenger share of a slash (zero unless slashed)
}

// Open reports whether the dispute still waits for a verdict.
func (d Dispute) Open() bool { return d.Status == DisputeStatusOpen }

// Stand is one challenger's bonded challenge on a dispute.
type Stand struct {
	ID, JobID, DisputeID *big.Int
	Challenger           common.Address
	Interval             uint64
	Claimed              bool
	Step                 uint64 // the step it named (meaningful only if Named)
	Named                bool
}

// Opened is what a revealed challenge produced: the dispute it stands on and its own id.
type Opened struct {
	DisputeID, ChallengeID *big.Int
}

// ChallengeCommitment is the registry's challengeCommitment(challenger, jobId, endpoint, root,
// salt): what a challenger bonds before revealing, bound to its own address.
func ChallengeCommitment(challenger common.Address, jobID *big.Int, endpoint uint64, root, salt [32]byte) [32]byte {
	return crypto.Keccak256Hash(common.LeftPadBytes(challenger[:], 32), word(jobID),
		word(new(big.Int).SetUint64(endpoint)), root[:], salt[:])
}

// ChallengeSalt derives the salt of a challenge from a secret the challenger keeps, so that a
// restarted challenger finds the commitment it made before and an observer cannot tell which
// interval a commitment is about. attempt > 0 gives fresh salts after a commitment expired.
func ChallengeSalt(secret []byte, jobID *big.Int, endpoint uint64, root [32]byte, attempt uint64) [32]byte {
	return crypto.Keccak256Hash([]byte("ovig/challenge-salt/v1"), secret, word(jobID),
		word(new(big.Int).SetUint64(endpoint)), root[:], word(new(big.Int).SetUint64(attempt)))
}

// DisputeOf returns the dispute record (Status 0 for an unknown id).
func (r *Registry) DisputeOf(ctx context.Context, disputeID *big.Int) (Dispute, error) {
	d, err := call(ctx, r, fmt.Sprintf("dispute %v", disputeID), r.abi.PackDisputes(disputeID), r.abi.UnpackDisputes)
	if err != nil {
		return Dispute{}, err
	}
	return Dispute{
		ID: disputeID, JobID: d.JobId, Interval: d.Interval, Deadline: d.Deadline, Status: DisputeStatus(d.Status),
		Outcome: d.Outcome, Root: d.Root, Leader: d.Leader, Challenges: d.Challenges,
		StartRoot: d.StartRoot, StepRoot: d.StepRoot, RespondBy: d.RespondBy, NameBy: d.NameBy,
		Responded: d.Responded, StepsNamed: d.StepsNamed, Rewarded: d.Rewarded,
	}, nil
}

// StandOf returns a challenge record (zero ID for an unknown id).
func (r *Registry) StandOf(ctx context.Context, challengeID *big.Int) (Stand, error) {
	c, err := call(ctx, r, fmt.Sprintf("challenge %v", challengeID), r.abi.PackChallenges(challengeID), r.abi.UnpackChallenges)
	if err != nil {
		return Stand{}, err
	}
	if c.Status == 0 {
		return Stand{}, nil
	}
	return Stand{
		ID: challengeID, JobID: c.JobId, DisputeID: c.DisputeId, Challenger: c.Challenger,
		Interval: c.Interval, Claimed: c.Status == 2, Step: c.Step, Named: c.Named,
	}, nil
}

// OpenDisputeOf returns the open dispute of the job's interval, 0 if none.
func (r *Registry) OpenDisputeOf(ctx context.Context, jobID *big.Int, interval uint64) (*big.Int, error) {
	return call(ctx, r, fmt.Sprintf("open dispute of job %v interval %d", jobID, interval),
		r.abi.PackOpenDisputeOf(jobID, new(big.Int).SetUint64(interval)), r.abi.UnpackOpenDisputeOf)
}

// ChallengeOf returns the id of the challenge that who has on a dispute, 0 if it has none.
func (r *Registry) ChallengeOf(ctx context.Context, disputeID *big.Int, who common.Address) (*big.Int, error) {
	return call(ctx, r, fmt.Sprintf("challenge of %s on dispute %v", who, disputeID),
		r.abi.PackChallengeOf(disputeID, who), r.abi.UnpackChallengeOf)
}

// VerdictDigest asks the contract for the digest arbiters sign (Verdict.Digest computes the
// same locally).
func (r *Registry) VerdictDigest(ctx context.Context, v Verdict) (common.Hash, error) {
	h, err := call(ctx, r, "verdict digest", r.abi.PackVerdictDigest(v.JobID, v.DisputeID, v.Interval, v.Root,
		v.StepRoot, v.Step, v.Outcome, v.Distance, v.Boundary, v.ReplayDigest), r.abi.UnpackVerdictDigest)
	return common.Hash(h), err
}

// maxSaltAttempts bounds the search for a usable commitment; each expired one costs a bond, so
// more than a few means something is badly wrong.
const maxSaltAttempts = 8

// Challenge stands on interval endpoint-1 of the job, proving endpoint's root against the batch
// b that holds it: it bonds a commitment (commitChallenge, with the job's challenger bond), then
// reveals it once the commitment is mined. It is idempotent: if the sender already stands on the
// interval's open dispute it returns that challenge, and a commitment left by an interrupted
// call (same secret) is revealed instead of bonding a new one.
func (r *Registry) Challenge(ctx context.Context, jobID *big.Int, endpoint uint64, b BatchRef, bond *big.Int, secret []byte) (Opened, error) {
	what := fmt.Sprintf("challenge endpoint %d of job %v", endpoint, jobID)
	if r.sender == nil {
		return Opened{}, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	if endpoint == 0 {
		return Opened{}, fmt.Errorf("%s: endpoint 0 closes no interval", what)
	}
	me := r.sender.Address()
	// Bonding a commitment that cannot be revealed loses the bond, so check first what the
	// reveal would check.
	decided, err := call(ctx, r, what, r.abi.PackIntervalOutcome(jobID, new(big.Int).SetUint64(endpoint-1)), r.abi.UnpackIntervalOutcome)
	if err != nil {
		return Opened{}, fmt.Errorf("%s: %w", what, err)
	}
	if decided != 0 {
		return Opened{}, fmt.Errorf("%s: %w", what, &RevertError{Name: "IntervalDecided", Args: []any{endpoint - 1, decided}})
	}
	if open, err := r.OpenDisputeOf(ctx, jobID, endpoint-1); err != nil {
		return Opened{}, fmt.Errorf("%s: %w", what, err)
	} else if open.Sign() != 0 {
		mine, err := r.ChallengeOf(ctx, open, me)
		if err != nil {
			return Opened{}, fmt.Errorf("%s: %w", what, err)
		}
		if mine.Sign() != 0 {
			return Opened{DisputeID: open, ChallengeID: mine}, nil
		}
	}
	if err := r.revealable(ctx, jobID, me, bond); err != nil {
		return Opened{}, fmt.Errorf("%s: %w", what, err)
	}
	opening, err := endpointProof(b, endpoint)
	if err != nil {
		return Opened{}, fmt.Errorf("%s: %w", what, err)
	}
	salt, committedAt, err := r.commitment(ctx, what, me, jobID, endpoint, opening.Root, bond, secret)
	if err != nil {
		return Opened{}, err
	}
	// The registry takes a reveal only in a later block than its commitment.
	if err := r.sender.AwaitBlock(ctx, committedAt); err != nil {
		return Opened{}, fmt.Errorf("%s: %w", what, err)
	}
	data, err := r.abi.TryPackChallenge(jobID, opening, salt)
	if err != nil {
		return Opened{}, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := r.transact(ctx, what, nil, data)
	if err != nil {
		return Opened{}, err
	}
	if _, err := findEvent(r, rcpt, "CommitmentRefunded", r.abi.UnpackCommitmentRefundedEvent); err == nil {
		return Opened{}, fmt.Errorf("%s: %w", what, ErrCommitmentRefunded)
	}
	ev, err := findEvent(r, rcpt, "ChallengeOpened", r.abi.UnpackChallengeOpenedEvent)
	if err != nil {
		return Opened{}, fmt.Errorf("%s: %w", what, err)
	}
	return Opened{DisputeID: ev.DisputeId, ChallengeID: ev.ChallengeId}, nil
}

// endpointProof opens endpoint's committed root against batch b, as challenge and respond take it.
func endpointProof(b BatchRef, endpoint uint64) (bindings.EndpointProof, error) {
	root, err := b.EndpointRoot(endpoint)
	if err != nil {
		return bindings.EndpointProof{}, err
	}
	batchRoot, err := b.Root()
	if err != nil {
		return bindings.EndpointProof{}, err
	}
	proof, err := b.Proof(endpoint)
	if err != nil {
		return bindings.EndpointProof{}, err
	}
	return bindings.EndpointProof{
		Endpoint: endpoint, Root: root, BatchIndex: new(big.Int).SetUint64(b.Index), BatchRoot: batchRoot,
		FirstIndex: b.First, Count: uint64(len(b.Roots)), Proof: proof,
	}, nil
}

// ErrCommitmentRefunded: the job was found fraudulent (through another dispute) between the
// commitment and its reveal; the registry credited the bond back instead of opening a challenge.
var ErrCommitmentRefunded = errors.New("job already slashed: commitment refunded, no challenge opened")

// revealable refuses, as the reveal would, a challenge of the job by me with bond: a commitment
// bonded for it could never be revealed, and its bond would be lost.
func (r *Registry) revealable(ctx context.Context, jobID *big.Int, me common.Address, bond *big.Int) error {
	j, err := r.Job(ctx, jobID)
	if err != nil {
		return err
	}
	if bond == nil || bond.Cmp(j.ChallengerBond) != 0 {
		sent := new(big.Int)
		if bond != nil {
			sent.Set(bond)
		}
		return &RevertError{Name: "WrongValue", Args: []any{j.ChallengerBond, sent}}
	}
	if j.Status != StatusAccepted && j.Status != StatusFinalized {
		return &RevertError{Name: "InvalidJobStatus", Args: []any{jobID, uint8(j.Status)}}
	}
	head, err := r.HeadTime(ctx)
	if err != nil {
		return err
	}
	// The reveal lands in a later block than head.
	if (j.Status == StatusAccepted && head >= j.FinalizeBy) || (j.Status == StatusFinalized && head >= j.WindowEnd) {
		return &RevertError{Name: "ChallengeWindowClosed", Args: []any{jobID}}
	}
	party := me == j.Owner || me == j.Provider
	if !party {
		if party, err = call(ctx, r, "is arbiter", r.abi.PackIsArbiter(jobID, me), r.abi.UnpackIsArbiter); err != nil {
			return err
		}
	}
	if party {
		return &RevertError{Name: "PartyCannotChallenge", Args: []any{me}}
	}
	return nil
}

// commitment finds or makes a live commitment for the challenge and returns its salt and the
// block that holds it.
func (r *Registry) commitment(ctx context.Context, what string, me common.Address, jobID *big.Int, endpoint uint64, root [32]byte, bond *big.Int, secret []byte) ([32]byte, uint64, error) {
	head, err := r.HeadTime(ctx)
	if err != nil {
		return [32]byte{}, 0, fmt.Errorf("%s: %w", what, err)
	}
	for attempt := uint64(0); attempt < maxSaltAttempts; attempt++ {
		salt := ChallengeSalt(secret, jobID, endpoint, root, attempt)
		c := ChallengeCommitment(me, jobID, endpoint, root, salt)
		cm, err := call(ctx, r, "commitment", r.abi.PackCommitments(me, c), r.abi.UnpackCommitments)
		if err != nil {
			return [32]byte{}, 0, fmt.Errorf("%s: %w", what, err)
		}
		switch {
		case cm.BlockNumber == 0:
			data, err := r.abi.TryPackCommitChallenge(c)
			if err != nil {
				return [32]byte{}, 0, fmt.Errorf("%s: %w", what, err)
			}
			rcpt, err := r.transact(ctx, what+": commit", bond, data)
			if err != nil {
				return [32]byte{}, 0, err
			}
			return salt, rcpt.BlockNumber.Uint64(), nil
		case cm.RevealBy >= head+60 && cm.Bond.Cmp(bond) == 0:
			return salt, cm.BlockNumber, nil // left by an interrupted attempt: reveal it
		}
		// Expired (its bond is lost) or bonded with another amount: try the next salt.
	}
	return [32]byte{}, 0, fmt.Errorf("%s: %d commitments already used up", what, maxSaltAttempts)
}

// Resolve submits verdict v, a ruling on the named step v.Step, with arbiter signatures over
// v.Digest; the signatures are put in the order the registry requires (strictly increasing
// signer, one per signer). The registry takes Fraud and Unavailable as soon as they are signed,
// Honest only after the dispute's NameBy.
func (r *Registry) Resolve(ctx context.Context, v Verdict, sigs [][]byte) error {
	what := fmt.Sprintf("resolve dispute %v", v.DisputeID)
	if err := v.Validate(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	ordered, err := OrderSignatures(v.Digest(r.chainID, r.addr), sigs)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	data, err := r.abi.TryPackResolve(v.DisputeID, v.Step, v.Outcome, v.Distance, v.Boundary, v.ReplayDigest, ordered)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	_, err = r.transact(ctx, what, nil, data)
	return err
}

// Respond is the provider's answer to a dispute, by its RespondBy: stepRoot is the tree over the
// interval's s+1 state roots (StepTree), firstProof and lastProof prove its leaf 0 (the root of
// startEndpoint, the dispute's Interval, held by batch start) and its leaf s (the disputed root).
// StepResponse computes all three from the state roots.
func (r *Registry) Respond(ctx context.Context, disputeID *big.Int, stepRoot [32]byte, start BatchRef, startEndpoint uint64, firstProof, lastProof [][32]byte) error {
	what := fmt.Sprintf("respond to dispute %v", disputeID)
	proof, err := endpointProof(start, startEndpoint)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	data, err := r.abi.TryPackRespond(disputeID, stepRoot, proof, firstProof, lastProof)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	_, err = r.transact(ctx, what, nil, data)
	return err
}

// NameStep names, for the sender's challenge challengeID and by the dispute's NameBy, the step
// (the transition from state step to state step+1, step < stride) that it holds is not one
// honest training step. A challenge names at most one step.
func (r *Registry) NameStep(ctx context.Context, challengeID *big.Int, step uint64) error {
	_, err := r.transact(ctx, fmt.Sprintf("name step %d for challenge %v", step, challengeID), nil,
		r.abi.PackNameStep(challengeID, step))
	return err
}

// Timeout decides a dispute without arbiters, by its deadline: Unavailable (the provider is
// slashed, the dispute's leader rewarded) if the provider did not respond by RespondBy, Honest if
// it responded and no step was named by NameBy. Otherwise it reverts CannotTimeout.
func (r *Registry) Timeout(ctx context.Context, disputeID *big.Int) error {
	_, err := r.transact(ctx, fmt.Sprintf("time out dispute %v", disputeID), nil, r.abi.PackTimeout(disputeID))
	return err
}

// StepLeaderOf returns the challenge leading a named step of the dispute (the earliest
// commitment among the step's namers: the one a verdict on that step rewards), 0 if nobody named
// it.
func (r *Registry) StepLeaderOf(ctx context.Context, disputeID *big.Int, step uint64) (*big.Int, error) {
	return call(ctx, r, fmt.Sprintf("leader of step %d of dispute %v", step, disputeID),
		r.abi.PackStepLeaderOf(disputeID, step), r.abi.UnpackStepLeaderOf)
}

// Lapse closes a dispute that got no verdict by its deadline (or of a job no longer active).
func (r *Registry) Lapse(ctx context.Context, disputeID *big.Int) error {
	_, err := r.transact(ctx, fmt.Sprintf("lapse dispute %v", disputeID), nil, r.abi.PackLapse(disputeID))
	return err
}

// Claim pays out a challenge whose dispute is closed.
func (r *Registry) Claim(ctx context.Context, challengeID *big.Int) error {
	_, err := r.transact(ctx, fmt.Sprintf("claim challenge %v", challengeID), nil, r.abi.PackClaim(challengeID))
	return err
}

// Reclaim settles the sender's challenge on a dispute where the rules allow: it lapses the dispute
// if it can no longer be judged, then claims the challenge (the bond returns unless the verdict was
// Honest, which pays it to the provider and the arbiters). It reports whether a claim
// was made; a dispute still open and judgeable is left alone.
func (r *Registry) Reclaim(ctx context.Context, disputeID *big.Int) (bool, error) {
	if r.sender == nil {
		return false, fmt.Errorf("reclaim dispute %v: %w", disputeID, ErrReadOnly)
	}
	mine, err := r.ChallengeOf(ctx, disputeID, r.sender.Address())
	if err != nil || mine.Sign() == 0 {
		return false, err
	}
	st, err := r.StandOf(ctx, mine)
	if err != nil || st.Claimed {
		return false, err
	}
	d, err := r.DisputeOf(ctx, disputeID)
	if err != nil {
		return false, err
	}
	if d.Open() {
		if err := r.Lapse(ctx, disputeID); err != nil {
			if IsRevert(err, "CannotLapse") {
				return false, nil
			}
			if !IsRevert(err, "DisputeNotOpen") {
				return false, err
			}
		}
	}
	if err := r.Claim(ctx, mine); err != nil && !IsRevert(err, "AlreadyClaimed") {
		return false, err
	}
	return true, nil
}

// maxRecoverDisputes bounds the scan of OpenDisputes: the newest disputes only, since older ones
// are long past any arbitration deadline (at most 14 days).
const maxRecoverDisputes = 10_000

// OpenDisputes returns the registry's disputes still open, newest last, scanning at most the
// latest maxRecoverDisputes ids: what a restarted arbiter must still judge, whatever its watcher
// cursor says.
func (r *Registry) OpenDisputes(ctx context.Context) ([]Dispute, error) {
	n, err := call(ctx, r, "dispute count", r.abi.PackDisputeCount(), r.abi.UnpackDisputeCount)
	if err != nil {
		return nil, err
	}
	first := int64(1)
	if total := n.Int64(); total > maxRecoverDisputes {
		first = total - maxRecoverDisputes + 1
	}
	var out []Dispute
	for id := first; id <= n.Int64(); id++ {
		d, err := r.DisputeOf(ctx, big.NewInt(id))
		if err != nil {
			return nil, err
		}
		if d.Open() {
			out = append(out, d)
		}
	}
	return out, nil
}
