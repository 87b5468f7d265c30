// Package calibrate fits a boundary artifact from honest heterogeneous
// replays: it trains a reference run of one workload under the precision
// policy's reference profile, replays one step (the endpoint check) and each
// stride s (the interval check) from several of its endpoints under many
// profiles the policy admits, fits per-tensor bounds on the distances to the
// reference replay, and then replays held-out profiles the same way to measure
// the false-positive rate of the bounds it just fitted.
package calibrate
