package audit_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func input(e *audittest.Env, c audit.Fetcher, k uint64) audit.Input {
	return audit.Input{Client: c, Job: e.JobKey, Interval: k, Start: e.Anchors[k], End: e.Anchors[k+1],
		ManifestHash: e.ManifestHash, Workload: e.Job, Artifact: e.Artifact, Profile: e.Job.Policy().Reference()}
}

func TestHonestProvider(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	ctx := context.Background()
	var first audit.Finding
	for k := range uint64(2) {
		f, err := audit.Run(ctx, input(e, audittest.Client(t, e.Server.URL), k))
		if err != nil {
			t.Fatal(err)
		}
		if f.Outcome != audit.Honest {
			t.Fatalf("interval %d: %s: %s", k, f.Outcome, f.Reason)
		}
		if f.ReplayDigest == (evidence.Hash32{}) || f.Worst.Bound == 0 {
			t.Fatalf("interval %d: finding without replay digest or bound: %+v", k, f)
		}
		// Replaying under the provider's own profile reproduces its endpoint bit for bit.
		if want := evidence.Keccak256(e.Roots[k+1][:]); f.ReplayDigest != want {
			t.Fatalf("interval %d: replay digest %s, want keccak of the committed root %s", k, f.ReplayDigest, want)
		}
		if k == 0 {
			first = f
		}
	}
	// A second, independent auditor reaches the same finding.
	again, err := audit.Run(ctx, input(e, audittest.Client(t, e.Server.URL), 0))
	if err != nil {
		t.Fatal(err)
	}
	if again.ReplayDigest != first.ReplayDigest || again.Worst != first.Worst || again.Outcome != first.Outcome {
		t.Fatalf("two audits differ: %+v vs %+v", again, first)
	}
}

// A provider on other hardware (another honest profile of the policy) drifts from the
// arbiters' reference replay, but stays within the boundary.
func TestHonestProviderOnOtherHardware(t *testing.T) {
	// The zero policy, f32/acc=f32, is mlp-mnist's default.
	honest := numeric.Policy{}.HonestProfiles()
	for _, p := range []numeric.Profile{honest[5], honest[12], honest[17]} {
		t.Run(p.Name(), func(t *testing.T) {
			e := audittest.New(t, audittest.Options{Profile: p})
			for k := range uint64(2) {
				f, err := audit.Run(context.Background(), input(e, audittest.Client(t, e.Server.URL), k))
				if err != nil {
					t.Fatal(err)
				}
				if f.Outcome != audit.Honest {
					t.Fatalf("provider under %s, interval %d: %s: %s", p, k, f.Outcome, f.Reason)
				}
				t.Logf("provider under %s, interval %d: %s", p, k, f.Reason)
			}
		})
	}
}

func TestSkippedStepsAreFraud(t *testing.T) {
	// The provider skips the update of step 3 (interval 1) and commits what it got.
	e := audittest.New(t, audittest.Options{Hooks: &workload.Hooks{Skip: func(step uint64) bool { return step == 3 }}})
	ctx := context.Background()
	f, err := audit.Run(ctx, input(e, audittest.Client(t, e.Server.URL), 0))
	if err != nil || f.Outcome != audit.Honest {
		t.Fatalf("untouched interval 0: %s %v: %s", f.Outcome, err, f.Reason)
	}
	f, err = audit.Run(ctx, input(e, audittest.Client(t, e.Server.URL), 1))
	if err != nil {
		t.Fatal(err)
	}
	if f.Outcome != audit.Fraud || f.Check != boundary.CheckInterval || !f.Verdict.Fraud || f.Worst.Ratio <= 1 {
		t.Fatalf("skipped step: %s (%s check, worst %+v): %s", f.Outcome, f.Check, f.Worst, f.Reason)
	}
	if f.ReplayDigest == (evidence.Hash32{}) {
		t.Fatal("fraud found by replay without a replay digest")
	}
	t.Logf("skipped step: %s", f.Reason)
}

