package challenger

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

// Bucket names. Keys: jobs by 32-byte job id; batches by job ‖ uint64 batch index; intervals
// by job ‖ uint64 interval; meta by name.
const (
	bucketMeta      = "meta"
	bucketJobs      = "jobs"
	bucketBatches   = "batches"
	bucketIntervals = "intervals"
	keyCursor       = "cursor"
)

// JobRecord is what the watchtower keeps about a job.
type JobRecord struct {
	Status         chain.JobStatus `json:"status"`
	ManifestHash   evidence.Hash32 `json:"manifestHash"`
	BoundaryHash   evidence.Hash32 `json:"boundaryHash"`
	EvidenceURI    string          `json:"evidenceURI"`
	Intervals      uint64          `json:"intervals"`
	FinalizeBy     uint64          `json:"finalizeBy"`
	WindowEnd      uint64          `json:"windowEnd"`
	ChallengerBond *big.Int        `json:"challengerBond"`
	// ProviderBond is the bond the provider holds in the job: the most a slash can pay back.
	ProviderBond *big.Int `json:"providerBond,omitempty"`
}

// Deadline is the job's current last second to challenge, false if it cannot be challenged.
func (j JobRecord) Deadline() (uint64, bool) { return Deadline(j.Status, j.FinalizeBy, j.WindowEnd) }

// ChallengeState is how far sending our challenge of an interval got.
type ChallengeState uint8

// Challenge states. Intent is written before the transaction is sent, so a crash between
// sending and recording leaves Intent behind, which a restart reconciles against the chain.
const (
	StateIntent ChallengeState = iota + 1
	StateOpened
	StateFailed
)

func (c ChallengeState) String() string {
	switch c {
	case StateIntent:
		return "intent"
	case StateOpened:
		return "opened"
	case StateFailed:
		return "failed"
	}
	return fmt.Sprintf("challenge-state(%d)", uint8(c))
}

// AuditRecord is a recorded audit finding and what we decided about it.
type AuditRecord struct {
	Finding
	Action   Action    `json:"action"`
	Decision string    `json:"decision"`
	At       time.Time `json:"at"`
}

// ChallengeRecord is our challenge of an interval.
type ChallengeRecord struct {
	State       ChallengeState `json:"state"`
	ChallengeID *big.Int       `json:"challengeId,omitempty"`
	Error       string         `json:"error,omitempty"`
	Closed      bool           `json:"closed,omitempty"` // resolved or lapsed
}

// markOpened records our challenge id as opened and reports whether that changed anything,
// so that whichever of the receipt and the event comes first counts the bond once.
func (r *IntervalRecord) markOpened(id *big.Int) bool {
	if c := r.Challenge; c != nil && c.State == StateOpened {
		return false
	}
	r.Challenge = &ChallengeRecord{State: StateOpened, ChallengeID: id}
	return true
}

// IntervalRecord is everything known about one interval of one job.
type IntervalRecord struct {
	Root    evidence.Hash32 `json:"root"` // committed root of endpoint interval+1
	Sampled bool            `json:"sampled"`
	Audit   *AuditRecord    `json:"audit,omitempty"`
	// Challenge is ours; Other is the id of someone else's open challenge we stood down for.
	Challenge *ChallengeRecord `json:"challenge,omitempty"`
	// SendFailures counts our challenge transactions of the interval that failed (each retry
	// waits longer).
	SendFailures int `json:"sendFailures,omitempty"`
	// UnavailableSince is when the interval's evidence was first found unavailable, while the
	// finding waits to be confirmed; UnavailableTries counts the audits since.
	UnavailableSince time.Time `json:"unavailableSince,omitzero"`
	UnavailableTries int       `json:"unavailableTries,omitempty"`
	Other            *big.Int  `json:"other,omitempty"`
}

// Store is the watchtower's durable state in one bbolt file.
type Store struct {
	db *bolt.DB
}

