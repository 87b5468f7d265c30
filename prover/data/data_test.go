package data

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ovig/ovig/evidence"
)

func sources(t *testing.T) *Sources {
	t.Helper()
	s, err := Locate(".")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDigits(t *testing.T) {
	train, test, err := sources(t).Digits()
	if err != nil {
		t.Fatal(err)
	}
	if train.Len() != 9003 || test.Len() != 997 { // every tenth digit of each class
		t.Fatalf("split %d/%d, want 9003/997", train.Len(), test.Len())
	}
	var count [10]int
	var ink int
	for i := 0; i < train.Len(); i++ {
		count[train.Labels[i]]++
		for _, p := range train.Image(i) {
			ink += int(p)
		}
	}
	for d, c := range count {
		if c < 700 {
			t.Errorf("digit %d: only %d training images", d, c)
		}
	}
	// Real digits cover roughly 10-20% of the 28x28 canvas.
	if mean := float64(ink) / float64(train.Len()*784*255); mean < 0.08 || mean > 0.25 {
		t.Errorf("mean intensity %.3f is not that of MNIST digits", mean)
	}
	ex := train.Example(5)
	if len(ex) != 785 || ex[784] != train.Labels[5] {
		t.Fatalf("example layout: %d bytes, label %d", len(ex), ex[784])
	}
	tree, err := evidence.CommitDataset(train.Examples())
	if err != nil {
		t.Fatal(err)
	}
	if c := tree.Commitment(); c.Count != 9003 || c.Root.IsZero() {
		t.Fatalf("commitment %+v", c)
	}
}

// A Sources parses each image set once; a fresh Sources parses it again, to the same bytes.
func TestSourcesLoadOnce(t *testing.T) {
	s := sources(t)
	a, _, err := s.Digits()
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := s.Digits()
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Error("second Digits parsed the files again")
	}
	c, _, err := sources(t).Digits()
	if err != nil {
		t.Fatal(err)
	}
	if c == a || !slices.Equal(c.Pixels, a.Pixels) || !slices.Equal(c.Labels, a.Labels) {
		t.Error("a fresh Sources shared or changed the parsed digits")
	}
}

func TestFashion(t *testing.T) {
	train, test, err := sources(t).Fashion()
	if err != nil {
		t.Fatal(err)
	}
	if train.Len() != 60000 || test.Len() != 10000 || train.Rows != 28 || train.Cols != 28 {
		t.Fatalf("fashion: %d/%d images of %dx%d", train.Len(), test.Len(), train.Rows, train.Cols)
	}
	var count [10]int
	for _, l := range train.Labels {
		count[l]++
	}
	for c, n := range count {
		if n != 6000 {
			t.Errorf("class %d: %d images, Fashion-MNIST has 6000", c, n)
		}
	}
}

