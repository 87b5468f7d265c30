package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
	"github.com/ovig/ovig/serve"
)

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:        "serve",
		Usage:       "auditable inference of a finished job's final model",
		Subcommands: []*cli.Command{serveRunCommand(), serveCheckCommand(), serveJudgeCommand(), serveWatchCommand(), serveArbitrateCommand()},
	}
}

func serveRunCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "serve a finished job's final model over HTTP, keeping an auditable record of every request",
		Description: "Opens the job's final endpoint from the provider's evidence store, checks it against the final\n" +
			"model hash the job recorded at finalize (ovig job show prints it), and serves classify, generate or\n" +
			"denoise requests on --listen. Every request's inputs, outputs, sampling configuration and activations at\n" +
			"every block edge are kept and committed in batches (Merkle roots over the records, the evidence tree of\n" +
			"training); batches, records and proofs are served for watchtowers (ovig serve check), and so is the final\n" +
			"endpoint's evidence. Batch roots are not posted on chain yet (docs/inference.md).",
		Flags: append([]cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "store", Value: ".ovig/provider", Usage: "evidence store holding the job's final endpoint"},
			&cli.StringFlag{Name: "job", Required: true, Usage: "job id (its evidence key)"},
			&cli.StringFlag{Name: "final-hash", Required: true, Usage: "the job's final model hash, 0x..."},
			&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8800", Usage: "address to serve on (port 0: any free port)"},
			&cli.StringFlag{Name: "records", Value: ".ovig/records", Usage: "directory of the committed record batches"},
			&cli.IntFlag{Name: "batch-size", Value: 64, Usage: "records per committed batch"},
			&cli.DurationFlag{Name: "batch-interval", Value: 30 * time.Second, Usage: "commit pending records at least this often"},
			&cli.StringFlag{Name: "profile", Usage: "numeric profile to serve under (default: the policy's reference)"},
			&cli.StringFlag{Name: "behaviour", Value: "honest", Usage: "testing only, to try a watchtower out: " + strings.Join(infer.Attacks(), ", ")},
			// With --registry (and the chain flags), every committed batch is also committed on
			// chain to the registry's OvigInference, as the job's provider.
		}, chainFlags()...),
		Action: func(c *cli.Context) error {
			log, err := newLogger(c)
			if err != nil {
				return err
			}
			jobID, err := parseJobID(c.String("job"))
			if err != nil {
				return err
			}
			final, err := evidence.ParseHash32(c.String("final-hash"))
			if err != nil {
				return usageError("--final-hash: %v", err)
			}
			if st, err := os.Stat(c.String("store")); err != nil || !st.IsDir() {
				return usageError("--store %s: no evidence store there (give the provider's --store directory): %v", c.String("store"), notDir(st, err))
			}
			store, err := evidence.OpenStore(c.String("store"), evidence.StoreOptions{})
			if err != nil {
				return err
			}
			key := evidence.JobKey(jobID)
			eps, err := store.Endpoints(key)
			if err != nil || len(eps) == 0 {
				return fmt.Errorf("job %s: no endpoints in %s: %v", key, c.String("store"), err)
			}
			b, err := store.Load(key, eps[len(eps)-1])
			if err != nil {
				return err
			}
			m, err := evidence.DecodeCanonicalManifest(b.ManifestJSON)
			if err != nil {
				return err
			}
			src, err := dataSources(c)
			if err != nil {
				return err
			}
			job, err := workload.Open(m, src)
			if err != nil {
				return err
			}
			w, err := infer.OpenFinal(job, b.Commitment.ManifestHash, b.Endpoint, final)
			if err != nil {
				return err
			}
			profile := job.Policy().Reference()
			if name := c.String("profile"); name != "" {
				if profile, err = numeric.ParseProfile(name); err != nil {
					return usageError("--profile: %v", err)
				}
				if err := audit.Admitted(job.Policy(), profile); err != nil {
					return usageError("--profile: %v", err)
				}
			}
			hooks, err := infer.ParseBehaviour(c.String("behaviour"), job, w.Net)
			if err != nil {
				return usageError("--behaviour: %v", err)
			}
			inf, err := infer.NewServer(w, profile, hooks)
			if err != nil {
				return err
			}
			records, err := serve.OpenStore(c.String("records"), w.Hash, c.Int("batch-size"))
			if err != nil {
				return err
			}
			desc := serve.Model{Job: key, Workload: m.Workload, Task: string(w.Net.Task()), Model: w.Hash.String(), Profile: profile.Name(),
				Context: w.Net.Context(), Levels: w.Net.NoiseLevels(), Side: w.Net.ImageSide()}
			for i := range w.Net.Blocks() {
				desc.Blocks = append(desc.Blocks, w.Net.BlockName(i))
			}
			h := serve.NewServer(key, inf, records, desc, evidence.NewServer(store, evidence.ServerOptions{Logger: log}), log)
			srv, done, err := serveHTTP(c.String("listen"), h, "inference of job "+key+" ("+m.Workload+")", log)
			if err != nil {
				return err
			}
			committer, closeChain, err := serveCommitter(c, jobID, records)
			if err != nil {
				return err
			}
			defer closeChain()
			ctx, stop := signalContext(c.Context)
			defer stop()
			tick := time.NewTicker(c.Duration("batch-interval"))
			defer tick.Stop()
			flush := func() {
				if bt, err := records.Flush(); err != nil {
					log.Error().Err(err).Msg("commit records")
				} else if bt != nil {
					log.Info().Uint64("batch", bt.Index).Uint64("records", bt.LeafCount).Str("root", bt.Root.String()).Msg("committed record batch")
				}
				if committer == nil {
					return
				}
				// Batches filled by requests between ticks are committed here too.
				sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
				defer cancel()
				if n, err := committer.Sync(sctx); err != nil {
					log.Error().Err(err).Msg("commit record batches on chain")
				} else if n > 0 {
					log.Info().Int("batches", n).Str("inference", committer.Inference.Address().Hex()).Msg("committed record batches on chain")
				}
			}
			flush() // batches left on disk by an earlier run
			for {
				select {
				case <-tick.C:
					flush()
				case err := <-done:
					flush()
					return err
				case <-ctx.Done():
					sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
					err := srv.Shutdown(sctx)
					cancel()
					flush()
					return err
				}
			}
		},
	}
}

