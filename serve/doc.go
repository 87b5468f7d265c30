// Package serve is the provider's side of auditable inference over HTTP: it answers
// classify, generate and denoise requests with a job's final model (prover/infer), keeps every
// request's record in a store that commits them in batches, and serves the batches, records
// and Merkle proofs on evidence-style routes for watchtowers and clients; Client is their side.
package serve
