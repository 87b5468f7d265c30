package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
	"github.com/ovig/ovig/serve"
)

// ServeSpec is how a finalized job's provider serves its final model.
type ServeSpec struct {
	Behaviour string  // "" (honest) or an infer.ParseBehaviour name such as "substitute:init"
	Requests  int     // classify requests from the test split
	BatchSize int     // records per batch (default 4)
	Rate      float64 // the watchtower's sampling rate (default 1)
}

// Serving is what serving a job did.
type Serving struct {
	Job        *Job
	Behaviour  string
	Requests   int
	Batches    int
	Checked    int            // records the watchtower opened
	Challenged int            // disputes it opened
	Outcomes   map[string]int // arbiters' findings, by outcome
	Resolved   int
	Status     chain.JobStatus // the job after arbitration
	Took       time.Duration
}

// ServeJob serves a Finalized job's final model (before its window ends: serving is backed by
// the training bond until then): the owner opens serving with a bound calibrated on the test split,
// the provider answers spec.Requests requests on a loopback server and commits its batches on
// chain, the first watchtower's key spot-checks them (serve.Watchtower, one step) and the job's
// arbiters judge whatever it challenged (serve.Arbitrator over a shared board).
func (n *Net) ServeJob(ctx context.Context, j *Job, spec ServeSpec) (*Serving, error) {
	start := time.Now()
	if spec.BatchSize <= 0 {
		spec.BatchSize = 4
	}
	if spec.Rate <= 0 {
		spec.Rate = 1
	}
	if len(n.Watchtowers) == 0 {
		return nil, fmt.Errorf("serve job %v: no watchtower", j.ID)
	}
	v, err := n.Owner.Job(ctx, j.ID)
	if err != nil {
		return nil, err
	}
	if v.Status != chain.StatusFinalized {
		return nil, fmt.Errorf("serve job %v: status %v, want Finalized", j.ID, v.Status)
	}
	w, err := n.finalWeights(j, v.FinalModelHash)
	if err != nil {
		return nil, fmt.Errorf("serve job %v: %w", j.ID, err)
	}
	if w.Net.Task() != workload.TaskClassify {
		return nil, fmt.Errorf("serve job %v: the devnet serves classify workloads only, not %s", j.ID, w.Net.Task())
	}
	cal, held := infer.SplitProfiles(w.Job.Policy())
	bound, err := infer.CalibrateOnTest(w, 8, cal[:min(3, len(cal))], held[:min(1, len(held))])
	if err != nil {
		return nil, fmt.Errorf("serve job %v: calibrate: %w", j.ID, err)
	}
	bh, err := bound.Hash()
	if err != nil {
		return nil, err
	}
	if err := n.Inference.OpenServing(ctx, j.ID, bh, 3600); err != nil {
		return nil, err
	}
	ref := w.Job.Policy().Reference()
	verifier, err := infer.NewVerifier(w, bound, ref)
	if err != nil {
		return nil, err
	}

	// The provider.
	hooks, err := infer.ParseBehaviour(spec.Behaviour, w.Job, w.Net)
	if err != nil {
		return nil, err
	}
	is, err := infer.NewServer(w, ref, hooks)
	if err != nil {
		return nil, err
	}
	key := evidence.JobKey(j.ID)
	records, err := serve.OpenStore(filepath.Join(n.cfg.Dir, "records-"+key), w.Hash, spec.BatchSize)
	if err != nil {
		return nil, err
	}
	base, err := n.serve(serve.NewServer(key, is, records, serve.Model{Job: key, Model: w.Hash.String()}, nil, n.cfg.Log))
	if err != nil {
		return nil, err
	}
	cl, err := serve.NewClient(base, key, &http.Client{Timeout: 30 * time.Second})
	if err != nil {
		return nil, err
	}
	reqs, err := infer.TestRequests(w.Job, w.Net, spec.Requests)
	if err != nil {
		return nil, err
	}
	for _, r := range reqs {
		if _, err := cl.Ask(ctx, workload.TaskClassify, serve.Query{ID: r.ID, Pixels: r.Pixels}); err != nil {
			return nil, err
		}
	}
	if _, err := records.Flush(); err != nil {
		return nil, err
	}
	ps, err := n.senderOf(ctx, j.Provider)
	if err != nil {
		return nil, err
	}
	batches, err := (&serve.Committer{Inference: n.Inference.WithSender(ps), Job: j.ID, Store: records}).Sync(ctx)
	if err != nil {
		return nil, err
	}
	out := &Serving{Job: j, Behaviour: spec.Behaviour, Requests: len(reqs), Batches: batches, Outcomes: map[string]int{}}
	if out.Behaviour == "" {
		out.Behaviour = "honest"
	}

	// The watchtower.
	ws, err := n.senderOf(ctx, n.Watchtowers[0].Address)
	if err != nil {
		return nil, err
	}
	tower := &serve.Watchtower{Inference: n.Inference.WithSender(ws), Registry: n.Owner, Job: j.ID, Client: cl, Verifier: verifier,
		Model: w.Hash, Secret: []byte("devnet inference watchtower " + n.Watchtowers[0].Address.Hex()), Rate: spec.Rate, Log: n.cfg.Log}
	st, err := tower.Step(ctx)
	if err != nil {
		return nil, err
	}
	for _, e := range st.Errors {
		return nil, e
	}
	out.Checked, out.Challenged = st.Checked, len(st.Disputes)

	// The arbiters, when there is anything to judge.
	if out.Challenged > 0 {
		board := serve.NewMemoryBoard()
		served := func(context.Context, *big.Int) (serve.Served, error) {
			return serve.Served{Client: cl, Verifier: verifier, Model: w.Hash}, nil
		}
		var panel []*serve.Arbitrator
		for _, a := range n.Arbiters {
			k, err := n.keyOf(a.Address)
			if err != nil {
				return nil, err
			}
			s, err := n.sender(ctx, k)
			if err != nil {
				return nil, err
			}
			panel = append(panel, &serve.Arbitrator{Inference: n.Inference.WithSender(s), Registry: n.Owner, Key: k, Serving: served, Board: board, Log: n.cfg.Log})
		}
		for range 2 { // judge and post, then gather the others' signatures and resolve
			for _, a := range panel {
				r, err := a.Step(ctx)
				if err != nil {
					return nil, err
				}
				for _, f := range r.Judged {
					out.Outcomes[string(f.Outcome)]++
				}
				out.Resolved += len(r.Resolved)
			}
		}
	}
	if v, err = n.Owner.Job(ctx, j.ID); err != nil {
		return nil, err
	}
	out.Status, out.Took = v.Status, time.Since(start)
	return out, nil
}

