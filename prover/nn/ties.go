package nn

import (
	"math"
	"slices"
)

// Ties finds and re-decides the near-ties of a graph's discrete decisions: which input of a
// max-pool window is the maximum, and whether a ReLU input is positive. Two honest kernels whose
// forward values differ by rounding can decide such a tie differently (a PyTorch CNN and ovig's
// replay did, at one window in 50,176), and the gradient then moves far beyond rounding noise:
// a whole pooled gradient value goes to a neighbour. A verifier with a Ties on its graph records
// the decisions that rounding could have flipped (Found) and can replay the backward pass with
// some of them decided the other way (Flip). Forward values never change: only the gradient's
// route does, so the identity of every decision is stable across replays.
//
// A decision is near-tied when another kernel's rounding could flip it: a max-pool window whose
// two largest inputs differ by more than 0 and at most PoolRel times the maximum (a live window:
// maximum > 0), or a ReLU input x ≠ 0 with |x| at most ReLURel times the largest |x| of its
// tensor. Exact ties are not recorded: equal values come from equal operands (the constant
// background of an image), which every kernel computes alike and breaks alike (first element).
type Ties struct {
	PoolRel, ReLURel float64
	// Found lists the near-ties the graph met, in the order of its ops (only with Record).
	Found []Tie
	// Record makes the graph fill Found.
	Record bool
	// Flip has the decisions to take the other way: a max-pool window's gradient goes to the
	// largest of its other inputs, a ReLU's derivative is toggled. Any decision may be named
	// (tests flip ones that are not ties); a verifier names only Found ones.
	Flip map[Tie]bool
	op   int
}

// Tie names one decision: the graph's op (counted over max-pools and ReLUs in the order they
// run) and the element (a max-pool's output index, a ReLU's input index).
type Tie struct {
	Op, Index int
}

func (ts *Ties) nextOp() int {
	ts.op++
	return ts.op - 1
}

// WithTies makes g record or flip decisions through ts (nil: none).
func (g *Graph[T]) WithTies(ts *Ties) *Graph[T] {
	g.ties = ts
	return g
}

// poolTies records the near-tied windows of a max-pool and re-routes the flipped ones: arg
// holds the chosen input index of each output element, src the pool's input.
func poolTies[T Float](ts *Ties, src []T, arg []int, planes, h, wd, oh, ow, k, stride int) {
	op := ts.nextOp()
	if !ts.Record && len(ts.Flip) == 0 {
		return
	}
	for plane := range planes {
		base := plane * h * wd
		for yy := range oh {
			for xx := range ow {
				o := (plane*oh+yy)*ow + xx
				flip := ts.Flip[Tie{op, o}]
				if !ts.Record && !flip {
					continue
				}
				best := float64(src[arg[o]])
				second, si := math.Inf(-1), -1
				for ki := range k {
					for kj := range k {
						i := base + (yy*stride+ki)*wd + xx*stride + kj
						if i == arg[o] {
							continue
						}
						if v := float64(src[i]); v > second {
							second, si = v, i
						}
					}
				}
				if ts.Record && best > 0 && best-second > 0 && best-second <= ts.PoolRel*best {
					ts.Found = append(ts.Found, Tie{op, o})
				}
				if flip && si >= 0 {
					arg[o] = si
				}
			}
		}
	}
}

// reluTies records the near-zero inputs of a ReLU and returns the flipped ones (nil if none).
func reluTies[T Float](ts *Ties, x []T) map[int]bool {
	op := ts.nextOp()
	if ts.Record {
		top := 0.0
		for _, v := range x {
			top = max(top, math.Abs(float64(v)))
		}
		for i, v := range x {
			if a := math.Abs(float64(v)); a > 0 && a <= ts.ReLURel*top {
				ts.Found = append(ts.Found, Tie{op, i})
			}
		}
	}
	var out map[int]bool
	for t := range ts.Flip {
		if t.Op == op && t.Index >= 0 && t.Index < len(x) {
			if out == nil {
				out = map[int]bool{}
			}
			out[t.Index] = true
		}
	}
	return out
}

// SortTies orders ties by op and index (map iteration order must never reach a result).
func SortTies(ts []Tie) {
	slices.SortFunc(ts, func(a, b Tie) int {
		if a.Op != b.Op {
			return a.Op - b.Op
		}
		return a.Index - b.Index
	})
}
