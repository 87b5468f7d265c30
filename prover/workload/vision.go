package workload

import (
	"fmt"
	"math"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
)

// images is the data side of the image classifiers: pixels scaled to [0,1].
type images struct {
	train, test *data.Images
}

func (d images) trainLen() int           { return d.train.Len() }
func (d images) evalLen() int            { return min(d.test.Len(), 2000) }
func (d images) trainExamples() [][]byte { return d.train.Examples() }

func (d images) batch(idx []int, test bool, _ uint64) *Batch {
	src := d.train
	if test {
		src = d.test
	}
	w := src.Rows * src.Cols
	b := &Batch{Indices: idx, Width: w, X: make([]float32, len(idx)*w), Labels: make([]int, len(idx))}
	// A table of the 256 quotients instead of a division per pixel: the same values.
	var scale [256]float32
	for p := range scale {
		scale[p] = float32(p) / 255
	}
	for i, k := range idx {
		row := b.X[i*w:][:w]
		for j, p := range src.Image(k)[:w] {
			row[j] = scale[p]
		}
		b.Labels[i] = int(src.Labels[k])
	}
	return b
}

func dim(arch map[string]float64, key string, lo, hi int) (int, error) {
	v := arch[key]
	if v != math.Trunc(v) || v < float64(lo) || v > float64(hi) {
		return 0, fmt.Errorf("architecture %s=%v not an integer in [%d,%d]", key, v, lo, hi)
	}
	return int(v), nil
}

// mlp is Linear(784→hidden) → ReLU → Linear(hidden→classes) with softmax cross-entropy.
type mlp struct {
	images
	in, hidden, classes int
}

func buildMLP(arch map[string]float64, src *data.Sources, _ uint64) (model, error) {
	train, test, err := src.Digits()
	if err != nil {
		return nil, err
	}
	m := &mlp{images: images{train, test}}
	if m.hidden, err = dim(arch, "hidden", 1, 4096); err != nil {
		return nil, err
	}
	if m.in, err = dim(arch, "in", 784, 784); err != nil {
		return nil, err
	}
	if m.classes, err = dim(arch, "classes", 10, 10); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *mlp) params() []paramSpec {
	return []paramSpec{
		{name: "fc1.bias", shape: []int{m.hidden}},
		{name: "fc1.weight", shape: []int{m.in, m.hidden}, std: math.Sqrt(2 / float64(m.in))},
		{name: "fc2.bias", shape: []int{m.classes}},
		{name: "fc2.weight", shape: []int{m.hidden, m.classes}, std: math.Sqrt(1 / float64(m.hidden))},
	}
}

func (m *mlp) loss(g *nn.Graph[float32], ps map[string]*nn.Var[float32], b *Batch) (*nn.Var[float32], *nn.Var[float32], error) {
	if err := checkLabels(b, m.in, m.classes); err != nil {
		return nil, nil, err
	}
	x := g.Input(nn.FromData(b.X, b.Len(), m.in))
	h := g.ReLU(g.Linear(x, ps["fc1.weight"], ps["fc1.bias"]))
	logits := g.Linear(h, ps["fc2.weight"], ps["fc2.bias"])
	return g.SoftmaxCrossEntropy(logits, b.Labels), logits, nil
}

// checkLabels rejects a batch a hook left inconsistent, before nn panics on it.
func checkLabels(b *Batch, width, classes int) error {
	if b.Width != width || len(b.X) != b.Len()*width || len(b.Labels) != b.Len() {
		return fmt.Errorf("batch of %d samples has %d pixel values and %d labels", b.Len(), len(b.X), len(b.Labels))
	}
	for i, l := range b.Labels {
		if l < 0 || l >= classes {
			return fmt.Errorf("batch sample %d: label %d outside %d classes", i, l, classes)
		}
	}
	return nil
}

// cnn is conv3x3(1→c1) → ReLU → maxpool2 → conv3x3(c1→c2) → ReLU → maxpool2 →
// Linear(c2·7·7→classes) on 28×28 images.
type cnn struct {
	images
	c1, c2, classes int
}

func buildCNN(arch map[string]float64, src *data.Sources, _ uint64) (model, error) {
	train, test, err := src.Fashion()
	if err != nil {
		return nil, err
	}
	m := &cnn{images: images{train, test}}
	if m.c1, err = dim(arch, "c1", 1, 256); err != nil {
		return nil, err
	}
	if m.c2, err = dim(arch, "c2", 1, 256); err != nil {
		return nil, err
	}
	if m.classes, err = dim(arch, "classes", 10, 10); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *cnn) params() []paramSpec {
	flat := m.c2 * 7 * 7
	return []paramSpec{
		{name: "conv1.bias", shape: []int{m.c1}},
		{name: "conv1.weight", shape: []int{m.c1, 9}, std: math.Sqrt(2.0 / 9)},
		{name: "conv2.bias", shape: []int{m.c2}},
		{name: "conv2.weight", shape: []int{m.c2, m.c1 * 9}, std: math.Sqrt(2 / float64(m.c1*9))},
		{name: "fc.bias", shape: []int{m.classes}},
		{name: "fc.weight", shape: []int{flat, m.classes}, std: math.Sqrt(1 / float64(flat))},
	}
}

func (m *cnn) loss(g *nn.Graph[float32], ps map[string]*nn.Var[float32], b *Batch) (*nn.Var[float32], *nn.Var[float32], error) {
	if err := checkLabels(b, 28*28, m.classes); err != nil {
		return nil, nil, err
	}
	n := b.Len()
	conv := nn.ConvSpec{KH: 3, KW: 3, Stride: 1, Pad: 1}
	x := g.Input(nn.FromData(b.X, n, 1, 28, 28))
	h := g.MaxPool2D(g.ReLU(g.Conv2D(x, ps["conv1.weight"], ps["conv1.bias"], conv)), 2, 2)
	h = g.MaxPool2D(g.ReLU(g.Conv2D(h, ps["conv2.weight"], ps["conv2.bias"], conv)), 2, 2)
	logits := g.Linear(g.Reshape(h, n, m.c2*7*7), ps["fc.weight"], ps["fc.bias"])
	return g.SoftmaxCrossEntropy(logits, b.Labels), logits, nil
}
