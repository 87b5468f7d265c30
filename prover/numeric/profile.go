package numeric

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Precision is the precision matmul operands are rounded to.
type Precision uint8

// Operand precisions.
const (
	F32 Precision = iota
	BF16
	TF32
	FP16
)

var precisionNames = [...]string{F32: "f32", BF16: "bf16", TF32: "tf32", FP16: "fp16"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("precision(%d)", uint8(p))
}

// ParsePrecision parses "f32", "bf16", "tf32" or "fp16".
func ParsePrecision(s string) (Precision, error) {
	for i, n := range precisionNames {
		if n == s {
			return Precision(i), nil
		}
	}
	return 0, fmt.Errorf("numeric: unknown operand precision %q", s)
}

// Accum is the accumulator type of a reduction.
type Accum uint8

// Accumulator types.
const (
	AccF32 Accum = iota
	AccF64
)

func (a Accum) String() string {
	switch a {
	case AccF32:
		return "f32"
	case AccF64:
		return "f64"
	}
	return fmt.Sprintf("accum(%d)", uint8(a))
}

// ParseAccum parses "f32" or "f64".
func ParseAccum(s string) (Accum, error) {
	switch s {
	case "f32":
		return AccF32, nil
	case "f64":
		return AccF64, nil
	}
	return 0, fmt.Errorf("numeric: unknown accumulation %q", s)
}

// Order is the reduction order over the inner (K) dimension.
type Order uint8

// Reduction orders. Lanes, KBlock and SplitK take a parameter N.
const (
	Seq      Order = iota // one accumulator, k ascending
	Pairwise              // sequential blocks of 8, combined as a balanced tree
	Lanes                 // N interleaved accumulators (SIMD lanes), tree-combined
	KBlock                // blocks of N summed from zero, each added to the running sum
	SplitK                // K cut into N contiguous chunks on N goroutines, combined 0..N-1
)

var orderNames = [...]string{Seq: "seq", Pairwise: "pairwise", Lanes: "lanes", KBlock: "kblock", SplitK: "splitk"}

// Softmax is how softmax and log-softmax run (the classifiers' loss, attention).
type Softmax uint8

// Softmax variants.
const (
	// SoftmaxF64: max-subtracted, float64 throughout, sequential sums, probabilities e/sum.
	SoftmaxF64 Softmax = iota
	// SoftmaxF32: float32 throughout with 8-lane sums, as PyTorch's vectorised CPU kernels
	// (log-softmax then exp for the loss's backward, e times 1/sum for attention).
	SoftmaxF32
)

// ColSum is how column sums over a batch (bias gradients) are reduced.
type ColSum uint8

// Column-sum variants.
const (
	ColF64Seq      ColSum = iota // float64 accumulator, rows in order
	ColF32Pairwise               // float32, rows in blocks of 8 combined as a balanced tree
	ColF32Lanes8                 // float32, 8 interleaved row accumulators, tree-combined
)

// Loss is how a loss is reduced to its mean over the batch, forward and backward.
type Loss uint8

// Loss-reduction variants.
const (
	LossF64 Loss = iota // float64 sequential sum; backward scale 1/n and products in float64
	LossF32             // float32 pairwise sum; backward scale and products in float32 (torch's mean)
)

// Opt is the arithmetic of the optimizer's update.
type Opt uint8

// Optimizer arithmetic variants.
const (
	OptF64 Opt = iota // each element updated in float64, every stored value rounded once
	OptF32            // float32 op by op, alpha-adds fused, as torch.optim's CPU kernels
)

// extra names the fields beyond the GEMM's, in the order a name lists them; the first
// value of each is the default and never appears in a name, so that names of profiles
// without them did not change when they were added.
var extra = [...]struct {
	key    string
	values []string
}{
	{"sm", []string{"f64", "f32"}},
	{"bias", []string{"f64seq", "f32pairwise", "f32lanes8"}},
	{"loss", []string{"f64", "f32"}},
	{"opt", []string{"f64", "f32"}},
}

// Profile fixes every choice that affects the bits of a training step: the GEMM's
// (operand rounding, accumulator, reduction order, FMA) and those of the other kernels a
// framework brings (softmax, bias-gradient sums, the loss's mean, the optimizer update).
// The zero value is the default profile f32/acc=f32/red=seq/fma=off.
type Profile struct {
	Operand Precision
	Accum   Accum
	Order   Order
	N       int // lanes, block size or workers; 0 for Seq and Pairwise
	FMA     bool
	Softmax Softmax
	ColSum  ColSum
	Loss    Loss
	Opt     Opt
}

// Default returns the fast default profile.
func Default() Profile { return Profile{} }

// Kernel is p with the non-GEMM fields at their defaults: what Gemm depends on.
func (p Profile) Kernel() Profile {
	return Profile{Operand: p.Operand, Accum: p.Accum, Order: p.Order, N: p.N, FMA: p.FMA}
}

