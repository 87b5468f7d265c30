package eval

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// InferenceReport is the evaluation of auditable inference (prover/infer), off chain: per
// workload, honest records under held-out profiles and every serving attack, each record
// replayed block by block under the arbiters' reference profile against an activation bound
// calibrated on the other honest profiles.
type InferenceReport struct {
	// The documented deployment: Records served per batch window, Opened of them checked (one
	// block each), BadShare of the records altered by the attacks that pick their victims.
	Records   uint64              `json:"records"`
	Opened    uint64              `json:"opened"`
	BadShare  float64             `json:"bad_share"`
	Workloads []InferenceWorkload `json:"workloads"`
}

// InferenceWorkload is one workload's inference results.
type InferenceWorkload struct {
	Workload       string            `json:"workload"`
	Steps          uint64            `json:"steps"`
	Blocks         int               `json:"blocks"`
	CalInputs      int               `json:"cal_inputs"`
	Profiles       int               `json:"profiles"`
	HeldOut        int               `json:"held_out"`
	BoundChecks    int               `json:"bound_checks"`     // held-out block replays in calibration
	BoundFP        int               `json:"bound_fp"`         // of them beyond the bound
	HonestRecords  int               `json:"honest_records"`   // fresh records under held-out profiles, every block replayed
	HonestFlagged  int               `json:"honest_flagged"`   // false positives
	MaxHonestRatio float64           `json:"max_honest_ratio"` // largest honest distance/bound
	RecordBytes    float64           `json:"record_bytes"`     // mean per request
	Attacks        []InferenceAttack `json:"attacks"`
}

// InferenceAttack is one serving attack on one workload.
type InferenceAttack struct {
	Attack  string `json:"attack"`
	Records int    `json:"records"`
	Caught  int    `json:"caught"` // records flagged with every block replayed
	// Detection is the probability that one opened record is caught when one block, chosen
	// uniformly, is replayed (a consistency failure catches it whichever block).
	Detection float64 `json:"detection"`
	// MinRatio is the smallest, over records caught by a replay, of the largest
	// distance/bound over blocks: the separation from honest drift (0 when only consistency
	// checks caught).
	MinRatio float64 `json:"min_ratio"`
	Reason   string  `json:"reason"` // of the first record caught
	// EscapeAll and EscapeShare are end-to-end escape probabilities at the documented
	// deployment: the attack on every record (a substituted or tampered model) or on
	// BadShare of them.
	EscapeAll   float64 `json:"escape_all"`
	EscapeShare float64 `json:"escape_share"`
	// OpenFor99 is how many of the deployment's records must be opened to catch the attack on
	// BadShare of them with probability 0.99.
	OpenFor99 uint64 `json:"open_for_99"`
}

type inferenceCase struct {
	workload      string
	steps         uint64
	cal, requests int
	attacks       []string
}

func inferenceCases() []inferenceCase {
	common := []string{"substitute:init", "substitute:pruned", "substitute:int8", "tamper:0", "alter"}
	return []inferenceCase{
		{"mlp-mnist", 100, 16, 16, append(slices.Clone(common), "tamper:1")},
		{"cnn-fashion", 20, 8, 8, append(slices.Clone(common), "tamper:2")},
		{"ddpm-digits", 40, 16, 16, append(slices.Clone(common), "skip:1", "tamper:2")},
		{"charlm-moby", 10, 4, 6, append(slices.Clone(common), "skip:1", "tamper:3", "temperature:2", "seed:1")},
	}
}

// runInference evaluates auditable inference on every workload.
func runInference(ctx context.Context, src *data.Sources, seed uint64, logf func(string, ...any)) (*InferenceReport, error) {
	rep := &InferenceReport{Records: 10_000, Opened: 100, BadShare: 0.01}
	for _, ic := range inferenceCases() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		logf("eval inference %s", ic.workload)
		wr, err := inferenceWorkload(src, ic, seed, rep)
		if err != nil {
			return nil, fmt.Errorf("inference %s: %w", ic.workload, err)
		}
		rep.Workloads = append(rep.Workloads, *wr)
	}
	return rep, nil
}

