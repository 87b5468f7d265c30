package infer

import (
	"math"
	"math/big"
	"testing"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
)

func binom(n, k uint64) *big.Float {
	if k > n {
		return big.NewFloat(0)
	}
	return new(big.Float).SetInt(new(big.Int).Binomial(int64(n), int64(k)))
}

func TestDetection(t *testing.T) {
	for n := uint64(1); n <= 30; n++ {
		for k := uint64(0); k <= n; k++ {
			for m := uint64(0); m <= n; m++ {
				q, _ := new(big.Float).Quo(binom(n-k, m), binom(n, m)).Float64()
				want := 1 - q
				if got := Detection(n, k, m); math.Abs(got-want) > 1e-12 {
					t.Fatalf("Detection(%d,%d,%d) = %v, 1 - C(n-k,m)/C(n,m) = %v", n, k, m, got, want)
				}
			}
		}
	}
	// Large n: one bad record in a million, 1000 checks: about 1000/1e6.
	if got := Detection(1_000_000, 1, 1000); math.Abs(got-1e-3) > 1e-12 {
		t.Fatalf("Detection(1e6, 1, 1000) = %v, want 1e-3", got)
	}
	if got := Detection(10, 3, 11); got != 1 {
		t.Fatalf("m > n: %v", got)
	}
	for _, c := range []struct{ n, k uint64 }{{1000, 10}, {100, 1}, {5000, 50}} {
		m := ChecksFor(c.n, c.k, 0.99)
		if Detection(c.n, c.k, m) < 0.99 || (m > 0 && Detection(c.n, c.k, m-1) >= 0.99) {
			t.Fatalf("ChecksFor(%d, %d, 0.99) = %d is not the smallest", c.n, c.k, m)
		}
	}
}

func sources(t testing.TB) *data.Sources {
	t.Helper()
	src, err := data.Locate(".")
	if err != nil {
		t.Skip(err)
	}
	return src
}

// fixture trains a small job, opens its final model and calibrates a quick bound on a few
// test requests.
type fixture struct {
	tr    *Trained
	w     *Weights
	reqs  []Request
	bound *Bound
	held  []numeric.Profile
}

func newFixture(t *testing.T, workload string, steps uint64, n int) *fixture {
	t.Helper()
	tr, err := Train(sources(t), workload, steps, 3)
	if err != nil {
		t.Fatal(err)
	}
	w, err := tr.Open()
	if err != nil {
		t.Fatal(err)
	}
	reqs, err := TestRequests(tr.Job, w.Net, n)
	if err != nil {
		t.Fatal(err)
	}
	for i := range reqs {
		Shorten(&reqs[i], 8, 8) // short generations keep the test to seconds
	}
	ins, err := CalibrationInputs(w, reqs)
	if err != nil {
		t.Fatal(err)
	}
	pol := tr.Job.Policy()
	cal, held := SplitProfiles(pol)
	// A quick bound: every fourth calibration profile, two held-out ones.
	var quick []numeric.Profile
	for i := 0; i < len(cal); i += 4 {
		quick = append(quick, cal[i])
	}
	held = []numeric.Profile{held[0], held[len(held)-1]}
	b, err := Calibrate(w.Net, pol, ins, CalibrationConfig{Verifier: pol.Reference(), Profiles: quick, HeldOut: held})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{tr: tr, w: w, reqs: reqs, bound: b, held: held}
}

// serve serves every request under p with behaviour and returns the committed batch.
func (f *fixture) serve(t *testing.T, p numeric.Profile, behaviour string) *Committed {
	t.Helper()
	h, err := ParseBehaviour(behaviour, f.tr.Job, f.w.Net)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewServer(f.w, p, h)
	if err != nil {
		t.Fatal(err)
	}
	var raws [][]byte
	for _, r := range f.reqs {
		rec, err := s.Serve(r)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := rec.Encode()
		if err != nil {
			t.Fatal(err)
		}
		raws = append(raws, raw)
	}
	c, err := Commit(0, f.w.Hash, raws)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkAll checks every record on every block and returns the findings.
func (f *fixture) checkAll(t *testing.T, c *Committed) []Finding {
	t.Helper()
	v, err := NewVerifier(f.w, f.bound, f.bound.Verifier)
	if err != nil {
		t.Fatal(err)
	}
	all := make([]int, v.Blocks())
	for i := range all {
		all[i] = i
	}
	var out []Finding
	for i := range c.LeafCount {
		o, err := c.Open(i)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v.Check(o, all))
	}
	return out
}

