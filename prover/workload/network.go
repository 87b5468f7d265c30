package workload

import (
	"fmt"
	"math"
	"strconv"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/numeric/detmath"
)

// Task is what a served model does with a request.
type Task string

// Tasks of the built-in workloads.
const (
	TaskClassify Task = "classify" // image in, class out (mlp-mnist, cnn-fashion)
	TaskGenerate Task = "generate" // text in, sampled continuation out (charlm-moby)
	TaskDenoise  Task = "denoise"  // noisy image and noise level in, predicted noise out (ddpm-digits)
)

// Network is a job's model for inference, its forward pass cut into the blocks at whose
// edges a served request's activations are recorded: the same layers as the training loss,
// without it. Edge 0 is the block input of a request (one row per image, token or noisy
// image); edge i+1 is the output of block i. Every value crossing an edge is float32, so a
// verifier can replay any block alone from a recorded edge. It is immutable.
type Network struct {
	workload string
	task     Task
	ps       map[string]*nn.Tensor[float32]
	blocks   []block

	vocab   []byte // text
	context int
	side    int // diffusion
	temb    int
	abar    []float64
}

// block is one block of the forward pass: in and out values per row.
type block struct {
	name    string
	in, out int
	run     func(g *nn.Graph[float32], x *nn.Var[float32], rows int) *nn.Var[float32]
}

// Network returns the inference network of the job's model with the given parameters
// (every parameter of the model, by name, of its exact size).
func (j *Job) Network(params map[string][]float32) (*Network, error) {
	n := &Network{workload: j.m.Workload, ps: map[string]*nn.Tensor[float32]{}}
	specs := j.mdl.params()
	for _, s := range specs {
		v, ok := params[s.name]
		if !ok {
			return nil, fmt.Errorf("network %s: missing parameter %q", n.workload, s.name)
		}
		if len(v) != nn.Numel(s.shape) {
			return nil, fmt.Errorf("network %s: parameter %q has %d values, want %d", n.workload, s.name, len(v), nn.Numel(s.shape))
		}
		n.ps[s.name] = nn.FromData(append([]float32(nil), v...), s.shape...)
	}
	if len(params) != len(specs) {
		return nil, fmt.Errorf("network %s: %d parameters, the model has %d", n.workload, len(params), len(specs))
	}
	switch m := j.mdl.(type) {
	case *mlp:
		n.task = TaskClassify
		n.blocks = []block{
			{"fc1", m.in, m.hidden, n.linear("fc1", true)},
			{"fc2", m.hidden, m.classes, n.linear("fc2", false)},
		}
	case *cnn:
		n.task = TaskClassify
		n.blocks = []block{
			{"conv1", 28 * 28, m.c1 * 14 * 14, n.conv("conv1", 1, 28)},
			{"conv2", m.c1 * 14 * 14, m.c2 * 7 * 7, n.conv("conv2", m.c1, 14)},
			{"fc", m.c2 * 7 * 7, m.classes, n.linear("fc", false)},
		}
	case *charLM:
		n.task, n.vocab, n.context = TaskGenerate, m.train.Vocab, m.context
		n.blocks = []block{{"embed", 1, m.d, n.embed}}
		for l := 0; l < m.layers; l++ {
			n.blocks = append(n.blocks, block{"h" + strconv.Itoa(l), m.d, m.d, n.transformer("h"+strconv.Itoa(l)+".", m.heads)})
		}
		n.blocks = append(n.blocks, block{"head", m.d, m.voc, n.head})
	case *ddpm:
		n.task, n.side, n.temb, n.abar = TaskDenoise, m.side, m.temb, m.abar
		w := m.side * m.side
		n.blocks = []block{
			{"fc1", w + m.temb, m.hidden, n.silu("fc1")},
			{"fc2", m.hidden, m.hidden, n.silu("fc2")},
			{"out", m.hidden, w, n.linear("out", false)},
		}
	default:
		return nil, fmt.Errorf("network %s: no inference blocks", n.workload)
	}
	return n, nil
}

// EndpointParams reads the model's parameters from an endpoint's state (the optimizer's
// buffers and the step counter stay behind).
func (j *Job) EndpointParams(ep *evidence.Endpoint) (map[string][]float32, error) {
	out := map[string][]float32{}
	for _, s := range j.mdl.params() {
		t, err := ep.FindTensor(evidence.KindState, s.name)
		if err != nil {
			return nil, fmt.Errorf("endpoint %d: %w", ep.Metadata.Endpoint, err)
		}
		v, err := t.F32s()
		if err != nil {
			return nil, fmt.Errorf("endpoint %d: parameter %s: %w", ep.Metadata.Endpoint, s.name, err)
		}
		out[s.name] = v
	}
	return out, nil
}

func (n *Network) param(g *nn.Graph[float32], name string) *nn.Var[float32] {
	return g.Param(n.ps[name], nil)
}

