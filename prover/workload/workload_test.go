package workload

import (
	"bytes"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
)

var (
	srcOnce sync.Once
	src     *data.Sources
	srcErr  error
	jobMu   sync.Mutex
	jobs    = map[string]*Job{}
)

func sources(t testing.TB) *data.Sources {
	t.Helper()
	srcOnce.Do(func() { src, srcErr = data.Locate(".") })
	if srcErr != nil {
		t.Fatal(srcErr)
	}
	return src
}

// job opens (once per test binary) a job of the named workload with the given steps.
func job(t testing.TB, name string, steps, stride uint64) *Job {
	t.Helper()
	jobMu.Lock()
	defer jobMu.Unlock()
	key := fmt.Sprint(name, steps, stride)
	if j, ok := jobs[key]; ok {
		return j
	}
	m, err := NewManifest(name, sources(t), Options{Steps: steps, Stride: stride, Seed: 7, BoundaryHash: evidence.Hash32{1}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Hash(); err != nil {
		t.Fatalf("manifest does not validate: %v", err)
	}
	j, err := Open(m, sources(t))
	if err != nil {
		t.Fatal(err)
	}
	jobs[key] = j
	return j
}

// learnSteps is the length of each workload's learning test; its jobs (stride 2) are
// shared with the capture/restore test so each dataset loads once.
var learnSteps = map[string]uint64{"mlp-mnist": 300, "cnn-fashion": 150, "ddpm-digits": 300, "charlm-moby": 50}

// TestWorkloadsLearn trains each workload for real and requires the loss to fall by a
// stated factor (mean of the last 10 losses against the first 10) and the held-out loss
// to fall too.
func TestWorkloadsLearn(t *testing.T) {
	for _, c := range []struct {
		name   string
		steps  uint64
		factor float64 // last/first must be below this
	}{
		{"mlp-mnist", learnSteps["mlp-mnist"], 0.25},
		{"cnn-fashion", learnSteps["cnn-fashion"], 0.5},
		{"ddpm-digits", learnSteps["ddpm-digits"], 0.7},
		{"charlm-moby", learnSteps["charlm-moby"], 0.8},
	} {
		t.Run(c.name, func(t *testing.T) {
			j := job(t, c.name, c.steps, 2)
			tr, err := j.Init()
			if err != nil {
				t.Fatal(err)
			}
			before, err := j.Evaluate(tr)
			if err != nil {
				t.Fatal(err)
			}
			losses, err := tr.Train(numeric.Default(), c.steps, nil)
			if err != nil {
				t.Fatal(err)
			}
			first, last := mean(losses[:10]), mean(losses[len(losses)-10:])
			after, err := j.Evaluate(tr)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d steps, train loss %.3f -> %.3f (x%.2f), held-out loss %.3f -> %.3f, accuracy %.3f -> %.3f",
				c.name, c.steps, first, last, last/first, before.Loss, after.Loss, before.Accuracy, after.Accuracy)
			if last > c.factor*first {
				t.Errorf("train loss fell only x%.2f, want below x%.2f", last/first, c.factor)
			}
			if after.Loss >= before.Loss {
				t.Errorf("held-out loss did not fall: %.3f -> %.3f", before.Loss, after.Loss)
			}
		})
	}
}

// TestMLPAccuracy: a short run reaches 85% on the held-out digits.
func TestMLPAccuracy(t *testing.T) {
	j := job(t, "mlp-mnist", 500, 100)
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(numeric.Default(), 500, nil); err != nil {
		t.Fatal(err)
	}
	e, err := j.Evaluate(tr)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("mlp-mnist after 500 steps: held-out accuracy %.3f on %d digits, loss %.3f", e.Accuracy, e.Examples, e.Loss)
	if e.Accuracy < 0.85 || e.Examples != 997 {
		t.Fatalf("accuracy %.3f on %d held-out digits, want >= 0.85 on 997", e.Accuracy, e.Examples)
	}
}

// epBytes is the canonical content of an endpoint: every tensor's bytes and the metadata.
func epBytes(t *testing.T, ep *evidence.Endpoint) []byte {
	t.Helper()
	st, err := evidence.EncodeSafetensors(ep.State, nil)
	if err != nil {
		t.Fatal(err)
	}
	gr, err := evidence.EncodeSafetensors(ep.Gradient, nil)
	if err != nil {
		t.Fatal(err)
	}
	md, err := ep.Metadata.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	return append(append(st, gr...), md...)
}

// run trains from Init for steps under p with GOMAXPROCS procs and captures the end.
func run(t *testing.T, j *Job, p numeric.Profile, steps uint64, procs int) *evidence.Endpoint {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(p, steps, nil); err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(p, steps/j.Manifest().Stride)
	if err != nil {
		t.Fatal(err)
	}
	return ep
}

// TestTrainBitIdentical: within a profile, training is bit-identical run to run and
// for GOMAXPROCS 1 and 2; different profiles give different bits.
func TestTrainBitIdentical(t *testing.T) {
	j := job(t, "mlp-mnist", 20, 10)
	lanes := numeric.Profile{Order: numeric.Lanes, N: 8}
	split := numeric.Profile{Order: numeric.SplitK, N: 2, Accum: numeric.AccF64}
	var prev []byte
	for _, p := range []numeric.Profile{numeric.Default(), lanes, split} {
		a := epBytes(t, run(t, j, p, 10, 1))
		b := epBytes(t, run(t, j, p, 10, 2))
		c := epBytes(t, run(t, j, p, 10, 2))
		if !bytes.Equal(a, b) || !bytes.Equal(b, c) {
			t.Fatalf("%s: runs differ", p)
		}
		if bytes.Equal(a, prev) {
			t.Fatalf("%s: same bits as the previous profile", p)
		}
		prev = a
	}
}

// TestCaptureRestoreContinues: restoring from a captured endpoint and continuing gives
// the bits of uninterrupted training, for every workload (both optimizers, all models).
func TestCaptureRestoreContinues(t *testing.T) {
	p := numeric.Default()
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			j := job(t, name, learnSteps[name], 2)
			whole, err := j.Init()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := whole.Train(p, 2, nil); err != nil {
				t.Fatal(err)
			}
			mid, err := whole.Capture(p, 1)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := whole.Train(p, 2, nil); err != nil {
				t.Fatal(err)
			}
			want, err := whole.Capture(p, 2)
			if err != nil {
				t.Fatal(err)
			}
			// Through the wire format, as a verifier would receive it.
			resumed, err := j.Restore(roundTrip(t, mid))
			if err != nil {
				t.Fatal(err)
			}
			if resumed.Step() != 2 {
				t.Fatalf("restored at step %d", resumed.Step())
			}
			if _, err := resumed.Train(p, 2, nil); err != nil {
				t.Fatal(err)
			}
			got, err := resumed.Capture(p, 2)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(epBytes(t, got), epBytes(t, want)) {
				t.Fatal("restored training differs from uninterrupted training")
			}
			if len(want.Metadata.Losses) != 2 || want.Metadata.Extra["profile"] != p.Name() {
				t.Fatalf("metadata %+v", want.Metadata)
			}
			if _, err := resumed.Capture(p, 1); err == nil {
				t.Fatal("capture of the wrong endpoint accepted")
			}
			checkLimits(t, j.Manifest(), want)
		})
	}
}

