package boundary

import (
	"bytes"
	"encoding/json"
	"errors"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-12*max(1, math.Abs(b)) }

func TestMeasure(t *testing.T) {
	d := Measure([]float32{3, 4}, []float32{3, 4.5})
	if !near(d.RelL2, 0.1) || !near(d.MaxAbs, 0.5) {
		t.Fatalf("distance %+v, want rel_l2 0.1, max_abs 0.5", d)
	}
	cos := 1 - (3*3+4*4.5)/(5*math.Hypot(3, 4.5))
	if !near(d.CosDist, cos) {
		t.Fatalf("cos_dist %v, want %v", d.CosDist, cos)
	}
	if d := Measure([]float32{1, -2, 3}, []float32{1, -2, 3}); d != (Distance{}) {
		t.Fatalf("identical tensors: %+v", d)
	}
	if d := Measure([]float32{1, 2}, []float32{2, 4}); !near(d.RelL2, 1) || d.CosDist > 1e-15 {
		t.Fatalf("scaled tensor: %+v, want rel_l2 1 and cos_dist 0", d)
	}
	if d := Measure([]float32{1, 2}, []float32{-1, -2}); !near(d.CosDist, 2) || !near(d.RelL2, 2) {
		t.Fatalf("opposite tensor: %+v, want cos_dist 2, rel_l2 2", d)
	}
	if d := Measure([]float32{0, 0}, []float32{0, 0}); d != (Distance{}) {
		t.Fatalf("zero tensors: %+v", d)
	}
	if d := Measure([]float32{0, 0}, []float32{1e-3, 0}); d.RelL2 < 1e20 || d.CosDist != 1 || !d.IsFinite() {
		t.Fatalf("zero reference: %+v, want a huge finite rel_l2 and cos_dist 1", d)
	}
	if d := Measure(nil, nil); d != (Distance{}) {
		t.Fatalf("empty tensors: %+v", d)
	}
	for _, got := range [][]float32{{1, float32(math.NaN())}, {float32(math.Inf(1)), 2}, {1}} {
		if d := Measure([]float32{1, 2}, got); d != Infinite() {
			t.Fatalf("got %v: %+v, want Infinite", got, d)
		}
	}
	if d := Measure([]float32{float32(math.Inf(-1)), 2}, []float32{1, 2}); d.IsFinite() {
		t.Fatalf("Inf in reference: %+v, want infinite", d)
	}
}

// The cosine distance of an honest-sized perturbation must be resolved, not
// rounding noise: for a perturbation orthogonal to ref it is rel_l2^2/2.
func TestMeasureCosineSmall(t *testing.T) {
	ref := []float32{1, 0, 0, 0}
	got := []float32{1, 1e-6, 0, 0}
	d := Measure(ref, got)
	want := 1 - 1/math.Sqrt(1+float64(float32(1e-6))*float64(float32(1e-6)))
	if d.CosDist <= 0 || math.Abs(d.CosDist-want) > 1e-3*want {
		t.Fatalf("cos_dist %v, want %v", d.CosDist, want)
	}
}

func TestPercentile(t *testing.T) {
	vs := []float64{1, 2, 3, 4}
	for p, want := range map[float64]float64{0: 1, 50: 2.5, 100: 4, 95: 3.85} {
		if got := Percentile(vs, p); !near(got, want) {
			t.Errorf("percentile %v = %v, want %v", p, got, want)
		}
	}
	if got := Percentile([]float64{7}, 99); got != 7 {
		t.Errorf("single value: %v", got)
	}
}

func sample(c Check, stride uint64, tensor string, relL2 float64) Sample {
	return Sample{Check: c, Stride: stride, Profile: numeric.Profile{Order: numeric.Pairwise}, Tensor: tensor,
		Distance: Distance{RelL2: relL2, MaxAbs: relL2 / 10, CosDist: relL2 * relL2}}
}

