// Package rungroup runs the components of one service together: the first to fail stops the
// others, and every error is returned.
package rungroup

import (
	"context"
	"errors"
)

// Run runs the components until the first fails or ctx ends, then stops the others and joins
// every error; a component's context.Canceled is how it stops, not an error.
func Run(ctx context.Context, fs ...func(context.Context) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, len(fs))
	for _, f := range fs {
		go func() {
			err := f(ctx)
			cancel()
			errs <- err
		}()
	}
	var all []error
	for range fs {
		if err := <-errs; err != nil && !errors.Is(err, context.Canceled) {
			all = append(all, err)
		}
	}
	return errors.Join(all...)
}
