package workload

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
)

// goldenTrainDigests are SHA-256 digests of the endpoint evidence (state,
// gradient, metadata) after crossArchSteps steps of each workload at batch 4,
// recorded on amd64. Every architecture must reproduce them bit for bit:
//
//	GOARCH=arm64 CGO_ENABLED=0 go test -exec qemu-aarch64-static -run TestCrossArchDigest ./prover/...
var goldenTrainDigests = map[string]string{
	"mlp-mnist/default":   "65db2d9e441f93ef496441021e80cad3d560fdcbe74614ad9d6539cac60b1515",
	"mlp-mnist/lanes8fma": "8771017eaa4119bc8db2d1ca833a4db04a591e0cf3845cd1112c7fbd6673b56c",
	"mlp-mnist/bf16":      "7dc786c5d954f14086bdc058720253e3c5c8e3675c9dd64c581a33bb98bc320c",
	"cnn-fashion":         "5f2d61e56d03caba9eebf2bb230988f5e19c868c7a8707d4a0b880379b4f3706",
	"charlm-moby":         "d2497cd311b5224cc613e036cdaeab87c6500eb2278c5abbbab4f9e605a75f11",
	"ddpm-digits":         "9ba8adbc970ad411c0da5f09fb1f6bc317cfe8e5042fe0f0b5048265f72ec4e5",
	// torchCPU's framework kernels: float32 softmax, bias sums, loss mean and optimizer.
	"mlp-mnist/torch":   "4f11eccc44a5e5efc2a2fadc48d1b903648e16975e99efd3bf48fae7357b52c7",
	"cnn-fashion/torch": "c484285338cf87d9d5ea8f536acdfe19a34348bda89eed77614eefd4c5eee664",
	"charlm-moby/torch": "6296d4ee28b99315627957f78ecd8dd763ee1e2e20adf911c48c021cdbf65fc3",
	"ddpm-digits/torch": "10e02bc20565d5fef5290d7d33475d457a560a1c4357347e08517e911772db8d",
}

// torchCPU is the catalogue's PyTorch-like profile: 8-lane FMA GEMM and float32 framework
// kernels.
var torchCPU = numeric.Profile{Order: numeric.Lanes, N: 8, FMA: true, Softmax: numeric.SoftmaxF32,
	ColSum: numeric.ColF32Lanes8, Loss: numeric.LossF32, Opt: numeric.OptF32}

const crossArchSteps = 3

func TestCrossArchDigest(t *testing.T) {
	cases := []struct {
		key, workload string
		policy        numeric.Policy
		profile       numeric.Profile
	}{
		{"mlp-mnist/default", "mlp-mnist", numeric.Policy{}, numeric.Default()},
		{"mlp-mnist/lanes8fma", "mlp-mnist", numeric.Policy{}, numeric.Profile{Order: numeric.Lanes, N: 8, FMA: true}},
		{"mlp-mnist/bf16", "mlp-mnist", numeric.Policy{Operand: numeric.BF16}, numeric.Profile{Operand: numeric.BF16}},
		{"cnn-fashion", "cnn-fashion", numeric.Policy{}, numeric.Default()},
		{"charlm-moby", "charlm-moby", numeric.Policy{}, numeric.Default()},
		{"ddpm-digits", "ddpm-digits", numeric.Policy{}, numeric.Default()},
		{"mlp-mnist/torch", "mlp-mnist", numeric.Policy{}, torchCPU},
		{"cnn-fashion/torch", "cnn-fashion", numeric.Policy{}, torchCPU},
		{"charlm-moby/torch", "charlm-moby", numeric.Policy{}, torchCPU},
		{"ddpm-digits/torch", "ddpm-digits", numeric.Policy{}, torchCPU},
	}
	for _, c := range cases {
		t.Run(c.key, func(t *testing.T) {
			m, err := NewManifest(c.workload, sources(t), Options{Steps: crossArchSteps, Stride: crossArchSteps, BatchSize: 4, Seed: 11, Policy: c.policy, BoundaryHash: evidence.Hash32{1}})
			if err != nil {
				t.Fatal(err)
			}
			j, err := Open(m, sources(t))
			if err != nil {
				t.Fatal(err)
			}
			ep := run(t, j, c.profile, crossArchSteps, 2)
			sum := sha256.Sum256(epBytes(t, ep))
			if got, want := hex.EncodeToString(sum[:]), goldenTrainDigests[c.key]; got != want {
				t.Errorf("%s: evidence digest %s, golden %s (GOARCH=%s)", c.key, got, want, runtime.GOARCH)
			}
		})
	}
}

