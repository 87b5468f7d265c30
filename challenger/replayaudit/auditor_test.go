package replayaudit

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ovig/ovig/challenger"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/workload"
)

// artifactDir writes the fixture's artifact (and a decoy file) into a directory.
func artifactDir(t *testing.T, e *audittest.Env) boundary.Dir {
	t.Helper()
	dir := t.TempDir()
	raw, err := e.Artifact.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mlp.json"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "junk.json"), []byte(`{"not":"an artifact"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	return boundary.Dir(dir)
}

func newAuditor(t *testing.T, e *audittest.Env) *Auditor {
	t.Helper()
	src, err := data.Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Sources: src, Artifacts: artifactDir(t, e), Client: evidence.ClientOptions{MaxAttempts: 1}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func request(e *audittest.Env, k uint64) challenger.AuditRequest {
	return challenger.AuditRequest{
		JobID: big.NewInt(1), Interval: k, Start: e.Roots[k], End: e.Roots[k+1],
		ManifestHash: e.ManifestHash, BoundaryHash: e.Job.Manifest().BoundaryHash, EvidenceURI: e.Server.URL,
	}
}

// A provider that skipped step 3 is honest on interval 0 and fraudulent on interval 1 (steps
// 2 and 3), replayed for real; once it stops serving, its evidence is unavailable.
func TestAuditorRealReplay(t *testing.T) {
	e := audittest.New(t, audittest.Options{JobKey: "1", Hooks: &workload.Hooks{Skip: func(step uint64) bool { return step == 3 }}})
	a := newAuditor(t, e)
	ctx := context.Background()
	f, err := a.Audit(ctx, request(e, 0))
	if err != nil || f.Outcome != evidence.Honest || f.WorstRatio < 0 || f.WorstRatio > 1 || f.ReplayDigest.IsZero() {
		t.Fatalf("interval 0: %+v %v", f, err)
	}
	f, err = a.Audit(ctx, request(e, 1))
	if err != nil || f.Outcome != evidence.Fraud || f.WorstRatio <= 1 || f.WorstTensor == "" {
		t.Fatalf("interval 1: %+v %v", f, err)
	}
	// A root that is not the committed one: the served evidence no longer matches.
	r := request(e, 0)
	r.End = evidence.Hash32{0xde, 0xad}
	if f, err = a.Audit(ctx, r); err != nil || f.Outcome != evidence.Invalid {
		t.Fatalf("wrong root: %+v %v", f, err)
	}
	e.Server.Close()
	if f, err = a.Audit(ctx, request(e, 1)); err != nil || f.Outcome != evidence.Unavailable {
		t.Fatalf("server gone: %+v %v", f, err)
	}
}

func TestAuditorUnknownArtifact(t *testing.T) {
	e := audittest.New(t, audittest.Options{JobKey: "1"})
	a := newAuditor(t, e)
	r := request(e, 0)
	r.BoundaryHash = evidence.Hash32{1}
	if _, err := a.Audit(context.Background(), r); err == nil {
		t.Fatal("audit without the job's artifact succeeded")
	}
}

// The outcome numbering of prover/audit and the watchtower agree.
func TestFindingOf(t *testing.T) {
	for o, want := range map[audit.Outcome]evidence.Outcome{
		audit.Honest: evidence.Honest, audit.Fraud: evidence.Fraud,
		audit.Unavailable: evidence.Unavailable, audit.Invalid: evidence.Invalid,
		audit.Malformed: evidence.Malformed,
	} {
		if got := FindingOf(audit.Finding{Outcome: o}).Outcome; got != want || got.String() != o.String() {
			t.Errorf("%s -> %s, want %s", o, got, want)
		}
	}
}
