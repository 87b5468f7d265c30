package evidence

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

// ManifestVersion is the only manifest version this code accepts.
const ManifestVersion = 1

// Bounds that keep a manifest (and what a client derives from it) sane.
const (
	MinChunkSize     = 1 << 10
	MaxChunkSize     = 64 << 20
	DefaultChunkSize = 64 << 10
	// MaxManifestBytes bounds the manifest a client downloads before it knows any limit.
	MaxManifestBytes = 1 << 20
	maxNameLen       = 256
)

// Manifest is the training manifest of DESIGN.md. Its canonical encoding is the compact
// encoding/json form of this struct (fields in declaration order, map keys sorted, floats in
// Go's shortest round-trip form); Hash is keccak256 of that encoding (the on-chain
// manifestHash).
type Manifest struct {
	Version            uint32          `json:"version"`
	Workload           string          `json:"workload"`
	Architecture       NamedParams     `json:"architecture"`
	InitialWeightsHash Hash32          `json:"initial_weights_hash"`
	Dataset            DatasetCommit   `json:"dataset"`
	Schedule           DataSchedule    `json:"schedule"`
	Optimizer          NamedParams     `json:"optimizer"`
	LRSchedule         NamedParams     `json:"lr_schedule"`
	Precision          PrecisionPolicy `json:"precision"`
	TotalSteps         uint64          `json:"total_steps"`
	Stride             uint64          `json:"stride"`
	// Windows, in seconds, as the registry records them.
	ChallengeWindow   uint64 `json:"challenge_window"`
	ResponseWindow    uint64 `json:"response_window"`
	ArbitrationWindow uint64 `json:"arbitration_window"`
	BoundaryHash      Hash32 `json:"boundary_hash"`
	ChunkSize         uint64 `json:"chunk_size"`
	Limits            Limits `json:"limits"`
}

// NamedParams names a component (an architecture, an optimizer, a learning-rate schedule)
// and its numeric hyperparameters; the prover defines the names and keys.
type NamedParams struct {
	Name   string             `json:"name"`
	Params map[string]float64 `json:"params"`
}

// DatasetCommit is the dataset commitment: the root of CommitDataset and the example count.
type DatasetCommit struct {
	Root  Hash32 `json:"root"`
	Count uint64 `json:"count"`
}

// DataSchedule fixes the batches: batch indices of step t are a pure function of Seed and t.
type DataSchedule struct {
	Seed      uint64 `json:"seed"`
	BatchSize uint64 `json:"batch_size"`
}

// PrecisionPolicy names the operand precision and accumulation type of the provider's
// kernels (e.g. {"bf16", "f32"}); the prover defines the vocabulary.
type PrecisionPolicy struct {
	Operand    string `json:"operand"`
	Accumulate string `json:"accumulate"`
}

// Limits are the evidence sizes a client may enforce while fetching one endpoint.
type Limits struct {
	MaxEndpointBytes uint64 `json:"max_endpoint_bytes"` // state + gradient tensor bytes
	MaxTensorBytes   uint64 `json:"max_tensor_bytes"`
	MaxLeaves        uint64 `json:"max_leaves"`
	MaxMetadataBytes uint64 `json:"max_metadata_bytes"`
}

// isIdent accepts [A-Za-z0-9][A-Za-z0-9_.:/+-]{0,127}: names the prover looks up, never prose.
func isIdent(s string) bool { return isKey(s, "_.:/+-") }

// isKey reports whether s is 1..128 bytes of ASCII letters and digits, plus the bytes of
// extra after the first position.
func isKey(s, extra string) bool {
	if len(s) == 0 || len(s) > 128 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if !alnum && (i == 0 || !strings.ContainsRune(extra, rune(c))) {
			return false
		}
	}
	return true
}

