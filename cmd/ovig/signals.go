package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/mattn/go-isatty"

	"github.com/ovig/ovig/chain"
)

// signalContext is cancelled on SIGINT or SIGTERM, so services stop cleanly and resume later.
func signalContext(parent context.Context) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
}

func isTerminal(f *os.File) bool { return isatty.IsTerminal(f.Fd()) }

// chainTime reads the latest block's timestamp: every deadline of the protocol is in chain time.
func chainTime(ch *chain.Chain) func(context.Context) (uint64, error) {
	return func(ctx context.Context) (uint64, error) {
		h, err := ch.Head(ctx)
		if err != nil {
			return 0, err
		}
		return h.Time, nil
	}
}
