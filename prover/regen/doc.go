// Package regen regenerates the step states of a provider's disputed intervals from its stored
// endpoints on its own deterministic kernels, and serves them: the provider node answers
// disputes with it, and test fixtures (prover/audit/audittest) serve step states through it.
package regen
