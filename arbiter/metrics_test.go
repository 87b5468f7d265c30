package arbiter

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ovig/ovig/chain"
)

// /healthz reports a stale or missing chain poll; /metrics counts verdicts and polls.
func TestMetricsAndHealth(t *testing.T) {
	m := NewMetrics()
	srv := httptest.NewServer(MetricsHandler(m, m.Healthy(time.Minute)))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "no successful chain poll") {
		t.Fatalf("healthz before any poll: %d %q", code, body)
	}
	ok := m.Observe(func(context.Context, chain.Update) error { return nil })
	if err := ok(context.Background(), chain.Update{To: 42}); err != nil {
		t.Fatal(err)
	}
	failing := m.Observe(func(context.Context, chain.Update) error { return errors.New("node down") })
	if err := failing(context.Background(), chain.Update{To: 43}); err == nil {
		t.Fatal("the handler's error was swallowed")
	}
	m.signed(chain.OutcomeFraud)
	m.stepsReplayed.Inc()
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Fatalf("healthz after a poll: %d", code)
	}
	_, body := get("/metrics")
	for _, want := range []string{
		"ovig_arbiter_head_block 42",
		"ovig_arbiter_poll_errors_total 1",
		`ovig_arbiter_verdicts_signed_total{outcome="fraud"} 1`,
		"ovig_arbiter_steps_replayed_total 1",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if err := m.Healthy(time.Nanosecond)(); err == nil || !strings.Contains(err.Error(), "ago") {
		t.Errorf("stale poll: %v", err)
	}
}
