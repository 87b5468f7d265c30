package main

import (
	"crypto/rand"
	"fmt"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/serve"
)

// serveWatchCommand is the inference watchtower as a long-running service (serve.Watchtower).
func serveWatchCommand() *cli.Command {
	return &cli.Command{
		Name:  "watch",
		Usage: "watchtower of a job's inference: spot-check every batch the chain commits and challenge what does not check out",
		Description: "Follows the job's BatchesCommitted events on the inference contract of --registry, opens each\n" +
			"committed record with probability --rate under a private secret, fetches it from --url against the root\n" +
			"the chain committed, replays one block chosen by the secret, and challenges (commit-reveal, the job's\n" +
			"challenger bond) the first record per poll that is not honest. The bound must be the job's serving bound.",
		Flags: append(append(spotCheckFlags(),
			&cli.Float64Flag{Name: "rate", Value: 0.05, Usage: "probability of opening each record"},
			&cli.StringFlag{Name: "secret-file", Usage: "file holding the sampling secret (default: a fresh random one)"},
			&cli.DurationFlag{Name: "poll", Value: 5 * time.Second, Usage: "how often to look for new commits"},
		), chainFlags()...),
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
			if c.String("registry") == "" {
				return usageError("--registry and the chain flags are required")
			}
			oc, err := openJudgeChain(c, true)
			if err != nil {
				return err
			}
			defer oc.close()
			w, v, cl, err := servedJob(c, oc, jobID, final)
			if err != nil {
				return err
			}
			ctx, stop := signalContext(c.Context)
			defer stop()
			wt := &serve.Watchtower{Inference: oc.inf, Registry: oc.reg, Job: jobID, Client: cl, Verifier: v, Model: w.Hash,
				Secret: secret, Rate: c.Float64("rate"), Poll: c.Duration("poll"), Sleep: serve.SleepCtx,
				Log: log.With().Str("job", jobID.String()).Logger()}
			log.Info().Str("job", jobID.String()).Float64("rate", wt.Rate).Str("inference", oc.inf.Address().Hex()).Msg("watching inference commits")
			if err := wt.Run(ctx); err != nil && ctx.Err() == nil {
				return err
			}
			return nil
		},
	}
}
