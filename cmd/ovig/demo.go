package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/devnet"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/boundary"
)

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "deploy the registry, run an honest and two cheating providers, two watchtowers and three arbiters, and settle",
		Description: "On the embedded chain by default (or --rpc with a funded --key-env/--keystore key, such as anvil's):\n" +
			"the owner calibrates a boundary per workload and creates two vision jobs and one language job; one\n" +
			"provider trains honestly, one skips a share of its steps, one poisons a share of its labels; two\n" +
			"watchtowers with independent secrets sample and replay; arbiters sign; the cheaters are slashed and the\n" +
			"honest provider is paid after the window. Before the windows close the honest job's model is served\n" +
			"(--serve requests) and spot-checked by a watchtower, and a fourth, honestly trained job's provider serves\n" +
			"a substituted model and is challenged and slashed. Ends with a table of what happened and what it cost.",
		Flags: append(chainFlags(),
			dataDirFlag(),
			&cli.StringFlag{Name: "dir", Usage: "working directory (default: a new temporary one)"},
			&cli.Float64Flag{Name: "rate", Value: 0.5, Usage: "each watchtower's sampling rate p"},
			&cli.IntFlag{Name: "watchtowers", Value: 2, Usage: "watchtowers with independent secrets"},
			&cli.IntFlag{Name: "arbiters", Value: 3, Usage: "arbiters of every job"},
			&cli.IntFlag{Name: "threshold", Value: 2, Usage: "arbiter signatures a verdict needs"},
			&cli.DurationFlag{Name: "timeout", Value: 20 * time.Minute, Usage: "give up after this long"},
			&cli.IntFlag{Name: "serve", Value: 8, Usage: "requests each serving provider answers before the windows close (0: no serving)"},
		),
		Action: runDemo,
	}
}

// demoJobs is the demo's cast: what each provider trains and how it behaves.
func demoJobs() []devnet.JobSpec {
	return []devnet.JobSpec{
		{Name: "vision-honest", Workload: "mlp-mnist", Behaviour: attack.Behaviour{Name: "honest"}, Steps: 200, Stride: 20, Seed: 1},
		{Name: "vision-skipper", Workload: "cnn-fashion", Behaviour: attack.Behaviour{Name: "skip", Strength: 0.3}, Steps: 100, Stride: 10, Seed: 2},
		{Name: "language-poisoner", Workload: "charlm-moby", Behaviour: attack.Behaviour{Name: "poison", Strength: 0.3}, Steps: 30, Stride: 5, Seed: 3},
	}
}

func runDemo(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
	defer cancel()
	say := func(format string, args ...any) { fmt.Fprintf(c.App.Writer, format+"\n", args...) }

	src, err := dataSources(c)
	if err != nil {
		return err
	}
	dir := c.String("dir")
	if dir == "" {
		if dir, err = os.MkdirTemp("", "ovig-demo-"); err != nil {
			return err
		}
	}
	specs := demoJobs()
	if c.Int("serve") > 0 {
		specs = append(specs, demoServingJob())
	}
	need := 1 + c.Int("watchtowers") + c.Int("arbiters") + len(specs)
	ch, keys, where, err := demoChain(c, need)
	if err != nil {
		return err
	}
	defer ch.Close()
	say("chain: %s (chain id %s); working directory %s", where, ch.ChainID, dir)

	// The owner calibrates one boundary per workload, from honest replays under numeric profiles.
	artifacts := map[string]*boundary.Artifact{}
	for _, s := range specs {
		if artifacts[s.Workload] != nil {
			continue
		}
		start := time.Now()
		a, rep, err := devnet.QuickCalibration(ctx, src, s.Workload, s.Stride)
		if err != nil {
			return err
		}
		if rep.FalsePositives > 0 {
			return fmt.Errorf("calibration of %s flagged %d held-out honest replays", s.Workload, rep.FalsePositives)
		}
		h, _ := a.Hash()
		say("calibrated %-12s stride %-3d %3d replays over %d profiles, held-out false positives %d/%d, boundary %s (%s)",
			s.Workload, s.Stride, rep.Replays, rep.Profiles, rep.FalsePositives, rep.HeldOutChecks, h.String()[:10], time.Since(start).Round(time.Second))
		artifacts[s.Workload] = a
	}

	net, err := devnet.New(ctx, devnet.Config{
		Chain: ch, Keys: keys, Data: src, Dir: dir, Watchtowers: c.Int("watchtowers"), Rate: c.Float64("rate"),
		Arbiters: c.Int("arbiters"), Threshold: c.Int("threshold"), Confirmations: 0, Log: log.Level(max(log.GetLevel(), zerolog.WarnLevel)),
	})
	if err != nil {
		return err
	}
	defer net.Close()
	say("registry deployed at %s; %d watchtowers (p = %g each), %d-of-%d arbiters", net.Owner.Address(), c.Int("watchtowers"), c.Float64("rate"), c.Int("threshold"), c.Int("arbiters"))

	start := time.Now()
	for _, s := range specs {
		s.Artifact = artifacts[s.Workload]
		j, err := net.AddJob(ctx, s)
		if err != nil {
			return err
		}
		say("job %s %-18s %-12s %-10s %d steps, stride %d, evidence at %s", j.ID, s.Name, s.Workload, s.Behaviour, s.Steps, s.Stride, j.Evidence)
	}
	if err := net.WaitFinalized(ctx); err != nil {
		return err
	}
	say("every provider trained, committed and finalized (%s)", time.Since(start).Round(time.Second))
	if err := net.WaitQuiet(ctx); err != nil {
		return err
	}
	say("watchtowers audited what they sampled; challenged providers posted their intervals' step trees, watchtowers named the bad steps, arbiters replayed those steps alone and resolved every dispute (%s)", time.Since(start).Round(time.Second))
	if n := c.Int("serve"); n > 0 {
		served, err := runDemoServing(ctx, net, n)
		if err != nil {
			return err
		}
		say("finalized models served before the windows close; a watchtower spot-checked every committed record, arbiters judged what it challenged:\n%s", servingTable(served))
	}
	if err := net.CloseWindows(ctx); err != nil {
		return err
	}
	if err := net.Settle(ctx); err != nil {
		return err
	}
	say("challenge windows closed (simulated time); jobs settled and credits withdrawn\n")
	outs, err := net.Outcomes(ctx)
	if err != nil {
		return err
	}
	return output(c, demoJSON(outs), demoTable(outs))
}

