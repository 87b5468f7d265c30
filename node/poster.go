package node

import "time"

// MaxBatch is the registry's limit on roots per commitIntervals call.
const MaxBatch = 1024

// PostPolicy says when captured endpoint roots go on chain: as soon as BatchSize of them wait,
// when the oldest has waited MaxDelay, and always at the end of training.
type PostPolicy struct {
	BatchSize int
	MaxDelay  time.Duration
}

// Take returns how many of the pending roots to post now (0: keep waiting). oldest is when the
// first pending root was captured; done means no more endpoints will be captured.
func (p PostPolicy) Take(pending int, oldest, now time.Time, done bool) int {
	if pending <= 0 {
		return 0
	}
	size := min(max(p.BatchSize, 1), MaxBatch)
	switch {
	case pending >= size:
		return size
	case done, p.MaxDelay > 0 && now.Sub(oldest) >= p.MaxDelay:
		return pending
	}
	return 0
}