func (p Profile) extras() [len(extra)]uint8 {
	return [...]uint8{uint8(p.Softmax), uint8(p.ColSum), uint8(p.Loss), uint8(p.Opt)}
}

// Name is the canonical name, e.g. "f32/acc=f32/red=lanes8/fma=off" or, with non-default
// framework kernels, "f32/acc=f32/red=lanes8/fma=on/sm=f32/opt=f32".
func (p Profile) Name() string {
	red := orderNames[p.Order]
	if p.Order == Lanes || p.Order == KBlock || p.Order == SplitK {
		red += strconv.Itoa(p.N)
	}
	fma := "off"
	if p.FMA {
		fma = "on"
	}
	s := fmt.Sprintf("%s/acc=%s/red=%s/fma=%s", p.Operand, p.Accum, red, fma)
	for i, v := range p.extras() {
		if v != 0 && int(v) < len(extra[i].values) {
			s += "/" + extra[i].key + "=" + extra[i].values[v]
		}
	}
	return s
}

func (p Profile) String() string { return p.Name() }

// Validate reports whether the profile's parameters are usable.
func (p Profile) Validate() error {
	if int(p.Operand) >= len(precisionNames) {
		return fmt.Errorf("numeric: bad operand precision %d", p.Operand)
	}
	if p.Accum > AccF64 {
		return fmt.Errorf("numeric: bad accumulation %d", p.Accum)
	}
	switch p.Order {
	case Seq, Pairwise:
		if p.N != 0 {
			return fmt.Errorf("numeric: red=%s takes no parameter (got %d)", orderNames[p.Order], p.N)
		}
	case Lanes, SplitK:
		if p.N < 2 || p.N > 256 {
			return fmt.Errorf("numeric: red=%s%d: N must be in [2,256]", orderNames[p.Order], p.N)
		}
	case KBlock:
		if p.N < 1 || p.N > 1<<20 {
			return fmt.Errorf("numeric: red=kblock%d: block must be in [1,2^20]", p.N)
		}
	default:
		return fmt.Errorf("numeric: bad reduction order %d", p.Order)
	}
	for i, v := range p.extras() {
		if int(v) >= len(extra[i].values) {
			return fmt.Errorf("numeric: bad %s variant %d", extra[i].key, v)
		}
	}
	return nil
}

// IsDefault reports whether p is the default profile (fast kernel, seq order, default
// framework kernels).
func (p Profile) IsDefault() bool { return p == Profile{} }

// ParseProfile parses a canonical profile name; "default" names Default().
func ParseProfile(s string) (Profile, error) {
	if s == "default" {
		return Default(), nil
	}
	parts := strings.Split(s, "/")
	if len(parts) < 4 {
		return Profile{}, fmt.Errorf("numeric: profile %q: want at least 4 '/'-separated fields", s)
	}
	var p Profile
	var err error
	if p.Operand, err = ParsePrecision(parts[0]); err != nil {
		return Profile{}, fmt.Errorf("profile %q: %w", s, err)
	}
	field := func(part, key string) (string, error) {
		v, ok := strings.CutPrefix(part, key+"=")
		if !ok {
			return "", fmt.Errorf("numeric: profile %q: field %q should start with %s=", s, part, key)
		}
		return v, nil
	}
	v, err := field(parts[1], "acc")
	if err != nil {
		return Profile{}, err
	}
	if p.Accum, err = ParseAccum(v); err != nil {
		return Profile{}, fmt.Errorf("profile %q: %w", s, err)
	}
	if v, err = field(parts[2], "red"); err != nil {
		return Profile{}, err
	}
	found := false
	for i, n := range orderNames {
		rest, ok := strings.CutPrefix(v, n)
		if !ok {
			continue
		}
		o := Order(i)
		if o == Seq || o == Pairwise {
			if rest != "" {
				continue
			}
		} else {
			nn, err := strconv.Atoi(rest)
			if err != nil || strconv.Itoa(nn) != rest {
				return Profile{}, fmt.Errorf("numeric: profile %q: bad parameter in red=%s", s, v)
			}
			p.N = nn
		}
		p.Order = o
		found = true
		break
	}
	if !found {
		return Profile{}, fmt.Errorf("numeric: profile %q: unknown reduction %q", s, v)
	}
	if v, err = field(parts[3], "fma"); err != nil {
		return Profile{}, err
	}
	switch v {
	case "on":
		p.FMA = true
	case "off":
	default:
		return Profile{}, fmt.Errorf("numeric: profile %q: fma must be on or off", s)
	}
	var ex [len(extra)]uint8
	next := 0 // extra fields come in the order of extra, each at most once
	for _, part := range parts[4:] {
		key, val, _ := strings.Cut(part, "=")
		i := next
		for i < len(extra) && extra[i].key != key {
			i++
		}
		if i == len(extra) {
			return Profile{}, fmt.Errorf("numeric: profile %q: unknown, repeated or misplaced field %q", s, part)
		}
		k := slices.Index(extra[i].values, val)
		if k < 0 {
			return Profile{}, fmt.Errorf("numeric: profile %q: %s must be one of %s", s, key, strings.Join(extra[i].values, ", "))
		}
		ex[i], next = uint8(k), i+1
	}
	p.Softmax, p.ColSum, p.Loss, p.Opt = Softmax(ex[0]), ColSum(ex[1]), Loss(ex[2]), Opt(ex[3])
	if err := p.Validate(); err != nil {
		return Profile{}, err
	}
	if p.Name() != s {
		return Profile{}, fmt.Errorf("numeric: profile %q is not canonical (want %q)", s, p.Name())
	}
	return p, nil
}

