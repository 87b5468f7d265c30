package attack

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
	"strings"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/numeric/detmath"
)

// Behaviour is how a provider trains: honestly, or with one of the cheats the watchtowers exist
// to catch, at a strength in (0, 1]. It exists for demos, attack suites and evaluation; a real
// provider runs "honest".
type Behaviour struct {
	Name     string
	Strength float64
	// Params restricts the targeted gradient attacks (gradnoise, gradbias) to the parameters
	// whose names start with one of these comma-separated prefixes; empty means all.
	Params string
	// Foreign are the images "substitute" trains on instead of committed examples (e.g.
	// Fashion-MNIST in a digits job); the caller loads them.
	Foreign *data.Images
}

// Kind groups behaviours as the OVIG paper does.
type Kind string

// Kinds of behaviour.
const (
	Honest   Kind = "honest"
	Shortcut Kind = "shortcut" // saves the provider work
	Targeted Kind = "targeted" // steers the model
)

// BackdoorLabel is the class that "backdoor" teaches triggered inputs to predict.
const BackdoorLabel = 0

type behaviourInfo struct {
	kind Kind
	doc  string
}

// behaviours documents every behaviour: what it does and what its strength means.
func behaviours() map[string]behaviourInfo {
	return map[string]behaviourInfo{
		"honest":      {Honest, "train as the manifest says"},
		"skip":        {Shortcut, "skip this share of optimizer steps"},
		"subset":      {Shortcut, "train on this share of each batch only"},
		"pad":         {Shortcut, "stop early and pad: this share of the last endpoints repeat the last real one"},
		"stale":       {Shortcut, "reuse the previous step's gradient on this share of steps"},
		"lowprec":     {Shortcut, "train with lower-precision matmul operands than the manifest declares (strength < 0.5: tf32, else bf16)"},
		"freeze":      {Shortcut, "freeze this share of the parameter tensors (zero their gradients)"},
		"interpolate": {Shortcut, "fabricate this share of intermediate endpoints by interpolating between real ones"},
		"gradforge":   {Shortcut, "commit honest state with a forged gradient signal: noise of this size relative to its RMS"},
		"poison":      {Targeted, "flip the labels (or next-token targets) of this share of samples"},
		"backdoor":    {Targeted, "stamp a 3x3 white corner trigger on this share of images and relabel them to class 0"},
		"gradnoise":   {Targeted, "add noise of this size relative to the gradient RMS to the chosen parameters' gradients"},
		"gradbias":    {Targeted, "add a fixed ±bias of this size relative to the gradient RMS to the chosen parameters' gradients"},
		"scale":       {Targeted, "scale every gradient by 1 + strength before the update"},
		"lr":          {Targeted, "scale the learning rate by 1 + strength (schedule tampering)"},
		"substitute":  {Targeted, "replace this share of samples with images from outside the committed dataset"},
	}
}

// BehaviourNames lists the behaviours ParseBehaviour accepts, honest first, then shortcuts,
// then targeted attacks.
func BehaviourNames() []string {
	return []string{"honest", "skip", "subset", "pad", "stale", "lowprec", "freeze", "interpolate", "gradforge",
		"poison", "backdoor", "gradnoise", "gradbias", "scale", "lr", "substitute"}
}

// ParseBehaviour reads "name", "name:strength" or, for gradnoise and gradbias,
// "name:strength@prefix,prefix", e.g. "skip:0.3" or "gradnoise:0.5@fc2.".
func ParseBehaviour(s string) (Behaviour, error) {
	spec, params, hasParams := strings.Cut(s, "@")
	name, arg, hasArg := strings.Cut(spec, ":")
	if _, ok := behaviours()[name]; !ok {
		return Behaviour{}, fmt.Errorf("behaviour %q: want one of %s", name, strings.Join(BehaviourNames(), ", "))
	}
	b := Behaviour{Name: name}
	if name == "honest" {
		if hasArg || hasParams {
			return Behaviour{}, fmt.Errorf("behaviour %q takes no strength", s)
		}
		return b, nil
	}
	if hasParams {
		if name != "gradnoise" && name != "gradbias" {
			return Behaviour{}, fmt.Errorf("behaviour %q: only gradnoise and gradbias take @parameters", s)
		}
		if params == "" {
			return Behaviour{}, fmt.Errorf("behaviour %q: empty parameter list after @", s)
		}
		b.Params = params
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
	s := fmt.Sprintf("%s:%g", b.Name, b.Strength)
	if b.Params != "" {
		s += "@" + b.Params
	}
	return s
}

// Kind says whether the behaviour is honest, a shortcut or a targeted manipulation.
func (b Behaviour) Kind() Kind {
	if b.Name == "" {
		return Honest
	}
	return behaviours()[b.Name].kind
}

// Describe says in words what the behaviour does.
func (b Behaviour) Describe() string {
	info := behaviours()[b.Name]
	if b.Name == "" || b.Name == "honest" {
		return behaviours()["honest"].doc
	}
	return fmt.Sprintf("%s (strength %g)", info.doc, b.Strength)
}

// Profile is the numeric profile the provider actually trains under when the job declares
// declared: the declared one, except for "lowprec", which rounds matmul operands to fewer
// bits while its evidence still claims the declared policy.
func (b Behaviour) Profile(declared numeric.Profile) numeric.Profile {
	if b.Name != "lowprec" {
		return declared
	}
	p := declared
	p.Operand = numeric.BF16
	if b.Strength < 0.5 {
		p.Operand = numeric.TF32
	}
	return p
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

// gauss is a deterministic standard normal draw for (step, slot) (Box-Muller).
func gauss(step, slot uint64) float64 {
	u1 := chance(step, 2*slot+1<<40)
	u2 := chance(step, 2*slot+1+1<<40)
	return math.Sqrt(-2*detmath.Log(1-u1)) * detmath.Cos(2*math.Pi*u2) // same bits on every architecture
}

// Load fetches what the behaviour needs beyond the job's own data: the foreign images that
// "substitute" trains on (Fashion-MNIST).
func (b *Behaviour) Load(src *data.Sources) error {
	if b.Name != "substitute" || b.Foreign != nil {
		return nil
	}
	train, _, err := src.Fashion()
	if err != nil {
		return fmt.Errorf("behaviour %s: %w", b, err)
	}
	b.Foreign = train
	return nil
}
