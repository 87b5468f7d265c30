package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/infer"
)

// ErrDuplicate is returned for a request id already in the store.
var ErrDuplicate = errors.New("request id already used")

// Store keeps a server's records: the pending ones in memory, each committed batch in its own
// file (batch-NNNNNNNN.json: header, request ids, record bytes), written atomically, so a
// restarted server serves every committed batch again. Pending records are committed by Flush
// or when BatchSize of them are pending. It is safe for concurrent use.
type Store struct {
	dir       string
	model     evidence.Hash32
	batchSize int

	mu      sync.Mutex
	batches []*infer.Committed
	pending [][]byte
	pendIDs []string
	ids     map[string]Location
}

type batchFile struct {
	Batch   infer.Batch `json:"batch"`
	IDs     []string    `json:"ids"`
	Records [][]byte    `json:"records"`
}

// OpenStore opens (creating) the store in dir for records of model, reading back every
// committed batch and checking its root against its records.
func OpenStore(dir string, model evidence.Hash32, batchSize int) (*Store, error) {
	if batchSize < 1 {
		return nil, fmt.Errorf("record store: batch size %d", batchSize)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("record store: %w", err)
	}
	s := &Store{dir: dir, model: model, batchSize: batchSize, ids: map[string]Location{}}
	for b := uint64(0); ; b++ {
		raw, err := os.ReadFile(s.path(b))
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("record store: %w", err)
		}
		var f batchFile
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("record store: batch %d: %w", b, err)
		}
		c, err := infer.Commit(b, model, f.Records)
		if err != nil {
			return nil, fmt.Errorf("record store: %w", err)
		}
		if c.Batch != f.Batch || len(f.IDs) != len(f.Records) {
			return nil, fmt.Errorf("record store: batch %d does not match its records (another model, or a damaged file)", b)
		}
		s.batches = append(s.batches, c)
		for i, id := range f.IDs {
			s.ids[id] = Location{ID: id, Batch: b, Index: uint64(i)}
		}
	}
	return s, nil
}

func (s *Store) path(b uint64) string { return filepath.Join(s.dir, fmt.Sprintf("batch-%08d.json", b)) }

// Add keeps a record under its request id and commits a batch when BatchSize are pending.
func (s *Store) Add(id string, raw []byte) (Location, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.ids[id]; ok {
		return Location{}, fmt.Errorf("request %q: %w", id, ErrDuplicate)
	}
	loc := Location{ID: id, Batch: uint64(len(s.batches)), Index: uint64(len(s.pending)), Pending: true}
	s.pending = append(s.pending, raw)
	s.pendIDs = append(s.pendIDs, id)
	s.ids[id] = loc
	if len(s.pending) >= s.batchSize {
		if _, err := s.flush(); err != nil {
			return Location{}, err
		}
		loc.Pending = false
	}
	return loc, nil
}

// Flush commits the pending records as the next batch; nil when none are pending.
func (s *Store) Flush() (*infer.Batch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.flush()
}

func (s *Store) flush() (*infer.Batch, error) {
	if len(s.pending) == 0 {
		return nil, nil
	}
	b := uint64(len(s.batches))
	c, err := infer.Commit(b, s.model, s.pending)
	if err != nil {
		return nil, fmt.Errorf("record store: %w", err)
	}
	raw, err := json.Marshal(batchFile{Batch: c.Batch, IDs: s.pendIDs, Records: s.pending})
	if err != nil {
		return nil, fmt.Errorf("record store: %w", err)
	}
	tmp := s.path(b) + ".tmp"
	if err := os.WriteFile(tmp, raw, 0o644); err != nil {
		return nil, fmt.Errorf("record store: %w", err)
	}
	if err := os.Rename(tmp, s.path(b)); err != nil {
		return nil, fmt.Errorf("record store: %w", err)
	}
	for _, id := range s.pendIDs {
		l := s.ids[id]
		l.Pending = false
		s.ids[id] = l
	}
	s.batches = append(s.batches, c)
	s.pending, s.pendIDs = nil, nil
	return &c.Batch, nil
}

// Batches returns the committed batches' headers in order.
func (s *Store) Batches() []infer.Batch {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]infer.Batch, len(s.batches))
	for i, c := range s.batches {
		out[i] = c.Batch
	}
	return out
}

// Pending is the number of records not yet committed.
func (s *Store) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Open returns record i of committed batch b with its proof.
func (s *Store) Open(b, i uint64) (*infer.Opened, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b >= uint64(len(s.batches)) {
		return nil, fmt.Errorf("batch %d: %w (%d committed)", b, evidence.ErrNotFound, len(s.batches))
	}
	if i >= s.batches[b].LeafCount {
		return nil, fmt.Errorf("record %d of batch %d: %w (%d records)", i, b, evidence.ErrNotFound, s.batches[b].LeafCount)
	}
	return s.batches[b].Open(i)
}

// Locate returns where request id's record is.
func (s *Store) Locate(id string) (Location, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.ids[id]
	return l, ok
}
