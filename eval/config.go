package eval

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Family is one workload family to evaluate, sized for its cost.
type Family struct {
	Family   string // "vision", "language" or "diffusion"
	Workload string // a built-in workload
	// Policy is the precision policy the manifest declares ("" is f32/acc=f32).
	Policy string
	// Steps, Stride and Batch size the job the attacks run on (Batch 0: the workload's).
	Steps, Stride, Batch uint64
	// CalEndpoints are the reference-run steps calibration replays from (multiples of
	// Stride; nil: every endpoint but the last, so that calibration covers the whole run:
	// sparse endpoints under-estimate the drift of the later, smaller gradients);
	// CalProfiles how many honest profiles it fits on (0: all that are not held out).
	CalEndpoints []uint64
	CalProfiles  int
	// HeldOut is how many honest profiles are kept out of calibration; honest providers
	// train under each of them and under FPProfiles of the calibration profiles.
	HeldOut, FPProfiles int
	// Attacks are behaviour names (package attack), each run at every strength.
	Attacks   []string
	Strengths []float64
	// Adaptive runs the adaptive backdoor attacker (image classifiers only).
	Adaptive bool
}

// Config is one evaluation.
type Config struct {
	Families []Family
	Seed     uint64
	// Rate is the documented per-interval sampling rate p of each of Watchtowers
	// independent watchtowers; DeployIntervals the intervals of the deployed job the
	// end-to-end attack success rate is computed for (a tampered share of them is m).
	Rate            float64
	Watchtowers     uint64
	DeployIntervals uint64
	// Strides for the storage table; StorageSteps the job length it assumes.
	Strides      []uint64
	StorageSteps uint64
	// Overhead measures training with and without evidence on OverheadWorkload for
	// OverheadSteps steps at OverheadStride, Repeats times interleaved.
	OverheadWorkload string
	OverheadSteps    uint64
	OverheadStride   uint64
	Repeats          int
	// Thresholds that decide whether an attack had an effect on the model.
	Effect EffectThresholds
	// LongJobs is the job-length axis (honest intervals of long jobs under held-out
	// profiles and held-out time); the reduced evaluation has none.
	LongJobs []LongJob
	// StrideAxes are the stride axis (the interval filter and the one-step check of
	// step-level disputes per stride, on long jobs); the reduced evaluation has none.
	StrideAxes []StrideAxis
	// Foreign is the foreign-trainer row (PyTorch provider, PyTorch replayer); nil: none.
	Foreign *ForeignTrainer
}

// EffectThresholds decide that a targeted attack changed the model: an accuracy change, a
// rise in backdoor success or a relative held-out loss change at least this large.
type EffectThresholds struct {
	Accuracy, Backdoor, RelLoss float64
}

// AllAttacks lists every attack behaviour.
func AllAttacks() []string {
	return slices.DeleteFunc(attack.BehaviourNames(), func(s string) bool { return s == "honest" })
}

