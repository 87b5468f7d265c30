// Package arbiter is the referee of ovig disputes. An arbiter of a job replays a challenged
// interval (through package audit, under the job policy's reference profile, so that every
// arbiter reaches the same bits), turns the finding into an EIP-712 verdict, signs it, shares
// the signature with the other arbiters over a small HTTP endpoint, and submits the verdict
// to the registry once a threshold of arbiters signed the same digest.
//
// NewNode puts one arbiter together (the service, the signature pool and its endpoint, the
// chain watcher that feeds it disputes, the metrics endpoint): `ovig arbiter run` and the
// devnet both build theirs with it.
package arbiter