// OpenStore opens (creating if needed) the state store at path.
func OpenStore(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open state store %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range []string{bucketMeta, bucketJobs, bucketBatches, bucketIntervals} {
			if _, err := tx.CreateBucketIfNotExists([]byte(b)); err != nil {
				return fmt.Errorf("bucket %s: %w", b, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, errors.Join(fmt.Errorf("init state store %s: %w", path, err), db.Close())
	}
	return &Store{db: db}, nil
}

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }

// Cursor returns the chain watcher's cursor store kept in this file, so that the cursor and
// the state derived from the events before it live in one place.
func (s *Store) Cursor() chain.CursorStore { return cursorStore{s} }

type cursorStore struct{ s *Store }

// Load returns the saved cursor, nil if none was saved yet.
func (c cursorStore) Load(context.Context) (*chain.Cursor, error) {
	var cur *chain.Cursor
	err := c.s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket([]byte(bucketMeta)).Get([]byte(keyCursor))
		if v == nil {
			return nil
		}
		cur = new(chain.Cursor)
		return json.Unmarshal(v, cur)
	})
	if err != nil {
		return nil, fmt.Errorf("load watcher cursor: %w", err)
	}
	return cur, nil
}

// Save stores the cursor.
func (c cursorStore) Save(_ context.Context, cur *chain.Cursor) error {
	if err := c.s.put(bucketMeta, []byte(keyCursor), cur); err != nil {
		return fmt.Errorf("save watcher cursor: %w", err)
	}
	return nil
}

func jobKey(jobID *big.Int) ([]byte, error) {
	if jobID == nil || jobID.Sign() < 0 || jobID.BitLen() > 256 {
		return nil, fmt.Errorf("job id %v is not a uint256", jobID)
	}
	return jobID.FillBytes(make([]byte, 32)), nil
}

func subKey(jobID *big.Int, n uint64) ([]byte, error) {
	k, err := jobKey(jobID)
	if err != nil {
		return nil, err
	}
	return binary.BigEndian.AppendUint64(k, n), nil
}

// Job returns the job's record, false if the job is unknown.
func (s *Store) Job(jobID *big.Int) (JobRecord, bool, error) {
	var j JobRecord
	k, err := jobKey(jobID)
	if err != nil {
		return j, false, err
	}
	found, err := s.get(bucketJobs, k, &j)
	if err != nil {
		return j, false, fmt.Errorf("job %s: %w", jobID, err)
	}
	return j, found, nil
}

// knownJob returns the job's record, an error if it is unknown.
func (s *Store) knownJob(jobID *big.Int) (JobRecord, error) {
	j, ok, err := s.Job(jobID)
	if err == nil && !ok {
		err = fmt.Errorf("job %s: not in state store", jobID)
	}
	return j, err
}

// PutJob stores the job's record.
func (s *Store) PutJob(jobID *big.Int, j JobRecord) error {
	k, err := jobKey(jobID)
	if err != nil {
		return err
	}
	if err := s.put(bucketJobs, k, j); err != nil {
		return fmt.Errorf("job %s: %w", jobID, err)
	}
	return nil
}

// UpdateJob applies f to the job's record (which must exist) in one transaction.
func (s *Store) UpdateJob(jobID *big.Int, f func(*JobRecord) error) error {
	k, err := jobKey(jobID)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketJobs))
		v := b.Get(k)
		if v == nil {
			return fmt.Errorf("job %s: not in state store", jobID)
		}
		var j JobRecord
		if err := json.Unmarshal(v, &j); err != nil {
			return fmt.Errorf("job %s: decode: %w", jobID, err)
		}
		if err := f(&j); err != nil {
			return err
		}
		return putJSON(b, k, j)
	})
}

// PutBatch stores a committed batch.
func (s *Store) PutBatch(jobID *big.Int, b chain.BatchRef) error {
	k, err := subKey(jobID, b.Index)
	if err != nil {
		return err
	}
	if err := s.put(bucketBatches, k, b); err != nil {
		return fmt.Errorf("job %s batch %d: %w", jobID, b.Index, err)
	}
	return nil
}

