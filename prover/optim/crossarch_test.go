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
	"github.com/ovig/ovig/prover/numeric"
)

// goldenOptimDigests, by update arithmetic, are recorded on amd64; every architecture must
// reproduce them (run it on arm64 with GOARCH=arm64 go test -exec qemu-aarch64-static).
var goldenOptimDigests = map[numeric.Opt]string{
	numeric.OptF64: "3188b082d7a3d157fac3e4cc22a78bb051a463cf2c1ed270a80b94d98edd80e9",
	numeric.OptF32: "be5564d756d3953a59fee070dcac86b9598b4b67cec07d0a1a9bffa009546471",
}

// TestCrossArchDigest hashes parameters and moments after a few steps of each
// optimizer, with weight decay and momentum, under both schedules, in each arithmetic.
func TestCrossArchDigest(t *testing.T) {
	for arith, golden := range goldenOptimDigests {
		if got := optimDigest(t, arith); got != golden {
			t.Errorf("optimizer digest (opt arithmetic %d) %s, golden %s (GOARCH=%s)", arith, got, golden, runtime.GOARCH)
		}
	}
}

func optimDigest(t *testing.T, arith numeric.Opt) string {
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
			if err := o.Update(ps, sched.LR(step), arith); err != nil {
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
	return hex.EncodeToString(h.Sum(nil))
}
