package nn

import (
	"fmt"
	"math"

	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/numeric/detmath"
)

// Linear computes y = x·W + b for x [N,in], W [in,out], b [out] (b may be nil).
func (g *Graph[T]) Linear(x, w, b *Var[T]) *Var[T] {
	n, in := rows(x.Val), cols(x.Val)
	if w.Val.Shape[0] != in || len(w.Val.Shape) != 2 {
		panic(fmt.Sprintf("nn.Linear: x %v incompatible with W %v", x.Val.Shape, w.Val.Shape))
	}
	out := w.Val.Shape[1]
	y := New[T](n, out)
	g.gemm(false, false, n, out, in, x.Val.Data, w.Val.Data, y.Data)
	if b != nil {
		for i := 0; i < n; i++ {
			addInto(y.Data[i*out:(i+1)*out], b.Val.Data)
		}
	}
	res := g.result(y, x, w, b)
	g.onBackward(res, func() {
		dy := res.grad()
		if x.needGrad {
			dx := make([]T, n*in)
			g.gemm(false, true, n, in, out, dy, w.Val.Data, dx)
			addInto(x.grad(), dx)
		}
		if w.needGrad {
			dw := make([]T, in*out)
			g.gemm(true, false, in, out, n, x.Val.Data, dy, dw)
			addInto(w.grad(), dw)
		}
		if b != nil && b.needGrad {
			g.colSumInto(b.grad(), dy, n, out)
		}
	})
	return res
}

// colSumInto adds the column sums of the n×c matrix m to dst, reduced as the graph's
// profile says (by default float64 accumulation, rows in order).
func (g *Graph[T]) colSumInto(dst, m []T, n, c int) {
	if o := g.prof.ColSum; o != numeric.ColF64Seq {
		col := make([]float32, n)
		for j := range dst {
			for i := range col {
				col[i] = float32(m[i*c+j])
			}
			if o == numeric.ColF32Lanes8 {
				dst[j] += T(numeric.SumLanes8(col))
			} else {
				dst[j] += T(numeric.SumPairwise(col))
			}
		}
		return
	}
	acc := make([]float64, c)
	for i := 0; i < n; i++ {
		for j, v := range m[i*c : (i+1)*c] {
			acc[j] += float64(v)
		}
	}
	for j := range dst {
		dst[j] += T(acc[j])
	}
}

// rowSumInto adds the row sums of the r×n matrix m to dst (len r): the column sums of
// its transpose, reduced exactly as colSumInto reduces them.
func (g *Graph[T]) rowSumInto(dst, m []T, r, n int) {
	if o := g.prof.ColSum; o != numeric.ColF64Seq {
		row := make([]float32, n)
		for j := range dst[:r] {
			for i, v := range m[j*n : (j+1)*n] {
				row[i] = float32(v)
			}
			if o == numeric.ColF32Lanes8 {
				dst[j] += T(numeric.SumLanes8(row))
			} else {
				dst[j] += T(numeric.SumPairwise(row))
			}
		}
		return
	}
	for j := range dst[:r] {
		var acc float64
		for _, v := range m[j*n : (j+1)*n] {
			acc += float64(v)
		}
		dst[j] += T(acc)
	}
}

func rows[T Float](t *Tensor[T]) int { return t.Shape[0] }
func cols[T Float](t *Tensor[T]) int { return t.Len() / t.Shape[0] }

// Add returns a+b (same shape).
func (g *Graph[T]) Add(a, b *Var[T]) *Var[T] {
	if a.Val.Len() != b.Val.Len() {
		panic(fmt.Sprintf("nn.Add: shapes %v and %v", a.Val.Shape, b.Val.Shape))
	}
	y := a.Val.Clone()
	addInto(y.Data, b.Val.Data)
	res := g.result(y, a, b)
	g.onBackward(res, func() {
		if a.needGrad {
			addInto(a.grad(), res.grad())
		}
		if b.needGrad {
			addInto(b.grad(), res.grad())
		}
	})
	return res
}

// AddBroadcast returns x + r where r's elements repeat along x's leading
// dimension (e.g. x [B,D] + r [D]; or x [B,D] + r [B,D]).
func (g *Graph[T]) AddBroadcast(x, r *Var[T]) *Var[T] {
	n, m := x.Val.Len(), r.Val.Len()
	if n%m != 0 {
		panic(fmt.Sprintf("nn.AddBroadcast: %v + %v", x.Val.Shape, r.Val.Shape))
	}
	y := x.Val.Clone()
	for i := 0; i < n; i += m {
		addInto(y.Data[i:i+m], r.Val.Data)
	}
	res := g.result(y, x, r)
	g.onBackward(res, func() {
		dy := res.grad()
		if x.needGrad {
			addInto(x.grad(), dy)
		}
		if r.needGrad {
			g.colSumInto(r.grad(), dy, n/m, m)
		}
	})
	return res
}