func inferenceWorkload(src *data.Sources, ic inferenceCase, seed uint64, rep *InferenceReport) (*InferenceWorkload, error) {
	tr, err := infer.Train(src, ic.workload, ic.steps, seed)
	if err != nil {
		return nil, err
	}
	w, err := tr.Open()
	if err != nil {
		return nil, err
	}
	reqs, err := infer.TestRequests(tr.Job, w.Net, ic.cal+ic.requests)
	if err != nil {
		return nil, err
	}
	for i := range reqs {
		infer.Shorten(&reqs[i], 16, 16) // 16-byte prompts, 16 generated tokens: the cost of the sweep
	}
	ins, err := infer.CalibrationInputs(w, reqs[:ic.cal])
	if err != nil {
		return nil, err
	}
	pol := tr.Job.Policy()
	cal, held := infer.SplitProfiles(pol)
	bound, err := infer.Calibrate(w.Net, pol, ins, infer.CalibrationConfig{Verifier: pol.Reference(), Profiles: cal, HeldOut: held})
	if err != nil {
		return nil, err
	}
	v, err := infer.NewVerifier(w, bound, bound.Verifier)
	if err != nil {
		return nil, err
	}
	eval := reqs[ic.cal:]
	wr := &InferenceWorkload{Workload: ic.workload, Steps: ic.steps, Blocks: w.Net.Blocks(), CalInputs: ic.cal,
		Profiles: len(cal), HeldOut: len(held), BoundChecks: bound.HeldOutChecks, BoundFP: bound.FalsePositives}
	all := make([]int, w.Net.Blocks())
	for i := range all {
		all[i] = i
	}
	var bytes int
	for _, p := range held {
		opened, err := serveAll(w, tr.Job, p, "honest", eval)
		if err != nil {
			return nil, err
		}
		for _, o := range opened {
			f := v.Check(o, all)
			wr.HonestRecords++
			bytes += len(o.Raw)
			wr.MaxHonestRatio = max(wr.MaxHonestRatio, f.Worst)
			if f.Outcome != infer.Honest {
				wr.HonestFlagged++
			}
		}
	}
	wr.RecordBytes = float64(bytes) / float64(wr.HonestRecords)
	for _, a := range ic.attacks {
		opened, err := serveAll(w, tr.Job, held[0], a, eval)
		if err != nil {
			return nil, fmt.Errorf("attack %s: %w", a, err)
		}
		ar := InferenceAttack{Attack: a, Records: len(opened), MinRatio: math.Inf(1)}
		var det float64
		for _, o := range opened {
			if f := v.Check(o, nil); f.Outcome != infer.Honest {
				ar.Caught++
				det++
				ar.MinRatio = 0
				if ar.Reason == "" {
					ar.Reason = f.Reason
				}
				continue
			}
			hits, worst := 0, 0.0
			for _, b := range all {
				f := v.Check(o, []int{b})
				worst = max(worst, f.Worst)
				if f.Outcome != infer.Honest {
					hits++
					if ar.Reason == "" {
						ar.Reason = f.Reason
					}
				}
			}
			if hits > 0 {
				ar.Caught++
				ar.MinRatio = min(ar.MinRatio, worst)
			}
			det += float64(hits) / float64(len(all))
		}
		if math.IsInf(ar.MinRatio, 1) {
			ar.MinRatio = 0
		}
		ar.Detection = det / float64(len(opened))
		bad := uint64(math.Round(rep.BadShare * float64(rep.Records)))
		ar.EscapeAll = infer.Escape(rep.Records, rep.Records, rep.Opened, ar.Detection)
		ar.EscapeShare = infer.Escape(rep.Records, bad, rep.Opened, ar.Detection)
		ar.OpenFor99 = openFor(rep.Records, bad, ar.Detection, 0.01)
		wr.Attacks = append(wr.Attacks, ar)
	}
	return wr, nil
}

// openFor is the fewest records to open, of n with k bad each caught with probability d when
// opened, for an escape probability of at most escape (n when even that is not enough).
func openFor(n, k uint64, d, escape float64) uint64 {
	lo, hi := uint64(0), n
	for lo < hi {
		mid := lo + (hi-lo)/2
		if infer.Escape(n, k, mid, d) <= escape {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// serveAll serves reqs under p with a behaviour and opens every record of the batch.
func serveAll(w *infer.Weights, job *workload.Job, p numeric.Profile, behaviour string, reqs []infer.Request) ([]*infer.Opened, error) {
	h, err := infer.ParseBehaviour(behaviour, job, w.Net)
	if err != nil {
		return nil, err
	}
	s, err := infer.NewServer(w, p, h)
	if err != nil {
		return nil, err
	}
	raws := make([][]byte, len(reqs))
	for i, r := range reqs {
		rec, err := s.Serve(r)
		if err != nil {
			return nil, err
		}
		if raws[i], err = rec.Encode(); err != nil {
			return nil, err
		}
	}
	c, err := infer.Commit(0, w.Hash, raws)
	if err != nil {
		return nil, err
	}
	out := make([]*infer.Opened, len(raws))
	for i := range out {
		if out[i], err = c.Open(uint64(i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// inferenceMarkdown is the report's inference section ("" when it did not run).
func inferenceMarkdown(r *InferenceReport) string {
	if r == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n## Auditable inference (off chain)\n\n")
	fmt.Fprintf(&b, "Each workload's final model served for real (prover/infer); every record opened and replayed block by block under the policy's reference profile against an activation bound fitted on honest profiles, honest records served under held-out profiles. d is the probability that one opened record is caught when one block of it, chosen by the checker's secret, is replayed. Deployment: %d records, %d opened (one block each); escape = Σ_j Hyp(j; N, k, m)·(1-d)^j with every record bad (a substituted model) or %s of them.\n\n", r.Records, r.Opened, pct(r.BadShare))
	b.WriteString("| workload | blocks | bound fit on | held-out replays beyond bound | honest records flagged | max honest distance/bound | record bytes |\n|---|---|---|---|---|---|---|\n")
	for _, w := range r.Workloads {
		fmt.Fprintf(&b, "| %s | %d | %d profiles × %d inputs | %d of %d | %d of %d | %.3g | %.0f |\n",
			w.Workload, w.Blocks, w.Profiles, w.CalInputs, w.BoundFP, w.BoundChecks, w.HonestFlagged, w.HonestRecords, w.MaxHonestRatio, w.RecordBytes)
	}
	b.WriteString("\n| workload | attack | caught | d | min distance/bound | escape (all bad) | escape (" + pct(r.BadShare) + " bad) | opened for 99% (" + pct(r.BadShare) + " bad) | first reason |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, w := range r.Workloads {
		for _, a := range w.Attacks {
			fmt.Fprintf(&b, "| %s | %s | %d/%d | %s | %s | %.2g | %.2g | %d | %s |\n", w.Workload, a.Attack, a.Caught, a.Records, pct(a.Detection), ratio(a.MinRatio), a.EscapeAll, a.EscapeShare, a.OpenFor99, strings.ReplaceAll(a.Reason, "|", "/"))
		}
	}
	return b.String()
}