// checkLimits commits ep and checks it against the manifest's limits.
func checkLimits(t *testing.T, m *evidence.Manifest, ep *evidence.Endpoint) {
	t.Helper()
	mh, err := m.Hash()
	if err != nil {
		t.Fatal(err)
	}
	c, err := evidence.Commit(mh, ep, evidence.CommitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var total uint64
	for _, ts := range append(append([]evidence.Tensor{}, ep.State...), ep.Gradient...) {
		n := uint64(len(ts.Data))
		total += n
		if n > m.Limits.MaxTensorBytes {
			t.Errorf("tensor %s: %d bytes over the limit %d", ts.Name, n, m.Limits.MaxTensorBytes)
		}
	}
	md, err := ep.Metadata.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	if total > m.Limits.MaxEndpointBytes || c.LeafCount() > m.Limits.MaxLeaves || uint64(len(md)) > m.Limits.MaxMetadataBytes {
		t.Errorf("endpoint of %d bytes, %d leaves, %d metadata bytes exceeds %+v", total, c.LeafCount(), len(md), m.Limits)
	}
}

// roundTrip sends an endpoint through safetensors and canonical metadata JSON.
func roundTrip(t *testing.T, ep *evidence.Endpoint) *evidence.Endpoint {
	t.Helper()
	decode := func(ts []evidence.Tensor) []evidence.Tensor {
		b, err := evidence.EncodeSafetensors(ts, nil)
		if err != nil {
			t.Fatal(err)
		}
		st, err := evidence.ParseSafetensors(b)
		if err != nil {
			t.Fatal(err)
		}
		return st.Tensors
	}
	md, err := ep.Metadata.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	meta, err := evidence.DecodeMetadata(md)
	if err != nil {
		t.Fatal(err)
	}
	out := &evidence.Endpoint{State: decode(ep.State), Gradient: decode(ep.Gradient), Metadata: *meta}
	if err := out.Validate(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestInitMatchesManifest(t *testing.T) {
	j := job(t, "mlp-mnist", 20, 10)
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	ep, err := tr.Capture(numeric.Default(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var params []evidence.Tensor
	for _, ts := range ep.State {
		if _, isParam := ep.Metadata.Norms["gradient/"+ts.Name]; isParam {
			params = append(params, ts)
		}
	}
	b, err := evidence.EncodeSafetensors(params, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := evidence.Keccak256(b); got != j.Manifest().InitialWeightsHash || len(params) != 4 {
		t.Fatalf("initial weights hash %s of %d tensors, manifest %s", got, len(params), j.Manifest().InitialWeightsHash)
	}
}

func TestOpenRejectsMismatch(t *testing.T) {
	good := *job(t, "mlp-mnist", 20, 10).Manifest()
	for name, mutate := range map[string]func(m *evidence.Manifest){
		"dataset root":  func(m *evidence.Manifest) { m.Dataset.Root[0] ^= 1 },
		"dataset count": func(m *evidence.Manifest) { m.Dataset.Count++ },
		"init hash":     func(m *evidence.Manifest) { m.InitialWeightsHash[0] ^= 1 },
		"seed":          func(m *evidence.Manifest) { m.Schedule.Seed++ },
		"architecture": func(m *evidence.Manifest) {
			m.Architecture.Params = map[string]float64{"in": 784, "hidden": 64, "classes": 10}
		},
		"workload":  func(m *evidence.Manifest) { m.Workload = "resnet" },
		"optimizer": func(m *evidence.Manifest) { m.Optimizer = evidence.NamedParams{Name: "lion"} },
		"policy":    func(m *evidence.Manifest) { m.Precision.Operand = "fp8" },
	} {
		m := good
		m.Architecture = evidence.NamedParams{Name: good.Architecture.Name, Params: maps.Clone(good.Architecture.Params)}
		mutate(&m)
		if _, err := Open(&m, sources(t)); err == nil {
			t.Errorf("%s: mismatch accepted", name)
		}
	}
	j := job(t, "mlp-mnist", 20, 10)
	if _, err := j.WithStride(3); err == nil {
		t.Error("WithStride(3) of 20 steps accepted")
	}
	j5, err := j.WithStride(5)
	if err != nil || j5.Manifest().Stride != 5 || j.Manifest().Stride != 10 {
		t.Errorf("WithStride(5): %v", err)
	}
	if _, err := NewManifest("mlp-mnist", sources(t), Options{Steps: 10, Stride: 3}); err == nil {
		t.Error("stride that does not divide steps accepted")
	}
}

// TestHooks: skipped steps leave the weights alone; Keep drops samples consistently;
// every hook changes the result.
func TestHooks(t *testing.T) {
	j := job(t, "mlp-mnist", 20, 10)
	p := numeric.Default()
	honest := epBytes(t, run(t, j, p, 10, 2))
	for name, h := range map[string]*Hooks{
		"skip": {Skip: func(s uint64) bool { return s == 4 }},
		"drop": {Batch: func(s uint64, b *Batch) { b.Keep(func(i int) bool { return s != 4 || i != 0 }) }},
		"flip": {Batch: func(s uint64, b *Batch) { b.Labels[0] = (b.Labels[0] + 1) % 10 }},
		"grad": {Grad: func(s uint64, g map[string][]float32) { g["fc2.bias"][0] *= 0.999 }},
		"lr":   {LR: func(s uint64, lr float64) float64 { return lr * 1.1 }},
	} {
		tr, err := j.Init()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Train(p, 10, h); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ep, err := tr.Capture(p, 1)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(epBytes(t, ep), honest) {
			t.Errorf("%s: hook had no effect", name)
		}
	}
	// A skipped step changes nothing but the counter.
	tr, err := j.Init()
	if err != nil {
		t.Fatal(err)
	}
	before := slices.Clone(tr.params[1].Val)
	if _, err := tr.Train(p, 1, &Hooks{Skip: func(uint64) bool { return true }}); err != nil {
		t.Fatal(err)
	}
	if tr.Step() != 1 || !slices.Equal(before, tr.params[1].Val) {
		t.Fatal("skip changed the weights or not the counter")
	}
	// Keep removes samples from every field.
	b := j.mdl.batch([]int{5, 6, 7}, false, 0)
	b.Keep(func(i int) bool { return i != 1 })
	if b.Len() != 2 || len(b.X) != 2*784 || len(b.Labels) != 2 || b.Indices[1] != 7 || b.Labels[1] != int(j.mdl.(*mlp).train.Labels[7]) {
		t.Fatalf("keep: %d samples, %d pixels, %d labels", b.Len(), len(b.X), len(b.Labels))
	}
	// A hook that breaks the batch gets an error, not a panic.
	tr, err = j.Init()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Train(p, 1, &Hooks{Batch: func(_ uint64, b *Batch) { b.Labels[0] = 10 }}); err == nil {
		t.Fatal("label outside the classes accepted")
	}
}
