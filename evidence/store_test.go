package evidence_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { c.t = c.t.Add(time.Minute); return c.t }

func openStore(t *testing.T, dir string) *evidence.Store {
	t.Helper()
	s, err := evidence.OpenStore(dir, evidence.StoreOptions{Now: (&fakeClock{t: time.Unix(1e9, 0)}).now})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func epDir(root, job string, e int) string {
	return filepath.Join(root, job, strings.Repeat("0", 19)+string(rune('0'+e)))
}

func TestStoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	b := evidencetest.Bundle(1, testChunk, 700, 300)
	if err := s.Put("job-1", 1, b); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load("job-1", 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Commitment.Root() != b.Commitment.Root() || string(got.ManifestJSON) != string(b.ManifestJSON) {
		t.Fatal("loaded evidence differs")
	}
	if eps, _ := s.Endpoints("job-1"); !slices.Equal(eps, []uint64{1}) {
		t.Fatalf("endpoints %v", eps)
	}
	if err := s.Put("job-1", 1, b); err != nil {
		t.Fatalf("identical re-put: %v", err)
	}
	if err := s.Put("job-1", 1, evidencetest.Bundle(1, testChunk, 701, 300)); !errors.Is(err, evidence.ErrExists) {
		t.Fatalf("overwriting an endpoint: %v", err)
	}
	if err := s.Put("job-1", 2, b); err == nil {
		t.Fatal("stored endpoint-1 metadata as endpoint 2")
	}
	if _, err := s.Load("job-1", 5); !errors.Is(err, evidence.ErrNotFound) {
		t.Fatalf("missing endpoint: %v", err)
	}
	for _, bad := range []string{"", "..", "../x", "a/b", ".hidden"} {
		if err := s.Put(bad, 1, b); err == nil {
			t.Fatalf("job key %q accepted", bad)
		}
	}
	// Files are named by their content hash, plus the index.
	ents, _ := os.ReadDir(epDir(dir, "job-1", 1))
	if len(ents) != 5 {
		t.Fatalf("%d files in the endpoint directory", len(ents))
	}
}

// TestStoreCrashRecovery simulates crashes at every stage of a write: a temp file never
// renamed, an endpoint whose blobs were written but not its index, a blob and an index
// truncated in place (what a non-atomic writer would leave), and a half-removed job.
func TestStoreCrashRecovery(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	b1 := evidencetest.Bundle(1, testChunk, 700)
	if err := s.Put("job", 1, b1); err != nil {
		t.Fatal(err)
	}
	// Crash while writing endpoint 2: its blobs exist (one truncated), its index does not.
	b2 := evidencetest.Bundle(2, testChunk, 700)
	if err := s.Put("job", 2, b2); err != nil {
		t.Fatal(err)
	}
	d2 := epDir(dir, "job", 2)
	if err := os.Remove(filepath.Join(d2, "index.json")); err != nil {
		t.Fatal(err)
	}
	blobs, _ := filepath.Glob(filepath.Join(d2, "*.bin"))
	if err := os.Truncate(blobs[0], 10); err != nil {
		t.Fatal(err)
	}
	d1 := epDir(dir, "job", 1)
	leftovers := []string{filepath.Join(d1, "tmp-123"), filepath.Join(d2, "tmp-456"), filepath.Join(dir, "tmp-oldjob", "x")}
	for _, f := range leftovers {
		os.MkdirAll(filepath.Dir(f), 0o755)
		if err := os.WriteFile(f, []byte("half a checkpoint"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s = openStore(t, dir) // restart
	for _, f := range leftovers {
		if _, err := os.Stat(f); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("leftover %s survived recovery", f)
		}
	}
	if _, err := os.Stat(d2); !errors.Is(err, os.ErrNotExist) {
		t.Error("incomplete endpoint directory survived recovery")
	}
	if eps, _ := s.Endpoints("job"); !slices.Equal(eps, []uint64{1}) {
		t.Fatalf("endpoints after recovery %v", eps)
	}
	if _, err := s.Load("job", 2); !errors.Is(err, evidence.ErrNotFound) {
		t.Fatalf("incomplete endpoint: %v", err)
	}
	if _, err := s.Load("job", 1); err != nil {
		t.Fatalf("complete endpoint lost: %v", err)
	}
	// The interrupted endpoint can be written again.
	if err := s.Put("job", 2, b2); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load("job", 2); err != nil {
		t.Fatal(err)
	}

	// Bit rot or a torn write inside a complete endpoint: reads re-verify content hashes.
	blobs, _ = filepath.Glob(filepath.Join(d1, "*.bin"))
	for _, blob := range blobs {
		orig, _ := os.ReadFile(blob)
		flipped := slices.Clone(orig)
		flipped[len(flipped)/2] ^= 0x40
		os.WriteFile(blob, flipped, 0o644)
		if _, err := s.Load("job", 1); !errors.Is(err, evidence.ErrCorrupt) {
			t.Fatalf("flipped byte in %s: %v", filepath.Base(blob), err)
		}
		os.WriteFile(blob, orig[:len(orig)-1], 0o644)
		if _, err := s.Load("job", 1); !errors.Is(err, evidence.ErrCorrupt) {
			t.Fatalf("truncated %s: %v", filepath.Base(blob), err)
		}
		os.WriteFile(blob, orig, 0o644)
	}
	idx := filepath.Join(d1, "index.json")
	orig, _ := os.ReadFile(idx)
	os.WriteFile(idx, orig[:len(orig)/2], 0o644)
	if _, err := s.Load("job", 1); !errors.Is(err, evidence.ErrCorrupt) {
		t.Fatalf("truncated index: %v", err)
	}
	// Recovery keeps the blobs of an endpoint with a corrupt index (it cannot tell them from
	// evidence), so restoring the index restores the endpoint.
	s = openStore(t, dir)
	os.WriteFile(idx, orig, 0o644)
	if _, err := s.Load("job", 1); err != nil {
		t.Fatalf("after restoring the index: %v", err)
	}
}

func TestSelectPrune(t *testing.T) {
	at := func(m int) time.Time { return time.Unix(int64(m)*60, 0) }
	jobs := []evidence.JobInfo{{Job: "a", LastWrite: at(1)}, {Job: "b", LastWrite: at(5)}, {Job: "c", LastWrite: at(3)}, {Job: "d", LastWrite: at(2)}}
	if got := evidence.SelectPrune(jobs, 2, nil); !slices.Equal(got, []string{"d", "a"}) {
		t.Fatalf("keep 2: prune %v", got)
	}
	if got := evidence.SelectPrune(jobs, 1, map[string]bool{"a": true}); !slices.Equal(got, []string{"c", "d"}) {
		t.Fatalf("keep 1, protect a: prune %v", got)
	}
	if got := evidence.SelectPrune(jobs, 10, nil); len(got) != 0 {
		t.Fatalf("keep 10: prune %v", got)
	}
}

func TestStorePrune(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	b := evidencetest.Bundle(1, testChunk, 100)
	for _, j := range []string{"old", "mid", "new"} {
		if err := s.Put(j, 1, b); err != nil {
			t.Fatal(err)
		}
	}
	removed, err := s.Prune(1, map[string]bool{"old": true})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(removed, []string{"mid"}) {
		t.Fatalf("removed %v", removed)
	}
	jobs, _ := s.Jobs()
	var names []string
	for _, j := range jobs {
		names = append(names, j.Job)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"new", "old"}) {
		t.Fatalf("jobs left %v", names)
	}
	if _, err := s.Load("new", 1); err != nil {
		t.Fatal(err)
	}
}

// Two processes on one store corrupted each other's writes and crash cleanup: an exclusive
// store refuses a second opener at once, naming the holder, until the first closes.
func TestStoreExclusiveLock(t *testing.T) {
	dir := t.TempDir()
	first, err := evidence.OpenStore(dir, evidence.StoreOptions{Exclusive: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := evidence.OpenStore(dir, evidence.StoreOptions{Exclusive: true}); !errors.Is(err, evidence.ErrStoreLocked) || !strings.Contains(err.Error(), fmt.Sprint(os.Getpid())) {
		t.Fatalf("second exclusive open: %v, want ErrStoreLocked naming pid %d", err, os.Getpid())
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := evidence.OpenStore(dir, evidence.StoreOptions{Exclusive: true})
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	if jobs, err := again.Jobs(); err != nil || len(jobs) != 0 {
		t.Fatalf("the lock file shows up as a job: %v %v", jobs, err)
	}
	if err := errors.Join(again.Close(), again.Close()); err != nil {
		t.Fatal(err)
	}
}
