package challenger

import (
	"errors"
	"math"
	"testing"
)

func TestPlannerRoundTrip(t *testing.T) {
	cases := []struct {
		target float64
		m, n   uint64
	}{
		{0.99, 1, 1}, {0.99, 5, 3}, {0.999999, 10, 2}, {0.5, 1000, 10}, {1e-9, 1, 1}, {0, 3, 3},
	}
	for _, c := range cases {
		p, err := RequiredRate(c.target, c.m, c.n)
		if err != nil {
			t.Fatal(err)
		}
		if p < 0 || p > 1 {
			t.Fatalf("rate %v outside [0,1]", p)
		}
		got, err := DetectionProbability(p, c.m, c.n)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-c.target) > 1e-12 {
			t.Errorf("target %v m=%d n=%d: p=%v gives %v", c.target, c.m, c.n, p, got)
		}
	}
}

func TestPlannerKnownValues(t *testing.T) {
	// One watchtower, one tampered interval: p equals the target.
	if p, _ := RequiredRate(0.9, 1, 1); math.Abs(p-0.9) > 1e-15 {
		t.Errorf("RequiredRate(0.9,1,1) = %v", p)
	}
	// 1-(1-0.1)^(2*3) = 1-0.9^6.
	if d, _ := DetectionProbability(0.1, 2, 3); math.Abs(d-(1-math.Pow(0.9, 6))) > 1e-15 {
		t.Errorf("DetectionProbability(0.1,2,3) = %v", d)
	}
	if p, _ := RequiredRate(1, 4, 4); p != 1 {
		t.Errorf("certain detection needs p=1, got %v", p)
	}
	if d, _ := DetectionProbability(0, 4, 4); d != 0 {
		t.Errorf("p=0 detects with %v", d)
	}
	// Ten watchtowers against a 5-interval attack need under 9% sampling each for 99%.
	if p, _ := RequiredRate(0.99, 5, 10); p > 0.1 || p < 0.08 {
		t.Errorf("RequiredRate(0.99,5,10) = %v, want about 0.088", p)
	}
}

func TestPlannerRejects(t *testing.T) {
	for _, c := range []struct {
		x    float64
		m, n uint64
	}{{-0.1, 1, 1}, {1.1, 1, 1}, {math.NaN(), 1, 1}, {0.5, 0, 1}, {0.5, 1, 0}} {
		if _, err := RequiredRate(c.x, c.m, c.n); !errors.Is(err, ErrPlan) {
			t.Errorf("RequiredRate(%v,%d,%d) err = %v", c.x, c.m, c.n, err)
		}
		if _, err := DetectionProbability(c.x, c.m, c.n); !errors.Is(err, ErrPlan) {
			t.Errorf("DetectionProbability(%v,%d,%d) err = %v", c.x, c.m, c.n, err)
		}
	}
}
