package numeric

// gemmSeqFast computes C = A·B (A m×k, B k×n row-major) with one float32
// accumulator per output element summing products k = 0,1,... in order, each
// product rounded to float32 before the add: exactly the f32/seq/fma=off
// reference, reorganised for speed (register tiles, packed Aᵀ).
func gemmSeqFast(m, n, k int, A, B, c []float32) {
	if useBLAS {
		gemmBLAS(m, n, k, A, B, c)
		return
	}
	gemmTiled(m, n, k, A, B, c)
}

// gemmTiled is the portable pure-Go kernel.
func gemmTiled(m, n, k int, A, B, c []float32) {
	At := Transpose(A, m, k) // k×m: the 4 A values of a tile step are adjacent
	parallelRows((m+3)/4, m*n*k, func(t0, t1 int) {
		for i := t0 * 4; i < min(t1*4, m); i += 4 {
			if i+4 <= m {
				tile4Rows(i, m, n, k, At, B, c)
			} else {
				for r := i; r < m; r++ {
					tile1Row(r, m, n, k, At, B, c)
				}
			}
		}
	})
}

// tile4Rows computes rows i..i+3 of C, 4 columns at a time in 16 registers.
func tile4Rows(i, m, n, k int, At, B, c []float32) {
	j := 0
	for ; j+4 <= n; j += 4 {
		var c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33 float32
		for kk := 0; kk < k; kk++ {
			a := At[kk*m+i : kk*m+i+4 : kk*m+i+4]
			b := B[kk*n+j : kk*n+j+4 : kk*n+j+4]
			a0, a1, a2, a3 := a[0], a[1], a[2], a[3]
			b0, b1, b2, b3 := b[0], b[1], b[2], b[3]
			c00 += float32(a0 * b0)
			c01 += float32(a0 * b1)
			c02 += float32(a0 * b2)
			c03 += float32(a0 * b3)
			c10 += float32(a1 * b0)
			c11 += float32(a1 * b1)
			c12 += float32(a1 * b2)
			c13 += float32(a1 * b3)
			c20 += float32(a2 * b0)
			c21 += float32(a2 * b1)
			c22 += float32(a2 * b2)
			c23 += float32(a2 * b3)
			c30 += float32(a3 * b0)
			c31 += float32(a3 * b1)
			c32 += float32(a3 * b2)
			c33 += float32(a3 * b3)
		}
		r0 := c[i*n+j : i*n+j+4 : i*n+j+4]
		r0[0], r0[1], r0[2], r0[3] = c00, c01, c02, c03
		r1 := c[(i+1)*n+j : (i+1)*n+j+4 : (i+1)*n+j+4]
		r1[0], r1[1], r1[2], r1[3] = c10, c11, c12, c13
		r2 := c[(i+2)*n+j : (i+2)*n+j+4 : (i+2)*n+j+4]
		r2[0], r2[1], r2[2], r2[3] = c20, c21, c22, c23
		r3 := c[(i+3)*n+j : (i+3)*n+j+4 : (i+3)*n+j+4]
		r3[0], r3[1], r3[2], r3[3] = c30, c31, c32, c33
	}
	for ; j < n; j++ {
		var s0, s1, s2, s3 float32
		for kk := 0; kk < k; kk++ {
			b := B[kk*n+j]
			a := At[kk*m+i : kk*m+i+4 : kk*m+i+4]
			s0 += float32(a[0] * b)
			s1 += float32(a[1] * b)
			s2 += float32(a[2] * b)
			s3 += float32(a[3] * b)
		}
		c[i*n+j], c[(i+1)*n+j], c[(i+2)*n+j], c[(i+3)*n+j] = s0, s1, s2, s3
	}
}

// tile1Row computes row r of C (the ragged tail of m).
func tile1Row(r, m, n, k int, At, B, c []float32) {
	cr := c[r*n : (r+1)*n]
	clear(cr)
	for kk := 0; kk < k; kk++ {
		a := At[kk*m+r]
		br := B[kk*n : (kk+1)*n]
		for j, b := range br {
			cr[j] += float32(a * b)
		}
	}
}
