// Package evidence holds everything a provider commits to and a verifier checks at one
// interval endpoint: the training manifest and its hash, the dataset commitment, safetensors
// checkpoints and gradients, the chunked commitment (the hardened Merkle tree of
// docs/protocol.md) and its proofs, the on-disk evidence store, and the HTTP client that
// watchtowers and arbiters use to fetch and verify evidence against an on-chain root.
package evidence