// Full is the configuration of `make eval`: every family and attack at two or three
// strengths, plus the MLP under a bf16 policy where the boundary is looser (13 minutes on two
// shared cores; the emulated numeric profiles are far slower than the default kernel, which
// bounds the transformer and CNN jobs).
func Full() Config {
	all := AllAttacks()
	return Config{
		Families: []Family{
			{Family: "vision", Workload: "mlp-mnist", Steps: 200, Stride: 10, HeldOut: 8, FPProfiles: 6, Attacks: all, Strengths: []float64{0.05, 0.25, 1}, Adaptive: true},
			// Under bf16 operands honest drift is far larger, and so is the boundary: the
			// adaptive attacker's room is measured here.
			{Family: "vision", Workload: "mlp-mnist", Policy: "bf16/acc=f32", Steps: 60, Stride: 5, HeldOut: 3, FPProfiles: 2, Attacks: []string{"skip", "subset", "poison", "backdoor", "gradnoise", "lr"}, Strengths: []float64{0.05, 1}, Adaptive: true},
			{Family: "vision", Workload: "cnn-fashion", Steps: 20, Stride: 5, CalProfiles: 4, HeldOut: 2, FPProfiles: 1, Attacks: all, Strengths: []float64{0.25, 1}, Adaptive: true},
			{Family: "language", Workload: "charlm-moby", Steps: 6, Stride: 2, CalProfiles: 2, HeldOut: 1, Attacks: all, Strengths: []float64{1}},
			{Family: "diffusion", Workload: "ddpm-digits", Steps: 30, Stride: 5, CalProfiles: 6, HeldOut: 2, FPProfiles: 1, Attacks: all, Strengths: []float64{0.25, 1}},
		},
		Seed: 7, Rate: 0.05, Watchtowers: 3, DeployIntervals: 1000,
		Strides: []uint64{1, 10, 100, 1000, 2000}, StorageSteps: 2_000_000,
		OverheadWorkload: "mlp-mnist", OverheadSteps: 2000, OverheadStride: 100, Repeats: 3,
		Effect: DefaultEffect(),
		// 100 honest intervals per held-out profile, 300 in all (about 9 minutes).
		LongJobs: []LongJob{{Workload: "mlp-mnist", Steps: 1000, Stride: 10}},
		// 4,000 steps: two intervals at s = 2000, whose calibration needs two endpoints.
		// Profiles on the default GEMM kernel (framework variants) and the cheapest emulated
		// orders, one boundary for s = 10 and 100 and one for 1000 and 2000 (each replay
		// captures its group's shorter stride on the way), and attacks from the honest run's
		// middle state keep the axes' cost down; calibration under the emulated orders is most of
		// what remains.
		StrideAxes: []StrideAxis{
			{Workload: "mlp-mnist", Steps: 4000, Strides: []uint64{10, 100, 1000, 2000}, Shared: [][]uint64{{10, 100}, {1000, 2000}}, HeldOut: strideHeldOut, Calibration: strideCalibration,
				OneSteps: 100, CalOneStepEvery: 100, Attacks: stepAttacks(), Strength: 0.25},
			{Workload: "ddpm-digits", Steps: 4000, Batch: 8, Strides: []uint64{10, 100, 1000, 2000}, Shared: [][]uint64{{10, 100}, {1000, 2000}}, HeldOut: strideHeldOut, Calibration: strideCalibration,
				OneSteps: 100, CalOneStepEvery: 100, Strength: 0.25,
				// Label and sample substitution have no labels to act on in a denoiser.
				Attacks: slices.DeleteFunc(stepAttacks(), func(s string) bool { return s == "poison" || s == "substitute" })},
		},
		// PyTorch provider and PyTorch replayer on a 200-step MLP job (20 intervals).
		Foreign: &ForeignTrainer{Family: Family{Family: "vision", Workload: "mlp-mnist", Steps: 200, Stride: 10, CalProfiles: 4, HeldOut: 1}, TorchIntervals: 5},
	}
}

// The stride axis's profiles: each framework kernel variant and four GEMM orders calibrated
// on; held out, two other framework variants and a fifth GEMM order. With two GEMM orders
// only, a held-out one went 1.39x past the endpoint check's cosine bound on gradient/fc1.bias
// at one held-out-time step of the MLP (one ReLU unit flipping for one sample).
var (
	strideCalibration = []string{"f32/acc=f32/red=seq/fma=off/sm=f32", "f32/acc=f32/red=seq/fma=off/loss=f32", "f32/acc=f32/red=seq/fma=off/bias=f32lanes8",
		"f32/acc=f32/red=kblock256/fma=off", "f32/acc=f32/red=splitk2/fma=off", "f32/acc=f32/red=lanes4/fma=off", "f32/acc=f64/red=seq/fma=off"}
	strideHeldOut = []string{"f32/acc=f32/red=seq/fma=off/opt=f32", "f32/acc=f32/red=seq/fma=off/bias=f32pairwise", "f32/acc=f32/red=kblock64/fma=off/sm=f32"}
)

// stepAttacks are the attacks that tamper with training steps (the others forge endpoints).
func stepAttacks() []string {
	return slices.DeleteFunc(AllAttacks(), func(s string) bool { return s == "pad" || s == "interpolate" || s == "gradforge" })
}