func TestFit(t *testing.T) {
	var ss []Sample
	for _, v := range []float64{4, 1, 3, 2} {
		ss = append(ss, sample(CheckInterval, 4, "gradient/w", v*1e-6))
		ss = append(ss, sample(CheckEndpoint, 1, "gradient/w", v*1e-7))
		ss = append(ss, sample(CheckEndpoint, 1, "gradient/b", 0))
	}
	floor := Distance{RelL2: 1e-9, MaxAbs: 1e-10, CosDist: 1e-12}
	cbs, err := Fit(ss, 50, 2, floor)
	if err != nil {
		t.Fatal(err)
	}
	if len(cbs) != 2 || cbs[0].Check != CheckEndpoint || cbs[1].Check != CheckInterval || cbs[1].Stride != 4 {
		t.Fatalf("checks %+v, want endpoint then interval/4", cbs)
	}
	ep := cbs[0]
	if len(ep.Tensors) != 2 || ep.Tensors[0].Tensor != "gradient/b" || ep.Tensors[1].Tensor != "gradient/w" {
		t.Fatalf("endpoint tensors not sorted: %+v", ep.Tensors)
	}
	if b := ep.Tensors[0].Bound; b != floor {
		t.Fatalf("zero-drift tensor bound %+v, want the floor %+v", b, floor)
	}
	w := ep.Tensors[1]
	if !near(w.Bound.RelL2, 2.5e-7*2) || !near(w.Bound.MaxAbs, 2.5e-8*2) || w.Samples != 4 {
		t.Fatalf("bound %+v samples %d, want median*2", w.Bound, w.Samples)
	}
	if w.Bound.CosDist != floor.CosDist {
		t.Fatalf("cos bound %v below floor should be lifted to %v", w.Bound.CosDist, floor.CosDist)
	}
	if !near(w.Drift.Min.RelL2, 1e-7) || !near(w.Drift.Max.RelL2, 4e-7) || !near(w.Drift.Median.RelL2, 2.5e-7) || !near(w.Drift.P95.RelL2, 3.85e-7) {
		t.Fatalf("drift summary %+v", w.Drift)
	}
	if !near(cbs[1].Tensors[0].Bound.RelL2, 5e-6) {
		t.Fatalf("interval bound %+v", cbs[1].Tensors[0].Bound)
	}
}

func TestFitErrors(t *testing.T) {
	ok := []Sample{sample(CheckEndpoint, 1, "gradient/w", 1e-6)}
	cases := map[string]struct {
		ss          []Sample
		pct, margin float64
		floor       Distance
		want        string
	}{
		"no samples":   {nil, 99, 2, Distance{}, "no samples"},
		"percentile 0": {ok, 0, 2, Distance{}, "percentile"},
		"percentile":   {ok, 101, 2, Distance{}, "percentile"},
		"margin":       {ok, 99, 0.5, Distance{}, "margin"},
		"margin inf":   {ok, 99, math.Inf(1), Distance{}, "margin"},
		"floor":        {ok, 99, 2, Distance{MaxAbs: -1}, "floor.max_abs"},
		"nan":          {[]Sample{sample(CheckEndpoint, 1, "gradient/w", math.NaN())}, 99, 2, Distance{}, "rel_l2"},
		"stride":       {[]Sample{sample(CheckEndpoint, 2, "gradient/w", 1)}, 99, 2, Distance{}, "one step"},
		"check":        {[]Sample{sample("bisect", 2, "gradient/w", 1)}, 99, 2, Distance{}, "unknown"},
		"no tensor":    {[]Sample{sample(CheckInterval, 2, "", 1)}, 99, 2, Distance{}, "tensor name"},
	}
	for name, c := range cases {
		if _, err := Fit(c.ss, c.pct, c.margin, c.floor); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %q", name, err, c.want)
		}
	}
}

