package optim

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/numeric/detmath"
)

// Param is one named parameter tensor with its gradient.
type Param struct {
	Name  string
	Shape []int64
	Val   []float32
	Grad  []float32
}

// Optimizer updates parameters from their gradients.
type Optimizer interface {
	// Reset sets zero state (no steps taken) for params.
	Reset(params []Param)
	// Update applies one step with learning rate lr to every parameter, in the arithmetic a
	// (numeric.Profile.Opt).
	Update(params []Param, lr float64, a numeric.Opt) error
	// State returns the optimizer's state as tensors named "<prefix>/<param>".
	State() ([]evidence.Tensor, error)
	// Load replaces the state from tensors (name -> tensor; others are ignored) for
	// params, which fix the expected names and sizes.
	Load(ts map[string]*evidence.Tensor, params []Param) error
	// Spec is the manifest's description of the optimizer.
	Spec() evidence.NamedParams
}

// New builds the optimizer a manifest names: "sgd" (params lr-independent: momentum,
// weight_decay) or "adamw" (beta1, beta2, eps, weight_decay).
func New(spec evidence.NamedParams) (Optimizer, error) {
	get := func(key string) (float64, error) {
		v, ok := spec.Params[key]
		if !ok {
			return 0, fmt.Errorf("optimizer %s: missing parameter %q", spec.Name, key)
		}
		return v, nil
	}
	var want []string
	var o Optimizer
	switch spec.Name {
	case "sgd":
		want = []string{"momentum", "weight_decay"}
		m, err := get("momentum")
		if err != nil {
			return nil, err
		}
		wd, err := get("weight_decay")
		if err != nil {
			return nil, err
		}
		if m < 0 || m >= 1 || wd < 0 {
			return nil, fmt.Errorf("optimizer sgd: momentum %g must be in [0,1), weight_decay %g >= 0", m, wd)
		}
		o = &SGD{Momentum: m, WeightDecay: wd}
	case "adamw":
		want = []string{"beta1", "beta2", "eps", "weight_decay"}
		var vals [4]float64
		for i, k := range want {
			v, err := get(k)
			if err != nil {
				return nil, err
			}
			vals[i] = v
		}
		if vals[0] < 0 || vals[0] >= 1 || vals[1] < 0 || vals[1] >= 1 || vals[2] <= 0 || vals[3] < 0 {
			return nil, fmt.Errorf("optimizer adamw: parameters %v out of range", spec.Params)
		}
		o = &AdamW{Beta1: vals[0], Beta2: vals[1], Eps: vals[2], WeightDecay: vals[3]}
	default:
		return nil, fmt.Errorf("unknown optimizer %q (want sgd or adamw)", spec.Name)
	}
	for k := range spec.Params {
		if !slices.Contains(want, k) {
			return nil, fmt.Errorf("optimizer %s: unknown parameter %q", spec.Name, k)
		}
	}
	return o, nil
}

// SGD is stochastic gradient descent with heavy-ball momentum and coupled L2 weight
// decay (PyTorch's torch.optim.SGD without dampening or Nesterov).
type SGD struct {
	Momentum, WeightDecay float64
	buf                   map[string][]float32
}

// Spec implements Optimizer.
func (o *SGD) Spec() evidence.NamedParams {
	return evidence.NamedParams{Name: "sgd", Params: map[string]float64{"momentum": o.Momentum, "weight_decay": o.WeightDecay}}
}

// Reset implements Optimizer.
func (o *SGD) Reset(params []Param) { o.buf = zeros(params) }

// Update implements Optimizer.
func (o *SGD) Update(params []Param, lr float64, a numeric.Opt) error {
	for _, p := range params {
		b := o.buf[p.Name]
		if len(p.Grad) != len(p.Val) || len(b) != len(p.Val) {
			return fmt.Errorf("sgd: parameter %s: %d values, %d gradients, %d momentum (Reset or Load first)", p.Name, len(p.Val), len(p.Grad), len(b))
		}
		val, grad := p.Val, p.Grad
		wd, mom := o.WeightDecay, o.Momentum
		if a == numeric.OptF32 {
			// torch.optim.SGD: d = grad.add(param, alpha=wd); buf.mul_(mom).add_(d);
			// param.add_(buf, alpha=-lr), each op in float32, the alpha-adds fused.
			wd32, mom32, nlr := float32(wd), float32(mom), float32(-lr)
			forChunks(len(val), func(i0, i1 int) {
				for i := i0; i < i1; i++ {
					d := grad[i]
					if wd != 0 {
						d = numeric.FMA32(val[i], wd32, d)
					}
					if mom != 0 {
						b[i] = float32(b[i]*mom32) + d
						d = b[i]
					}
					val[i] = numeric.FMA32(d, nlr, val[i])
				}
			})
			continue
		}
		k := &sgdConsts{wd: wd, mom: mom, lr: lr}
		forChunks(len(val), func(i0, i1 int) {
			if mom != 0 {
				sgd64(val[i0:i1], grad[i0:i1], b[i0:i1], k)
				return
			}
			for i := i0; i < i1; i++ {
				d := float64(grad[i]) + float64(wd*float64(val[i]))
				val[i] = float32(float64(val[i]) - float64(lr*d))
			}
		})
	}
	return nil
}

