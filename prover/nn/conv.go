package nn

import (
	"fmt"
	"math"

	"github.com/ovig/ovig/prover/numeric"
)

// ConvSpec describes a 2-D convolution.
type ConvSpec struct {
	KH, KW, Stride, Pad int
}

func (s ConvSpec) outSize(h, w int) (int, int) {
	return (h+2*s.Pad-s.KH)/s.Stride + 1, (w+2*s.Pad-s.KW)/s.Stride + 1
}

// Conv2D convolves x [B,C,H,W] with w [OC, C*KH*KW] plus bias b [OC]
// (may be nil) via im2col and one GEMM, giving [B,OC,OH,OW].
//
// The column matrix is laid out transposed, [C*KH*KW, B*OH*OW], so im2col and col2im
// move whole image rows and the GEMMs write and read [OC, B*OH*OW] planes: every output
// is still the product of the same operands summed over the same index in the same
// order as with one row per output pixel.
func (g *Graph[T]) Conv2D(x, w, b *Var[T], s ConvSpec) *Var[T] {
	if len(x.Val.Shape) != 4 {
		panic(fmt.Sprintf("nn.Conv2D: input shape %v, want [B,C,H,W]", x.Val.Shape))
	}
	bn, c, h, wd := x.Val.Shape[0], x.Val.Shape[1], x.Val.Shape[2], x.Val.Shape[3]
	oc, ckk := w.Val.Shape[0], c*s.KH*s.KW
	if w.Val.Len() != oc*ckk {
		panic(fmt.Sprintf("nn.Conv2D: weight %v, want [%d,%d]", w.Val.Shape, oc, ckk))
	}
	oh, ow := s.outSize(h, wd)
	ohw := oh * ow
	p := bn * ohw
	// im2col: row (channel, ki, kj), column (image, output pixel); padding stays zero.
	colsT := make([]T, ckk*p)
	xd := x.Val.Data
	for ci := 0; ci < c; ci++ {
		for ki := 0; ki < s.KH; ki++ {
			for kj := 0; kj < s.KW; kj++ {
				row := colsT[((ci*s.KH+ki)*s.KW+kj)*p:][:p]
				x0, x1 := s.validCols(kj, ow, wd)
				for bi := 0; bi < bn; bi++ {
					plane := xd[(bi*c+ci)*h*wd:][:h*wd]
					for y := 0; y < oh; y++ {
						iy := y*s.Stride - s.Pad + ki
						if iy < 0 || iy >= h || x0 >= x1 {
							continue
						}
						src := plane[iy*wd:][:wd]
						dst := row[bi*ohw+y*ow:][:ow]
						ix0 := x0*s.Stride - s.Pad + kj
						if s.Stride == 1 {
							copy(dst[x0:x1], src[ix0:])
							continue
						}
						for xx := x0; xx < x1; xx++ {
							dst[xx] = src[ix0+(xx-x0)*s.Stride]
						}
					}
				}
			}
		}
	}
	out := make([]T, oc*p)
	g.gemm(false, false, oc, p, ckk, w.Val.Data, colsT, out)
	y := New[T](bn, oc, oh, ow)
	for bi := 0; bi < bn; bi++ {
		for o := 0; o < oc; o++ {
			dst := y.Data[(bi*oc+o)*ohw:][:ohw]
			src := out[o*p+bi*ohw:][:ohw]
			if b == nil {
				copy(dst, src)
				continue
			}
			bo := b.Val.Data[o]
			for q, v := range src {
				dst[q] = v + bo
			}
		}
	}
	res := g.result(y, x, w, b)
	g.onBackward(res, func() {
		dy := res.grad()
		dyT := out // [OC, B*OH*OW]; the forward product is no longer needed
		for bi := 0; bi < bn; bi++ {
			for o := 0; o < oc; o++ {
				copy(dyT[o*p+bi*ohw:][:ohw], dy[(bi*oc+o)*ohw:][:ohw])
			}
		}
		if w.needGrad {
			dw := make([]T, oc*ckk)
			g.gemm(false, true, oc, ckk, p, dyT, colsT, dw)
			addInto(w.grad(), dw)
		}
		if b != nil && b.needGrad {
			g.rowSumInto(b.grad(), dyT, oc, p)
		}
		if !x.needGrad {
			return
		}
		dcolsT := colsT // the columns are no longer needed either
		g.gemm(true, false, ckk, p, oc, w.Val.Data, dyT, dcolsT)
		dx := x.grad()
		// col2im: an input pixel gets its contributions in the order of the output pixels
		// they come from (row-major), which is ki, then kj, descending.
		for ci := 0; ci < c; ci++ {
			for ki := s.KH - 1; ki >= 0; ki-- {
				for kj := s.KW - 1; kj >= 0; kj-- {
					row := dcolsT[((ci*s.KH+ki)*s.KW+kj)*p:][:p]
					x0, x1 := s.validCols(kj, ow, wd)
					for bi := 0; bi < bn; bi++ {
						plane := dx[(bi*c+ci)*h*wd:][:h*wd]
						for yy := 0; yy < oh; yy++ {
							iy := yy*s.Stride - s.Pad + ki
							if iy < 0 || iy >= h || x0 >= x1 {
								continue
							}
							dst := plane[iy*wd:][:wd]
							src := row[bi*ohw+yy*ow:][:ow]
							ix0 := x0*s.Stride - s.Pad + kj
							if s.Stride == 1 {
								addInto(dst[ix0:ix0+x1-x0], src[x0:x1])
								continue
							}
							for xx := x0; xx < x1; xx++ {
								dst[ix0+(xx-x0)*s.Stride] += src[xx]
							}
						}
					}
				}
			}
		}
	})
	return res
}

