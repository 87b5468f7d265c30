// Package probe serves the operational endpoints of ovig's long-running services: Prometheus
// metrics at /metrics and a liveness check at /healthz.
package probe

import (
	"fmt"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Handler serves /metrics from reg and /healthz, which answers 200 when healthy returns nil
// and 503 with the reason otherwise.
func Handler(reg *prometheus.Registry, healthy func() error) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := healthy(); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "unhealthy: %v\n", err)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	return mux
}

// Namespace makes the counters and gauges of one service, named under its namespace.
type Namespace string

// Counter is a counter named ns_name.
func (ns Namespace) Counter(name, help string) prometheus.Counter {
	return prometheus.NewCounter(prometheus.CounterOpts{Namespace: string(ns), Name: name, Help: help})
}

// Gauge is a gauge named ns_name.
func (ns Namespace) Gauge(name, help string) prometheus.Gauge {
	return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: string(ns), Name: name, Help: help})
}
