package numeric

import (
	"fmt"
	"runtime"
	"sync"
)

// Gemm computes C = op(A)·op(B) under profile p, overwriting c.
// op(A) is m×k and op(B) is k×n; all matrices are dense row-major. With
// transA, a holds the k×m matrix Aᵀ; with transB, b holds the n×k matrix Bᵀ.
func Gemm(p Profile, transA, transB bool, m, n, k int, a, b, c []float32) {
	if len(a) < m*k || len(b) < k*n || len(c) < m*n {
		panic(fmt.Sprintf("numeric.Gemm: short operand (m=%d n=%d k=%d, len a=%d b=%d c=%d)", m, n, k, len(a), len(b), len(c)))
	}
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		clear(c[:m*n])
		return
	}
	if haveKernel && p.Accum == AccF32 && p.Order == Seq && !p.FMA {
		// The packed SIMD kernel reads op(A) and op(B) while packing them.
		// Rounding is elementwise, so it commutes with the transposes.
		gemmPacked(transA, transB, m, n, k, p.Operand.RoundSlice(a[:m*k]), p.Operand.RoundSlice(b[:k*n]), c)
		return
	}
	// Row-major A (m×k), rounded once: tensor cores round each operand once.
	A := a[:m*k]
	if transA {
		A = Transpose(a, k, m)
		roundInPlace(p.Operand, A)
	} else {
		A = p.Operand.RoundSlice(A)
	}
	if p.Accum == AccF32 && p.Order == Seq && !p.FMA {
		B := b[:k*n]
		if transB {
			B = Transpose(b, n, k)
			roundInPlace(p.Operand, B)
		} else {
			B = p.Operand.RoundSlice(B)
		}
		gemmSeqFast(m, n, k, A, B, c)
		return
	}
	// Reference paths reduce over contiguous rows of A and Bᵀ.
	Bt := b[:k*n]
	if !transB {
		Bt = Transpose(b, k, n)
		roundInPlace(p.Operand, Bt)
	} else {
		Bt = p.Operand.RoundSlice(Bt)
	}
	if p.Order == SplitK {
		gemmSplitK(p, m, n, k, A, Bt, c)
		return
	}
	dot := dotFunc(p)
	parallelRows(m, m*n*k, func(i0, i1 int) {
		for i := i0; i < i1; i++ {
			ar := A[i*k : (i+1)*k]
			cr := c[i*n : (i+1)*n]
			for j := range cr {
				cr[j] = dot(ar, Bt[j*k:(j+1)*k])
			}
		}
	})
}

func roundInPlace(p Precision, s []float32) {
	if p == F32 {
		return
	}
	for i, v := range s {
		s[i] = p.Round(v)
	}
}

// Transpose returns the cols×rows transpose of the rows×cols matrix a.
func Transpose(a []float32, rows, cols int) []float32 {
	out := make([]float32, rows*cols)
	const bs = 32 // cache blocking
	for i0 := 0; i0 < rows; i0 += bs {
		i1 := min(i0+bs, rows)
		for j0 := 0; j0 < cols; j0 += bs {
			j1 := min(j0+bs, cols)
			for i := i0; i < i1; i++ {
				row := a[i*cols : (i+1)*cols]
				for j := j0; j < j1; j++ {
					out[j*rows+i] = row[j]
				}
			}
		}
	}
	return out
}

// parallelRows splits [0,m) into contiguous ranges over GOMAXPROCS
// goroutines when the work is large enough. Each output element is computed
// by exactly one goroutine, so the split never changes results.
func parallelRows(m, work int, f func(i0, i1 int)) {
	w := runtime.GOMAXPROCS(0)
	if w > m {
		w = m
	}
	if w <= 1 || work < 1<<16 {
		f(0, m)
		return
	}
	var wg sync.WaitGroup
	for t := 0; t < w; t++ {
		i0, i1 := t*m/w, (t+1)*m/w
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(i0, i1)
		}()
	}
	wg.Wait()
}