// sgdConsts are the float64 step's scalars, in the order the vector kernel reads them.
type sgdConsts struct{ wd, mom, lr float64 }

// sgd64Scalar is the reference float64 step with momentum.
func sgd64Scalar(val, grad, buf []float32, k *sgdConsts) {
	grad, buf = grad[:len(val)], buf[:len(val)]
	for i := range val {
		d := float64(grad[i]) + float64(k.wd*float64(val[i]))
		d += float64(k.mom * float64(buf[i]))
		buf[i] = float32(d)
		d = float64(buf[i]) // the stored (rounded) buffer drives the update, as on restore
		val[i] = float32(float64(val[i]) - float64(k.lr*d))
	}
}

// State implements Optimizer: "sgd.momentum/<param>".
func (o *SGD) State() ([]evidence.Tensor, error) {
	return moments(map[string]map[string][]float32{"sgd.momentum": o.buf})
}

// Load implements Optimizer.
func (o *SGD) Load(ts map[string]*evidence.Tensor, params []Param) error {
	buf, err := loadMoments(ts, "sgd.momentum", params)
	if err != nil {
		return err
	}
	o.buf = buf
	return nil
}

// AdamW is Adam with decoupled weight decay (Loshchilov and Hutter), bias-corrected as
// in PyTorch's torch.optim.AdamW.
type AdamW struct {
	Beta1, Beta2, Eps, WeightDecay float64
	t                              int64
	m, v                           map[string][]float32
}

// Spec implements Optimizer.
func (o *AdamW) Spec() evidence.NamedParams {
	return evidence.NamedParams{Name: "adamw", Params: map[string]float64{"beta1": o.Beta1, "beta2": o.Beta2, "eps": o.Eps, "weight_decay": o.WeightDecay}}
}

// Reset implements Optimizer.
func (o *AdamW) Reset(params []Param) { o.t, o.m, o.v = 0, zeros(params), zeros(params) }

// Update implements Optimizer.
func (o *AdamW) Update(params []Param, lr float64, a numeric.Opt) error {
	for _, p := range params {
		if n := len(p.Val); len(p.Grad) != n || len(o.m[p.Name]) != n || len(o.v[p.Name]) != n {
			return fmt.Errorf("adamw: parameter %s: %d values, %d gradients, moments %d/%d (Reset or Load first)", p.Name, n, len(p.Grad), len(o.m[p.Name]), len(o.v[p.Name]))
		}
	}
	o.t++
	c1 := 1 - detmath.Pow(o.Beta1, float64(o.t))
	c2 := 1 - detmath.Pow(o.Beta2, float64(o.t))
	b1, b2, eps := o.Beta1, o.Beta2, o.Eps
	ob1, ob2, decay := 1-b1, 1-b2, 1-float64(lr*o.WeightDecay)
	if a == numeric.OptF32 {
		o.update32(params, float32(b1), float32(b2), float32(ob1), float32(ob2), float32(decay),
			float32(-lr/c1), float32(math.Sqrt(c2)), float32(eps))
		return nil
	}
	k := &adamwConsts{b1: b1, ob1: ob1, b2: b2, ob2: ob2, decay: decay, lr: lr, c1: c1, c2: c2, eps: eps}
	for _, p := range params {
		m, v, val, grad := o.m[p.Name], o.v[p.Name], p.Val, p.Grad
		forChunks(len(val), func(i0, i1 int) {
			adamw64(val[i0:i1], grad[i0:i1], m[i0:i1], v[i0:i1], k)
		})
	}
	return nil
}

// adamwConsts are the float64 step's scalars, in the order the vector kernel reads them.
type adamwConsts struct {
	b1, ob1, b2, ob2, decay, lr, c1, c2, eps float64
}

// adamw64Scalar is the reference float64 AdamW step; the explicit conversions keep every
// product rounded on its own, so no architecture fuses it.
func adamw64Scalar(val, grad, m, v []float32, k *adamwConsts) {
	grad, m, v = grad[:len(val)], m[:len(val)], v[:len(val)]
	for i := range val {
		gf := float64(grad[i])
		m[i] = float32(float64(k.b1*float64(m[i])) + float64(k.ob1*gf))
		v[i] = float32(float64(k.b2*float64(v[i])) + float64(float64(k.ob2*gf)*gf))
		w := float64(float64(val[i]) * k.decay)
		w -= float64(k.lr*(float64(m[i])/k.c1)) / (math.Sqrt(float64(v[i])/k.c2) + k.eps)
		val[i] = float32(w)
	}
}