// Reshape views x with a new shape of the same size.
func (g *Graph[T]) Reshape(x *Var[T], shape ...int) *Var[T] {
	if Numel(shape) != x.Val.Len() {
		panic(fmt.Sprintf("nn.Reshape: %v to %v", x.Val.Shape, shape))
	}
	res := g.result(&Tensor[T]{Shape: append([]int(nil), shape...), Data: x.Val.Data}, x)
	g.onBackward(res, func() { addInto(x.grad(), res.grad()) })
	return res
}

// unary applies f elementwise; df(x, y) is the derivative at input x, output y.
func (g *Graph[T]) unary(x *Var[T], f func(float64) float64, df func(x, y float64) float64) *Var[T] {
	y := New[T](x.Val.Shape...)
	for i, v := range x.Val.Data {
		y.Data[i] = T(f(float64(v)))
	}
	res := g.result(y, x)
	g.onBackward(res, func() {
		dx, dy := x.grad(), res.grad()
		for i, v := range x.Val.Data {
			dx[i] += T(float64(float64(dy[i]) * df(float64(v), float64(y.Data[i]))))
		}
	})
	return res
}

// ReLU is max(x, 0).
func (g *Graph[T]) ReLU(x *Var[T]) *Var[T] {
	y := New[T](x.Val.Shape...)
	yd := y.Data[:len(x.Val.Data)]
	for i, v := range x.Val.Data {
		// The builtin's max(v, 0) in T is float64's, rounded back: NaN stays NaN and -0
		// becomes +0; it compiles without a data-dependent branch.
		yd[i] = max(v, 0)
	}
	var flip map[int]bool
	if g.ties != nil {
		flip = reluTies(g.ties, x.Val.Data)
	}
	res := g.result(y, x)
	g.onBackward(res, func() {
		dx, dy := x.grad(), res.grad()
		if d, ok := any(dx).([]float32); ok && flip == nil {
			numeric.AddPositiveF32(d, any(dy).([]float32), any(x.Val.Data).([]float32))
			return
		}
		dx, dy = dx[:len(x.Val.Data)], dy[:len(x.Val.Data)]
		for i, v := range x.Val.Data {
			// dy*1 and dy*0 in T are exactly the float64 products rounded back
			// (signed zeros and NaNs included).
			var d T
			if (v > 0) != flip[i] {
				d = 1
			}
			dx[i] += dy[i] * d
		}
	})
	return res
}

// GELU is the tanh approximation used by GPT-2. The forward pass keeps
// tanh(u) for the backward pass (the same value it would recompute).
func (g *Graph[T]) GELU(x *Var[T]) *Var[T] {
	const c = 0.7978845608028654 // sqrt(2/pi)
	y := New[T](x.Val.Shape...)
	ths := make([]float64, len(x.Val.Data))
	for i, e := range x.Val.Data {
		v := float64(e)
		ths[i] = c * (v + float64(0.044715*v*v*v))
	}
	detmath.TanhSlice(ths, ths)
	for i, e := range x.Val.Data {
		v := float64(e)
		y.Data[i] = T(0.5 * v * (1 + ths[i]))
	}
	res := g.result(y, x)
	g.onBackward(res, func() {
		dx, dy := x.grad(), res.grad()
		for i, e := range x.Val.Data {
			v, th := float64(e), ths[i]
			d := float64(0.5*(1+th)) + float64(0.5*v*(1-float64(th*th))*c*(1+float64(3*0.044715*v*v)))
			dx[i] += T(float64(float64(dy[i]) * d))
		}
	})
	return res
}

// SiLU is x·sigmoid(x). The forward pass keeps exp(-x) for the backward pass.
func (g *Graph[T]) SiLU(x *Var[T]) *Var[T] {
	y := New[T](x.Val.Shape...)
	ex := make([]float64, len(x.Val.Data))
	for i, e := range x.Val.Data {
		ex[i] = -float64(e)
	}
	detmath.ExpSlice(ex, ex)
	for i, e := range x.Val.Data {
		y.Data[i] = T(float64(e) / (1 + ex[i]))
	}
	res := g.result(y, x)
	g.onBackward(res, func() {
		dx, dy := x.grad(), res.grad()
		for i, e := range x.Val.Data {
			v := float64(e)
			s := 1 / (1 + ex[i])
			d := s * (1 + float64(v*(1-s)))
			dx[i] += T(float64(float64(dy[i]) * d))
		}
	})
	return res
}

