package evidence_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

func termsManifest() *evidence.Manifest {
	m := evidencetest.Manifest(evidence.DefaultChunkSize)
	m.Workload = "mlp-mnist"
	m.Architecture.Name = "mlp-mnist"
	m.Limits = evidence.Limits{MaxEndpointBytes: 1629344, MaxTensorBytes: 401408, MaxLeaves: 56, MaxMetadataBytes: 1 << 20}
	return m
}

var testVocabulary = evidence.Vocabulary{
	Workloads: []string{"cnn-fashion", "mlp-mnist"},
	Policy: func(p evidence.PrecisionPolicy) error {
		if p.Operand != "f32" && p.Operand != "bf16" {
			return fmt.Errorf("unknown operand precision %q", p.Operand)
		}
		return nil
	},
}

func TestManifestValidateTerms(t *testing.T) {
	cases := []struct {
		name  string
		mod   func(m *evidence.Manifest)
		field string // "" when the terms are sane
	}{
		{"sane", func(*evidence.Manifest) {}, ""},
		{"warmup cosine", func(m *evidence.Manifest) {
			m.LRSchedule = evidence.NamedParams{Name: "warmup_cosine", Params: map[string]float64{"peak": 3e-3, "min": 3e-4, "warmup": 20, "total": 2000}}
		}, ""},
		{"lr at the bound", func(m *evidence.Manifest) { m.LRSchedule.Params["lr"] = 10 }, ""},
		{"steps at the bound", func(m *evidence.Manifest) { m.TotalSteps, m.Stride = 1e9, 1e5 }, ""},
		{"windows of a year", func(m *evidence.Manifest) { m.ChallengeWindow = 365 * 86400 }, ""},
		{"unknown workload", func(m *evidence.Manifest) { m.Workload, m.Architecture.Name = "gpt-5", "gpt-5" }, "workload"},
		{"architecture of another workload", func(m *evidence.Manifest) { m.Architecture.Name = "cnn-fashion" }, "architecture.name"},
		{"architecture absurd", func(m *evidence.Manifest) { m.Architecture.Params["hidden"] = 1e12 }, "architecture.params.hidden"},
		{"architecture fractional", func(m *evidence.Manifest) { m.Architecture.Params["hidden"] = 12.5 }, "architecture.params.hidden"},
		{"unknown precision", func(m *evidence.Manifest) { m.Precision.Operand = "int4" }, "precision"},
		{"lr 1e308", func(m *evidence.Manifest) { m.LRSchedule.Params["lr"] = 1e308 }, "lr_schedule.params.lr"},
		{"lr above 10", func(m *evidence.Manifest) { m.LRSchedule.Params["lr"] = 10.5 }, "lr_schedule.params.lr"},
		{"lr negative", func(m *evidence.Manifest) { m.LRSchedule.Params["lr"] = -1e-3 }, "lr_schedule.params.lr"},
		{"lr zero", func(m *evidence.Manifest) { m.LRSchedule.Params["lr"] = 0 }, "lr_schedule.params.lr"},
		{"lr not finite", func(m *evidence.Manifest) { m.LRSchedule.Params["lr"] = math.Inf(1) }, "lr_schedule.params.lr"},
		{"lr NaN", func(m *evidence.Manifest) { m.LRSchedule.Params["lr"] = math.NaN() }, "lr_schedule.params.lr"},
		{"peak above 10", func(m *evidence.Manifest) {
			m.LRSchedule = evidence.NamedParams{Name: "warmup_cosine", Params: map[string]float64{"peak": 1e6, "min": 0, "warmup": 20, "total": 2000}}
		}, "lr_schedule.params.peak"},
		{"warmup fractional", func(m *evidence.Manifest) {
			m.LRSchedule = evidence.NamedParams{Name: "warmup_cosine", Params: map[string]float64{"peak": 1e-3, "min": 0, "warmup": 2.5, "total": 2000}}
		}, "lr_schedule.params.warmup"},
		{"momentum 1", func(m *evidence.Manifest) { m.Optimizer.Params["beta1"] = 1 }, "optimizer.params.beta1"},
		{"eps zero", func(m *evidence.Manifest) { m.Optimizer.Params["eps"] = 0 }, "optimizer.params.eps"},
		{"weight decay 1e9", func(m *evidence.Manifest) { m.Optimizer.Params["weight_decay"] = 1e9 }, "optimizer.params.weight_decay"},
		{"10^18 steps", func(m *evidence.Manifest) { m.TotalSteps, m.Stride = 1e18, 1e9 }, "total_steps"},
		{"10^9+ steps", func(m *evidence.Manifest) { m.TotalSteps, m.Stride = 1e9+10, 10 }, "total_steps"},
		{"zero steps", func(m *evidence.Manifest) { m.TotalSteps = 0 }, "total_steps"},
		{"stride not dividing", func(m *evidence.Manifest) { m.Stride = 300 }, "stride"},
		{"stride zero", func(m *evidence.Manifest) { m.Stride = 0 }, "stride"},
		{"batch absurd", func(m *evidence.Manifest) { m.Schedule.BatchSize, m.Dataset.Count = 1<<20, 1<<21 }, "schedule.batch_size"},
		{"dataset absurd", func(m *evidence.Manifest) { m.Dataset.Count = 1 << 40 }, "dataset.count"},
		{"challenge window of 10 years", func(m *evidence.Manifest) { m.ChallengeWindow = 3650 * 86400 }, "challenge_window"},
		{"50 GB endpoints", func(m *evidence.Manifest) { m.Limits.MaxEndpointBytes = 50e9 }, "limits.max_endpoint_bytes"},
		{"50 GB tensors", func(m *evidence.Manifest) { m.Limits.MaxTensorBytes, m.Limits.MaxEndpointBytes = 50e9, 50e9 }, "limits.max_endpoint_bytes"},
		{"2 GB tensor", func(m *evidence.Manifest) { m.Limits.MaxTensorBytes, m.Limits.MaxEndpointBytes = 2<<30, 3<<30 }, "limits.max_tensor_bytes"},
		{"2^32 leaves", func(m *evidence.Manifest) { m.Limits.MaxLeaves = 1 << 32 }, "limits.max_leaves"},
		{"1 GB metadata", func(m *evidence.Manifest) { m.Limits.MaxMetadataBytes = 1 << 30 }, "limits.max_metadata_bytes"},
		{"structurally invalid", func(m *evidence.Manifest) { m.BoundaryHash = evidence.Hash32{} }, "boundary_hash"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := termsManifest()
			tc.mod(m)
			err := m.ValidateTerms(testVocabulary)
			if tc.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, evidence.ErrMalformed) || !strings.Contains(err.Error(), fmt.Sprintf("%q", tc.field)) {
				t.Fatalf("err = %v, want ErrMalformed naming field %q", err, tc.field)
			}
		})
	}
	// An empty vocabulary skips the prover's checks but not the bounds.
	m := termsManifest()
	m.Workload, m.Architecture.Name = "anything", "anything"
	if err := m.ValidateTerms(evidence.Vocabulary{}); err != nil {
		t.Fatal(err)
	}
	m.LRSchedule.Params["lr"] = 1e308
	if err := m.ValidateTerms(evidence.Vocabulary{}); err == nil {
		t.Fatal("lr 1e308 accepted without a vocabulary")
	}
}