// validCols is the range [x0, x1) of output columns whose input column for kernel
// column kj lies inside the image (not in the padding).
func (s ConvSpec) validCols(kj, ow, wd int) (x0, x1 int) {
	// ix = xx*Stride - Pad + kj must satisfy 0 <= ix < wd.
	lo := s.Pad - kj
	if lo > 0 {
		x0 = (lo + s.Stride - 1) / s.Stride
	}
	x1 = ow
	if hi := wd - 1 + s.Pad - kj; hi < 0 {
		x1 = 0
	} else {
		x1 = min(x1, hi/s.Stride+1)
	}
	return x0, max(x0, x1)
}

// MaxPool2D takes the maximum over k×k windows with the given stride (no
// padding) of x [B,C,H,W]; ties go to the first element in row-major order.
func (g *Graph[T]) MaxPool2D(x *Var[T], k, stride int) *Var[T] {
	return g.pool(x, k, stride, true)
}

// AvgPool2D averages over k×k windows with the given stride (no padding).
func (g *Graph[T]) AvgPool2D(x *Var[T], k, stride int) *Var[T] {
	return g.pool(x, k, stride, false)
}

func (g *Graph[T]) pool(x *Var[T], k, stride int, isMax bool) *Var[T] {
	bn, c, h, wd := x.Val.Shape[0], x.Val.Shape[1], x.Val.Shape[2], x.Val.Shape[3]
	oh, ow := (h-k)/stride+1, (wd-k)/stride+1
	y := New[T](bn, c, oh, ow)
	var arg []int
	if isMax {
		arg = make([]int, y.Len())
	}
	inv := 1 / float64(k*k)
	if isMax && k == 2 && stride == 2 {
		maxPool2x2(x.Val.Data, y.Data, arg, bn*c, h, wd, oh, ow)
	}
	for plane := 0; plane < bn*c && isMax && !(k == 2 && stride == 2); plane++ {
		src := x.Val.Data[plane*h*wd:]
		for yy := 0; yy < oh; yy++ {
			for xx := 0; xx < ow; xx++ {
				// Comparing in T picks the same element as comparing in float64: the
				// conversion is exact and monotone.
				best, bi := T(math.Inf(-1)), -1
				for ki := 0; ki < k; ki++ {
					row := src[(yy*stride+ki)*wd+xx*stride:][:k]
					for kj, v := range row {
						if v > best {
							best, bi = v, (yy*stride+ki)*wd+xx*stride+kj
						}
					}
				}
				o := (plane*oh+yy)*ow + xx
				y.Data[o], arg[o] = best, plane*h*wd+bi
			}
		}
	}
	for plane := 0; plane < bn*c && !isMax; plane++ {
		src := x.Val.Data[plane*h*wd:]
		for yy := 0; yy < oh; yy++ {
			for xx := 0; xx < ow; xx++ {
				var sum float64
				for ki := 0; ki < k; ki++ {
					for _, v := range src[(yy*stride+ki)*wd+xx*stride:][:k] {
						sum += float64(v)
					}
				}
				y.Data[(plane*oh+yy)*ow+xx] = T(sum * inv)
			}
		}
	}
	if isMax && g.ties != nil {
		poolTies(g.ties, x.Val.Data, arg, bn*c, h, wd, oh, ow, k, stride)
	}
	res := g.result(y, x)
	g.onBackward(res, func() {
		dx, dy := x.grad(), res.grad()
		for plane := 0; plane < bn*c; plane++ {
			for yy := 0; yy < oh; yy++ {
				for xx := 0; xx < ow; xx++ {
					o := (plane*oh+yy)*ow + xx
					if isMax {
						dx[arg[o]] += dy[o]
						continue
					}
					d := T(float64(dy[o]) * inv)
					for ki := 0; ki < k; ki++ {
						for kj := 0; kj < k; kj++ {
							dx[plane*h*wd+(yy*stride+ki)*wd+xx*stride+kj] += d
						}
					}
				}
			}
		}
	})
	return res
}

