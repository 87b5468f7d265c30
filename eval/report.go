package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Files written by Write.
const (
	FileMarkdown  = "report.md"
	FileJSON      = "report.json"
	PlotDrift     = "drift_vs_boundary.png"
	PlotDetection = "detection_vs_strength.png"
	PlotRate      = "detection_vs_rate.png"
)

// Write writes the Markdown report, its JSON and the plots into dir (created if needed).
func (r *Report) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("eval report json: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, FileJSON), append(js, '\n'), 0o644); err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	if err := plotDrift(r, filepath.Join(dir, PlotDrift)); err != nil {
		return err
	}
	if err := plotDetection(r, filepath.Join(dir, PlotDetection)); err != nil {
		return err
	}
	if err := plotRate(r, filepath.Join(dir, PlotRate)); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, FileMarkdown), []byte(r.Markdown()), 0o644); err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	return nil
}

// policyName shortens a reference profile name to its policy ("bf16/acc=f32").
func policyName(profile string) string {
	if i := strings.Index(profile, "/red="); i > 0 {
		return profile[:i]
	}
	return profile
}

func pct(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }

func optPct(x *float64) string {
	if x == nil {
		return "–"
	}
	return pct(*x)
}

func ratio(x float64) string {
	if x == 0 {
		return "–"
	}
	return fmt.Sprintf("%.3g", x)
}

