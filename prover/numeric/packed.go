package numeric

import (
	"runtime"
	"sync"
)

// Rows of A in a tile of the packed kernels; the columns of B are the kernel's width.
const mr = 6

// tileKernel computes one mr×nr tile of C over all of k; every kernel gives the bits of the
// f32/acc=f32/red=seq/fma=off reference, so which one runs is a matter of speed only.
type tileKernel struct {
	nr int
	fn func(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)
}

// widest nr of any kernel: the size of the scratch tile for ragged edges.
const maxNR = 32

// kernelFor picks the fastest kernel for an n-column product: the 512-bit one wastes
// half its lanes on a product narrower than 32 columns.
func kernelFor(n int) tileKernel {
	if have512 && n >= 32 {
		return tileKernel{32, kern6x32}
	}
	return tileKernel{16, kern6x16}
}

var packPool sync.Pool

func getBuf(n int) *[]float32 {
	if p, ok := packPool.Get().(*[]float32); ok && cap(*p) >= n {
		*p = (*p)[:n]
		return p
	}
	s := make([]float32, n)
	return &s
}

// gemmPacked computes C = op(A)·op(B) with the register-blocked SIMD kernel:
// op(A) in panels of 6 rows, op(B) in panels of 16 columns, each 6×16 tile of C summed
// by one kernel call over all of k in order. A transposed A and a plain B already hold
// a panel's values of one kk side by side, so the kernel reads their full panels in
// place when k is short or the matrix small; other layouts and ragged last panels are
// packed (zero padded). Tiles are shared among goroutines, so each output is computed
// by exactly one call and the bits never depend on the split.
func gemmPacked(transA, transB bool, m, n, k int, a, b, c []float32) {
	gemmPackedWith(kernelFor(n), transA, transB, m, n, k, a, b, c)
}

func gemmPackedWith(kern tileKernel, transA, transB bool, m, n, k int, a, b, c []float32) {
	nr := kern.nr
	mp, np := (m+mr-1)/mr, (n+nr-1)/nr
	aIn, bIn := 0, 0 // leading panels read in place
	if transA && inPlace(k, m) {
		aIn = m / mr
	}
	if !transB && inPlace(k, n) {
		bIn = n / nr
	}
	pa, pb := getBuf((mp-aIn)*mr*k), getBuf((np-bIn)*nr*k)
	defer packPool.Put(pa)
	defer packPool.Put(pb)
	ap, bp := *pa, *pb
	packA(transA, m, k, a, ap, aIn)
	packB(transB, nr, n, k, b, bp, bIn)
	tiles := mp * np
	run := func(t0, t1 int) {
		var tmp [mr * maxNR]float32
		for t := t0; t < t1; t++ {
			jp, ip := t/mp, t%mp // column panels outer: a B panel stays in cache
			i0, j0 := ip*mr, jp*nr
			pa, lda := &a[i0], m
			if ip >= aIn {
				pa, lda = &ap[(ip-aIn)*mr*k], mr
			}
			pb, ldb := &b[j0], n
			if jp >= bIn {
				pb, ldb = &bp[(jp-bIn)*nr*k], nr
			}
			if i0+mr <= m && j0+nr <= n {
				kern.fn(k, pa, lda, pb, ldb, &c[i0*n+j0], n)
				continue
			}
			kern.fn(k, pa, lda, pb, ldb, &tmp[0], nr)
			for r := 0; r < mr && i0+r < m; r++ {
				copy(c[(i0+r)*n+j0:(i0+r)*n+min(j0+nr, n)], tmp[r*nr:])
			}
		}
	}
	w := runtime.GOMAXPROCS(0)
	if w > tiles {
		w = tiles
	}
	if w <= 1 || m*n*k < 1<<16 {
		run(0, tiles)
		return
	}
	var wg sync.WaitGroup
	for g := 0; g < w; g++ {
		t0, t1 := g*tiles/w, (g+1)*tiles/w
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(t0, t1)
		}()
	}
	wg.Wait()
}

// inPlace reports whether the kernel should read a panel of k rows ld elements apart
// where it lies: a contiguous packed copy is faster once the rows span more pages than
// the TLB and prefetchers follow comfortably.
func inPlace(k, ld int) bool { return k <= 64 || k*ld <= 64<<10 }

// packA writes panels p0.. of op(A) (m×k), each of mr rows: panel p holds, for each
// kk, rows p*mr..p*mr+mr-1 of column kk (zero past m).
func packA(trans bool, m, k int, a, dst []float32, p0 int) {
	for p := p0; p*mr < m; p++ {
		out := dst[(p-p0)*mr*k : (p-p0+1)*mr*k]
		i0 := p * mr
		rows := min(mr, m-i0)
		if trans { // a is k×m: the panel's values of one kk are adjacent
			for kk := 0; kk < k; kk++ {
				o := out[kk*mr : kk*mr+mr]
				copy(o, a[kk*m+i0:kk*m+i0+rows])
				clear(o[rows:])
			}
			continue
		}
		if rows == mr {
			r0, r1, r2 := a[i0*k:][:k], a[(i0+1)*k:][:k], a[(i0+2)*k:][:k]
			r3, r4, r5 := a[(i0+3)*k:][:k], a[(i0+4)*k:][:k], a[(i0+5)*k:][:k]
			for kk := 0; kk < k; kk++ {
				o := out[kk*mr : kk*mr+mr : kk*mr+mr]
				o[0], o[1], o[2], o[3], o[4], o[5] = r0[kk], r1[kk], r2[kk], r3[kk], r4[kk], r5[kk]
			}
			continue
		}
		clear(out)
		for r := 0; r < rows; r++ {
			row := a[(i0+r)*k : (i0+r+1)*k]
			for kk, v := range row {
				out[kk*mr+r] = v
			}
		}
	}
}

// packB writes panels p0.. of op(B) (k×n), each of nr columns: panel p holds, for
// each kk, columns p*nr..p*nr+nr-1 of row kk (zero past n).
func packB(trans bool, nr, n, k int, b, dst []float32, p0 int) {
	for p := p0; p*nr < n; p++ {
		out := dst[(p-p0)*nr*k : (p-p0+1)*nr*k]
		j0 := p * nr
		cols := min(nr, n-j0)
		if !trans { // b is k×n
			for kk := 0; kk < k; kk++ {
				o := out[kk*nr : kk*nr+nr]
				copy(o, b[kk*n+j0:kk*n+j0+cols])
				clear(o[cols:])
			}
			continue
		}
		if cols < nr {
			clear(out)
		}
		for cc := 0; cc < cols; cc++ { // b is n×k
			col := b[(j0+cc)*k : (j0+cc+1)*k]
			for kk, v := range col {
				out[kk*nr+cc] = v
			}
		}
	}
}

// AddF32 adds src to dst elementwise (dst[i] += src[i], len(src) >= len(dst)),
// with SIMD where the CPU has it; the bits are those of the scalar loop.
func AddF32(dst, src []float32) { addF32(dst, src) }

// AddPositiveF32 adds src[i] to dst[i] where x[i] > 0 and src[i]*0 elsewhere: ReLU's
// backward pass, with SIMD where the CPU has it and the scalar loop's bits.
func AddPositiveF32(dst, src, x []float32) { addPositiveF32(dst, src, x) }

func addPositiveF32Scalar(dst, src, x []float32) {
	src, x = src[:len(dst)], x[:len(dst)]
	for i, v := range x {
		var d float32
		if v > 0 {
			d = 1
		}
		dst[i] += src[i] * d
	}
}
