package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
)

// WaitQuiet waits until every watchtower has read the chain to its head and audited what it
// sampled, and every challenge of a live job is resolved.
func (n *Net) WaitQuiet(ctx context.Context) error {
	t := time.NewTicker(n.cfg.Poll)
	defer t.Stop()
	for {
		if err := n.Err(); err != nil {
			return err
		}
		quiet, err := n.quiet(ctx)
		if err != nil {
			return err
		}
		if quiet {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for watchtowers and arbiters: %w", ctx.Err())
		case <-t.C:
		}
	}
}

func (n *Net) quiet(ctx context.Context) (bool, error) {
	head, err := n.cfg.Chain.Client.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	for _, wt := range n.Watchtowers {
		select {
		case <-wt.Service.Ready(): // reconciled: unfinished audits are queued again
		default:
			return false, nil
		}
		cur, err := wt.Store.Cursor().Load(ctx)
		if err != nil {
			return false, err
		}
		if cur == nil || cur.Next+n.cfg.Confirmations <= head || wt.Service.Pending() > 0 || wt.Steps.Busy() {
			return false, nil
		}
	}
	open := false
	for _, j := range n.Jobs {
		v, err := n.Owner.Job(ctx, j.ID)
		if err != nil {
			return false, err
		}
		if !v.Status.Closed() && v.OpenDisputes > 0 {
			open = true
		}
	}
	if open {
		// Everyone is idle but disputes stay open: they wait for a window to pass (a concession
		// closes only after the naming window). The deployment runs on simulated time: pass it.
		return false, n.passDisputeWindows(ctx)
	}
	return true, nil
}

// passDisputeWindows moves chain time past the next response or naming window of an open
// dispute, once every service had a few polls to act within it.
func (n *Net) passDisputeWindows(ctx context.Context) error {
	n.idlePolls++
	if n.idlePolls < 5 {
		return nil
	}
	n.idlePolls = 0
	h, err := n.cfg.Chain.Head(ctx)
	if err != nil {
		return err
	}
	var next uint64
	for _, j := range n.Jobs {
		ids, err := n.Owner.DisputesOfJob(ctx, j.ID)
		if err != nil {
			return err
		}
		for _, id := range ids {
			d, err := n.Owner.DisputeOf(ctx, id)
			if err != nil {
				return err
			}
			if !d.Open() {
				continue
			}
			at := d.NameBy
			if !d.Responded {
				at = d.RespondBy
			}
			if at >= h.Time && (next == 0 || at < next) {
				next = at
			}
		}
	}
	if next == 0 {
		return nil
	}
	return n.cfg.Chain.AdjustTime(ctx, time.Duration(next-h.Time+1)*time.Second)
}

// CloseWindows moves chain time past every job's challenge window.
func (n *Net) CloseWindows(ctx context.Context) error {
	var last uint64
	for _, j := range n.Jobs {
		v, err := n.Owner.Job(ctx, j.ID)
		if err != nil {
			return err
		}
		last = max(last, v.WindowEnd)
	}
	h, err := n.cfg.Chain.Head(ctx)
	if err != nil {
		return err
	}
	if last < h.Time {
		return nil
	}
	return n.cfg.Chain.AdjustTime(ctx, time.Duration(last-h.Time+1)*time.Second)
}

// Settle settles every finalized job whose window closed with nothing open, lapses the
// disputes left open on jobs already found fraudulent, claims every challenge whose dispute is
// closed (the bonds return, or pay the provider and arbiters after an Honest verdict), and
// withdraws every participant's credit.
func (n *Net) Settle(ctx context.Context) error {
	var errs []error
	for _, j := range n.Jobs {
		v, err := n.Owner.Job(ctx, j.ID)
		if err != nil {
			return err
		}
		switch {
		case v.Status == chain.StatusFinalized && v.OpenDisputes == 0:
			if err := n.Owner.Settle(ctx, j.ID); err != nil {
				errs = append(errs, fmt.Errorf("settle %s: %w", j.Spec.Name, err))
			}
		case v.Status == chain.StatusFraudulent && v.OpenDisputes > 0:
			errs = append(errs, n.lapseOpen(ctx, j))
		}
		errs = append(errs, n.claimAll(ctx, j))
	}
	return errors.Join(append(errs, n.withdrawAll(ctx))...)
}

func (n *Net) lapseOpen(ctx context.Context, j *Job) error {
	for k := uint64(0); k < j.Manifest.Intervals(); k++ {
		id, err := n.Owner.OpenDisputeOf(ctx, j.ID, k)
		if err != nil {
			return err
		}
		if id.Sign() > 0 {
			if err := n.Owner.Lapse(ctx, id); err != nil {
				return fmt.Errorf("lapse dispute %s of %s: %w", id, j.Spec.Name, err)
			}
		}
	}
	return nil
}