// maxPool2x2 is MaxPool2D's common 2x2, stride-2 case written so the compiler can use
// conditional moves: the window's maximum changes with the data, and a branch on it
// mispredicts often. Ties still go to the first element in row-major order.
func maxPool2x2[T Float](x, y []T, arg []int, planes, h, wd, oh, ow int) {
	if x32, ok := any(x).([]float32); ok { // SIMD where the CPU has it, the same results
		y32 := any(y).([]float32)
		for plane := 0; plane < planes; plane++ {
			base := plane * h * wd
			for yy := 0; yy < oh; yy++ {
				o := (plane*oh + yy) * ow
				numeric.MaxPool2x2Row(x32[base+2*yy*wd:], x32[base+(2*yy+1)*wd:], y32[o:o+ow], arg[o:o+ow], base+2*yy*wd, wd)
			}
		}
		return
	}
	for plane := 0; plane < planes; plane++ {
		base := plane * h * wd
		for yy := 0; yy < oh; yy++ {
			r0 := x[base+2*yy*wd:][:2*ow]
			r1 := x[base+(2*yy+1)*wd:][:2*ow]
			yo := y[(plane*oh+yy)*ow:][:ow]
			ao := arg[(plane*oh+yy)*ow:][:ow]
			for xx := range yo {
				i0 := base + 2*yy*wd + 2*xx
				// Starting from -Inf as the general loop does keeps its answer for
				// NaN windows too.
				best, bi := T(math.Inf(-1)), -1
				if v := r0[2*xx]; v > best {
					best, bi = v, i0
				}
				if v := r0[2*xx+1]; v > best {
					best, bi = v, i0+1
				}
				if v := r1[2*xx]; v > best {
					best, bi = v, i0+wd
				}
				if v := r1[2*xx+1]; v > best {
					best, bi = v, i0+wd+1
				}
				yo[xx], ao[xx] = best, bi
			}
		}
	}
}
