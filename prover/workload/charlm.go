package workload

import (
	"fmt"
	"math"
	"strconv"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
)

// charLM is a GPT-style character model: token and position embeddings, pre-norm
// blocks of causal self-attention and a GELU MLP (4·d), a final LayerNorm and a linear
// head over the byte vocabulary of the text.
type charLM struct {
	train, test                    *data.Text
	layers, d, heads, context, voc int
}

func buildCharLM(arch map[string]float64, src *data.Sources, _ uint64) (model, error) {
	m := &charLM{}
	var err error
	if m.layers, err = dim(arch, "layers", 1, 16); err != nil {
		return nil, err
	}
	if m.d, err = dim(arch, "d", 8, 1024); err != nil {
		return nil, err
	}
	if m.heads, err = dim(arch, "heads", 1, 64); err != nil {
		return nil, err
	}
	if m.context, err = dim(arch, "context", 2, 1024); err != nil {
		return nil, err
	}
	if m.d%m.heads != 0 {
		return nil, fmt.Errorf("architecture d=%d not divisible by heads=%d", m.d, m.heads)
	}
	if m.train, m.test, err = src.MobyDick(m.context); err != nil {
		return nil, err
	}
	m.voc = len(m.train.Vocab)
	return m, nil
}

func (m *charLM) trainLen() int           { return m.train.Len() }
func (m *charLM) trainExamples() [][]byte { return m.train.Examples() }

// evalLen keeps evaluation to 256 windows (16k tokens): a forward pass over more costs
// as much as many training steps.
func (m *charLM) evalLen() int { return min(m.test.Len(), 256) }

func (m *charLM) batch(idx []int, test bool, _ uint64) *Batch {
	src := m.train
	if test {
		src = m.test
	}
	t := m.context
	b := &Batch{Indices: idx, Context: t, Tokens: make([]int, len(idx)*t), Targets: make([]int, len(idx)*t)}
	for i, k := range idx {
		w := src.Windows[k]
		for j := 0; j < t; j++ {
			// Every byte of the text is in the vocabulary (built from the whole text).
			b.Tokens[i*t+j], _ = src.Token(w[j])
			b.Targets[i*t+j], _ = src.Token(w[j+1])
		}
	}
	return b
}

func (m *charLM) params() []paramSpec {
	const std = 0.02
	d := m.d
	// Residual projections shrink with depth, as in GPT-2.
	proj := std / math.Sqrt(2*float64(m.layers))
	ps := []paramSpec{
		{name: "head.bias", shape: []int{m.voc}},
		{name: "head.weight", shape: []int{d, m.voc}, std: std},
		{name: "ln_f.bias", shape: []int{d}},
		{name: "ln_f.weight", shape: []int{d}, fill: 1},
		{name: "pos_emb", shape: []int{m.context, d}, std: std},
		{name: "tok_emb", shape: []int{m.voc, d}, std: std},
	}
	for l := 0; l < m.layers; l++ {
		p := "h" + strconv.Itoa(l) + "."
		ps = append(ps,
			paramSpec{name: p + "attn.bias", shape: []int{3 * d}},
			paramSpec{name: p + "attn.weight", shape: []int{d, 3 * d}, std: std},
			paramSpec{name: p + "attn_proj.bias", shape: []int{d}},
			paramSpec{name: p + "attn_proj.weight", shape: []int{d, d}, std: proj},
			paramSpec{name: p + "ln1.bias", shape: []int{d}},
			paramSpec{name: p + "ln1.weight", shape: []int{d}, fill: 1},
			paramSpec{name: p + "ln2.bias", shape: []int{d}},
			paramSpec{name: p + "ln2.weight", shape: []int{d}, fill: 1},
			paramSpec{name: p + "mlp.bias", shape: []int{4 * d}},
			paramSpec{name: p + "mlp.weight", shape: []int{d, 4 * d}, std: std},
			paramSpec{name: p + "mlp_proj.bias", shape: []int{d}},
			paramSpec{name: p + "mlp_proj.weight", shape: []int{4 * d, d}, std: proj},
		)
	}
	return ps
}

func (m *charLM) loss(g *nn.Graph[float32], ps map[string]*nn.Var[float32], b *Batch) (*nn.Var[float32], *nn.Var[float32], error) {
	n := b.Len()
	if b.Context != m.context || len(b.Tokens) != n*m.context || len(b.Targets) != n*m.context {
		return nil, nil, fmt.Errorf("batch of %d samples has %d tokens and %d targets for context %d", n, len(b.Tokens), len(b.Targets), b.Context)
	}
	for i := range b.Tokens {
		if b.Tokens[i] < 0 || b.Tokens[i] >= m.voc || b.Targets[i] < 0 || b.Targets[i] >= m.voc {
			return nil, nil, fmt.Errorf("batch token %d outside the vocabulary of %d", i, m.voc)
		}
	}
	x := g.AddBroadcast(g.Embedding(b.Tokens, ps["tok_emb"]), ps["pos_emb"])
	for l := 0; l < m.layers; l++ {
		p := "h" + strconv.Itoa(l) + "."
		h := g.LayerNorm(x, ps[p+"ln1.weight"], ps[p+"ln1.bias"], 1e-5)
		a := g.CausalSelfAttention(g.Linear(h, ps[p+"attn.weight"], ps[p+"attn.bias"]), n, m.context, m.heads)
		x = g.Add(x, g.Linear(a, ps[p+"attn_proj.weight"], ps[p+"attn_proj.bias"]))
		h = g.LayerNorm(x, ps[p+"ln2.weight"], ps[p+"ln2.bias"], 1e-5)
		h = g.GELU(g.Linear(h, ps[p+"mlp.weight"], ps[p+"mlp.bias"]))
		x = g.Add(x, g.Linear(h, ps[p+"mlp_proj.weight"], ps[p+"mlp_proj.bias"]))
	}
	x = g.LayerNorm(x, ps["ln_f.weight"], ps["ln_f.bias"], 1e-5)
	logits := g.Linear(x, ps["head.weight"], ps["head.bias"])
	return g.SoftmaxCrossEntropy(logits, b.Targets), nil, nil
}