func TestServeCheckAttacks(t *testing.T) {
	cases := []struct {
		workload string
		steps    uint64
		attacks  []string
	}{
		{"mlp-mnist", 20, []string{"substitute:init", "substitute:pruned", "substitute:int8", "tamper:0", "tamper:1", "alter"}},
		{"ddpm-digits", 4, []string{"skip:1", "alter", "substitute:int8"}},
		{"charlm-moby", 2, []string{"skip:1", "alter", "temperature:2", "seed:1", "tamper:2"}},
	}
	for _, c := range cases {
		t.Run(c.workload, func(t *testing.T) {
			f := newFixture(t, c.workload, c.steps, 3)
			if f.bound.FalsePositives != 0 {
				t.Errorf("calibration: %d held-out false positives of %d", f.bound.FalsePositives, f.bound.HeldOutChecks)
			}
			ref := f.tr.Job.Policy().Reference()
			// Honest on the verifier's own profile: exact bits. Honest under held-out profiles:
			// within the bound.
			for _, p := range append([]numeric.Profile{ref}, f.held...) {
				for i, fd := range f.checkAll(t, f.serve(t, p, "honest")) {
					if fd.Outcome != Honest || fd.Exact != (p == ref) || len(fd.Replayed) != f.w.Net.Blocks() {
						t.Fatalf("honest record %d under %s: %+v", i, p, fd)
					}
				}
			}
			for _, a := range c.attacks {
				for i, fd := range f.checkAll(t, f.serve(t, f.held[0], a)) {
					if fd.Outcome != Fraud {
						t.Errorf("attack %s, record %d: %s (%s, worst %.3g)", a, i, fd.Outcome, fd.Reason, fd.Worst)
					}
				}
			}
		})
	}
}

func TestCheckRejectsWhatDoesNotOpen(t *testing.T) {
	f := newFixture(t, "mlp-mnist", 10, 2)
	// Weights that are not the job's final model are never opened.
	other := f.tr.FinalHash
	other[0] ^= 1
	if _, err := OpenFinal(f.tr.Job, f.tr.ManifestHash, f.tr.Final, other); err == nil {
		t.Fatal("OpenFinal accepted weights against another final model hash")
	}
	c := f.serve(t, f.held[0], "honest")
	v, err := NewVerifier(f.w, f.bound, f.bound.Verifier)
	if err != nil {
		t.Fatal(err)
	}
	o, err := c.Open(1)
	if err != nil {
		t.Fatal(err)
	}
	blk := PickBlock([]byte("secret"), c.Root, 1, v.Blocks())
	if fd := v.Check(o, []int{blk}); fd.Outcome != Honest || fd.Block != blk {
		t.Fatalf("honest record, block %d: %+v", blk, fd)
	}
	// A byte changed after commitment does not open against the root.
	bad := *o
	bad.Raw = append([]byte(nil), o.Raw...)
	bad.Raw[len(bad.Raw)/2] ^= 1
	if fd := v.Check(&bad, []int{blk}); fd.Outcome != Unavailable {
		t.Fatalf("tampered bytes: %+v", fd)
	}
	// Nor at another position of the same batch.
	moved := *o
	moved.Index = 0
	if fd := v.Check(&moved, []int{blk}); fd.Outcome != Unavailable {
		t.Fatalf("moved record: %+v", fd)
	}
	// A batch that commits to another model is fraud before any replay.
	wrong, err := Commit(0, other, c.Records)
	if err != nil {
		t.Fatal(err)
	}
	wo, _ := wrong.Open(0)
	if fd := v.Check(wo, nil); fd.Outcome != Fraud || len(fd.Replayed) != 0 {
		t.Fatalf("other model: %+v", fd)
	}
	seen := map[int]bool{}
	for i := range uint64(64) {
		b := PickBlock([]byte("secret"), c.Root, i, v.Blocks())
		if b < 0 || b >= v.Blocks() {
			t.Fatalf("PickBlock = %d", b)
		}
		seen[b] = true
	}
	if len(seen) != v.Blocks() {
		t.Fatalf("PickBlock over 64 records opened blocks %v of %d", seen, v.Blocks())
	}
}

func TestEscape(t *testing.T) {
	for _, c := range []struct{ n, k, m uint64 }{{100, 3, 10}, {1000, 10, 50}, {50, 50, 1}, {20, 5, 20}} {
		if got, want := Escape(c.n, c.k, c.m, 1), 1-Detection(c.n, c.k, c.m); math.Abs(got-want) > 1e-9 {
			t.Errorf("Escape(%v, d=1) = %v, 1 - Detection = %v", c, got, want)
		}
	}
	// One bad record, one opened at a time: escape = 1 - (m/n)·d.
	if got := Escape(100, 1, 10, 0.25); math.Abs(got-(1-0.1*0.25)) > 1e-9 {
		t.Errorf("Escape(100, 1, 10, 0.25) = %v, want %v", got, 1-0.1*0.25)
	}
	// Every record bad: escape = (1-d)^m.
	if got := Escape(100, 100, 10, 0.5); math.Abs(got-math.Pow(0.5, 10)) > 1e-12 {
		t.Errorf("Escape(all bad) = %v, want %v", got, math.Pow(0.5, 10))
	}
	if Escape(100, 0, 10, 1) != 1 || Escape(100, 5, 0, 1) != 1 || Escape(100, 5, 10, 0) != 1 {
		t.Error("nothing bad, nothing opened or nothing caught must escape surely")
	}
}