// serveCommitter opens the registry's OvigInference when --registry is given (nil otherwise).
func serveCommitter(c *cli.Context, jobID *big.Int, records *serve.Store) (*serve.Committer, func(), error) {
	if c.String("registry") == "" {
		return nil, func() {}, nil
	}
	ch, reg, err := openRegistry(c, true)
	if err != nil {
		return nil, nil, err
	}
	inf, err := reg.InferenceOf(c.Context)
	if err != nil {
		ch.Close()
		return nil, nil, fmt.Errorf("--registry %s: %w", reg.Address(), err)
	}
	return &serve.Committer{Inference: inf, Job: jobID, Store: records}, func() { ch.Close() }, nil
}

func serveCheckCommand() *cli.Command {
	return &cli.Command{
		Name:  "check",
		Usage: "spot-check the records an inference server (ovig serve run) committed",
		Description: "Fetches the job's final endpoint (from --evidence, by default the inference server itself) and\n" +
			"checks it against --final-hash, calibrates an activation bound on the test split (or reads --bound),\n" +
			"then opens each committed record with probability --rate under a private secret, verifies its Merkle\n" +
			"proof against its batch root, and replays one block of it chosen by the secret (--all-blocks: every\n" +
			"block). Prints one line per opened record and exits with code 3 if one is fraud.",
		Flags: append(append(spotCheckFlags(),
			&cli.Float64Flag{Name: "rate", Value: 1, Usage: "probability of opening each record"},
			&cli.StringFlag{Name: "secret-file", Usage: "file holding the sampling secret (default: a fresh random one)"},
			&cli.BoolFlag{Name: "all-blocks", Usage: "replay every block of an opened record"},
			&cli.BoolFlag{Name: "challenge", Usage: "with --registry: challenge the first record found not honest on chain (bonds the job's challenger bond)"},
			// With --registry the batch roots are the ones the chain committed, not the server's list.
		), chainFlags()...),
		Action: func(c *cli.Context) error {
			jobID, err := parseJobID(c.String("job"))
			if err != nil {
				return err
			}
			key := evidence.JobKey(jobID)
			final, err := evidence.ParseHash32(c.String("final-hash"))
			if err != nil {
				return usageError("--final-hash: %v", err)
			}
			if r := c.Float64("rate"); !(r > 0 && r <= 1) {
				return usageError("--rate %v: want a probability in (0,1]", r)
			}
			secret := make([]byte, 32)
			if f := c.String("secret-file"); f != "" {
				if secret, err = os.ReadFile(f); err != nil {
					return fmt.Errorf("--secret-file: %w", err)
				}
			} else if _, err := rand.Read(secret); err != nil {
				return err
			}
			w, err := servedModel(c, key, final)
			if err != nil {
				return err
			}
			bound, err := checkBound(c, w)
			if err != nil {
				return err
			}
			v, err := infer.NewVerifier(w, bound, bound.Verifier)
			if err != nil {
				return err
			}
			boundHash, err := bound.Hash()
			if err != nil {
				return err
			}
			cl, err := serve.NewClient(c.String("url"), key, &http.Client{Timeout: time.Minute})
			if err != nil {
				return usageError("--url: %v", err)
			}
			batches, err := cl.Batches(c.Context)
			if err != nil {
				return err
			}
			oc, err := openCheckChain(c)
			if err != nil {
				return err
			}
			defer oc.close()
			var findings []map[string]any
			var text strings.Builder
			opened, fraud := 0, 0
			var disputes []string
			for _, b := range batches {
				if b.Model != final {
					return fmt.Errorf("batch %d commits to model %s, not the job's final model %s", b.Index, b.Model, final)
				}
				if oc.inf != nil {
					if _, err := serve.OnChain(c.Context, oc.inf, jobID, b); err != nil {
						return fmt.Errorf("batch %d is not what the chain committed: %w", b.Index, err)
					}
				}
				for i := range b.LeafCount {
					if !infer.Sampled(secret, b.Root, i, c.Float64("rate")) {
						continue
					}
					o, err := cl.Record(c.Context, b, i)
					if err != nil {
						return err
					}
					blocks := []int{infer.PickBlock(secret, b.Root, i, v.Blocks())}
					if c.Bool("all-blocks") {
						blocks = blocks[:0]
						for k := range v.Blocks() {
							blocks = append(blocks, k)
						}
					}
					f := v.Check(o, blocks)
					opened++
					if f.Outcome != infer.Honest {
						fraud++
					}
					findings = append(findings, map[string]any{"batch": b.Index, "index": i, "finding": f})
					fmt.Fprintf(&text, "batch %d record %d: %s, blocks %v, worst %.3g of the bound: %s\n", b.Index, i, f.Outcome, f.Replayed, f.Worst, f.Reason)
					if f.Outcome != infer.Honest && c.Bool("challenge") && len(disputes) == 0 {
						d, err := serve.Challenge(c.Context, oc.inf, oc.reg, jobID, b, i, secret)
						if err != nil {
							return fmt.Errorf("challenge record %d of batch %d: %w", i, b.Index, err)
						}
						disputes = append(disputes, d.String())
						fmt.Fprintf(&text, "challenged on chain: inference dispute %v\n", d)
					}
				}
			}
			fmt.Fprintf(&text, "%d batches, %d records opened, %d not honest (bound %s, %d held-out false positives in %d replays)\n",
				len(batches), opened, fraud, boundHash, bound.FalsePositives, bound.HeldOutChecks)
			if err := output(c, map[string]any{"batches": len(batches), "opened": opened, "not_honest": fraud, "findings": findings, "disputes": disputes,
				"bound_hash": boundHash, "bound_false_positives": bound.FalsePositives, "bound_held_out_checks": bound.HeldOutChecks}, text.String()); err != nil {
				return err
			}
			if fraud > 0 {
				return cli.Exit("", 3)
			}
			return nil
		},
	}
}

