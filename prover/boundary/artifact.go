package boundary

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
)

// ArtifactVersion is the only artifact version this code accepts. Version 2 added AbsL2 to
// every tensor's bounds, TailMargin, and the held-out-time validation to the calibration
// record. Version 3 requires the interval check at stride 1, the one-step check of
// step-level disputes, and records the steps where only one-step checks were sampled.
const ArtifactVersion = 3

// OneStep is the stride of the one-step check: a step-level dispute replays one step from the
// provider's committed state j and compares the result with its state j+1 under the interval
// check's bounds at this stride.
const OneStep = 1

// Check names one of the two checks a verifier runs.
type Check string

const (
	// CheckEndpoint recomputes the gradient signal at committed weights: one step.
	CheckEndpoint Check = "endpoint"
	// CheckInterval replays a whole stride and compares the gradient signal and
	// parameters of the replayed endpoint with the committed one.
	CheckInterval Check = "interval"
)

// Artifact is the boundary artifact of DESIGN.md "Numerics". Its canonical
// encoding is the compact encoding/json form of this struct; Hash is keccak256
// of it, the boundary_hash a manifest and the registry record.
type Artifact struct {
	Version    uint32          `json:"version"`
	Workload   string          `json:"workload"`
	Policy     numeric.Policy  `json:"policy"`
	Reference  numeric.Profile `json:"reference"`  // profile the reference run trained with
	Percentile float64         `json:"percentile"` // of honest drift, in (0, 100]
	Margin     float64         `json:"margin"`     // safety factor applied to the percentile, >= 1
	// TailMargin (>= 1) further multiplies the interval check's bounds (cosine distance by its
	// square). An interval replays s steps, and at a ReLU kink (a unit's pre-activation crossing
	// zero for one sample under one reduction order and not under another) one step's gradient
	// jumps and carries into every later weight: a heavy tail that a fit on a dozen endpoints
	// does not see. Measured on a 1,000-step MLP job at s = 10: 1 interval in 100, the same
	// under two held-out profiles (the auditor's order was the odd one), at 14.6x the fitted
	// bound on state/fc1.bias and 8.5x on gradient/fc1.bias. The one-step checks (the endpoint
	// check, and the interval check at stride OneStep) replay no interval for a kink to carry
	// through and keep Margin alone.
	TailMargin float64  `json:"tail_margin"`
	Floor      Distance `json:"floor"` // no bound is below it
	// Checks are sorted: the endpoint check first, then interval checks by stride, the first
	// of them always at stride OneStep.
	Checks      []CheckBounds `json:"checks"`
	Calibration Calibration   `json:"calibration"`
}

// CheckBounds are the per-tensor bounds of one check at one stride.
type CheckBounds struct {
	Check  Check  `json:"check"`
	Stride uint64 `json:"stride"` // 1 for the endpoint check
	// Tensors are sorted by name: "gradient/<name>" and, for interval checks,
	// "state/<name>".
	Tensors []TensorBounds `json:"tensors"`
}

// TensorBounds is the bound of one tensor and the honest drift it was fitted on.
//
// AbsL2 bounds the absolute L2 distance ||got - ref||: the part of honest drift that does not
// shrink with the tensor. Rounding errors of a gradient come from sums of terms far larger than
// the sum, so as training goes on and gradients shrink, their relative drift grows while their
// absolute drift stays about where it was (measured on the MNIST MLP over 1,000 steps: relative
// L2 spread 11x across endpoints, absolute L2 5x). Compare therefore accepts a relative L2
// distance up to max(Bound.RelL2, AbsL2/||ref||), and a cosine distance up to the square of that
// over two (rel_l2 >= sqrt(2 cos_dist)), where ||ref|| is the committed tensor's own norm,
// which any verifier computes from the evidence.
//
// AbsL2 is fitted on the largest absolute drift, not the percentile: its tail is made of rare
// discrete events whose size does not follow the gradient's norm. A ReLU unit whose
// pre-activation sits at zero for one sample, positive under one reduction order and not under
// another, adds or drops that one sample's term in one coordinate: measured on the MNIST MLP at
// step 3,900 of a 4,000-step job, under a held-out GEMM order, gradient/fc1.bias moved by
// 1.6e-7 in one value (max-abs and absolute L2 equal), 3.7x the 99th percentile of the
// calibration's absolute drift and 1.25x its bound, on a gradient 7x smaller than at step 700.
// The same reasoning makes rounded operands fit the largest drift (DefaultPercentile in package
// calibrate).
type TensorBounds struct {
	Tensor  string   `json:"tensor"`
	Samples uint64   `json:"samples"`
	Bound   Distance `json:"bound"`
	AbsL2   float64  `json:"abs_l2"`
	Drift   Drift    `json:"drift"`
}

// Drift summarises the honest distances of one tensor, metric by metric.
type Drift struct {
	Min    Distance `json:"min"`
	Median Distance `json:"median"`
	P95    Distance `json:"p95"`
	Max    Distance `json:"max"`
}

// Calibration records the calibration set an artifact came from.
type Calibration struct {
	// RecipeHash identifies the reference run: keccak256 of its manifest's
	// JSON with stride and boundary_hash zeroed (calibration comes before the
	// boundary hash exists, and covers several strides).
	RecipeHash evidence.Hash32 `json:"recipe_hash"`
	Steps      uint64          `json:"steps"`     // of the reference run
	Endpoints  []uint64        `json:"endpoints"` // steps of the endpoints replayed from, ascending
	// GradientSteps are further steps where only the endpoint check's one-step gradient was
	// sampled, ascending and disjoint from Endpoints.
	GradientSteps []uint64 `json:"gradient_steps,omitempty"`
	// OneStepSteps are further steps, spread over the whole run, where only the one-step checks
	// were sampled (the endpoint check and the interval check at stride OneStep), ascending and
	// disjoint from Endpoints, GradientSteps and HeldOutTime.
	OneStepSteps []uint64          `json:"one_step_steps,omitempty"`
	Profiles     []numeric.Profile `json:"profiles"` // fitted on
	HeldOut      []numeric.Profile `json:"held_out"` // replayed only to measure false positives
	// External names the external replayers fitted on besides Profiles (calibrate.External:
	// PyTorch configurations), if any.
	External []string `json:"external,omitempty"`
	Samples  uint64   `json:"samples"` // distance samples fitted (one per tensor)
	// HeldOutSamples and FalsePositives count held-out replays (one per
	// endpoint, profile and check) and how many of them Compare called Fraud.
	HeldOutSamples uint64 `json:"held_out_samples"`
	FalsePositives uint64 `json:"false_positives"`
	// HeldOutTime are steps of the reference run never fitted on (ascending, disjoint from
	// Endpoints, some later than the last of them): the held-out profiles were replayed there
	// too, to measure false positives on held-out time. HeldOutTimeSamples and
	// HeldOutTimeFalsePositives count those comparisons and how many were called Fraud.
	HeldOutTime               []uint64 `json:"held_out_time,omitempty"`
	HeldOutTimeSamples        uint64   `json:"held_out_time_samples"`
	HeldOutTimeFalsePositives uint64   `json:"held_out_time_false_positives"`
}

// Validate checks every field; errors name the offending field.
func (a *Artifact) Validate() error {
	if a.Version != ArtifactVersion {
		return fmt.Errorf("version: %d, want %d", a.Version, ArtifactVersion)
	}
	if a.Workload == "" {
		return fmt.Errorf("workload: empty")
	}
	if err := a.Reference.Validate(); err != nil {
		return fmt.Errorf("reference: %w", err)
	}
	if !a.Policy.Admits(a.Reference) {
		return fmt.Errorf("reference: %s is not admitted by policy %s", a.Reference, a.Policy)
	}
	if err := checkFitParams(a.Percentile, a.Margin, a.Floor); err != nil {
		return err
	}
	if !(a.TailMargin >= 1) || math.IsInf(a.TailMargin, 0) {
		return fmt.Errorf("tail_margin: %v, want finite and >= 1", a.TailMargin)
	}
	if len(a.Checks) == 0 {
		return fmt.Errorf("checks: empty")
	}
	if _, err := a.Bounds(CheckInterval, OneStep); err != nil {
		return fmt.Errorf("checks: no interval check at stride %d, the one-step check of step-level disputes", OneStep)
	}
	for i := range a.Checks {
		if err := a.Checks[i].validate(a.Floor); err != nil {
			return fmt.Errorf("checks[%d].%w", i, err)
		}
		if i > 0 && compareKeys(a.Checks[i-1], a.Checks[i]) >= 0 {
			return fmt.Errorf("checks[%d]: %s/%d out of order or duplicated", i, a.Checks[i].Check, a.Checks[i].Stride)
		}
	}
	return a.Calibration.validate(a.Policy)
}

func checkFitParams(percentile, margin float64, floor Distance) error {
	if !(percentile > 0 && percentile <= 100) {
		return fmt.Errorf("percentile: %v not in (0, 100]", percentile)
	}
	if !(margin >= 1) || math.IsInf(margin, 0) {
		return fmt.Errorf("margin: %v, want a finite factor >= 1", margin)
	}
	if err := checkDistance(floor); err != nil {
		return fmt.Errorf("floor.%w", err)
	}
	return nil
}

// checkDistance rejects negative or non-finite metrics, naming the metric.
func checkDistance(d Distance) error {
	for i, v := range d.values() {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return fmt.Errorf("%s: %v, want finite and >= 0", Metrics()[i], v)
		}
	}
	return nil
}

func checkOrder(c Check) int {
	if c == CheckEndpoint {
		return 0
	}
	return 1
}

func compareKeys(x, y CheckBounds) int {
	return cmp.Or(cmp.Compare(checkOrder(x.Check), checkOrder(y.Check)), cmp.Compare(x.Stride, y.Stride))
}

func validCheck(c Check, stride uint64) error {
	switch c {
	case CheckEndpoint:
		if stride != 1 {
			return fmt.Errorf("stride: %d, the endpoint check is one step (1)", stride)
		}
	case CheckInterval:
		if stride == 0 {
			return fmt.Errorf("stride: 0")
		}
	default:
		return fmt.Errorf("check: unknown %q", c)
	}
	return nil
}

func (cb *CheckBounds) validate(floor Distance) error {
	if err := validCheck(cb.Check, cb.Stride); err != nil {
		return err
	}
	if len(cb.Tensors) == 0 {
		return fmt.Errorf("tensors: empty")
	}
	for i, tb := range cb.Tensors {
		if err := tb.validate(floor); err != nil {
			return fmt.Errorf("tensors[%d].%w", i, err)
		}
		if kind, _, _ := splitName(tb.Tensor); cb.Check == CheckEndpoint && kind != evidence.KindGradient {
			return fmt.Errorf("tensors[%d].tensor: %q, the endpoint check compares only gradient/ tensors", i, tb.Tensor)
		}
		if i > 0 && cb.Tensors[i-1].Tensor >= tb.Tensor {
			return fmt.Errorf("tensors[%d].tensor: %q out of order or duplicated", i, tb.Tensor)
		}
	}
	return nil
}

