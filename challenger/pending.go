package challenger

// Pending is how many sampled intervals are waiting for, or in, an audit; with the watcher
// caught up, zero means the watchtower has acted on everything it sampled.
func (s *Service) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	// Intervals waiting for a retry (a failed send, evidence not yet confirmed unavailable) are
	// still work to do.
	return len(s.queued) + len(s.retryAt)
}
