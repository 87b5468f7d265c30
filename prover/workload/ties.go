package workload

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric"
)

// Near-tie margins and the most decisions a verifier re-decides per gradient (see nn.Ties and
// TieTargets). Measured on cnn-fashion (batch 64, PyTorch 1.13.1's CPU conv against ovig's
// reference at the same weights): pre-activations differ by at most 5.2e-7 of their tensor's
// largest |x|, and the two windows PyTorch decided otherwise had gaps of 1.0e-7 and 3.8e-7 of
// their maximum (1 to 4 ULPs). The margins are 10-20 times that drift.
const (
	PoolTieRel = 1e-5
	ReLUTieRel = 5e-6
	MaxTies    = 128
)

// TieTargets makes a trainer's gradients match a provider's where only near-ties separate them:
// for a step with a target (the gradient the provider committed at that step's weights), the
// trainer computes its gradient, records the near-ties of its own forward pass (nn.Ties with
// PoolTieRel, ReLUTieRel), and then, in order, flips each one whose other decision brings the
// gradient closer to the target, keeping the flip only if it does. The result is the gradient of
// a kernel that decided those ties the provider's way: its forward values are the trainer's own
// and every re-decided tie is one whose inputs lie within rounding of each other, so a provider
// cannot steer it beyond picking among such gradients; what remains must still be within the
// unchanged boundary. Without near-ties (most gradients) nothing changes, and a step without a
// target is computed as usual.
type TieTargets struct {
	Targets map[uint64]map[string][]float32 // by step
	// Resolved counts, by step, the near-ties found and those decided the other way.
	Found, Flipped map[uint64]int
}

// ResolveTies makes t's gradients follow tt (nil: the kernels' own decisions).
func (t *Trainer) ResolveTies(tt *TieTargets) {
	if tt != nil {
		tt.Found, tt.Flipped = map[uint64]int{}, map[uint64]int{}
	}
	t.ties = tt
}

// gradientAt is gradient for the batch of step s, re-deciding near-ties towards t.ties' target
// of step s if there is one.
func (t *Trainer) gradientAt(p numeric.Profile, b *Batch, s uint64) (float64, error) {
	var target map[string][]float32
	if t.ties != nil {
		target = t.ties.Targets[s]
	}
	if target == nil {
		return t.gradient(p, b, nil)
	}
	rec := &nn.Ties{PoolRel: PoolTieRel, ReLURel: ReLUTieRel, Record: true}
	loss, err := t.gradient(p, b, rec)
	if err != nil {
		return 0, err
	}
	cands := rec.Found
	t.ties.Found[s] = len(cands)
	if len(cands) == 0 {
		return loss, nil
	}
	if len(cands) > MaxTies {
		cands = cands[:MaxTies]
	}
	// Each tie alone first: flips that each explain part of the difference can overlap (two ReLU
	// inputs of one channel move its bias gradient alike), so adding them in the order they run
	// can keep the wrong one and then refuse the right one. Add them best first instead, then
	// toggle each once more while that still helps.
	best := t.tieDistance(target)
	keep := t.gradClone()
	type single struct {
		tie nn.Tie
		d   float64
	}
	var order []single
	for _, c := range cands {
		if _, err := t.gradient(p, b, &nn.Ties{Flip: map[nn.Tie]bool{c: true}}); err != nil {
			return 0, err
		}
		if d := t.tieDistance(target); d < best {
			order = append(order, single{c, d})
		}
	}
	slices.SortStableFunc(order, func(x, y single) int { return cmp.Compare(x.d, y.d) })
	flip := map[nn.Tie]bool{}
	for pass := 0; pass < 3; pass++ {
		changed := false
		for _, c := range order {
			flip[c.tie] = !flip[c.tie]
			if _, err := t.gradient(p, b, &nn.Ties{Flip: flip}); err != nil {
				return 0, err
			}
			if d := t.tieDistance(target); d < best {
				best, keep, changed = d, t.gradClone(), true
			} else {
				flip[c.tie] = !flip[c.tie]
			}
		}
		if !changed {
			break
		}
	}
	n := 0
	for _, on := range flip {
		if on {
			n++
		}
	}
	for i := range t.params {
		copy(t.params[i].Grad, keep[i])
	}
	t.ties.Flipped[s] = n
	return loss, nil
}

func (t *Trainer) gradClone() [][]float32 {
	out := make([][]float32, len(t.params))
	for i, p := range t.params {
		out[i] = slices.Clone(p.Grad)
	}
	return out
}

// tieDistance is the sum over parameters of the squared relative L2 distance between the
// current gradient and target (a missing or misshapen target tensor counts as 1).
func (t *Trainer) tieDistance(target map[string][]float32) float64 {
	var d float64
	for _, p := range t.params {
		ref, ok := target[p.Name]
		if !ok || len(ref) != len(p.Grad) {
			d++
			continue
		}
		var num, den float64
		for i, v := range p.Grad {
			e := float64(v) - float64(ref[i])
			num, den = num+e*e, den+float64(ref[i])*float64(ref[i])
		}
		d += num / cmp.Or(den, math.SmallestNonzeroFloat64)
	}
	return d
}

// GradientTies is Gradient with the graph's decisions recorded or flipped through ts (nn.Ties):
// what a kernel that decided ts.Flip the other way computes. A verifier uses TieTargets; tests
// and the attack suite use this to play such kernels and providers that claim ties.
func (t *Trainer) GradientTies(p numeric.Profile, ts *nn.Ties) (map[string][]float32, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if _, err := t.gradient(p, t.job.mdl.batch(t.sched.Batch(t.step), false, t.step), ts); err != nil {
		return nil, fmt.Errorf("gradient at step %d: %w", t.step, err)
	}
	m := make(map[string][]float32, len(t.params))
	for _, prm := range t.params {
		m[prm.Name] = slices.Clone(prm.Grad)
	}
	return m, nil
}
