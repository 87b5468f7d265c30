package eval

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/workload"
)

// AdaptiveResult is what the adaptive attacker achieved: it knows the boundary artifact and,
// at every endpoint, pushes the weights along the backdoor's gradient by the largest step
// (relative to each tensor's norm) that its own run of the audit still passes, then
// commits consistent evidence (the gradient signal recomputed at the pushed weights).
type AdaptiveResult struct {
	Intervals int       `json:"intervals"`
	Alphas    []float64 `json:"alphas"` // accepted relative step per interval (0: none passed)
	MeanAlpha float64   `json:"mean_alpha"`
	Audits    int       `json:"audits"` // the attacker's trial audits
	Caught    int       `json:"caught"` // intervals a watchtower flags when it opens the committed run
	Model     ModelEval `json:"model"`
	Effect    Effect    `json:"effect"`
}

// adaptive runs the adaptive backdoor attacker on the family (an image classifier).
func (fm *family) adaptive(ctx context.Context, honest ModelEval) (*AdaptiveResult, error) {
	m := fm.job.Manifest()
	n := m.Intervals()
	tr, err := fm.job.Init()
	if err != nil {
		return nil, err
	}
	ep0, err := tr.Capture(fm.ref, 0)
	if err != nil {
		return nil, err
	}
	eps := []*evidence.Endpoint{ep0}
	res := &AdaptiveResult{Intervals: int(n)}
	const maxTries = 40
	alpha := 0.1
	for k := uint64(1); k <= n; k++ {
		if _, err := tr.Train(fm.ref, m.Stride, nil); err != nil {
			return nil, fmt.Errorf("adaptive interval %d: %w", k-1, err)
		}
		ep, err := tr.Capture(fm.ref, k)
		if err != nil {
			return nil, err
		}
		dir, err := fm.backdoorDirection(ep)
		if err != nil {
			return nil, fmt.Errorf("adaptive endpoint %d: %w", k, err)
		}
		accepted := 0.0
		for range maxTries {
			cand, candTr, err := fm.push(ep, dir, alpha)
			if err != nil {
				return nil, fmt.Errorf("adaptive endpoint %d: %w", k, err)
			}
			pair := make([]*evidence.Endpoint, k+1)
			pair[k-1], pair[k] = eps[k-1], cand
			f, err := fm.commit(pair)
			if err != nil {
				return nil, err
			}
			fd, err := f.audit(ctx, k-1)
			if err != nil {
				return nil, err
			}
			res.Audits++
			if fd.Outcome == audit.Honest {
				accepted, ep, tr = alpha, cand, candTr
				break
			}
			alpha /= 2
		}
		res.Alphas = append(res.Alphas, accepted)
		eps = append(eps, ep)
		if accepted > 0 {
			alpha = min(2*accepted, 0.5) // try a bigger step next time
		} else {
			alpha = 0.1
		}
	}
	for _, a := range res.Alphas {
		res.MeanAlpha += a / float64(len(res.Alphas))
	}
	fs, err := fm.auditAll(ctx, eps)
	if err != nil {
		return nil, err
	}
	for _, fd := range fs {
		if fd.Outcome != audit.Honest {
			res.Caught++
		}
	}
	if res.Model, err = fm.evaluate(eps[n]); err != nil {
		return nil, err
	}
	touched := 0.0
	for _, a := range res.Alphas {
		if a > 0 {
			touched++
		}
	}
	res.Effect = effectOf(honest, res.Model, false, touched/float64(n), DefaultEffect())
	return res, nil
}

// backdoorDirection is the gradient, at ep's weights, of the loss on ep's batch with the
// trigger stamped on every image and every label set to the backdoor's class.
func (fm *family) backdoorDirection(ep *evidence.Endpoint) (map[string][]float32, error) {
	t, err := fm.job.Restore(ep)
	if err != nil {
		return nil, err
	}
	return triggeredGradient(t, fm.ref)
}

// push moves every parameter w of ep against dir by alpha·|w| and returns the endpoint an
// attacker commits for it (state and gradient signal recaptured at the pushed weights, so
// the endpoint check has nothing to find) with the trainer to continue from.
func (fm *family) push(ep *evidence.Endpoint, dir map[string][]float32, alpha float64) (*evidence.Endpoint, *workload.Trainer, error) {
	state := slices.Clone(ep.State)
	for i, t := range state {
		d, ok := dir[t.Name]
		if !ok || t.DType != evidence.F32 {
			continue
		}
		w, err := t.F32s()
		if err != nil {
			return nil, nil, err
		}
		nw, nd := norm(w), norm(d)
		if nd == 0 {
			continue
		}
		step := alpha * nw / nd
		for j := range w {
			w[j] -= float32(step * float64(d[j]))
		}
		if state[i], err = evidence.NewF32(t.Name, t.Shape, w); err != nil {
			return nil, nil, err
		}
	}
	pushed, err := evidence.NewEndpoint(state, ep.Gradient, ep.Metadata, ep.Metadata.ChunkSize)
	if err != nil {
		return nil, nil, err
	}
	tr, err := fm.job.Restore(pushed)
	if err != nil {
		return nil, nil, err
	}
	out, err := tr.Capture(fm.ref, ep.Metadata.Endpoint)
	if err != nil {
		return nil, nil, err
	}
	out.Metadata.Losses = ep.Metadata.Losses
	return out, tr, nil
}

func norm(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}
