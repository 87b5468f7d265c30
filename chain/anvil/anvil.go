// Package anvil starts a throwaway anvil (Foundry's dev node) on a free loopback port for tests
// and returns its URL and the funded keys of anvil's well-known dev mnemonic
// ("test test ... junk"). The node is stopped by its PID when the test ends.
package anvil

import (
	"bufio"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// Start runs anvil and returns its JSON-RPC URL and its ten funded dev keys. It fails the test
// (with "run make setup") when anvil is not installed.
func Start(t testing.TB) (url string, keys []*ecdsa.PrivateKey) {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	url, keys, err = start(t, bin, dir)
	if err != nil {
		t.Fatal(err)
	}
	return url, keys
}

// Binary finds anvil: node_modules/.bin/anvil of the enclosing module, or anvil on PATH.
func Binary() (string, error) {
	if wd, err := os.Getwd(); err == nil {
		for dir := wd; ; dir = filepath.Dir(dir) {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				p := filepath.Join(dir, "node_modules", ".bin", "anvil")
				if _, err := os.Stat(p); err == nil {
					return p, nil
				}
				break
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("anvil not found in node_modules/.bin or on PATH: run make setup")
}

// config is the part of anvil's --config-out file we read.
type config struct {
	PrivateKeys []string `json:"private_keys"`
}

func start(t testing.TB, bin, dir string) (string, []*ecdsa.PrivateKey, error) {
	// A port taken between closing the probe and anvil binding it makes anvil exit; retry.
	var lastErr error
	for range 3 {
		port, err := freePort()
		if err != nil {
			return "", nil, err
		}
		cfg := filepath.Join(dir, fmt.Sprintf("anvil-%d.json", port))
		cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--config-out", cfg)
		out, err := cmd.StdoutPipe()
		if err != nil {
			return "", nil, err
		}
		cmd.Stderr = cmd.Stdout
		if err := cmd.Start(); err != nil {
			return "", nil, fmt.Errorf("start %s: %w", bin, err)
		}
		pid := cmd.Process.Pid
		stop := func() {
			// Stop exactly the process we started, by its PID.
			if p, err := os.FindProcess(pid); err == nil {
				p.Kill()
			}
			cmd.Wait()
		}
		listening, log := waitListening(out, port)
		if !listening {
			stop()
			lastErr = fmt.Errorf("anvil on port %d exited before listening:\n%s", port, log)
			continue
		}
		t.Cleanup(stop)
		keys, err := readKeys(cfg)
		if err != nil {
			return "", nil, err
		}
		return fmt.Sprintf("http://127.0.0.1:%d", port), keys, nil
	}
	return "", nil, lastErr
}

// waitListening reads anvil's output until it announces the listening address (it writes the
// config file before that) or the output ends, then keeps draining it in the background.
func waitListening(out io.Reader, port int) (bool, string) {
	want := fmt.Sprintf("Listening on 127.0.0.1:%d", port)
	sc := bufio.NewScanner(out)
	var log strings.Builder
	found := make(chan bool, 1)
	go func() {
		announced := false
		for sc.Scan() {
			if !announced {
				log.WriteString(sc.Text() + "\n")
				if strings.Contains(sc.Text(), want) {
					announced = true
					found <- true
				}
			}
		}
		if !announced {
			found <- false
		}
	}()
	select {
	case ok := <-found:
		return ok, log.String()
	case <-time.After(30 * time.Second):
		return false, "(no listening line within 30s)"
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func readKeys(path string) ([]*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("anvil config: %w", err)
	}
	var c config
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("anvil config %s: %w", path, err)
	}
	if len(c.PrivateKeys) == 0 {
		return nil, fmt.Errorf("anvil config %s: no private keys", path)
	}
	keys := make([]*ecdsa.PrivateKey, len(c.PrivateKeys))
	for i, h := range c.PrivateKeys {
		k, err := crypto.HexToECDSA(strings.TrimPrefix(h, "0x"))
		if err != nil {
			return nil, fmt.Errorf("anvil config %s: key %d: %w", path, i, err)
		}
		keys[i] = k
	}
	return keys, nil
}
