package eval

import (
	"fmt"
	"math"
)

// ASRZero is the largest attack success rate reported as 0%: it rounds to 0.0%.
const ASRZero = 0.0005

// Headline condenses a report into the figures the OVIG paper claims, and says whether the
// evaluation passes: every effective attack caught whenever an opened interval is tampered
// (d = 1) with an ASR that rounds to 0% at the documented rate, and no honest interval
// flagged.
type Headline struct {
	Rows []HeadlineRow `json:"rows"`
	// Honest intervals opened, and those flagged (false positives), overall and for
	// profiles held out of calibration; attack runs' untampered intervals count too.
	HonestIntervals  int `json:"honest_intervals"`
	FalsePositives   int `json:"false_positives"`
	HeldOutIntervals int `json:"held_out_intervals"`
	HeldOutFP        int `json:"held_out_false_positives"`
	// OneSteps are honest steps judged by the one-step check on the stride axis (under
	// held-out profiles, once per stride's boundary), OneStepFP those it flagged.
	OneSteps  int `json:"one_steps,omitempty"`
	OneStepFP int `json:"one_step_false_positives,omitempty"`
	// StorageReduction at the largest stride, per workload.
	Storage  []StorageRow `json:"storage_at_largest_stride"`
	Overhead float64      `json:"overhead_ratio"`
	Pass     bool         `json:"pass"`
	Failures []string     `json:"failures"`
}

// HeadlineRow is one attack on one workload over its strengths.
type HeadlineRow struct {
	Family       string  `json:"family"`
	Workload     string  `json:"workload"`
	Policy       string  `json:"policy"`
	Attack       string  `json:"attack"`
	Kind         string  `json:"kind"`
	Strengths    int     `json:"strengths"`
	Effective    int     `json:"effective"` // strengths at which the attack had an effect
	MinDetection float64 `json:"min_detection"`
	MaxASR       float64 `json:"max_asr"`
	MinRatio     float64 `json:"min_ratio"`
}

func headline(r *Report) Headline {
	h := Headline{Overhead: r.Overhead.Total}
	fail := func(format string, args ...any) { h.Failures = append(h.Failures, fmt.Sprintf(format, args...)) }
	for _, f := range r.Families {
		for _, hr := range f.Honests {
			h.HonestIntervals += hr.Intervals
			h.FalsePositives += hr.Flagged
			if hr.HeldOut {
				h.HeldOutIntervals += hr.Intervals
				h.HeldOutFP += hr.Flagged
			}
			if hr.Flagged > 0 {
				fail("%s: honest provider under %s flagged on %d of %d intervals (worst %s x%.3g)", f.Workload, hr.Profile, hr.Flagged, hr.Intervals, hr.Worst, hr.WorstRatio)
			}
		}
		rows := map[string]*HeadlineRow{}
		var order []string
		for _, a := range f.Attacks {
			row, ok := rows[a.Attack]
			if !ok {
				row = &HeadlineRow{Family: f.Family, Workload: f.Workload, Policy: f.Policy, Attack: a.Attack, Kind: string(a.Kind), MinDetection: 1, MinRatio: math.Inf(1)}
				rows[a.Attack] = row
				order = append(order, a.Attack)
			}
			row.Strengths++
			untampered := a.Intervals - a.Tampered
			h.HonestIntervals += untampered
			if fp := a.Flagged - a.Caught; fp > 0 {
				h.FalsePositives += fp
				fail("%s %s:%g: %d untampered intervals flagged", f.Workload, a.Attack, a.Strength, fp)
			}
			if !a.Effect.Effective {
				continue
			}
			row.Effective++
			row.MinDetection = min(row.MinDetection, a.Detection)
			row.MaxASR = max(row.MaxASR, a.ASR)
			row.MinRatio = min(row.MinRatio, a.MinRatio)
			if a.Detection < 1 || a.ASR > ASRZero {
				fail("%s %s:%g: effective (%s) but detection %.3g, ASR %.3g", f.Workload, a.Attack, a.Strength, a.Effect.Reason, a.Detection, a.ASR)
			}
		}
		for _, name := range order {
			if rows[name].Effective == 0 {
				rows[name].MinRatio = 0
			}
			h.Rows = append(h.Rows, *rows[name])
		}
		if n := len(f.Storage); n > 0 {
			h.Storage = append(h.Storage, f.Storage[n-1])
		}
	}
	for _, l := range r.LongJobs {
		h.HonestIntervals += l.Intervals
		h.FalsePositives += l.Flagged
		h.HeldOutIntervals += l.Intervals
		h.HeldOutFP += l.Flagged
		if l.Flagged > 0 {
			fail("long job %s (%d steps, s=%d): %d of %d honest intervals under held-out profiles flagged (worst %s %s x%.3g)", l.Workload, l.Steps, l.Stride, l.Flagged, l.Intervals, l.Worst.Tensor, l.Worst.Metric, l.Worst.Ratio)
		}
		if l.HeldOutTimeFP > 0 {
			fail("long job %s: calibration's held-out-time checks flagged %d of %d", l.Workload, l.HeldOutTimeFP, l.HeldOutTimeChecks)
		}
	}
	// The interval filter at large strides may flag honest intervals (it only opens a
	// step-level dispute); the one-step check, which slashes, may not.
	for _, sr := range r.StrideAxes {
		for _, row := range sr.Rows {
			h.OneSteps += row.OneSteps
			h.OneStepFP += row.OneFlagged
			if row.OneFlagged > 0 {
				fail("stride axis %s (%d steps), boundary of s=%d: the one-step check flagged %d of %d honest steps under held-out profiles (worst %s %s x%.3g)",
					sr.Workload, sr.Steps, row.Stride, row.OneFlagged, row.OneSteps, row.OneWorst.Tensor, row.OneWorst.Metric, row.OneWorst.Ratio)
			}
			if c := row.CalOneStep; c.FalsePositives+c.HeldOutTimeFalsePositives > 0 {
				fail("stride axis %s, s=%d: calibration's one-step check flagged %d of %d held-out steps and %d of %d at held-out time",
					sr.Workload, row.Stride, c.FalsePositives, c.HeldOutChecks, c.HeldOutTimeFalsePositives, c.HeldOutTimeChecks)
			}
		}
	}
	h.Pass = len(h.Failures) == 0
	return h
}
