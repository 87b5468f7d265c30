package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/arbiter"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/challenger"
	"github.com/ovig/ovig/challenger/replayaudit"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/boundary"
)

func watcherFlags() []cli.Flag {
	return []cli.Flag{
		&cli.DurationFlag{Name: "poll", Value: 4 * time.Second, Usage: "how often to look for new blocks"},
		&cli.Uint64Flag{Name: "start-block", Usage: "where watching starts (default: the deployment block the registry records)"},
	}
}

// startAt applies --start-block, when given, to reg.
func startAt(c *cli.Context, reg *chain.Registry) *chain.Registry {
	if c.IsSet("start-block") {
		return reg.WithDeployBlock(c.Uint64("start-block"))
	}
	return reg
}

func challengerCommand() *cli.Command {
	return &cli.Command{
		Name:  "challenger",
		Usage: "the watchtower",
		Subcommands: []*cli.Command{{
			Name:  "run",
			Usage: "follow the registry, sample committed intervals in secret, replay them and challenge fraud",
			Description: "Follows the registry's events with --confirmations from a cursor kept in --state, samples each\n" +
				"committed interval with probability --rate (or the rate that reaches --target detection), fetches and\n" +
				"verifies the evidence, replays it against the job's boundary artifact (found by hash in --boundaries) and\n" +
				"challenges with the job's bond when the evidence is beyond the boundary, unavailable, invalid or malformed.\n" +
				"Serves Prometheus metrics and /healthz on --metrics. Restarting resumes without repeating a replay or a\n" +
				"transaction.",
			Flags: append(append(chainFlags(), watcherFlags()...),
				dataDirFlag(),
				&cli.StringFlag{Name: "secret-file", Required: true, Usage: "file with the 32-byte hex sampling secret (created if missing); never share it"},
				&cli.Float64Flag{Name: "rate", Usage: "sampling rate p per interval"},
				&cli.Float64Flag{Name: "target", Usage: "detection probability to reach instead of --rate (with --tampered and --watchtowers)"},
				&cli.Uint64Flag{Name: "tampered", Value: 1, Usage: "tampered intervals assumed by --target"},
				&cli.Uint64Flag{Name: "watchtowers", Value: 1, Usage: "independent watchtowers assumed by --target"},
				&cli.StringFlag{Name: "state", Value: ".ovig/challenger.db", Usage: "state database (bbolt)"},
				&cli.StringFlag{Name: "boundaries", Value: ".ovig/boundaries", Usage: "directory of boundary artifacts"},
				replayerFlag(), replayerTimeoutFlag(),
				&cli.StringFlag{Name: "metrics", Value: "127.0.0.1:9600", Usage: "address for /metrics and /healthz (empty: off)"},
				&cli.BoolFlag{Name: "watch-only", Usage: "log and alert, never transact (no key needed)"},
				&cli.IntFlag{Name: "workers", Value: 2, Usage: "audits in parallel (at most one per job while other jobs wait)"},
				&cli.IntFlag{Name: "queue", Value: 256, Usage: "sampled intervals that may wait for a worker"},
				&cli.DurationFlag{Name: "retry-delay", Value: challenger.DefaultRetryDelay, Usage: "wait before sending a failed challenge again, or auditing unavailable evidence again (doubles per failure, up to 5m, until the window closes)"},
				&cli.DurationFlag{Name: "unavailable-grace", Value: challenger.DefaultUnavailableGrace, Usage: "how long a provider's evidence must stay unavailable before it is challenged (negative: at once)"},
				&cli.DurationFlag{Name: "unavailable-margin", Value: challenger.DefaultUnavailableMargin, Usage: "challenge unavailable evidence regardless once the window closes within this"},
				&cli.DurationFlag{Name: "inclusion-delay", Value: 2 * time.Minute, Usage: "time budgeted for a challenge to be mined"},
			),
			Action: challengerRun,
		}},
	}
}

// samplingRate is --rate, or the rate that reaches --target.
func samplingRate(c *cli.Context) (float64, error) {
	switch {
	case c.IsSet("rate") == c.IsSet("target"):
		return 0, usageError("give exactly one of --rate or --target")
	case c.IsSet("rate"):
		p := c.Float64("rate")
		if !(p >= 0 && p <= 1) {
			return 0, usageError("--rate %v: want a probability in [0, 1]", p)
		}
		return p, nil
	}
	p, err := challenger.RequiredRate(c.Float64("target"), c.Uint64("tampered"), c.Uint64("watchtowers"))
	if err != nil {
		return 0, usageError("--target: %v", err)
	}
	return p, nil
}

