package main

import (
	"io"
	"os"
	"time"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"
)

// newApp builds the command tree; every flag can also come from an OVIG_* environment variable.
func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:      "ovig",
		Usage:     "optimistic verification of outsourced neural-network training",
		Writer:    stdout,
		ErrWriter: stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn or error", EnvVars: []string{"OVIG_LOG_LEVEL"}},
			&cli.BoolFlag{Name: "log-json", Usage: "JSON logs even on a terminal", EnvVars: []string{"OVIG_LOG_JSON"}},
			&cli.BoolFlag{Name: "json", Usage: "machine-readable output on stdout", EnvVars: []string{"OVIG_JSON"}},
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
		},
	}
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