// HeadlineTable is the per-family, per-attack table (Markdown) that `ovig eval` prints.
func (r *Report) HeadlineTable() string {
	var b strings.Builder
	c := r.Config
	fmt.Fprintf(&b, "Documented deployment: p = %g per interval per watchtower, n = %d watchtowers, a job of %d intervals; ASR = (1 - p·d)^(m·n) for effective attacks.\n\n", c.Rate, c.Watchtowers, c.DeployIntervals)
	b.WriteString("| family | workload | policy | attack | kind | effective/strengths | detection d (min) | ASR (max) | separation (min distance/bound) |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, row := range r.Headline.Rows {
		det, asr := "–", "–"
		if row.Effective > 0 {
			det, asr = pct(row.MinDetection), fmt.Sprintf("%.2g", row.MaxASR)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %d/%d | %s | %s | %s |\n", row.Family, row.Workload, policyName(row.Policy), row.Attack, row.Kind, row.Effective, row.Strengths, det, asr, ratio(row.MinRatio))
	}
	h := r.Headline
	fmt.Fprintf(&b, "\nFalse positives: %d of %d honest intervals opened (held-out profiles: %d of %d).\n", h.FalsePositives, h.HonestIntervals, h.HeldOutFP, h.HeldOutIntervals)
	for _, sr := range r.StrideAxes {
		var filter []string
		one, oneFP := 0, 0
		for _, row := range sr.Rows {
			filter = append(filter, fmt.Sprintf("s=%d %d of %d", row.Stride, row.FilterFlagged, row.Intervals))
			one, oneFP = one+row.OneSteps, oneFP+row.OneFlagged
		}
		fmt.Fprintf(&b, "Stride axis %s (job of %d steps, held-out profiles): interval filter flagged %s honest intervals; the one-step check %d of %d honest steps.\n",
			sr.Workload, sr.Steps, strings.Join(filter, ", "), oneFP, one)
	}
	for _, s := range h.Storage {
		fmt.Fprintf(&b, "Storage %s at s=%d: %.1fx less than s=1 (goal %.1fx = 0.999·s; paper 0.998·s = %.0fx).\n", s.Workload, s.Stride, s.Reduction, s.Goal, 0.998*float64(s.Stride))
	}
	o := r.Overhead
	fmt.Fprintf(&b, "Overhead (%s, s=%d): evidence %.3fx, total with one watchtower at p=%g %.3fx (%.3fx if the trainer reused the captured gradient signal), with %d watchtowers %.3fx (goal <= 1.10x; paper 1.143x).\n",
		o.Workload, o.Stride, o.EvidenceRatio, o.Rate, o.Total, o.TotalReuse, o.Watchtowers, o.TotalAll)
	if h.Pass {
		b.WriteString("\nPASS: every effective attack is caught whenever a tampered interval is opened, ASR rounds to 0%, no false positive.\n")
	} else {
		b.WriteString("\nFAIL:\n")
		for _, f := range h.Failures {
			fmt.Fprintf(&b, "- %s\n", f)
		}
	}
	return b.String()
}

// Markdown is the full report.
func (r *Report) Markdown() string {
	var b strings.Builder
	b.WriteString("# ovig evaluation against the OVIG paper's claims\n\n")
	fmt.Fprintf(&b, "Run time %.0f s. Every figure comes from real training on the shipped datasets, the real audit (prover/audit: endpoint check and interval replay under the policy's reference profile) and a boundary calibrated per workload with prover/calibrate.\n\n", r.Seconds)
	b.WriteString("## Headline\n\n")
	b.WriteString(r.HeadlineTable())
	fmt.Fprintf(&b, "\n![drift vs boundary](%s)\n![detection vs strength](%s)\n![detection vs rate](%s)\n", PlotDrift, PlotDetection, PlotRate)
	for _, f := range r.Families {
		fmt.Fprintf(&b, "\n## %s: %s under %s\n\n", f.Family, f.Workload, policyName(f.Policy))
		cal := f.Calibration
		fmt.Fprintf(&b, "Job: %d steps, stride %d, policy %s. Boundary %s: calibrated on %d honest profiles (%d samples), %d held out; calibration's own held-out checks: %d false positives of %d.\n\n",
			f.Steps, f.Stride, f.Policy, cal.ArtifactHash[:10], cal.Profiles, cal.Samples, cal.HeldOut, cal.FalsePositives, cal.HeldOutChecks)
		fmt.Fprintf(&b, "Honest model: loss %.4g, accuracy %s, backdoor rate %s.\n\n", f.Honest.Loss, optPct(f.Honest.Accuracy), optPct(f.Honest.Backdoor))
		b.WriteString("### Honest providers (false positives)\n\n| profile | held out | intervals | flagged | worst distance/bound | worst tensor |\n|---|---|---|---|---|---|\n")
		for _, h := range f.Honests {
			fmt.Fprintf(&b, "| %s | %v | %d | %d | %.3g | %s |\n", h.Profile, h.HeldOut, h.Intervals, h.Flagged, h.WorstRatio, h.Worst)
		}
		b.WriteString("\n### Attacks\n\n| attack | strength | kind | tampered/intervals | caught | d | min distance/bound | Δacc | backdoor | Δloss | effect | m | P(escape) | ASR |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
		for _, a := range f.Attacks {
			e := a.Effect
			fmt.Fprintf(&b, "| %s | %g | %s | %d/%d | %d | %s | %s | %+.2f pt | %s | %+.3g | %s | %d | %.2g | %.2g |\n",
				a.Attack, a.Strength, a.Kind, a.Tampered, a.Intervals, a.Caught, pct(a.Detection), ratio(a.MinRatio),
				100*e.AccuracyDrop*-1, optPct(e.Backdoor), e.LossGap, e.Reason, a.DeployedM, a.Escape, a.ASR)
		}
		if len(f.Margins) > 0 {
			b.WriteString("\n### Separation margin\n\nSmallest attack distance/bound over strengths and tampered intervals (a value of 0 means caught by a consistency check rather than a distance), against the largest honest distance/bound.\n\n| attack | min attack ratio | max honest ratio |\n|---|---|---|\n")
			for _, m := range f.Margins {
				fmt.Fprintf(&b, "| %s | %s | %.3g |\n", m.Attack, ratio(m.MinRatio), m.HonestRatio)
			}
		}
		if a := f.Adaptive; a != nil {
			b.WriteString("\n### Adaptive attacker (the honest limit)\n\n")
			fmt.Fprintf(&b, "Knows the boundary; at each endpoint pushes the weights along the backdoor gradient by the largest relative step its own audit accepts (%d trial audits). Mean accepted step %.3g of the weights' norm per interval; intervals flagged when watchtowers open the committed run: %d of %d. Effect: backdoor rate %s (honest %s), accuracy %s (honest %s), loss gap %+.3g: %s.\n",
				a.Audits, a.MeanAlpha, a.Caught, a.Intervals, optPct(a.Model.Backdoor), optPct(f.Honest.Backdoor), optPct(a.Model.Accuracy), optPct(f.Honest.Accuracy), a.Effect.LossGap, a.Effect.Reason)
		}
		b.WriteString("\n### Storage and transfer per stride\n\n| stride s | endpoint bytes | of which metadata | bytes per step | reduction vs s=1 | goal 0.999·s | job of " + fmt.Sprint(r.Config.StorageSteps) + " steps | transfer per opened interval |\n|---|---|---|---|---|---|---|---|\n")
		for _, s := range f.Storage {
			fmt.Fprintf(&b, "| %d | %d | %d | %.0f | %.1fx | %.1fx | %.1fx | %d |\n", s.Stride, s.EndpointBytes, s.MetadataBytes, s.BytesPerStep, s.Reduction, s.Goal, s.JobReduction, s.TransferBytes)
		}
	}
	b.WriteString(longJobMarkdown(r.LongJobs))
	b.WriteString(strideMarkdown(r.StrideAxes))
	b.WriteString(inferenceMarkdown(r.Inference))
	b.WriteString(foreignMarkdown(r.Foreign))
	o := r.Overhead
	b.WriteString("\n## Overhead\n\n")
	fmt.Fprintf(&b, "%s, %d steps at stride %d, %d repeats; every interval's training and its endpoint's capture and commitment timed side by side in one run: training %.3f s, with evidence %.3f s (%.3fx); one interval audit %.4f s. Expected replay at p = %g adds p·N audits per watchtower: total %.3fx with one watchtower, %.3fx with %d. The endpoints' gradient signals (%.3f s) are computed again by the next training step on the same weights and batch: reusing them would give %.3fx with one watchtower.\n",
		o.Workload, o.Steps, o.Stride, o.Repeats, o.Plain, o.Evidence, o.EvidenceRatio, o.Audit, o.Rate, o.Total, o.TotalAll, o.Watchtowers, o.Signal, o.TotalReuse)
	b.WriteString("\n## How to read this\n\n" +
		"- d is per opened tampered interval and comes from running the audit on every interval of the attacked run. Intervals an attack did not touch are counted as honest intervals: flagging one would be a false positive.\n" +
		"- ASR counts only attacks that had an effect: shortcuts that skipped work on some interval, targeted attacks that moved accuracy by 1 point, backdoor success by 5 points or held-out loss by 1%.\n" +
		"- An attack that tampers a single interval escapes n watchtowers with probability (1-p)^n whatever d is: sampling, not the boundary, is the limit there, and the adaptive attacker shows how little the boundary leaves.\n" +
		fmt.Sprintf("- ASR is reported as 0%% when it is below %g.\n", ASRZero))
	return b.String()
}
