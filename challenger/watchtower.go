package challenger

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/internal/httpserve"
	"github.com/ovig/ovig/internal/rungroup"
)

// WatchtowerAuditor audits intervals and, for the disputes we stand on, their steps
// (replayaudit.Auditor is one).
type WatchtowerAuditor interface {
	Auditor
	StepAuditor
}

// WatchtowerConfig is everything a watchtower is built from: plain values, plus the chain, the
// auditor, the clock and the logger it is given. `ovig challenger run` fills it from flags,
// the devnet from its deployment.
type WatchtowerConfig struct {
	Client chain.Client
	// Registry is the registry to follow and to send through; its sender's address is our
	// account (none with WatchOnly). Watching starts at its deployment block.
	Registry      *chain.Registry
	Confirmations uint64
	Poll          time.Duration // how often the watcher looks for new blocks, and the step player at its disputes

	Secret    [32]byte
	Rate      float64
	WatchOnly bool
	Workers   int
	QueueSize int
	// InclusionDelay, RetryDelay, UnavailableGrace and UnavailableMargin: see Config.
	InclusionDelay, RetryDelay, UnavailableGrace, UnavailableMargin time.Duration
	// HealthyWithin: /healthz fails when the last successful chain poll is older (0: ten polls).
	HealthyWithin time.Duration

	StatePath   string // the state database (bbolt); its directory is created
	MetricsAddr string // where /metrics and /healthz are served; empty: not served
	Auditor     WatchtowerAuditor
	Clock       Clock // default: the wall clock
	Log         zerolog.Logger
}

// Watchtower is one watchtower put together: the Service (monitor and player of intervals),
// the StepPlayer of its disputes, the chain watcher that feeds them, the state store and the
// metrics endpoint.
type Watchtower struct {
	Account common.Address
	Service *Service
	Steps   *StepPlayer
	Store   *Store
	Metrics *Metrics

	cfg     WatchtowerConfig
	chain   *RegistryChain
	watcher *chain.Watcher
	metrics *httpserve.Server
	closed  bool
}

// NewWatchtower builds a watchtower in order (store, chain, metrics, service, step player,
// watcher, metrics endpoint); on failure it closes what it opened. Run starts it, Close
// releases it.
func NewWatchtower(cfg WatchtowerConfig) (*Watchtower, error) {
	if cfg.Client == nil || cfg.Registry == nil || cfg.Auditor == nil {
		return nil, errors.New("watchtower: client, registry and auditor are required")
	}
	if cfg.Clock == nil {
		cfg.Clock = wallClock{}
	}
	if cfg.HealthyWithin == 0 {
		cfg.HealthyWithin = 10 * cfg.Poll
	}
	w := &Watchtower{cfg: cfg}
	for _, step := range []func() error{w.initStore, w.initChain, w.initMetrics, w.initService, w.initSteps, w.initWatcher, w.initEndpoint} {
		if err := step(); err != nil {
			return nil, errors.Join(err, w.Close())
		}
	}
	return w, nil
}

func (w *Watchtower) initStore() error {
	if err := os.MkdirAll(filepath.Dir(w.cfg.StatePath), 0o755); err != nil {
		return fmt.Errorf("watchtower state: %w", err)
	}
	s, err := OpenStore(w.cfg.StatePath)
	if err != nil {
		return fmt.Errorf("watchtower state: %w", err)
	}
	w.Store = s
	return nil
}

func (w *Watchtower) initChain() error {
	if s := w.cfg.Registry.Sender(); s != nil {
		w.Account = s.Address()
	}
	w.chain = NewRegistryChain(w.cfg.Registry, w.cfg.Client, w.Account, w.cfg.Secret)
	return nil
}

func (w *Watchtower) initMetrics() error {
	w.Metrics = NewMetrics()
	return nil
}

