package attack

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/ovig/ovig/prover/workload"
)

// Behaviour is how a provider trains: honestly, or with one of the cheats the watchtowers exist
// to catch, at a strength in (0, 1]. It exists for demos, attack suites and evaluation; a real
// provider runs "honest".
type Behaviour struct {
	Name     string
	Strength float64
}

// behaviourDoc says what a behaviour does and what its strength means.
func behaviourDoc(name string) (string, bool) {
	switch name {
	case "honest":
		return "train as the manifest says", true
	case "skip":
		return "skip this share of optimizer steps (shortcut)", true
	case "subset":
		return "train on this share of each batch only (shortcut)", true
	case "poison":
		return "flip the labels (or next-token targets) of this share of samples (targeted)", true
	case "lr":
		return "scale the learning rate by 1 + strength (schedule tampering)", true
	case "scale":
		return "scale every gradient by 1 + strength before the update (targeted)", true
	}
	return "", false
}

// BehaviourNames lists the behaviours ParseBehaviour accepts.
func BehaviourNames() []string { return []string{"honest", "lr", "poison", "scale", "skip", "subset"} }

// ParseBehaviour reads "name" or "name:strength", e.g. "skip:0.3".
func ParseBehaviour(s string) (Behaviour, error) {
	name, arg, hasArg := strings.Cut(s, ":")
	if _, ok := behaviourDoc(name); !ok {
		return Behaviour{}, fmt.Errorf("behaviour %q: want one of %s", name, strings.Join(BehaviourNames(), ", "))
	}
	b := Behaviour{Name: name}
	if name == "honest" {
		if hasArg {
			return Behaviour{}, fmt.Errorf("behaviour %q takes no strength", s)
		}
		return b, nil
	}
	b.Strength = 0.5
	if hasArg {
		v, err := strconv.ParseFloat(arg, 64)
		if err != nil || !(v > 0 && v <= 1) {
			return Behaviour{}, fmt.Errorf("behaviour %q: strength must be in (0, 1]", s)
		}
		b.Strength = v
	}
	return b, nil
}

func (b Behaviour) String() string {
	if b.Name == "honest" || b.Name == "" {
		return "honest"
	}
	return fmt.Sprintf("%s:%g", b.Name, b.Strength)
}

// Describe says in words what the behaviour does.
func (b Behaviour) Describe() string {
	doc, _ := behaviourDoc(b.String())
	if b.Name != "" && b.Name != "honest" {
		doc, _ = behaviourDoc(b.Name)
		doc = fmt.Sprintf("%s (strength %g)", doc, b.Strength)
	}
	return doc
}

// Hooks turns the behaviour into training hooks; nil for honest training. Which steps and
// samples are affected is a fixed function of the step and sample position, so a run is
// reproducible.
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

// chance is a deterministic draw in [0, 1) for (step, slot).
func chance(step, slot uint64) float64 {
	h := fnv.New64a()
	var buf [16]byte
	binary.LittleEndian.PutUint64(buf[:8], step)
	binary.LittleEndian.PutUint64(buf[8:], slot)
	h.Write(buf[:])
	return float64(h.Sum64()>>11) / (1 << 53)
}
