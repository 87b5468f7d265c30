package main

import (
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/eval"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "run the attack suite and evaluate ovig against the OVIG paper's claims",
		Description: "Calibrates a boundary per workload, trains honest providers under every honest profile (some held\n" +
			"out of calibration) and attacked ones under every attack of package attack, opens every interval with\n" +
			"the real audit, and measures detection, attack success at the documented sampling rate, the attacks'\n" +
			"effect on the model, false positives, storage per stride and the overhead of verification. --full adds\n" +
			"the job-length axis and the stride axis (s = 10, 100, 1000, 2000 on 4,000-step jobs: the interval\n" +
			"filter's and the one-step check's false positives under held-out profiles, the attacks judged by\n" +
			"the one-step check at their tampered step, and adaptive gradient-scale and backdoor attackers below\n" +
			"each stride's one-step check). Writes report.md, report.json and PNG plots into --out and prints the\n" +
			"headline table. The reduced configuration takes about three minutes, --full about 28 minutes on two\n" +
			"idle cores (longer under load). Exits 1 when an effective attack escapes or\n" +
			"an honest provider (or honest step under the one-step check) is flagged.",
		Flags: []cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "out", Value: "eval-report", Usage: "output directory"},
			&cli.BoolFlag{Name: "full", Usage: "the full configuration (every family and attack at several strengths)"},
			&cli.Float64Flag{Name: "rate", Usage: "documented sampling rate p per interval per watchtower (default: the configuration's)"},
			&cli.Uint64Flag{Name: "watchtowers", Usage: "independent watchtowers n (default: the configuration's)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return usageError("ovig eval takes no arguments; give the output directory with --out")
			}
			cfg := eval.Reduced()
			if c.Bool("full") {
				cfg = eval.Full()
			}
			if c.IsSet("rate") {
				cfg.Rate = c.Float64("rate")
			}
			if c.IsSet("watchtowers") {
				cfg.Watchtowers = c.Uint64("watchtowers")
			}
			if err := cfg.Validate(); err != nil {
				return usageError("%v", err)
			}
			src, err := dataSources(c)
			if err != nil {
				return err
			}
			rep, err := eval.Run(c.Context, cfg, src, c.App.ErrWriter)
			if err != nil {
				return err
			}
			if err := rep.Write(c.String("out")); err != nil {
				return err
			}
			text := rep.HeadlineTable() + fmt.Sprintf("\nwrote %s\n", filepath.Join(c.String("out"), eval.FileMarkdown))
			if err := output(c, rep.Headline, text); err != nil {
				return err
			}
			if !rep.Headline.Pass {
				return cli.Exit("the evaluation found an attack that escapes or an honest provider flagged", 1)
			}
			return nil
		},
	}
}
