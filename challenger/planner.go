package challenger

import (
	"errors"
	"fmt"
	"math"
)

// ErrPlan reports an input the planner cannot answer for.
var ErrPlan = errors.New("invalid plan input")

// RequiredRate returns the per-interval sampling rate p each of n independent watchtowers needs
// so that at least one of m tampered intervals is audited with probability target:
// target = 1-(1-p)^(m·n), so p = 1-(1-target)^(1/(m·n)). Computed with log1p/expm1 so that
// small rates and targets close to 1 keep their precision.
func RequiredRate(target float64, m, n uint64) (float64, error) {
	if err := checkPlan("target", target, m, n); err != nil {
		return 0, err
	}
	if target == 1 {
		return 1, nil
	}
	k := float64(m) * float64(n)
	return -math.Expm1(math.Log1p(-target) / k), nil
}

// DetectionProbability is the inverse of RequiredRate: the probability that n watchtowers, each
// sampling at rate p, audit at least one of m tampered intervals.
func DetectionProbability(p float64, m, n uint64) (float64, error) {
	if err := checkPlan("rate", p, m, n); err != nil {
		return 0, err
	}
	if p == 1 {
		return 1, nil
	}
	k := float64(m) * float64(n)
	return -math.Expm1(k * math.Log1p(-p)), nil
}

func checkPlan(name string, x float64, m, n uint64) error {
	if math.IsNaN(x) || x < 0 || x > 1 {
		return fmt.Errorf("%w: %s %v is not a probability in [0, 1]", ErrPlan, name, x)
	}
	if m == 0 {
		return fmt.Errorf("%w: need at least one tampered interval, got m = 0", ErrPlan)
	}
	if n == 0 {
		return fmt.Errorf("%w: need at least one watchtower, got n = 0", ErrPlan)
	}
	return nil
}