// update32 is torch.optim.AdamW's single-tensor step in float32 (scalars computed in
// float64 as Python does, then cast): param.mul_(1-lr*wd); m.mul_(b1).add_(g, alpha=1-b1);
// v.mul_(b2).addcmul_(g, g, value=1-b2); param.addcdiv_(m, v.sqrt()/sqrt(c2)+eps,
// value=-lr/c1).
func (o *AdamW) update32(params []Param, b1, b2, ob1, ob2, decay, step, c2sqrt, eps float32) {
	for _, p := range params {
		m, v, val, grad := o.m[p.Name], o.v[p.Name], p.Val, p.Grad
		forChunks(len(val), func(i0, i1 int) {
			for i := i0; i < i1; i++ {
				g := grad[i]
				w := float32(val[i] * decay)
				m[i] = numeric.FMA32(g, ob1, float32(m[i]*b1))
				v[i] = float32(v[i]*b2) + float32(float32(ob2*g)*g)
				den := float32(math.Sqrt(float64(v[i])))/c2sqrt + eps
				val[i] = w + float32(float32(step*m[i])/den)
			}
		})
	}
}

// State implements Optimizer: "adamw.m/<param>", "adamw.v/<param>" and the I64 step
// counter "adamw.t".
func (o *AdamW) State() ([]evidence.Tensor, error) {
	ts, err := moments(map[string]map[string][]float32{"adamw.m": o.m, "adamw.v": o.v})
	if err != nil {
		return nil, err
	}
	t, err := evidence.NewI64("adamw.t", []int64{1}, []int64{o.t})
	if err != nil {
		return nil, err
	}
	ts = append(ts, t)
	slices.SortFunc(ts, func(a, b evidence.Tensor) int { return strings.Compare(a.Name, b.Name) })
	return ts, nil
}

// Load implements Optimizer.
func (o *AdamW) Load(ts map[string]*evidence.Tensor, params []Param) error {
	tt, ok := ts["adamw.t"]
	if !ok {
		return fmt.Errorf("adamw state: missing tensor adamw.t")
	}
	tv, err := tt.I64s()
	if err != nil || len(tv) != 1 || tv[0] < 0 {
		return fmt.Errorf("adamw state: bad step counter adamw.t")
	}
	m, err := loadMoments(ts, "adamw.m", params)
	if err != nil {
		return err
	}
	v, err := loadMoments(ts, "adamw.v", params)
	if err != nil {
		return err
	}
	o.t, o.m, o.v = tv[0], m, v
	return nil
}

// moments encodes per-parameter buffers as F32 tensors "<prefix>/<param>".
func moments(sets map[string]map[string][]float32) ([]evidence.Tensor, error) {
	var out []evidence.Tensor
	for prefix, bufs := range sets {
		for name, b := range bufs {
			t, err := evidence.NewF32(prefix+"/"+name, []int64{int64(len(b))}, b)
			if err != nil {
				return nil, fmt.Errorf("optimizer state %s/%s: %w", prefix, name, err)
			}
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b evidence.Tensor) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

func zeros(params []Param) map[string][]float32 {
	out := make(map[string][]float32, len(params))
	for _, p := range params {
		out[p.Name] = make([]float32, len(p.Val))
	}
	return out
}

// loadMoments decodes the "<prefix>/<param>" buffer of every parameter.
func loadMoments(ts map[string]*evidence.Tensor, prefix string, params []Param) (map[string][]float32, error) {
	out := make(map[string][]float32)
	for _, p := range params {
		t, ok := ts[prefix+"/"+p.Name]
		if !ok {
			return nil, fmt.Errorf("optimizer state: missing tensor %s/%s", prefix, p.Name)
		}
		vals, err := t.F32s()
		if err != nil {
			return nil, fmt.Errorf("optimizer state: %w", err)
		}
		if len(vals) != len(p.Val) {
			return nil, fmt.Errorf("optimizer state %s/%s: %d values for a parameter of %d", prefix, p.Name, len(vals), len(p.Val))
		}
		out[p.Name] = vals
	}
	return out, nil
}

// forChunks runs f over [0,n) split into contiguous ranges on GOMAXPROCS
// goroutines when n is large. Every element is updated on its own, so the
// split never changes a bit.
func forChunks(n int, f func(i0, i1 int)) {
	w := runtime.GOMAXPROCS(0)
	if w <= 1 || n < 1<<15 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for t := 0; t < w; t++ {
		i0, i1 := t*n/w, (t+1)*n/w
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(i0, i1)
		}()
	}
	wg.Wait()
}