// TestEvidenceAcrossGOMAXPROCS: at the workloads' default batch sizes (large enough for
// the GEMMs to split their tiles over goroutines) the endpoint evidence is the same bits
// for GOMAXPROCS 1, 2, 4 and 8.
func TestEvidenceAcrossGOMAXPROCS(t *testing.T) {
	if testing.Short() {
		t.Skip("trains every workload four times")
	}
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			m, err := NewManifest(name, sources(t), Options{Steps: 2, Stride: 2, Seed: 5, BoundaryHash: evidence.Hash32{1}})
			if err != nil {
				t.Fatal(err)
			}
			j, err := Open(m, sources(t))
			if err != nil {
				t.Fatal(err)
			}
			var want [32]byte
			for i, procs := range []int{1, 2, 4, 8} {
				got := sha256.Sum256(epBytes(t, run(t, j, numeric.Default(), 2, procs)))
				if i == 0 {
					want = got
				} else if got != want {
					t.Fatalf("GOMAXPROCS=%d: evidence differs from GOMAXPROCS=1", procs)
				}
			}
		})
	}
}

// TestFrameworkKernelsChangeBits: each framework field of a profile changes the bits of one
// training step on its own, where it acts: the parameter update or gradient signal (state and
// gradient tensors), or only the loss in the metadata. The mean's backward scale 1/n is exact
// for a power-of-two batch, so on the classifiers (batch 8 here) loss=f32 moves only the loss;
// the MSE of the DDPM divides by 8*196.
func TestFrameworkKernelsChangeBits(t *testing.T) {
	cases := []struct {
		workload string
		p        numeric.Profile
		tensors  bool // state or gradient bits change (else only the metadata)
	}{
		{"mlp-mnist", numeric.Profile{Softmax: numeric.SoftmaxF32}, true},
		{"mlp-mnist", numeric.Profile{ColSum: numeric.ColF32Pairwise}, true},
		{"mlp-mnist", numeric.Profile{ColSum: numeric.ColF32Lanes8}, true},
		{"mlp-mnist", numeric.Profile{Loss: numeric.LossF32}, false},
		{"mlp-mnist", numeric.Profile{Opt: numeric.OptF32}, true},
		{"charlm-moby", numeric.Profile{Softmax: numeric.SoftmaxF32}, true},
		{"ddpm-digits", numeric.Profile{Loss: numeric.LossF32}, true},
		{"ddpm-digits", numeric.Profile{Opt: numeric.OptF32}, true},
	}
	base := map[string]*evidence.Endpoint{}
	for _, c := range cases {
		m, err := NewManifest(c.workload, sources(t), Options{Steps: 1, Stride: 1, BatchSize: 8, Seed: 3, BoundaryHash: evidence.Hash32{1}})
		if err != nil {
			t.Fatal(err)
		}
		j, err := Open(m, sources(t))
		if err != nil {
			t.Fatal(err)
		}
		if base[c.workload] == nil {
			base[c.workload] = run(t, j, numeric.Default(), 1, 2)
		}
		ref, got := base[c.workload], run(t, j, c.p, 1, 2)
		tensors := !bytes.Equal(tensorBytes(t, ref), tensorBytes(t, got))
		meta := !bytes.Equal(epBytes(t, ref), epBytes(t, got))
		if !meta || tensors != c.tensors {
			t.Errorf("%s under %s: tensors changed %v (want %v), endpoint changed %v", c.workload, c.p, tensors, c.tensors, meta)
		}
	}
}

func tensorBytes(t *testing.T, ep *evidence.Endpoint) []byte {
	t.Helper()
	st, err := evidence.EncodeSafetensors(ep.State, nil)
	if err != nil {
		t.Fatal(err)
	}
	gr, err := evidence.EncodeSafetensors(ep.Gradient, nil)
	if err != nil {
		t.Fatal(err)
	}
	return append(st, gr...)
}
