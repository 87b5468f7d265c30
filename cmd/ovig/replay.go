package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func replayCommand() *cli.Command {
	return &cli.Command{
		Name:  "replay",
		Usage: "audit one interval offline from an evidence store and print the verdict",
		Description: "Reads endpoints k and k+1 of a job from an evidence store (a provider's --store), runs the\n" +
			"endpoint check and the interval check of a watchtower against the boundary artifact, and prints the\n" +
			"outcome, the tensor closest to (or furthest beyond) its bound and the replay digest. Exit code 3 on fraud.",
		Flags: []cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "store", Value: ".ovig/provider", Usage: "evidence store directory"},
			&cli.StringFlag{Name: "job", Required: true, Usage: "job id (its evidence key)"},
			&cli.Uint64Flag{Name: "interval", Required: true, Usage: "interval k (endpoints k and k+1)"},
			&cli.StringFlag{Name: "boundary", Required: true, Usage: "boundary artifact (its hash must be the manifest's)"},
			&cli.StringFlag{Name: "profile", Usage: "replay profile (default: the policy's reference, as arbiters use)"},
			replayerFlag(), replayerTimeoutFlag(),
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
			key, k := evidence.JobKey(jobID), c.Uint64("interval")
			// Opening a store creates it: a mistyped --store must not silently become an empty one.
			if st, err := os.Stat(c.String("store")); err != nil || !st.IsDir() {
				return usageError("--store %s: no evidence store there (give the provider's --store directory): %v", c.String("store"), notDir(st, err))
			}
			store, err := evidence.OpenStore(c.String("store"), evidence.StoreOptions{})
			if err != nil {
				return err
			}
			start, err := store.Load(key, k)
			if err != nil {
				return fmt.Errorf("endpoint %d: %w", k, err)
			}
			end, err := store.Load(key, k+1)
			if err != nil {
				return fmt.Errorf("endpoint %d: %w", k+1, err)
			}
			m, err := evidence.DecodeCanonicalManifest(start.ManifestJSON)
			if err != nil {
				return err
			}
			art, err := loadArtifact(c.String("boundary"))
			if err != nil {
				return err
			}
			if h, err := art.Hash(); err != nil || h != m.BoundaryHash {
				return usageError("--boundary hashes to %s but the job's manifest names %s", h, m.BoundaryHash)
			}
			src, err := dataSources(c)
			if err != nil {
				return err
			}
			job, err := workload.Open(m, src)
			if err != nil {
				return err
			}
			var profile numeric.Profile
			if name := c.String("profile"); name != "" {
				if profile, err = numeric.ParseProfile(name); err != nil {
					return usageError("--profile: %v", err)
				}
			}
			// The same assembly as the watchtower's and the arbiter's: the profile must be
			// admitted by the policy and the leaf count comes from the workload, not the store.
			rp, err := externalReplayer(c)
			if err != nil {
				return err
			}
			pre, err := audit.Prepare(audit.Config{Client: store, Job: key, ManifestHash: start.Commitment.ManifestHash,
				Workload: job, Artifact: art, Profile: profile, Replayer: rp})
			if err != nil {
				return usageError("%v", err)
			}
			profile = pre.Profile()
			f, err := pre.Run(c.Context, k, start.Commitment.Root(), end.Commitment.Root(), stepProgress(c, "replaying", log))
			if err != nil {
				return err
			}
			text := fmt.Sprintf("job %s interval %d (steps %d..%d) replayed by %s: %s\n", jobID, k, k*m.Stride, (k+1)*m.Stride, pre.Replayer().Name(), f.Outcome)
			if f.Reason != "" {
				text += "reason: " + f.Reason + "\n"
			}
			if f.Worst.Tensor != "" {
				text += fmt.Sprintf("%s check, worst %s %s: %.4g against a bound of %.4g (%.3gx)\n",
					f.Check, f.Worst.Tensor, f.Worst.Metric, f.Worst.Distance, f.Worst.Bound, f.Worst.Ratio)
			}
			if !f.ReplayDigest.IsZero() {
				text += "replay digest " + f.ReplayDigest.String() + "\n"
			}
			if err := output(c, map[string]any{"job": jobID.String(), "interval": k, "outcome": f.Outcome.String(),
				"reason": f.Reason, "check": f.Check, "worst": f.Worst, "replay_digest": f.ReplayDigest, "profile": profile, "replayer": pre.Replayer().Name()}, text); err != nil {
				return err
			}
			if f.Outcome != audit.Honest {
				return cli.Exit("", 3)
			}
			return nil
		},
	}
}

func notDir(st os.FileInfo, err error) error {
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return errors.New("not a directory")
	}
	return nil
}
