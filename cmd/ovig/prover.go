package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/arbiter"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/calibrate"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/extreplay"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/workload"
)

func dataDirFlag() cli.Flag {
	return &cli.StringFlag{
		Name:  "data-dir",
		Usage: "directory at or below the one holding node_modules/ with the datasets (default: the working directory)",
	}
}

func dataSources(c *cli.Context) (*data.Sources, error) {
	start := c.String("data-dir")
	if start == "" {
		start = "."
	}
	src, err := data.Locate(start)
	if err != nil {
		fix := "run ovig inside one, or point --data-dir (OVIG_DATA_DIR) at it"
		if c.String("data-dir") != "" {
			fix = "--data-dir (OVIG_DATA_DIR) must name one or a directory inside it"
		}
		return nil, fmt.Errorf("%w; ovig reads the datasets from node_modules/ of an ovig checkout where make setup ran: %s", err, fix)
	}
	return src, nil
}

func manifestCommand() *cli.Command {
	return &cli.Command{
		Name:      "manifest",
		Usage:     "write the training manifest of a built-in workload (canonical JSON) and print its hash",
		ArgsUsage: "OUT.json",
		Flags: []cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "workload", Required: true, Usage: "one of " + strings.Join(workload.Names(), ", ")},
			&cli.Uint64Flag{Name: "steps", Required: true, Usage: "total optimizer steps T"},
			&cli.Uint64Flag{Name: "stride", Required: true, Usage: "steps per interval s (divides T)"},
			&cli.Uint64Flag{Name: "seed", Usage: "data schedule and initialisation seed"},
			&cli.Uint64Flag{Name: "batch-size", Usage: "examples per step (default: the workload's)"},
			&cli.StringFlag{Name: "policy", Value: "f32/acc=f32", Usage: "precision policy of the provider's kernels: <f32|bf16|tf32|fp16>/acc=<f32|f64>"},
			&cli.StringFlag{Name: "boundary", Required: true, Usage: "boundary artifact (boundary.json from ovig calibrate); its hash goes in the manifest"},
			&cli.DurationFlag{Name: "challenge-window", Value: 24 * time.Hour, Usage: "how long after finalize the job can be challenged (at most 90 days)"},
			&cli.DurationFlag{Name: "arbitration-window", Value: time.Hour, Usage: "how long arbiters have to judge a dispute (at most 14 days)"},
			&cli.StringFlag{Name: "library", Usage: "also publish the manifest ({hash}.json) and its boundary artifact into DIR, where watchtowers (--boundaries) and arbiters (--library) look them up"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError("give the output file: ovig manifest [flags] OUT.json")
			}
			src, err := dataSources(c)
			if err != nil {
				return err
			}
			pol, err := numeric.ParsePolicy(c.String("policy"))
			if err != nil {
				return usageError("--policy: %v", err)
			}
			o := workload.Options{Steps: c.Uint64("steps"), Stride: c.Uint64("stride"), Seed: c.Uint64("seed"), BatchSize: c.Uint64("batch-size"), Policy: pol,
				ChallengeWindow: uint64(c.Duration("challenge-window") / time.Second), ArbitrationWindow: uint64(c.Duration("arbitration-window") / time.Second)}
			a, err := loadArtifact(c.String("boundary"))
			if err != nil {
				return err
			}
			if o.BoundaryHash, err = a.Hash(); err != nil {
				return err
			}
			m, err := workload.NewManifest(c.String("workload"), src, o)
			if err != nil {
				return err
			}
			if err := validateJobTerms(m); err != nil {
				return err
			}
			canon, err := m.Canonical()
			if err != nil {
				return err
			}
			hash, err := m.Hash()
			if err != nil {
				return err
			}
			if err := os.WriteFile(c.Args().First(), canon, 0o644); err != nil {
				return fmt.Errorf("write manifest: %w", err)
			}
			if dir := c.String("library"); dir != "" {
				cat := arbiter.NewCatalog(dir, src)
				if _, err := cat.Publish(a); err != nil {
					return err
				}
				if _, err := cat.Publish(m); err != nil {
					return err
				}
			}
			return output(c, map[string]any{"file": c.Args().First(), "manifest_hash": hash, "intervals": m.Intervals()},
				fmt.Sprintf("wrote %s\nmanifest hash %s (%d intervals)\n", c.Args().First(), hash, m.Intervals()))
		},
	}
}

func loadManifest(path string) (*evidence.Manifest, []byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read manifest: %w", err)
	}
	m, err := evidence.DecodeManifest(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	canon, err := m.Canonical()
	if err != nil {
		return nil, nil, err
	}
	return m, canon, nil
}