// Scale multiplies by a constant.
func (g *Graph[T]) Scale(x *Var[T], c float64) *Var[T] {
	return g.unary(x, func(v float64) float64 { return c * v }, func(_, _ float64) float64 { return c })
}

// LayerNorm normalises each row of x [N,D] and applies gamma, beta [D].
func (g *Graph[T]) LayerNorm(x, gamma, beta *Var[T], eps float64) *Var[T] {
	n, d := rows(x.Val), cols(x.Val)
	y := New[T](x.Val.Shape...)
	xhat := make([]float64, n*d)
	rstd := make([]float64, n)
	mus := make([]float64, n)
	lnStats(x.Val.Data, mus, rstd, d, eps)
	for i := 0; i < n; i++ {
		row := x.Val.Data[i*d : (i+1)*d]
		mu, r := mus[i], rstd[i]
		for j, e := range row {
			h := (float64(e) - mu) * r
			xhat[i*d+j] = h
			y.Data[i*d+j] = T(float64(h*float64(gamma.Val.Data[j])) + float64(beta.Val.Data[j]))
		}
	}
	res := g.result(y, x, gamma, beta)
	g.onBackward(res, func() {
		dy := res.grad()
		var dg, db []float64
		if gamma.needGrad || beta.needGrad {
			dg, db = make([]float64, d), make([]float64, d)
		}
		s1s, s2s := make([]float64, n), make([]float64, n)
		lnBackSums(dy, gamma.Val.Data, xhat, s1s, s2s, dg, db, d)
		for i := 0; i < n; i++ {
			s1, s2 := s1s[i], s2s[i] // sums of dxhat and dxhat*xhat
			if x.needGrad {
				dx := x.grad()[i*d : (i+1)*d]
				for j := 0; j < d; j++ {
					dh := float64(float64(dy[i*d+j]) * float64(gamma.Val.Data[j]))
					dx[j] += T(float64(rstd[i] / float64(d) * (float64(float64(d)*dh) - s1 - float64(xhat[i*d+j]*s2))))
				}
			}
		}
		if gamma.needGrad {
			gg := gamma.grad()
			for j := range gg {
				gg[j] += T(dg[j])
			}
		}
		if beta.needGrad {
			bg := beta.grad()
			for j := range bg {
				bg[j] += T(db[j])
			}
		}
	})
	return res
}

// lnStats sets mu[i] and rstd[i] of each row of x [N,d]: float64 sums over the row in
// order. Four rows at a time, so four independent addition chains keep the adder busy;
// each row's sums are the same operations in the same order as one row alone.
func lnStats[T Float](x []T, mu, rstd []float64, d int, eps float64) {
	n, i := len(mu), 0
	fd := float64(d)
	for ; i+4 <= n; i += 4 {
		r0, r1, r2, r3 := x[i*d:][:d], x[(i+1)*d:][:d], x[(i+2)*d:][:d], x[(i+3)*d:][:d]
		var m0, m1, m2, m3 float64
		for j := range r0 {
			m0 += float64(r0[j])
			m1 += float64(r1[j])
			m2 += float64(r2[j])
			m3 += float64(r3[j])
		}
		m0, m1, m2, m3 = m0/fd, m1/fd, m2/fd, m3/fd
		var v0, v1, v2, v3 float64
		for j := range r0 {
			e0, e1, e2, e3 := float64(r0[j]), float64(r1[j]), float64(r2[j]), float64(r3[j])
			v0 += float64((e0 - m0) * (e0 - m0))
			v1 += float64((e1 - m1) * (e1 - m1))
			v2 += float64((e2 - m2) * (e2 - m2))
			v3 += float64((e3 - m3) * (e3 - m3))
		}
		mu[i], mu[i+1], mu[i+2], mu[i+3] = m0, m1, m2, m3
		rstd[i], rstd[i+1], rstd[i+2], rstd[i+3] = 1/math.Sqrt(v0/fd+eps), 1/math.Sqrt(v1/fd+eps), 1/math.Sqrt(v2/fd+eps), 1/math.Sqrt(v3/fd+eps)
	}
	for ; i < n; i++ {
		row := x[i*d : (i+1)*d]
		var m, v float64
		for _, e := range row {
			m += float64(e)
		}
		m /= fd
		for _, e := range row {
			v += float64((float64(e) - m) * (float64(e) - m))
		}
		mu[i], rstd[i] = m, 1/math.Sqrt(v/fd+eps)
	}
}