// servedModel opens the job's final model as a verifier must: the manifest (--manifest), the
// final endpoint fetched from --evidence (default --url) and checked against the final hash.
func servedModel(c *cli.Context, key string, final evidence.Hash32) (*infer.Weights, error) {
	m, _, err := loadManifest(c.String("manifest"))
	if err != nil {
		return nil, err
	}
	mh, err := m.Hash()
	if err != nil {
		return nil, err
	}
	src, err := dataSources(c)
	if err != nil {
		return nil, err
	}
	job, err := workload.Open(m, src)
	if err != nil {
		return nil, err
	}
	evURL := c.String("evidence")
	if evURL == "" {
		evURL = c.String("url")
	}
	ec, err := evidence.NewClient(evURL, evidence.ClientOptions{})
	if err != nil {
		return nil, err
	}
	leaves, err := audit.LeafCount(job, job.Policy().Reference())
	if err != nil {
		return nil, err
	}
	fe, err := ec.FetchEndpoint(c.Context, evidence.EndpointRef{Job: key, Endpoint: m.Intervals()}, evidence.Anchor{Root: final, LeafCount: leaves}, mh)
	if err != nil {
		return nil, fmt.Errorf("final endpoint: %w", err)
	}
	return infer.OpenFinal(job, mh, fe.Endpoint, final)
}

