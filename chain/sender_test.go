package chain

import (
	"github.com/ovig/ovig/internal/testchan"

	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/ovig/ovig/bindings"
)

func TestSenderRecoversFromNonceTooLow(t *testing.T) {
	ch, err := NewSimulated(SimOptions{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	ctx := context.Background()
	to := addr(ch.DevKeys[1])
	a, err := ch.NewSender(ctx, ch.DevKeys[0], SenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ch.NewSender(ctx, ch.DevKeys[0], SenderOptions{}) // same key, e.g. another process
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Send(ctx, &to, big.NewInt(1), nil); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := b.Send(ctx, &to, big.NewInt(1), nil); err != nil {
			t.Fatal(err)
		}
	}
	// a's cached nonce is now stale (1, the chain is at 3).
	rcpt, err := a.Send(ctx, &to, big.NewInt(1), nil)
	if err != nil {
		t.Fatalf("send with a stale nonce: %v", err)
	}
	tx, _, err := ch.Client.TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 3 {
		t.Fatalf("nonce %d, want 3", tx.Nonce())
	}
}

func TestSenderConfirmationsAndGas(t *testing.T) {
	ch, err := NewSimulated(SimOptions{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	ctx := context.Background()
	s, err := ch.NewSender(ctx, ch.DevKeys[0], SenderOptions{Confirmations: 4, GasHeadroomPercent: 50})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := DeployRegistry(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := s.Send(ctx, ptr(reg.Address()), nil, reg.abi.PackWithdraw())
	if err == nil || !IsRevert(err, "NothingToWithdraw") || rcpt != nil {
		t.Fatalf("withdraw of nothing: %v (receipt %v)", err, rcpt)
	}
	to := addr(ch.DevKeys[1])
	rcpt, err = s.Send(ctx, &to, big.NewInt(5), nil)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := ch.Client.BlockNumber(ctx)
	if head < rcpt.BlockNumber.Uint64()+3 {
		t.Fatalf("returned at head %d for a receipt in block %d with 4 confirmations", head, rcpt.BlockNumber)
	}
	tx, _, err := ch.Client.TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Gas() != 21000*3/2 {
		t.Fatalf("gas limit %d, want 21000 + 50%%", tx.Gas())
	}
	if tx.Type() != 2 || tx.GasFeeCap().Cmp(tx.GasTipCap()) < 0 {
		t.Fatalf("not an EIP-1559 tx with sane caps: type %d cap %v tip %v", tx.Type(), tx.GasFeeCap(), tx.GasTipCap())
	}
	// A fee cap below the base fee fails before anything is sent.
	low, err := ch.NewSender(ctx, ch.DevKeys[1], SenderOptions{MaxFeePerGas: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := low.Send(ctx, &to, big.NewInt(1), nil); err == nil || !strings.Contains(err.Error(), "above the maximum fee per gas") {
		t.Fatalf("send under the base fee: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }

func TestCapFees(t *testing.T) {
	for _, c := range []struct {
		base, tip, max   int64
		wantTip, wantCap int64
		wantErr          bool
	}{
		{base: 10, tip: 2, max: 100, wantTip: 2, wantCap: 22},
		{base: 10, tip: 2, max: 15, wantTip: 2, wantCap: 15},
		{base: 10, tip: 20, max: 15, wantTip: 15, wantCap: 15},
		{base: 16, tip: 1, max: 15, wantErr: true},
	} {
		tip, fc, err := CapFees(big.NewInt(c.base), big.NewInt(c.tip), big.NewInt(c.max))
		if c.wantErr {
			if err == nil {
				t.Errorf("%+v: no error", c)
			}
			continue
		}
		if err != nil || tip.Int64() != c.wantTip || fc.Int64() != c.wantCap {
			t.Errorf("%+v: tip %v cap %v err %v", c, tip, fc, err)
		}
	}
}

func TestErrorDecoder(t *testing.T) {
	d := RegistryErrors()
	reg := bindings.NewOvigRegistry().GetABI()
	wv := reg.Errors["WrongValue"]
	args, err := wv.Inputs.Pack(big.NewInt(7), big.NewInt(9))
	if err != nil {
		t.Fatal(err)
	}
	re := d.Decode(append(wv.ID[:4:4], args...))
	if re.Name != "WrongValue" || re.Arg(0).(*big.Int).Int64() != 7 || re.Arg(1).(*big.Int).Int64() != 9 {
		t.Fatalf("decoded %+v", re)
	}
	if !strings.Contains(re.Error(), "WrongValue(7, 9)") {
		t.Fatalf("message %q", re.Error())
	}
	// Data abigen's UnpackError would panic on, and unknown selectors, decode to nameless errors.
	for _, data := range [][]byte{nil, {1, 2, 3}, {0xde, 0xad, 0xbe, 0xef}} {
		if re := d.Decode(data); re.Name != "" {
			t.Fatalf("%x decoded as %s", data, re.Name)
		}
	}
	str, _ := abi.Arguments{{Type: mustType(t, "string")}}.Pack("nope")
	if re := d.Decode(append([]byte{0x08, 0xc3, 0x79, 0xa0}, str...)); re.Name != "Error" || re.Arg(0) != "nope" {
		t.Fatalf("Error(string) decoded as %+v", re)
	}
	pn := append([]byte{0x4e, 0x48, 0x7b, 0x71}, common.LeftPadBytes([]byte{0x11}, 32)...)
	if re := d.Decode(pn); re.Name != "Panic" || re.Arg(0).(*big.Int).Int64() != 0x11 {
		t.Fatalf("Panic decoded as %+v", re)
	}
}

func mustType(t *testing.T, s string) abi.Type {
	typ, err := abi.NewType(s, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}

func TestKeys(t *testing.T) {
	dir := t.TempDir()
	key := DevKey(3)
	blob, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: addr(key), PrivateKey: key}, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	kf, pf, bad := filepath.Join(dir, "key.json"), filepath.Join(dir, "pw"), filepath.Join(dir, "bad")
	os.WriteFile(kf, blob, 0o600)
	os.WriteFile(pf, []byte("s3cret\n"), 0o600)
	os.WriteFile(bad, []byte("wrong\n"), 0o600)
	got, err := LoadKeystoreKey(kf, pf)
	if err != nil || addr(got) != addr(key) {
		t.Fatalf("keystore: %v %v", got, err)
	}
	if _, err := LoadKeystoreKey(kf, bad); err == nil {
		t.Fatal("wrong password accepted")
	}
	if _, err := LoadKeystoreKey(filepath.Join(dir, "missing"), pf); err == nil {
		t.Fatal("missing keystore accepted")
	}
	t.Setenv("OVIG_TEST_KEY", "0x"+common.Bytes2Hex(crypto.FromECDSA(key)))
	got, err = KeyFromEnv("OVIG_TEST_KEY")
	if err != nil || addr(got) != addr(key) {
		t.Fatalf("env key: %v", err)
	}
	t.Setenv("OVIG_TEST_KEY", "zz")
	if _, err := KeyFromEnv("OVIG_TEST_KEY"); err == nil || strings.Contains(err.Error(), "zz") {
		t.Fatalf("bad env key: %v", err)
	}
	if _, err := KeyFromEnv("OVIG_TEST_KEY_UNSET"); err == nil || !strings.Contains(err.Error(), "not set") {
		t.Fatalf("unset env key: %v", err)
	}
}

func TestDevKeysDistinct(t *testing.T) {
	seen := map[common.Address]bool{}
	for i := range 32 {
		a := addr(DevKey(i))
		if seen[a] {
			t.Fatalf("dev key %d repeats", i)
		}
		seen[a] = true
	}
}

func TestWithHeadroom(t *testing.T) {
	for _, c := range []struct{ est, pct, block, want uint64 }{
		{100_000, 25, 30_000_000, 125_000},
		{100_000, 25, 110_000, 110_000},          // capped by the block
		{20_000_000, 25, 60_000_000, 20_000_000}, // never below the estimate
		{15_000_000, 25, 60_000_000, 1 << 24},    // EIP-7825 cap
		{100, 0, 0, 100},
	} {
		if got := WithHeadroom(c.est, c.pct, c.block); got != c.want {
			t.Errorf("WithHeadroom(%d, %d, %d) = %d, want %d", c.est, c.pct, c.block, got, c.want)
		}
	}
}

// heldSender returns a Sender for key on e's chain that mines normally except for its n-th
// transaction: that one stays in the pool (sent is closed) until release is closed, so another
// transaction can land in the same block.
func heldSender(t *testing.T, e *env, key *ecdsa.PrivateKey, n int, sent, release chan struct{}, rcpts *[]*types.Receipt) *Sender {
	t.Helper()
	var mu sync.Mutex
	calls := 0
	s, err := e.ch.NewSender(context.Background(), key, SenderOptions{
		Mine: func(ctx context.Context) error {
			mu.Lock()
			calls++
			hold := calls == n
			mu.Unlock()
			if hold {
				close(sent)
				<-release
			}
			return e.ch.Commit(ctx)
		},
		OnReceipt: func(r *types.Receipt) {
			mu.Lock()
			*rcpts = append(*rcpts, r)
			mu.Unlock()
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSenderDecodesOnChainRevert races two challenges of one interval into the same block, which
// both stand on one dispute (the earliest commitment leads, whoever revealed first), then two
// verdicts on that dispute: both estimates pass, the second reverts on chain, and its Send
// returns the receipt and the contract's error by name. The claims pay out as the Fraud verdict
// says.
func TestSenderDecodesOnChainRevert(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	id, p, batches := e.acceptedJob(3, 4, 1, 1)
	root := batches[0].Roots[2]

	// The challenger bonds first; the held challenger commits later but reveals first.
	e.commitOnly(e.challenger, id, 2, root, p.ChallengerBond)
	sentA, releaseA := make(chan struct{}), make(chan struct{})
	var rcptsA []*types.Receipt
	held := e.owner.WithSender(heldSender(t, e, e.ch.DevKeys[8], 3, sentA, releaseA, &rcptsA)) // 1: commit, 2: the block a reveal waits for, 3: reveal
	type result struct {
		o   Opened
		err error
	}
	resA := make(chan result, 1)
	go func() {
		o, err := held.Challenge(ctx, id, 2, batches[0], p.ChallengerBond, testSecret)
		resA <- result{o, err}
	}()
	testchan.Recv(t, sentA) // A's reveal is in the pool, not yet in a block
	before := len(e.receipts)
	b := e.challenge(e.challenger, id, 2, batches[0], p) // reveals its commitment: one transaction
	close(releaseA)
	a := testchan.Recv(t, resA)
	if a.err != nil {
		t.Fatalf("held challenge: %v", a.err)
	}
	if len(e.receipts) != before+1 || len(rcptsA) != 2 {
		t.Fatalf("%d and %d transactions, want 1 and 2", len(e.receipts)-before, len(rcptsA))
	}
	if blk := e.receipts[before].BlockNumber; blk.Cmp(rcptsA[1].BlockNumber) != 0 {
		t.Fatalf("reveals in blocks %v and %v, want one block", blk, rcptsA[1].BlockNumber)
	}
	if a.o.DisputeID.Cmp(b.DisputeID) != 0 || a.o.ChallengeID.Cmp(b.ChallengeID) == 0 {
		t.Fatalf("challenges %+v and %+v: want one dispute, two challenges", a.o, b)
	}
	d := e.dispute(b.DisputeID)
	if d.Challenges != 2 || d.Leader != e.challenger.Sender().Address() || !d.Open() {
		t.Fatalf("dispute %+v: want 2 challenges led by %s, the earliest commitment", d, e.challenger.Sender().Address())
	}

	// Two verdicts race: the second reverts on chain.
	sentV, releaseV := make(chan struct{}), make(chan struct{})
	var rcptsV []*types.Receipt
	judge := e.owner.WithSender(heldSender(t, e, e.ch.DevKeys[9], 1, sentV, releaseV, &rcptsV))
	e.respond(b.DisputeID, 1, batches, p.Stride)
	e.nameStep(e.challenger, b.ChallengeID, 9)
	v := e.onStep(verdict(id, b, 1, root, p, OutcomeFraud), 9)
	errV := make(chan error, 1)
	go func() { errV <- judge.Resolve(ctx, v, e.sign(v, 0)) }()
	testchan.Recv(t, sentV)
	before = len(e.receipts)
	err := e.other.Resolve(ctx, v, e.sign(v, 0))
	close(releaseV)
	if err := testchan.Recv(t, errV); err != nil {
		t.Fatalf("first verdict: %v", err)
	}
	re := mustRevert(t, err, "DisputeNotOpen")
	wantBig(t, "DisputeNotOpen id", re.Arg(0).(*big.Int), b.DisputeID)
	if re.Arg(1).(uint8) != uint8(DisputeStatusResolved) {
		t.Fatalf("DisputeNotOpen status %v", re.Arg(1))
	}
	if len(e.receipts) != before+1 || e.receipts[before].Status != 0 {
		t.Fatalf("the losing verdict should have a failed receipt")
	}
	if e.receipts[before].BlockNumber.Cmp(rcptsV[0].BlockNumber) != 0 {
		t.Fatalf("verdicts in blocks %v and %v, want one block", e.receipts[before].BlockNumber, rcptsV[0].BlockNumber)
	}

	// The verdict closed the dispute for both: the leader has the reward, and each claim returns
	// its challenger's bond. Nobody can stand on the decided interval any more.
	if d := e.dispute(b.DisputeID); d.Status != DisputeStatusResolved || d.Outcome != OutcomeFraud {
		t.Fatalf("dispute after the verdict: %+v", d)
	}
	_, err = e.challenger2.Challenge(ctx, id, 2, batches[0], p.ChallengerBond, testSecret)
	mustRevert(t, err, "IntervalDecided")
	e.claim(a.o.ChallengeID)
	e.claim(b.ChallengeID)
	reward := new(big.Int).Div(p.ProviderBond, big.NewInt(2))
	wantBig(t, "held challenger credits", e.credits(held.Sender().Address()), p.ChallengerBond)
	wantBig(t, "leader credits", e.credits(e.challenger.Sender().Address()), new(big.Int).Add(p.ChallengerBond, reward))
}