// BatchOf returns the stored batch that holds endpoint e, false if none does.
func (s *Store) BatchOf(jobID *big.Int, e uint64) (chain.BatchRef, bool, error) {
	var out chain.BatchRef
	var found bool
	prefix, err := jobKey(jobID)
	if err != nil {
		return out, false, err
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket([]byte(bucketBatches)).Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) == 40 && string(k[:32]) == string(prefix); k, v = c.Next() {
			var b chain.BatchRef
			if err := json.Unmarshal(v, &b); err != nil {
				return fmt.Errorf("decode batch %d: %w", binary.BigEndian.Uint64(k[32:]), err)
			}
			if b.Contains(e) {
				out, found = b, true
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return out, false, fmt.Errorf("job %s endpoint %d: %w", jobID, e, err)
	}
	return out, found, nil
}

// RemoveBatch forgets a batch that a reorg removed, with the records of the intervals it
// closed, except those we challenged (the challenge is ours to follow up either way).
func (s *Store) RemoveBatch(jobID *big.Int, b chain.BatchRef) error {
	bk, err := subKey(jobID, b.Index)
	if err != nil {
		return err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket([]byte(bucketBatches)).Delete(bk); err != nil {
			return err
		}
		iv := tx.Bucket([]byte(bucketIntervals))
		for i := range b.Roots {
			e := b.First + uint64(i)
			if e == 0 {
				continue
			}
			key, _ := subKey(jobID, e-1)
			var r IntervalRecord
			if v := iv.Get(key); v == nil {
				continue
			} else if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("interval %d: decode: %w", e-1, err)
			}
			if r.Challenge != nil {
				continue
			}
			if err := iv.Delete(key); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("job %s: remove batch %d: %w", jobID, b.Index, err)
	}
	return nil
}

// EndpointRoot returns the committed root of endpoint e, false if not committed (yet).
func (s *Store) EndpointRoot(jobID *big.Int, e uint64) (evidence.Hash32, bool, error) {
	b, ok, err := s.BatchOf(jobID, e)
	if err != nil || !ok {
		return evidence.Hash32{}, false, err
	}
	return b.Roots[e-b.First], true, nil
}

// Interval returns the interval's record, false if none was written.
func (s *Store) Interval(jobID *big.Int, k uint64) (IntervalRecord, bool, error) {
	var r IntervalRecord
	key, err := subKey(jobID, k)
	if err != nil {
		return r, false, err
	}
	found, err := s.get(bucketIntervals, key, &r)
	if err != nil {
		return r, false, fmt.Errorf("job %s interval %d: %w", jobID, k, err)
	}
	return r, found, nil
}

// UpdateInterval applies f to the interval's record (zero if absent) and stores the result in
// one transaction; when f fails nothing is written.
func (s *Store) UpdateInterval(jobID *big.Int, k uint64, f func(*IntervalRecord) error) error {
	key, err := subKey(jobID, k)
	if err != nil {
		return err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketIntervals))
		var r IntervalRecord
		if v := b.Get(key); v != nil {
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode: %w", err)
			}
		}
		if err := f(&r); err != nil {
			return err
		}
		return putJSON(b, key, r)
	})
	if err != nil {
		return fmt.Errorf("job %s interval %d: %w", jobID, k, err)
	}
	return nil
}

// IntervalKey names one interval of one job.
type IntervalKey struct {
	JobID    *big.Int
	Interval uint64
}

// ForEachInterval calls f for every stored interval, in job then interval order. f must not
// write to the store.
func (s *Store) ForEachInterval(f func(IntervalKey, IntervalRecord) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketIntervals)).ForEach(func(k, v []byte) error {
			if len(k) != 40 {
				return fmt.Errorf("interval key of %d bytes", len(k))
			}
			key := IntervalKey{new(big.Int).SetBytes(k[:32]), binary.BigEndian.Uint64(k[32:])}
			var r IntervalRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("job %s interval %d: decode: %w", key.JobID, key.Interval, err)
			}
			return f(key, r)
		})
	})
}

func (s *Store) get(bucket string, key []byte, v any) (bool, error) {
	var found bool
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket([]byte(bucket)).Get(key)
		if raw == nil {
			return nil
		}
		found = true
		if err := json.Unmarshal(raw, v); err != nil {
			return fmt.Errorf("decode: %w", err)
		}
		return nil
	})
	return found, err
}

func (s *Store) put(bucket string, key []byte, v any) error {
	return s.db.Update(func(tx *bolt.Tx) error { return putJSON(tx.Bucket([]byte(bucket)), key, v) })
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	return b.Put(key, raw)
}
