package workload

import (
	"math"
	"testing"

	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/nn"
	"github.com/ovig/ovig/prover/numeric"
)

// TestNetworkIsTheTrainedModel checks that the inference blocks compute the classifiers'
// training logits bit for bit, chained through every edge, and that a block refuses input that
// does not fit instead of panicking.
func TestNetworkIsTheTrainedModel(t *testing.T) {
	src, err := data.Locate(".")
	if err != nil {
		t.Skip(err)
	}
	for _, name := range []string{"mlp-mnist", "cnn-fashion"} {
		m, err := NewManifest(name, src, Options{Steps: 2, Stride: 1, Seed: 4})
		if err != nil {
			t.Fatal(err)
		}
		j, err := Open(m, src)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := j.Init()
		if err != nil {
			t.Fatal(err)
		}
		p := numeric.Profile{Order: numeric.Lanes, N: 8, FMA: true}
		if _, err := tr.Train(p, 2, nil); err != nil {
			t.Fatal(err)
		}
		ep, err := tr.Capture(p, 2)
		if err != nil {
			t.Fatal(err)
		}
		params, err := j.EndpointParams(ep)
		if err != nil {
			t.Fatal(err)
		}
		net, err := j.Network(params)
		if err != nil {
			t.Fatal(err)
		}
		b := j.TestBatch(3)
		g := nn.NewProfileGraph(p)
		ps := map[string]*nn.Var[float32]{}
		for n, v := range net.ps {
			ps[n] = g.Param(v, nil)
		}
		_, logits, err := j.mdl.loss(g, ps, b)
		if err != nil {
			t.Fatal(err)
		}
		for i := range b.Len() {
			in, err := net.ImageInput(b.X[i*b.Width : (i+1)*b.Width])
			if err != nil {
				t.Fatal(err)
			}
			edges, err := net.Forward(p, 1, in)
			if err != nil {
				t.Fatal(err)
			}
			out := edges[len(edges)-1]
			want := logits.Val.Data[i*len(out) : (i+1)*len(out)]
			for k := range out {
				if math.Float32bits(out[k]) != math.Float32bits(want[k]) {
					t.Fatalf("%s sample %d logit %d: blocks give %v, training %v", name, i, k, out[k], want[k])
				}
			}
			for e := range edges {
				if len(edges[e]) != net.Width(e) {
					t.Fatalf("%s edge %d has %d values, width %d", name, e, len(edges[e]), net.Width(e))
				}
			}
		}
		if _, err := net.Block(p, 0, 1, make([]float32, 5)); err == nil {
			t.Errorf("%s: block 0 accepted 5 values", name)
		}
		if _, err := net.Block(p, 0, 2, make([]float32, 2*net.Width(0))); err == nil {
			t.Errorf("%s: block 0 accepted 2 images in one request", name)
		}
		if _, err := net.Block(p, net.Blocks(), 1, nil); err == nil {
			t.Errorf("%s: block %d of %d accepted", name, net.Blocks(), net.Blocks())
		}
		delete(params, "fc.bias")
		delete(params, "fc2.bias")
		if _, err := j.Network(params); err == nil {
			t.Errorf("%s: a network without a bias", name)
		}
	}
}
