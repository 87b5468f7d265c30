package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/replay"
	"github.com/ovig/ovig/prover/workload"
)

// StorageRow is the evidence one endpoint takes at stride s, from a real endpoint of the
// workload whose metadata carries s real losses.
type StorageRow struct {
	Workload      string  `json:"workload"`
	Stride        uint64  `json:"stride"`
	EndpointBytes uint64  `json:"endpoint_bytes"` // tensors + metadata + leaf list
	MetadataBytes uint64  `json:"metadata_bytes"`
	BytesPerStep  float64 `json:"bytes_per_step"`
	// Reduction is storage per trained step at s=1 over that at s (asymptotically in
	// the job length); JobReduction the same for a job of Config.StorageSteps steps, which
	// also stores endpoint 0. Transfer per opened interval is two endpoints plus the manifest.
	Reduction     float64 `json:"reduction"`
	JobReduction  float64 `json:"job_reduction"`
	Goal          float64 `json:"goal"` // 0.999·s
	TransferBytes uint64  `json:"transfer_bytes_per_audit"`
	MeetsGoal     bool    `json:"meets_goal"`
}

// storageRows sizes the evidence of ep (a real endpoint) at every stride of cfg.
func storageRows(name string, ep *evidence.Endpoint, manifestHash evidence.Hash32, manifestJSON []byte, cfg Config) ([]StorageRow, error) {
	c, err := evidence.Commit(manifestHash, ep, evidence.CommitOptions{})
	if err != nil {
		return nil, err
	}
	list, err := json.Marshal(c.LeafList())
	if err != nil {
		return nil, err
	}
	var tensors uint64
	for _, ts := range [][]evidence.Tensor{ep.State, ep.Gradient} {
		for _, t := range ts {
			tensors += uint64(len(t.Data))
		}
	}
	real := ep.Metadata.Losses
	if len(real) == 0 {
		return nil, fmt.Errorf("storage: endpoint %d has no losses to size metadata with", ep.Metadata.Endpoint)
	}
	size := func(s uint64) (uint64, uint64, error) {
		m := ep.Metadata
		m.Losses = make([]float64, min(s, workload.MaxEndpointLosses))
		for i := range m.Losses {
			m.Losses[i] = real[i%len(real)]
		}
		b, err := m.Canonical()
		if err != nil {
			return 0, 0, err
		}
		return tensors + uint64(len(b)) + uint64(len(list)), uint64(len(b)), nil
	}
	b1, _, err := size(1)
	if err != nil {
		return nil, err
	}
	var rows []StorageRow
	for _, s := range cfg.Strides {
		bs, meta, err := size(s)
		if err != nil {
			return nil, err
		}
		t := float64(cfg.StorageSteps)
		r := StorageRow{
			Workload: name, Stride: s, EndpointBytes: bs, MetadataBytes: meta, BytesPerStep: float64(bs) / float64(s),
			Reduction:     float64(s) * float64(b1) / float64(bs),
			JobReduction:  (t + 1) * float64(b1) / ((t/float64(s) + 1) * float64(bs)),
			Goal:          0.999 * float64(s),
			TransferBytes: 2*bs + uint64(len(manifestJSON)),
		}
		r.MeetsGoal = r.Reduction >= r.Goal
		rows = append(rows, r)
	}
	return rows, nil
}

