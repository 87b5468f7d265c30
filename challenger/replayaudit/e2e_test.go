package replayaudit

import (
	"github.com/ovig/ovig/internal/testchan"

	"context"
	"crypto/ecdsa"
	"io"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/chain"
	"github.com/ovig/ovig/chain/anvil"
	"github.com/ovig/ovig/challenger"
	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/audit/audittest"
	"github.com/ovig/ovig/prover/workload"
)

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// End to end on the embedded chain: a provider that skipped a step trains for real, serves
// its evidence and commits the roots; the watchtower follows the registry, replays both
// intervals for real and challenges exactly the tampered one with a valid proof and its bond.
func TestWatchtowerChallengesRealFraud(t *testing.T) {
	t.Run("simulated", func(t *testing.T) {
		ch, err := chain.NewSimulated(chain.SimOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ch.Close() })
		watchtowerChallengesRealFraud(t, ch, ch.DevKeys, chain.SenderOptions{})
	})
	t.Run("anvil", func(t *testing.T) {
		url, keys := anvil.Start(t)
		ch, err := chain.Dial(context.Background(), url, chain.DialOptions{ChainID: big.NewInt(31337)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ch.Close() })
		// anvil mines each transaction at once: poll for receipts often.
		watchtowerChallengesRealFraud(t, ch, keys, chain.SenderOptions{PollInterval: 20 * time.Millisecond})
	})
}

func watchtowerChallengesRealFraud(t *testing.T, ch *chain.Chain, keys []*ecdsa.PrivateKey, so chain.SenderOptions) {
	e := audittest.New(t, audittest.Options{JobKey: "1", Hooks: &workload.Hooks{Skip: func(step uint64) bool { return step == 3 }}})
	ctx := context.Background()
	sender := func(i int) *chain.Sender {
		s, err := ch.NewSender(ctx, keys[i], so)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	owner, err := chain.DeployRegistry(ctx, sender(0))
	if err != nil {
		t.Fatal(err)
	}
	provider, watcher := owner.WithSender(sender(1)), owner.WithSender(sender(2))
	head, err := ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bond := new(big.Int).Mul(big.NewInt(1), big.NewInt(params.Ether))
	m := e.Job.Manifest()
	jobID, err := owner.CreateJob(ctx, bindings.JobParams{
		Provider: sender(1).Address(), ManifestHash: e.ManifestHash, TotalSteps: m.TotalSteps, Stride: m.Stride,
		BoundaryHash: m.BoundaryHash, AcceptBy: head.Time + 3600, FinalizeBy: head.Time + 86400,
		ChallengeWindow: 86400, ArbitrationWindow: 3600, ProviderBond: new(big.Int).Lsh(bond, 1), ChallengerBond: bond,
		Arbiters: []common.Address{crypto.PubkeyToAddress(keys[4].PublicKey)}, Threshold: 1,
	}, bond)
	if err != nil {
		t.Fatal(err)
	}
	if jobID.Int64() != 1 {
		t.Fatalf("job id %s, the fixture serves job key 1", jobID)
	}
	if err := provider.Accept(ctx, jobID, new(big.Int).Lsh(bond, 1), e.Server.URL); err != nil {
		t.Fatal(err)
	}
	if err := provider.CommitIntervalsAt(ctx, jobID, 0, e.Roots); err != nil {
		t.Fatal(err)
	}

	a := newAuditor(t, e)
	store, err := challenger.OpenStore(filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	me := sender(2).Address()
	rc := challenger.NewRegistryChain(watcher, ch.Client, me, [32]byte{9})
	notices := make(chan challenger.Notice, 8)
	svc, err := challenger.NewService(challenger.Config{
		Secret: [32]byte{9}, Rate: 1, Account: me, Workers: 2, QueueSize: 8, HealthyWithin: time.Minute,
		Notify: func(n challenger.Notice) { notices <- n },
	}, rc, a, store, wallClock{}, challenger.NewMetrics(), zerolog.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	w := chain.NewWatcher(ch.Client, watcher.Address(), store.Cursor(), chain.WatcherOptions{StartBlock: watcher.DeployBlock()})
	for {
		advanced, err := w.Step(ctx, svc.WatchHandler(rc))
		if err != nil {
			t.Fatal(err)
		}
		if !advanced {
			break
		}
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(runCtx) }()
	got := map[uint64]challenger.Notice{}
	for range 2 {
		n := testchan.Recv(t, notices)
		got[n.Interval] = n
	}
	cancel()
	if err := testchan.Recv(t, done); err != nil {
		t.Fatal(err)
	}
	if n := got[0]; n.Finding.Outcome != evidence.Honest || n.Decision.Action != challenger.Ignore {
		t.Fatalf("interval 0: %+v", n)
	}
	n := got[1]
	if n.Finding.Outcome != evidence.Fraud || n.Decision.Action != challenger.Challenge || n.Err != nil {
		t.Fatalf("interval 1: %+v", n)
	}
	info, err := owner.DisputeOf(ctx, n.ChallengeID)
	if err != nil || info.Leader != me || info.Interval != 1 || info.Root != e.Roots[2] || !info.Open() {
		t.Fatalf("on-chain dispute %+v %v", info, err)
	}
	if open, _ := owner.OpenDisputeOf(ctx, jobID, 0); open.Sign() != 0 {
		t.Fatalf("honest interval 0 challenged (%s)", open)
	}
	t.Logf("fraud found: %s (worst %s %s ratio %.3g)", n.Finding.Reason, n.Finding.WorstTensor, n.Finding.WorstMetric, n.Finding.WorstRatio)
}
