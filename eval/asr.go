package eval

import "math"

// Escape is the probability that an attack tampering m intervals goes unslashed when n
// watchtowers each open every interval with probability p and an opened tampered interval
// is caught with probability d: (1 - p·d)^(m·n).
func Escape(p, d float64, m, n uint64) float64 {
	if m == 0 {
		return 1
	}
	return math.Exp(float64(m) * float64(n) * math.Log1p(-p*d))
}

// DeployedTampered is m for a deployed job of n intervals when the attack tampers a share
// of them: at least one interval whenever it tampers any.
func DeployedTampered(share float64, n uint64) uint64 {
	if share <= 0 {
		return 0
	}
	return max(1, uint64(math.Round(share*float64(n))))
}

// Effect is what an attack did to the delivered model, against the honest run.
type Effect struct {
	AccuracyDrop float64  `json:"accuracy_drop"`      // honest - attacked (classifiers)
	Backdoor     *float64 `json:"backdoor,omitempty"` // triggered test inputs classified as the target
	BackdoorLift float64  `json:"backdoor_lift"`      // Backdoor - the honest model's rate
	LossGap      float64  `json:"loss_gap"`           // attacked - honest held-out loss
	RelLossGap   float64  `json:"rel_loss_gap"`       // LossGap / honest loss
	Shortcut     bool     `json:"shortcut"`           // the goal is saving work
	Tampered     float64  `json:"tampered_share"`     // share of intervals the attack touched
	Reason       string   `json:"reason"`             // why it counts (or not) as effective
	Effective    bool     `json:"effective"`
}

// decide sets Effective and Reason: a shortcut is effective when it tampered any interval
// (it skipped work the provider was paid for); a targeted attack when the model moved past
// a threshold.
func (e *Effect) decide(th EffectThresholds) {
	switch {
	case e.Tampered == 0:
		e.Effective, e.Reason = false, "no interval touched"
	case e.Shortcut:
		e.Effective, e.Reason = true, "work skipped on tampered intervals"
	case e.Backdoor != nil && e.BackdoorLift >= th.Backdoor:
		e.Effective, e.Reason = true, "backdoor success up"
	case math.Abs(e.AccuracyDrop) >= th.Accuracy:
		e.Effective, e.Reason = true, "accuracy changed"
	case math.Abs(e.RelLossGap) >= th.RelLoss:
		e.Effective, e.Reason = true, "held-out loss changed"
	default:
		e.Effective, e.Reason = false, "model change below thresholds"
	}
}
