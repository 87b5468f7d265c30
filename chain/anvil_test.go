package chain

import (
	"context"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain/anvil"
)

func anvilEnv(t *testing.T) *env {
	t.Helper()
	url, keys := anvil.Start(t)
	ch, err := Dial(context.Background(), url, DialOptions{ChainID: big.NewInt(31337)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	if ch.Simulated() {
		t.Fatal("dialled chain claims to be simulated")
	}
	// anvil mines each transaction at once; poll for receipts often.
	return newEnv(t, ch, keys, SenderOptions{PollInterval: 20 * time.Millisecond})
}

// TestAnvilJobs drives the honest and the fraud job against a real anvil node.
func TestAnvilJobs(t *testing.T) {
	e := anvilEnv(t)
	t.Run("honest", func(t *testing.T) { e.t = t; runHonestJob(t, e) })
	t.Run("fraud", func(t *testing.T) { e.t = t; runFraudJob(t, e) })
}

func TestDialErrors(t *testing.T) {
	ctx := context.Background()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String()
	l.Close()
	_, err = Dial(ctx, dead, DialOptions{})
	if err == nil || !strings.Contains(err.Error(), "dial "+dead+": connection refused; is the node running?") {
		t.Fatalf("dead endpoint: %v", err)
	}
	url, _ := anvil.Start(t)
	_, err = Dial(ctx, url, DialOptions{ChainID: big.NewInt(1)})
	if err == nil || !strings.Contains(err.Error(), "chain id 31337, want 1") {
		t.Fatalf("wrong chain: %v", err)
	}
	if _, err := Dial(ctx, "ftp://127.0.0.1:1", DialOptions{}); err == nil {
		t.Fatal("dialled an ftp URL")
	}
}

func TestConnect(t *testing.T) {
	ctx := context.Background()
	sim, err := Connect(ctx, "", SimOptions{Accounts: 1}, DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	if !sim.Simulated() || sim.ChainID.Int64() != SimulatedChainID || len(sim.DevKeys) != 1 {
		t.Fatalf("default chain: simulated %v id %v keys %d", sim.Simulated(), sim.ChainID, len(sim.DevKeys))
	}
	url, _ := anvil.Start(t)
	rpc, err := Connect(ctx, url, SimOptions{}, DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	if rpc.Simulated() || rpc.ChainID.Int64() != 31337 {
		t.Fatalf("anvil: simulated %v id %v", rpc.Simulated(), rpc.ChainID)
	}
	if err := rpc.Fork(common.Hash{}); err == nil {
		t.Fatal("forked a dialled chain")
	}
}
