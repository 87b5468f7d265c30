package eval

import (
	"context"
	"fmt"
	"slices"

	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/calibrate"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// LongJob is the job-length axis: a long job whose boundary comes from `ovig calibrate`'s
// defaults for that length (calibrate.Schedule endpoints, calibrate.DefaultHeldOut profiles,
// the default percentile and margins), and honest providers under every held-out profile
// with every interval audited (held-out profiles at held-out time: the job uses another seed
// than the calibration's reference run, and most of its intervals start at steps never fitted
// on).
type LongJob struct {
	Workload      string
	Steps, Stride uint64
	HeldOut       int // held-out profiles (0: 3)
	// HeldOutProfiles names the held-out profiles instead (nil: calibrate.DefaultHeldOut's
	// HeldOut); tests name a cheap one, the emulated FMA and split-K orders replay 10-100x
	// slower than the default kernel.
	HeldOutProfiles []string
	CalSeed         uint64 // seed of calibration's reference run; the job uses Config.Seed
	// CalProfiles calibrates on that many of the other honest profiles (0: all of them, as
	// `ovig calibrate` does); tests use few.
	CalProfiles int
}

// LongJobReport is one long job's result.
type LongJobReport struct {
	Workload  string   `json:"workload"`
	Steps     uint64   `json:"steps"`
	Stride    uint64   `json:"stride"`
	Endpoints []uint64 `json:"calibration_endpoints"`
	// HeldOutTime are the steps calibration judged its held-out profiles at without fitting;
	// HeldOutTimeFP and HeldOutTimeChecks its own count there.
	HeldOutTime       []uint64                  `json:"held_out_time"`
	HeldOutTimeFP     int                       `json:"held_out_time_false_positives"`
	HeldOutTimeChecks int                       `json:"held_out_time_checks"`
	CalibrationFP     int                       `json:"calibration_false_positives"`
	CalibrationChecks int                       `json:"calibration_checks"`
	Runs              []calibrate.JobValidation `json:"runs"`
	Intervals         int                       `json:"intervals"` // honest intervals audited, all runs
	Flagged           int                       `json:"flagged"`
	Worst             boundary.Excess           `json:"worst"`
	ArtifactHash      string                    `json:"artifact_hash"`
}

// runLongJob calibrates lj's boundary with the calibrate defaults and audits honest jobs
// under every held-out profile.
func runLongJob(ctx context.Context, src *data.Sources, lj LongJob, seed uint64, logf func(string, ...any)) (*LongJobReport, error) {
	pol := numeric.Policy{}
	strides := []uint64{lj.Stride}
	eps, held, err := calibrate.Schedule(lj.Steps, strides, 0, 0)
	if err != nil {
		return nil, err
	}
	n := lj.HeldOut
	if n == 0 {
		n = 3
	}
	heldOut := calibrate.DefaultHeldOut(pol, n, nil)
	if lj.HeldOutProfiles != nil {
		if heldOut, err = profileList(lj.HeldOutProfiles); err != nil {
			return nil, err
		}
	}
	var cal []numeric.Profile // nil: every other honest profile
	if lj.CalProfiles > 0 {
		cal, _ = splitProfiles(pol, 0, 0)
		cal = slices.DeleteFunc(cal, func(p numeric.Profile) bool { return slices.Contains(heldOut, p) })
		cal = cal[:min(lj.CalProfiles, len(cal))]
	}
	m0, err := workload.NewManifest(lj.Workload, src, workload.Options{Steps: lj.Steps, Stride: 1, Seed: lj.CalSeed, Policy: pol})
	if err != nil {
		return nil, err
	}
	logf("eval long job %s: %d steps at s=%d: calibrating on %v, held-out time %v", lj.Workload, lj.Steps, lj.Stride, eps, held)
	a, rep, err := calibrate.Run(ctx, calibrate.Config{Manifest: m0, Data: src, Strides: strides, Endpoints: eps, HeldOutTime: held, Profiles: cal, HeldOut: heldOut, Workers: 2})
	if err != nil {
		return nil, err
	}
	m, err := workload.NewManifest(lj.Workload, src, workload.Options{Steps: lj.Steps, Stride: lj.Stride, Seed: seed, Policy: pol})
	if err != nil {
		return nil, err
	}
	if m.BoundaryHash, err = a.Hash(); err != nil {
		return nil, err
	}
	j, err := workload.Open(m, src)
	if err != nil {
		return nil, err
	}
	out := &LongJobReport{Workload: lj.Workload, Steps: lj.Steps, Stride: lj.Stride, Endpoints: eps, HeldOutTime: held,
		HeldOutTimeFP: rep.HeldOutTimeFalsePositives, HeldOutTimeChecks: rep.HeldOutTimeChecks,
		CalibrationFP: rep.FalsePositives, CalibrationChecks: rep.HeldOutChecks, ArtifactHash: m.BoundaryHash.String(),
		Worst: boundary.Excess{Ratio: -1}}
	for _, p := range heldOut {
		logf("eval long job %s: honest provider under held-out %s, every interval audited", lj.Workload, p)
		v, err := calibrate.ValidateJob(ctx, j, a, p, pol.Reference(), 2)
		if err != nil {
			return nil, err
		}
		out.Runs = append(out.Runs, v)
		out.Intervals += len(v.Intervals)
		out.Flagged += v.Flagged
		if v.Worst.Ratio > out.Worst.Ratio {
			out.Worst = v.Worst
		}
	}
	return out, nil
}

// longJobMarkdown is the report section of the job-length axis.
func longJobMarkdown(ls []LongJobReport) string {
	if len(ls) == 0 {
		return ""
	}
	s := "\n## Job length\n\nA boundary from `ovig calibrate`'s defaults for the job's length, and honest providers under each held-out profile on a job of another seed, every interval audited.\n\n" +
		"| workload | steps | stride | calibrated on | held-out time | calibration's held-out-time FP | honest intervals | flagged | worst distance/bound | worst tensor |\n|---|---|---|---|---|---|---|---|---|---|\n"
	for _, l := range ls {
		s += fmt.Sprintf("| %s | %d | %d | %v | %v | %d of %d | %d | %d | %.3g | %s %s |\n", l.Workload, l.Steps, l.Stride, l.Endpoints, l.HeldOutTime,
			l.HeldOutTimeFP, l.HeldOutTimeChecks, l.Intervals, l.Flagged, l.Worst.Ratio, l.Worst.Tensor, l.Worst.Metric)
		for _, r := range l.Runs {
			s += fmt.Sprintf("|  | | | | | held out: %s | %d | %d | %.3g | %s %s |\n", r.Provider, len(r.Intervals), r.Flagged, r.Worst.Ratio, r.Worst.Tensor, r.Worst.Metric)
		}
	}
	return s
}
