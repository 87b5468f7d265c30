package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/evidence"
)

func jobCommand() *cli.Command {
	withChain := func(fs ...cli.Flag) []cli.Flag { return append(chainFlags(), fs...) }
	return &cli.Command{
		Name:  "job",
		Usage: "create, inspect and close jobs on the registry",
		Subcommands: []*cli.Command{
			{
				Name:  "create",
				Usage: "escrow the payment for a manifest and name the provider, bonds and arbiters (owner)",
				Flags: withChain(
					&cli.StringFlag{Name: "manifest", Required: true, Usage: "manifest JSON (from ovig manifest)"},
					&cli.StringFlag{Name: "provider", Required: true, Usage: "provider address"},
					&cli.StringFlag{Name: "payment", Required: true, Usage: "escrowed payment in ether"},
					&cli.StringFlag{Name: "provider-bond", Value: "1", Usage: "bond the provider posts to accept, in ether"},
					&cli.StringFlag{Name: "challenger-bond", Value: "0.1", Usage: "bond a watchtower posts to challenge, in ether"},
					&cli.StringSliceFlag{Name: "arbiter", Required: true, Usage: "arbiter address (repeat for an m-of-n set)"},
					&cli.UintFlag{Name: "threshold", Usage: "signatures a verdict needs, more than half the arbiters (default: the smallest majority)"},
					&cli.DurationFlag{Name: "accept-within", Value: time.Hour, Usage: "time the provider has to accept"},
					&cli.DurationFlag{Name: "finalize-within", Value: 7 * 24 * time.Hour, Usage: "time the provider has to commit every endpoint and finalize"},
				),
				Action: jobCreate,
			},
			{
				Name: "accept", Usage: "check a job's terms against its manifest, then accept it by posting the provider bond and naming the evidence server (provider; ovig node run --accept also runs a training step first)",
				ArgsUsage: "JOB_ID",
				Flags: withChain(
					&cli.StringFlag{Name: "manifest", Required: true, Usage: "manifest JSON the job must match"},
					&cli.StringFlag{Name: "evidence-url", Required: true, Usage: "base URL of this provider's evidence server"},
					&cli.StringSliceFlag{Name: "trust-arbiter", Usage: "an arbiter this provider trusts (repeat); refuse jobs whose untrusted arbiters alone reach the threshold"},
					&cli.StringFlag{Name: "max-bond", Usage: "refuse jobs asking a larger provider bond (ETH)"},
				),
				Action: jobAccept,
			},
			{Name: "show", Usage: "print a job", ArgsUsage: "JOB_ID", Flags: withChain(), Action: jobShow},
			{Name: "list", Usage: "list every job of the registry", Flags: withChain(), Action: jobList},
			{Name: "settle", Usage: "pay the provider after the challenge window (anyone)", ArgsUsage: "JOB_ID", Flags: withChain(), Action: jobTx("settle", (*chain.Registry).Settle)},
			{Name: "cancel", Usage: "refund the owner of a job never accepted, or past its finalize deadline", ArgsUsage: "JOB_ID", Flags: withChain(), Action: jobTx("cancel", (*chain.Registry).Cancel)},
			{Name: "withdraw", Usage: "withdraw everything the registry owes this account", Flags: withChain(), Action: jobWithdraw},
		},
	}
}

func jobCreate(c *cli.Context) error {
	m, _, err := loadManifest(c.String("manifest"))
	if err != nil {
		return err
	}
	// Absurd terms are refused before anything is escrowed.
	if err := validateJobTerms(m); err != nil {
		return usageError("%v", err)
	}
	provider, err := parseAddress(c.String("provider"), "--provider")
	if err != nil {
		return err
	}
	arbiters, err := parseArbiters(c)
	if err != nil {
		return err
	}
	payment, err := parseEther(c.String("payment"), "--payment")
	if err != nil {
		return err
	}
	pbond, err := parseEther(c.String("provider-bond"), "--provider-bond")
	if err != nil {
		return err
	}
	cbond, err := parseEther(c.String("challenger-bond"), "--challenger-bond")
	if err != nil {
		return err
	}
	threshold := c.Uint("threshold")
	if threshold == 0 {
		threshold = uint(len(arbiters)/2 + 1)
	}
	if !chain.MajorityThreshold(uint8(min(threshold, 255)), len(arbiters)) || threshold > 255 {
		return usageError("--threshold %d of %d arbiters: need more than half of them (at most %d arbiters)", threshold, len(arbiters), chain.MaxArbiters)
	}
	ch, reg, err := openRegistry(c, true)
	if err != nil {
		return err
	}
	defer ch.Close()
	id, err := createJob(c.Context, ch, reg, m, chain.JobTerms{
		Provider: provider, ProviderBond: pbond, ChallengerBond: cbond, Arbiters: arbiters,
		Threshold: uint8(threshold), AcceptWithin: c.Duration("accept-within"),
		FinalizeWithin: c.Duration("finalize-within"),
	}, payment)
	if err != nil {
		return err
	}
	return output(c, map[string]any{"job_id": id.String(), "registry": reg.Address()},
		fmt.Sprintf("created job %s (%d intervals of %d steps; payment %s escrowed)\n", id, m.Intervals(), m.Stride, formatEther(payment)))
}

