// Package node is the provider: Provider trains a job's manifest, captures endpoint evidence
// every stride steps into the evidence store, commits the endpoint roots on chain in batches and
// finalizes, resuming after a crash without skipping or double-posting; Server serves the stored
// evidence over HTTP so watchtowers and arbiters can fetch and verify it.
package node
