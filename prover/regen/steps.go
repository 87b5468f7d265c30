package regen

import (
	"fmt"
	"math"
	"sync"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Store holds a provider's endpoint bundles; *evidence.Store implements it.
type Store interface {
	Load(job string, endpoint uint64) (*evidence.Bundle, error)
}

// StepJob is what regenerating one job's step states takes: the training job of its manifest,
// the provider's own profile and behaviour (the same as when it trained, so the regenerated
// trajectory is the one it committed to) and its commit options.
type StepJob struct {
	Job          *workload.Job
	ManifestJSON []byte
	Profile      numeric.Profile
	Hooks        *workload.Hooks
	Commit       evidence.CommitOptions
}

// Steps regenerates the step states of a provider's disputed intervals from its stored
// endpoints on its own deterministic kernels, and serves them (it is the evidence server's StepSource).
// Storage at rest stays endpoint-only: an interval's s+1 state roots are computed once, when it
// is first asked for (s training steps), with a checkpoint every ceil(sqrt(s)) steps kept in
// memory, so serving any state costs at most sqrt(s) steps. State 0 and state s are the stored
// endpoints k and k+1 themselves. At most stepsKept intervals stay regenerated (the least recently
// used go first), so a node's memory does not grow with the disputes it has answered.
type Steps struct {
	store  Store
	mu     sync.Mutex
	jobs   map[string]StepJob
	ivals  map[string]*stepInterval // job/k
	clock  uint64
	last   map[string]*evidence.Bundle
	cursor map[string]*workload.Trainer // job -> the trainer at the last state served
}

// stepsKept is how many regenerated intervals Steps keeps: a dispute is on one interval at a
// time per challenger, and one dropped is regenerated in s steps when asked for again.
const stepsKept = 4

type stepInterval struct {
	roots []evidence.Hash32
	every uint64
	marks map[uint64]*workload.Trainer // checkpoint after j steps, j a multiple of every
	used  uint64                       // Steps.clock when last asked for
}

// NewSteps returns a step source over the provider's store.
func NewSteps(store Store) *Steps {
	return &Steps{store: store, jobs: map[string]StepJob{}, ivals: map[string]*stepInterval{}, last: map[string]*evidence.Bundle{},
		cursor: map[string]*workload.Trainer{}}
}

// Add registers a job under its evidence key.
func (s *Steps) Add(key string, j StepJob) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jobs[key] = j
}

// StepRoots returns the s+1 state roots of interval k, regenerating the interval the first
// time. The last root is the stored endpoint k+1's: if the regenerated end differs (training
// was not what was committed), the step tree still ends at the committed root and the
// difference shows at the interval's last step.
func (s *Steps) StepRoots(job string, k uint64) ([]evidence.Hash32, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	iv, err := s.interval(job, k)
	if err != nil {
		return nil, err
	}
	return append([]evidence.Hash32(nil), iv.roots...), nil
}

// LoadStep returns the bundle of state j of interval k.
func (s *Steps) LoadStep(job string, k, j uint64) (*evidence.Bundle, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	iv, err := s.interval(job, k)
	if err != nil {
		return nil, err
	}
	stride := uint64(len(iv.roots) - 1)
	switch {
	case j > stride:
		return nil, fmt.Errorf("interval %d has %d steps, no state %d: %w", k, stride, j, evidence.ErrNotFound)
	case j == 0:
		return s.store.Load(job, k)
	case j == stride:
		return s.store.Load(job, k+1)
	}
	if b := s.last[job]; b != nil && b.Endpoint.Metadata.Step == k*stride+j {
		return b, nil
	}
	sj := s.jobs[job]
	// A watchtower walking the interval asks for states in order: carry on from the last one
	// served when it is behind j, else from the nearest checkpoint.
	t, at := s.cursor[job], uint64(0)
	if t != nil && t.Step() >= k*stride && t.Step() <= k*stride+j {
		at = t.Step() - k*stride
	} else {
		at = j / iv.every * iv.every
		if t, err = iv.marks[at].Clone(); err != nil {
			return nil, err
		}
	}
	if _, err := t.Train(sj.Profile, j-at, sj.Hooks); err != nil {
		return nil, fmt.Errorf("regenerate interval %d to step %d: %w", k, j, err)
	}
	s.cursor[job] = t
	ep, err := t.CaptureStep(sj.Profile)
	if err != nil {
		return nil, err
	}
	b, err := evidence.NewBundle(sj.ManifestJSON, ep, sj.Commit)
	if err != nil {
		return nil, err
	}
	// The roots were posted on chain: serving anything else would lose the dispute.
	if got := b.Commitment.Root(); got != iv.roots[j] {
		return nil, fmt.Errorf("regenerated state %d of interval %d has root %s, the step tree says %s: training is not deterministic", j, k, got, iv.roots[j])
	}
	s.last[job] = b
	return b, nil
}

// interval returns (regenerating if needed) interval k of job; s.mu is held.
func (s *Steps) interval(job string, k uint64) (*stepInterval, error) {
	id := fmt.Sprintf("%s/%d", job, k)
	s.clock++
	if iv := s.ivals[id]; iv != nil {
		iv.used = s.clock
		return iv, nil
	}
	sj, ok := s.jobs[job]
	if !ok {
		return nil, fmt.Errorf("job %s: no step states: %w", job, evidence.ErrNotFound)
	}
	m := sj.Job.Manifest()
	if k >= m.Intervals() {
		return nil, fmt.Errorf("job %s has %d intervals, no interval %d: %w", job, m.Intervals(), k, evidence.ErrNotFound)
	}
	start, err := s.store.Load(job, k)
	if err != nil {
		return nil, fmt.Errorf("interval %d: start: %w", k, err)
	}
	end, err := s.store.Load(job, k+1)
	if err != nil {
		return nil, fmt.Errorf("interval %d: end: %w", k, err)
	}
	t, err := sj.Job.Restore(start.Endpoint)
	if err != nil {
		return nil, fmt.Errorf("interval %d: %w", k, err)
	}
	stride := m.Stride
	iv := &stepInterval{roots: make([]evidence.Hash32, stride+1), marks: map[uint64]*workload.Trainer{},
		every: max(1, uint64(math.Ceil(math.Sqrt(float64(stride)))))}
	iv.roots[0], iv.roots[stride] = start.Commitment.Root(), end.Commitment.Root()
	mh := evidence.Keccak256(sj.ManifestJSON)
	for j := uint64(0); j < stride; j++ {
		if j%iv.every == 0 {
			if iv.marks[j], err = t.Clone(); err != nil {
				return nil, err
			}
		}
		if j > 0 {
			ep, err := t.CaptureStep(sj.Profile)
			if err != nil {
				return nil, fmt.Errorf("interval %d state %d: %w", k, j, err)
			}
			c, err := evidence.Commit(mh, ep, sj.Commit)
			if err != nil {
				return nil, fmt.Errorf("interval %d state %d: %w", k, j, err)
			}
			iv.roots[j] = c.Root()
		}
		if _, err := t.Train(sj.Profile, 1, sj.Hooks); err != nil {
			return nil, fmt.Errorf("regenerate interval %d step %d: %w", k, j, err)
		}
	}
	iv.used = s.clock
	s.ivals[id] = iv
	s.evict()
	return iv, nil
}

// evict drops the least recently used regenerated intervals beyond stepsKept; s.mu is held.
func (s *Steps) evict() {
	for len(s.ivals) > stepsKept {
		var oldest string
		for id, iv := range s.ivals {
			if oldest == "" || iv.used < s.ivals[oldest].used {
				oldest = id
			}
		}
		delete(s.ivals, oldest)
	}
}

// RegeneratedEnd reports whether regenerating interval k of job ends at its stored endpoint
// k+1 bit for bit (an honest, deterministic provider always does).
func (s *Steps) RegeneratedEnd(job string, k uint64) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	iv, err := s.interval(job, k)
	if err != nil {
		return false, err
	}
	sj := s.jobs[job]
	stride := uint64(len(iv.roots) - 1)
	mark := (stride - 1) / iv.every * iv.every
	t, err := iv.marks[mark].Clone()
	if err != nil {
		return false, err
	}
	if _, err := t.Train(sj.Profile, stride-mark, sj.Hooks); err != nil {
		return false, err
	}
	ep, err := t.Capture(sj.Profile, k+1)
	if err != nil {
		return false, err
	}
	c, err := evidence.Commit(evidence.Keccak256(sj.ManifestJSON), ep, sj.Commit)
	if err != nil {
		return false, err
	}
	return c.Root() == iv.roots[stride], nil
}
