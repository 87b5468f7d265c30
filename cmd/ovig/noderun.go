package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/arbiter"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/devnet"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func nodeCommand() *cli.Command {
	return &cli.Command{
		Name:  "node",
		Usage: "the provider",
		Subcommands: []*cli.Command{{
			Name:  "run",
			Usage: "train a job, commit its endpoint roots, serve its evidence, finalize and settle",
			Description: "Trains the manifest's workload (or, with --import, commits evidence an external trainer wrote),\n" +
				"captures the endpoint evidence every stride steps into --store, posts the roots in batches, finalizes,\n" +
				"then keeps serving the evidence until the job is settled, slashed or cancelled. Restarting it resumes\n" +
				"from the last stored endpoint and the chain's committed count.",
			Flags: append(chainFlags(),
				dataDirFlag(),
				&cli.StringFlag{Name: "job", Usage: "job id (required unless --dev)"},
				&cli.StringFlag{Name: "manifest", Usage: "manifest JSON of the job (default: DIR/manifest.json with --import)"},
				&cli.StringFlag{Name: "store", Value: ".ovig/provider", Usage: "evidence store directory"},
				&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8600", Usage: "address of the evidence server"},
				&cli.StringFlag{Name: "import", Usage: "commit evidence an external trainer wrote in DIR instead of training"},
				&cli.StringFlag{Name: "regenerate-cmd", Usage: "with --import: the command that regenerates a disputed interval's step states from its endpoint, " +
					"so this node can answer disputes (words split at spaces; " + node.PlaceholderManifest + " " + node.PlaceholderImport + " " +
					node.PlaceholderInterval + " " + node.PlaceholderOut + " are replaced, or MANIFEST IMPORT --interval K OUT appended; it writes OUT/<j>/ as python/ovig's steps does). " +
					"Default: " + node.DefaultPython + " -m ovig steps. PYTHONPATH is set to the python/ directory of the ovig checkout holding --data-dir, " +
					"the working directory or this executable, unless set already. Regenerate as the trainer ran: after train --threads 2, " +
					"\"" + node.DefaultPython + " -m ovig steps --threads 2\""},
				&cli.DurationFlag{Name: "regenerate-timeout", Value: time.Hour, Usage: "with --import: kill a regenerate command that has not finished after this long (keep it well inside the response window)"},
				&cli.StringFlag{Name: "profile", Usage: "numeric profile to train under (default: the policy's reference)"},
				&cli.IntFlag{Name: "batch-size", Value: 16, Usage: "endpoint roots per commitIntervals transaction"},
				&cli.DurationFlag{Name: "max-delay", Value: 10 * time.Minute, Usage: "post pending roots once the oldest waited this long"},
				&cli.BoolFlag{Name: "accept", Usage: "accept the job with its bond if not yet accepted, after checking its terms, opening the workload, binding --listen and running one step"},
				&cli.StringFlag{Name: "evidence-url", Usage: "base URL watchtowers and arbiters fetch this node's evidence from, named on chain at accept (default: http://LISTEN)"},
				&cli.StringSliceFlag{Name: "trust-arbiter", Usage: "with --accept: an arbiter this provider trusts (repeat); refuse jobs whose untrusted arbiters alone reach the threshold"},
				&cli.StringFlag{Name: "max-bond", Usage: "with --accept: refuse jobs asking a larger provider bond (ETH)"},
				&cli.DurationFlag{Name: "poll", Value: 12 * time.Second, Usage: "how often to look at the job after finalizing"},
				&cli.BoolFlag{Name: "dev", Usage: "DEVELOPMENT: first create a job for this node (quick calibration of --workload; this account as owner and provider, --arbiter as arbiter; escrow 0.01 ETH, bonds 0.01 and 0.001 ETH), publishing its manifest and boundary into --library"},
				&cli.StringFlag{Name: "workload", Value: "mlp-mnist", Usage: "with --dev: one of " + strings.Join(workload.Names(), ", ")},
				&cli.Uint64Flag{Name: "steps", Value: 60, Usage: "with --dev: total optimizer steps"},
				&cli.Uint64Flag{Name: "stride", Value: 10, Usage: "with --dev: steps per interval"},
				&cli.Uint64Flag{Name: "seed", Usage: "with --dev: data schedule and initialisation seed"},
				&cli.StringSliceFlag{Name: "arbiter", Usage: "with --dev: arbiter address (repeat for several; never the provider itself)"},
				&cli.StringFlag{Name: "library", Value: ".ovig/library", Usage: "with --dev: directory the manifest and boundary are published into (give it to the watchtower's --boundaries and the arbiter's --library)"},
				&cli.StringFlag{Name: "behaviour", Value: "honest", Usage: "TESTING ONLY: train with a cheat (" + fmt.Sprint(attack.BehaviourNames()) + ") to exercise watchtowers"},
			),
			Action: nodeRun,
		}},
	}
}

