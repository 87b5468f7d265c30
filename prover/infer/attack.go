package infer

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Attacks lists the serving behaviours of the evaluation (ParseBehaviour's names); a ":" takes
// a parameter, shown here with the evaluation's default.
func Attacks() []string {
	return []string{"substitute:init", "substitute:pruned", "substitute:int8", "tamper:0", "skip:1", "alter", "temperature:2", "seed:1"}
}

// ParseBehaviour returns the hooks of a named serving behaviour; "honest" or "" is nil.
//   - substitute:init serves the job's initial weights (the model before fine-tuning);
//   - substitute:pruned a smaller model: every weight matrix with its smaller half of
//     entries zeroed;
//   - substitute:int8 a quantised one: every weight matrix rounded to 255 levels;
//   - tamper:B the committed weights with block B's weight matrix moved by 1% (relative L2);
//   - skip:B does not run block B (its output is its input; blocks of equal widths only);
//   - alter changes the answer (another label, another last token, scaled noise);
//   - temperature:T and seed:S sample text at another temperature or seed than recorded.
func ParseBehaviour(name string, job *workload.Job, net *workload.Network) (*Hooks, error) {
	kind, arg, _ := strings.Cut(name, ":")
	num := func() (float64, error) {
		v, err := strconv.ParseFloat(arg, 64)
		if err != nil {
			return 0, fmt.Errorf("behaviour %q: %w", name, err)
		}
		return v, nil
	}
	block := func() (int, error) {
		b, err := strconv.Atoi(arg)
		if err != nil || b < 0 || b >= net.Blocks() {
			return 0, fmt.Errorf("behaviour %q: want a block in [0,%d)", name, net.Blocks())
		}
		return b, nil
	}
	switch kind {
	case "", "honest":
		return nil, nil
	case "substitute":
		switch arg {
		case "init":
			return &Hooks{Params: func(map[string][]float32) (map[string][]float32, error) {
				t, err := job.Init()
				if err != nil {
					return nil, err
				}
				ep, err := t.Capture(numeric.Default(), 0)
				if err != nil {
					return nil, err
				}
				return job.EndpointParams(ep)
			}}, nil
		case "pruned":
			return &Hooks{Params: mapWeights(prune)}, nil
		case "int8":
			return &Hooks{Params: mapWeights(quantise)}, nil
		}
		return nil, fmt.Errorf("behaviour %q: substitute init, pruned or int8", name)
	case "tamper":
		b, err := block()
		if err != nil {
			return nil, err
		}
		return &Hooks{Params: func(ps map[string][]float32) (map[string][]float32, error) {
			out := maps.Clone(ps)
			name := tamperTarget(net.BlockName(b), ps)
			if name == "" {
				return nil, fmt.Errorf("behaviour tamper: block %s has no weight", net.BlockName(b))
			}
			out[name] = perturb(ps[name], 0.01)
			return out, nil
		}}, nil
	case "skip":
		b, err := block()
		if err != nil {
			return nil, err
		}
		if net.Width(b) != net.Width(b+1) {
			return nil, fmt.Errorf("behaviour %q: block %s changes width %d to %d, it cannot be skipped", name, net.BlockName(b), net.Width(b), net.Width(b+1))
		}
		return &Hooks{Block: func(i int, in, out []float32) []float32 {
			if i == b {
				return append([]float32(nil), in...)
			}
			return out
		}}, nil
	case "alter":
		return &Hooks{Output: alter(net)}, nil
	case "temperature":
		t, err := num()
		if err != nil || !(t >= 0) {
			return nil, fmt.Errorf("behaviour %q: want a temperature >= 0", name)
		}
		return &Hooks{Sampling: func(s Sampling) Sampling { s.Temperature = t; return s }}, nil
	case "seed":
		v, err := strconv.ParseUint(arg, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("behaviour %q: %w", name, err)
		}
		return &Hooks{Sampling: func(s Sampling) Sampling { s.Seed += v; return s }}, nil
	}
	return nil, fmt.Errorf("unknown serving behaviour %q (have honest, %s)", name, strings.Join(Attacks(), ", "))
}

// tamperTarget is the weight matrix of a block: the token table of the embedding, the MLP
// weight of a transformer block, "<block>.weight" otherwise.
func tamperTarget(block string, ps map[string][]float32) string {
	for _, name := range []string{block + ".weight", block + ".mlp.weight"} {
		if _, ok := ps[name]; ok {
			return name
		}
	}
	if block == "embed" {
		return "tok_emb"
	}
	return ""
}

func mapWeights(f func([]float32) []float32) func(map[string][]float32) (map[string][]float32, error) {
	return func(ps map[string][]float32) (map[string][]float32, error) {
		out := maps.Clone(ps)
		for n, v := range ps {
			if strings.HasSuffix(n, "weight") && len(v) >= 64 {
				out[n] = f(v)
			}
		}
		return out, nil
	}
}

// prune zeroes the smaller half of v by magnitude.
func prune(v []float32) []float32 {
	mags := make([]float64, len(v))
	for i, x := range v {
		mags[i] = math.Abs(float64(x))
	}
	slices.Sort(mags)
	cut := mags[len(mags)/2]
	out := make([]float32, len(v))
	for i, x := range v {
		if math.Abs(float64(x)) >= cut {
			out[i] = x
		}
	}
	return out
}

// quantise rounds v to 255 symmetric levels of its largest magnitude (int8 weights).
func quantise(v []float32) []float32 {
	var m float64
	for _, x := range v {
		m = max(m, math.Abs(float64(x)))
	}
	out := make([]float32, len(v))
	if m == 0 {
		return out
	}
	s := m / 127
	for i, x := range v {
		out[i] = float32(math.Round(float64(x)/s) * s)
	}
	return out
}

// perturb adds deterministic Gaussian noise of rel times v's L2 norm.
func perturb(v []float32, rel float64) []float32 {
	r := data.NewRand("ovig/infer/tamper", 1)
	noise := make([]float64, len(v))
	var nv, nn float64
	for i, x := range v {
		noise[i] = r.Normal()
		nv += float64(x) * float64(x)
		nn += noise[i] * noise[i]
	}
	k := rel * math.Sqrt(nv/nn)
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(float64(x) + k*noise[i])
	}
	return out
}

// alter changes an answer in the way that most helps a provider: another label, another last
// token, a damped noise prediction.
func alter(net *workload.Network) func(*Output) {
	return func(o *Output) {
		switch {
		case o.Label != nil:
			l := (*o.Label + 1) % net.Width(net.Blocks())
			o.Label = &l
		case len(o.Tokens) > 0:
			o.Tokens[len(o.Tokens)-1] = (o.Tokens[len(o.Tokens)-1] + 1) % net.Width(net.Blocks())
			o.Text, _ = Text(net, o.Tokens)
		default:
			for i := range o.Noise {
				o.Noise[i] *= 0.9
			}
		}
	}
}
