package evidence

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Bundle is everything served for one endpoint: the canonical manifest bytes, the endpoint's
// tensors and metadata, and its commitment.
type Bundle struct {
	ManifestJSON []byte
	Endpoint     *Endpoint
	Commitment   *Commitment
}

// NewBundle commits ep under the manifest and returns the bundle to store and serve.
func NewBundle(manifestJSON []byte, ep *Endpoint, opts CommitOptions) (*Bundle, error) {
	m, err := DecodeCanonicalManifest(manifestJSON)
	if err != nil {
		return nil, err
	}
	if ep.Metadata.ChunkSize != m.ChunkSize {
		return nil, fmt.Errorf("bundle: metadata chunk size %d, manifest %d", ep.Metadata.ChunkSize, m.ChunkSize)
	}
	c, err := Commit(Keccak256(manifestJSON), ep, opts)
	if err != nil {
		return nil, err
	}
	return &Bundle{ManifestJSON: manifestJSON, Endpoint: ep, Commitment: c}, nil
}

// Store is the provider's content-addressed evidence store on local disk:
//
//	<root>/<job>/<endpoint, 20 digits>/<sha256 hex>.bin   manifest, state, gradient, metadata
//	<root>/<job>/<endpoint, 20 digits>/index.json          written last; marks the endpoint complete
//
// Every file is written atomically (temp file, fsync, rename, fsync dir), so a crash leaves
// at worst temp files and an endpoint directory without index, which OpenStore removes.
// Reads re-verify content hashes and the root. Only whole endpoints are ever written.
// One process owns a store directory.
type Store struct {
	root string
	now  func() time.Time
	mu   sync.Mutex
	lock *os.File // held with StoreOptions.Exclusive
}

// StoreOptions configures OpenStore.
type StoreOptions struct {
	Now func() time.Time // for the creation time recorded in indexes; time.Now if nil
	// Exclusive takes an advisory lock on the store for as long as it is open (until Close), so
	// a second process opening it fails at once instead of racing the first one's writes and
	// crash cleanup.
	Exclusive bool
}

const (
	indexName  = "index.json"
	tempPrefix = "tmp-"
	blobSuffix = ".bin"
)

// ValidJobKey reports whether key is usable as a job directory name.
func ValidJobKey(key string) error {
	if !isKey(key, "_.-") {
		return fmt.Errorf("job key %q: want [A-Za-z0-9][A-Za-z0-9_.-]{0,127}", truncate(key, 40))
	}
	return nil
}

// OpenStore opens (creating if needed) a store at root and removes what a crash left behind.
func OpenStore(root string, opts StoreOptions) (*Store, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", root, err)
	}
	s := &Store{root: root, now: opts.Now}
	if s.now == nil {
		s.now = time.Now
	}
	if opts.Exclusive {
		lock, err := lockDir(root)
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", root, err)
		}
		s.lock = lock
	}
	if err := s.Recover(); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	return s, nil
}

// Close releases the store's lock, if it holds one.
func (s *Store) Close() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Close()
	s.lock = nil
	return err
}

type storeIndex struct {
	Version      uint32 `json:"version"`
	Job          string `json:"job"`
	Endpoint     uint64 `json:"endpoint"`
	Created      int64  `json:"created"`
	Root         Hash32 `json:"root"`
	LeafCount    uint64 `json:"leaf_count"`
	ManifestHash Hash32 `json:"manifest_hash"`
	Manifest     string `json:"manifest"`
	State        string `json:"state"`
	Gradient     string `json:"gradient"`
	Metadata     string `json:"metadata"`
}

func (s *Store) jobDir(job string) string { return filepath.Join(s.root, job) }

func (s *Store) endpointDir(job string, endpoint uint64) string {
	return filepath.Join(s.root, job, fmt.Sprintf("%020d", endpoint))
}

