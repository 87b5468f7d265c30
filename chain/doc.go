// Package chain is the on-chain half of ovig's Go side.
//
//   - Chain: a client for the embedded simulated backend (Connect with "" or NewSimulated;
//     funded dev keys, explicit blocks, AdjustTime, Fork) or a JSON-RPC endpoint (Dial, with
//     a timeout, a chain id check and a clear error when nobody answers).
//   - Sender: one per key; nonces (recovering from "nonce too low"), gas estimates with
//     headroom, EIP-1559 fee caps, receipts with N confirmations, and reverts decoded into the
//     contract's custom errors (*RevertError{Name, Args}). On the simulated chain the Sender
//     produces the blocks it waits for, so it never waits for blocks nobody mines.
//   - Registry: typed access to one OvigRegistry (DeployRegistry, OpenRegistry).
//   - Inference: typed access to the OvigInference wired to a registry (DeployWithInference,
//     OpenInference, Registry.InferenceOf): serving terms, batch commits (RecordBatch,
//     InferenceCommit), record challenges, InferenceVerdict and its digest, lapses, credits.
//   - Verdict, SignVerdict, OrderSignatures: the EIP-712 verdicts arbiters sign; BatchRef: a
//     committed batch of endpoint roots and its inclusion proofs.
//   - Watcher: follows the registry's logs from a persisted cursor, up to head minus N
//     confirmations, and reports events of blocks that a reorg removed.
//   - Domain types: Job, JobStatus, Dispute, DisputeStatus, BatchRef and one struct per
//     registry event (JobCreated, IntervalsCommitted, DisputeOpened, ...). They are converted
//     from the generated bindings here alone, so services never import package bindings.
//
// Keys come from a keystore file and a password file (LoadKeystoreKey) or, for development, a
// hex key in an environment variable (KeyFromEnv); never from a command-line argument.
package chain
