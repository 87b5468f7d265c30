package arbiter

import (
	"context"
	"fmt"

	"github.com/ovig/ovig/chain"
)

// Disputes extracts the disputes opened in a watcher update (a dispute opens with the first
// challenge of an interval; later challenges join it and need no second replay). Removed events
// (a reorg) are dropped: Handle re-reads every dispute from the registry, so one that no longer
// exists is never judged.
func Disputes(u chain.Update) []Dispute {
	var out []Dispute
	for _, e := range u.Events {
		ev, ok := e.Value.(chain.DisputeOpened)
		if !ok || e.Removed {
			continue
		}
		out = append(out, Dispute{JobID: ev.JobID, DisputeID: ev.DisputeID, Interval: ev.Interval, Root: ev.Root, Deadline: ev.Deadline})
	}
	return out
}

// Feed returns a chain.Watcher handler that forwards opened disputes to out, for Run.
func Feed(out chan<- Dispute) chain.Handler {
	return func(ctx context.Context, u chain.Update) error {
		for _, d := range Disputes(u) {
			select {
			case out <- d:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	}
}

// OpenLister lists the registry's open disputes; *chain.Registry implements it.
type OpenLister interface {
	OpenDisputes(ctx context.Context) ([]chain.Dispute, error)
}

// Recover sends every dispute still open on chain to out, for Run: a restarted arbiter judges
// what it had not judged yet even when its watcher's cursor moved past the opening (the cursor
// is saved once a dispute is queued, not once it is judged). Disputes judged already are cheap
// to see again: Handle finds them closed, or signs the same verdict.
func Recover(ctx context.Context, reg OpenLister, out chan<- Dispute) error {
	open, err := reg.OpenDisputes(ctx)
	if err != nil {
		return fmt.Errorf("recover open disputes: %w", err)
	}
	for _, d := range open {
		select {
		case out <- Dispute{JobID: d.JobID, DisputeID: d.ID, Interval: d.Interval, Root: d.Root, Deadline: d.Deadline}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
