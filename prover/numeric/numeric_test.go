package numeric

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"testing"
)

func TestRoundingKnownValues(t *testing.T) {
	cases := []struct {
		name string
		f    func(float32) float32
		in   float64
		want float64
	}{
		{"bf16 tie to even down", RoundBF16, 1 + 0x1p-8, 1},
		{"bf16 tie to even up", RoundBF16, 1 + 3*0x1p-8, 1 + 0x1p-6},
		{"bf16 above tie", RoundBF16, 1 + 0x1p-8 + 0x1p-20, 1 + 0x1p-7},
		{"bf16 negative", RoundBF16, -(1 + 3*0x1p-8), -(1 + 0x1p-6)},
		{"tf32 tie even", RoundTF32, 1 + 0x1p-11, 1},
		{"tf32 tie odd", RoundTF32, 1 + 3*0x1p-11, 1 + 0x1p-9},
		{"fp16 max", RoundFP16, 65519, 65504},
		{"fp16 overflow", RoundFP16, 65520, math.Inf(1)},
		{"fp16 subnormal tie to zero", RoundFP16, 0x1p-25, 0},
		{"fp16 subnormal tie up", RoundFP16, 3 * 0x1p-25, 0x1p-23},
		{"fp16 normal", RoundFP16, 1 + 3*0x1p-11, 1 + 0x1p-9},
	}
	for _, c := range cases {
		if got := c.f(float32(c.in)); float64(got) != c.want {
			t.Errorf("%s: round(%g) = %g, want %g", c.name, c.in, got, c.want)
		}
	}
	// Idempotent and within half an ulp of the target format.
	r := rand.New(rand.NewPCG(3, 4))
	for range 10000 {
		x := float32(r.NormFloat64() * math.Exp2(float64(r.IntN(20)-10)))
		for _, tc := range []struct {
			f    func(float32) float32
			bits int
		}{{RoundBF16, 8}, {RoundTF32, 11}, {RoundFP16, 11}} {
			y := tc.f(x)
			if tc.f(y) != y {
				t.Fatalf("rounding not idempotent at %g", x)
			}
			if math.Abs(float64(x)) < 0x1p-14 {
				continue // fp16 subnormals have a fixed absolute quantum
			}
			if rel := math.Abs(float64(y-x)) / math.Abs(float64(x)); rel > math.Exp2(-float64(tc.bits)) {
				t.Fatalf("rounding %g -> %g: relative error %g too large", x, y, rel)
			}
		}
	}
}

func TestFMA32MatchesExact(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	exact := func(a, b, c float32) float32 {
		x := new(big.Float).SetPrec(200).SetFloat64(float64(a))
		x.Mul(x, new(big.Float).SetPrec(200).SetFloat64(float64(b)))
		x.Add(x, new(big.Float).SetPrec(200).SetFloat64(float64(c)))
		f, _ := x.Float32() // round to nearest even
		return f
	}
	differsFromUnfused := 0
	for i := range 200000 {
		a := float32(r.NormFloat64())
		b := float32(r.NormFloat64())
		c := -a * b // cancellation exposes the unrounded product
		switch i % 3 {
		case 1:
			c = float32(r.NormFloat64())
		case 2:
			c = math.Float32frombits(math.Float32bits(c) ^ uint32(r.IntN(1<<12)))
		}
		got, want := FMA32(a, b, c), exact(a, b, c)
		if math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("FMA32(%g,%g,%g) = %g, exact %g", a, b, c, got, want)
		}
		if got != float32(a*b)+c {
			differsFromUnfused++
		}
	}
	if differsFromUnfused == 0 {
		t.Fatal("FMA32 never differed from mul+add: not fused")
	}
	// Sums whose float64 rounding lands on a float32 midpoint (the slow path), and sums below
	// float32's normal range: a·b = 2^-24 - 2^-70, c = 1 + 2^-23 rounds in float64 to the
	// midpoint 1 + 3·2^-24, which ties to even (1 + 2^-22); the exact sum is below it.
	one := float32(1 + 0x1p-23)
	for _, c := range [][3]float32{{one, 0x1p-24 * (1 - 0x1p-23), one}, {-one, 0x1p-24 * (1 - 0x1p-23), -one},
		{one, -0x1p-24 * (1 - 0x1p-23), one}, {0x1p-70, 0x1p-70, 0x1p-140}, {0x1p-64, 0x1p-63, -0x1p-149}, {3, 0x1p-149, 0x1p-149}} {
		if got, want := FMA32(c[0], c[1], c[2]), exact(c[0], c[1], c[2]); math.Float32bits(got) != math.Float32bits(want) {
			t.Errorf("FMA32(%g,%g,%g) = %g, exact %g", c[0], c[1], c[2], got, want)
		}
	}
	if FMA32(one, 0x1p-24*(1-0x1p-23), one) != one {
		t.Error("the midpoint case rounded as float32(float64 sum) would")
	}
}

