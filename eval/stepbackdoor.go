package eval

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// BackdoorStep is the adaptive backdoor attacker of the stride axis under one stride's
// boundary (image classifiers). At every step it replaces a share λ of the batch gradient by
// the gradient of the same batch with the backdoor's trigger stamped on every image and every
// label set to its class: in expectation the gradient of a batch in which each example is
// poisoned with probability λ, made continuous so that the attacker can go as close to the
// boundary as it likes. Share is the largest λ of a quarter-octave grid that the one-step check
// accepts at every probe step (probeSteps, from the honest run's states; Ratio the largest
// distance/bound there; Rejected the next grid point up); OneExample is the discrete attack,
// one poisoned example of the batch at the job's middle step. Model is the delivered model
// with Share at every step of the job; AuditSteps other steps of that run, spread over the job,
// went through the one-step check and Flagged of them failed it (passing at the probes does
// not promise that every step passes: the gradients the share is taken from change).
type BackdoorStep struct {
	Stride     uint64          `json:"stride"`
	Share      float64         `json:"share"`
	Ratio      float64         `json:"ratio"`
	Rejected   float64         `json:"rejected"`
	Trials     int             `json:"trials"`
	OneExample StepVerdict     `json:"one_example"`
	AuditSteps int             `json:"audit_steps"`
	Flagged    int             `json:"flagged"`
	WorstAudit boundary.Excess `json:"worst_audit"`
	Model      ModelEval       `json:"model"`
}

// backdoorAudits is how many steps of each delivered run the one-step check judges.
const backdoorAudits = 8

// probeSteps are the steps where the adaptive attackers try their manipulation against the
// one-step check: the odd eighths of the job and its middle, disjoint from the audited steps
// (the odd sixteenths).
func probeSteps(total uint64) []uint64 {
	return []uint64{total / 8, 3 * total / 8, total / 2, 5 * total / 8, 7 * total / 8}
}

// shareGrid is the attacker's grid of shares, λ_k = 2^(-k/4): quarter octaves from 1 down to
// about 1e-12; strides whose boundaries accept the same grid point share one delivered run.
const shareGrid = 160

func gridShare(k int) float64 { return math.Exp2(-float64(k) / 4) }

// classifierTest is the test split whose triggered images measure backdoor success, nil for a
// workload without labels.
func classifierTest(src *data.Sources, name string) (*data.Images, error) {
	var test *data.Images
	var err error
	switch name {
	case "mlp-mnist":
		_, test, err = src.Digits()
	case "cnn-fashion":
		_, test, err = src.Fashion()
	}
	return test, err
}

// triggeredGradient is the gradient at tr's weights on the batch of its next step with every
// example poisoned by the backdoor, under p; tr is left as it was.
func triggeredGradient(tr *workload.Trainer, p numeric.Profile) (map[string][]float32, error) {
	c, err := tr.Clone()
	if err != nil {
		return nil, err
	}
	var g map[string][]float32
	h := &workload.Hooks{
		Batch: attack.Behaviour{Name: "backdoor", Strength: 1}.Hooks().Batch,
		Grad: func(_ uint64, gr map[string][]float32) {
			g = make(map[string][]float32, len(gr))
			for name, v := range gr {
				g[name] = slices.Clone(v)
			}
		},
		LR: func(uint64, float64) float64 { return 0 }, // only the gradient is wanted, on a copy
	}
	if _, err := c.Train(p, 1, h); err != nil {
		return nil, err
	}
	return g, nil
}

// poisonedStep trains tr one step under p with a share of its gradient from the poisoned batch.
func poisonedStep(tr *workload.Trainer, p numeric.Profile, share float64) error {
	trig, err := triggeredGradient(tr, p)
	if err != nil {
		return err
	}
	mix := &workload.Hooks{Grad: func(_ uint64, gr map[string][]float32) {
		for name, v := range gr {
			t := trig[name]
			for i := range v {
				v[i] = float32((1-share)*float64(v[i]) + share*float64(t[i]))
			}
		}
	}}
	_, err = tr.Train(p, 1, mix)
	return err
}

// poisonedRun is the job trained with a share of every step's gradient poisoned: the
// delivered model and the one-step checks' replays at the audited steps.
type poisonedRun struct {
	model ModelEval
	steps []*pairReplay
}

func (pl *stridePlan) poisonedRun(ctx context.Context, share float64) (*poisonedRun, error) {
	tr, err := pl.single.Init()
	if err != nil {
		return nil, err
	}
	audit := map[uint64]bool{}
	for i := range uint64(backdoorAudits) {
		audit[(2*i+1)*pl.sa.Steps/(2*backdoorAudits)] = true
	}
	out := &poisonedRun{}
	for tr.Step() < pl.sa.Steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var start *evidence.Endpoint
		if audit[tr.Step()] {
			if start, err = tr.CaptureStep(pl.ref); err != nil {
				return nil, err
			}
		}
		if err := poisonedStep(tr, pl.ref, share); err != nil {
			return nil, fmt.Errorf("poisoned step %d: %w", tr.Step(), err)
		}
		if start != nil {
			end, err := tr.CaptureStep(pl.ref)
			if err != nil {
				return nil, err
			}
			rp, err := pl.replayStep(ctx, start, end)
			if err != nil {
				return nil, err
			}
			out.steps = append(out.steps, rp)
		}
	}
	if out.model, err = pl.evaluate(tr); err != nil {
		return nil, err
	}
	return out, nil
}