// Validate checks ranges and consistency; errors name the field and wrap ErrMalformed.
func (m *Manifest) Validate() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: manifest field %q: %s", ErrMalformed, field, fmt.Sprintf(format, args...))
	}
	if m.Version != ManifestVersion {
		return bad("version", "got %d, want %d", m.Version, ManifestVersion)
	}
	if !isIdent(m.Workload) {
		return bad("workload", "%q is not an identifier", truncate(m.Workload, 40))
	}
	for field, np := range map[string]NamedParams{"architecture": m.Architecture, "optimizer": m.Optimizer, "lr_schedule": m.LRSchedule} {
		if !isIdent(np.Name) {
			return bad(field+".name", "%q is not an identifier", truncate(np.Name, 40))
		}
		for k, v := range np.Params {
			if !isIdent(k) {
				return bad(field+".params", "key %q is not an identifier", truncate(k, 40))
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return bad(field+".params."+k, "not finite")
			}
		}
	}
	if m.InitialWeightsHash.IsZero() {
		return bad("initial_weights_hash", "zero")
	}
	if m.Dataset.Root.IsZero() {
		return bad("dataset.root", "zero")
	}
	if m.Dataset.Count == 0 {
		return bad("dataset.count", "zero")
	}
	if m.Schedule.BatchSize == 0 || m.Schedule.BatchSize > m.Dataset.Count {
		return bad("schedule.batch_size", "%d not in [1, dataset.count=%d]", m.Schedule.BatchSize, m.Dataset.Count)
	}
	if !isIdent(m.Precision.Operand) {
		return bad("precision.operand", "%q is not an identifier", truncate(m.Precision.Operand, 40))
	}
	if !isIdent(m.Precision.Accumulate) {
		return bad("precision.accumulate", "%q is not an identifier", truncate(m.Precision.Accumulate, 40))
	}
	if m.TotalSteps == 0 {
		return bad("total_steps", "zero")
	}
	if m.Stride == 0 || m.Stride > m.TotalSteps || m.TotalSteps%m.Stride != 0 {
		return bad("stride", "%d must divide total_steps=%d", m.Stride, m.TotalSteps)
	}
	if m.TotalSteps/m.Stride > 1<<32 {
		return bad("stride", "%d intervals, the registry allows at most 2^32", m.TotalSteps/m.Stride)
	}
	// The registry accepts windows of 1 s ..= 3650 days.
	const maxWindow = 3650 * 24 * 3600
	for field, w := range map[string]uint64{"challenge_window": m.ChallengeWindow, "response_window": m.ResponseWindow, "arbitration_window": m.ArbitrationWindow} {
		if w == 0 || w > maxWindow {
			return bad(field, "%d s not in [1, 3650 days]", w)
		}
	}
	if m.BoundaryHash.IsZero() {
		return bad("boundary_hash", "zero")
	}
	if m.ChunkSize < MinChunkSize || m.ChunkSize > MaxChunkSize || m.ChunkSize&(m.ChunkSize-1) != 0 {
		return bad("chunk_size", "%d is not a power of two in [%d, %d]", m.ChunkSize, MinChunkSize, MaxChunkSize)
	}
	l := m.Limits
	if l.MaxTensorBytes == 0 {
		return bad("limits.max_tensor_bytes", "zero")
	}
	if l.MaxEndpointBytes < l.MaxTensorBytes {
		return bad("limits.max_endpoint_bytes", "%d below limits.max_tensor_bytes=%d", l.MaxEndpointBytes, l.MaxTensorBytes)
	}
	if l.MaxLeaves < 3 || l.MaxLeaves > 1<<32 {
		return bad("limits.max_leaves", "%d not in [3, 2^32]", l.MaxLeaves)
	}
	if l.MaxMetadataBytes < 1<<10 || l.MaxMetadataBytes > 1<<30 {
		return bad("limits.max_metadata_bytes", "%d not in [1 KiB, 1 GiB]", l.MaxMetadataBytes)
	}
	return nil
}

// Bounds of ValidateTerms: far beyond any job this code can train and verify, far below what
// would make a provider, a watchtower or an arbiter exhaust memory, disk or time.
const (
	MaxTermsSteps         = 1_000_000_000
	MaxTermsBatchSize     = 1 << 16
	MaxTermsDatasetCount  = 1 << 32
	MaxTermsLR            = 10
	MaxTermsEndpointBytes = 4 << 30
	MaxTermsTensorBytes   = 1 << 30
	MaxTermsLeaves        = 1 << 20
	MaxTermsMetadataBytes = 64 << 20
	MaxTermsWindow        = 365 * 24 * 3600
)

// Vocabulary is what the prover knows, so that ValidateTerms can refuse what no verifier
// could open. Nil fields are not checked.
type Vocabulary struct {
	Workloads []string                    // the built-in workload names
	Policy    func(PrecisionPolicy) error // parses the precision policy
}

