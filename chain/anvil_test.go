package chain

import (
	"context"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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

// A transaction the node's mempool dropped (evicted, or lost by a restarted node) never gets a
// receipt: the Sender resubmits it with the same nonce and bumped fees until it is mined, and
// reports the bump (anvil: a real mempool, emptied with anvil_dropAllTransactions).
func TestSenderResubmitsDroppedTransactionOnAnvil(t *testing.T) {
	url, keys := anvil.Start(t)
	ctx := t.Context()
	ch, err := Dial(ctx, url, DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	bumped := make(chan *big.Int, 16)
	s, err := ch.NewSender(ctx, keys[1], SenderOptions{
		PollInterval: 20 * time.Millisecond, ResubmitAfter: 300 * time.Millisecond,
		OnBump: func(_, _ common.Hash, feeCap *big.Int) { bumped <- feeCap },
	})
	if err != nil {
		t.Fatal(err)
	}
	rpcCall := func(method string, args ...any) {
		t.Helper()
		if err := ch.rpc.CallContext(ctx, nil, method, args...); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
	}
	rpcCall("evm_setAutomine", false)
	type result struct {
		rcpt *types.Receipt
		err  error
	}
	done := make(chan result, 1)
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	go func() {
		rcpt, err := s.Send(ctx, &to, big.NewInt(1), nil)
		done <- result{rcpt, err}
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if n, err := ch.Client.PendingNonceAt(ctx, s.Address()); err == nil && n == 1 {
			break // the first version is in the mempool
		}
		if time.Now().After(deadline) {
			t.Fatal("the transaction never reached the mempool")
		}
	}
	rpcCall("anvil_dropAllTransactions")
	rpcCall("evm_setAutomine", true)
	var r result
	select {
	case r = <-done:
	case <-time.After(time.Minute):
		t.Fatal("no receipt a minute after the drop")
	}
	if r.err != nil || r.rcpt.Status != 1 || len(bumped) == 0 {
		t.Fatalf("after the drop: %v, receipt %+v, %d bumps", r.err, r.rcpt, len(bumped))
	}
	tx, _, err := ch.Client.TransactionByHash(ctx, r.rcpt.TxHash)
	if err != nil || tx.Nonce() != 0 {
		t.Fatalf("mined version %v nonce %d", err, tx.Nonce())
	}
}

func TestBumpFees(t *testing.T) {
	g := func(n int64) *big.Int { return big.NewInt(n) }
	for _, c := range []struct {
		oldTip, oldFee, nowTip, nowFee, max int64
		tip, fee                            int64
		ok                                  bool
	}{
		{100, 1000, 10, 100, 1e6, 113, 1125, true},   // +12.5%, rounded up
		{100, 1000, 500, 4000, 1e6, 500, 4000, true}, // the chain asks more now
		{100, 1000, 10, 100, 1050, 113, 1050, false}, // the cap leaves no 10% room
		{100, 1000, 10, 100, 1100, 113, 1100, true},  // exactly 10% is enough
	} {
		tip, fee, ok := BumpFees(g(c.oldTip), g(c.oldFee), g(c.nowTip), g(c.nowFee), g(c.max))
		if tip.Int64() != c.tip || fee.Int64() != c.fee || ok != c.ok {
			t.Errorf("%+v: got %v %v %v", c, tip, fee, ok)
		}
	}
}