// lnBackSums sets s1[i] = sum of dxhat and s2[i] = sum of dxhat*xhat over row i, and
// (when dg is not nil) adds each row's dy*xhat and dy to dg and db, rows in order. Four
// rows at a time as in lnStats: the per-row sums and the per-column accumulations keep
// their order.
func lnBackSums[T Float](dy, gamma []T, xhat, s1, s2, dg, db []float64, d int) {
	n, i := len(s1), 0
	for ; i+4 <= n; i += 4 {
		y0, y1, y2, y3 := dy[i*d:][:d], dy[(i+1)*d:][:d], dy[(i+2)*d:][:d], dy[(i+3)*d:][:d]
		h0, h1, h2, h3 := xhat[i*d:][:d], xhat[(i+1)*d:][:d], xhat[(i+2)*d:][:d], xhat[(i+3)*d:][:d]
		var a0, a1, a2, a3, b0, b1, b2, b3 float64
		for j := range y0 {
			gj := float64(gamma[j])
			d0, d1, d2, d3 := float64(y0[j]), float64(y1[j]), float64(y2[j]), float64(y3[j])
			dh0, dh1, dh2, dh3 := float64(d0*gj), float64(d1*gj), float64(d2*gj), float64(d3*gj)
			a0 += dh0
			a1 += dh1
			a2 += dh2
			a3 += dh3
			b0 += float64(dh0 * h0[j])
			b1 += float64(dh1 * h1[j])
			b2 += float64(dh2 * h2[j])
			b3 += float64(dh3 * h3[j])
			if dg != nil {
				dg[j] += float64(d0 * h0[j])
				dg[j] += float64(d1 * h1[j])
				dg[j] += float64(d2 * h2[j])
				dg[j] += float64(d3 * h3[j])
				db[j] += d0
				db[j] += d1
				db[j] += d2
				db[j] += d3
			}
		}
		s1[i], s1[i+1], s1[i+2], s1[i+3] = a0, a1, a2, a3
		s2[i], s2[i+1], s2[i+2], s2[i+3] = b0, b1, b2, b3
	}
	for ; i < n; i++ {
		var a, b float64
		for j := 0; j < d; j++ {
			dyv := float64(dy[i*d+j])
			dh := float64(dyv * float64(gamma[j]))
			a += dh
			b += float64(dh * xhat[i*d+j])
			if dg != nil {
				dg[j] += float64(dyv * xhat[i*d+j])
				db[j] += dyv
			}
		}
		s1[i], s2[i] = a, b
	}
}

// Embedding gathers rows of table [V,D] for ids, giving [len(ids), D].
func (g *Graph[T]) Embedding(ids []int, table *Var[T]) *Var[T] {
	v, d := rows(table.Val), cols(table.Val)
	y := New[T](len(ids), d)
	for i, id := range ids {
		if id < 0 || id >= v {
			panic(fmt.Sprintf("nn.Embedding: id %d outside vocabulary of %d", id, v))
		}
		copy(y.Data[i*d:(i+1)*d], table.Val.Data[id*d:(id+1)*d])
	}
	res := g.result(y, table)
	g.onBackward(res, func() {
		dt, dy := table.grad(), res.grad()
		for i, id := range ids { // fixed order: positions ascending
			addInto(dt[id*d:(id+1)*d], dy[i*d:(i+1)*d])
		}
	})
	return res
}

