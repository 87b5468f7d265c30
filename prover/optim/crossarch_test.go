package optim

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/ovig/ovig/evidence"
)

// goldenOptimDigest is recorded on amd64; every architecture must reproduce it
// (run it on arm64 with GOARCH=arm64 go test -exec qemu-aarch64-static).
const goldenOptimDigest = "3188b082d7a3d157fac3e4cc22a78bb051a463cf2c1ed270a80b94d98edd80e9"

// TestCrossArchDigest hashes parameters and moments after a few steps of each
// optimizer, with weight decay and momentum, under both schedules.
func TestCrossArchDigest(t *testing.T) {
	h := sha256.New()
	var b [4]byte
	put := func(vs []float32) {
		for _, v := range vs {
			binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
			h.Write(b[:])
		}
	}
	specs := []evidence.NamedParams{
		{Name: "sgd", Params: map[string]float64{"momentum": 0.9, "weight_decay": 1e-4}},
		{Name: "sgd", Params: map[string]float64{"momentum": 0, "weight_decay": 0}},
		{Name: "adamw", Params: map[string]float64{"beta1": 0.9, "beta2": 0.99, "eps": 1e-8, "weight_decay": 0.01}},
	}
	sched := WarmupCosine{Peak: 3e-3, Min: 3e-4, Warmup: 2, Total: 7}
	for _, spec := range specs {
		o, err := New(spec)
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(5, 6))
		ps := params(make([]float32, 257)...)
		for i := range ps[0].Val {
			ps[0].Val[i] = float32(r.NormFloat64())
		}
		o.Reset(ps)
		for step := uint64(0); step < 8; step++ {
			for i := range ps[0].Grad {
				ps[0].Grad[i] = float32(r.NormFloat64() * 0.01)
			}
			if err := o.Update(ps, sched.LR(step)); err != nil {
				t.Fatal(err)
			}
		}
		put(ps[0].Val)
		st, err := o.State()
		if err != nil {
			t.Fatal(err)
		}
		for _, ts := range st {
			h.Write([]byte(ts.Name))
			h.Write(ts.Data)
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != goldenOptimDigest {
		t.Fatalf("optimizer digest %s, golden %s (GOARCH=%s)", got, goldenOptimDigest, runtime.GOARCH)
	}
}
