package main

import (
	"io"
	"os"
	"time"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"
)

// newApp builds the command tree; every flag can also come from an OVIG_* environment variable
// (OVIG_ROLE_FLAG, or OVIG_FLAG for flags every command shares: see bindEnv).
func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:      "ovig",
		Usage:     "optimistic verification of outsourced neural-network training",
		Writer:    stdout,
		ErrWriter: stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn or error"},
			&cli.BoolFlag{Name: "log-json", Usage: "JSON logs even on a terminal"},
			&cli.BoolFlag{Name: "json", Usage: "machine-readable output on stdout"},
		},
		Commands: []*cli.Command{
			jobCommand(),
			manifestCommand(),
			nodeCommand(),
			calibrateCommand(),
			challengerCommand(),
			arbiterCommand(),
			demoCommand(),
			deployCommand(),
			evalCommand(),
			planCommand(),
			replayCommand(),
			serveCommand(),
		},
	}
	bindEnv(app)
	return app
}

// newLogger logs human-readable lines on a terminal and JSON otherwise.
func newLogger(c *cli.Context) (zerolog.Logger, error) {
	level, err := zerolog.ParseLevel(c.String("log-level"))
	if err != nil {
		return zerolog.Logger{}, usageError("--log-level %q: want debug, info, warn or error", c.String("log-level"))
	}
	var w io.Writer = c.App.ErrWriter
	if f, ok := w.(*os.File); ok && isTerminal(f) && !c.Bool("log-json") {
		w = zerolog.ConsoleWriter{Out: f, TimeFormat: time.TimeOnly}
	}
	return zerolog.New(w).Level(level).With().Timestamp().Logger(), nil
}
