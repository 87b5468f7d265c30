package workload

import (
	"fmt"
	"math"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric/detmath"
)

// ddpm is a denoiser trained with the DDPM objective (Ho et al. 2020): predict the
// noise eps of x_t = sqrt(abar_t)·x0 + sqrt(1-abar_t)·eps from x_t and a sinusoidal
// embedding of t, with a linear beta schedule from 1e-4 to 0.02 over noise_steps. The
// network is an MLP: Linear(side²+temb→hidden) → SiLU → Linear(hidden→hidden) → SiLU →
// Linear(hidden→side²), on digits average-pooled to side×side and scaled to [-1,1].
type ddpm struct {
	train, test               *data.Images
	seed                      uint64
	side, hidden, temb, steps int
	abar                      []float64
}

func buildDDPM(arch map[string]float64, src *data.Sources, seed uint64) (model, error) {
	m := &ddpm{seed: seed}
	var err error
	if m.side, err = dim(arch, "side", 14, 28); err != nil {
		return nil, err
	}
	if 28%m.side != 0 {
		return nil, fmt.Errorf("architecture side=%d must divide 28", m.side)
	}
	if m.hidden, err = dim(arch, "hidden", 1, 4096); err != nil {
		return nil, err
	}
	if m.temb, err = dim(arch, "temb", 2, 1024); err != nil {
		return nil, err
	}
	if m.temb%2 != 0 {
		return nil, fmt.Errorf("architecture temb=%d must be even", m.temb)
	}
	if m.steps, err = dim(arch, "noise_steps", 2, 10000); err != nil {
		return nil, err
	}
	if m.train, m.test, err = src.Digits(); err != nil {
		return nil, err
	}
	m.abar = make([]float64, m.steps)
	prod := 1.0
	for t := range m.abar {
		beta := 1e-4 + (0.02-1e-4)*float64(t)/float64(m.steps-1)
		prod *= 1 - beta
		m.abar[t] = prod
	}
	return m, nil
}

func (m *ddpm) trainLen() int { return m.train.Len() }
func (m *ddpm) evalLen() int  { return min(m.test.Len(), 2000) }

// trainExamples commits to the original 28×28 digits (the data that ships); pooling is
// part of the model.
func (m *ddpm) trainExamples() [][]byte { return m.train.Examples() }

// batch draws each sample's noise level and noise from (seed, step, dataset index), so
// dropping a sample leaves the others unchanged; test batches use step 0 of a separate
// stream.
func (m *ddpm) batch(idx []int, test bool, step uint64) *Batch {
	src, domain := m.train, "ovig/ddpm/noise"
	if test {
		src, domain = m.test, "ovig/ddpm/eval"
	}
	w := m.side * m.side
	f := 28 / m.side
	b := &Batch{Indices: idx, Width: w, X: make([]float32, len(idx)*w), Noise: make([]float32, len(idx)*w), Times: make([]int, len(idx))}
	for i, k := range idx {
		img := src.Image(k)
		for y := 0; y < m.side; y++ {
			for x := 0; x < m.side; x++ {
				var s int
				for dy := 0; dy < f; dy++ {
					for dx := 0; dx < f; dx++ {
						s += int(img[(y*f+dy)*28+x*f+dx])
					}
				}
				b.X[i*w+y*m.side+x] = float32(2*float64(s)/float64(255*f*f) - 1)
			}
		}
		r := data.NewRand(domain, m.seed, step, uint64(k))
		b.Times[i] = r.Intn(m.steps)
		for j := 0; j < w; j++ {
			b.Noise[i*w+j] = float32(r.Normal())
		}
	}
	return b
}

func (m *ddpm) params() []paramSpec {
	in, h, w := m.side*m.side+m.temb, m.hidden, m.side*m.side
	return []paramSpec{
		{name: "fc1.bias", shape: []int{h}},
		{name: "fc1.weight", shape: []int{in, h}, std: math.Sqrt(2 / float64(in))},
		{name: "fc2.bias", shape: []int{h}},
		{name: "fc2.weight", shape: []int{h, h}, std: math.Sqrt(2 / float64(h))},
		{name: "out.bias", shape: []int{w}},
		{name: "out.weight", shape: []int{h, w}, std: math.Sqrt(1 / float64(h))},
	}
}

func (m *ddpm) loss(g *nn.Graph[float32], ps map[string]*nn.Var[float32], b *Batch) (*nn.Var[float32], *nn.Var[float32], error) {
	n, w := b.Len(), m.side*m.side
	if b.Width != w || len(b.X) != n*w || len(b.Noise) != n*w || len(b.Times) != n {
		return nil, nil, fmt.Errorf("batch of %d samples has %d pixels, %d noise values, %d times", n, len(b.X), len(b.Noise), len(b.Times))
	}
	in := w + m.temb
	x := nn.New[float32](n, in)
	for i := 0; i < n; i++ {
		t := b.Times[i]
		if t < 0 || t >= m.steps {
			return nil, nil, fmt.Errorf("batch sample %d: noise level %d outside [0,%d)", i, t, m.steps)
		}
		sa, sb := math.Sqrt(m.abar[t]), math.Sqrt(1-m.abar[t])
		row := x.Data[i*in : (i+1)*in]
		for j := 0; j < w; j++ {
			row[j] = float32(float64(sa*float64(b.X[i*w+j])) + float64(sb*float64(b.Noise[i*w+j])))
		}
		half := m.temb / 2
		for k := 0; k < half; k++ {
			freq := detmath.Exp(-detmath.Log(10000) * float64(k) / float64(half))
			row[w+k] = float32(detmath.Sin(float64(t) * freq))
			row[w+half+k] = float32(detmath.Cos(float64(t) * freq))
		}
	}
	h := g.SiLU(g.Linear(g.Input(x), ps["fc1.weight"], ps["fc1.bias"]))
	h = g.SiLU(g.Linear(h, ps["fc2.weight"], ps["fc2.bias"]))
	out := g.Linear(h, ps["out.weight"], ps["out.bias"])
	return g.MSE(out, nn.FromData(b.Noise, n, w)), nil, nil
}
