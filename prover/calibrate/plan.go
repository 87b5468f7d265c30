package calibrate

import (
	"fmt"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
)

// profiles returns the calibration profiles: the requested ones, or every
// honest profile of the policy except its reference and the held-out ones.
// Both lists must be admitted by the policy, free of the reference profile
// and disjoint.
func profiles(pol numeric.Policy, requested, heldOut []numeric.Profile) ([]numeric.Profile, error) {
	if len(heldOut) == 0 {
		return nil, fmt.Errorf("no held-out profiles: the false-positive rate needs at least one")
	}
	ref := pol.Reference()
	held := map[numeric.Profile]bool{}
	for _, p := range heldOut {
		if err := checkProfile(pol, p); err != nil {
			return nil, fmt.Errorf("held-out profile: %w", err)
		}
		if held[p] {
			return nil, fmt.Errorf("held-out profile %s listed twice", p)
		}
		held[p] = true
	}
	if requested == nil {
		var out []numeric.Profile
		for _, p := range pol.HonestProfiles() {
			if p != ref && !held[p] {
				out = append(out, p)
			}
		}
		return out, nil
	}
	seen := map[numeric.Profile]bool{}
	for _, p := range requested {
		if err := checkProfile(pol, p); err != nil {
			return nil, fmt.Errorf("calibration profile: %w", err)
		}
		if held[p] {
			return nil, fmt.Errorf("profile %s is both calibrated on and held out", p)
		}
		if seen[p] {
			return nil, fmt.Errorf("calibration profile %s listed twice", p)
		}
		seen[p] = true
	}
	if len(requested) == 0 {
		return nil, fmt.Errorf("no calibration profiles")
	}
	return slices.Clone(requested), nil
}

func checkProfile(pol numeric.Policy, p numeric.Profile) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if !pol.Admits(p) {
		return fmt.Errorf("%s is not admitted by policy %s", p, pol)
	}
	if p == pol.Reference() {
		return fmt.Errorf("%s is the reference profile: its drift is zero by construction", p)
	}
	return nil
}

// checkSchedule validates strides and endpoint steps against a run of total
// steps: every endpoint is a multiple of every stride (so it is an endpoint of
// a job of that stride) and leaves room to replay the longest stride.
func checkSchedule(strides, endpoints []uint64, total uint64) error {
	if len(strides) == 0 {
		return fmt.Errorf("no strides")
	}
	if len(endpoints) == 0 {
		return fmt.Errorf("no endpoints")
	}
	if !slices.IsSorted(strides) || len(slices.Compact(slices.Clone(strides))) != len(strides) {
		return fmt.Errorf("strides %v: want strictly ascending", strides)
	}
	if !slices.IsSorted(endpoints) || len(slices.Compact(slices.Clone(endpoints))) != len(endpoints) {
		return fmt.Errorf("endpoints %v: want strictly ascending", endpoints)
	}
	longest := strides[len(strides)-1]
	for _, s := range strides {
		if s == 0 {
			return fmt.Errorf("stride 0")
		}
		if total%s != 0 {
			return fmt.Errorf("stride %d does not divide the %d steps of the run", s, total)
		}
		for _, e := range endpoints {
			if e%s != 0 {
				return fmt.Errorf("endpoint step %d is not a multiple of stride %d", e, s)
			}
		}
	}
	if last := endpoints[len(endpoints)-1]; last+longest > total {
		return fmt.Errorf("endpoint step %d + stride %d exceeds the %d steps of the run", last, longest, total)
	}
	return nil
}

// checkTensors names what the checks compare: the gradient signal, and for
// the interval check also the parameters (the state tensors that have a
// gradient; optimizer moments and counters are not compared).
func checkTensors(ep *evidence.Endpoint) (endpoint, interval []string) {
	grads := map[string]bool{}
	for _, t := range ep.Gradient {
		endpoint = append(endpoint, boundary.PrefixGradient+t.Name)
		grads[t.Name] = true
	}
	interval = slices.Clone(endpoint)
	for _, t := range ep.State {
		if grads[t.Name] {
			interval = append(interval, boundary.PrefixState+t.Name)
		}
	}
	slices.Sort(endpoint)
	slices.Sort(interval)
	return endpoint, interval
}

// measure turns one replay into samples, one per tensor. ref and got must
// hold the same tensors with the same lengths (both are honest replays of
// the same job).
func measure(c boundary.Check, stride, step uint64, p numeric.Profile, names []string, ref, got map[string][]float32) ([]boundary.Sample, error) {
	out := make([]boundary.Sample, 0, len(names))
	for _, name := range names {
		r, okR := ref[name]
		g, okG := got[name]
		if !okR || !okG || len(r) != len(g) {
			return nil, fmt.Errorf("%s/%d from step %d under %s: tensor %q differs in presence or length", c, stride, step, p, name)
		}
		out = append(out, boundary.Sample{Check: c, Stride: stride, Endpoint: step, Profile: p, Tensor: name, Distance: boundary.Measure(r, g), RefNorm: boundary.Norm(r)})
	}
	return out, nil
}

