package devnet

import (
	"context"
	"fmt"

	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/calibrate"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// QuickCalibration calibrates a boundary for one workload and stride from two reference
// endpoints, six honest f32 profiles and three held out: enough for demos and end-to-end tests
// in seconds to a minute on two cores. Owners calibrate real jobs with ovig calibrate.
func QuickCalibration(ctx context.Context, src *data.Sources, name string, stride uint64) (*boundary.Artifact, calibrate.Report, error) {
	pol := numeric.Policy{Operand: numeric.F32, Accum: numeric.AccF32}
	prof := func(o numeric.Order, n int, acc numeric.Accum) numeric.Profile {
		return numeric.Profile{Operand: pol.Operand, Accum: acc, Order: o, N: n}
	}
	endpoints := []uint64{stride, 3 * stride}
	m, err := workload.NewManifest(name, src, workload.Options{Steps: 4 * stride, Stride: 1, Policy: pol})
	if err != nil {
		return nil, calibrate.Report{}, fmt.Errorf("calibrate %s: %w", name, err)
	}
	return calibrate.Run(ctx, calibrate.Config{
		Manifest: m, Data: src, Strides: []uint64{stride}, Endpoints: endpoints,
		Profiles: []numeric.Profile{
			prof(numeric.Pairwise, 0, numeric.AccF32), prof(numeric.Lanes, 4, numeric.AccF32),
			prof(numeric.Lanes, 8, numeric.AccF32), prof(numeric.KBlock, 64, numeric.AccF32),
			prof(numeric.SplitK, 2, numeric.AccF32), prof(numeric.Seq, 0, numeric.AccF64),
		},
		HeldOut: []numeric.Profile{
			prof(numeric.Lanes, 16, numeric.AccF32), prof(numeric.KBlock, 256, numeric.AccF32),
			prof(numeric.SplitK, 4, numeric.AccF32),
		},
		Workers: 2,
	})
}
