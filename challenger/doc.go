// Package challenger is the ovig watchtower: it follows a registry's events, samples committed
// intervals with private randomness, audits the sampled ones (fetch, verify, replay against the
// boundary artifact) with bounded concurrency, nearest challenge deadline first, and opens a
// bonded challenge on fraud or unavailable, invalid or malformed evidence. Decisions (sampling,
// planning, what to do about a finding, scheduling order) are pure functions; the bbolt state
// store makes restarts resume without auditing or challenging an interval twice.
package challenger