func nodeRun(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	behaviour, err := attack.ParseBehaviour(c.String("behaviour"))
	if err != nil {
		return usageError("--behaviour: %v", err)
	}
	importDir := c.String("import")
	manifestPath := c.String("manifest")
	var jobID *big.Int
	if c.Bool("dev") {
		if c.IsSet("job") || manifestPath != "" || importDir != "" {
			return usageError("--dev creates its own job: give neither --job, --manifest nor --import")
		}
		if jobID, manifestPath, err = devJob(c, log); err != nil {
			return fmt.Errorf("dev job: %w", err)
		}
	} else if jobID, err = parseJobID(c.String("job")); err != nil {
		return err
	}
	if manifestPath == "" && importDir != "" {
		manifestPath = filepath.Join(importDir, node.ImportManifest)
	}
	if manifestPath == "" {
		return usageError("--manifest is required (the job's manifest JSON)")
	}
	m, canon, err := loadManifest(manifestPath)
	if err != nil {
		return err
	}
	pol, err := numeric.ParsePolicy(m.Precision.Operand + "/acc=" + m.Precision.Accumulate)
	if err != nil {
		return fmt.Errorf("manifest precision policy: %w", err)
	}
	profile := pol.Reference()
	if s := c.String("profile"); s != "" {
		if profile, err = numeric.ParseProfile(s); err != nil {
			return usageError("--profile: %v", err)
		}
		if !pol.Admits(profile) {
			return usageError("--profile %s is not honest under the manifest's policy %s", profile, pol.Name())
		}
	}
	open, wl, err := trainerOpener(c, m, importDir)
	if err != nil {
		return err
	}
	if behaviour.Name != "honest" {
		src, err := dataSources(c)
		if err != nil {
			return err
		}
		if err := behaviour.Load(src); err != nil {
			return err
		}
		log.Warn().Str("behaviour", behaviour.String()).Msg("TESTING ONLY: this provider cheats: " + behaviour.Describe())
	}
	ch, reg, err := openRegistry(c, true)
	if err != nil {
		return err
	}
	defer ch.Close()

	ctx, stop := signalContext(c.Context)
	defer stop()
	cfg := node.NodeConfig{
		Provider: node.ProviderConfig{
			JobID: jobID, ManifestJSON: canon, Profile: behaviour.Profile(profile), Hooks: behaviour.Hooks(),
			Forge: behaviour.Forge(m.Intervals()), Open: open,
			Chain: reg, Post: node.PostPolicy{BatchSize: c.Int("batch-size"), MaxDelay: c.Duration("max-delay")},
			Log: log, OnEndpoint: progress(c, "training", log),
		},
		// Exclusive: a second node on the same store is refused instead of corrupting it.
		StorePath: c.String("store"), Exclusive: true, Job: wl,
		Listen: c.String("listen"), Disputes: reg, Poll: c.Duration("poll"), Log: log,
	}
	if importDir != "" {
		// Imported evidence: the external trainer regenerates a disputed interval (--regenerate-cmd).
		cfg.Steps = func(store *evidence.Store) (evidence.StepSource, error) {
			return importStepSource(c, store, wl, canon, importDir, evidence.JobKey(jobID), log)
		}
	}
	nd, err := node.NewNode(cfg)
	if err != nil {
		return err
	}
	if c.Bool("accept") || c.Bool("dev") {
		err := acceptIfNeeded(ctx, c, reg, jobID, m, log, func() error {
			if importDir != "" {
				_, err := open(nil) // validates the import directory against the workload
				return err
			}
			t, err := open(nil)
			if err != nil {
				return err
			}
			_, err = t.Train(profile, 1, nil)
			return err
		})
		if err != nil {
			return errors.Join(err, nd.Close())
		}
	}
	runErr := nd.Run(ctx, func(ctx context.Context) error {
		return node.Settle(ctx, reg, chainTime(ch), jobID, c.Duration("poll"), log)
	})
	if errors.Is(runErr, node.ErrJobClosed) {
		// Slashed or cancelled: nothing is left to train, commit or serve.
		log.Error().Err(runErr).Msg("the job is over")
		runErr = nil
	}
	err = errors.Join(runErr, nd.Close())
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		log.Info().Msg("stopped; run the same command again to resume")
		return nil
	}
	return err
}

// Amounts of a --dev job.
var (
	devPayment        = big.NewInt(1e16) // 0.01 ETH
	devProviderBond   = big.NewInt(1e16)
	devChallengerBond = big.NewInt(1e15)
)

