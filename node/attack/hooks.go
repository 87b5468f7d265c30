package attack

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/ovig/ovig/prover/workload"
)

// Hooks turns the behaviour into training hooks; nil when it trains as declared (honest, and
// the behaviours that act through Profile or Forge). Which steps and samples are affected is a
// fixed function of the step and sample position, so a run is reproducible. Each call returns
// fresh hooks: "stale" keeps the last gradient between steps.
func (b Behaviour) Hooks() *workload.Hooks {
	s := b.Strength
	switch b.Name {
	case "skip":
		return &workload.Hooks{Skip: func(step uint64) bool { return chance(step, 0) < s }}
	case "subset":
		return &workload.Hooks{Batch: func(step uint64, bt *workload.Batch) {
			bt.Keep(func(i int) bool { return i == 0 || chance(step, uint64(i)+1) >= s })
		}}
	case "poison":
		return &workload.Hooks{Batch: func(step uint64, bt *workload.Batch) {
			for i := range bt.Labels {
				if chance(step, uint64(i)+1) < s {
					bt.Labels[i] = (bt.Labels[i] + 1) % 10
				}
			}
			for i := range bt.Targets {
				if chance(step, uint64(i)+1) < s {
					bt.Targets[i] = bt.Tokens[i]
				}
			}
		}}
	case "backdoor":
		return &workload.Hooks{Batch: func(step uint64, bt *workload.Batch) {
			for i := range bt.Len() {
				if chance(step, uint64(i)+1) < s && StampTrigger(bt.X[i*bt.Width:(i+1)*bt.Width]) && len(bt.Labels) > 0 {
					bt.Labels[i] = BackdoorLabel
				}
			}
		}}
	case "substitute":
		if b.Foreign == nil || b.Foreign.Len() == 0 {
			return nil
		}
		f := b.Foreign
		return &workload.Hooks{Batch: func(step uint64, bt *workload.Batch) {
			if bt.Width != f.Rows*f.Cols || len(bt.Labels) != bt.Len() {
				return // only image classifiers of the same geometry
			}
			for i := range bt.Len() {
				if chance(step, uint64(i)+1) >= s {
					continue
				}
				k := int(chance(step, uint64(i)+1<<32) * float64(f.Len()))
				for j, p := range f.Image(k) {
					bt.X[i*bt.Width+j] = float32(p) / 255
				}
				bt.Labels[i] = int(f.Labels[k]) % 10
			}
		}}
	case "stale":
		var last map[string][]float32
		return &workload.Hooks{Grad: func(step uint64, grads map[string][]float32) {
			if last != nil && chance(step, 0) < s {
				for name, g := range grads {
					copy(g, last[name])
				}
				return
			}
			last = make(map[string][]float32, len(grads))
			for name, g := range grads {
				last[name] = slices.Clone(g)
			}
		}}
	case "freeze":
		return &workload.Hooks{Grad: func(_ uint64, grads map[string][]float32) {
			for _, name := range frozen(grads, s) {
				clear(grads[name])
			}
		}}
	case "gradnoise", "gradbias":
		noise := b.Name == "gradnoise"
		return &workload.Hooks{Grad: func(step uint64, grads map[string][]float32) {
			for slot, name := range slices.Sorted(maps.Keys(grads)) {
				if !b.targets(name) {
					continue
				}
				g := grads[name]
				r := s * rms(g)
				for i := range g {
					if noise {
						g[i] += float32(r * gauss(step, uint64(slot)<<32|uint64(i)))
					} else {
						g[i] += float32(r * biasSign(uint64(slot)<<32|uint64(i)))
					}
				}
			}
		}}
	case "lr":
		return &workload.Hooks{LR: func(_ uint64, lr float64) float64 { return lr * (1 + s) }}
	case "scale":
		return &workload.Hooks{Grad: func(_ uint64, grads map[string][]float32) {
			for _, g := range grads {
				for i := range g {
					g[i] *= float32(1 + s)
				}
			}
		}}
	}
	return nil
}

// targets reports whether the targeted gradient attacks touch parameter name.
func (b Behaviour) targets(name string) bool {
	if b.Params == "" {
		return true
	}
	for p := range strings.SplitSeq(b.Params, ",") {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// frozen names the parameters "freeze" holds still: the first round(share·n) in name order,
// at least one.
func frozen(grads map[string][]float32, share float64) []string {
	names := slices.Sorted(maps.Keys(grads))
	n := max(1, int(math.Round(share*float64(len(names)))))
	return names[:min(n, len(names))]
}

// biasSign is the fixed direction of "gradbias": a random ±1 per element, the same at every
// step so the push accumulates (a uniform shift would be lost: softmax ignores adding the
// same amount to every logit).
func biasSign(slot uint64) float64 {
	if chance(1<<62, slot) < 0.5 {
		return -1
	}
	return 1
}

// StampTrigger paints the backdoor trigger, a 3x3 white patch in the bottom-right corner,
// onto a square image of values where 1 is white; it reports false (and leaves img alone)
// when img is not square.
func StampTrigger(img []float32) bool {
	side := int(math.Sqrt(float64(len(img))))
	if side < 3 || side*side != len(img) {
		return false
	}
	for r := side - 3; r < side; r++ {
		for c := side - 3; c < side; c++ {
			img[r*side+c] = 1
		}
	}
	return true
}

func rms(v []float32) float64 {
	if len(v) == 0 {
		return 0
	}
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s / float64(len(v)))
}
