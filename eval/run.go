package eval

import (
	"context"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
)

// Report is everything an evaluation measured.
type Report struct {
	Config   Config          `json:"config"`
	Families []FamilyReport  `json:"families"`
	Storage  []StorageRow    `json:"storage"`
	Overhead Overhead        `json:"overhead"`
	LongJobs []LongJobReport `json:"long_jobs,omitempty"`
	// StrideAxes are the stride axis's results, one per workload.
	StrideAxes []StrideAxisReport `json:"stride_axes,omitempty"`
	Inference  *InferenceReport   `json:"inference,omitempty"`
	Foreign    *ForeignReport     `json:"foreign,omitempty"`
	Headline   Headline           `json:"headline"`
	Seconds    float64            `json:"seconds"`
}

// FamilyReport is one workload family's results.
type FamilyReport struct {
	Family      string          `json:"family"`
	Workload    string          `json:"workload"`
	Policy      string          `json:"policy"`
	Steps       uint64          `json:"steps"`
	Stride      uint64          `json:"stride"`
	Calibration CalSummary      `json:"calibration"`
	Honest      ModelEval       `json:"honest_model"`
	Honests     []HonestRun     `json:"honest_runs"`
	Attacks     []AttackResult  `json:"attacks"`
	Margins     []Margin        `json:"margins"`
	Adaptive    *AdaptiveResult `json:"adaptive,omitempty"`
	Storage     []StorageRow    `json:"storage"`
}

// CalSummary says how the family's boundary was calibrated.
type CalSummary struct {
	Profiles       int    `json:"profiles"`
	HeldOut        int    `json:"held_out"`
	Samples        int    `json:"samples"`
	HeldOutChecks  int    `json:"held_out_checks"`
	FalsePositives int    `json:"false_positives"` // calibrate's own held-out comparisons
	ArtifactHash   string `json:"artifact_hash"`
}

// HonestRun is an honest provider training under one honest profile, every interval opened.
type HonestRun struct {
	Profile    string  `json:"profile"`
	HeldOut    bool    `json:"held_out"` // not used in calibration
	Intervals  int     `json:"intervals"`
	Flagged    int     `json:"flagged"` // false positives
	WorstRatio float64 `json:"worst_ratio"`
	Worst      string  `json:"worst"`
}

// AttackResult is one attack at one strength.
type AttackResult struct {
	Attack    string      `json:"attack"`
	Kind      attack.Kind `json:"kind"`
	Strength  float64     `json:"strength"`
	Intervals int         `json:"intervals"`
	Tampered  int         `json:"tampered"`
	Caught    int         `json:"caught"`    // tampered intervals the audit flagged
	Flagged   int         `json:"flagged"`   // all flagged intervals (untampered ones would be false positives)
	Detection float64     `json:"detection"` // d = Caught / Tampered (1 when nothing was tampered)
	// MinRatio is the smallest distance/bound over the tampered intervals (the separation
	// margin); 0 when a check failed on something other than a distance (inconsistent
	// metadata, malformed evidence).
	MinRatio float64        `json:"min_ratio"`
	Outcomes map[string]int `json:"outcomes"`
	Model    ModelEval      `json:"model"`
	Effect   Effect         `json:"effect"`
	// DeployedM tampered intervals of the deployed job; Escape = (1-p·d)^(m·n); ASR is
	// Escape for an effective attack and 0 otherwise.
	DeployedM uint64  `json:"deployed_m"`
	Escape    float64 `json:"escape"`
	ASR       float64 `json:"asr"`
}

// Margin is the separation of one attack from the boundary: its smallest distance/bound over
// every strength and tampered interval, against the largest honest one.
type Margin struct {
	Attack      string  `json:"attack"`
	MinRatio    float64 `json:"min_attack_ratio"`
	HonestRatio float64 `json:"max_honest_ratio"`
}