// testArtifact is a small valid artifact: endpoint and interval/4 checks.
func testArtifact(t testing.TB) *Artifact {
	t.Helper()
	var ss []Sample
	for i, v := range []float64{1, 3, 2, 5, 4} {
		p := numeric.Profile{Order: numeric.Lanes, N: 4 << (i % 2)}
		for _, name := range []string{"gradient/b", "gradient/w"} {
			s := sample(CheckEndpoint, 1, name, v*1e-7)
			s.Profile, s.RefNorm = p, 0.5+float64(i)/8
			ss = append(ss, s)
		}
		for _, name := range []string{"gradient/b", "gradient/w", "state/w"} {
			s := sample(CheckInterval, 4, name, v*1e-5)
			s.Profile = p
			one := sample(CheckInterval, OneStep, name, v*2e-7)
			one.Profile = p
			ss = append(ss, s, one)
		}
	}
	floor := Distance{RelL2: 1e-8, MaxAbs: 1e-9, CosDist: 1e-14}
	cbs, err := Fit(ss, 99, 3, floor)
	if err != nil {
		t.Fatal(err)
	}
	return &Artifact{
		Version: ArtifactVersion, Workload: "mlp-mnist", Policy: numeric.Policy{},
		Reference: numeric.Default(), Percentile: 99, Margin: 3, TailMargin: 1, Floor: floor, Checks: cbs,
		Calibration: Calibration{
			RecipeHash:   evidence.Keccak256([]byte("manifest")),
			Steps:        64,
			Endpoints:    []uint64{0, 8, 16},
			OneStepSteps: []uint64{2, 30, 63},
			Profiles:     []numeric.Profile{{Order: numeric.Lanes, N: 4}, {Order: numeric.Lanes, N: 8}},
			HeldOut:      []numeric.Profile{{Order: numeric.SplitK, N: 2, FMA: true}},
			Samples:      uint64(len(ss)), HeldOutSamples: 6,
			HeldOutTime: []uint64{4, 20}, HeldOutTimeSamples: 4,
		},
	}
}

// goldenHash pins the canonical encoding: a change to the encoding or to
// the fixture shows here.
const goldenHash = "0x1f1d78b0a93914ac054892e82fc33f13415f62a469b8543d1d7b2ab11124eaa5"

func TestArtifactHash(t *testing.T) {
	a := testArtifact(t)
	h, err := a.Hash()
	if err != nil {
		t.Fatal(err)
	}
	if h.String() != goldenHash {
		t.Errorf("hash %s, want golden %s", h, goldenHash)
	}
	canon, err := a.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	if evidence.Keccak256(canon) != h {
		t.Fatal("Hash is not keccak256 of Canonical")
	}
	// Re-encoded in another spelling (indented), the artifact keeps its hash.
	indented, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{canon, indented} {
		b, err := DecodeArtifact(data)
		if err != nil {
			t.Fatal(err)
		}
		if h2, err := b.Hash(); err != nil || h2 != h {
			t.Fatalf("re-decoded hash %s (%v), want %s", h2, err, h)
		}
	}
	// Any bound, on any check, tensor and metric, changes the hash.
	seen := map[evidence.Hash32]string{h: "original"}
	for ci := range a.Checks {
		for ti := range a.Checks[ci].Tensors {
			for m := range 3 {
				b := testArtifact(t)
				tb := &b.Checks[ci].Tensors[ti]
				v := tb.Bound.values()
				v[m] = math.Nextafter(v[m], math.Inf(1))
				tb.Bound = distanceOf(v)
				h2, err := b.Hash()
				if err != nil {
					t.Fatal(err)
				}
				where := tb.Tensor + "/" + Metrics()[m]
				if prev, dup := seen[h2]; dup {
					t.Fatalf("bump of %s gives the hash of %s", where, prev)
				}
				seen[h2] = where
			}
		}
	}
	if len(seen) != 1+3*(2+3+3) {
		t.Fatalf("%d distinct hashes", len(seen))
	}
}