// finalWeights opens the job's final model from its provider's store, checked against the hash
// the job posted at finalize.
func (n *Net) finalWeights(j *Job, final [32]byte) (*infer.Weights, error) {
	key := evidence.JobKey(j.ID)
	eps, err := j.Store.Endpoints(key)
	if err != nil || len(eps) == 0 {
		return nil, fmt.Errorf("no endpoints in the provider's store: %v", err)
	}
	b, err := j.Store.Load(key, eps[len(eps)-1])
	if err != nil {
		return nil, err
	}
	wl, err := workload.Open(j.Manifest, n.cfg.Data)
	if err != nil {
		return nil, err
	}
	return infer.OpenFinal(wl, b.Commitment.ManifestHash, b.Endpoint, final)
}

// keyOf finds the funded key of an account the devnet handed out.
func (n *Net) keyOf(a common.Address) (*ecdsa.PrivateKey, error) {
	for _, k := range n.cfg.Keys {
		if crypto.PubkeyToAddress(k.PublicKey) == a {
			return k, nil
		}
	}
	return nil, fmt.Errorf("devnet: no key for %s", a)
}

func (n *Net) senderOf(ctx context.Context, a common.Address) (*chain.Sender, error) {
	k, err := n.keyOf(a)
	if err != nil {
		return nil, err
	}
	return n.sender(ctx, k)
}
