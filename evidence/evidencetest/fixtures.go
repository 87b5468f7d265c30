// Package evidencetest builds small, deterministic manifests, endpoints and bundles for tests
// of the evidence, node, challenger and arbiter packages.
package evidencetest

import (
	"math/rand/v2"

	"github.com/ovig/ovig/evidence"
)

// Manifest returns a valid manifest with the given chunk size.
func Manifest(chunkSize uint64) *evidence.Manifest {
	h := func(b byte) evidence.Hash32 { return evidence.Keccak256([]byte{b}) }
	return &evidence.Manifest{
		Version:            evidence.ManifestVersion,
		Workload:           "mnist-mlp",
		Architecture:       evidence.NamedParams{Name: "mlp", Params: map[string]float64{"hidden": 128, "in": 784, "out": 10}},
		InitialWeightsHash: h(1),
		Dataset:            evidence.DatasetCommit{Root: h(2), Count: 10000},
		Schedule:           evidence.DataSchedule{Seed: 42, BatchSize: 64},
		Optimizer:          evidence.NamedParams{Name: "adam", Params: map[string]float64{"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}},
		LRSchedule:         evidence.NamedParams{Name: "constant", Params: map[string]float64{"lr": 1e-3}},
		Precision:          evidence.PrecisionPolicy{Operand: "f32", Accumulate: "f32"},
		TotalSteps:         2000,
		Stride:             100,
		ChallengeWindow:    86400,
		ResponseWindow:     3600,
		ArbitrationWindow:  7200,
		BoundaryHash:       h(3),
		ChunkSize:          chunkSize,
		Limits: evidence.Limits{
			MaxEndpointBytes: 1 << 30, MaxTensorBytes: 1 << 28, MaxLeaves: 1 << 20, MaxMetadataBytes: 1 << 20,
		},
	}
}

// Endpoint returns a deterministic endpoint whose state holds one F32 tensor per entry of
// sizes (element counts; named w0, w1, ...) plus an I64 step counter, and whose gradient
// mirrors the F32 tensors.
func Endpoint(seed uint64, chunkSize uint64, sizes ...int) *evidence.Endpoint {
	rng := rand.New(rand.NewPCG(seed, 7))
	var state, grad []evidence.Tensor
	for i, n := range sizes {
		w := make([]float32, n)
		g := make([]float32, n)
		for j := range w {
			w[j] = rng.Float32() - 0.5
			g[j] = (rng.Float32() - 0.5) * 1e-3
		}
		name := "w" + string(rune('0'+i%10)) + string(rune('a'+i/10))
		wt, err := evidence.NewF32(name, []int64{int64(n)}, w)
		must(err)
		gt, err := evidence.NewF32(name, []int64{int64(n)}, g)
		must(err)
		state, grad = append(state, wt), append(grad, gt)
	}
	step, err := evidence.NewI64("step", []int64{}, []int64{int64(seed)})
	must(err)
	state = append(state, step)
	meta := evidence.Metadata{
		Version:   evidence.MetadataVersion,
		Endpoint:  seed,
		Step:      seed * 100,
		Precision: evidence.PrecisionPolicy{Operand: "f32", Accumulate: "f32"},
		Losses:    []float64{2.3, 2.1},
		Norms:     map[string]float64{"state/w0a": 1.5},
	}
	ep, err := evidence.NewEndpoint(state, grad, meta, chunkSize)
	must(err)
	return ep
}

// Bundle commits Endpoint(seed, ...) under Manifest(chunkSize).
func Bundle(seed uint64, chunkSize uint64, sizes ...int) *evidence.Bundle {
	mj, err := Manifest(chunkSize).Canonical()
	must(err)
	b, err := evidence.NewBundle(mj, Endpoint(seed, chunkSize, sizes...), evidence.CommitOptions{})
	must(err)
	return b
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
