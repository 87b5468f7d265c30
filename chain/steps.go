package chain

import (
	"errors"
	"fmt"

	"github.com/ovig/ovig/evidence"
)

// A step-level dispute on interval k is argued over the provider's own states: after a dispute
// opens, the provider commits the s+1 state roots S_0..S_s of the interval (S_j: the state after
// j steps, S_0 the committed root of endpoint k, S_s the disputed root of endpoint k+1) as the
// step root, the tree of docs/protocol.md over leaf(j, S_j). Each transition S_j -> S_j+1 is then
// one honest training step or not, checkable alone.

// ErrStepRoots: a list of state roots does not match a dispute's step root or its endpoints.
var ErrStepRoots = errors.New("state roots do not match the step root")

// StepTree is the tree over the state roots S_0..S_s of one interval (at least two: s >= 1):
// its Root is the step root a response commits, Proof(j) the proof of S_j that verifiers check
// with VerifyStepProof.
func StepTree(roots [][32]byte) (*evidence.Tree, error) {
	if len(roots) < 2 {
		return nil, fmt.Errorf("step tree: %d state roots, want s+1 >= 2", len(roots))
	}
	payloads := make([]evidence.Hash32, len(roots))
	for i, r := range roots {
		payloads[i] = r
	}
	return evidence.BuildTree(payloads)
}

// StepResponse is what the provider sends to Registry.Respond for the state roots S_0..S_s: the
// step root and the proofs of its first and last leaves.
func StepResponse(roots [][32]byte) (stepRoot [32]byte, firstProof, lastProof [][32]byte, err error) {
	t, err := StepTree(roots)
	if err != nil {
		return [32]byte{}, nil, nil, err
	}
	if firstProof, err = t.Proof(0); err != nil {
		return [32]byte{}, nil, nil, err
	}
	if lastProof, err = t.Proof(uint64(len(roots) - 1)); err != nil {
		return [32]byte{}, nil, nil, err
	}
	return t.Root(), firstProof, lastProof, nil
}

// VerifyStepRoots checks a served list of state roots against a dispute the provider responded
// to: s+1 roots (stride s), the tree over them equal to d.StepRoot, the first equal to
// d.StartRoot and the last to d.Root, as the registry checked them. Every rejection wraps
// ErrStepRoots.
func VerifyStepRoots(d Dispute, stride uint64, roots [][32]byte) error {
	if !d.Responded {
		return fmt.Errorf("%w: dispute %v has no response", ErrStepRoots, d.ID)
	}
	if stride == 0 || uint64(len(roots)) != stride+1 {
		return fmt.Errorf("%w: %d state roots for stride %d", ErrStepRoots, len(roots), stride)
	}
	if roots[0] != d.StartRoot || roots[stride] != d.Root {
		return fmt.Errorf("%w: the first and last roots are not the dispute's endpoints", ErrStepRoots)
	}
	t, err := StepTree(roots)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrStepRoots, err)
	}
	if t.Root() != d.StepRoot {
		return fmt.Errorf("%w: tree root %x, dispute %v committed %x", ErrStepRoots, t.Root(), d.ID, d.StepRoot)
	}
	return nil
}

// VerifyStepProof checks that state root S_j is leaf j of a step root over stride+1 leaves (a
// verifier that fetched only the two states of step j). It wraps evidence.ErrInvalid.
func VerifyStepProof(stepRoot [32]byte, stride, j uint64, stateRoot [32]byte, proof [][32]byte) error {
	return evidence.VerifyProof(stepRoot, stride+1, j, stateRoot, proof)
}