// gradientSteps are the steps, every `every` from 0 up to the last endpoint, that are not
// endpoints: where calibration samples only the endpoint check. A negative every means none.
func gradientSteps(every int, endpoints []uint64) []uint64 {
	if every <= 0 || len(endpoints) == 0 {
		return nil
	}
	var out []uint64
	for st := uint64(0); st <= endpoints[len(endpoints)-1]; st += uint64(every) {
		if _, found := slices.BinarySearch(endpoints, st); !found {
			out = append(out, st)
		}
	}
	return out
}

// spread picks n steps evenly over [0, total), the middles of n equal slices, leaving out the
// steps in any of skip (ascending); n <= 0 picks none.
func spread(n int, total uint64, skip ...[]uint64) []uint64 {
	var out []uint64
	for i := range uint64(max(n, 0)) {
		st := (2*i + 1) * total / (2 * uint64(n))
		taken := len(out) > 0 && out[len(out)-1] == st
		for _, sk := range skip {
			_, found := slices.BinarySearch(sk, st)
			taken = taken || found
		}
		if !taken {
			out = append(out, st)
		}
	}
	return out
}

// DefaultScheduleEndpoints and DefaultScheduleHeldOutTime are how many calibration endpoints
// and held-out-time steps Schedule picks when asked for 0.
const (
	DefaultScheduleEndpoints   = 12
	DefaultScheduleHeldOutTime = 6
)

// Schedule spreads calibration over a job of total steps at the given strides (ascending):
// n endpoints evenly over the first three quarters of the steps an interval of the longest
// stride can start from, and h held-out-time steps that calibration never fits on: about a
// third of them between calibration endpoints, the rest over the last quarter, up to the
// last interval of the job, so that the held-out profiles are also judged later than any
// calibrated endpoint. Every step is a multiple of every stride. n or h of 0 take
// DefaultScheduleEndpoints and DefaultScheduleHeldOutTime; fewer come back when the job has
// too few intervals.
func Schedule(total uint64, strides []uint64, n, h int) (endpoints, heldOutTime []uint64, err error) {
	if len(strides) == 0 {
		return nil, nil, fmt.Errorf("schedule: no strides")
	}
	if n <= 0 {
		n = DefaultScheduleEndpoints
	}
	if h <= 0 {
		h = DefaultScheduleHeldOutTime
	}
	step := uint64(1)
	for _, s := range strides {
		if s == 0 {
			return nil, nil, fmt.Errorf("schedule: stride 0")
		}
		step = lcm(step, s)
	}
	longest := slices.Max(strides)
	if total < longest {
		return nil, nil, fmt.Errorf("schedule: %d steps are shorter than stride %d", total, longest)
	}
	slots := (total-longest)/step + 1 // steps 0, step, 2*step, ... an interval can start from
	if slots < 2 {
		return nil, nil, fmt.Errorf("schedule: %d steps at strides %v leave fewer than two endpoints", total, strides)
	}
	split := max(1, (3*slots+3)/4) // slots [0, split) calibrate, [split, slots) are later
	pick := func(lo, hi uint64, k int) []uint64 {
		var out []uint64
		if hi <= lo || k <= 0 {
			return nil
		}
		for i := range uint64(k) {
			s := lo + (2*i+1)*(hi-lo)/(2*uint64(k))
			if len(out) == 0 || out[len(out)-1] != s*step {
				out = append(out, s*step)
			}
		}
		return out
	}
	endpoints = pick(0, split, n)
	if len(endpoints) > 0 {
		endpoints[0] = 0 // the first interval's drift is the smallest; keep it in the fit
	}
	between := h / 3
	late := pick(split, slots, h-between)
	if n := len(late); n > 0 && slots > split {
		late[n-1] = (slots - 1) * step // the job's last interval
	}
	for _, st := range pick(0, split, between) {
		if _, found := slices.BinarySearch(endpoints, st); !found {
			heldOutTime = append(heldOutTime, st)
		}
	}
	heldOutTime = append(heldOutTime, late...)
	slices.Sort(heldOutTime)
	heldOutTime = slices.Compact(heldOutTime)
	return endpoints, heldOutTime, nil
}

func lcm(a, b uint64) uint64 {
	x, y := a, b
	for y != 0 {
		x, y = y, x%y
	}
	return a / x * b
}

// DefaultHeldOut holds out n honest profiles of the policy spread over its catalogue (every
// reduction order and accumulator has a chance to be held out), never the reference nor one of
// calibration (the profiles the caller fits on). With calibration nil, at least one candidate is
// left for calibration.
func DefaultHeldOut(pol numeric.Policy, n int, calibration []numeric.Profile) []numeric.Profile {
	var cands []numeric.Profile
	for _, p := range pol.HonestProfiles() {
		if p != pol.Reference() && !slices.Contains(calibration, p) {
			cands = append(cands, p)
		}
	}
	n = min(n, len(cands))
	if calibration == nil {
		n = min(n, len(cands)-1)
	}
	var out []numeric.Profile
	for i := range max(n, 0) {
		out = append(out, cands[(2*i+1)*len(cands)/(2*n)])
	}
	return out
}
