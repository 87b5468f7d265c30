package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

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
		Subcommands: []*cli.Command{serveRunCommand(), serveCheckCommand()},
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
		Flags: []cli.Flag{
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
		},
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
			}
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

func serveCheckCommand() *cli.Command {
	return &cli.Command{
		Name:  "check",
		Usage: "spot-check the records an inference server (ovig serve run) committed",
		Description: "Fetches the job's final endpoint (from --evidence, by default the inference server itself) and\n" +
			"checks it against --final-hash, calibrates an activation bound on the test split (or reads --bound),\n" +
			"then opens each committed record with probability --rate under a private secret, verifies its Merkle\n" +
			"proof against its batch root, and replays one block of it chosen by the secret (--all-blocks: every\n" +
			"block). Prints one line per opened record and exits with code 3 if one is fraud.",
		Flags: []cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "url", Required: true, Usage: "inference server, http://127.0.0.1:PORT"},
			&cli.StringFlag{Name: "evidence", Usage: "evidence server of the job (default: --url)"},
			&cli.StringFlag{Name: "job", Required: true, Usage: "job id"},
			&cli.StringFlag{Name: "manifest", Required: true, Usage: "the job's manifest"},
			&cli.StringFlag{Name: "final-hash", Required: true, Usage: "the job's final model hash, 0x..."},
			&cli.StringFlag{Name: "bound", Usage: "activation bound JSON (default: calibrate one on the test split)"},
			&cli.StringFlag{Name: "write-bound", Usage: "write the bound used to this file"},
			&cli.IntFlag{Name: "inputs", Value: 16, Usage: "test requests to calibrate on"},
			&cli.Float64Flag{Name: "rate", Value: 1, Usage: "probability of opening each record"},
			&cli.StringFlag{Name: "secret-file", Usage: "file holding the sampling secret (default: a fresh random one)"},
			&cli.BoolFlag{Name: "all-blocks", Usage: "replay every block of an opened record"},
		},
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
			m, _, err := loadManifest(c.String("manifest"))
			if err != nil {
				return err
			}
			mh, err := m.Hash()
			if err != nil {
				return err
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
			src, err := dataSources(c)
			if err != nil {
				return err
			}
			job, err := workload.Open(m, src)
			if err != nil {
				return err
			}
			evURL := c.String("evidence")
			if evURL == "" {
				evURL = c.String("url")
			}
			ec, err := evidence.NewClient(evURL, evidence.ClientOptions{})
			if err != nil {
				return err
			}
			leaves, err := audit.LeafCount(job, job.Policy().Reference())
			if err != nil {
				return err
			}
			fe, err := ec.FetchEndpoint(c.Context, evidence.EndpointRef{Job: key, Endpoint: m.Intervals()}, evidence.Anchor{Root: final, LeafCount: leaves}, mh)
			if err != nil {
				return fmt.Errorf("final endpoint: %w", err)
			}
			w, err := infer.OpenFinal(job, mh, fe.Endpoint, final)
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
			var findings []map[string]any
			var text strings.Builder
			opened, fraud := 0, 0
			for _, b := range batches {
				if b.Model != final {
					return fmt.Errorf("batch %d commits to model %s, not the job's final model %s", b.Index, b.Model, final)
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
				}
			}
			fmt.Fprintf(&text, "%d batches, %d records opened, %d not honest (bound %s, %d held-out false positives in %d replays)\n",
				len(batches), opened, fraud, boundHash, bound.FalsePositives, bound.HeldOutChecks)
			if err := output(c, map[string]any{"batches": len(batches), "opened": opened, "not_honest": fraud, "findings": findings,
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
