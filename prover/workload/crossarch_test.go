package workload

import (
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
}

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
