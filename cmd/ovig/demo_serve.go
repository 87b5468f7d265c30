package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/ovig/ovig/devnet"
	"github.com/ovig/ovig/node/attack"
)

// The demo's serving cast: the honest job serves honestly; a second honest training job's
// provider then serves a substituted model (the job's initial weights).
const (
	demoServeHonest = "vision-honest"
	demoServeSubst  = "vision-substitute"
)

// demoServingJob is the job whose provider trains honestly and then serves a substituted model.
func demoServingJob() devnet.JobSpec {
	return devnet.JobSpec{Name: demoServeSubst, Workload: "mlp-mnist", Behaviour: attack.Behaviour{Name: "honest"}, Steps: 40, Stride: 20, Seed: 4}
}

// runDemoServing serves the two jobs' final models while they are Finalized (serving is backed
// by the training bond only until the window ends): requests, commits, one watchtower's spot
// checks and, for what it challenges, the arbiters' verdict.
func runDemoServing(ctx context.Context, net *devnet.Net, requests int) ([]*devnet.Serving, error) {
	var out []*devnet.Serving
	for _, c := range []struct{ name, behaviour string }{{demoServeHonest, ""}, {demoServeSubst, "substitute:init"}} {
		var job *devnet.Job
		for _, j := range net.Jobs {
			if j.Spec.Name == c.name {
				job = j
			}
		}
		if job == nil {
			return nil, fmt.Errorf("demo serving: no job %s", c.name)
		}
		s, err := net.ServeJob(ctx, job, devnet.ServeSpec{Requests: requests, Behaviour: c.behaviour})
		if err != nil {
			return nil, fmt.Errorf("demo serving %s: %w", c.name, err)
		}
		out = append(out, s)
	}
	return out, nil
}

func servingTable(ss []*devnet.Serving) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "JOB\tSERVES\tREQUESTS\tBATCHES\tSPOT-CHECKED\tCHALLENGED\tARBITERS' FINDINGS\tSTATUS AFTER\tTOOK")
	for _, s := range ss {
		fmt.Fprintf(w, "%s %s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\n", s.Job.ID, s.Job.Spec.Name, s.Behaviour, s.Requests, s.Batches,
			s.Checked, s.Challenged, verdicts(s.Outcomes), s.Status, s.Took.Round(1e6))
	}
	w.Flush()
	return b.String()
}