func serveJudgeCommand() *cli.Command {
	return &cli.Command{
		Name:  "judge",
		Usage: "as an arbiter, judge an inference dispute of OvigInference and sign the verdict",
		Description: "Reads the dispute from the registry's OvigInference, opens the job's final model (checked against\n" +
			"--final-hash), fetches the disputed record from --url against the batch root the chain committed,\n" +
			"replays every block under the bound --bound (whose hash must be the job's serving bound) and prints\n" +
			"the verdict with this arbiter's signature. With --submit SIG,... (other arbiters' signatures of the\n" +
			"same verdict) it also submits the verdict on chain.",
		Flags: append([]cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "dispute", Required: true, Usage: "inference dispute id"},
			&cli.StringFlag{Name: "url", Required: true, Usage: "the job's inference server, http://127.0.0.1:PORT"},
			&cli.StringFlag{Name: "evidence", Usage: "evidence server of the job (default: --url)"},
			&cli.StringFlag{Name: "manifest", Required: true, Usage: "the job's manifest"},
			&cli.StringFlag{Name: "final-hash", Required: true, Usage: "the job's final model hash, 0x..."},
			&cli.StringFlag{Name: "bound", Required: true, Usage: "activation bound JSON; its hash must be the job's serving bound"},
			&cli.StringFlag{Name: "submit", Usage: "comma-separated hex signatures of other arbiters: submit the verdict with them"},
		}, chainFlags()...),
		Action: func(c *cli.Context) error {
			id, ok := new(big.Int).SetString(c.String("dispute"), 10)
			if !ok || id.Sign() <= 0 {
				return usageError("--dispute %q: want a positive decimal number", c.String("dispute"))
			}
			final, err := evidence.ParseHash32(c.String("final-hash"))
			if err != nil {
				return usageError("--final-hash: %v", err)
			}
			key, err := loadKey(c)
			if err != nil {
				return err
			}
			oc, err := openJudgeChain(c, c.String("submit") != "")
			if err != nil {
				return err
			}
			defer oc.close()
			d, err := oc.inf.Dispute(c.Context, id)
			if err != nil {
				return err
			}
			if !d.Open() {
				return fmt.Errorf("inference dispute %v is not open (status %d)", id, d.Status)
			}
			w, v, cl, err := servedJob(c, oc, d.JobID, final)
			if err != nil {
				return err
			}
			verdict, f, err := serve.Judge(c.Context, oc.inf, cl, v, w.Hash, id)
			if err != nil {
				return err
			}
			digest := verdict.Digest(oc.inf.ChainID(), oc.inf.Address())
			sig, err := chain.SignVerdict(key, digest)
			if err != nil {
				return err
			}
			submitted := false
			if others := c.String("submit"); others != "" {
				sigs := [][]byte{sig}
				for _, h := range strings.Split(others, ",") {
					b, err := hexutil.Decode(strings.TrimSpace(h))
					if err != nil {
						return usageError("--submit: %v", err)
					}
					sigs = append(sigs, b)
				}
				if err := oc.inf.Resolve(c.Context, verdict, sigs); err != nil {
					return err
				}
				submitted = true
			}
			return output(c, map[string]any{"dispute": id.String(), "job": d.JobID.String(), "batch": d.Batch, "record": d.Record,
				"outcome": verdict.Outcome, "block_index": verdict.BlockIndex, "distance": verdict.Distance.String(), "bound": verdict.Bound.String(),
				"replay_digest": hexutil.Encode(verdict.ReplayDigest[:]), "digest": digest.Hex(), "signature": hexutil.Encode(sig),
				// Ratios may be infinite, which JSON cannot carry: as text.
				"finding": map[string]any{"outcome": f.Outcome, "reason": f.Reason, "block": f.Block, "ratio": fmt.Sprint(f.Ratio),
					"replayed": f.Replayed, "exact": f.Exact},
				"submitted": submitted},
				fmt.Sprintf("dispute %v (job %v, batch %d, record %d): %s: %s\nsignature %s\nsubmitted: %v\n",
					id, d.JobID, d.Batch, d.Record, f.Outcome, f.Reason, hexutil.Encode(sig), submitted))
		},
	}
}

// openJudgeChain opens --registry and its OvigInference, transacting when submit is set.
// spotCheckFlags are the flags of every command that opens a job's served records: where to
// fetch them, the job and its final model, and the activation bound.
func spotCheckFlags() []cli.Flag {
	return []cli.Flag{
		dataDirFlag(),
		&cli.StringFlag{Name: "url", Required: true, Usage: "inference server, http://127.0.0.1:PORT"},
		&cli.StringFlag{Name: "evidence", Usage: "evidence server of the job (default: --url)"},
		&cli.StringFlag{Name: "job", Required: true, Usage: "job id"},
		&cli.StringFlag{Name: "manifest", Required: true, Usage: "the job's manifest"},
		&cli.StringFlag{Name: "final-hash", Required: true, Usage: "the job's final model hash, 0x..."},
		&cli.StringFlag{Name: "bound", Usage: "activation bound JSON (default: calibrate one on the test split)"},
		&cli.StringFlag{Name: "write-bound", Usage: "write the bound used to this file"},
		&cli.IntFlag{Name: "inputs", Value: 16, Usage: "test requests to calibrate on"},
	}
}