// Run evaluates cfg. log (may be nil) receives progress lines.
func Run(ctx context.Context, cfg Config, src *data.Sources, log io.Writer) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("eval config: %w", err)
	}
	if log == nil {
		log = io.Discard
	}
	t0 := time.Now()
	logf := func(format string, args ...any) {
		fmt.Fprintf(log, "[%6.1fs] %s\n", time.Since(t0).Seconds(), fmt.Sprintf(format, args...))
	}
	rep := &Report{Config: cfg}
	for _, f := range cfg.Families {
		logf("eval %s (%s): calibrating", f.Workload, f.Family)
		fm, err := setup(ctx, src, f, cfg.Seed)
		if err != nil {
			return nil, fmt.Errorf("eval %s: %w", f.Workload, err)
		}
		fr, err := fm.evaluateFamily(ctx, cfg, logf)
		if err != nil {
			return nil, fmt.Errorf("eval %s: %w", f.Workload, err)
		}
		rep.Families = append(rep.Families, *fr)
		rep.Storage = append(rep.Storage, fr.Storage...)
	}
	for _, lj := range cfg.LongJobs {
		lr, err := runLongJob(ctx, src, lj, cfg.Seed, logf)
		if err != nil {
			return nil, fmt.Errorf("eval long job %s: %w", lj.Workload, err)
		}
		rep.LongJobs = append(rep.LongJobs, *lr)
	}
	for _, sa := range cfg.StrideAxes {
		sr, err := runStrideAxis(ctx, src, sa, cfg.Seed, logf)
		if err != nil {
			return nil, fmt.Errorf("eval stride axis %s: %w", sa.Workload, err)
		}
		rep.StrideAxes = append(rep.StrideAxes, *sr)
	}
	var err error
	if rep.Inference, err = runInference(ctx, src, cfg.Seed, logf); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if cfg.Foreign != nil {
		if rep.Foreign, err = runForeign(ctx, src, *cfg.Foreign, cfg.Seed, logf); err != nil {
			return nil, fmt.Errorf("eval foreign trainer: %w", err)
		}
	}
	logf("eval: overhead on %s", cfg.OverheadWorkload)
	if rep.Overhead, err = overhead(ctx, src, cfg); err != nil {
		return nil, fmt.Errorf("eval overhead: %w", err)
	}
	rep.Headline = headline(rep)
	rep.Seconds = time.Since(t0).Seconds()
	return rep, nil
}

func (fm *family) evaluateFamily(ctx context.Context, cfg Config, logf func(string, ...any)) (*FamilyReport, error) {
	f := fm.cfg
	ah, err := fm.art.Hash()
	if err != nil {
		return nil, err
	}
	fr := &FamilyReport{
		Family: f.Family, Workload: f.Workload, Policy: fm.ref.Name(), Steps: f.Steps, Stride: f.Stride,
		Calibration: CalSummary{Profiles: len(fm.cal), HeldOut: len(fm.held), Samples: len(fm.calReport.Samples),
			HeldOutChecks: fm.calReport.HeldOutChecks, FalsePositives: fm.calReport.FalsePositives, ArtifactHash: ah.String()},
	}
	honest := attack.Behaviour{Name: "honest"}

	// Honest providers: the reference profile, some calibration profiles, every held-out one.
	type prof struct {
		p    numeric.Profile
		held bool
	}
	profiles := []prof{{fm.ref, false}}
	for i := range min(f.FPProfiles, len(fm.cal)) {
		profiles = append(profiles, prof{fm.cal[i*len(fm.cal)/max(1, f.FPProfiles)], false})
	}
	for _, p := range fm.held {
		profiles = append(profiles, prof{p, true})
	}
	var base *trained
	for _, pr := range profiles {
		logf("eval %s: honest provider under %s", f.Workload, pr.p)
		run, err := fm.train(ctx, honest, pr.p)
		if err != nil {
			return nil, err
		}
		if pr.p == fm.ref {
			base = run
		}
		fs, err := fm.auditAll(ctx, run.eps)
		if err != nil {
			return nil, err
		}
		hr := HonestRun{Profile: pr.p.Name(), HeldOut: pr.held, Intervals: len(fs)}
		for _, fd := range fs {
			if fd.Outcome != audit.Honest {
				hr.Flagged++
			}
			if fd.Worst.Ratio > hr.WorstRatio {
				hr.WorstRatio, hr.Worst = fd.Worst.Ratio, fmt.Sprintf("%s %s %s", fd.Check, fd.Worst.Tensor, fd.Worst.Metric)
			}
		}
		fr.Honests = append(fr.Honests, hr)
	}
	if fr.Honest, err = fm.evaluate(base.eps[len(base.eps)-1]); err != nil {
		return nil, err
	}
	if fr.Storage, err = storageRows(f.Workload, base.eps[1], fm.manifestHash, fm.manifestJSON, cfg); err != nil {
		return nil, err
	}
	maxHonest := 0.0
	for _, h := range fr.Honests {
		maxHonest = max(maxHonest, h.WorstRatio)
	}

	minRatio := map[string]float64{}
	for _, name := range f.Attacks {
		for _, s := range f.Strengths {
			b := attack.Behaviour{Name: name, Strength: s, Foreign: fm.foreign}
			if name == "gradnoise" || name == "gradbias" {
				b.Params = lastLayer(base.eps[0])
			}
			logf("eval %s: attack %s", f.Workload, b)
			ar, err := fm.runAttack(ctx, cfg, b, fr.Honest)
			if err != nil {
				return nil, err
			}
			fr.Attacks = append(fr.Attacks, *ar)
			if ar.Tampered > 0 {
				if r, ok := minRatio[name]; !ok || ar.MinRatio < r {
					minRatio[name] = ar.MinRatio
				}
			}
		}
	}
	for _, name := range f.Attacks {
		if r, ok := minRatio[name]; ok {
			fr.Margins = append(fr.Margins, Margin{Attack: name, MinRatio: r, HonestRatio: maxHonest})
		}
	}
	if f.Adaptive && fm.test != nil {
		logf("eval %s: adaptive backdoor attacker", f.Workload)
		if fr.Adaptive, err = fm.adaptive(ctx, fr.Honest); err != nil {
			return nil, err
		}
	}
	return fr, nil
}