// claimAll claims the job's challenges that no watchtower claimed yet (claims credit their
// owners whoever sends them).
func (n *Net) claimAll(ctx context.Context, j *Job) error {
	logs, err := n.Owner.JobLogs(ctx, j.ID, n.deployed)
	if err != nil {
		return err
	}
	for _, ev := range logs {
		e, ok := ev.(chain.ChallengeOpened)
		if !ok {
			continue
		}
		st, err := n.Owner.StandOf(ctx, e.ChallengeID)
		if err != nil {
			return err
		}
		d, err := n.Owner.DisputeOf(ctx, e.DisputeID)
		if err != nil {
			return err
		}
		if st.Claimed || d.Open() {
			continue
		}
		if err := n.Owner.Claim(ctx, e.ChallengeID); err != nil && !chain.IsRevert(err, "AlreadyClaimed") {
			return fmt.Errorf("claim challenge %s of %s: %w", e.ChallengeID, j.Spec.Name, err)
		}
	}
	return nil
}

// withdrawAll pulls every participant's credit to its wallet.
func (n *Net) withdrawAll(ctx context.Context) error {
	var errs []error
	for _, k := range n.cfg.Keys[:n.nextKey] {
		s, err := n.sender(ctx, k)
		if err != nil {
			return err
		}
		reg := n.Owner.WithSender(s)
		owed, err := reg.Credits(ctx, s.Address())
		if err != nil {
			return err
		}
		if owed.Sign() > 0 {
			errs = append(errs, reg.Withdraw(ctx))
		}
	}
	return errors.Join(errs...)
}

// Outcome is what happened to one job, for the report.
type Outcome struct {
	Job        *Job
	Status     string
	Intervals  uint64
	Committed  uint64
	Sampled    int // intervals at least one watchtower sampled
	Challenged int
	Verdicts   map[string]int
	// Steps are the training steps (global: interval·stride + j) challengers named in the job's
	// step-level disputes.
	Steps    []uint64
	Provider *big.Int // wei paid to the provider (escrow + bond back, its share of challenger bonds lost)
	Owner    *big.Int // wei refunded to the owner
	Watchers *big.Int // wei the watchtowers earned on top of their returned bonds
	Gas      uint64
}

// Outcomes reads every job's fate from the chain and the watchtowers' stores.
func (n *Net) Outcomes(ctx context.Context) ([]Outcome, error) {
	var out []Outcome
	for _, j := range n.Jobs {
		v, err := n.Owner.Job(ctx, j.ID)
		if err != nil {
			return nil, err
		}
		o := Outcome{Job: j, Status: v.Status.String(), Intervals: v.Intervals, Committed: v.CommittedEndpoints,
			Verdicts: map[string]int{}, Provider: new(big.Int), Owner: new(big.Int), Watchers: new(big.Int), Gas: n.gas.job(j.ID)}
		if o.Sampled, err = n.sampled(j); err != nil {
			return nil, err
		}
		if err := n.money(ctx, j, v, &o); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

func (n *Net) sampled(j *Job) (int, error) {
	seen := map[uint64]bool{}
	for _, wt := range n.Watchtowers {
		for k := uint64(0); k < j.Manifest.Intervals(); k++ {
			r, ok, err := wt.Store.Interval(j.ID, k)
			if err != nil {
				return 0, err
			}
			if ok && r.Sampled {
				seen[k] = true
			}
		}
	}
	return len(seen), nil
}

// money reads the job's challenges and payouts from its registry events.
func (n *Net) money(ctx context.Context, j *Job, v chain.Job, o *Outcome) error {
	logs, err := n.Owner.JobLogs(ctx, j.ID, n.deployed)
	if err != nil {
		return err
	}
	watchers := map[common.Address]bool{}
	for _, wt := range n.Watchtowers {
		watchers[wt.Address] = true
	}
	intervalOf := map[string]uint64{}
	for _, ev := range logs {
		switch e := ev.(type) {
		case chain.DisputeOpened:
			intervalOf[e.DisputeID.String()] = e.Interval
		case chain.StepNamed:
			o.Steps = append(o.Steps, intervalOf[e.DisputeID.String()]*j.Manifest.Stride+e.Step)
		case chain.ChallengeOpened:
			o.Challenged++
		case chain.DisputeResolved:
			o.Verdicts[outcomeName(e.Outcome)]++
		case chain.ChallengeClaimed:
			// After an Honest verdict the bond compensates the provider (and the arbiters).
			o.Provider.Add(o.Provider, e.ToProvider)
		case chain.JobSlashed:
			o.Owner.Add(o.Owner, e.OwnerRefund)
			o.Watchers.Add(o.Watchers, e.ChallengerReward)
		case chain.JobSettled:
			o.Provider.Add(o.Provider, e.Amount)
		case chain.JobCancelled:
			o.Owner.Add(o.Owner, e.Refund)
		}
	}
	return nil
}

func outcomeName(o uint8) string {
	switch o {
	case chain.OutcomeFraud:
		return "Fraud"
	case chain.OutcomeHonest:
		return "Honest"
	case chain.OutcomeUnavailable:
		return "Unavailable"
	}
	return fmt.Sprintf("outcome %d", o)
}
