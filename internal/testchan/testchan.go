// Package testchan bounds tests' waits on channels: a lost message fails the test with a
// message instead of hanging the package until go test's timeout.
package testchan

import (
	"testing"
	"time"
)

// Timeout is how long Recv waits.
const Timeout = 2 * time.Minute

// Recv receives one value from ch, failing the test after Timeout.
func Recv[T any](t testing.TB, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(Timeout):
	}
	t.Fatalf("nothing received in %s", Timeout)
	var zero T
	return zero
}