// SoftmaxCrossEntropy is the mean over rows of -log softmax(logits)[label]
// for logits [N,C].
func (g *Graph[T]) SoftmaxCrossEntropy(logits *Var[T], labels []int) *Var[T] {
	n, c := rows(logits.Val), cols(logits.Val)
	if len(labels) != n {
		panic(fmt.Sprintf("nn.SoftmaxCrossEntropy: %d labels for %d rows", len(labels), n))
	}
	for _, y := range labels {
		if y < 0 || y >= c {
			panic(fmt.Sprintf("nn.SoftmaxCrossEntropy: label %d outside %d classes", y, c))
		}
	}
	f32 := g.prof.Softmax == numeric.SoftmaxF32
	var probs []float64 // softmax, float64 kernel
	var logp []float32  // log-softmax, float32 kernel
	losses := make([]float64, n)
	if f32 {
		logp = make([]float32, n*c)
		e := make([]float32, c)
		for i := 0; i < n; i++ {
			row := logits.Val.Data[i*c : (i+1)*c]
			m := float32(math.Inf(-1))
			for _, v := range row {
				m = max(m, float32(v))
			}
			for j, v := range row {
				e[j] = float32(detmath.Exp(float64(float32(v) - m)))
			}
			ls := float32(detmath.Log(float64(numeric.SumLanes8(e))))
			for j, v := range row {
				logp[i*c+j] = (float32(v) - m) - ls
			}
			losses[i] = float64(-logp[i*c+labels[i]])
		}
	} else {
		probs = make([]float64, n*c)
		for i := 0; i < n; i++ {
			row := logits.Val.Data[i*c : (i+1)*c]
			m := math.Inf(-1)
			for _, v := range row {
				m = max(m, float64(v))
			}
			pr := probs[i*c : (i+1)*c]
			for j, v := range row {
				pr[j] = float64(v) - m
			}
			detmath.ExpSlice(pr, pr)
			var s float64
			for _, e := range pr {
				s += e
			}
			for j := range row {
				probs[i*c+j] /= s
			}
			losses[i] = -(float64(row[labels[i]]) - m - detmath.Log(s))
		}
	}
	res := g.result(FromData([]T{T(g.mean(losses))}, 1), logits)
	g.onBackward(res, func() {
		scale := g.meanScale(float64(res.grad()[0]), n)
		dl := logits.grad()
		for i := 0; i < n; i++ {
			for j := 0; j < c; j++ {
				if f32 {
					// log-softmax backward of NLL's -scale at the label: g - exp(logp)*sum(g).
					s := float32(scale)
					d := float32(float32(detmath.Exp(float64(logp[i*c+j]))) * s)
					if j == labels[i] {
						d -= s
					}
					dl[i*c+j] += T(d)
					continue
				}
				p := probs[i*c+j]
				if j == labels[i] {
					p--
				}
				dl[i*c+j] += T(p * scale)
			}
		}
	})
	return res
}

// mean is the batch mean of per-sample losses, reduced as the graph's profile says.
func (g *Graph[T]) mean(v []float64) float64 {
	if g.prof.Loss == numeric.LossF32 {
		v32 := make([]float32, len(v))
		for i, x := range v {
			v32[i] = float32(x)
		}
		return float64(numeric.SumPairwise(v32) / float32(len(v)))
	}
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// meanScale is d(mean)/d(sample) times the upstream gradient: 1/n in float64, or rounded to
// float32 as torch's mean reduction divides the float32 gradient by n.
func (g *Graph[T]) meanScale(grad float64, n int) float64 {
	if g.prof.Loss == numeric.LossF32 {
		return float64(float32(grad) / float32(n))
	}
	return grad / float64(n)
}

// MSE is the mean of (pred-target)^2 over all elements.
func (g *Graph[T]) MSE(pred *Var[T], target *Tensor[T]) *Var[T] {
	if pred.Val.Len() != target.Len() {
		panic(fmt.Sprintf("nn.MSE: shapes %v and %v", pred.Val.Shape, target.Shape))
	}
	f32 := g.prof.Loss == numeric.LossF32
	n := float64(pred.Val.Len())
	var mse float64
	if f32 {
		sq := make([]float32, pred.Val.Len())
		for i, v := range pred.Val.Data {
			d := float32(v) - float32(target.Data[i])
			sq[i] = float32(d * d)
		}
		mse = float64(numeric.SumPairwise(sq) / float32(n))
	} else {
		var s float64
		for i, v := range pred.Val.Data {
			d := float64(v) - float64(target.Data[i])
			s += float64(d * d)
		}
		mse = s / n
	}
	res := g.result(FromData([]T{T(mse)}, 1), pred)
	g.onBackward(res, func() {
		dp := pred.grad()
		if f32 {
			// torch: norm = 2/n cast to float32, then norm * (input - target) * grad in float32.
			norm, gr := float32(2/n), float32(res.grad()[0])
			for i, v := range pred.Val.Data {
				dp[i] += T(float32(float32(norm*(float32(v)-float32(target.Data[i]))) * gr))
			}
			return
		}
		scale := 2 * float64(res.grad()[0]) / n
		for i, v := range pred.Val.Data {
			dp[i] += T(scale * (float64(v) - float64(target.Data[i])))
		}
	})
	return res
}