// parseArbiters reads the repeated --arbiter flag.
func parseArbiters(c *cli.Context) ([]common.Address, error) {
	var out []common.Address
	for _, a := range c.StringSlice("arbiter") {
		addr, err := parseAddress(a, "--arbiter")
		if err != nil {
			return nil, err
		}
		out = append(out, addr)
	}
	return out, nil
}

// createJob creates the job of manifest m on terms, its deadlines counted from the chain's
// latest block, escrowing payment.
func createJob(ctx context.Context, ch *chain.Chain, reg *chain.Registry, m *evidence.Manifest, terms chain.JobTerms, payment *big.Int) (*big.Int, error) {
	head, err := ch.Head(ctx)
	if err != nil {
		return nil, err
	}
	params, err := chain.JobParams(m, terms, head.Time)
	if err != nil {
		return nil, usageError("%v", err)
	}
	return reg.CreateJob(ctx, params, payment)
}

// withJob opens the registry (transacting when asked) and reads the job named by the argument.
func withJob(c *cli.Context, transact bool, f func(reg *chain.Registry, id *big.Int, v chain.Job) error) error {
	id, err := jobArg(c)
	if err != nil {
		return err
	}
	ch, reg, err := openRegistry(c, transact)
	if err != nil {
		return err
	}
	defer ch.Close()
	v, err := reg.Job(c.Context, id)
	if err != nil {
		return err
	}
	return f(reg, id, v)
}

func jobAccept(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	m, _, err := loadManifest(c.String("manifest"))
	if err != nil {
		return err
	}
	return withJob(c, true, func(reg *chain.Registry, id *big.Int, v chain.Job) error {
		if v.Status != chain.StatusCreated {
			return fmt.Errorf("job %s is %s: only a Created job can be accepted", id, v.Status.String())
		}
		if err := acceptIfNeeded(c.Context, c, reg, id, m, log, func() error { return nil }); err != nil {
			return err
		}
		return output(c, map[string]any{"job_id": id.String(), "bond": v.ProviderBond.String(), "evidence_url": c.String("evidence-url")},
			fmt.Sprintf("accepted job %s with a bond of %s, serving evidence at %s\n", id, formatEther(v.ProviderBond), c.String("evidence-url")))
	})
}

func jobTx(what string, send func(*chain.Registry, context.Context, *big.Int) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		id, err := jobArg(c)
		if err != nil {
			return err
		}
		ch, reg, err := openRegistry(c, true)
		if err != nil {
			return err
		}
		defer ch.Close()
		if err := send(reg, c.Context, id); err != nil {
			return err
		}
		v, err := reg.Job(c.Context, id)
		if err != nil {
			return err
		}
		return output(c, map[string]any{"job_id": id.String(), "status": v.Status.String()},
			fmt.Sprintf("job %s: %s done; status %s (payouts are credited: ovig job withdraw)\n", id, what, v.Status.String()))
	}
}

func jobWithdraw(c *cli.Context) error {
	ch, reg, err := openRegistry(c, true)
	if err != nil {
		return err
	}
	defer ch.Close()
	me := reg.Sender().Address()
	owed, err := reg.Credits(c.Context, me)
	if err != nil {
		return err
	}
	if owed.Sign() == 0 {
		return output(c, map[string]any{"account": me, "withdrawn": "0"}, fmt.Sprintf("%s is owed nothing\n", me))
	}
	if err := reg.Withdraw(c.Context); err != nil {
		return err
	}
	return output(c, map[string]any{"account": me, "withdrawn": owed.String()}, fmt.Sprintf("withdrew %s to %s\n", formatEther(owed), me))
}

func jobShow(c *cli.Context) error {
	return withJob(c, false, func(reg *chain.Registry, id *big.Int, v chain.Job) error {
		return showJob(c, reg, id, v)
	})
}

