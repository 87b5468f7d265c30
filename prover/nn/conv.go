package nn

import (
	"fmt"
	"math"
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
	p := bn * oh * ow
	cols := make([]T, p*ckk)
	// im2col: one row per output pixel, columns ordered (channel, ki, kj).
	xd := x.Val.Data
	for bi := 0; bi < bn; bi++ {
		for y := 0; y < oh; y++ {
			for xx := 0; xx < ow; xx++ {
				row := cols[((bi*oh+y)*ow+xx)*ckk:][:ckk]
				ix0 := xx*s.Stride - s.Pad
				for ci := 0; ci < c; ci++ {
					plane := xd[(bi*c+ci)*h*wd:][:h*wd]
					for ki := 0; ki < s.KH; ki++ {
						iy := y*s.Stride - s.Pad + ki
						if iy < 0 || iy >= h {
							continue // padding: cols is zero
						}
						src := plane[iy*wd:][:wd]
						dst := row[(ci*s.KH+ki)*s.KW:][:s.KW]
						if ix0 >= 0 && ix0+s.KW <= wd {
							if s.KW == 3 { // the workloads' kernel: no call to copy
								w3 := src[ix0 : ix0+3]
								dst[0], dst[1], dst[2] = w3[0], w3[1], w3[2]
							} else {
								copy(dst, src[ix0:])
							}
							continue
						}
						for kj := range dst {
							if ix := ix0 + kj; uint(ix) < uint(wd) {
								dst[kj] = src[ix]
							}
						}
					}
				}
			}
		}
	}
	out2 := make([]T, p*oc)
	g.gemm(false, true, p, oc, ckk, cols, w.Val.Data, out2)
	y := New[T](bn, oc, oh, ow)
	ohw := oh * ow
	for bi := 0; bi < bn; bi++ {
		for o := 0; o < oc; o++ {
			dst := y.Data[(bi*oc+o)*ohw:][:ohw]
			src := out2[bi*ohw*oc+o:]
			if b != nil {
				bo := b.Val.Data[o]
				for q := range dst {
					dst[q] = src[q*oc] + bo
				}
			} else {
				for q := range dst {
					dst[q] = src[q*oc]
				}
			}
		}
	}
	res := g.result(y, x, w, b)
	g.onBackward(res, func() {
		dy := res.grad()
		d2 := make([]T, p*oc)
		for bi := 0; bi < bn; bi++ {
			for o := 0; o < oc; o++ {
				src := dy[(bi*oc+o)*ohw:][:ohw]
				dst := d2[bi*ohw*oc+o:]
				for q, v := range src {
					dst[q*oc] = v
				}
			}
		}
		if w.needGrad {
			dw := make([]T, oc*ckk)
			g.gemm(true, false, oc, ckk, p, d2, cols, dw)
			addInto(w.grad(), dw)
		}
		if b != nil && b.needGrad {
			g.colSumInto(b.grad(), d2, p, oc)
		}
		if x.needGrad {
			dcols := make([]T, p*ckk)
			g.gemm(false, false, p, ckk, oc, d2, w.Val.Data, dcols)
			dx := x.grad()
			// col2im: the same loop order as before, so every input pixel sums its
			// contributions in the same order.
			for bi := 0; bi < bn; bi++ {
				for yy := 0; yy < oh; yy++ {
					for xx := 0; xx < ow; xx++ {
						row := dcols[((bi*oh+yy)*ow+xx)*ckk:][:ckk]
						ix0 := xx*s.Stride - s.Pad
						for ci := 0; ci < c; ci++ {
							plane := dx[(bi*c+ci)*h*wd:][:h*wd]
							for ki := 0; ki < s.KH; ki++ {
								iy := yy*s.Stride - s.Pad + ki
								if iy < 0 || iy >= h {
									continue
								}
								dst := plane[iy*wd:][:wd]
								src := row[(ci*s.KH+ki)*s.KW:][:s.KW]
								if ix0 >= 0 && ix0+s.KW <= wd {
									d := dst[ix0 : ix0+s.KW]
									for kj, v := range src {
										d[kj] += v
									}
									continue
								}
								for kj, v := range src {
									if ix := ix0 + kj; uint(ix) < uint(wd) {
										dst[ix] += v
									}
								}
							}
						}
					}
				}
			}
		}
	})
	return res
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