// devJob creates a job for this node to run, for trying a deployment out without an owner: it
// calibrates a quick boundary for --workload, publishes the boundary and the manifest into
// --library, where watchtowers and arbiters look them up, and creates the job with this account
// as owner and provider. It returns the job id and the published manifest's path.
func devJob(c *cli.Context, log zerolog.Logger) (*big.Int, string, error) {
	arbiters, err := parseArbiters(c)
	if err != nil {
		return nil, "", err
	}
	if len(arbiters) == 0 {
		return nil, "", usageError("--dev needs --arbiter ADDR: the provider cannot judge its own job")
	}
	src, err := dataSources(c)
	if err != nil {
		return nil, "", err
	}
	ch, reg, err := openRegistry(c, true)
	if err != nil {
		return nil, "", err
	}
	defer ch.Close()
	log.Info().Str("workload", c.String("workload")).Msg("calibrating a quick boundary for the dev job")
	art, _, err := devnet.QuickCalibration(c.Context, src, c.String("workload"), c.Uint64("stride"))
	if err != nil {
		return nil, "", err
	}
	cat := arbiter.NewCatalog(c.String("library"), src)
	bh, err := cat.Publish(art)
	if err != nil {
		return nil, "", err
	}
	m, err := workload.NewManifest(c.String("workload"), src, workload.Options{
		Steps: c.Uint64("steps"), Stride: c.Uint64("stride"), Seed: c.Uint64("seed"), BoundaryHash: bh,
	})
	if err != nil {
		return nil, "", usageError("%v", err)
	}
	mh, err := cat.Publish(m)
	if err != nil {
		return nil, "", err
	}
	id, err := createJob(c.Context, ch, reg, m, chain.JobTerms{
		Provider: reg.Sender().Address(), ProviderBond: devProviderBond, ChallengerBond: devChallengerBond, Arbiters: arbiters,
		Threshold: uint8(len(arbiters)/2 + 1), AcceptWithin: time.Hour, FinalizeWithin: 7 * 24 * time.Hour,
	}, devPayment)
	if err != nil {
		return nil, "", err
	}
	path := filepath.Join(c.String("library"), mh.String()+".json")
	log.Info().Str("job", id.String()).Str("manifest", path).Uint64("intervals", m.Intervals()).Msg("dev job created")
	return id, path, nil
}

// trainerOpener returns how the provider gets its trainer (the workload itself, or the import
// directory) and the opened workload.
func trainerOpener(c *cli.Context, m *evidence.Manifest, importDir string) (func(*evidence.Endpoint) (node.Trainer, error), *workload.Job, error) {
	src, err := dataSources(c)
	if err != nil {
		return nil, nil, err
	}
	job, err := workload.Open(m, src)
	if err != nil {
		return nil, nil, err
	}
	if importDir != "" {
		// OpenImport refuses, before anything is committed, evidence the audit would not accept.
		return func(resume *evidence.Endpoint) (node.Trainer, error) {
			var at uint64
			if resume != nil {
				at = resume.Metadata.Endpoint
			}
			return node.OpenImport(importDir, job, at)
		}, job, nil
	}
	return func(resume *evidence.Endpoint) (node.Trainer, error) {
		if resume == nil {
			return job.Init()
		}
		return job.Restore(resume)
	}, job, nil
}

// importStepSource is how an importing node answers disputes: the external trainer
// regenerates a disputed interval (--regenerate-cmd) and node.ImportSteps checks and serves its
// step states. Without one the node refuses to start: a provider that cannot answer is slashed
// by the first challenge.
func importStepSource(c *cli.Context, store *evidence.Store, j *workload.Job, canon []byte, importDir, key string, log zerolog.Logger) (*node.ImportSteps, error) {
	dataDir, py, pyErr, err := pythonPaths(c)
	if err != nil {
		return nil, err
	}
	absImport, err := filepath.Abs(importDir)
	if err != nil {
		return nil, err
	}
	// The Python package finds the datasets as ovig does, from the same directory.
	env := []string{"OVIG_DATA_DIR=" + dataDir}
	cmd := strings.Fields(c.String("regenerate-cmd"))
	if len(cmd) == 0 {
		if pyErr != nil {
			return nil, usageError("--import: cannot answer disputes: %v; give --regenerate-cmd (the command that regenerates an interval's step states)", pyErr)
		}
		var pyEnv []string
		cmd, pyEnv = node.PythonRegenerate("", py)
		env = append(env, pyEnv...)
	} else if _, set := os.LookupEnv("PYTHONPATH"); !set && pyErr == nil {
		env = append(env, "PYTHONPATH="+py)
	}
	is, err := node.NewImportSteps(node.ImportStepsConfig{
		Store: store, Command: cmd, Env: env,
		// Beside the store, not in it: the store owns its directory.
		WorkDir: filepath.Clean(c.String("store")) + ".steps", Timeout: c.Duration("regenerate-timeout"), Log: log,
	})
	if err != nil {
		return nil, err
	}
	if err := is.Add(key, node.ImportStepJob{Job: j, ManifestJSON: canon, ImportDir: absImport}); err != nil {
		return nil, err
	}
	log.Info().Str("command", strings.Join(cmd, " ")).Msg("disputed intervals are regenerated by the external trainer")
	return is, nil
}

