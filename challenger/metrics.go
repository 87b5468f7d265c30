package challenger

import (
	"math/big"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/probe"
)

// Metrics are the watchtower's Prometheus metrics, on a registry of their own (never the
// process-global default, so that several services and tests do not collide).
type Metrics struct {
	reg *prometheus.Registry

	intervalsSeen, sampled, auditErrors, challengesSent, challengeErrors prometheus.Counter
	alerts, expired, pollErrors                                          prometheus.Counter
	outcomes, decisions                                                  *prometheus.CounterVec
	worstRatio, auditSeconds                                             prometheus.Histogram
	bondAtStake, balance, headLag, headBlock, queue                      prometheus.Gauge
	openChallenges, nextDeadline                                         prometheus.Gauge
}

// NewMetrics creates the metrics and their registry.
func NewMetrics() *Metrics {
	const ns = "ovig_challenger"
	counter, gauge := probe.Namespace(ns).Counter, probe.Namespace(ns).Gauge
	m := &Metrics{
		reg:             prometheus.NewRegistry(),
		intervalsSeen:   counter("intervals_seen_total", "Committed intervals seen."),
		sampled:         counter("intervals_sampled_total", "Committed intervals selected for audit."),
		auditErrors:     counter("audit_errors_total", "Audits that failed on our side (not a finding)."),
		challengesSent:  counter("challenges_sent_total", "Challenges opened on chain."),
		challengeErrors: counter("challenge_errors_total", "Challenge transactions that failed."),
		alerts:          counter("alerts_total", "Bad intervals alerted but not challenged."),
		expired:         counter("expired_total", "Sampled intervals whose deadline passed before their audit."),
		pollErrors:      counter("poll_errors_total", "Failed chain polls."),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "audits_total", Help: "Audits by outcome.",
		}, []string{"outcome"}),
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "decisions_total", Help: "Decisions on audited intervals by action.",
		}, []string{"action"}),
		worstRatio: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "worst_distance_ratio",
			Help:    "Worst distance/boundary ratio per audited interval (above 1 is beyond the boundary).",
			Buckets: []float64{0.01, 0.03, 0.1, 0.3, 0.5, 0.8, 1, 1.5, 3, 10, 100},
		}),
		auditSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "audit_seconds", Help: "Time per audit.",
			Buckets: prometheus.ExponentialBuckets(0.1, 2, 12),
		}),
		bondAtStake:    gauge("bond_at_stake_wei", "Sum of the bonds of our open challenges."),
		balance:        gauge("wallet_balance_wei", "Balance of the challenger wallet."),
		headLag:        gauge("head_lag_seconds", "Wall time minus the latest block's timestamp."),
		headBlock:      gauge("head_block", "Latest block number seen."),
		queue:          gauge("queue_length", "Sampled intervals waiting for a worker."),
		openChallenges: gauge("open_challenges", "Our challenges whose disputes are not closed yet."),
		nextDeadline: gauge("next_audit_deadline_seconds",
			"Seconds until the nearest challenge deadline of a queued audit (0 when none is queued; alert when it nears the audit time)."),
	}
	m.reg.MustRegister(m.intervalsSeen, m.sampled, m.auditErrors, m.challengesSent, m.challengeErrors,
		m.alerts, m.expired, m.pollErrors, m.outcomes, m.decisions, m.worstRatio, m.auditSeconds,
		m.bondAtStake, m.balance, m.headLag, m.headBlock, m.queue, m.openChallenges, m.nextDeadline)
	return m
}

// Registry returns the registry the metrics are on.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

func (m *Metrics) observeAudit(f Finding, took time.Duration) {
	m.outcomes.WithLabelValues(f.Outcome.String()).Inc()
	if f.Outcome == evidence.Honest || f.Outcome == evidence.Fraud {
		m.worstRatio.Observe(f.WorstRatio)
	}
	m.auditSeconds.Observe(took.Seconds())
}

func (m *Metrics) setQueue(n int, next time.Time, ok bool, now time.Time) {
	m.queue.Set(float64(n))
	if !ok {
		m.nextDeadline.Set(0)
		return
	}
	m.nextDeadline.Set(max(0, next.Sub(now).Seconds()))
}

func (m *Metrics) setBalance(b *big.Int) {
	if b == nil {
		return
	}
	v, _ := new(big.Float).SetInt(b).Float64()
	m.balance.Set(v)
}

// Handler serves /metrics from m and /healthz, which answers 200 when healthy returns nil and
// 503 with the reason otherwise.
func Handler(m *Metrics, healthy func() error) http.Handler { return probe.Handler(m.reg, healthy) }
