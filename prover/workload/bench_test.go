package workload

import (
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
)

// benchStep times one optimizer step (forward, backward, update) under the default profile.
func benchStep(b *testing.B, name string, batch uint64) {
	m, err := NewManifest(name, sources(b), Options{Steps: 1 << 20, Stride: 1 << 20, Seed: 1, BatchSize: batch, BoundaryHash: evidence.Hash32{1}})
	if err != nil {
		b.Fatal(err)
	}
	j, err := Open(m, sources(b))
	if err != nil {
		b.Fatal(err)
	}
	tr, err := j.Init()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if _, err := tr.Train(numeric.Default(), uint64(b.N), nil); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkStepMLPBatch64(b *testing.B)    { benchStep(b, "mlp-mnist", 64) }
func BenchmarkStepMLPBatch256(b *testing.B)   { benchStep(b, "mlp-mnist", 256) }
func BenchmarkStepCNNBatch32(b *testing.B)    { benchStep(b, "cnn-fashion", 32) }
func BenchmarkStepCharLMBatch16(b *testing.B) { benchStep(b, "charlm-moby", 16) }
func BenchmarkStepDDPMBatch64(b *testing.B)   { benchStep(b, "ddpm-digits", 64) }

// BenchmarkStepMLPReplayProfile times an MLP step under a non-default honest profile
// (the scalar reference kernels a replay under another profile uses).
func BenchmarkStepMLPReplayProfile(b *testing.B) {
	m, err := NewManifest("mlp-mnist", sources(b), Options{Steps: 1 << 20, Stride: 1 << 20, Seed: 1, BoundaryHash: evidence.Hash32{1}})
	if err != nil {
		b.Fatal(err)
	}
	j, err := Open(m, sources(b))
	if err != nil {
		b.Fatal(err)
	}
	tr, err := j.Init()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if _, err := tr.Train(numeric.Profile{Order: numeric.Lanes, N: 8, FMA: true}, uint64(b.N), nil); err != nil {
		b.Fatal(err)
	}
}
