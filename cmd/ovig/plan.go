package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/challenger"
)

func planCommand() *cli.Command {
	return &cli.Command{
		Name:  "plan",
		Usage: "sampling rate a watchtower needs for a target detection probability",
		Description: "With m tampered intervals and n watchtowers each sampling every interval with probability p,\n" +
			"a cheat goes unnoticed with probability (1-p)^(m*n). Give --target to get p, or --rate to get the\n" +
			"detection probability.",
		Flags: []cli.Flag{
			&cli.Float64Flag{Name: "target", Usage: "detection probability to reach, in (0, 1]"},
			&cli.Float64Flag{Name: "rate", Usage: "sampling rate p to evaluate, in [0, 1]"},
			&cli.Uint64Flag{Name: "tampered", Value: 1, Usage: "tampered intervals m"},
			&cli.Uint64Flag{Name: "watchtowers", Value: 1, Usage: "independent watchtowers n"},
		},
		Action: func(c *cli.Context) error {
			m, n := c.Uint64("tampered"), c.Uint64("watchtowers")
			hasTarget, hasRate := c.IsSet("target"), c.IsSet("rate")
			if hasTarget == hasRate {
				return usageError("give exactly one of --target or --rate")
			}
			var p, target float64
			var err error
			if hasTarget {
				target = c.Float64("target")
				p, err = challenger.RequiredRate(target, m, n)
			} else {
				p = c.Float64("rate")
				target, err = challenger.DetectionProbability(p, m, n)
			}
			if err != nil {
				return usageError("%v", err)
			}
			return output(c, map[string]any{"rate": p, "detection": target, "tampered": m, "watchtowers": n},
				fmt.Sprintf("sampling rate p = %.6g per interval per watchtower\ndetection probability = %.6g (m = %d tampered intervals, n = %d watchtowers)\n", p, target, m, n))
		},
	}
}