func TestDecodeArtifactErrors(t *testing.T) {
	canon, err := testArtifact(t).Canonical()
	if err != nil {
		t.Fatal(err)
	}
	s := string(canon)
	edit := func(old, new string) string {
		if !strings.Contains(s, old) {
			t.Fatalf("fixture lacks %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
	cases := map[string]struct{ data, want string }{
		"unknown field":   {edit(`{"version":3,`, `{"version":2,"extra":2,`), `"extra": unknown`},
		"missing field":   {edit(`"margin":3,`, ``), `"margin": missing`},
		"wrong case":      {edit(`"workload":`, `"Workload":`), `"workload": missing`},
		"duplicate":       {edit(`{"version":3,`, `{"version":2,"version":1,`), `"version": duplicated`},
		"null":            {edit(`"endpoints":[0,8,16]`, `"endpoints":null`), `calibration.endpoints`},
		"nested missing":  {edit(`"samples":5,`, ``), `checks[0].tensors[0].samples": missing`},
		"negative bound":  {edit(`"bound":{"rel_l2":`, `"bound":{"rel_l2":-`), `bound.rel_l2`},
		"huge number":     {edit(`"margin":3`, `"margin":1e999`), `margin`},
		"trailing":        {s + `{}`, `trailing`},
		"bad profile":     {edit(`red=lanes4/`, `red=lanes3x/`), `profile`},
		"policy mismatch": {edit(`"policy":"f32/acc=f32"`, `"policy":"bf16/acc=f32"`), `reference`},
		"version":         {edit(`{"version":3,`, `{"version":1,`), `version`},
		"bad check":       {edit(`"check":"endpoint"`, `"check":"bisect"`), `unknown "bisect"`},
		"unsorted":        {edit(`"endpoints":[0,8,16]`, `"endpoints":[8,0,16]`), `calibration.endpoints`},
		"not json":        {`{"version":`, `"version"`},
		"type":            {edit(`"version":3`, `"version":"2"`), `version`},
		"tensor name":     {strings.ReplaceAll(s, `"gradient/b"`, `"grad/b"`), `"grad/b"`},
		"endpoint state":  {strings.Replace(s, `"gradient/b"`, `"state/b"`, 1), `only gradient/`},
		"drift order":     {edit(`"min":{"rel_l2":`, `"min":{"rel_l2":9`), `drift.rel_l2`},
	}
	for name, c := range cases {
		_, err := DecodeArtifact([]byte(c.data))
		if err == nil || !errors.Is(err, ErrBadArtifact) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want ErrBadArtifact mentioning %q", name, err, c.want)
		}
	}
}

// Values that only Validate rejects, encoded without it.
func TestDecodeArtifactInvalidValues(t *testing.T) {
	for name, c := range map[string]struct {
		edit func(*Artifact)
		want string
	}{
		"below floor":     {func(a *Artifact) { a.Checks[1].Tensors[2].Bound.MaxAbs = 1e-20 }, "checks[1].tensors[2].bound.max_abs"},
		"zero samples":    {func(a *Artifact) { a.Checks[0].Tensors[0].Samples = 0 }, "checks[0].tensors[0].samples"},
		"margin":          {func(a *Artifact) { a.Margin = 0.5 }, "margin"},
		"tail margin":     {func(a *Artifact) { a.TailMargin = 0 }, "tail_margin"},
		"held-out empty":  {func(a *Artifact) { a.Calibration.HeldOut = nil }, "calibration.held_out"},
		"overlap":         {func(a *Artifact) { a.Calibration.HeldOut = a.Calibration.Profiles[:1] }, "already listed"},
		"endpoint steps":  {func(a *Artifact) { a.Calibration.Steps, a.Calibration.OneStepSteps = 16, nil }, "calibration.endpoints"},
		"gradient order":  {func(a *Artifact) { a.Calibration.GradientSteps = []uint64{3, 1} }, "calibration.gradient_steps"},
		"gradient twice":  {func(a *Artifact) { a.Calibration.GradientSteps = a.Calibration.Endpoints[:1] }, "also an endpoint"},
		"time order":      {func(a *Artifact) { a.Calibration.HeldOutTime = []uint64{20, 4} }, "calibration.held_out_time"},
		"time calibrated": {func(a *Artifact) { a.Calibration.HeldOutTime = []uint64{8} }, "also a calibration endpoint"},
		"time beyond":     {func(a *Artifact) { a.Calibration.HeldOutTime = []uint64{64} }, "calibration.held_out_time"},
		"time fp":         {func(a *Artifact) { a.Calibration.HeldOutTimeFalsePositives = 5 }, "held_out_time_false_positives"},
		"abs negative":    {func(a *Artifact) { a.Checks[0].Tensors[0].AbsL2 = -1 }, "abs_l2"},
		"gradient steps":  {func(a *Artifact) { a.Calibration.GradientSteps = []uint64{a.Calibration.Steps} }, "calibration.gradient_steps"},
		"false positives": {func(a *Artifact) { a.Calibration.FalsePositives = 7 }, "calibration.false_positives"},
		"no checks":       {func(a *Artifact) { a.Checks = []CheckBounds{} }, "checks: empty"},
		"check order":     {func(a *Artifact) { a.Checks[0], a.Checks[1] = a.Checks[1], a.Checks[0] }, "out of order"},
		"no one-step":     {func(a *Artifact) { a.Checks = slices.Delete(a.Checks, 1, 2) }, "no interval check at stride 1"},
		"one-step order":  {func(a *Artifact) { a.Calibration.OneStepSteps = []uint64{30, 2} }, "calibration.one_step_steps"},
		"one-step twice":  {func(a *Artifact) { a.Calibration.OneStepSteps = []uint64{4} }, "also held-out time"},
		"one-step beyond": {func(a *Artifact) { a.Calibration.OneStepSteps = []uint64{64} }, "calibration.one_step_steps"},
	} {
		a := testArtifact(t)
		c.edit(a)
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeArtifact(data); err == nil || !errors.Is(err, ErrBadArtifact) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want ErrBadArtifact mentioning %q", name, err, c.want)
		}
		if _, err := a.Hash(); err == nil {
			t.Errorf("%s: invalid artifact hashed", name)
		}
	}
}

// Cosine distance is judged from MinCosineElements values on, and never against a bound below
// half the square of the relative L2 bound: isotropic noise within the relative bound has
// about that cosine distance (a floor-level cosine bound flagged honest 1,000-step jobs).
func TestCompareCosineBounds(t *testing.T) {
	for _, n := range []int{MinCosineElements - 1, MinCosineElements} {
		ref, got := make([]float32, n), make([]float32, n)
		for i := range ref {
			ref[i], got[i] = 1, 1
		}
		got[0], got[1] = 1.001, 0.999
		d := Measure(ref, got)
		tb := TensorBounds{Tensor: "gradient/x", Bound: Distance{RelL2: 2 * d.RelL2, MaxAbs: 2 * d.MaxAbs, CosDist: d.CosDist / 2}}
		a := &Artifact{Checks: []CheckBounds{{Check: CheckEndpoint, Stride: 1, Tensors: []TensorBounds{tb}}}}
		if e := tb.Effective(1); e.CosDist != 2*d.RelL2*d.RelL2 || e.RelL2 != tb.Bound.RelL2 {
			t.Errorf("effective bound %+v of %+v", e, tb.Bound)
		}
		v, err := a.Compare(CheckEndpoint, 1, map[string][]float32{"gradient/x": ref}, map[string][]float32{"gradient/x": got})
		if err != nil {
			t.Fatal(err)
		}
		if v.Fraud {
			t.Errorf("%d values, rotation within the relative bound: fraud (%+v)", n, v)
		}
		// Beyond the lifted cosine bound (a relative bound far tighter than the rotation)
		// both metrics fire on a large tensor, only relative L2 on a small one.
		a.Checks[0].Tensors[0].Bound = Distance{RelL2: d.RelL2 / 4, MaxAbs: 2 * d.MaxAbs, CosDist: d.CosDist / 2}
		if v, err = a.Compare(CheckEndpoint, 1, map[string][]float32{"gradient/x": ref}, map[string][]float32{"gradient/x": got}); err != nil {
			t.Fatal(err)
		}
		cos := false
		for _, e := range v.Exceeded {
			cos = cos || e.Metric == MetricCosDist
		}
		if want := n >= MinCosineElements; !v.Fraud || cos != want {
			t.Errorf("%d values: fraud %v, cosine judged %v, want %v (%+v)", n, v.Fraud, cos, want, v.Exceeded)
		}
	}
}

func TestCompare(t *testing.T) {
	a := testArtifact(t)
	ref := map[string][]float32{"gradient/b": {1, 2, 3}, "gradient/w": {4, 5, 6, 7}}
	got := map[string][]float32{"gradient/b": {1, 2, 3}, "gradient/w": {4, 5, 6, 7}}
	v, err := a.Compare(CheckEndpoint, 16, ref, got)
	if err != nil {
		t.Fatal(err)
	}
	if v.Fraud || len(v.Exceeded) != 0 || v.Worst.Ratio != 0 || len(v.Distances) != 2 {
		t.Fatalf("identical tensors: %+v", v)
	}
	got["gradient/w"] = []float32{4, 5, 6, 7.001}
	v, err = a.Compare(CheckEndpoint, 1, ref, got)
	if err != nil {
		t.Fatal(err)
	}
	bw := a.Checks[0].Tensors[1].Bound
	// Four values: relative L2 and max-abs judge them, cosine distance does not.
	if !v.Fraud || v.Worst.Tensor != "gradient/w" || len(v.Exceeded) != 2 {
		t.Fatalf("tampered tensor: %+v", v)
	}
	d := Measure(ref["gradient/w"], got["gradient/w"])
	if e := v.Exceeded[0]; e != v.Worst || !near(e.Ratio, e.Distance/e.Bound) {
		t.Fatalf("worst %+v first exceeded %+v", v.Worst, e)
	}
	for _, e := range v.Exceeded {
		want, _ := d.Get(e.Metric)
		bound, _ := bw.Get(e.Metric)
		if e.Distance != want || e.Bound != bound || e.Ratio <= 1 || e.Ratio > v.Worst.Ratio {
			t.Fatalf("excess %+v, distance %+v bound %+v", e, d, bw)
		}
	}
	got["gradient/w"] = []float32{4, 5, 6, float32(math.NaN())}
	if v, err := a.Compare(CheckEndpoint, 1, ref, got); err != nil || !v.Fraud || !math.IsInf(v.Worst.Ratio, 1) {
		t.Fatalf("NaN replay: %+v %v, want fraud with infinite ratio", v, err)
	}
	// Just under and just over the bound of one metric.
	bb := a.Checks[0].Tensors[0].Bound.MaxAbs
	for _, c := range []struct {
		delta float64
		fraud bool
	}{{bb * 0.5, false}, {bb * 4, true}} {
		g := map[string][]float32{"gradient/b": {1, 2, 3 + float32(c.delta)}, "gradient/w": ref["gradient/w"]}
		r := map[string][]float32{"gradient/b": {1, 2, 3}, "gradient/w": ref["gradient/w"]}
		b2 := testArtifact(t)
		// Loosen the other metrics so only max_abs decides.
		b2.Checks[0].Tensors[0].Bound.RelL2, b2.Checks[0].Tensors[0].Bound.CosDist = 1, 1
		v, err := b2.Compare(CheckEndpoint, 1, r, g)
		if err != nil || v.Fraud != c.fraud {
			t.Fatalf("max_abs delta %v (bound %v): fraud %v err %v, want %v", c.delta, bb, v.Fraud, err, c.fraud)
		}
		if c.fraud && (v.Worst.Metric != MetricMaxAbs || v.Worst.Tensor != "gradient/b") {
			t.Fatalf("worst %+v, want max_abs of gradient/b", v.Worst)
		}
	}
}

func TestCompareMalformed(t *testing.T) {
	a := testArtifact(t)
	full := func() map[string][]float32 {
		return map[string][]float32{"gradient/b": {1}, "gradient/w": {1, 2}, "state/w": {1, 2}}
	}
	missing := full()
	delete(missing, "state/w")
	extra := full()
	extra["state/m"] = []float32{0}
	short := full()
	short["gradient/w"] = []float32{1}
	for name, c := range map[string]struct{ ref, got map[string][]float32 }{
		"missing committed": {missing, full()},
		"missing replayed":  {full(), missing},
		"extra committed":   {extra, full()},
		"extra replayed":    {full(), extra},
		"length":            {full(), short},
	} {
		if _, err := a.Compare(CheckInterval, 4, c.ref, c.got); !errors.Is(err, evidence.ErrMalformed) {
			t.Errorf("%s: error %v, want ErrMalformed", name, err)
		}
	}
	if _, err := a.Compare(CheckInterval, 8, full(), full()); err == nil || errors.Is(err, evidence.ErrMalformed) {
		t.Errorf("uncalibrated stride: error %v, want a plain error", err)
	}
	if v, err := a.Compare(CheckInterval, 4, full(), full()); err != nil || v.Fraud {
		t.Errorf("identical interval: %+v %v", v, err)
	}
}

func TestTensors(t *testing.T) {
	w, _ := evidence.NewF32("w", []int64{2}, []float32{1, 2})
	g, _ := evidence.NewF32("w", []int64{2}, []float32{3, 4})
	step, _ := evidence.NewI64("step", []int64{1}, []int64{7})
	ep := &evidence.Endpoint{State: []evidence.Tensor{step, w}, Gradient: []evidence.Tensor{g}}
	m, err := Tensors(ep, []string{"gradient/w", "state/w"})
	if err != nil {
		t.Fatal(err)
	}
	if m["gradient/w"][1] != 4 || m["state/w"][0] != 1 || len(m) != 2 {
		t.Fatalf("tensors %v", m)
	}
	for _, names := range [][]string{{"gradient/x"}, {"state/step"}} {
		if _, err := Tensors(ep, names); !errors.Is(err, evidence.ErrMalformed) {
			t.Errorf("%v: error %v, want ErrMalformed", names, err)
		}
	}
	for _, names := range [][]string{{"w"}, {"gradient/"}} {
		if _, err := Tensors(ep, names); err == nil {
			t.Errorf("%v: no error", names)
		}
	}
}

func TestPlot(t *testing.T) {
	a := testArtifact(t)
	ss := []Sample{sample(CheckEndpoint, 1, "gradient/w", 2e-7), sample(CheckEndpoint, 1, "gradient/b", 0),
		sample(CheckInterval, 4, "state/w", 1e-5), sample(CheckInterval, 4, "state/w", math.Inf(1))}
	path := filepath.Join(t.TempDir(), "bounds.png")
	if err := Plot(a, ss, path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	// 3 metric columns of 5in and 3 check rows of 3.5in at vgimg's 96 dpi.
	if b := img.Bounds(); b.Dx() != 3*5*96 || b.Dy() != 3*35*96/10 {
		t.Fatalf("image %v", b)
	}
	if err := Plot(&Artifact{}, ss, path); err == nil {
		t.Fatal("plotted an invalid artifact")
	}
}

func FuzzDecodeArtifact(f *testing.F) {
	canon, err := testArtifact(f).Canonical()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(canon)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version":2,"version":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeArtifact(data)
		if err != nil {
			if !errors.Is(err, ErrBadArtifact) {
				t.Fatalf("error %v does not wrap ErrBadArtifact", err)
			}
			return
		}
		c, err := a.Canonical()
		if err != nil {
			t.Fatalf("decoded artifact does not encode: %v", err)
		}
		b, err := DecodeArtifact(c)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v", err)
		}
		c2, err := b.Canonical()
		if err != nil || !bytes.Equal(c, c2) {
			t.Fatalf("canonical form not stable: %v", err)
		}
	})
}

