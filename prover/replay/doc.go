// Package replay is what watchtowers and arbiters run: it recomputes the gradient
// signal of a committed endpoint (the endpoint check) and replays a whole interval from
// a committed endpoint to the next (the interval check), under a numeric profile of the
// verifier's choosing. Replay holds one training state — a constant number of parameter
// copies — whatever the stride.
package replay
