package infer

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// BoundVersion is the only activation-boundary version this code writes and accepts.
const BoundVersion = 1

// Bound is the activation boundary of one workload under one precision policy: per block, how
// far a block's output replayed under the verifier's profile may honestly sit from the output
// a provider recorded under another profile. Distances are training's (prover/boundary).
type Bound struct {
	Version    uint32            `json:"version"`
	Workload   string            `json:"workload"`
	Policy     numeric.Policy    `json:"policy"`
	Verifier   numeric.Profile   `json:"verifier"` // the profile replays run under
	Percentile float64           `json:"percentile"`
	Margin     float64           `json:"margin"`
	Floor      boundary.Distance `json:"floor"`
	Blocks     []BlockBound      `json:"blocks"`
	// Calibration: the profiles fitted on and those held out to count false positives.
	Inputs         int               `json:"inputs"`
	Profiles       []numeric.Profile `json:"profiles"`
	HeldOut        []numeric.Profile `json:"held_out"`
	HeldOutChecks  int               `json:"held_out_checks"`
	FalsePositives int               `json:"false_positives"`
	WorstHeldOut   float64           `json:"worst_held_out"` // largest held-out distance/bound
}

// BlockBound is one block's bound and the honest drift it was fitted on.
type BlockBound struct {
	Block   int               `json:"block"`
	Name    string            `json:"name"`
	Samples int               `json:"samples"`
	Bound   boundary.Distance `json:"bound"`
	Drift   boundary.Drift    `json:"drift"`
}

// Hash is keccak256 of the bound's compact JSON: what an inference commitment would name.
func (b *Bound) Hash() (evidence.Hash32, error) {
	j, err := json.Marshal(b)
	if err != nil {
		return evidence.Hash32{}, fmt.Errorf("bound hash: %w", err)
	}
	return evidence.Keccak256(j), nil
}

// CalibrationConfig tunes Calibrate; zero values take the defaults of training's boundary
// (margin 4, the 100th percentile: a boundary from a few hundred honest samples must cover
// their maximum).
type CalibrationConfig struct {
	Verifier   numeric.Profile
	Profiles   []numeric.Profile // providers' honest profiles to fit on
	HeldOut    []numeric.Profile // replayed only to count false positives
	Percentile float64
	Margin     float64
	Floor      boundary.Distance
}

// Input is one calibration request's block input.
type Input struct {
	Rows int
	In   []float32
}

// Calibrate measures honest activation drift: for every input and honest profile q, the
// provider's forward pass under q is recorded, each block is replayed under the verifier's
// profile from the recorded input edge, and its output is measured against the recorded one.
// The bound of a block is a percentile of those distances times the margin, never below the
// floor; held-out profiles are then checked against it and their false positives counted.
func Calibrate(net *workload.Network, pol numeric.Policy, inputs []Input, cfg CalibrationConfig) (*Bound, error) {
	if cfg.Percentile == 0 {
		cfg.Percentile = 100
	}
	if cfg.Margin == 0 {
		cfg.Margin = 4
	}
	if cfg.Floor == (boundary.Distance{}) {
		cfg.Floor = boundary.Distance{RelL2: 1e-6, MaxAbs: 1e-5, CosDist: 1e-12}
	}
	if len(inputs) == 0 || len(cfg.Profiles) == 0 {
		return nil, fmt.Errorf("calibrate %s: %d inputs, %d profiles", net.Workload(), len(inputs), len(cfg.Profiles))
	}
	for _, q := range append(append([]numeric.Profile{cfg.Verifier}, cfg.Profiles...), cfg.HeldOut...) {
		if !pol.Admits(q) {
			return nil, fmt.Errorf("calibrate %s: profile %s is not honest under %s", net.Workload(), q, pol)
		}
	}
	drift := make([][]boundary.Distance, net.Blocks())
	if err := sweep(net, cfg.Verifier, cfg.Profiles, inputs, func(blk int, d boundary.Distance) {
		drift[blk] = append(drift[blk], d)
	}); err != nil {
		return nil, fmt.Errorf("calibrate %s: %w", net.Workload(), err)
	}
	b := &Bound{Version: BoundVersion, Workload: net.Workload(), Policy: pol, Verifier: cfg.Verifier,
		Percentile: cfg.Percentile, Margin: cfg.Margin, Floor: cfg.Floor,
		Inputs: len(inputs), Profiles: cfg.Profiles, HeldOut: cfg.HeldOut}
	for blk, ds := range drift {
		b.Blocks = append(b.Blocks, fitBlock(blk, net.BlockName(blk), ds, cfg))
	}
	if err := sweep(net, cfg.Verifier, cfg.HeldOut, inputs, func(blk int, d boundary.Distance) {
		r := b.Blocks[blk].ratio(d)
		b.HeldOutChecks++
		b.WorstHeldOut = max(b.WorstHeldOut, r)
		if r > 1 {
			b.FalsePositives++
		}
	}); err != nil {
		return nil, fmt.Errorf("calibrate %s held out: %w", net.Workload(), err)
	}
	return b, nil
}