// gemmSplitK cuts K into N contiguous chunks, computes each chunk's partial
// product sequentially in its own goroutine (a fixed number, not GOMAXPROCS)
// and combines the partials in chunk order 0..N-1 in the accumulator type.
func gemmSplitK(p Profile, m, n, k int, A, Bt, c []float32) {
	parts := p.N
	partial := make([][]float64, parts)
	var wg sync.WaitGroup
	for w := 0; w < parts; w++ {
		k0, k1 := w*k/parts, (w+1)*k/parts
		partial[w] = make([]float64, m*n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := partial[w]
			for i := 0; i < m; i++ {
				ar := A[i*k+k0 : i*k+k1]
				for j := 0; j < n; j++ {
					out[i*n+j] = seqSum(p, ar, Bt[j*k+k0:j*k+k1], 1)
				}
			}
		}()
	}
	wg.Wait()
	for idx := range c[:m*n] {
		s := partial[0][idx]
		for w := 1; w < parts; w++ {
			s = add(p.Accum, s, partial[w][idx])
		}
		c[idx] = float32(s)
	}
}

// add adds two partial sums in the accumulator type. For f32 the float64 sum
// of two float32 values rounded to float32 equals the float32 sum (53 >= 2*24+2).
func add(acc Accum, a, b float64) float64 {
	if acc == AccF32 {
		return float64(float32(a + b))
	}
	return a + b
}

// seqSum is the sequential multiply-accumulate over x[0], x[stride], ...
// starting from zero, returned as float64 (holding a float32 value for f32
// accumulation).
func seqSum(p Profile, x, y []float32, stride int) float64 {
	y = y[:len(x)]
	switch {
	case p.Accum == AccF64:
		var s float64
		for i := 0; i < len(x); i += stride {
			s += float64(float64(x[i]) * float64(y[i])) // exact product; conversion forbids fusion
		}
		return s
	case p.FMA:
		var s float32
		for i := 0; i < len(x); i += stride {
			s = FMA32(x[i], y[i], s)
		}
		return float64(s)
	default:
		var s float32
		for i := 0; i < len(x); i += stride {
			s += float32(x[i] * y[i]) // explicit conversion forbids compiler fusion
		}
		return float64(s)
	}
}

// dotFunc returns the reduction of profile p (all orders but SplitK).
func dotFunc(p Profile) func(x, y []float32) float32 {
	switch p.Order {
	case Seq:
		return func(x, y []float32) float32 { return float32(seqSum(p, x, y, 1)) }
	case Pairwise:
		return func(x, y []float32) float32 { return float32(pairwise(p, x, y)) }
	case Lanes:
		return func(x, y []float32) float32 {
			var buf [256]float64
			lanes := buf[:0]
			for l := 0; l < p.N; l++ {
				if l < len(x) {
					lanes = append(lanes, seqSum(p, x[l:], y[l:], p.N))
				} else {
					lanes = append(lanes, 0)
				}
			}
			return float32(treeCombine(p.Accum, lanes))
		}
	case KBlock:
		return func(x, y []float32) float32 {
			var s float64
			for k0 := 0; k0 < len(x); k0 += p.N {
				k1 := min(k0+p.N, len(x))
				s = add(p.Accum, s, seqSum(p, x[k0:k1], y[k0:k1], 1))
			}
			return float32(s)
		}
	}
	panic("numeric: dotFunc: unsupported order " + p.Name())
}

// pairwise sums blocks of at most 8 sequentially and combines halves as a
// balanced tree, splitting at multiples of 8 (as numpy does).
func pairwise(p Profile, x, y []float32) float64 {
	if len(x) <= 8 {
		return seqSum(p, x, y, 1)
	}
	h := len(x) / 2
	h -= h % 8
	if h == 0 {
		h = 8
	}
	return add(p.Accum, pairwise(p, x[:h], y[:h]), pairwise(p, x[h:], y[h:len(x)]))
}

// treeCombine reduces lane partials pairwise: (0+1)+(2+3)... as a SIMD
// horizontal add does; an odd last lane is carried up.
func treeCombine(acc Accum, v []float64) float64 {
	for len(v) > 1 {
		h := 0
		for i := 0; i+1 < len(v); i += 2 {
			v[h] = add(acc, v[i], v[i+1])
			h++
		}
		if len(v)%2 == 1 {
			v[h] = v[len(v)-1]
			h++
		}
		v = v[:h]
	}
	return v[0]
}
