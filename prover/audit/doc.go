// Package audit is the interval audit that watchtowers and arbiters both run: fetch the
// evidence of endpoints k and k+1 against their on-chain roots, check it for internal
// consistency (and, for interval 0, endpoint 0 against the manifest's initial state, bit for
// bit), recompute the endpoint gradient and replay the interval, and compare both with the
// committed evidence under the job's boundary artifact.
//
// A provider's failure (evidence unavailable, invalid or malformed, a replay beyond the
// boundary) is a Finding, never an error: Run returns an error only when the auditor itself
// fails, so that a watchtower or arbiter never blames a provider for its own trouble.
package audit
