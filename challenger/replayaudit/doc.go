// Package replayaudit is the watchtower's real Auditor: for each sampled interval it fetches
// the job's manifest from the provider (checked against the on-chain manifest hash), opens the
// workload on the local datasets, looks up the boundary artifact by its on-chain hash, and runs
// prover/audit (fetch and verify endpoints k and k+1, endpoint check, interval replay).
package replayaudit
