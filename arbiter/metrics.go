package arbiter

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/probe"
)

// Metrics are the arbiter's Prometheus metrics, on a registry of their own.
type Metrics struct {
	reg *prometheus.Registry

	stepsReplayed, resolved, judgeErrors, pollErrors prometheus.Counter
	verdicts                                         *prometheus.CounterVec
	waiting, nextDeadline, headBlock                 prometheus.Gauge
	lastPoll                                         atomic.Int64 // unix nanoseconds of the last good poll
}

// NewMetrics creates the metrics and their registry.
func NewMetrics() *Metrics {
	const ns = "ovig_arbiter"
	counter, gauge := probe.Namespace(ns).Counter, probe.Namespace(ns).Gauge
	m := &Metrics{
		reg:           prometheus.NewRegistry(),
		stepsReplayed: counter("steps_replayed_total", "Named steps replayed (one step each)."),
		resolved:      counter("resolved_total", "Disputes this arbiter's transaction resolved."),
		judgeErrors:   counter("judge_errors_total", "Disputes whose judging failed on our side (retried)."),
		pollErrors:    counter("poll_errors_total", "Failed chain polls."),
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "verdicts_signed_total", Help: "Verdicts signed, by outcome.",
		}, []string{"outcome"}),
		waiting: gauge("disputes_waiting", "Open disputes in their step phase (waiting for the provider's response or named steps)."),
		nextDeadline: gauge("next_deadline_seconds",
			"Seconds until the nearest arbitration deadline of a dispute not yet signed (0 when none; alert when it nears)."),
		headBlock: gauge("head_block", "Latest block number seen."),
	}
	m.reg.MustRegister(m.stepsReplayed, m.resolved, m.judgeErrors, m.pollErrors, m.verdicts, m.waiting, m.nextDeadline, m.headBlock)
	return m
}

// Registry returns the registry the metrics are on.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Observe wraps a watcher handler so that every delivered update counts as a good chain poll.
func (m *Metrics) Observe(h chain.Handler) chain.Handler {
	return func(ctx context.Context, u chain.Update) error {
		err := h(ctx, u)
		if err == nil {
			m.lastPoll.Store(time.Now().UnixNano())
			m.headBlock.Set(float64(u.To))
		} else if ctx.Err() == nil {
			m.pollErrors.Inc()
		}
		return err
	}
}

// Healthy reports an error unless a chain poll succeeded within the last `within`.
func (m *Metrics) Healthy(within time.Duration) func() error {
	return func() error {
		last := m.lastPoll.Load()
		if last == 0 {
			return errors.New("no successful chain poll yet")
		}
		if age := time.Since(time.Unix(0, last)); age > within {
			return fmt.Errorf("last successful chain poll %s ago (limit %s)", age.Round(time.Second), within)
		}
		return nil
	}
}

// MetricsHandler serves /metrics and /healthz.
func MetricsHandler(m *Metrics, healthy func() error) http.Handler {
	return probe.Handler(m.reg, healthy)
}

func (m *Metrics) signed(outcome uint8) {
	name := map[uint8]string{chain.OutcomeFraud: "fraud", chain.OutcomeHonest: "honest", chain.OutcomeUnavailable: "unavailable"}[outcome]
	m.verdicts.WithLabelValues(name).Inc()
}