// acceptIfNeeded accepts a Created job once its terms pass node.CheckTerms and dryRun (one
// training step) succeeds; nothing is staked otherwise.
func acceptIfNeeded(ctx context.Context, c *cli.Context, reg *chain.Registry, jobID *big.Int, m *evidence.Manifest, log zerolog.Logger, dryRun func() error) error {
	v, err := reg.Job(ctx, jobID)
	if err != nil {
		return err
	}
	if v.Status != chain.StatusCreated {
		return nil
	}
	arbiters, err := reg.Arbiters(ctx, jobID)
	if err != nil {
		return err
	}
	mh, err := m.Hash()
	if err != nil {
		return err
	}
	now, err := reg.HeadTime(ctx)
	if err != nil {
		return err
	}
	policy := node.TermsPolicy{
		ManifestHash: mh, BoundaryHash: m.BoundaryHash, Self: reg.Sender().Address(), EvidenceURI: evidenceURL(c),
		MaxChallengeWindow: chain.MaxChallengeWindow, MinArbitrationWindow: 60, Now: now, MinTrainTime: 60,
	}
	for _, a := range c.StringSlice("trust-arbiter") {
		addr, err := parseAddress(a, "--trust-arbiter")
		if err != nil {
			return err
		}
		policy.TrustedArbiters = append(policy.TrustedArbiters, addr)
	}
	if s := c.String("max-bond"); s != "" {
		if policy.MaxBond, err = parseEther(s, "--max-bond"); err != nil {
			return err
		}
	}
	if err := node.CheckTerms(v, arbiters, policy); err != nil {
		return fmt.Errorf("job %s: %w", jobID, err)
	}
	if err := dryRun(); err != nil {
		return fmt.Errorf("job %s: refusing to accept: one training step failed: %w", jobID, err)
	}
	if err := reg.Accept(ctx, jobID, v.ProviderBond, policy.EvidenceURI); err != nil {
		return err
	}
	log.Info().Str("job", jobID.String()).Str("bond", formatEther(v.ProviderBond)).Str("evidence", policy.EvidenceURI).Msg("terms checked; job accepted, bond staked")
	return nil
}

// evidenceURL is the evidence server URL the node names at accept.
func evidenceURL(c *cli.Context) string {
	if u := c.String("evidence-url"); u != "" {
		return u
	}
	return "http://" + c.String("listen")
}

// progress reports captured endpoints: a live line on a terminal, log lines otherwise.
func progress(c *cli.Context, what string, log zerolog.Logger) func(e, of uint64, losses []float64) {
	tty, isTTY := terminal(c)
	return func(e, of uint64, losses []float64) {
		loss := 0.0
		if len(losses) > 0 {
			loss = losses[len(losses)-1]
		}
		if isTTY {
			fmt.Fprintf(tty, "\r%s %s %d/%d endpoints  loss %.4f ", what, bar(e, of, 30), e, of, loss)
			if e == of {
				fmt.Fprintln(tty)
			}
			return
		}
		log.Info().Uint64("endpoint", e).Uint64("of", of).Float64("loss", loss).Msg(what)
	}
}

// stepProgress reports replayed steps: a bar on a terminal, a log line every tenth otherwise.
func stepProgress(c *cli.Context, what string, log zerolog.Logger) func(done, of uint64) {
	tty, isTTY := terminal(c)
	return func(done, of uint64) {
		if isTTY {
			fmt.Fprintf(tty, "\r%s %s %d/%d steps ", what, bar(done, of, 30), done, of)
			if done == of {
				fmt.Fprintln(tty)
			}
			return
		}
		if done == of || done%max(of/10, 1) == 0 {
			log.Info().Uint64("step", done).Uint64("of", of).Msg(what)
		}
	}
}

// terminal is the command's error stream when it is a terminal.
func terminal(c *cli.Context) (*os.File, bool) {
	f, isFile := c.App.ErrWriter.(*os.File)
	return f, isFile && isTerminal(f)
}

func bar(done, total uint64, width int) string {
	if total == 0 {
		total = 1
	}
	n := int(done * uint64(width) / total)
	b := make([]byte, width)
	for i := range b {
		if i < n {
			b[i] = '#'
		} else {
			b[i] = '.'
		}
	}
	return "[" + string(b) + "]"
}