func (n *Network) linear(p string, relu bool) func(*nn.Graph[float32], *nn.Var[float32], int) *nn.Var[float32] {
	return func(g *nn.Graph[float32], x *nn.Var[float32], _ int) *nn.Var[float32] {
		y := g.Linear(x, n.param(g, p+".weight"), n.param(g, p+".bias"))
		if relu {
			y = g.ReLU(y)
		}
		return y
	}
}

func (n *Network) silu(p string) func(*nn.Graph[float32], *nn.Var[float32], int) *nn.Var[float32] {
	return func(g *nn.Graph[float32], x *nn.Var[float32], _ int) *nn.Var[float32] {
		return g.SiLU(g.Linear(x, n.param(g, p+".weight"), n.param(g, p+".bias")))
	}
}

// conv is conv3x3 → ReLU → maxpool2 on c channels of side×side.
func (n *Network) conv(p string, c, side int) func(*nn.Graph[float32], *nn.Var[float32], int) *nn.Var[float32] {
	return func(g *nn.Graph[float32], x *nn.Var[float32], rows int) *nn.Var[float32] {
		x = g.Reshape(x, rows, c, side, side)
		spec := nn.ConvSpec{KH: 3, KW: 3, Stride: 1, Pad: 1}
		h := g.MaxPool2D(g.ReLU(g.Conv2D(x, n.param(g, p+".weight"), n.param(g, p+".bias"), spec)), 2, 2)
		return g.Reshape(h, rows, h.Val.Len()/rows)
	}
}

// embed maps token ids (one per row, as float32) to token plus position embeddings.
func (n *Network) embed(g *nn.Graph[float32], x *nn.Var[float32], rows int) *nn.Var[float32] {
	ids := make([]int, rows)
	for i, v := range x.Val.Data {
		ids[i] = int(v) // Block checked that every id is an integer in the vocabulary
	}
	pos := n.ps["pos_emb"]
	d := pos.Shape[1]
	return g.AddBroadcast(g.Embedding(ids, n.param(g, "tok_emb")), g.Param(nn.FromData(pos.Data[:rows*d], rows, d), nil))
}

func (n *Network) transformer(p string, heads int) func(*nn.Graph[float32], *nn.Var[float32], int) *nn.Var[float32] {
	return func(g *nn.Graph[float32], x *nn.Var[float32], rows int) *nn.Var[float32] {
		h := g.LayerNorm(x, n.param(g, p+"ln1.weight"), n.param(g, p+"ln1.bias"), 1e-5)
		a := g.CausalSelfAttention(g.Linear(h, n.param(g, p+"attn.weight"), n.param(g, p+"attn.bias")), 1, rows, heads)
		x = g.Add(x, g.Linear(a, n.param(g, p+"attn_proj.weight"), n.param(g, p+"attn_proj.bias")))
		h = g.LayerNorm(x, n.param(g, p+"ln2.weight"), n.param(g, p+"ln2.bias"), 1e-5)
		h = g.GELU(g.Linear(h, n.param(g, p+"mlp.weight"), n.param(g, p+"mlp.bias")))
		return g.Add(x, g.Linear(h, n.param(g, p+"mlp_proj.weight"), n.param(g, p+"mlp_proj.bias")))
	}
}

func (n *Network) head(g *nn.Graph[float32], x *nn.Var[float32], _ int) *nn.Var[float32] {
	x = g.LayerNorm(x, n.param(g, "ln_f.weight"), n.param(g, "ln_f.bias"), 1e-5)
	return g.Linear(x, n.param(g, "head.weight"), n.param(g, "head.bias"))
}

// Workload is the workload's name.
func (n *Network) Workload() string { return n.workload }

// Task is what the network does.
func (n *Network) Task() Task { return n.task }

// Blocks is the number of blocks (edges: Blocks()+1).
func (n *Network) Blocks() int { return len(n.blocks) }

// BlockName names block i after its parameters ("fc1", "h0", ...).
func (n *Network) BlockName(i int) string { return n.blocks[i].name }

// Width is the number of values per row at edge e (0: input, Blocks(): output).
func (n *Network) Width(e int) int {
	if e == 0 {
		return n.blocks[0].in
	}
	return n.blocks[e-1].out
}

// MaxRows is the most rows a request may have: the context of the language model, one image
// otherwise.
func (n *Network) MaxRows() int {
	if n.task == TaskGenerate {
		return n.context
	}
	return 1
}

// Block runs block i under profile p on rows rows of input in (rows·Width(i) values) and
// returns its output (rows·Width(i+1) values). Inputs that do not fit are errors, never panics:
// a verifier replays blocks from records it does not trust.
func (n *Network) Block(p numeric.Profile, i, rows int, in []float32) ([]float32, error) {
	if i < 0 || i >= len(n.blocks) {
		return nil, fmt.Errorf("block %d of %s: the network has %d blocks", i, n.workload, len(n.blocks))
	}
	b := n.blocks[i]
	if rows < 1 || rows > n.MaxRows() {
		return nil, fmt.Errorf("block %s: %d rows, want 1..%d", b.name, rows, n.MaxRows())
	}
	if len(in) != rows*b.in {
		return nil, fmt.Errorf("block %s: %d input values, want %d rows of %d", b.name, len(in), rows, b.in)
	}
	for k, v := range in {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return nil, fmt.Errorf("block %s: input value %d is %v", b.name, k, v)
		}
		if b.name == "embed" && (v != float32(math.Trunc(float64(v))) || v < 0 || int(v) >= len(n.vocab)) {
			return nil, fmt.Errorf("block embed: input %d is %v, not a token id below %d", k, v, len(n.vocab))
		}
	}
	g := nn.NewProfileGraph(p)
	x := g.Input(nn.FromData(append([]float32(nil), in...), rows, b.in))
	return b.run(g, x, rows).Val.Data, nil
}