// MarshalText encodes the profile as its canonical name (used by encoding/json).
func (p Profile) MarshalText() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.Name()), nil
}

// UnmarshalText parses a canonical name.
func (p *Profile) UnmarshalText(b []byte) error {
	q, err := ParseProfile(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Policy is the precision policy a manifest declares for the provider's
// kernels: operand precision and accumulation type.
type Policy struct {
	Operand Precision
	Accum   Accum
}

// Name is "operand/acc=accum", e.g. "bf16/acc=f32".
func (p Policy) Name() string { return fmt.Sprintf("%s/acc=%s", p.Operand, p.Accum) }

// ParsePolicy parses a policy name.
func ParsePolicy(s string) (Policy, error) {
	op, acc, ok := strings.Cut(s, "/acc=")
	if !ok {
		return Policy{}, fmt.Errorf("numeric: policy %q: want <operand>/acc=<accum>", s)
	}
	var p Policy
	var err error
	if p.Operand, err = ParsePrecision(op); err != nil {
		return Policy{}, fmt.Errorf("policy %q: %w", s, err)
	}
	if p.Accum, err = ParseAccum(acc); err != nil {
		return Policy{}, fmt.Errorf("policy %q: %w", s, err)
	}
	return p, nil
}

// MarshalText encodes the policy as its name.
func (p Policy) MarshalText() ([]byte, error) { return []byte(p.Name()), nil }

// UnmarshalText parses a policy name.
func (p *Policy) UnmarshalText(b []byte) error {
	q, err := ParsePolicy(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Admits reports whether running under profile q is honest under the policy:
// operands rounded exactly as declared, and an accumulator at least as wide.
func (p Policy) Admits(q Profile) bool {
	return q.Operand == p.Operand && q.Accum >= p.Accum
}

// HonestProfiles lists a catalogue of profiles admitted by the policy: every
// reduction order, FMA on and off, each admitted accumulation; then, under the declared
// accumulation, each framework kernel variant alone on the sequential GEMM and in
// combinations, one of them PyTorch's CPU float32 path (8-lane FMA GEMM, float32 softmax,
// bias sums, loss mean and optimizer). The first entry is the policy's reference profile
// (sequential, no FMA, declared accumulator, default framework kernels).
func (p Policy) HonestProfiles() []Profile {
	var out []Profile
	orders := []struct {
		o Order
		n int
	}{{Seq, 0}, {Pairwise, 0}, {Lanes, 4}, {Lanes, 8}, {Lanes, 16}, {Lanes, 32}, {KBlock, 64}, {KBlock, 256}, {SplitK, 2}, {SplitK, 4}}
	for acc := p.Accum; acc <= AccF64; acc++ {
		for _, o := range orders {
			for _, fma := range []bool{false, true} {
				if acc == AccF64 && fma {
					continue // products of <=24-bit operands are exact in f64: FMA changes nothing
				}
				out = append(out, Profile{Operand: p.Operand, Accum: acc, Order: o.o, N: o.n, FMA: fma})
			}
		}
	}
	fused := p.Accum == AccF32 // under f64 accumulation FMA changes nothing (above)
	for _, q := range []Profile{
		{Softmax: SoftmaxF32},
		{Order: Lanes, N: 8, FMA: fused, Softmax: SoftmaxF32, ColSum: ColF32Lanes8, Loss: LossF32, Opt: OptF32},
		{ColSum: ColF32Pairwise},
		{Loss: LossF32},
		{Opt: OptF32},
		{Order: Pairwise, ColSum: ColF32Lanes8, Opt: OptF32},
		{Order: KBlock, N: 256, FMA: fused, Softmax: SoftmaxF32, ColSum: ColF32Pairwise, Loss: LossF32, Opt: OptF32},
	} {
		q.Operand, q.Accum = p.Operand, p.Accum
		out = append(out, q)
	}
	return out
}

// Reference is the policy's reference profile: declared operand rounding and
// accumulation, sequential order, no FMA. For f32/acc=f32 it is Default().
func (p Policy) Reference() Profile { return Profile{Operand: p.Operand, Accum: p.Accum} }