func TestMobyDick(t *testing.T) {
	train, test, err := sources(t).MobyDick(64)
	if err != nil {
		t.Fatal(err)
	}
	if train.Len() < 15000 || test.Len() < 900 {
		t.Fatalf("windows %d/%d", train.Len(), test.Len())
	}
	if !strings.HasPrefix(string(train.Windows[0]), "CHAPTER 1. Loomings.") {
		t.Fatalf("first window %q", train.Windows[0])
	}
	// Consecutive windows overlap by the one target byte.
	if train.Windows[1][0] != train.Windows[0][64] || len(train.Windows[0]) != 65 {
		t.Fatal("windows do not chain")
	}
	for _, w := range test.Windows {
		for _, b := range w {
			if _, err := test.Token(b); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(train.Vocab) < 60 || len(train.Vocab) > 120 {
		t.Fatalf("vocabulary of %d bytes", len(train.Vocab))
	}
}

func TestMissingDataSaysSetup(t *testing.T) {
	s := &Sources{DigitsDir: t.TempDir(), FashionDir: t.TempDir(), MobyDickFile: t.TempDir() + "/none.txt"}
	if _, _, err := s.Digits(); err == nil || !strings.Contains(err.Error(), "run make setup") {
		t.Errorf("digits: %v", err)
	}
	if _, _, err := s.Fashion(); err == nil || !strings.Contains(err.Error(), "run make setup") {
		t.Errorf("fashion: %v", err)
	}
	if _, _, err := s.MobyDick(64); err == nil || !strings.Contains(err.Error(), "run make setup") {
		t.Errorf("moby dick: %v", err)
	}
	if _, err := Locate("/"); err == nil || !strings.Contains(err.Error(), "run make setup") {
		t.Errorf("locate: %v", err)
	}
}

func TestParseDigitJSONRejectsJunk(t *testing.T) {
	for _, in := range []string{`{"data":[0,1.5]}`, `{"data":[0,x]}`, `[0,1]`, `{"data":0}`, `{"data":[0,,1]}`, `{"data":[-0.5]}`, `{"data":[1e-3]}`, `{"data":[0.1.2]}`} {
		if _, err := parseDigitJSON([]byte(in)); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
	px, err := parseDigitJSON([]byte(`{ "data": [0, 0.149, 1, 1.000, 0.5, .004] }`))
	if err != nil || !slices.Equal(px, []byte{0, 38, 255, 255, 128, 1}) {
		t.Fatalf("got %v, %v", px, err)
	}
}

// TestDecimalPixelMatchesFloat: the integer scan agrees with rounding the parsed float
// for every three-decimal value the package ships.
func TestDecimalPixelMatchesFloat(t *testing.T) {
	for n := 0; n <= 1000; n++ {
		tok := strconv.FormatFloat(float64(n)/1000, 'f', -1, 64)
		got, ok := decimalPixel([]byte(tok))
		v, _ := strconv.ParseFloat(tok, 64)
		if want := byte(math.Round(v * 255)); !ok || got != want {
			t.Fatalf("%s: got %d, want %d", tok, got, want)
		}
	}
}

func TestBatchIndicesPureAndCovering(t *testing.T) {
	const size, batch, seed = 1000, 64, 42
	perEpoch := uint64(size / batch)
	s := &Schedule{Seed: seed, Size: size, BatchSize: batch}
	seen := make(map[int]int)
	for step := uint64(0); step < perEpoch; step++ {
		a := BatchIndices(seed, step, size, batch)
		if !slices.Equal(a, BatchIndices(seed, step, size, batch)) || !slices.Equal(a, s.Batch(step)) {
			t.Fatalf("step %d: not a pure function", step)
		}
		for _, i := range a {
			if i < 0 || i >= size {
				t.Fatalf("index %d out of range", i)
			}
			seen[i]++
		}
	}
	if want := int(perEpoch * batch); len(seen) != want {
		t.Fatalf("one epoch visits %d distinct examples, want %d", len(seen), want)
	}
	// Out-of-order queries through the cache agree with the pure function.
	for _, step := range []uint64{100, 3, 47, 100, 0} {
		if !slices.Equal(s.Batch(step), BatchIndices(seed, step, size, batch)) {
			t.Fatalf("cached step %d differs", step)
		}
	}
	if slices.Equal(BatchIndices(seed, 0, size, batch), BatchIndices(seed+1, 0, size, batch)) {
		t.Fatal("seed does not change the batch")
	}
	if slices.Equal(BatchIndices(seed, 0, size, batch), BatchIndices(seed, perEpoch, size, batch)) {
		t.Fatal("epochs repeat the same order")
	}
	// Full coverage when the batch size divides the dataset.
	cover := make(map[int]bool)
	for step := uint64(0); step < 10; step++ {
		for _, i := range BatchIndices(7, step, 100, 10) {
			cover[i] = true
		}
	}
	if len(cover) != 100 {
		t.Fatalf("covered %d of 100", len(cover))
	}
}

func TestRandDeterministic(t *testing.T) {
	a, b := NewRand("init", 1, 2), NewRand("init", 1, 2)
	var sum, sq float64
	for i := 0; i < 20000; i++ {
		x := a.Normal()
		if x != b.Normal() {
			t.Fatal("streams diverge")
		}
		sum += x
		sq += x * x
	}
	if m, v := sum/20000, sq/20000; m < -0.03 || m > 0.03 || v < 0.95 || v > 1.05 {
		t.Fatalf("normal mean %.3f var %.3f", m, v)
	}
	if NewRand("init", 1, 2).Uint64() == NewRand("noise", 1, 2).Uint64() {
		t.Fatal("domains do not separate streams")
	}
}
