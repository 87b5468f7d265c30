// Package httpserve runs the HTTP endpoints of ovig's services (evidence, signatures, metrics)
// with the timeouts and the graceful-then-cut shutdown they all share.
package httpserve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/rs/zerolog"
)

// Grace is how long Close lets requests in flight finish before cutting them.
const Grace = 5 * time.Second

// Server is one HTTP server running on its own listener.
type Server struct {
	srv  *http.Server
	addr net.Addr
	done chan error
}

// Listen binds addr and serves h on it, logging what is served where.
func Listen(addr string, h http.Handler, what string, log zerolog.Logger) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	s := Serve(ln, h)
	log.Info().Str("addr", s.Addr()).Msg("serving " + what)
	return s, nil
}

// Serve serves h on ln, which it takes over.
func Serve(ln net.Listener, h http.Handler) *Server {
	s := &Server{
		srv:  &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 5 * time.Minute, IdleTimeout: time.Minute},
		addr: ln.Addr(),
		done: make(chan error, 1),
	}
	go func() {
		err := s.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	return s
}

// Addr is the address the server listens on (host:port).
func (s *Server) Addr() string { return s.addr.String() }

// URL is the server's base URL.
func (s *Server) URL() string { return "http://" + s.Addr() }

// Close stops the server (see Shutdown) and returns its joined shutdown and serving errors.
// Call it once.
func (s *Server) Close() error {
	return errors.Join(Shutdown(s.srv), <-s.done)
}

// Shutdown stops srv, letting requests in flight finish for Grace and then cutting them: a
// client in the middle of a long evidence download retries elsewhere or later, so a busy server
// is not a failed shutdown.
func Shutdown(srv *http.Server) error {
	ctx, cancel := context.WithTimeout(context.Background(), Grace)
	defer cancel()
	err := srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		return srv.Close()
	}
	return err
}
