package attack

import (
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/workload"
)

// Forge returns the rewrite the behaviour applies to each captured endpoint before it is
// committed, for a job of the given number of intervals, in the form node.ProviderConfig
// takes; nil when the behaviour commits what it trained. It must be called on endpoints
// 0, 1, 2, ... in order (the "pad" forgery remembers the last real endpoint). "interpolate"
// needs the endpoints after the one it forges, so it has no streaming form: see ForgeRun.
func (b Behaviour) Forge(intervals uint64) func(endpoint uint64, ep *evidence.Endpoint) (*evidence.Endpoint, error) {
	switch b.Name {
	case "pad":
		real := PaddedFrom(intervals, b.Strength)
		var last *evidence.Endpoint
		return func(endpoint uint64, ep *evidence.Endpoint) (*evidence.Endpoint, error) {
			if endpoint < real || last == nil {
				last = ep
				return ep, nil
			}
			return Relabel(last, endpoint, ep.Metadata.Step)
		}
	case "gradforge":
		return func(endpoint uint64, ep *evidence.Endpoint) (*evidence.Endpoint, error) {
			if endpoint == 0 {
				return ep, nil
			}
			return mapTensors(ep, false, func(slot int, name string, v []float32) {
				r := b.Strength * rms(v)
				for i := range v {
					v[i] += float32(r * gauss(endpoint, uint64(slot)<<32|uint64(i)))
				}
			})
		}
	}
	return nil
}

// ForgeRun applies the behaviour's forgery to a whole run's endpoints 0..N (in place) and
// reports which endpoints it rewrote. It is what an attacker who commits after training
// can do; the streaming behaviours give the same result as Forge.
func (b Behaviour) ForgeRun(eps []*evidence.Endpoint) ([]uint64, error) {
	if len(eps) < 2 {
		return nil, nil
	}
	intervals := uint64(len(eps) - 1)
	if b.Name == "interpolate" {
		return interpolateRun(eps, b.Strength)
	}
	f := b.Forge(intervals)
	if f == nil {
		return nil, nil
	}
	var forged []uint64
	for k, ep := range eps {
		got, err := f(uint64(k), ep)
		if err != nil {
			return forged, fmt.Errorf("forge endpoint %d: %w", k, err)
		}
		if got != ep {
			forged = append(forged, uint64(k))
			eps[k] = got
		}
	}
	return forged, nil
}

// PaddedFrom is the first endpoint "pad" fabricates in a job of n intervals: the last
// round(share·n) endpoints are copies, and at least endpoint 1 is real.
func PaddedFrom(n uint64, share float64) uint64 {
	pad := uint64(math.Round(share * float64(n)))
	return max(n-min(pad, n), 1) + 1
}

// Interpolated reports whether "interpolate" at strength share fabricates endpoint k of a
// job of n intervals; the first and last endpoints are always real.
func Interpolated(k, n uint64, share float64) bool {
	return k > 0 && k < n && chance(k, 1<<48) < share
}

func interpolateRun(eps []*evidence.Endpoint, share float64) ([]uint64, error) {
	n := uint64(len(eps) - 1)
	var forged []uint64
	a := uint64(0)
	for b := uint64(1); b <= n; b++ {
		if Interpolated(b, n, share) {
			continue
		}
		for k := a + 1; k < b; k++ {
			t := float64(k-a) / float64(b-a)
			ep, err := Interpolate(eps[a], eps[b], t, k, eps[k].Metadata.Step)
			if err != nil {
				return forged, fmt.Errorf("interpolate endpoint %d between %d and %d: %w", k, a, b, err)
			}
			eps[k] = ep
			forged = append(forged, k)
		}
		a = b
	}
	return forged, nil
}

// Interpolate fabricates endpoint `endpoint` at `step` as (1-t)·a + t·b, tensor by tensor
// (state, optimizer moments, gradient signal and losses alike), with a consistent step
// counter.
func Interpolate(a, b *evidence.Endpoint, t float64, endpoint, step uint64) (*evidence.Endpoint, error) {
	other := map[string][]float32{}
	for prefix, part := range map[string][]evidence.Tensor{"state/": b.State, "gradient/": b.Gradient} {
		for i := range part {
			if part[i].DType == evidence.F32 {
				v, err := part[i].F32s()
				if err != nil {
					return nil, err
				}
				other[prefix+part[i].Name] = v
			}
		}
	}
	ep, err := mapTensors(a, true, func(_ int, key string, v []float32) {
		w := other[key]
		for i := range v {
			if i < len(w) {
				// Rounded products: arm64 would fuse them, and cheaters must replay alike too.
				v[i] = float32(float64((1-t)*float64(v[i])) + float64(t*float64(w[i])))
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return Relabel(ep, endpoint, step)
}

// mapTensors returns a copy of ep whose F32 gradient tensors, and state tensors too when
// state is set, went through f (keys "state/<name>", "gradient/<name>"; slot counts the
// tensors visited).
func mapTensors(ep *evidence.Endpoint, state bool, f func(slot int, key string, v []float32)) (*evidence.Endpoint, error) {
	parts := []struct {
		prefix string
		ts     []evidence.Tensor
		touch  bool
	}{{"state/", ep.State, state}, {"gradient/", ep.Gradient, true}}
	var out [2][]evidence.Tensor
	slot := 0
	for p, part := range parts {
		for _, t := range part.ts {
			if !part.touch || t.DType != evidence.F32 {
				out[p] = append(out[p], t)
				continue
			}
			v, err := t.F32s()
			if err != nil {
				return nil, fmt.Errorf("tensor %s%s: %w", part.prefix, t.Name, err)
			}
			f(slot, part.prefix+t.Name, v)
			slot++
			nt, err := evidence.NewF32(t.Name, t.Shape, v)
			if err != nil {
				return nil, err
			}
			out[p] = append(out[p], nt)
		}
	}
	m := ep.Metadata
	m.Losses = slices.Clone(m.Losses)
	return evidence.NewEndpoint(out[0], out[1], m, m.ChunkSize)
}

// Relabel returns a copy of ep that claims to be endpoint `endpoint` at `step`: metadata and
// the step counter say so, everything else is ep's.
func Relabel(ep *evidence.Endpoint, endpoint, step uint64) (*evidence.Endpoint, error) {
	state := slices.Clone(ep.State)
	for i := range state {
		if state[i].Name != workload.StepTensor {
			continue
		}
		t, err := evidence.NewI64(workload.StepTensor, state[i].Shape, []int64{int64(step)})
		if err != nil {
			return nil, err
		}
		state[i] = t
	}
	m := ep.Metadata
	m.Endpoint, m.Step = endpoint, step
	m.Losses = slices.Clone(m.Losses)
	return evidence.NewEndpoint(state, slices.Clone(ep.Gradient), m, m.ChunkSize)
}