// loadSecret reads the sampling secret, creating a random one (mode 0600) on first use.
func loadSecret(path string) ([32]byte, error) {
	var s [32]byte
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		if _, err := rand.Read(s[:]); err != nil {
			return s, err
		}
		if err := os.WriteFile(path, []byte(hex.EncodeToString(s[:])+"\n"), 0o600); err != nil {
			return s, fmt.Errorf("create secret file: %w", err)
		}
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("secret file: %w", err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")))
	if err != nil || len(b) != 32 {
		return s, fmt.Errorf("secret file %s: want 64 hex digits", path)
	}
	copy(s[:], b)
	return s, nil
}

func challengerRun(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	rate, err := samplingRate(c)
	if err != nil {
		return err
	}
	secret, err := loadSecret(c.String("secret-file"))
	if err != nil {
		return err
	}
	src, err := dataSources(c)
	if err != nil {
		return err
	}
	watchOnly := c.Bool("watch-only")
	ch, reg, err := openRegistry(c, !watchOnly)
	if err != nil {
		return err
	}
	defer ch.Close()
	rp, err := externalReplayer(c)
	if err != nil {
		return err
	}
	auditor, err := replayaudit.New(replayaudit.Options{Sources: src, Artifacts: boundary.Dir(c.String("boundaries")), Replayer: rp})
	if err != nil {
		return err
	}
	wt, err := challenger.NewWatchtower(challenger.WatchtowerConfig{
		Client: ch.Client, Registry: startAt(c, reg), Confirmations: c.Uint64("confirmations"), Poll: c.Duration("poll"),
		Secret: secret, Rate: rate, WatchOnly: watchOnly, Workers: c.Int("workers"), QueueSize: c.Int("queue"),
		InclusionDelay: c.Duration("inclusion-delay"), RetryDelay: c.Duration("retry-delay"),
		UnavailableGrace: c.Duration("unavailable-grace"), UnavailableMargin: c.Duration("unavailable-margin"),
		StatePath: c.String("state"), MetricsAddr: c.String("metrics"), Auditor: auditor, Log: log,
	})
	if err != nil {
		var cfgErr challenger.ConfigError
		if errors.As(err, &cfgErr) {
			return usageError("%v", err)
		}
		return err
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	log.Info().Float64("rate", rate).Bool("watch_only", watchOnly).Str("account", wt.Account.Hex()).Msg("watchtower started")
	return quiet(errors.Join(wt.Run(ctx), wt.Close()), ctx, log)
}

func arbiterCommand() *cli.Command {
	return &cli.Command{
		Name:  "arbiter",
		Usage: "the referee",
		Subcommands: []*cli.Command{{
			Name:  "run",
			Usage: "judge disputes on jobs whose arbiter set holds this key, sign verdicts and resolve",
			Description: "Watches disputes; for jobs that name this key as an arbiter, waits for the provider's step tree and\n" +
				"the steps challengers name, fetches each named step's states, replays that one step under the policy's\n" +
				"reference profile (so every arbiter reaches the same bits), signs the EIP-712 verdict, shares it with\n" +
				"--peer arbiters over the signature endpoint on --listen, and submits resolve once the job's threshold of\n" +
				"signatures agree. Manifests ({hash}.json) and boundary artifacts are read from --library.",
			Flags: append(append(chainFlags(), watcherFlags()...),
				dataDirFlag(),
				&cli.StringFlag{Name: "library", Value: ".ovig/library", Usage: "directory of manifests and boundary artifacts"},
				replayerFlag(), replayerTimeoutFlag(),
				&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8700", Usage: "address of this arbiter's signature endpoint"},
				&cli.StringFlag{Name: "metrics", Value: "127.0.0.1:9700", Usage: "address for /metrics and /healthz (empty: off)"},
				&cli.StringFlag{Name: "state", Value: ".ovig/arbiter", Usage: "directory of the arbiter's own state (its watcher cursor); never inside --library"},
				&cli.DurationFlag{Name: "unavailable-grace", Value: arbiter.DefaultOutage.Grace, Usage: "how long a provider's evidence must stay unavailable before this arbiter signs Unavailable (negative: at once)"},
				&cli.DurationFlag{Name: "unavailable-margin", Value: arbiter.DefaultOutage.Margin, Usage: "sign Unavailable regardless once the arbitration deadline is this close"},
				&cli.StringSliceFlag{Name: "peer", Usage: "another arbiter's signature endpoint URL (repeat)"},
			),
			Action: arbiterRun,
		}},
	}
}

func arbiterRun(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	src, err := dataSources(c)
	if err != nil {
		return err
	}
	var peers []*arbiter.Peer
	for _, u := range c.StringSlice("peer") {
		p, err := arbiter.NewPeer(u, &http.Client{Timeout: 30 * time.Second})
		if err != nil {
			return usageError("--peer: %v", err)
		}
		peers = append(peers, p)
	}
	ch, reg, err := openRegistry(c, true)
	if err != nil {
		return err
	}
	defer ch.Close()
	rp, err := externalReplayer(c)
	if err != nil {
		return err
	}
	a, err := arbiter.NewNode(arbiter.NodeConfig{
		Key: key, Client: ch.Client, Registry: startAt(c, reg), Confirmations: c.Uint64("confirmations"), Poll: c.Duration("poll"),
		Library: arbiter.NewCatalog(c.String("library"), src), Replayer: rp, Peers: peers,
		Outage: evidence.OutagePolicy{Grace: c.Duration("unavailable-grace"), Margin: c.Duration("unavailable-margin"), Base: arbiter.DefaultOutage.Base},
		Listen: c.String("listen"), MetricsAddr: c.String("metrics"), StateDir: c.String("state"), Log: log,
	})
	if err != nil {
		return err
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	log.Info().Str("account", a.Address.Hex()).Int("peers", len(peers)).Msg("arbiter started")
	return quiet(errors.Join(a.Run(ctx), a.Close()), ctx, log)
}

// quiet turns a shutdown by signal into a clean exit.
func quiet(err error, ctx context.Context, log zerolog.Logger) error {
	if err == nil && ctx.Err() != nil {
		log.Info().Msg("stopped; run the same command again to resume")
	}
	return err
}
