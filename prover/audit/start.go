package audit

import (
	"bytes"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/workload"
)

// MetricExact names the distance of a state tensor that must match bit for bit: its Distance
// is +Inf when it does not, against a Bound of 0.
const MetricExact = "exact"

// CheckStart checks endpoint 0 against the job's manifest: training must start where the
// owner said. Every state tensor (the parameters, the optimizer's moments, the step counter,
// which is also the data schedule's position) must equal, bit for bit, the state of
// j.Init(): the initial weights drawn from the manifest's seed, whose keccak256 workload.Open
// has checked against the manifest's initial_weights_hash, and the optimizer's initial state
// at step 0. The dataset root and the data schedule the endpoint records are the manifest's
// because its manifest leaf commits to the manifest hash (evidence.Client.FetchEndpoint checks
// it; Run checks that the workload is the job's manifest). ep's metadata must already have
// passed Consistency as endpoint 0.
//
// It returns a Fraud finding whose Worst names the first differing tensor with an infinite
// distance against a zero bound, or ok = true when endpoint 0 is the manifest's start.
func CheckStart(j *workload.Job, ep *evidence.Endpoint) (f Finding, ok bool, err error) {
	tr, err := j.Init()
	if err != nil {
		return Finding{}, false, fmt.Errorf("initial state: %w", err)
	}
	want, err := tr.Capture(j.Policy().Reference(), 0)
	if err != nil {
		return Finding{}, false, fmt.Errorf("initial state: %w", err)
	}
	fraud := func(tensor, format string, args ...any) (Finding, bool, error) {
		w := boundary.Excess{Tensor: tensor, Metric: MetricExact, Distance: math.Inf(1), Bound: 0, Ratio: math.Inf(1)}
		return Finding{Outcome: Fraud, Worst: w, Reason: "endpoint 0 is not the manifest's initial state: " + fmt.Sprintf(format, args...)}, false, nil
	}
	if ep.Metadata.Endpoint != 0 || ep.Metadata.Step != 0 {
		return fraud(boundary.PrefixState+workload.StepTensor, "endpoint %d at step %d", ep.Metadata.Endpoint, ep.Metadata.Step)
	}
	have := make(map[string]*evidence.Tensor, len(ep.State))
	for i := range ep.State {
		have[ep.State[i].Name] = &ep.State[i]
	}
	for _, w := range want.State {
		name := boundary.PrefixState + w.Name
		g, found := have[w.Name]
		switch {
		case !found:
			return fraud(name, "%s missing", name)
		case g.DType != w.DType || !slices.Equal(g.Shape, w.Shape):
			return fraud(name, "%s is %s%v, want %s%v", name, g.DType, g.Shape, w.DType, w.Shape)
		case !bytes.Equal(g.Data, w.Data):
			what := "differs from the initial weights the manifest's initial_weights_hash " + j.Manifest().InitialWeightsHash.String() + " commits to"
			if w.Name == workload.StepTensor {
				what = "is not step 0"
			} else if !isParam(want, w.Name) {
				what = "is not the optimizer's initial state"
			}
			return fraud(name, "%s %s (%s)", name, what, firstDiff(g.Data, w.Data))
		}
		delete(have, w.Name)
	}
	for _, g := range ep.State {
		if _, extra := have[g.Name]; extra {
			return fraud(boundary.PrefixState+g.Name, "unexpected state tensor %s", g.Name)
		}
	}
	return Finding{}, true, nil
}

// isParam reports whether name is a parameter of ep (it has a gradient).
func isParam(ep *evidence.Endpoint, name string) bool {
	return slices.ContainsFunc(ep.Gradient, func(t evidence.Tensor) bool { return t.Name == name })
}

// firstDiff describes where two equally long byte strings first differ.
func firstDiff(a, b []byte) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("first difference at byte %d of %d", i, len(a))
		}
	}
	return fmt.Sprintf("%d bytes, want %d", len(a), len(b))
}