// evaluate is the model of tr on held-out data, with backdoor success for a classifier.
func (pl *stridePlan) evaluate(tr *workload.Trainer) (ModelEval, error) {
	e, err := pl.single.Evaluate(tr)
	if err != nil {
		return ModelEval{}, err
	}
	me := ModelEval{Loss: e.Loss}
	if !math.IsNaN(e.Accuracy) {
		me.Accuracy = &e.Accuracy
	}
	if pl.test != nil {
		ep, err := tr.CaptureStep(pl.ref)
		if err != nil {
			return ModelEval{}, err
		}
		r, err := backdoorRate(pl.sa.Workload, ep, pl.test, pl.ref)
		if err != nil {
			return ModelEval{}, err
		}
		me.Backdoor = &r
	}
	return me, nil
}

// backdoor runs the adaptive backdoor attacker from the honest run's states at the probe steps
// under every stride's boundary.
func (pl *stridePlan) backdoor(ctx context.Context, probes []*evidence.Endpoint) ([]BackdoorStep, error) {
	mid := probes[slices.IndexFunc(probes, func(ep *evidence.Endpoint) bool { return ep.Metadata.Step == pl.sa.Steps/2 })]
	runs := map[int]*poisonedRun{} // by grid index
	var out []BackdoorStep
	for _, s := range pl.sa.Strides {
		a := pl.arts[s]
		bs := BackdoorStep{Stride: s, WorstAudit: boundary.Excess{Ratio: -1}}
		try := func(from *evidence.Endpoint, h *workload.Hooks, share float64) (boundary.Verdict, error) {
			tr, err := pl.single.Restore(from)
			if err != nil {
				return boundary.Verdict{}, err
			}
			if h != nil {
				_, err = tr.Train(pl.ref, 1, h)
			} else {
				err = poisonedStep(tr, pl.ref, share)
			}
			if err != nil {
				return boundary.Verdict{}, err
			}
			end, err := tr.CaptureStep(pl.ref)
			if err != nil {
				return boundary.Verdict{}, err
			}
			return pl.judge(ctx, a, from, end)
		}
		// A share passes when it passes at every probe; its ratio is the largest there.
		tryAll := func(share float64) (boundary.Verdict, error) {
			all := boundary.Verdict{Worst: boundary.Excess{Ratio: -1}}
			for _, p := range probes {
				v, err := try(p, nil, share)
				if err != nil {
					return boundary.Verdict{}, err
				}
				all.Fraud = all.Fraud || v.Fraud
				if v.Worst.Ratio > all.Worst.Ratio {
					all.Worst = v.Worst
				}
				if v.Fraud {
					break
				}
			}
			return all, nil
		}
		one := &workload.Hooks{Batch: func(_ uint64, bt *workload.Batch) {
			if attack.StampTrigger(bt.X[:bt.Width]) && len(bt.Labels) > 0 {
				bt.Labels[0] = attack.BackdoorLabel
			}
		}}
		v, err := try(mid, one, 0)
		if err != nil {
			return nil, fmt.Errorf("one poisoned example: %w", err)
		}
		bs.OneExample = StepVerdict{Stride: s, Fraud: v.Fraud, Worst: v.Worst}
		// Bisect the grid index: rej is rejected (or λ = 1 itself), acc accepted.
		rej, acc := -1, shareGrid
		for acc-rej > 1 {
			m := (rej + acc + 1) / 2
			if rej < 0 {
				m = 0 // the whole batch poisoned first
			}
			v, err := tryAll(gridShare(m))
			if err != nil {
				return nil, err
			}
			bs.Trials++
			if v.Fraud {
				rej = m
			} else {
				acc, bs.Ratio = m, v.Worst.Ratio
			}
		}
		if acc == shareGrid {
			bs.Share = 0 // nothing down to the grid's end passed
		} else {
			bs.Share = gridShare(acc)
		}
		if rej >= 0 {
			bs.Rejected = gridShare(rej)
		}
		r, ok := runs[acc]
		if !ok {
			if r, err = pl.poisonedRun(ctx, bs.Share); err != nil {
				return nil, err
			}
			runs[acc] = r
		}
		bs.Model = r.model
		for _, rp := range r.steps {
			v, err := rp.verdict(a, boundary.OneStep)
			if err != nil {
				return nil, err
			}
			bs.AuditSteps++
			if v.Fraud {
				bs.Flagged++
			}
			if v.Worst.Ratio > bs.WorstAudit.Ratio {
				bs.WorstAudit = v.Worst
			}
		}
		out = append(out, bs)
	}
	return out, nil
}

// backdoorMarkdown is the report table of the adaptive backdoor attacker of one stride axis.
func backdoorMarkdown(r StrideAxisReport) string {
	if len(r.Backdoor) == 0 {
		return ""
	}
	s := fmt.Sprintf("\nAdaptive backdoor attacker (knows the boundary): the largest share λ of the batch gradient taken from the batch with every image triggered and relabelled to class %d that the one-step check accepts at each of steps %v, and the delivered model when λ is applied at every one of the %d steps (%d other steps of it judged by the one-step check); honest model: %s.\n\n",
		attack.BackdoorLabel, probeSteps(r.Steps), r.Steps, backdoorAudits, modelText(r.Honest))
	s += "| boundary of stride | job steps | one poisoned example of the batch: caught (distance/bound) | accepted λ | its distance/bound | rejected at | trials | audited steps of the λ run flagged (worst) | delivered model with λ at every step |\n|---|---|---|---|---|---|---|---|---|\n"
	for _, b := range r.Backdoor {
		s += fmt.Sprintf("| %d | %d | %v (%.3g) | %.3g | %.3g | %.3g | %d | %d of %d (%.3g) | %s |\n", b.Stride, r.Steps, b.OneExample.Fraud, b.OneExample.Worst.Ratio,
			b.Share, b.Ratio, b.Rejected, b.Trials, b.Flagged, b.AuditSteps, b.WorstAudit.Ratio, modelText(b.Model))
	}
	return s
}