func (w *Watchtower) initService() error {
	svc, err := NewService(Config{
		Secret: w.cfg.Secret, Rate: w.cfg.Rate, Account: w.Account, WatchOnly: w.cfg.WatchOnly,
		Workers: w.cfg.Workers, QueueSize: w.cfg.QueueSize,
		InclusionDelay: w.cfg.InclusionDelay, RetryDelay: w.cfg.RetryDelay,
		UnavailableGrace: w.cfg.UnavailableGrace, UnavailableMargin: w.cfg.UnavailableMargin,
		HealthyWithin: w.cfg.HealthyWithin,
	}, w.chain, w.cfg.Auditor, w.Store, w.cfg.Clock, w.Metrics, w.cfg.Log)
	if err != nil {
		return ConfigError{err}
	}
	w.Service = svc
	return nil
}

func (w *Watchtower) initSteps() error {
	w.Steps = &StepPlayer{Chain: w.cfg.Registry, Auditor: w.cfg.Auditor, Store: w.Store, Account: w.Account, Log: w.cfg.Log, Poll: w.cfg.Poll}
	return nil
}

// initWatcher follows the registry from its deployment block. A lost connection to the node is
// logged and retried with backoff: the service carries on when the node is back.
func (w *Watchtower) initWatcher() error {
	w.watcher = newWatcher(w.cfg.Client, w.cfg.Registry, w.Store.Cursor(), w.cfg.Confirmations, w.cfg.Poll, w.cfg.Log)
	return nil
}

func (w *Watchtower) initEndpoint() error {
	if w.cfg.MetricsAddr == "" {
		return nil
	}
	srv, err := httpserve.Listen(w.cfg.MetricsAddr, Handler(w.Metrics, w.Service.Healthy), "metrics", w.cfg.Log)
	if err != nil {
		return err
	}
	w.metrics = srv
	return nil
}

// newWatcher follows reg from its deployment block, logging the failures it retries.
func newWatcher(client chain.Client, reg *chain.Registry, cursor chain.CursorStore, confirmations uint64, poll time.Duration, log zerolog.Logger) *chain.Watcher {
	return chain.NewWatcher(client, reg.Address(), cursor, chain.WatcherOptions{
		Confirmations: confirmations, StartBlock: reg.DeployBlock(), PollInterval: poll,
		OnError: func(err error, retryIn time.Duration) {
			log.Warn().Err(err).Dur("retry_in", retryIn).Msg("following the chain failed; retrying")
		},
	})
}

// Run runs the service, the step player and, once the service has reconciled its stored
// state, the watcher, until ctx ends or one of them fails; it returns their joined errors.
// Call it once.
func (w *Watchtower) Run(ctx context.Context) error {
	return rungroup.Run(ctx,
		w.Service.Run,
		func(ctx context.Context) error {
			if w.cfg.WatchOnly {
				<-ctx.Done() // stands on nothing, so has no step to name
				return nil
			}
			if err := w.Steps.Run(ctx); err != nil {
				return fmt.Errorf("steps: %w", err)
			}
			return nil
		},
		func(ctx context.Context) error {
			select {
			case <-w.Service.Ready():
			case <-ctx.Done():
				return ctx.Err()
			}
			if err := w.watcher.Run(ctx, w.Service.WatchHandler(w.chain)); err != nil {
				return fmt.Errorf("watcher: %w", err)
			}
			return nil
		},
	)
}

// Close stops the metrics endpoint and closes the store, after Run has returned; it returns
// the joined errors. Closing again does nothing.
func (w *Watchtower) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	var errs []error
	if w.metrics != nil {
		errs = append(errs, w.metrics.Close())
	}
	if w.Store != nil {
		errs = append(errs, w.Store.Close())
	}
	return errors.Join(errs...)
}

// ConfigError is a configuration the service refuses: the caller's mistake, not a failure.
type ConfigError struct{ Err error }

func (e ConfigError) Error() string { return e.Err.Error() }
func (e ConfigError) Unwrap() error { return e.Err }

// wallClock is the default Clock.
type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }
