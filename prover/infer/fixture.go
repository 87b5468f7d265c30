package infer

import (
	"fmt"
	"math"
	"strings"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

// Trained is a small job trained for real to its final endpoint, for serving without a chain:
// what the evaluation, the benchmarks and the tests serve.
type Trained struct {
	Job          *workload.Job
	ManifestHash evidence.Hash32
	Final        *evidence.Endpoint
	FinalHash    evidence.Hash32 // the final endpoint's root, as finalize would post it
}

// Train trains a job of the named workload for steps steps (one interval) under the
// policy's reference profile.
func Train(src *data.Sources, name string, steps, seed uint64) (*Trained, error) {
	// A manifest must name a training boundary; this job is never audited, so it names none
	// that exists, and says so.
	noBoundary := evidence.Keccak256([]byte("ovig/infer: trained for serving, never audited"))
	m, err := workload.NewManifest(name, src, workload.Options{Steps: steps, Stride: steps, Seed: seed, BoundaryHash: noBoundary})
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", name, err)
	}
	job, err := workload.Open(m, src)
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", name, err)
	}
	mh, err := m.Hash()
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", name, err)
	}
	t, err := job.Init()
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", name, err)
	}
	ref := job.Policy().Reference()
	if _, err := t.Train(ref, steps, nil); err != nil {
		return nil, fmt.Errorf("train %s: %w", name, err)
	}
	ep, err := t.Capture(ref, 1)
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", name, err)
	}
	c, err := evidence.Commit(mh, ep, evidence.CommitOptions{})
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", name, err)
	}
	return &Trained{Job: job, ManifestHash: mh, Final: ep, FinalHash: c.Root()}, nil
}

// Open opens the trained final model, checked against its hash.
func (t *Trained) Open() (*Weights, error) {
	return OpenFinal(t.Job, t.ManifestHash, t.Final, t.FinalHash)
}

// TestRequests are n requests built from the job's test split: images to classify, text
// windows whose first half prompts the generation of the rest (temperature 0.8, seed i), or
// test digits noised at levels spread over the schedule.
func TestRequests(job *workload.Job, net *workload.Network, n int) ([]Request, error) {
	b := job.TestBatch(n)
	out := make([]Request, b.Len())
	for i := range out {
		r := Request{ID: fmt.Sprintf("test-%d", i), Task: net.Task()}
		switch net.Task() {
		case workload.TaskClassify:
			r.Pixels = b.X[i*b.Width : (i+1)*b.Width]
		case workload.TaskGenerate:
			c := b.Context
			text, err := net.Text(b.Tokens[i*c : i*c+c/2])
			if err != nil {
				return nil, err
			}
			r.Prompt, r.MaxTokens = strings.ToValidUTF8(text, ""), c/2+1
			r.Sampling = &Sampling{Temperature: 0.8, Seed: uint64(i)}
		case workload.TaskDenoise:
			w := b.Width
			r.Level = (i * 37) % net.NoiseLevels()
			rd := data.NewRand("ovig/infer/test-noise", uint64(i))
			a := net.Abar(r.Level)
			r.Noisy = make([]float32, w)
			for j := range r.Noisy {
				r.Noisy[j] = float32(math.Sqrt(a)*float64(b.X[i*w+j]) + math.Sqrt(1-a)*rd.Normal())
			}
		}
		out[i] = r
	}
	return out, nil
}

// CalibrationInputs are the block inputs of requests, under the reference profile of honest
// serving (generation runs, so the rows are those of the records).
func CalibrationInputs(w *Weights, reqs []Request) ([]Input, error) {
	s, err := NewServer(w, w.Job.Policy().Reference(), nil)
	if err != nil {
		return nil, err
	}
	out := make([]Input, len(reqs))
	for i, r := range reqs {
		rec, err := s.Serve(r)
		if err != nil {
			return nil, err
		}
		v, err := rec.Edges[0].Values()
		if err != nil {
			return nil, err
		}
		out[i] = Input{Rows: rec.Edges[0].Rows, In: v}
	}
	return out, nil
}

// SplitProfiles splits the policy's honest profiles (reference excluded) into calibration and
// held-out ones: every third, from the second, is held out, so each reduction order family has
// members on both sides.
func SplitProfiles(pol numeric.Policy) (cal, held []numeric.Profile) {
	ref := pol.Reference()
	i := 0
	for _, p := range pol.HonestProfiles() {
		if p == ref {
			continue
		}
		if i%3 == 1 {
			held = append(held, p)
		} else {
			cal = append(cal, p)
		}
		i++
	}
	return cal, held
}

// CalibrateOnTest calibrates the bound of w's workload on n requests built from the test split
// (TestRequests), fitting on cal and holding out held, replaying under the policy's reference
// profile (the arbiters' profile).
func CalibrateOnTest(w *Weights, n int, cal, held []numeric.Profile) (*Bound, error) {
	reqs, err := TestRequests(w.Job, w.Net, n)
	if err != nil {
		return nil, err
	}
	ins, err := CalibrationInputs(w, reqs)
	if err != nil {
		return nil, err
	}
	pol := w.Job.Policy()
	return Calibrate(w.Net, pol, ins, CalibrationConfig{Verifier: pol.Reference(), Profiles: cal, HeldOut: held})
}

// Shorten cuts a generation request to a prompt of at most prompt bytes (never inside a UTF-8
// character) and gen generated tokens: shorter records for cheap tests and sweeps.
func Shorten(r *Request, prompt, gen int) {
	if r.Prompt == "" {
		return
	}
	r.Prompt = strings.ToValidUTF8(r.Prompt[:min(prompt, len(r.Prompt))], "")
	r.MaxTokens = gen
}