// sweep runs every input under every profile and reports each block's replay distance.
func sweep(net *workload.Network, verifier numeric.Profile, profiles []numeric.Profile, inputs []Input, f func(blk int, d boundary.Distance)) error {
	for _, q := range profiles {
		for _, in := range inputs {
			edges, err := net.Forward(q, in.Rows, in.In)
			if err != nil {
				return fmt.Errorf("profile %s: %w", q, err)
			}
			for blk := range net.Blocks() {
				got, err := net.Block(verifier, blk, in.Rows, edges[blk])
				if err != nil {
					return fmt.Errorf("profile %s: %w", q, err)
				}
				f(blk, boundary.Measure(edges[blk+1], got))
			}
		}
	}
	return nil
}

func fitBlock(blk int, name string, ds []boundary.Distance, cfg CalibrationConfig) BlockBound {
	pick := func(get func(boundary.Distance) float64) (bound, lo, med, p95, hi float64) {
		vs := make([]float64, len(ds))
		for i, d := range ds {
			vs[i] = get(d)
		}
		slices.Sort(vs)
		return boundary.Percentile(vs, cfg.Percentile) * cfg.Margin,
			vs[0], boundary.Percentile(vs, 50), boundary.Percentile(vs, 95), vs[len(vs)-1]
	}
	var bb BlockBound
	bb.Block, bb.Name, bb.Samples = blk, name, len(ds)
	var vals [3][5]float64
	for m, get := range []func(boundary.Distance) float64{
		func(d boundary.Distance) float64 { return d.RelL2 },
		func(d boundary.Distance) float64 { return d.MaxAbs },
		func(d boundary.Distance) float64 { return d.CosDist },
	} {
		b, lo, med, p95, hi := pick(get)
		vals[m] = [5]float64{b, lo, med, p95, hi}
	}
	dist := func(k int) boundary.Distance {
		return boundary.Distance{RelL2: vals[0][k], MaxAbs: vals[1][k], CosDist: vals[2][k]}
	}
	bb.Bound = dist(0)
	bb.Bound.RelL2 = max(bb.Bound.RelL2, cfg.Floor.RelL2)
	bb.Bound.MaxAbs = max(bb.Bound.MaxAbs, cfg.Floor.MaxAbs)
	bb.Bound.CosDist = max(bb.Bound.CosDist, cfg.Floor.CosDist, min(bb.Bound.RelL2*bb.Bound.RelL2/2, 2))
	bb.Drift = boundary.Drift{Min: dist(1), Median: dist(2), P95: dist(3), Max: dist(4)}
	return bb
}

// ratio is the largest distance/bound over the metrics, infinite for a non-finite distance.
func (bb *BlockBound) ratio(d boundary.Distance) float64 {
	if !d.IsFinite() {
		return math.Inf(1)
	}
	r := 0.0
	for _, p := range [][2]float64{{d.RelL2, bb.Bound.RelL2}, {d.MaxAbs, bb.Bound.MaxAbs}, {d.CosDist, bb.Bound.CosDist}} {
		switch {
		case p[1] > 0:
			r = max(r, p[0]/p[1])
		case p[0] > 0:
			return math.Inf(1)
		}
	}
	return r
}
