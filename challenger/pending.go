package challenger

// Pending is how many sampled intervals are waiting for, or in, an audit; with the watcher
// caught up, zero means the watchtower has acted on everything it sampled.
func (s *Service) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queued)
}