func (tb *TensorBounds) validate(floor Distance) error {
	if _, _, ok := splitName(tb.Tensor); !ok {
		return fmt.Errorf("tensor: %q, want gradient/<name> or state/<name>", tb.Tensor)
	}
	if tb.Samples == 0 {
		return fmt.Errorf("samples: 0 (%s)", tb.Tensor)
	}
	named := []struct {
		name string
		d    Distance
	}{{"bound", tb.Bound}, {"drift.min", tb.Drift.Min}, {"drift.median", tb.Drift.Median}, {"drift.p95", tb.Drift.P95}, {"drift.max", tb.Drift.Max}}
	for _, n := range named {
		if err := checkDistance(n.d); err != nil {
			return fmt.Errorf("%s.%w (%s)", n.name, err, tb.Tensor)
		}
	}
	if math.IsNaN(tb.AbsL2) || math.IsInf(tb.AbsL2, 0) || tb.AbsL2 < 0 {
		return fmt.Errorf("abs_l2: %v, want finite and >= 0 (%s)", tb.AbsL2, tb.Tensor)
	}
	for m := range 3 {
		if tb.Bound.values()[m] < floor.values()[m] {
			return fmt.Errorf("bound.%s: %v below the floor %v (%s)", Metrics()[m], tb.Bound.values()[m], floor.values()[m], tb.Tensor)
		}
		s := [4]float64{tb.Drift.Min.values()[m], tb.Drift.Median.values()[m], tb.Drift.P95.values()[m], tb.Drift.Max.values()[m]}
		if !slices.IsSorted(s[:]) {
			return fmt.Errorf("drift.%s: min <= median <= p95 <= max does not hold (%s)", Metrics()[m], tb.Tensor)
		}
	}
	return nil
}

func (c *Calibration) validate(policy numeric.Policy) error {
	if !slices.IsSorted(c.Endpoints) || len(slices.Compact(slices.Clone(c.Endpoints))) != len(c.Endpoints) {
		return fmt.Errorf("calibration.endpoints: not strictly ascending")
	}
	if len(c.Endpoints) == 0 {
		return fmt.Errorf("calibration.endpoints: empty")
	}
	if !slices.IsSorted(c.GradientSteps) || len(slices.Compact(slices.Clone(c.GradientSteps))) != len(c.GradientSteps) {
		return fmt.Errorf("calibration.gradient_steps: not strictly ascending")
	}
	for _, st := range c.GradientSteps {
		if _, found := slices.BinarySearch(c.Endpoints, st); found {
			return fmt.Errorf("calibration.gradient_steps: step %d is also an endpoint", st)
		}
	}
	if n := len(c.GradientSteps); n > 0 && c.GradientSteps[n-1] >= c.Steps {
		return fmt.Errorf("calibration.gradient_steps: step %d is not before the run's %d steps", c.GradientSteps[n-1], c.Steps)
	}
	if !slices.IsSorted(c.OneStepSteps) || len(slices.Compact(slices.Clone(c.OneStepSteps))) != len(c.OneStepSteps) {
		return fmt.Errorf("calibration.one_step_steps: not strictly ascending")
	}
	for _, st := range c.OneStepSteps {
		for field, other := range map[string][]uint64{"an endpoint": c.Endpoints, "a gradient step": c.GradientSteps, "held-out time": c.HeldOutTime} {
			if _, found := slices.BinarySearch(other, st); found {
				return fmt.Errorf("calibration.one_step_steps: step %d is also %s", st, field)
			}
		}
	}
	if n := len(c.OneStepSteps); n > 0 && c.OneStepSteps[n-1] >= c.Steps {
		return fmt.Errorf("calibration.one_step_steps: step %d is not before the run's %d steps", c.OneStepSteps[n-1], c.Steps)
	}
	if len(c.Profiles) == 0 {
		return fmt.Errorf("calibration.profiles: empty")
	}
	if len(c.HeldOut) == 0 {
		return fmt.Errorf("calibration.held_out: empty; the false-positive rate needs held-out profiles")
	}
	ext := map[string]bool{}
	for i, x := range c.External {
		if x == "" || ext[x] {
			return fmt.Errorf("calibration.external[%d]: %q is empty or listed twice", i, x)
		}
		ext[x] = true
	}
	seen := map[numeric.Profile]string{}
	for field, ps := range map[string][]numeric.Profile{"profiles": c.Profiles, "held_out": c.HeldOut} {
		for i, p := range ps {
			if err := p.Validate(); err != nil {
				return fmt.Errorf("calibration.%s[%d]: %w", field, i, err)
			}
			if !policy.Admits(p) {
				return fmt.Errorf("calibration.%s[%d]: %s is not admitted by policy %s", field, i, p, policy)
			}
			if prev, dup := seen[p]; dup {
				return fmt.Errorf("calibration.%s[%d]: %s already listed in %s", field, i, p, prev)
			}
			seen[p] = field
		}
	}
	if n := len(c.Endpoints); n > 0 && c.Endpoints[n-1] >= c.Steps {
		return fmt.Errorf("calibration.endpoints: step %d is not before the run's %d steps", c.Endpoints[n-1], c.Steps)
	}
	if c.Samples == 0 {
		return fmt.Errorf("calibration.samples: 0")
	}
	if c.FalsePositives > c.HeldOutSamples {
		return fmt.Errorf("calibration.false_positives: %d > held_out_samples %d", c.FalsePositives, c.HeldOutSamples)
	}
	if !slices.IsSorted(c.HeldOutTime) || len(slices.Compact(slices.Clone(c.HeldOutTime))) != len(c.HeldOutTime) {
		return fmt.Errorf("calibration.held_out_time: not strictly ascending")
	}
	for _, st := range c.HeldOutTime {
		if _, found := slices.BinarySearch(c.Endpoints, st); found {
			return fmt.Errorf("calibration.held_out_time: step %d is also a calibration endpoint", st)
		}
	}
	if n := len(c.HeldOutTime); n > 0 && c.HeldOutTime[n-1] >= c.Steps {
		return fmt.Errorf("calibration.held_out_time: step %d is not before the run's %d steps", c.HeldOutTime[n-1], c.Steps)
	}
	if c.HeldOutTimeFalsePositives > c.HeldOutTimeSamples {
		return fmt.Errorf("calibration.held_out_time_false_positives: %d > held_out_time_samples %d", c.HeldOutTimeFalsePositives, c.HeldOutTimeSamples)
	}
	return nil
}