func allProfiles() []Profile {
	var out []Profile
	for _, op := range []Precision{F32, BF16, TF32, FP16} {
		out = append(out, Policy{Operand: op, Accum: AccF32}.HonestProfiles()...)
	}
	return out
}

func TestProfileNamesRoundTrip(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range allProfiles() {
		name := p.Name()
		if seen[name] {
			t.Fatalf("duplicate name %s", name)
		}
		seen[name] = true
		q, err := ParseProfile(name)
		if err != nil || q != p {
			t.Fatalf("ParseProfile(%q) = %v, %v", name, q, err)
		}
		js, err := json.Marshal(struct{ P Profile }{p})
		if err != nil {
			t.Fatal(err)
		}
		var back struct{ P Profile }
		if err := json.Unmarshal(js, &back); err != nil || back.P != p {
			t.Fatalf("json round trip of %s: %s -> %v (%v)", name, js, back.P, err)
		}
	}
	if Default().Name() != "f32/acc=f32/red=seq/fma=off" {
		t.Fatalf("default name %s", Default().Name())
	}
	torch := Profile{Order: Lanes, N: 8, FMA: true, Softmax: SoftmaxF32, ColSum: ColF32Lanes8, Loss: LossF32, Opt: OptF32}
	if got := torch.Name(); got != "f32/acc=f32/red=lanes8/fma=on/sm=f32/bias=f32lanes8/loss=f32/opt=f32" {
		t.Fatalf("name %s", got)
	}
	if q, err := ParseProfile("f32/acc=f32/red=seq/fma=off/bias=f32pairwise/opt=f32"); err != nil || q != (Profile{ColSum: ColF32Pairwise, Opt: OptF32}) {
		t.Fatalf("parse with framework fields: %v %v", q, err)
	}
	if p, err := ParseProfile("default"); err != nil || !p.IsDefault() {
		t.Fatal("default does not parse")
	}
	for _, bad := range []string{"", "f32", "f33/acc=f32/red=seq/fma=off", "f32/acc=f32/red=lanes/fma=off",
		"f32/acc=f32/red=lanes08/fma=off", "f32/acc=f32/red=seq4/fma=off", "f32/acc=f16/red=seq/fma=off",
		"f32/acc=f32/red=splitk1/fma=off", "f32/acc=f32/red=seq/fma=maybe", "f32/red=seq/acc=f32/fma=off",
		"f32/acc=f32/red=seq/fma=off/sm=f64", "f32/acc=f32/red=seq/fma=off/opt=f32/sm=f32", "f32/acc=f32/red=seq/fma=off/sm=f32/sm=f32",
		"f32/acc=f32/red=seq/fma=off/bias=f32", "f32/acc=f32/red=seq/fma=off/loss", "f32/acc=f32/red=seq/fma=off/"} {
		if _, err := ParseProfile(bad); err == nil {
			t.Errorf("ParseProfile(%q) accepted", bad)
		}
	}
	pol, err := ParsePolicy("bf16/acc=f32")
	if err != nil || pol != (Policy{BF16, AccF32}) {
		t.Fatal("policy parse", pol, err)
	}
	if !pol.Admits(Profile{Operand: BF16, Accum: AccF64}) || pol.Admits(Profile{}) {
		t.Fatal("policy admission wrong")
	}
}

// naive float64 reference for shape/transposition checks.
func refGemm(transA, transB bool, m, n, k int, a, b []float32) []float64 {
	out := make([]float64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float64
			for l := 0; l < k; l++ {
				av := a[i*k+l]
				if transA {
					av = a[l*m+i]
				}
				bv := b[l*n+j]
				if transB {
					bv = b[j*k+l]
				}
				s += float64(av) * float64(bv)
			}
			out[i*n+j] = s
		}
	}
	return out
}