func showJob(c *cli.Context, reg *chain.Registry, id *big.Int, v chain.Job) error {
	arbiters, err := reg.Arbiters(c.Context, id)
	if err != nil {
		return err
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	row := func(k string, v any) { fmt.Fprintf(w, "%s\t%v\n", k, v) }
	row("job", id)
	row("status", v.Status.String())
	row("owner", v.Owner.Hex())
	row("provider", v.Provider.Hex())
	row("manifest hash", evidence.Hash32(v.ManifestHash))
	row("boundary hash", evidence.Hash32(v.BoundaryHash))
	row("steps / stride", fmt.Sprintf("%d / %d (%d intervals)", v.TotalSteps, v.Stride, v.Intervals))
	row("committed endpoints", fmt.Sprintf("%d of %d in %d batches", v.CommittedEndpoints, v.Intervals+1, v.BatchCount))
	row("open disputes", v.OpenDisputes)
	row("payment / escrow", fmt.Sprintf("%s / %s", formatEther(v.Payment), formatEther(v.Escrow)))
	row("provider bond (held)", fmt.Sprintf("%s (%s)", formatEther(v.ProviderBond), formatEther(v.ProviderBondHeld)))
	row("challenger bond", formatEther(v.ChallengerBond))
	row("arbiters", fmt.Sprintf("%d of %s", v.Threshold, addrList(arbiters)))
	row("accept by", fmtTime(v.AcceptBy))
	row("finalize by", fmtTime(v.FinalizeBy))
	row("finalized at", fmtTime(v.FinalizedAt))
	row("challenge window ends", fmtTime(v.WindowEnd))
	row("evidence", v.EvidenceURI)
	w.Flush()
	return output(c, jobJSON(id, v, arbiters), b.String())
}

func jobList(c *cli.Context) error {
	ch, reg, err := openRegistry(c, false)
	if err != nil {
		return err
	}
	defer ch.Close()
	n, err := reg.JobCount(c.Context)
	if err != nil {
		return err
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "JOB\tSTATUS\tPROVIDER\tCOMMITTED\tOPEN DISPUTES\tESCROW")
	var all []map[string]any
	for i := int64(1); i <= n.Int64(); i++ {
		id := big.NewInt(i)
		v, err := reg.Job(c.Context, id)
		if err != nil {
			return err
		}
		all = append(all, jobJSON(id, v, nil))
		fmt.Fprintf(w, "%d\t%s\t%s\t%d/%d\t%d\t%s\n", i, v.Status.String(), v.Provider.Hex(),
			v.CommittedEndpoints, v.Intervals+1, v.OpenDisputes, formatEther(v.Escrow))
	}
	w.Flush()
	return output(c, all, b.String())
}

func jobJSON(id *big.Int, v chain.Job, arbiters []common.Address) map[string]any {
	return map[string]any{
		"job_id": id.String(), "status": v.Status.String(), "owner": v.Owner, "provider": v.Provider,
		"manifest_hash": evidence.Hash32(v.ManifestHash), "boundary_hash": evidence.Hash32(v.BoundaryHash),
		"total_steps": v.TotalSteps, "stride": v.Stride, "intervals": v.Intervals,
		"committed_endpoints": v.CommittedEndpoints, "batches": v.BatchCount, "open_disputes": v.OpenDisputes,
		"payment": v.Payment.String(), "escrow": v.Escrow.String(), "provider_bond": v.ProviderBond.String(),
		"provider_bond_held": v.ProviderBondHeld.String(), "challenger_bond": v.ChallengerBond.String(),
		"threshold": v.Threshold, "arbiters": arbiters, "accept_by": v.AcceptBy, "finalize_by": v.FinalizeBy,
		"finalized_at": v.FinalizedAt, "window_end": v.WindowEnd, "evidence_uri": v.EvidenceURI,
		"final_model_hash": evidence.Hash32(v.FinalModelHash),
	}
}

func addrList(as []common.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Hex()
	}
	return strings.Join(s, ", ")
}

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy a new OvigRegistry with its OvigInference and print their addresses",
		Flags: chainFlags(),
		Action: func(c *cli.Context) error {
			key, err := loadKey(c)
			if err != nil {
				return err
			}
			ch, err := dial(c)
			if err != nil {
				return err
			}
			defer ch.Close()
			s, err := ch.NewSender(c.Context, key, senderOptions(c))
			if err != nil {
				return err
			}
			// The registry names its OvigInference, so commands find it from --registry alone.
			reg, inf, err := chain.DeployWithInference(c.Context, s)
			if err != nil {
				return err
			}
			return output(c, map[string]any{"registry": reg.Address(), "inference": inf.Address(), "block": reg.DeployBlock(), "chain_id": ch.ChainID.String()},
				fmt.Sprintf("registry deployed at %s (block %d, chain %s), inference contract at %s\nexport OVIG_REGISTRY=%s\n", reg.Address(), reg.DeployBlock(), ch.ChainID, inf.Address(), reg.Address()))
		},
	}
}