// Canonical returns the canonical JSON encoding after validating a.
func (a *Artifact) Canonical() ([]byte, error) {
	if err := a.Validate(); err != nil {
		return nil, fmt.Errorf("boundary artifact: %w", err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("encode boundary artifact: %w", err)
	}
	return b, nil
}

// Hash returns keccak256 of the canonical encoding: the on-chain boundaryHash.
func (a *Artifact) Hash() (evidence.Hash32, error) {
	b, err := a.Canonical()
	if err != nil {
		return evidence.Hash32{}, err
	}
	return evidence.Keccak256(b), nil
}

// ErrBadArtifact marks an artifact that cannot be decoded or is invalid.
var ErrBadArtifact = errors.New("bad boundary artifact")

// DecodeArtifact strictly decodes and validates an artifact: unknown,
// duplicate, missing or null fields, wrong types, trailing data and invalid
// values are errors (wrapping ErrBadArtifact) that name the field. Any
// JSON spelling of a valid artifact is accepted; Hash is always over the
// canonical re-encoding.
func DecodeArtifact(data []byte) (*Artifact, error) {
	var a Artifact
	if err := strictUnmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("decode: %w: %w", ErrBadArtifact, err)
	}
	if err := a.Validate(); err != nil {
		return nil, fmt.Errorf("decode: %w: %w", ErrBadArtifact, err)
	}
	return &a, nil
}

// Bounds returns the bounds of check c at the given stride. The endpoint
// check is always one step, so its stride argument is ignored.
func (a *Artifact) Bounds(c Check, stride uint64) (*CheckBounds, error) {
	if c == CheckEndpoint {
		stride = 1
	}
	for i := range a.Checks {
		if a.Checks[i].Check == c && a.Checks[i].Stride == stride {
			return &a.Checks[i], nil
		}
	}
	return nil, fmt.Errorf("boundary artifact for %s has no %s check at stride %d", a.Workload, c, stride)
}

// TensorNames lists the tensors check c compares at the given stride.
func (a *Artifact) TensorNames(c Check, stride uint64) ([]string, error) {
	cb, err := a.Bounds(c, stride)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(cb.Tensors))
	for i, tb := range cb.Tensors {
		names[i] = tb.Tensor
	}
	return names, nil
}