// validateJobTerms refuses a manifest no one should escrow money or stake a bond on: one of
// an unknown workload or precision policy, or with absurd values (evidence's ValidateTerms
// bounds: learning rates, steps, windows, evidence limits). ovig job create calls it before
// createJob.
func validateJobTerms(m *evidence.Manifest) error {
	err := m.ValidateTerms(evidence.Vocabulary{
		Workloads: workload.Names(),
		Policy: func(p evidence.PrecisionPolicy) error {
			_, err := numeric.ParsePolicy(p.Operand + "/acc=" + p.Accumulate)
			return err
		},
	})
	if err != nil {
		return fmt.Errorf("refusing the job's terms: %w", err)
	}
	return nil
}

func loadArtifact(path string) (*boundary.Artifact, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read boundary artifact: %w", err)
	}
	a, err := boundary.DecodeArtifact(raw)
	if err != nil {
		return nil, fmt.Errorf("boundary artifact %s: %w", path, err)
	}
	return a, nil
}

func parseUints(s, flag string) ([]uint64, error) {
	var out []uint64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		if err != nil {
			return nil, usageError("%s: %q is not a comma-separated list of integers", flag, s)
		}
		out = append(out, v)
	}
	return out, nil
}

func parseProfiles(s string) ([]numeric.Profile, error) {
	if s == "" {
		return nil, nil
	}
	var out []numeric.Profile
	for _, f := range strings.Split(s, ",") {
		p, err := numeric.ParseProfile(strings.TrimSpace(f))
		if err != nil {
			return nil, usageError("profile %q: %v", f, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func calibrateCommand() *cli.Command {
	return &cli.Command{
		Name:  "calibrate",
		Usage: "measure honest drift under many numeric profiles and write the boundary artifact and its plot",
		Description: "Trains a reference run of the workload (--steps, the length of the jobs the boundary is for) under\n" +
			"the policy's reference profile, replays one step and s steps from endpoints spread over the run under each\n" +
			"calibration profile, fits per-tensor bounds (percentile x margin, and an absolute L2 bound that holds as\n" +
			"gradients shrink), then replays the held-out profiles at the calibrated endpoints and at held-out time\n" +
			"(steps never fitted on, up to the run's last interval) and reports both false-positive counts.\n\n" + profileHelp(),
		Flags: []cli.Flag{
			dataDirFlag(),
			&cli.StringFlag{Name: "workload", Required: true, Usage: "one of " + strings.Join(workload.Names(), ", ")},
			&cli.StringFlag{Name: "policy", Value: "f32/acc=f32", Usage: "precision policy"},
			&cli.StringFlag{Name: "strides", Value: "1,10,20", Usage: "strides to calibrate, ascending (stride 1, the one-step check of step-level disputes, always is)"},
			&cli.Uint64Flag{Name: "steps", Value: 1000, Usage: "length of the reference run: calibrate for jobs this long"},
			&cli.StringFlag{Name: "endpoints", Usage: "reference-run steps to fit on (multiples of every stride; default: 12 spread over the first three quarters of the run)"},
			&cli.StringFlag{Name: "held-out-time", Usage: "reference-run steps never fitted on where the held-out profiles are judged too (default: 6, between the endpoints and over the last quarter up to the last interval; \"none\" for none)"},
			&cli.IntFlag{Name: "one-step-every", Usage: fmt.Sprintf("also sample, one per N steps spread over the whole run, only the one-step checks (endpoint, and interval at stride 1, which step-level disputes slash on) (0: %d; -1: none)", calibrate.DefaultOneStepEvery)},
			&cli.IntFlag{Name: "gradient-every", Usage: "also sample the endpoint check every N steps up to the last endpoint (0: every step under bf16/fp16/tf32 operands, where rare rounding flips make its drift heavy-tailed, none under f32; -1: none)"},
			&cli.Uint64Flag{Name: "seed", Usage: "seed of the reference run"},
			&cli.StringFlag{Name: "profiles", Usage: "calibration profiles, comma-separated (default: every honest profile of the policy but the held-out ones)"},
			&cli.StringSliceFlag{Name: "external", Usage: "also fit on this external replayer as a profile (repeatable; docs/replayer.md; words split at spaces), e.g. '" +
				node.DefaultPython + " -m ovig replay --threads 2': the boundary then covers PyTorch's own kernels. One subprocess per replayed gradient and interval"},
			&cli.DurationFlag{Name: "replayer-timeout", Value: extreplay.DefaultTimeout, Usage: "with --external: kill a replay that has not finished after this long"},
			&cli.StringFlag{Name: "held-out", Usage: fmt.Sprintf("profiles replayed only to measure false positives, comma-separated (default: %d honest profiles spread over the policy's catalogue, none of --profiles)", defaultHeldOutCount)},
			&cli.Float64Flag{Name: "percentile", Usage: "percentile of honest drift (0: 99 under f32 operands, 100 - the largest - under bf16/fp16/tf32 operands, whose rare rounding flips make the tail)"},
			&cli.Float64Flag{Name: "margin", Value: 3, Usage: "safety margin multiplying the percentile"},
			&cli.Float64Flag{Name: "tail-margin", Value: calibrate.DefaultTailMargin, Usage: "further factor on the interval check's bounds (the heavy tail of ReLU kinks over a replayed interval)"},
			&cli.IntFlag{Name: "workers", Value: 2, Usage: "replays in parallel"},
			&cli.StringFlag{Name: "out", Value: "boundary", Usage: "output directory"},
		},
		Action: func(c *cli.Context) error {
			cfg, err := calibrationConfig(c)
			if err != nil {
				return err
			}
			a, rep, err := calibrate.Run(c.Context, cfg)
			if err != nil {
				return err
			}
			paths, err := calibrate.WriteOutputs(c.String("out"), a, rep)
			if err != nil {
				return err
			}
			hash, err := a.Hash()
			if err != nil {
				return err
			}
			summary := map[string]any{"boundary_hash": hash, "files": paths, "false_positives": rep.FalsePositives,
				"held_out_checks": rep.HeldOutChecks, "held_out_time_false_positives": rep.HeldOutTimeFalsePositives,
				"held_out_time_checks": rep.HeldOutTimeChecks, "replays": rep.Replays, "profiles": rep.Profiles}
			text := fmt.Sprintf("boundary hash %s\nwrote %s\n%d replays over %d profiles; held-out false positives %d of %d checks (worst %s %s at %.3g of its bound)\n",
				hash, strings.Join(paths, ", "), rep.Replays, rep.Profiles, rep.FalsePositives, rep.HeldOutChecks,
				rep.WorstHeldOut.Tensor, rep.WorstHeldOut.Metric, rep.WorstHeldOut.Ratio)
			if rep.HeldOutTimeChecks > 0 {
				text += fmt.Sprintf("held-out time (steps %v): false positives %d of %d checks (worst %s %s at %.3g of its bound)\n",
					rep.HeldOutTime, rep.HeldOutTimeFalsePositives, rep.HeldOutTimeChecks,
					rep.WorstHeldOutTime.Tensor, rep.WorstHeldOutTime.Metric, rep.WorstHeldOutTime.Ratio)
			}
			o := rep.OneStep
			text += fmt.Sprintf("one-step check (stride 1, %d extra steps): held-out false positives %d of %d (worst %.3g of its bound)",
				len(rep.OneStepSteps), o.FalsePositives, o.HeldOutChecks, o.Worst.Ratio)
			if o.HeldOutTimeChecks > 0 {
				text += fmt.Sprintf(", at held-out time %d of %d (worst %.3g)", o.HeldOutTimeFalsePositives, o.HeldOutTimeChecks, o.WorstHeldOutTime.Ratio)
			}
			text += "\n"
			summary["one_step"] = o
			if err := output(c, summary, text); err != nil {
				return err
			}
			if rep.FalsePositives > 0 || rep.HeldOutTimeFalsePositives > 0 {
				return cli.Exit("held-out honest profiles were flagged: raise --margin or add profiles to the calibration set", 1)
			}
			return nil
		},
	}
}

func calibrationConfig(c *cli.Context) (calibrate.Config, error) {
	src, err := dataSources(c)
	if err != nil {
		return calibrate.Config{}, err
	}
	pol, err := numeric.ParsePolicy(c.String("policy"))
	if err != nil {
		return calibrate.Config{}, usageError("--policy: %v", err)
	}
	strides, err := parseUints(c.String("strides"), "--strides")
	if err != nil {
		return calibrate.Config{}, err
	}
	steps := c.Uint64("steps")
	autoEndpoints, autoTime, err := calibrate.Schedule(steps, strides, 0, 0)
	if err != nil {
		return calibrate.Config{}, usageError("--steps %d, --strides %v: %v", steps, strides, err)
	}
	endpoints := autoEndpoints
	if c.String("endpoints") != "" {
		if endpoints, err = parseUints(c.String("endpoints"), "--endpoints"); err != nil {
			return calibrate.Config{}, err
		}
	}
	var heldTime []uint64
	switch ht := c.String("held-out-time"); ht {
	case "none":
	case "":
		for _, st := range autoTime {
			if !slices.Contains(endpoints, st) {
				heldTime = append(heldTime, st)
			}
		}
	default:
		if heldTime, err = parseUints(ht, "--held-out-time"); err != nil {
			return calibrate.Config{}, err
		}
	}
	profiles, err := parseProfiles(c.String("profiles"))
	if err != nil {
		return calibrate.Config{}, err
	}
	heldOut, err := parseProfiles(c.String("held-out"))
	if err != nil {
		return calibrate.Config{}, err
	}
	if len(heldOut) == 0 {
		if heldOut = calibrate.DefaultHeldOut(pol, defaultHeldOutCount, profiles); len(heldOut) == 0 {
			return calibrate.Config{}, usageError("--profiles lists every honest profile of policy %s: give --held-out, profiles kept out of calibration to measure false positives", pol.Name())
		}
	}
	last := endpoints[len(endpoints)-1] + strides[len(strides)-1]
	if n := len(heldTime); n > 0 {
		last = max(last, heldTime[n-1]+strides[len(strides)-1])
	}
	m, err := workload.NewManifest(c.String("workload"), src, workload.Options{Steps: max(steps, last), Stride: 1, Seed: c.Uint64("seed"), Policy: pol})
	if err != nil {
		return calibrate.Config{}, err
	}
	var external []calibrate.External
	for _, cmd := range c.StringSlice("external") {
		r, err := newExternalReplayer(c, cmd, "--external")
		if err != nil {
			return calibrate.Config{}, err
		}
		name := "external:" + strings.Join(strings.Fields(cmd), " ")
		if slices.ContainsFunc(external, func(x calibrate.External) bool { return x.Name == name }) {
			return calibrate.Config{}, usageError("--external %q given twice", cmd)
		}
		external = append(external, calibrate.External{Name: name, Replayer: r})
	}
	return calibrate.Config{
		Manifest: m, Data: src, Strides: strides, Endpoints: endpoints, HeldOutTime: heldTime, GradientEvery: c.Int("gradient-every"), OneStepEvery: c.Int("one-step-every"),
		Profiles: profiles, HeldOut: heldOut, External: external,
		Percentile: c.Float64("percentile"), Margin: c.Float64("margin"), TailMargin: c.Float64("tail-margin"), Floor: calibrate.DefaultFloor(),
		Workers: c.Int("workers"),
	}, nil
}

// defaultHeldOutCount is how many profiles ovig calibrate holds out when --held-out is not
// given.
const defaultHeldOutCount = 3

// profileHelp names the profiles, for ovig calibrate --help.
func profileHelp() string {
	pol := numeric.Policy{Operand: numeric.F32, Accum: numeric.AccF32}
	var names, framework []string
	for _, p := range pol.HonestProfiles() {
		if p.Kernel() == p {
			names = append(names, p.Name())
		} else {
			framework = append(framework, p.Name())
		}
	}
	var held []string
	for _, p := range calibrate.DefaultHeldOut(pol, defaultHeldOutCount, nil) {
		held = append(held, p.Name())
	}
	return "Profiles are named <operand>/acc=<accum>/red=<order>/fma=<on|off>: operand f32, bf16, tf32 or fp16 (the\n" +
		"policy's own), accum f32 or f64 (at least the policy's), order seq, pairwise, lanesN, kblockN or splitkN.\n" +
		"Framework kernels follow, each only when not the default (float64): /sm=f32 (float32 softmax and\n" +
		"log-softmax, 8-lane sums), /bias=f32pairwise or f32lanes8 (float32 bias-gradient sums), /loss=f32 (float32\n" +
		"batch mean and its backward), /opt=f32 (torch.optim's float32 update).\n" +
		"A policy admits a profile with its operand and an accumulator at least as wide. Under " + pol.Name() + " the\n" +
		"honest catalogue is (the first is the reference profile; its drift is zero by construction):\n  " +
		columns(names, 3, "\n  ") + "\n  " + strings.Join(framework, "\n  ") + "\n" +
		"Other policies have the same catalogue with their operand. Without --held-out, " + pol.Name() + " holds out:\n  " +
		strings.Join(held, ", ")
}

// columns lays out names n to a line, lines joined by sep.
func columns(names []string, n int, sep string) string {
	var lines []string
	for i := 0; i < len(names); i += n {
		row := names[i:min(i+n, len(names))]
		for j := range row[:len(row)-1] {
			row[j] = fmt.Sprintf("%-36s", row[j])
		}
		lines = append(lines, strings.TrimRight(strings.Join(row, ""), " "))
	}
	return strings.Join(lines, sep)
}
