package nn

import (
	"fmt"
	"math"

	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/numeric/detmath"
)

// CausalSelfAttention computes multi-head causal attention from packed
// projections qkv [B*T, 3D] (columns: Q, then K, then V; head h owns columns
// h*D/H..(h+1)*D/H of each), returning [B*T, D]. Scores and the weighted sum
// are GEMMs; softmax runs in float64 in a fixed order, or in float32 under
// numeric.SoftmaxF32.
func (g *Graph[T]) CausalSelfAttention(qkv *Var[T], batch, seq, heads int) *Var[T] {
	if qkv.Val.Len()%(batch*seq) != 0 || cols(qkv.Val)%3 != 0 || (cols(qkv.Val)/3)%heads != 0 || rows(qkv.Val) != batch*seq {
		panic(fmt.Sprintf("nn.CausalSelfAttention: qkv %v for B=%d T=%d H=%d", qkv.Val.Shape, batch, seq, heads))
	}
	d := cols(qkv.Val) / 3
	dh := d / heads
	scale := 1 / math.Sqrt(float64(dh))
	f32, scale32 := g.prof.Softmax == numeric.SoftmaxF32, float32(scale)
	y := New[T](batch*seq, d)
	probs := make([]T, batch*heads*seq*seq) // P per (b,h), kept for backward
	// gather copies one head's slice of Q, K or V (which=0,1,2) into out [T,dh].
	gather := func(out []T, b, h, which int) []T {
		for t := 0; t < seq; t++ {
			copy(out[t*dh:(t+1)*dh], qkv.Val.Data[(b*seq+t)*3*d+which*d+h*dh:][:dh])
		}
		return out
	}
	// Per-head scratch, reused by every (b,h): each use overwrites it whole.
	q, k, v, o := make([]T, seq*dh), make([]T, seq*dh), make([]T, seq*dh), make([]T, seq*dh)
	e := make([]float64, seq)
	for b := 0; b < batch; b++ {
		for h := 0; h < heads; h++ {
			gather(q, b, h, 0)
			gather(k, b, h, 1)
			gather(v, b, h, 2)
			s := probs[(b*heads+h)*seq*seq:][:seq*seq]
			g.gemm(false, true, seq, seq, dh, q, k, s)
			for i := 0; i < seq; i++ {
				row := s[i*seq : (i+1)*seq]
				if f32 {
					softmaxRow32(row, i+1, scale32)
					continue
				}
				m := math.Inf(-1)
				for j := 0; j <= i; j++ {
					m = max(m, float64(float64(row[j])*scale))
				}
				for j := 0; j <= i; j++ {
					e[j] = float64(float64(row[j])*scale) - m
				}
				detmath.ExpSlice(e[:i+1], e[:i+1])
				var sum float64
				for _, v := range e[:i+1] {
					sum += v
				}
				for j := range row {
					if j <= i {
						row[j] = T(e[j] / sum)
					} else {
						row[j] = 0
					}
				}
			}
			g.gemm(false, false, seq, dh, seq, s, v, o)
			for t := 0; t < seq; t++ {
				copy(y.Data[(b*seq+t)*d+h*dh:][:dh], o[t*dh:(t+1)*dh])
			}
		}
	}
	res := g.result(y, qkv)
	g.onBackward(res, func() {
		dy := res.grad()
		dqkv := qkv.grad()
		scatter := func(b, h, which int, src []T) {
			for t := 0; t < seq; t++ {
				addInto(dqkv[(b*seq+t)*3*d+which*d+h*dh:][:dh], src[t*dh:(t+1)*dh])
			}
		}
		q, k, v, do := make([]T, seq*dh), make([]T, seq*dh), make([]T, seq*dh), make([]T, seq*dh)
		dq, dk, dv := make([]T, seq*dh), make([]T, seq*dh), make([]T, seq*dh)
		dp, ds := make([]T, seq*seq), make([]T, seq*seq)
		for b := 0; b < batch; b++ {
			for h := 0; h < heads; h++ {
				gather(q, b, h, 0)
				gather(k, b, h, 1)
				gather(v, b, h, 2)
				p := probs[(b*heads+h)*seq*seq:][:seq*seq]
				for t := 0; t < seq; t++ {
					copy(do[t*dh:(t+1)*dh], dy[(b*seq+t)*d+h*dh:][:dh])
				}
				g.gemm(false, true, seq, seq, dh, do, v, dp) // dP = dO·Vᵀ
				g.gemm(true, false, seq, dh, seq, p, do, dv) // dV = Pᵀ·dO
				// dS = P ⊙ (dP - rowsum(dP ⊙ P)), times the score scale; entries past
				// the diagonal stay zero.
				for i := 0; i < seq; i++ {
					if f32 {
						softmaxBackRow32(ds[i*seq:(i+1)*seq], p[i*seq:(i+1)*seq], dp[i*seq:(i+1)*seq], i+1, scale32)
						continue
					}
					var dot float64
					for j := 0; j <= i; j++ {
						dot += float64(float64(dp[i*seq+j]) * float64(p[i*seq+j]))
					}
					for j := 0; j <= i; j++ {
						ds[i*seq+j] = T(float64(p[i*seq+j]) * (float64(dp[i*seq+j]) - dot) * scale)
					}
				}
				g.gemm(false, false, seq, dh, seq, ds, k, dq) // dQ = dS·K
				g.gemm(true, false, seq, dh, seq, ds, q, dk)  // dK = dSᵀ·Q
				scatter(b, h, 0, dq)
				scatter(b, h, 1, dk)
				scatter(b, h, 2, dv)
			}
		}
	})
	return res
}

// softmaxRow32 overwrites row with the softmax of its first n scores times scale (zeros
// after), in float32 as PyTorch's vectorised CPU softmax: max-subtracted exp, an 8-lane sum,
// then a multiply by its reciprocal.
func softmaxRow32[T Float](row []T, n int, scale float32) {
	x := make([]float32, n)
	m := float32(math.Inf(-1))
	for j := range x {
		x[j] = float32(float32(row[j]) * scale)
		m = max(m, x[j])
	}
	for j := range x {
		x[j] = float32(detmath.Exp(float64(x[j] - m)))
	}
	r := 1 / numeric.SumLanes8(x)
	for j := range row {
		if j < n {
			row[j] = T(float32(x[j] * r))
		} else {
			row[j] = 0
		}
	}
}

// softmaxBackRow32 writes ds = p ⊙ (dp - sum(dp ⊙ p)) times scale over the first n
// entries, in float32 with an 8-lane sum.
func softmaxBackRow32[T Float](ds, p, dp []T, n int, scale float32) {
	prod := make([]float32, n)
	for j := range prod {
		prod[j] = float32(float32(dp[j]) * float32(p[j]))
	}
	dot := numeric.SumLanes8(prod)
	for j := range prod {
		ds[j] = T(float32(float32(float32(p[j])*(float32(dp[j])-dot)) * scale))
	}
}