// Put stores a bundle as endpoint e of job. Storing identical evidence twice is a no-op;
// different evidence for a stored endpoint is ErrExists.
func (s *Store) Put(job string, endpoint uint64, b *Bundle) error {
	if err := ValidJobKey(job); err != nil {
		return fmt.Errorf("store put: %w", err)
	}
	if Keccak256(b.ManifestJSON) != b.Commitment.ManifestHash {
		return fmt.Errorf("store put %s/%d: manifest bytes do not hash to the committed manifest hash", job, endpoint)
	}
	if b.Endpoint.Metadata.Endpoint != endpoint {
		return fmt.Errorf("store put %s/%d: metadata is for endpoint %d", job, endpoint, b.Endpoint.Metadata.Endpoint)
	}
	state, err := EncodeSafetensors(b.Endpoint.State, nil)
	if err != nil {
		return fmt.Errorf("store put %s/%d: %w", job, endpoint, err)
	}
	grad, err := EncodeSafetensors(b.Endpoint.Gradient, nil)
	if err != nil {
		return fmt.Errorf("store put %s/%d: %w", job, endpoint, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	dir := s.endpointDir(job, endpoint)
	if old, err := s.readIndex(dir); err == nil {
		if old.Root == b.Commitment.Root() {
			return nil
		}
		return fmt.Errorf("store put %s/%d: %w with root %s", job, endpoint, ErrExists, old.Root)
	}
	if err := mkdirSynced(s.root, job, filepath.Base(dir)); err != nil {
		return fmt.Errorf("store put %s/%d: %w", job, endpoint, err)
	}
	idx := storeIndex{
		Version: 1, Job: job, Endpoint: endpoint, Created: s.now().Unix(),
		Root: b.Commitment.Root(), LeafCount: b.Commitment.LeafCount(), ManifestHash: b.Commitment.ManifestHash,
	}
	for _, f := range []struct {
		data []byte
		name *string
	}{{b.ManifestJSON, &idx.Manifest}, {state, &idx.State}, {grad, &idx.Gradient}, {b.Commitment.MetadataJSON, &idx.Metadata}} {
		sum := sha256.Sum256(f.data)
		*f.name = hex.EncodeToString(sum[:]) + blobSuffix
		if err := writeFileAtomic(dir, *f.name, f.data); err != nil {
			return fmt.Errorf("store put %s/%d: %w", job, endpoint, err)
		}
	}
	ib, err := json.Marshal(&idx)
	if err != nil {
		return fmt.Errorf("store put %s/%d: encode index: %w", job, endpoint, err)
	}
	// The index goes last: until it is renamed into place the endpoint does not exist.
	if err := writeFileAtomic(dir, indexName, ib); err != nil {
		return fmt.Errorf("store put %s/%d: %w", job, endpoint, err)
	}
	return nil
}

func (s *Store) readIndex(dir string) (*storeIndex, error) {
	b, err := os.ReadFile(filepath.Join(dir, indexName))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	var idx storeIndex
	if err := strictUnmarshal(b, &idx); err != nil {
		return nil, fmt.Errorf("%w: index %s: %w", ErrCorrupt, dir, err)
	}
	return &idx, nil
}

// Load reads endpoint e of job, re-verifying every content hash, rebuilding the tensors and
// checking that they reproduce the stored root. Missing evidence is ErrNotFound; evidence
// that fails a check is ErrCorrupt.
func (s *Store) Load(job string, endpoint uint64) (*Bundle, error) {
	if err := ValidJobKey(job); err != nil {
		return nil, fmt.Errorf("store load: %w", err)
	}
	dir := s.endpointDir(job, endpoint)
	idx, err := s.readIndex(dir)
	if err != nil {
		return nil, fmt.Errorf("store load %s/%d: %w", job, endpoint, err)
	}
	if idx.Job != job || idx.Endpoint != endpoint {
		return nil, fmt.Errorf("store load %s/%d: %w: index names %s/%d", job, endpoint, ErrCorrupt, idx.Job, idx.Endpoint)
	}
	read := func(name string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%w: %s missing", ErrCorrupt, name)
			}
			return nil, err
		}
		sum := sha256.Sum256(b)
		if hex.EncodeToString(sum[:])+blobSuffix != name {
			return nil, fmt.Errorf("%w: %s has content hash %x", ErrCorrupt, name, sum)
		}
		return b, nil
	}
	fail := func(err error) (*Bundle, error) {
		if !errors.Is(err, ErrCorrupt) {
			err = fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
		return nil, fmt.Errorf("store load %s/%d: %w", job, endpoint, err)
	}
	var blobs [4][]byte
	for i, name := range []string{idx.Manifest, idx.State, idx.Gradient, idx.Metadata} {
		if blobs[i], err = read(name); err != nil {
			return fail(err)
		}
	}
	state, err := ParseSafetensors(blobs[1])
	if err != nil {
		return fail(err)
	}
	grad, err := ParseSafetensors(blobs[2])
	if err != nil {
		return fail(err)
	}
	meta, err := DecodeMetadata(blobs[3])
	if err != nil {
		return fail(err)
	}
	ep := &Endpoint{State: state.Tensors, Gradient: grad.Tensors, Metadata: *meta}
	b, err := NewBundle(blobs[0], ep, CommitOptions{})
	if err != nil {
		return fail(err)
	}
	if b.Commitment.Root() != idx.Root || b.Commitment.LeafCount() != idx.LeafCount {
		return fail(fmt.Errorf("root %s/%d, index says %s/%d", b.Commitment.Root(), b.Commitment.LeafCount(), idx.Root, idx.LeafCount))
	}
	return b, nil
}

// Endpoints lists the complete endpoints of job, ascending.
func (s *Store) Endpoints(job string) ([]uint64, error) {
	if err := ValidJobKey(job); err != nil {
		return nil, fmt.Errorf("store endpoints: %w", err)
	}
	ents, err := os.ReadDir(s.jobDir(job))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("store endpoints %s: %w", job, err)
	}
	var out []uint64
	for _, e := range ents {
		n, err := strconv.ParseUint(e.Name(), 10, 64)
		if err != nil || !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(s.jobDir(job), e.Name(), indexName)); err == nil {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out, nil
}

// JobInfo summarizes a stored job for retention decisions.
type JobInfo struct {
	Job       string
	Endpoints int
	LastWrite time.Time // creation time of its newest endpoint
}

// Jobs lists the stored jobs.
func (s *Store) Jobs() ([]JobInfo, error) {
	ents, err := os.ReadDir(s.root)
	if err != nil {
		return nil, fmt.Errorf("store jobs: %w", err)
	}
	var out []JobInfo
	for _, e := range ents {
		if !e.IsDir() || ValidJobKey(e.Name()) != nil {
			continue
		}
		eps, err := s.Endpoints(e.Name())
		if err != nil {
			return nil, err
		}
		info := JobInfo{Job: e.Name(), Endpoints: len(eps)}
		for _, ep := range eps {
			if idx, err := s.readIndex(s.endpointDir(e.Name(), ep)); err == nil {
				if t := time.Unix(idx.Created, 0); t.After(info.LastWrite) {
					info.LastWrite = t
				}
			}
		}
		out = append(out, info)
	}
	return out, nil
}

// SelectPrune is the retention decision: keep the keep most recently written jobs and every
// protected job (e.g. jobs whose challenge window is still open); prune the rest. Endpoints
// of a kept job are never pruned individually.
func SelectPrune(jobs []JobInfo, keep int, protected map[string]bool) []string {
	sorted := slices.Clone(jobs)
	slices.SortFunc(sorted, func(a, b JobInfo) int {
		if c := b.LastWrite.Compare(a.LastWrite); c != 0 {
			return c
		}
		return strings.Compare(a.Job, b.Job)
	})
	var out []string
	for i, j := range sorted {
		if i < keep || protected[j.Job] {
			continue
		}
		out = append(out, j.Job)
	}
	return out
}

// Prune removes the jobs SelectPrune picks and returns their keys.
func (s *Store) Prune(keep int, protected map[string]bool) ([]string, error) {
	jobs, err := s.Jobs()
	if err != nil {
		return nil, err
	}
	victims := SelectPrune(jobs, keep, protected)
	for i, j := range victims {
		if err := s.RemoveJob(j); err != nil {
			return victims[:i], err
		}
	}
	return victims, nil
}

// RemoveJob deletes every endpoint of job.
func (s *Store) RemoveJob(job string) error {
	if err := ValidJobKey(job); err != nil {
		return fmt.Errorf("store remove: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// Rename first so a crash mid-removal leaves a temp directory, not a half-deleted job.
	tmp := filepath.Join(s.root, tempPrefix+job)
	if err := os.Rename(s.jobDir(job), tmp); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("store remove %s: %w", job, err)
	}
	if err := syncDir(s.root); err != nil {
		return fmt.Errorf("store remove %s: %w", job, err)
	}
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("store remove %s: %w", job, err)
	}
	return nil
}

// Recover removes what an interrupted write or removal left: temp files and directories,
// endpoint directories without an index, and blobs no index references.
func (s *Store) Recover() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	jobs, err := os.ReadDir(s.root)
	if err != nil {
		return fmt.Errorf("store recover: %w", err)
	}
	for _, j := range jobs {
		jp := filepath.Join(s.root, j.Name())
		if strings.HasPrefix(j.Name(), tempPrefix) {
			if err := os.RemoveAll(jp); err != nil {
				return fmt.Errorf("store recover: %w", err)
			}
			continue
		}
		if !j.IsDir() {
			continue
		}
		eps, err := os.ReadDir(jp)
		if err != nil {
			return fmt.Errorf("store recover: %w", err)
		}
		for _, e := range eps {
			if err := recoverEndpoint(filepath.Join(jp, e.Name())); err != nil {
				return fmt.Errorf("store recover %s: %w", e.Name(), err)
			}
		}
	}
	return nil
}