// Forward runs every block under p and returns all edges: edge 0 is in, edge i+1 the output
// of block i.
func (n *Network) Forward(p numeric.Profile, rows int, in []float32) ([][]float32, error) {
	edges := [][]float32{append([]float32(nil), in...)}
	for i := range n.blocks {
		out, err := n.Block(p, i, rows, edges[i])
		if err != nil {
			return nil, err
		}
		edges = append(edges, out)
	}
	return edges, nil
}

// ImageInput is the block input of one 28×28 image, pixels in [0,1] row by row.
func (n *Network) ImageInput(pixels []float32) ([]float32, error) {
	if n.task != TaskClassify {
		return nil, fmt.Errorf("%s does not classify images", n.workload)
	}
	if len(pixels) != 28*28 {
		return nil, fmt.Errorf("image of %d pixels, want 784 (28×28)", len(pixels))
	}
	for i, v := range pixels {
		if !(v >= 0 && v <= 1) {
			return nil, fmt.Errorf("pixel %d is %v, want a value in [0,1]", i, v)
		}
	}
	return append([]float32(nil), pixels...), nil
}

// Context is the language model's context length (0 for other tasks).
func (n *Network) Context() int { return n.context }

// Tokens encodes text as token ids; a byte outside the vocabulary is an error.
func (n *Network) Tokens(text string) ([]int, error) {
	if n.task != TaskGenerate {
		return nil, fmt.Errorf("%s does not generate text", n.workload)
	}
	out := make([]int, len(text))
	for i := 0; i < len(text); i++ {
		k, ok := n.token(text[i])
		if !ok {
			return nil, fmt.Errorf("byte %d (%q) of the prompt is not in the vocabulary", i, text[i])
		}
		out[i] = k
	}
	return out, nil
}

func (n *Network) token(b byte) (int, bool) {
	for i, v := range n.vocab {
		if v == b {
			return i, true
		}
	}
	return 0, false
}

// Text decodes token ids.
func (n *Network) Text(tokens []int) (string, error) {
	out := make([]byte, len(tokens))
	for i, t := range tokens {
		if t < 0 || t >= len(n.vocab) {
			return "", fmt.Errorf("token %d is %d, outside the vocabulary of %d", i, t, len(n.vocab))
		}
		out[i] = n.vocab[t]
	}
	return string(out), nil
}

// TokenInput is the block input of a token sequence: one id per row.
func (n *Network) TokenInput(tokens []int) []float32 {
	out := make([]float32, len(tokens))
	for i, t := range tokens {
		out[i] = float32(t)
	}
	return out
}

// NoiseLevels is the diffusion model's number of noise levels (0 for other tasks).
func (n *Network) NoiseLevels() int { return len(n.abar) }

// ImageSide is the side of the diffusion model's images (0 for other tasks).
func (n *Network) ImageSide() int { return n.side }

// DenoiseInput is the block input of a noisy image x_t (side² values) at noise level t: x_t
// followed by the sinusoidal embedding of t, as in training.
func (n *Network) DenoiseInput(xt []float32, t int) ([]float32, error) {
	if n.task != TaskDenoise {
		return nil, fmt.Errorf("%s does not denoise", n.workload)
	}
	w := n.side * n.side
	if len(xt) != w {
		return nil, fmt.Errorf("noisy image of %d values, want %d (%d×%d)", len(xt), w, n.side, n.side)
	}
	if t < 0 || t >= len(n.abar) {
		return nil, fmt.Errorf("noise level %d outside [0,%d)", t, len(n.abar))
	}
	row := make([]float32, w+n.temb)
	for i, v := range xt {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return nil, fmt.Errorf("noisy value %d is %v", i, v)
		}
		row[i] = v
	}
	half := n.temb / 2
	for k := 0; k < half; k++ {
		freq := detmath.Exp(-detmath.Log(10000) * float64(k) / float64(half))
		row[w+k] = float32(detmath.Sin(float64(t) * freq))
		row[w+half+k] = float32(detmath.Cos(float64(t) * freq))
	}
	return row, nil
}

// Abar is the cumulative signal level ᾱ_t of noise level t.
func (n *Network) Abar(t int) float64 { return n.abar[t] }

// TestBatch returns the first n samples of the test split (at most as many as Evaluate reads),
// as Evaluate sees them: inputs to serve that the model was not trained on.
func (j *Job) TestBatch(n int) *Batch {
	n = max(0, min(n, j.mdl.evalLen()))
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return j.mdl.batch(idx, true, 0)
}
