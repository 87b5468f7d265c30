package data

import (
	"fmt"
	"os"
	"slices"
)

// Text is a byte-level text dataset cut into fixed windows: example i is the Window+1
// bytes at offset i*Window (inputs and next-byte targets of a character model).
type Text struct {
	Window  int
	Windows [][]byte
	// Vocab is the sorted set of byte values of the whole text (training and test), so
	// that every window maps into it.
	Vocab []byte
}

// Len is the number of windows.
func (t *Text) Len() int { return len(t.Windows) }

// Examples returns the canonical bytes of every window, in order.
func (t *Text) Examples() [][]byte { return t.Windows }

// Token maps a byte to its vocabulary index.
func (t *Text) Token(b byte) (int, error) {
	i, ok := slices.BinarySearch(t.Vocab, b)
	if !ok {
		return 0, fmt.Errorf("byte %#x outside the vocabulary", b)
	}
	return i, nil
}

// MobyDick loads the npm Moby Dick text cut into windows of the given length; the
// last 5% of the windows are held out for testing.
func (s *Sources) MobyDick(window int) (train, test *Text, err error) {
	if window < 1 {
		return nil, nil, fmt.Errorf("moby dick: window %d < 1", window)
	}
	raw, err := os.ReadFile(s.MobyDickFile)
	if err != nil {
		return nil, nil, missing("moby dick", s.MobyDickFile, err)
	}
	n := (len(raw) - 1) / window
	if n < 20 {
		return nil, nil, fmt.Errorf("moby dick %s: %d bytes is too short for windows of %d", s.MobyDickFile, len(raw), window)
	}
	var seen [256]bool
	for _, b := range raw {
		seen[b] = true
	}
	var vocab []byte
	for b, ok := range seen {
		if ok {
			vocab = append(vocab, byte(b))
		}
	}
	all := make([][]byte, n)
	for i := range all {
		all[i] = raw[i*window : (i+1)*window+1]
	}
	cut := n - n/20
	return &Text{Window: window, Windows: all[:cut], Vocab: vocab},
		&Text{Window: window, Windows: all[cut:], Vocab: vocab}, nil
}