// Reduced is the configuration the package's test runs in a few minutes: every attack on
// the MLP, a few on the other families, small jobs.
func Reduced() Config {
	c := Full()
	c.Families = []Family{
		{Family: "vision", Workload: "mlp-mnist", Steps: 40, Stride: 5, CalProfiles: 8, HeldOut: 4, FPProfiles: 2, Attacks: AllAttacks(), Strengths: []float64{0.1, 1}, Adaptive: true},
		{Family: "diffusion", Workload: "ddpm-digits", Steps: 12, Stride: 3, CalProfiles: 4, HeldOut: 1, Attacks: []string{"skip", "subset", "lowprec", "gradbias", "pad"}, Strengths: []float64{1}},
		{Family: "language", Workload: "charlm-moby", Steps: 4, Stride: 2, CalProfiles: 4, HeldOut: 1, Attacks: []string{"poison", "skip"}, Strengths: []float64{1}},
	}
	c.OverheadSteps, c.OverheadStride, c.Repeats = 600, 100, 2
	c.LongJobs, c.StrideAxes, c.Foreign = nil, nil, nil
	return c
}

// DefaultEffect: one point of accuracy, five points of backdoor success, 1% of held-out loss.
func DefaultEffect() EffectThresholds {
	return EffectThresholds{Accuracy: 0.01, Backdoor: 0.05, RelLoss: 0.01}
}

// calEndpoints are the calibration endpoints of f.
func (f Family) calEndpoints() []uint64 {
	if f.CalEndpoints != nil {
		return f.CalEndpoints
	}
	var out []uint64
	for s := uint64(0); s+f.Stride <= f.Steps; s += f.Stride {
		out = append(out, s)
	}
	return out
}

func (f Family) policy() (numeric.Policy, error) {
	if f.Policy == "" {
		return numeric.Policy{}, nil
	}
	return numeric.ParsePolicy(f.Policy)
}

// Validate rejects a configuration that cannot run.
func (c Config) Validate() error {
	if len(c.Families) == 0 {
		return errors.New("no workload families")
	}
	if !(c.Rate > 0 && c.Rate <= 1) || c.Watchtowers == 0 || c.DeployIntervals == 0 {
		return fmt.Errorf("rate %v, %d watchtowers, %d deployed intervals: want a rate in (0, 1] and positive counts", c.Rate, c.Watchtowers, c.DeployIntervals)
	}
	for _, f := range c.Families {
		if !slices.Contains(workload.Names(), f.Workload) {
			return fmt.Errorf("family %s: unknown workload %q", f.Family, f.Workload)
		}
		if f.Stride == 0 || f.Steps%f.Stride != 0 || f.Steps/f.Stride < 2 {
			return fmt.Errorf("family %s: stride %d must divide %d steps into at least two intervals", f.Workload, f.Stride, f.Steps)
		}
		if _, err := f.policy(); err != nil {
			return fmt.Errorf("family %s: %w", f.Workload, err)
		}
		if f.HeldOut < 1 {
			return fmt.Errorf("family %s: hold out at least one profile to measure false positives honestly", f.Workload)
		}
		for _, a := range f.Attacks {
			if a == "honest" || !slices.Contains(attack.BehaviourNames(), a) {
				return fmt.Errorf("family %s: %q is not an attack", f.Workload, a)
			}
		}
		for _, s := range f.Strengths {
			if !(s > 0 && s <= 1) {
				return fmt.Errorf("family %s: strength %v not in (0, 1]", f.Workload, s)
			}
		}
	}
	for _, sa := range c.StrideAxes {
		if err := sa.validate(); err != nil {
			return fmt.Errorf("stride axis %s: %w", sa.Workload, err)
		}
	}
	for _, lj := range c.LongJobs {
		if !slices.Contains(workload.Names(), lj.Workload) || lj.Stride == 0 || lj.Steps%lj.Stride != 0 || lj.Steps/lj.Stride < 2 {
			return fmt.Errorf("long job %s: %d steps at stride %d", lj.Workload, lj.Steps, lj.Stride)
		}
		if _, err := profileList(lj.HeldOutProfiles); err != nil {
			return fmt.Errorf("long job %s: held-out profiles: %w", lj.Workload, err)
		}
	}
	if len(c.Strides) == 0 || c.Strides[0] != 1 || c.StorageSteps == 0 {
		return errors.New("storage strides must start at 1 and the storage job needs steps")
	}
	if c.OverheadStride == 0 || c.OverheadSteps%c.OverheadStride != 0 || c.Repeats < 1 {
		return fmt.Errorf("overhead: stride %d must divide %d steps, repeats %d >= 1", c.OverheadStride, c.OverheadSteps, c.Repeats)
	}
	return nil
}
