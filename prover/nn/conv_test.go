package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ovig/ovig/prover/numeric"
)

// TestConv2DMatchesReference: the transposed-column Conv2D gives the bits of the
// row-per-pixel reference, forward and backward (gradients accumulating onto nonzero
// buffers), for several shapes, strides, paddings and profiles.
func TestConv2DMatchesReference(t *testing.T) {
	specs := []struct {
		bn, c, h, w, oc int
		s               ConvSpec
	}{
		{2, 3, 7, 6, 5, ConvSpec{KH: 3, KW: 3, Stride: 1, Pad: 1}},
		{3, 1, 28, 28, 8, ConvSpec{KH: 3, KW: 3, Stride: 1, Pad: 1}},
		{1, 2, 7, 6, 2, ConvSpec{KH: 3, KW: 2, Stride: 2}},
		{2, 2, 9, 11, 3, ConvSpec{KH: 5, KW: 5, Stride: 2, Pad: 2}},
		{2, 4, 5, 5, 7, ConvSpec{KH: 3, KW: 3, Stride: 1}},
		{1, 3, 4, 3, 2, ConvSpec{KH: 1, KW: 1, Stride: 1}},
		{2, 2, 3, 3, 3, ConvSpec{KH: 3, KW: 3, Stride: 3, Pad: 2}},
	}
	profiles := []numeric.Profile{numeric.Default(), {Order: numeric.Lanes, N: 8, FMA: true, ColSum: numeric.ColF32Lanes8},
		{ColSum: numeric.ColF32Pairwise}, {Operand: numeric.BF16}}
	r := rand.New(rand.NewPCG(9, 9))
	rnd := func(shape ...int) *Tensor[float32] {
		t := New[float32](shape...)
		for i := range t.Data {
			t.Data[i] = float32(r.NormFloat64())
		}
		return t
	}
	for _, sp := range specs {
		ckk := sp.c * sp.s.KH * sp.s.KW
		x, w, b := rnd(sp.bn, sp.c, sp.h, sp.w), rnd(sp.oc, ckk), rnd(sp.oc)
		gx, gw, gb := rnd(x.Shape...), rnd(w.Shape...), rnd(b.Shape...)
		oh, ow := sp.s.outSize(sp.h, sp.w)
		dy := rnd(sp.bn, sp.oc, oh, ow)
		for _, p := range profiles {
			run := func(conv func(g *Graph[float32], x, w, b *Var[float32]) *Var[float32]) [][]float32 {
				g := NewProfileGraph(p)
				vx, vw, vb := g.Param(x, gx.Clone()), g.Param(w, gw.Clone()), g.Param(b, gb.Clone())
				y := conv(g, vx, vw, vb)
				y.Grad = dy.Clone()
				for i := len(g.back) - 1; i >= 0; i-- {
					g.back[i]()
				}
				return [][]float32{y.Val.Data, vx.Grad.Data, vw.Grad.Data, vb.Grad.Data}
			}
			got := run(func(g *Graph[float32], x, w, b *Var[float32]) *Var[float32] { return g.Conv2D(x, w, b, sp.s) })
			want := run(func(g *Graph[float32], x, w, b *Var[float32]) *Var[float32] { return convRef(g, x, w, b, sp.s) })
			for i, name := range []string{"y", "dx", "dw", "db"} {
				for j := range want[i] {
					if math.Float32bits(got[i][j]) != math.Float32bits(want[i][j]) {
						t.Fatalf("%+v under %s: %s[%d] = %v, reference %v", sp, p, name, j, got[i][j], want[i][j])
					}
				}
			}
		}
	}
}

// convRef is Conv2D as it was with one im2col row per output pixel: the reference whose
// bits the transposed layout must reproduce.
func convRef[T Float](g *Graph[T], x, w, b *Var[T], s ConvSpec) *Var[T] {
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