// servedJob loads what checking a job's served records takes: the served model (whose hash must
// be the job's final weights), the verifier under --bound (which must be the bound the job's
// owner opened serving with) and a client of the provider's --url.
func servedJob(c *cli.Context, oc checkChain, jobID *big.Int, final evidence.Hash32) (*infer.Weights, *infer.Verifier, *serve.Client, error) {
	terms, err := oc.inf.Terms(c.Context, jobID)
	if err != nil {
		return nil, nil, nil, err
	}
	key := evidence.JobKey(jobID)
	w, err := servedModel(c, key, final)
	if err != nil {
		return nil, nil, nil, err
	}
	bound, err := checkBound(c, w)
	if err != nil {
		return nil, nil, nil, err
	}
	if h, err := bound.Hash(); err != nil {
		return nil, nil, nil, err
	} else if h != terms.BoundHash {
		return nil, nil, nil, fmt.Errorf("--bound hashes to %s, the job's serving bound is %x", h, terms.BoundHash)
	}
	v, err := infer.NewVerifier(w, bound, bound.Verifier)
	if err != nil {
		return nil, nil, nil, err
	}
	cl, err := serve.NewClient(c.String("url"), key, &http.Client{Timeout: time.Minute})
	if err != nil {
		return nil, nil, nil, usageError("--url: %v", err)
	}
	return w, v, cl, nil
}

func openJudgeChain(c *cli.Context, submit bool) (checkChain, error) {
	ch, reg, err := openRegistry(c, submit)
	if err != nil {
		return checkChain{}, err
	}
	inf, err := reg.InferenceOf(c.Context)
	if err != nil {
		ch.Close()
		return checkChain{}, fmt.Errorf("--registry %s: %w", reg.Address(), err)
	}
	return checkChain{reg: reg, inf: inf, close: func() { ch.Close() }}, nil
}

// checkChain is what `serve check` uses on chain: nothing without --registry.
type checkChain struct {
	reg   *chain.Registry
	inf   *chain.Inference
	close func()
}

func openCheckChain(c *cli.Context) (checkChain, error) {
	if c.String("registry") == "" {
		if c.Bool("challenge") {
			return checkChain{}, usageError("--challenge needs --registry and the chain flags")
		}
		return checkChain{close: func() {}}, nil
	}
	ch, reg, err := openRegistry(c, c.Bool("challenge"))
	if err != nil {
		return checkChain{}, err
	}
	inf, err := reg.InferenceOf(c.Context)
	if err != nil {
		ch.Close()
		return checkChain{}, fmt.Errorf("--registry %s: %w", reg.Address(), err)
	}
	return checkChain{reg: reg, inf: inf, close: func() { ch.Close() }}, nil
}

// checkBound reads --bound or calibrates one on the test split, and writes --write-bound.
func checkBound(c *cli.Context, w *infer.Weights) (*infer.Bound, error) {
	var b *infer.Bound
	if f := c.String("bound"); f != "" {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("--bound: %w", err)
		}
		b = &infer.Bound{}
		if err := json.Unmarshal(raw, b); err != nil {
			return nil, fmt.Errorf("--bound %s: %w", f, err)
		}
	} else {
		cal, held := infer.SplitProfiles(w.Job.Policy())
		var err error
		if b, err = infer.CalibrateOnTest(w, c.Int("inputs"), cal, held); err != nil {
			return nil, err
		}
	}
	if f := c.String("write-bound"); f != "" {
		raw, err := json.MarshalIndent(b, "", "  ")
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(f, append(raw, '\n'), 0o644); err != nil {
			return nil, fmt.Errorf("--write-bound: %w", err)
		}
	}
	return b, nil
}

// serveHTTP starts the inference server h on addr (it shuts down on its own terms, below); the
// returned channel yields the server's exit error.
func serveHTTP(addr string, h http.Handler, what string, log zerolog.Logger) (*http.Server, <-chan error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", what, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 5 * time.Minute, IdleTimeout: time.Minute}
	done := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	log.Info().Str("addr", ln.Addr().String()).Msg("serving " + what)
	return srv, done, nil
}