// lastLayer names the parameter tensor the targeted gradient attacks aim at: the one that
// sorts last, which for the built-in classifiers is the output layer's weight.
func lastLayer(ep *evidence.Endpoint) string {
	return ep.Gradient[len(ep.Gradient)-1].Name
}

func (fm *family) runAttack(ctx context.Context, cfg Config, b attack.Behaviour, honest ModelEval) (*AttackResult, error) {
	run, err := fm.train(ctx, b, fm.ref)
	if err != nil {
		return nil, err
	}
	fs, err := fm.auditAll(ctx, run.eps)
	if err != nil {
		return nil, err
	}
	ar := &AttackResult{Attack: b.Name, Kind: b.Kind(), Strength: b.Strength, Intervals: len(fs), Outcomes: map[string]int{}, MinRatio: math.Inf(1)}
	for k, fd := range fs {
		ar.Outcomes[fd.Outcome.String()]++
		flagged := fd.Outcome != audit.Honest
		if flagged {
			ar.Flagged++
		}
		if !run.tampered[k] {
			continue
		}
		ar.Tampered++
		if flagged {
			ar.Caught++
		}
		r := fd.Worst.Ratio
		if flagged && fd.Check == "" {
			r = 0 // caught by a consistency check, not a distance
		}
		ar.MinRatio = min(ar.MinRatio, r)
	}
	if ar.Tampered == 0 {
		ar.MinRatio = 0
	}
	ar.Detection = 1
	if ar.Tampered > 0 {
		ar.Detection = float64(ar.Caught) / float64(ar.Tampered)
	}
	if ar.Model, err = fm.evaluate(run.eps[len(run.eps)-1]); err != nil {
		return nil, err
	}
	ar.Effect = effectOf(honest, ar.Model, b.Kind() == attack.Shortcut, float64(ar.Tampered)/float64(ar.Intervals), cfg.Effect)
	ar.DeployedM = DeployedTampered(ar.Effect.Tampered, cfg.DeployIntervals)
	ar.Escape = Escape(cfg.Rate, ar.Detection, ar.DeployedM, cfg.Watchtowers)
	if ar.Effect.Effective {
		ar.ASR = ar.Escape
	}
	return ar, nil
}

// effectOf compares the attacked model with the honest one.
func effectOf(honest, got ModelEval, shortcut bool, tampered float64, th EffectThresholds) Effect {
	e := Effect{Shortcut: shortcut, Tampered: tampered, LossGap: got.Loss - honest.Loss}
	if honest.Loss != 0 {
		e.RelLossGap = e.LossGap / honest.Loss
	}
	if honest.Accuracy != nil && got.Accuracy != nil {
		e.AccuracyDrop = *honest.Accuracy - *got.Accuracy
	}
	if honest.Backdoor != nil && got.Backdoor != nil {
		e.Backdoor = got.Backdoor
		e.BackdoorLift = *got.Backdoor - *honest.Backdoor
	}
	e.decide(th)
	return e
}
