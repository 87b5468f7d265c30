package audit_test

import (
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/numeric"
)

func TestPrepareRefusesWhatThePolicyRefuses(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	c := audit.Config{Client: e.Store, Job: e.JobKey, ManifestHash: e.ManifestHash, Workload: e.Job, Artifact: e.Artifact}
	pre, err := audit.Prepare(c)
	if err != nil {
		t.Fatal(err)
	}
	if pre.Profile() != e.Job.Policy().Reference() {
		t.Fatalf("default profile %s, want the policy's reference %s", pre.Profile(), e.Job.Policy().Reference())
	}
	if pre.LeafCount() != e.Anchors[0].LeafCount {
		t.Fatalf("leaf count %d, the honest provider committed %d", pre.LeafCount(), e.Anchors[0].LeafCount)
	}
	for _, tc := range []struct {
		name string
		mod  func(*audit.Config)
		want string
	}{
		{"bf16 operands on an f32 policy", func(c *audit.Config) {
			c.Profile = numeric.Profile{Operand: numeric.BF16, Accum: numeric.AccF32}
		}, "not admitted by the job's precision policy"},
		{"another manifest", func(c *audit.Config) { c.ManifestHash[0] ^= 1 }, "workload manifest hashes to"},
		{"no fetcher", func(c *audit.Config) { c.Client = nil }, "required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := c
			tc.mod(&c)
			if _, err := audit.Prepare(c); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Prepare: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// A provider that commits one tensor too many (and the leaf count that goes with it) is
// Invalid for every auditor: the leaf count comes from the workload, never from the evidence.
func TestPreparedLeafCountIsTheWorkloads(t *testing.T) {
	e := audittest.New(t, audittest.Options{Tamper: func(_ uint64, ep *evidence.Endpoint) {
		ep.State = append(ep.State, evidence.Tensor{Name: "zz.extra", DType: evidence.F32, Shape: []int64{1}, Data: make([]byte, 4)})
		ep.Metadata.State = append(ep.Metadata.State, evidence.TensorInfo{Name: "zz.extra", DType: evidence.F32, Shape: []int64{1}, Bytes: 4, Chunks: 1})
	}})
	pre, err := audit.Prepare(audit.Config{Client: e.Store, Job: e.JobKey, ManifestHash: e.ManifestHash, Workload: e.Job, Artifact: e.Artifact})
	if err != nil {
		t.Fatal(err)
	}
	if pre.LeafCount() >= e.Anchors[1].LeafCount {
		t.Fatalf("derived leaf count %d, the tampered provider committed %d", pre.LeafCount(), e.Anchors[1].LeafCount)
	}
	f, err := pre.Run(t.Context(), 1, e.Anchors[1].Root, e.Anchors[2].Root, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Outcome != audit.Invalid || !strings.Contains(f.Reason, "leaves") {
		t.Fatalf("tampered layout: %s (%s), want Invalid naming the leaf count", f.Outcome, f.Reason)
	}
}
