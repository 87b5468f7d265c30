package calibrate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
)

func TestProfiles(t *testing.T) {
	pol := numeric.Policy{Operand: numeric.BF16}
	held := []numeric.Profile{{Operand: numeric.BF16, Order: numeric.Lanes, N: 8}}
	all, err := profiles(pol, nil, held)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(pol.HonestProfiles())-2 {
		t.Fatalf("%d profiles from %d honest ones, want all but reference and held-out", len(all), len(pol.HonestProfiles()))
	}
	for _, p := range all {
		if p == pol.Reference() || p == held[0] || !pol.Admits(p) {
			t.Fatalf("profile %s should not be calibrated on", p)
		}
	}
	pick := []numeric.Profile{{Operand: numeric.BF16, Order: numeric.Pairwise}}
	if got, err := profiles(pol, pick, held); err != nil || len(got) != 1 || got[0] != pick[0] {
		t.Fatalf("explicit profiles: %v %v", got, err)
	}
	f32 := numeric.Profile{Order: numeric.Pairwise}
	for name, c := range map[string]struct {
		req, held []numeric.Profile
		want      string
	}{
		"no held-out":      {nil, nil, "held-out"},
		"overlap":          {held, held, "both"},
		"not admitted":     {[]numeric.Profile{f32}, held, "not admitted"},
		"reference":        {[]numeric.Profile{pol.Reference()}, held, "reference"},
		"held reference":   {nil, []numeric.Profile{pol.Reference()}, "reference"},
		"duplicate":        {[]numeric.Profile{pick[0], pick[0]}, held, "twice"},
		"empty":            {[]numeric.Profile{}, held, "no calibration"},
		"invalid":          {[]numeric.Profile{{Operand: numeric.BF16, Order: numeric.Lanes, N: 1}}, held, "N must be"},
		"held not allowed": {nil, []numeric.Profile{f32}, "not admitted"},
	} {
		if _, err := profiles(pol, c.req, c.held); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %q", name, err, c.want)
		}
	}
}

func TestGradientSteps(t *testing.T) {
	for name, c := range map[string]struct {
		every     int
		endpoints []uint64
		want      []uint64
	}{
		"every step":   {1, []uint64{2, 4}, []uint64{0, 1, 3}},
		"every third":  {3, []uint64{0, 6, 12}, []uint64{3, 9}},
		"off":          {-1, []uint64{2, 4}, nil},
		"no endpoints": {1, nil, nil},
	} {
		if got := gradientSteps(c.every, c.endpoints); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", name, got, c.want)
		}
	}
	if DefaultGradientEvery(numeric.Policy{}) >= 0 || DefaultGradientEvery(numeric.Policy{Operand: numeric.BF16}) != 1 {
		t.Error("dense gradient sampling must be the default exactly when operands are rounded")
	}
	if DefaultPercentile(numeric.Policy{}) != 99 || DefaultPercentile(numeric.Policy{Operand: numeric.FP16}) != 100 {
		t.Error("the largest drift must be fitted exactly when operands are rounded")
	}
}

func TestCheckSchedule(t *testing.T) {
	if err := checkSchedule([]uint64{1, 4, 16}, []uint64{16, 48}, 64); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		strides, endpoints []uint64
		total              uint64
		want               string
	}{
		"no strides":   {nil, []uint64{0}, 64, "no strides"},
		"no endpoints": {[]uint64{1}, nil, 64, "no endpoints"},
		"unsorted":     {[]uint64{4, 1}, []uint64{0}, 64, "ascending"},
		"duplicate":    {[]uint64{4, 4}, []uint64{0}, 64, "ascending"},
		"zero":         {[]uint64{0, 4}, []uint64{0}, 64, "stride 0"},
		"divide":       {[]uint64{5}, []uint64{0}, 64, "does not divide"},
		"aligned":      {[]uint64{4}, []uint64{6}, 64, "not a multiple"},
		"room":         {[]uint64{16}, []uint64{48, 64}, 64, "exceeds"},
		"endpoints":    {[]uint64{4}, []uint64{8, 4}, 64, "ascending"},
	} {
		if err := checkSchedule(c.strides, c.endpoints, c.total); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %q", name, err, c.want)
		}
	}
}

func TestCheckTensors(t *testing.T) {
	w, _ := evidence.NewF32("fc.w", []int64{2}, []float32{1, 2})
	mom, _ := evidence.NewF32("momentum/fc.w", []int64{2}, []float32{0, 0})
	g, _ := evidence.NewF32("fc.w", []int64{2}, []float32{3, 4})
	step, _ := evidence.NewI64("step", []int64{1}, []int64{32})
	ep := &evidence.Endpoint{State: []evidence.Tensor{w, mom, step}, Gradient: []evidence.Tensor{g},
		Metadata: evidence.Metadata{Endpoint: 32, Step: 32}}
	epNames, ivNames := checkTensors(ep)
	if strings.Join(epNames, ",") != "gradient/fc.w" || strings.Join(ivNames, ",") != "gradient/fc.w,state/fc.w" {
		t.Fatalf("endpoint check %v, interval check %v", epNames, ivNames)
	}
}

func TestMeasureSamples(t *testing.T) {
	p := numeric.Profile{Order: numeric.Pairwise}
	ref := map[string][]float32{"gradient/w": {3, 4}}
	got := map[string][]float32{"gradient/w": {3, 4.5}}
	ss, err := measure(boundary.CheckInterval, 4, 16, p, []string{"gradient/w"}, ref, got)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || ss[0].Stride != 4 || ss[0].Endpoint != 16 || ss[0].Profile != p || math.Abs(ss[0].Distance.RelL2-0.1) > 1e-12 {
		t.Fatalf("samples %+v", ss)
	}
	if _, err := measure(boundary.CheckInterval, 4, 16, p, []string{"gradient/x"}, ref, got); err == nil {
		t.Fatal("missing tensor measured")
	}
}