func recoverEndpoint(dir string) error {
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return err
	}
	ib, err := os.ReadFile(filepath.Join(dir, indexName))
	if errors.Is(err, fs.ErrNotExist) {
		return os.RemoveAll(dir) // never completed
	}
	if err != nil {
		return err
	}
	keep := map[string]bool{indexName: true}
	var idx storeIndex
	indexOK := json.Unmarshal(ib, &idx) == nil
	for _, n := range []string{idx.Manifest, idx.State, idx.Gradient, idx.Metadata} {
		keep[n] = true
	}
	files, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, f := range files {
		// With a corrupt index only temp files go: Load reports ErrCorrupt rather than the
		// store silently losing evidence the provider may still have to serve.
		orphan := indexOK && !keep[f.Name()]
		if !orphan && !strings.HasPrefix(f.Name(), tempPrefix) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, f.Name())); err != nil {
			return err
		}
	}
	return nil
}

func mkdirSynced(root string, parts ...string) error {
	dir := root
	for _, p := range parts {
		parent := dir
		dir = filepath.Join(dir, p)
		if _, err := os.Stat(dir); err == nil {
			continue
		}
		if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return err
		}
		if err := syncDir(parent); err != nil {
			return err
		}
	}
	return nil
}

func writeFileAtomic(dir, name string, data []byte) error {
	final := filepath.Join(dir, name)
	if name != indexName {
		// Content-addressed: an existing blob with the right content is already durable.
		if old, err := os.ReadFile(final); err == nil && bytes.Equal(old, data) {
			return nil
		}
	}
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("fsync %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", name, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("rename %s: %w", name, err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("fsync dir of %s: %w", name, err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
