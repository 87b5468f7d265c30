package main

import (
	"context"
	"math/big"
	"net/http"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/serve"
)

// serveArbitrateCommand is an arbiter of a job's inference disputes as a long-running service
// (serve.Arbitrator): judge, sign, exchange signatures with the other arbiters, resolve.
func serveArbitrateCommand() *cli.Command {
	return &cli.Command{
		Name:  "arbitrate",
		Usage: "arbiter of a job's inference disputes: judge each, sign, gather the other arbiters' signatures and resolve",
		Description: "Follows the inference contract of --registry for disputes on --job, judges each open one once\n" +
			"(the record fetched from --url against the committed root, every block replayed under --bound, whose\n" +
			"hash must be the job's serving bound), serves its signed verdicts on --listen for the other arbiters\n" +
			"and pulls theirs from --peer; once the job's threshold signed one verdict it submits resolve.",
		Flags: append([]cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "url", Required: true, Usage: "the job's inference server, http://127.0.0.1:PORT"},
			&cli.StringFlag{Name: "evidence", Usage: "evidence server of the job (default: --url)"},
			&cli.StringFlag{Name: "job", Required: true, Usage: "job id"},
			&cli.StringFlag{Name: "manifest", Required: true, Usage: "the job's manifest"},
			&cli.StringFlag{Name: "final-hash", Required: true, Usage: "the job's final model hash, 0x..."},
			&cli.StringFlag{Name: "bound", Required: true, Usage: "activation bound JSON; its hash must be the job's serving bound"},
			&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8900", Usage: "address serving this arbiter's signed verdicts"},
			&cli.StringSliceFlag{Name: "peer", Usage: "another arbiter's --listen URL (repeat)"},
			&cli.DurationFlag{Name: "poll", Value: 5 * time.Second, Usage: "how often to look for disputes"},
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
			key, err := loadKey(c)
			if err != nil {
				return err
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
			local := serve.NewMemoryBoard()
			srv, done, err := serveHTTP(c.String("listen"), serve.BoardHandler(local), "inference verdicts", log)
			if err != nil {
				return err
			}
			ctx, stop := signalContext(c.Context)
			defer stop()
			a := &serve.Arbitrator{
				Inference: oc.inf, Registry: oc.reg, Key: key,
				Serving: func(_ context.Context, job *big.Int) (serve.Served, error) {
					if job.Cmp(jobID) != 0 {
						return serve.Served{}, serve.ErrNotServed
					}
					return serve.Served{Client: cl, Verifier: v, Model: w.Hash}, nil
				},
				Board: &serve.PeerBoard{Local: local, Peers: c.StringSlice("peer"), Client: &http.Client{Timeout: 30 * time.Second}},
				Poll:  c.Duration("poll"), Sleep: serve.SleepCtx, Log: log.With().Str("job", jobID.String()).Logger(),
			}
			go func() {
				if err := <-done; err != nil {
					log.Error().Err(err).Msg("inference verdicts server")
					stop()
				}
			}()
			err = a.Run(ctx)
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = srv.Shutdown(sctx)
			if err != nil && ctx.Err() == nil {
				return err
			}
			return nil
		},
	}
}