// demoChain is the embedded chain with funded dev keys, or --rpc with fresh keys funded from
// the operator's key.
func demoChain(c *cli.Context, need int) (*chain.Chain, []*ecdsa.PrivateKey, string, error) {
	if c.String("rpc") == "" {
		ch, err := chain.NewSimulated(chain.SimOptions{Accounts: need})
		return ch, ch.DevKeys, "embedded simulated chain", err
	}
	funder, err := loadKey(c)
	if err != nil {
		return nil, nil, "", err
	}
	ch, err := dial(c)
	if err != nil {
		return nil, nil, "", err
	}
	s, err := ch.NewSender(c.Context, funder, senderOptions(c))
	if err != nil {
		ch.Close()
		return nil, nil, "", err
	}
	keys := []*ecdsa.PrivateKey{}
	each := new(big.Int).Mul(big.NewInt(30), big.NewInt(params.Ether))
	for i := 0; i < need; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			ch.Close()
			return nil, nil, "", err
		}
		to := crypto.PubkeyToAddress(k.PublicKey)
		if _, err := s.Send(c.Context, &to, each, nil); err != nil {
			ch.Close()
			return nil, nil, "", fmt.Errorf("fund demo account %d from %s: %w", i, s.Address(), err)
		}
		keys = append(keys, k)
	}
	return ch, keys, c.String("rpc"), nil
}

func eth(wei *big.Int) string {
	if wei == nil || wei.Sign() == 0 {
		return "0"
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether)).Float64()
	return fmt.Sprintf("%.2f", f)
}

func demoTable(outs []devnet.Outcome) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "JOB\tWORKLOAD\tPROVIDER BEHAVIOUR\tINTERVALS\tSAMPLED\tCHALLENGED\tSTEPS NAMED\tVERDICT\tSTATUS\tPROVIDER ETH\tOWNER REFUND ETH\tWATCHTOWER REWARD ETH\tGAS")
	for _, o := range outs {
		fmt.Fprintf(w, "%s %s\t%s\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", o.Job.ID, o.Job.Spec.Name, o.Job.Spec.Workload,
			o.Job.Spec.Behaviour, o.Intervals, o.Sampled, o.Challenged, namedSteps(o.Steps), verdicts(o.Verdicts), o.Status,
			eth(o.Provider), eth(o.Owner), eth(o.Watchers), o.Gas)
	}
	w.Flush()
	return b.String()
}

// namedSteps lists the training steps named in a job's step-level disputes.
func namedSteps(steps []uint64) string {
	if len(steps) == 0 {
		return "-"
	}
	parts := make([]string, len(steps))
	for i, s := range steps {
		parts[i] = fmt.Sprint(s)
	}
	return strings.Join(parts, ",")
}

func verdicts(v map[string]int) string {
	if len(v) == 0 {
		return "-"
	}
	var parts []string
	for _, k := range []string{"Fraud", "Unavailable", "Honest"} {
		if v[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s x%d", k, v[k]))
		}
	}
	return strings.Join(parts, ", ")
}

func demoJSON(outs []devnet.Outcome) []map[string]any {
	var rows []map[string]any
	for _, o := range outs {
		rows = append(rows, map[string]any{
			"job_id": o.Job.ID.String(), "name": o.Job.Spec.Name, "workload": o.Job.Spec.Workload,
			"behaviour": o.Job.Spec.Behaviour.String(), "intervals": o.Intervals, "sampled": o.Sampled,
			"challenged": o.Challenged, "steps_named": o.Steps, "verdicts": o.Verdicts, "status": o.Status,
			"provider_wei": o.Provider.String(), "owner_refund_wei": o.Owner.String(), "watchtower_reward_wei": o.Watchers.String(),
			"gas": o.Gas,
		})
	}
	return rows
}