func TestTally(t *testing.T) {
	vs := []boundary.Verdict{
		{Worst: boundary.Excess{Tensor: "a", Ratio: 0.5}},
		{Fraud: true, Worst: boundary.Excess{Tensor: "b", Ratio: 2}},
		{Worst: boundary.Excess{Tensor: "c", Ratio: 0.9}},
	}
	n, f, w := tally(vs)
	if n != 3 || f != 1 || w.Tensor != "b" {
		t.Fatalf("tally %d %d %+v", n, f, w)
	}
}

func TestForEach(t *testing.T) {
	hits := make([]int, 50)
	if err := forEach(t.Context(), len(hits), 3, func(i int) error { hits[i]++; return nil }); err != nil {
		t.Fatal(err)
	}
	for i, h := range hits {
		if h != 1 {
			t.Fatalf("item %d ran %d times", i, h)
		}
	}
	boom := errors.New("boom")
	if err := forEach(t.Context(), 10, 2, func(i int) error {
		if i == 3 {
			return boom
		}
		return nil
	}); !errors.Is(err, boom) {
		t.Fatalf("error %v, want boom", err)
	}
}

func TestRecipeHash(t *testing.T) {
	m := &evidence.Manifest{Version: 1, Workload: "mlp-mnist", TotalSteps: 64, Stride: 16, Schedule: evidence.DataSchedule{Seed: 1, BatchSize: 64}}
	h, err := RecipeHash(m)
	if err != nil {
		t.Fatal(err)
	}
	same := *m
	same.Stride, same.BoundaryHash = 4, evidence.Keccak256([]byte("artifact"))
	same.Optimizer.Params = map[string]float64{}
	if h2, _ := RecipeHash(&same); h2 != h {
		t.Fatal("recipe hash depends on stride, boundary hash or nil-vs-empty params")
	}
	other := *m
	other.Schedule.Seed = 2
	if h2, _ := RecipeHash(&other); h2 == h {
		t.Fatal("recipe hash ignores the seed")
	}
	if m.Stride != 16 {
		t.Fatal("RecipeHash modified its argument")
	}
}

func TestSchedule(t *testing.T) {
	ep, held, err := Schedule(1000, []uint64{10}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(ep, held)
	if len(ep) != DefaultScheduleEndpoints || ep[0] != 0 || len(held) < DefaultScheduleHeldOutTime-1 {
		t.Fatalf("endpoints %v, held-out time %v", ep, held)
	}
	if held[len(held)-1] != 990 || held[len(held)-1] <= ep[len(ep)-1] {
		t.Fatalf("held-out time %v does not reach the last interval after the calibrated %v", held, ep)
	}
	if err := checkSchedule([]uint64{10}, ep, 1000); err != nil {
		t.Fatal(err)
	}
	if err := checkSchedule([]uint64{10}, held, 1000); err != nil {
		t.Fatal(err)
	}
	for _, st := range held {
		if _, found := slices.BinarySearch(ep, st); found {
			t.Fatalf("step %d both calibrated and held out", st)
		}
	}
	ep, held, err = Schedule(40, []uint64{1, 5, 10}, 4, 3)
	if err != nil || len(ep) == 0 || len(held) == 0 || ep[len(ep)-1] >= held[len(held)-1] {
		t.Fatalf("short job: %v %v %v", ep, held, err)
	}
	for _, st := range append(slices.Clone(ep), held...) {
		if st%10 != 0 || st+10 > 40 {
			t.Fatalf("step %d not an endpoint of every stride with room: %v %v", st, ep, held)
		}
	}
	if _, _, err := Schedule(10, []uint64{10}, 0, 0); err == nil {
		t.Fatal("a one-interval job scheduled")
	}
	if got := DefaultHeldOut(numeric.Policy{}, 3, nil); len(got) != 3 || slices.Contains(got, numeric.Policy{}.Reference()) {
		t.Fatalf("default held-out %v", got)
	}
}

// TestDefaultSetsCoverFrameworkKernels: by default calibration fits on every variant of every
// framework kernel, and holds out a profile that combines them with a GEMM order (PyTorch's
// CPU path), so held-out false positives speak for a foreign trainer too.
func TestDefaultSetsCoverFrameworkKernels(t *testing.T) {
	for _, pol := range []numeric.Policy{{}, {Operand: numeric.BF16}} {
		held := DefaultHeldOut(pol, 3, nil)
		cal, err := profiles(pol, nil, held)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, p := range cal {
			seen[fmt.Sprint("sm", p.Softmax)], seen[fmt.Sprint("bias", p.ColSum)] = true, true
			seen[fmt.Sprint("loss", p.Loss)], seen[fmt.Sprint("opt", p.Opt)] = true, true
		}
		for _, want := range []string{"sm1", "bias1", "bias2", "loss1", "opt1"} {
			if !seen[want] {
				t.Errorf("%s: no calibration profile with %s", pol.Name(), want)
			}
		}
		combined := false
		for _, p := range held {
			combined = combined || (p.Kernel() != p && p.Order != numeric.Seq && p.Softmax != 0 && p.ColSum != 0 && p.Loss != 0 && p.Opt != 0)
		}
		if !combined {
			t.Errorf("%s: held out %v, none combining every framework kernel with a GEMM order", pol.Name(), held)
		}
	}
}