// The absolute L2 bound lets the relative bound grow as a committed tensor shrinks: honest
// rounding noise does not shrink with the gradient, an attack that scales it does.
func TestCompareAbsoluteBound(t *testing.T) {
	a := testArtifact(t)
	tb := &a.Checks[0].Tensors[1] // gradient/w of the endpoint check
	if tb.AbsL2 == 0 {
		t.Fatal("fit gave no absolute bound although every sample had a reference norm")
	}
	tb.Bound.RelL2, tb.Bound.MaxAbs, tb.AbsL2 = 1e-6, 2e-6, 1e-6
	mk := func(scale float32, rel float32) (map[string][]float32, map[string][]float32) {
		ref := map[string][]float32{"gradient/b": {1, 1}, "gradient/w": {0, scale}}
		got := map[string][]float32{"gradient/b": {1, 1}, "gradient/w": {0, scale * (1 + rel)}}
		return ref, got
	}
	for _, c := range []struct {
		scale, rel float32
		fraud      bool
	}{
		{1, 5e-7, false},     // within the relative bound
		{1, 5e-6, true},      // 5e-6 absolute: beyond both
		{0.01, 5e-5, false},  // 5e-7 absolute on a small gradient: within AbsL2
		{0.01, 5e-4, true},   // 5e-6 absolute: beyond
		{0.001, 9e-4, false}, // 9e-7 absolute: noise level, indistinguishable
		{0.001, 0.999, true}, // a gradient nearly doubled is fraud at any size
	} {
		ref, got := mk(c.scale, c.rel)
		v, err := a.Compare(CheckEndpoint, 1, ref, got)
		if err != nil {
			t.Fatal(err)
		}
		fraud := false
		for _, e := range v.Exceeded {
			fraud = fraud || e.Tensor == "gradient/w"
		}
		if fraud != c.fraud {
			t.Errorf("|ref| %v, rel %v: fraud %v, want %v (%+v)", c.scale, c.rel, fraud, c.fraud, v.Worst)
		}
		if got := tb.Effective(float64(c.scale)).RelL2; got != max(1e-6, 1e-6/float64(c.scale)) {
			t.Errorf("effective rel_l2 at |ref| %v: %v", c.scale, got)
		}
	}
}

