package regen

// RegeneratedIntervals is how many intervals s holds regenerated (for tests).
func (s *Steps) RegeneratedIntervals() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.ivals)
}

// StepsKept is stepsKept (for tests).
const StepsKept = stepsKept