// Overhead compares training with evidence capture and commitment against plain training,
// measured side by side in one run: each interval's training and its endpoint's capture and
// commitment are timed separately, so both see the same machine load. The expected
// watchtower replay at the documented rate is added from timed audits of the same job.
type Overhead struct {
	Workload string  `json:"workload"`
	Steps    uint64  `json:"steps"`
	Stride   uint64  `json:"stride"`
	Rate     float64 `json:"rate"`
	Repeats  int     `json:"repeats"`
	// Seconds, summed over the repeats.
	Plain    float64 `json:"plain_seconds"`    // training steps
	Evidence float64 `json:"evidence_seconds"` // training + capture + commit of every endpoint
	Audit    float64 `json:"audit_seconds"`    // one interval: endpoint gradient + replay + commit (mean)
	// Signal is the time of the endpoints' gradient signals, which Capture computes and the
	// next training step computes again on the same weights and batch.
	Signal float64 `json:"signal_seconds"`
	// EvidenceRatio = Evidence/Plain; Total adds p·N audits by one watchtower; TotalAll by
	// every watchtower of the configuration; TotalReuse is Total if the trainer reused the
	// captured gradient signal for its next step instead of computing it twice.
	EvidenceRatio float64 `json:"evidence_ratio"`
	Total         float64 `json:"total_ratio"`
	TotalAll      float64 `json:"total_ratio_all_watchtowers"`
	TotalReuse    float64 `json:"total_ratio_reusing_signal"`
	Watchtowers   uint64  `json:"watchtowers"`
}

func overhead(ctx context.Context, src *data.Sources, cfg Config) (Overhead, error) {
	// The boundary does not change what training, capture and commitment cost, but a
	// manifest must name one to have a hash.
	o := workload.Options{Steps: cfg.OverheadSteps, Stride: cfg.OverheadStride, Seed: cfg.Seed,
		BoundaryHash: evidence.Keccak256([]byte("ovig eval: overhead run"))}
	m, err := workload.NewManifest(cfg.OverheadWorkload, src, o)
	if err != nil {
		return Overhead{}, err
	}
	j, err := workload.Open(m, src)
	if err != nil {
		return Overhead{}, err
	}
	mh, err := m.Hash()
	if err != nil {
		return Overhead{}, err
	}
	ref := j.Policy().Reference()
	n := m.Intervals()
	out := Overhead{Workload: m.Workload, Steps: m.TotalSteps, Stride: m.Stride, Rate: cfg.Rate, Repeats: cfg.Repeats, Watchtowers: cfg.Watchtowers}
	var train, capture, audit, signal time.Duration
	audits := 0
	for range cfg.Repeats {
		tr, err := j.Init()
		if err != nil {
			return Overhead{}, err
		}
		var prev *evidence.Endpoint
		for k := range n + 1 {
			if err := ctx.Err(); err != nil {
				return Overhead{}, err
			}
			t0 := time.Now()
			if k > 0 {
				if _, err := tr.Train(ref, m.Stride, nil); err != nil {
					return Overhead{}, err
				}
			}
			t1 := time.Now()
			ep, err := tr.Capture(ref, k)
			if err != nil {
				return Overhead{}, err
			}
			if _, err := evidence.Commit(mh, ep, evidence.CommitOptions{}); err != nil {
				return Overhead{}, err
			}
			t2 := time.Now()
			train += t1.Sub(t0)
			capture += t2.Sub(t1)
			if _, _, err := tr.Gradient(ref); err != nil {
				return Overhead{}, err
			}
			signal += time.Since(t2)
			if k%4 == 1 { // audit every fourth interval, spread over the run
				t3 := time.Now()
				if _, err := replay.Gradient(j, ep, ref); err != nil {
					return Overhead{}, err
				}
				next, err := replay.Interval(ctx, j, prev, ref, nil)
				if err != nil {
					return Overhead{}, err
				}
				if _, err := evidence.Commit(mh, next, evidence.CommitOptions{}); err != nil {
					return Overhead{}, err
				}
				audit += time.Since(t3)
				audits++
			}
			prev = ep
		}
	}
	out.Plain = train.Seconds()
	out.Evidence = (train + capture).Seconds()
	out.Signal = signal.Seconds()
	out.Audit = audit.Seconds() / float64(max(audits, 1))
	replayOne := cfg.Rate * float64(n) * float64(cfg.Repeats) * out.Audit
	out.EvidenceRatio = out.Evidence / out.Plain
	out.Total = (out.Evidence + replayOne) / out.Plain
	out.TotalAll = (out.Evidence + float64(cfg.Watchtowers)*replayOne) / out.Plain
	out.TotalReuse = (out.Evidence - out.Signal + replayOne) / out.Plain
	return out, nil
}
