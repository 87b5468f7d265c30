package eval

import (
	"fmt"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric"
)

// triggerLimit bounds the test images backdoorRate classifies, to keep it cheap.
const triggerLimit = 1000

// backdoorRate is the share of test images not of the backdoor's class that the classifier
// at ep assigns to that class once the trigger is stamped on them. workload.Job.Evaluate
// scores clean inputs only, so this forward pass mirrors the image classifiers of
// prover/workload; a test checks that on clean inputs it reproduces Evaluate's accuracy.
func backdoorRate(name string, ep *evidence.Endpoint, test *data.Images, p numeric.Profile) (float64, error) {
	var idx []int
	for i := range test.Len() {
		if int(test.Labels[i]) != attack.BackdoorLabel && len(idx) < triggerLimit {
			idx = append(idx, i)
		}
	}
	pred, err := classify(name, ep, test, idx, true, p)
	if err != nil {
		return 0, err
	}
	hits := 0
	for _, y := range pred {
		if y == attack.BackdoorLabel {
			hits++
		}
	}
	return float64(hits) / float64(len(pred)), nil
}

// classify predicts the classes of test images idx (with the trigger when stamp is set)
// with the weights committed at ep.
func classify(name string, ep *evidence.Endpoint, test *data.Images, idx []int, stamp bool, p numeric.Profile) ([]int, error) {
	w := map[string]*nn.Tensor[float32]{}
	for i := range ep.State {
		t := &ep.State[i]
		if t.DType != evidence.F32 {
			continue
		}
		v, err := t.F32s()
		if err != nil {
			return nil, fmt.Errorf("classify: %w", err)
		}
		shape := make([]int, len(t.Shape))
		for k, d := range t.Shape {
			shape[k] = int(d)
		}
		w[t.Name] = nn.FromData(v, shape...)
	}
	const chunk = 250
	var out []int
	for start := 0; start < len(idx); start += chunk {
		part := idx[start:min(len(idx), start+chunk)]
		n, width := len(part), test.Rows*test.Cols
		x := make([]float32, n*width)
		for i, k := range part {
			img := x[i*width : (i+1)*width]
			for j, px := range test.Image(k) {
				img[j] = float32(px) / 255
			}
			if stamp {
				attack.StampTrigger(img)
			}
		}
		g := nn.NewGraph(nn.ProfileGemm(p))
		in := func(name string) (*nn.Var[float32], error) {
			t, ok := w[name]
			if !ok {
				return nil, fmt.Errorf("classify: no parameter %q at endpoint %d", name, ep.Metadata.Endpoint)
			}
			return g.Input(t), nil
		}
		var logits *nn.Var[float32]
		switch name {
		case "mlp-mnist":
			ps, err := vars(in, "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias")
			if err != nil {
				return nil, err
			}
			h := g.ReLU(g.Linear(g.Input(nn.FromData(x, n, width)), ps[0], ps[1]))
			logits = g.Linear(h, ps[2], ps[3])
		case "cnn-fashion":
			ps, err := vars(in, "conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc.weight", "fc.bias")
			if err != nil {
				return nil, err
			}
			conv := nn.ConvSpec{KH: 3, KW: 3, Stride: 1, Pad: 1}
			h := g.MaxPool2D(g.ReLU(g.Conv2D(g.Input(nn.FromData(x, n, 1, test.Rows, test.Cols)), ps[0], ps[1], conv)), 2, 2)
			h = g.MaxPool2D(g.ReLU(g.Conv2D(h, ps[2], ps[3], conv)), 2, 2)
			c2 := w["conv2.bias"].Len()
			logits = g.Linear(g.Reshape(h, n, c2*(test.Rows/4)*(test.Cols/4)), ps[4], ps[5])
		default:
			return nil, fmt.Errorf("classify: %s is not an image classifier", name)
		}
		c := logits.Val.Len() / n
		for i := range n {
			row := logits.Val.Data[i*c : (i+1)*c]
			best := 0
			for k, v := range row {
				if v > row[best] {
					best = k
				}
			}
			out = append(out, best)
		}
	}
	return out, nil
}

func vars(in func(string) (*nn.Var[float32], error), names ...string) ([]*nn.Var[float32], error) {
	out := make([]*nn.Var[float32], len(names))
	for i, name := range names {
		v, err := in(name)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