// ValidateTerms checks a manifest as the terms of a job before anyone escrows money or stakes
// a bond on it: Validate, then the workload and precision policy against voc, and sane
// bounds on steps, batch, hyperparameters, windows and evidence limits (MaxTerms*). Errors
// name the field and wrap ErrMalformed. Validate alone stays the looser check of what may
// be decoded.
func (m *Manifest) ValidateTerms(voc Vocabulary) error {
	if err := m.Validate(); err != nil {
		return err
	}
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: manifest field %q: %s", ErrMalformed, field, fmt.Sprintf(format, args...))
	}
	if voc.Workloads != nil && !slices.Contains(voc.Workloads, m.Workload) {
		return bad("workload", "unknown workload %q (have %s)", truncate(m.Workload, 40), strings.Join(voc.Workloads, ", "))
	}
	if m.Architecture.Name != m.Workload {
		return bad("architecture.name", "%q, the workload is %q", truncate(m.Architecture.Name, 40), m.Workload)
	}
	if voc.Policy != nil {
		if err := voc.Policy(m.Precision); err != nil {
			return bad("precision", "%v", err)
		}
	}
	if m.TotalSteps > MaxTermsSteps {
		return bad("total_steps", "%d above %d", m.TotalSteps, MaxTermsSteps)
	}
	if m.Schedule.BatchSize > MaxTermsBatchSize {
		return bad("schedule.batch_size", "%d above %d", m.Schedule.BatchSize, MaxTermsBatchSize)
	}
	if m.Dataset.Count > MaxTermsDatasetCount {
		return bad("dataset.count", "%d above 2^32", m.Dataset.Count)
	}
	// Learning rates: the constant schedule's lr and warmup-cosine's peak and min, and any
	// other rate-like key a schedule may have, lie in [0, MaxTermsLR]; the leading one is > 0.
	for _, k := range slices.Sorted(maps.Keys(m.LRSchedule.Params)) {
		v := m.LRSchedule.Params[k]
		switch k {
		case "lr", "peak", "min", "max", "initial", "base", "final":
			if v < 0 || v > MaxTermsLR {
				return bad("lr_schedule.params."+k, "%g not in [0, %d]", v, MaxTermsLR)
			}
			if (k == "lr" || k == "peak") && v == 0 {
				return bad("lr_schedule.params."+k, "zero: the job would not train")
			}
		case "warmup", "total":
			if v < 0 || v > MaxTermsSteps || v != math.Trunc(v) {
				return bad("lr_schedule.params."+k, "%g is not a step count in [0, %d]", v, MaxTermsSteps)
			}
		default:
			if math.Abs(v) > 1e9 {
				return bad("lr_schedule.params."+k, "%g out of range", v)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(m.Optimizer.Params)) {
		v := m.Optimizer.Params[k]
		switch k {
		case "momentum", "beta1", "beta2":
			if v < 0 || v >= 1 {
				return bad("optimizer.params."+k, "%g not in [0, 1)", v)
			}
		case "weight_decay":
			if v < 0 || v > 1 {
				return bad("optimizer.params."+k, "%g not in [0, 1]", v)
			}
		case "eps":
			if v <= 0 || v > 1 {
				return bad("optimizer.params."+k, "%g not in (0, 1]", v)
			}
		default:
			if math.Abs(v) > 1e9 {
				return bad("optimizer.params."+k, "%g out of range", v)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(m.Architecture.Params)) {
		if v := m.Architecture.Params[k]; v < 0 || v > 1<<24 || v != math.Trunc(v) {
			return bad("architecture.params."+k, "%g is not a size in [0, 2^24]", v)
		}
	}
	for _, w := range []struct {
		field string
		v     uint64
	}{{"challenge_window", m.ChallengeWindow}, {"response_window", m.ResponseWindow}, {"arbitration_window", m.ArbitrationWindow}} {
		if w.v > MaxTermsWindow {
			return bad(w.field, "%d s above 365 days", w.v)
		}
	}
	l := m.Limits
	for _, c := range []struct {
		field    string
		v, limit uint64
	}{
		{"limits.max_endpoint_bytes", l.MaxEndpointBytes, MaxTermsEndpointBytes},
		{"limits.max_tensor_bytes", l.MaxTensorBytes, MaxTermsTensorBytes},
		{"limits.max_leaves", l.MaxLeaves, MaxTermsLeaves},
		{"limits.max_metadata_bytes", l.MaxMetadataBytes, MaxTermsMetadataBytes},
	} {
		if c.v > c.limit {
			return bad(c.field, "%d above %d", c.v, c.limit)
		}
	}
	return nil
}

// Intervals returns N = TotalSteps / Stride; the job has N+1 endpoints.
func (m *Manifest) Intervals() uint64 { return m.TotalSteps / m.Stride }

// Canonical returns the canonical JSON encoding after validating m.
func (m *Manifest) Canonical() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	// nil and empty maps mean the same thing; only one may reach the hash.
	c := *m
	for _, np := range []*NamedParams{&c.Architecture, &c.Optimizer, &c.LRSchedule} {
		if np.Params == nil {
			np.Params = map[string]float64{}
		}
	}
	b, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	return b, nil
}

// Hash returns manifestHash = keccak256(canonical JSON).
func (m *Manifest) Hash() (Hash32, error) {
	b, err := m.Canonical()
	if err != nil {
		return Hash32{}, err
	}
	return Keccak256(b), nil
}

// DecodeManifest strictly decodes and validates a manifest. It accepts any JSON spelling of a
// valid manifest; the hash is always over the canonical re-encoding. Use
// DecodeCanonicalManifest when the bytes themselves were hashed.
func DecodeManifest(data []byte) (*Manifest, error) {
	var m Manifest
	if err := strictUnmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("decode manifest: %w", err)
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("decode manifest: %w", err)
	}
	return &m, nil
}

// DecodeCanonicalManifest decodes data and also requires it to be the canonical encoding,
// so keccak256(data) is the manifest's hash.
func DecodeCanonicalManifest(data []byte) (*Manifest, error) {
	m, err := DecodeManifest(data)
	if err != nil {
		return nil, err
	}
	c, err := m.Canonical()
	if err != nil {
		return nil, err
	}
	if string(c) != string(data) {
		return nil, fmt.Errorf("decode manifest: %w: not in canonical form", ErrMalformed)
	}
	return m, nil
}