func TestApplyTailMargin(t *testing.T) {
	a, b := testArtifact(t), testArtifact(t)
	ApplyTailMargin(b.Checks, 10)
	for ci := range a.Checks {
		for ti := range a.Checks[ci].Tensors {
			x, y := a.Checks[ci].Tensors[ti], b.Checks[ci].Tensors[ti]
			want := x
			if a.Checks[ci].Check == CheckInterval && a.Checks[ci].Stride != OneStep {
				want.Bound = Distance{RelL2: 10 * x.Bound.RelL2, MaxAbs: 10 * x.Bound.MaxAbs, CosDist: x.Bound.CosDist * 10 * 10}
				want.AbsL2 = 10 * x.AbsL2
			}
			if y.Bound != want.Bound || y.AbsL2 != want.AbsL2 || y.Drift != x.Drift {
				t.Errorf("%s/%d %s: %+v, want %+v", a.Checks[ci].Check, a.Checks[ci].Stride, x.Tensor, y, want)
			}
		}
	}
}

// The absolute bound covers the largest absolute drift seen (a rare ReLU flip adds one
// sample's term whatever the gradient's norm), while the relative bounds keep the percentile.
func TestFitAbsoluteBoundCoversTheLargestDrift(t *testing.T) {
	var ss []Sample
	for i, rel := range []float64{1e-7, 2e-7, 3e-7, 4e-7, 5e-6} {
		s := sample(CheckEndpoint, 1, "gradient/b", rel)
		s.Profile, s.Endpoint, s.RefNorm = numeric.Profile{Order: numeric.Lanes, N: 4}, uint64(i), 0.1*float64(i+1)
		ss = append(ss, s)
	}
	cbs, err := Fit(ss, 50, 3, Distance{RelL2: 1e-9, MaxAbs: 1e-9, CosDist: 1e-15})
	if err != nil {
		t.Fatal(err)
	}
	tb := cbs[0].Tensors[0]
	largest := 5e-6 * 0.5 // the outlier's absolute drift
	if math.Abs(tb.AbsL2-3*largest) > 1e-18 {
		t.Errorf("AbsL2 %g, want 3 x the largest absolute drift %g", tb.AbsL2, largest)
	}
	if math.Abs(tb.Bound.RelL2-3*3e-7) > 1e-18 {
		t.Errorf("relative bound %g, want 3 x the median 3e-7", tb.Bound.RelL2)
	}
	// The outlier replayed again passes; twice its size on the same tensor does not.
	if b := tb.Effective(0.5); !(b.RelL2 >= 5e-6) || tb.Effective(0.5).RelL2 >= 2*3*5e-6 {
		t.Errorf("effective relative bound %g at the outlier's norm", b.RelL2)
	}
}