func TestGemmAllProfilesAccurate(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	m, n, k := 5, 7, 133
	for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
		a, b := randSlice(r, m*k), randSlice(r, k*n)
		want := refGemm(tr[0], tr[1], m, n, k, a, b)
		for _, p := range allProfiles() {
			c := make([]float32, m*n)
			Gemm(p, tr[0], tr[1], m, n, k, a, b, c)
			tol := 1e-4
			if p.Operand == BF16 {
				tol = 3e-2
			} else if p.Operand != F32 {
				tol = 4e-3
			}
			for i := range c {
				if d := math.Abs(float64(c[i]) - want[i]); d > tol*math.Sqrt(float64(k)) {
					t.Fatalf("%s trans=%v: c[%d]=%g want %g", p.Name(), tr, i, c[i], want[i])
				}
			}
		}
	}
}

func TestDefaultEqualsSequentialReference(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, dims := range [][3]int{{64, 128, 784}, {3, 5, 7}, {33, 10, 128}} {
		m, n, k := dims[0], dims[1], dims[2]
		a, b := randSlice(r, m*k), randSlice(r, k*n)
		for i := range a { // relu-like zeros must not matter
			if i%3 == 0 {
				a[i] = 0
			}
		}
		c := make([]float32, m*n)
		Gemm(Default(), false, false, m, n, k, a, b, c)
		ct := make([]float32, m*n)
		gemmTiled(m, n, k, a, b, ct)
		bt := Transpose(b, k, n)
		dot := dotFunc(Default())
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				ref := dot(a[i*k:(i+1)*k], bt[j*k:(j+1)*k])
				if math.Float32bits(ref) != math.Float32bits(c[i*n+j]) || math.Float32bits(ref) != math.Float32bits(ct[i*n+j]) {
					t.Fatalf("%v: default %g tiled %g reference %g at (%d,%d)", dims, c[i*n+j], ct[i*n+j], ref, i, j)
				}
			}
		}
	}
}

func bitsOf(p Profile, m, n, k int, a, b []float32) []float32 {
	c := make([]float32, m*n)
	Gemm(p, false, true, m, n, k, a, b, c)
	return c
}

func TestProfilesDeterministicAcrossGOMAXPROCS(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	m, n, k := 48, 40, 300 // big enough to take the parallel paths
	a, b := randSlice(r, m*k), randSlice(r, k*n)
	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	for _, p := range allProfiles() {
		runtime.GOMAXPROCS(1)
		c1 := bitsOf(p, m, n, k, a, b)
		runtime.GOMAXPROCS(4)
		c4 := bitsOf(p, m, n, k, a, b)
		c4b := bitsOf(p, m, n, k, a, b)
		for i := range c1 {
			if math.Float32bits(c1[i]) != math.Float32bits(c4[i]) || math.Float32bits(c4[i]) != math.Float32bits(c4b[i]) {
				t.Fatalf("%s not deterministic at %d", p.Name(), i)
			}
		}
	}
}

func TestEachKnobChangesBits(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	m, n, k := 16, 16, 784
	a, b := randSlice(r, m*k), randSlice(r, k*n)
	base := Profile{}
	pairs := map[string]Profile{
		"operand bf16": {Operand: BF16},
		"operand tf32": {Operand: TF32},
		"operand fp16": {Operand: FP16},
		"accum f64":    {Accum: AccF64},
		"pairwise":     {Order: Pairwise},
		"lanes8":       {Order: Lanes, N: 8},
		"lanes16":      {Order: Lanes, N: 16},
		"kblock64":     {Order: KBlock, N: 64},
		"splitk2":      {Order: SplitK, N: 2},
		"splitk4":      {Order: SplitK, N: 4},
		"fma":          {FMA: true},
	}
	ref := bitsOf(base, m, n, k, a, b)
	for name, p := range pairs {
		c := bitsOf(p, m, n, k, a, b)
		diff := 0
		for i := range c {
			if math.Float32bits(c[i]) != math.Float32bits(ref[i]) {
				diff++
			}
		}
		if diff == 0 {
			t.Errorf("knob %s (%s) gives the same bits as %s", name, p.Name(), base.Name())
		}
		t.Logf("%-13s %3d/%d elements differ", name, diff, len(c))
	}
	// fp16 and tf32 share a mantissa width; they differ only by range.
	big := []float32{1e6, 3e-7}
	if RoundFP16(big[0]) == RoundTF32(big[0]) || RoundFP16(big[1]) == RoundTF32(big[1]) {
		t.Error("fp16 and tf32 rounding agree outside the fp16 range")
	}
}
