package arbiter

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/workload"
)

func TestDialEvidence(t *testing.T) {
	for _, uri := range []string{"http://127.0.0.1:8080", "https://provider.example/ovig"} {
		if c, err := DialEvidence(uri); err != nil || c == nil {
			t.Errorf("%s: %v %v", uri, c, err)
		}
	}
	for _, bad := range []string{"", "ftp://h/", "not a url"} {
		if _, err := DialEvidence(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// serviceChain is the fake registry with the chain access a Service needs besides it; it
// counts the named-step lookups judging a responded dispute starts with.
type serviceChain struct {
	*fakeRegistry
	now     uint64
	batches int
}

func (c *serviceChain) NamedSteps(context.Context, *big.Int) ([]uint64, error) {
	c.batches++
	return []uint64{3}, nil
}

func (c *serviceChain) HeadTime(context.Context) (uint64, error) { return c.now, nil }

// countingLibrary holds nothing and counts the look-ups an audit starts with.
type countingLibrary struct{ workloads, artifacts int }

func (l *countingLibrary) Workload(context.Context, evidence.Hash32) (*workload.Job, error) {
	l.workloads++
	return nil, errors.New("no workloads in this fake")
}

func (l *countingLibrary) Artifact(context.Context, evidence.Hash32) (*boundary.Artifact, error) {
	l.artifacts++
	return nil, errors.New("no artifacts in this fake")
}

// A dispute still open on a job that is no longer active (slashed through another dispute,
// say) is closed without a replay: resolve would revert, so the audit would be paid for nothing.
func TestInactiveJobNotReplayed(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for _, status := range []chain.JobStatus{chain.StatusFraudulent, chain.StatusSettled, chain.StatusCancelled} {
		c := &serviceChain{fakeRegistry: f.reg, now: 500}
		lib := &countingLibrary{}
		dials := 0
		dial := func(string) (audit.Fetcher, error) { dials++; return nil, errors.New("no evidence in this fake") }
		pool := NewPool(c)
		svc, err := NewService(Config{Key: f.keys[0], Chain: c, Library: lib, Pool: pool, Dial: dial, Logger: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		f.reg.setJobStatus("1", status)
		// The event may carry anything: Handle reads the record.
		r, err := svc.Handle(ctx, Dispute{JobID: big.NewInt(1), DisputeID: big.NewInt(7)})
		if err != nil || r != Closed {
			t.Errorf("job %s: %s, %v; want closed", status.String(), r, err)
		}
		if lib.workloads+lib.artifacts+c.batches+dials != 0 || pool.Len() != 0 || len(f.reg.resolved) != 0 {
			t.Errorf("job %s: audited (%d workloads, %d artifacts, %d named-step look-ups, %d dials), %d pooled, %d resolved",
				status.String(), lib.workloads, lib.artifacts, c.batches, dials, pool.Len(), len(f.reg.resolved))
		}
	}
	// Control: an active job with the same dispute goes on to the audit (which this fake fails).
	for _, status := range []chain.JobStatus{chain.StatusAccepted, chain.StatusFinalized} {
		c := &serviceChain{fakeRegistry: f.reg, now: 500}
		lib := &countingLibrary{}
		svc, err := NewService(Config{Key: f.keys[0], Chain: c, Library: lib, Pool: NewPool(c), Logger: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		f.reg.setJobStatus("1", status)
		if r, err := svc.Handle(ctx, Dispute{JobID: big.NewInt(1), DisputeID: big.NewInt(7)}); err == nil || r != Pending || lib.workloads != 1 {
			t.Errorf("active job %s: %s, %v after %d workload look-ups; want pending with the audit's error after 1",
				status.String(), r, err, lib.workloads)
		}
	}
}

// Handle judges by the registry's record: a dispute no longer open, or unknown, is not judged,
// and one past its deadline (by chain time) is skipped.
func TestHandleClosedOrLate(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	lib := &countingLibrary{}
	c := &serviceChain{fakeRegistry: f.reg, now: 1000}
	svc, err := NewService(Config{Key: f.keys[0], Chain: c, Library: lib, Pool: NewPool(c), Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		id     int64
		status chain.DisputeStatus
		now    uint64
		want   Result
	}{
		{"resolved", 7, chain.DisputeStatusResolved, 1000, Closed},
		{"lapsed", 7, chain.DisputeStatusLapsed, 1000, Closed},
		{"unknown", 8, 0, 1000, Closed},
		{"past the deadline", 7, chain.DisputeStatusOpen, 1001, Skipped},
	} {
		f.reg.setDispute("7", tc.status)
		c.now = tc.now
		if r, err := svc.Handle(ctx, Dispute{JobID: big.NewInt(1), DisputeID: big.NewInt(tc.id)}); err != nil || r != tc.want {
			t.Errorf("%s: %s, %v; want %s", tc.name, r, err, tc.want)
		}
	}
	if lib.workloads+lib.artifacts+c.batches != 0 {
		t.Fatal("audited a dispute it must not judge")
	}
}