func TestAttacksAreFraud(t *testing.T) {
	scaleGradient := func(endpoint uint64, ep *evidence.Endpoint) {
		if endpoint != 2 {
			return
		}
		g := &ep.Gradient[0]
		v, err := g.F32s()
		if err != nil {
			t.Fatal(err)
		}
		for i := range v {
			v[i] *= 0.999
		}
		if *g, err = evidence.NewF32(g.Name, g.Shape, v); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name  string
		o     audittest.Options
		check boundary.Check
	}{
		{"one label flipped", audittest.Options{Hooks: &workload.Hooks{Batch: func(step uint64, b *workload.Batch) {
			if step == 2 {
				b.Labels[0] = (b.Labels[0] + 1) % 10
			}
		}}}, boundary.CheckInterval},
		{"one sample dropped", audittest.Options{Hooks: &workload.Hooks{Batch: func(step uint64, b *workload.Batch) {
			if step == 3 {
				b.Keep(func(i int) bool { return i != 0 })
			}
		}}}, boundary.CheckInterval},
		{"gradient x0.999", audittest.Options{Hooks: &workload.Hooks{Grad: func(step uint64, g map[string][]float32) {
			if step == 2 {
				for _, v := range g {
					for i := range v {
						v[i] *= 0.999
					}
				}
			}
		}}}, boundary.CheckInterval},
		{"committed gradient signal x0.999", audittest.Options{Tamper: scaleGradient}, boundary.CheckEndpoint},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := audittest.New(t, tc.o)
			f, err := audit.Run(context.Background(), input(e, audittest.Client(t, e.Server.URL), 1))
			if err != nil {
				t.Fatal(err)
			}
			if f.Outcome != audit.Fraud || f.Check != tc.check {
				t.Fatalf("%s (%s check): %s", f.Outcome, f.Check, f.Reason)
			}
			t.Log(f.Reason)
		})
	}
}

func TestServerDownIsUnavailable(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	url := e.Server.URL
	e.Server.Close()
	f, err := audit.Run(context.Background(), input(e, audittest.Client(t, url), 0))
	if err != nil {
		t.Fatal(err)
	}
	if f.Outcome != audit.Unavailable {
		t.Fatalf("server down: %s: %s", f.Outcome, f.Reason)
	}
}

// corrupting flips one byte of every tensor body of endpoint 1.
type corrupting struct{ http.ResponseWriter }

func (c corrupting) Write(b []byte) (int, error) {
	if len(b) > 0 {
		b = append([]byte{b[0] ^ 0xff}, b[1:]...)
	}
	return c.ResponseWriter.Write(b)
}

func TestWrongBytesAreInvalid(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	h := e.Server.Config.Handler
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "/endpoints/1/tensors/") {
			w = corrupting{w}
		}
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	f, err := audit.Run(context.Background(), input(e, audittest.Client(t, srv.URL), 0))
	if err != nil {
		t.Fatal(err)
	}
	if f.Outcome != audit.Invalid {
		t.Fatalf("wrong bytes: %s: %s", f.Outcome, f.Reason)
	}
}

// renumbered serves endpoint 2's evidence when asked for endpoint 1.
type renumbered struct{ *evidence.Store }

func (r renumbered) Load(job string, endpoint uint64) (*evidence.Bundle, error) {
	if endpoint == 1 {
		endpoint = 2
	}
	return r.Store.Load(job, endpoint)
}

func TestInconsistentEvidenceIsFraud(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	// Endpoint 2's evidence anchored as endpoint 1: every byte verifies, the step counter is wrong.
	srv := httptest.NewServer(evidence.NewServer(renumbered{e.Store}, evidence.ServerOptions{}))
	defer srv.Close()
	in := input(e, audittest.Client(t, srv.URL), 0)
	in.End = e.Anchors[2]
	f, err := audit.Run(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if f.Outcome != audit.Fraud || !strings.Contains(f.Reason, "endpoint 2") {
		t.Fatalf("endpoint 2 served as 1: %s: %s", f.Outcome, f.Reason)
	}
}

func TestAuditorErrors(t *testing.T) {
	e := audittest.New(t, audittest.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := audit.Run(ctx, input(e, audittest.Client(t, e.Server.URL), 0)); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled audit: %v", err)
	}
	in := input(e, audittest.Client(t, e.Server.URL), 0)
	in.ManifestHash = evidence.Hash32{1}
	if _, err := audit.Run(context.Background(), in); err == nil || !strings.Contains(err.Error(), "manifest") {
		t.Fatalf("workload of another job: %v", err)
	}
	in = input(e, audittest.Client(t, e.Server.URL), 1)
	in.Interval = 2
	if _, err := audit.Run(context.Background(), in); err == nil {
		t.Fatal("interval beyond the job audited")
	}
	n, err := audit.LeafCount(e.Job, e.Job.Policy().Reference())
	if err != nil || n != e.Anchors[1].LeafCount {
		t.Fatalf("leaf count %d, %v; committed %d", n, err, e.Anchors[1].LeafCount)
	}
}
