package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// SenderOptions configures a Sender. The zero value is usable.
type SenderOptions struct {
	// Confirmations is how many blocks, counting the one that includes the transaction, must
	// be on top of the chain before Send returns; default 1.
	Confirmations uint64
	// GasHeadroomPercent is added to the gas estimate; default 25.
	GasHeadroomPercent uint64
	// MaxFeePerGas caps the fee per gas; default 500 gwei. A base fee above it fails the send.
	MaxFeePerGas *big.Int
	// TipCap overrides the node's suggested priority fee.
	TipCap *big.Int
	// PollInterval is how often to look for the receipt; default 1s (unused with Mine).
	PollInterval time.Duration
	// Mine, when set, is called to produce a block after each transaction and whenever the
	// Sender waits for more confirmations: block production on the simulated chain is
	// explicit, so nobody would mine otherwise.
	Mine func(ctx context.Context) error
	// Errors decodes reverts; default RegistryErrors().
	Errors *ErrorDecoder
	// OnReceipt, when set, sees every receipt (gas accounting, metrics).
	OnReceipt func(*types.Receipt)
	// ResubmitAfter: a transaction not mined this long after it was sent is sent again with the
	// same nonce and fees bumped to the larger of +12.5% and what the chain now asks; default 24s.
	ResubmitAfter time.Duration
	// MaxBumps caps the resubmissions of one transaction; default 5. Fees never exceed
	// MaxFeePerGas.
	MaxBumps int
	// SendTimeout bounds one Send from estimate to confirmed receipt; default 10 minutes.
	SendTimeout time.Duration
	// CallTimeout bounds each call to the node; default 30s.
	CallTimeout time.Duration
	// MineIdle, when set, is asked for a block when AwaitBlock has waited a poll for one: a
	// local dev node that mines only on transactions would never produce it otherwise.
	MineIdle func(ctx context.Context) error
	// OnBump, when set, hears every resubmission (logs, metrics).
	OnBump func(old, replacement common.Hash, feeCap *big.Int)
}

// Sender sends the transactions of one key: it tracks the nonce, estimates gas with headroom,
// sets EIP-1559 fee caps, waits for the receipt with the configured confirmations and decodes
// reverts into *RevertError. It is safe for concurrent use; use one Sender per key.
type Sender struct {
	client  Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	opts    SenderOptions
	errs    ErrorDecoder

	mu    sync.Mutex
	nonce *uint64 // next nonce to use; nil until read from the node
}

// NewSender returns a Sender for key on the chain served by client, whose id must be chainID.
func NewSender(ctx context.Context, client Client, chainID *big.Int, key *ecdsa.PrivateKey, opts SenderOptions) (*Sender, error) {
	if key == nil {
		return nil, errors.New("new sender: nil key")
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("new sender: chain id: %w", err)
	}
	if chainID != nil && id.Cmp(chainID) != 0 {
		return nil, fmt.Errorf("new sender: node serves chain %v, want %v", id, chainID)
	}
	if opts.Confirmations == 0 {
		opts.Confirmations = 1
	}
	if opts.GasHeadroomPercent == 0 {
		opts.GasHeadroomPercent = 25
	}
	if opts.MaxFeePerGas == nil {
		opts.MaxFeePerGas = new(big.Int).Mul(big.NewInt(500), big.NewInt(params.GWei))
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = time.Second
	}
	if opts.ResubmitAfter <= 0 {
		opts.ResubmitAfter = 24 * time.Second
	}
	if opts.MaxBumps == 0 {
		opts.MaxBumps = 5
	}
	if opts.SendTimeout <= 0 {
		opts.SendTimeout = 10 * time.Minute
	}
	if opts.CallTimeout <= 0 {
		opts.CallTimeout = 30 * time.Second
	}
	errs := RegistryErrors()
	if opts.Errors != nil {
		errs = *opts.Errors
	}
	return &Sender{
		client:  client,
		chainID: id,
		key:     key,
		from:    crypto.PubkeyToAddress(key.PublicKey),
		signer:  types.LatestSignerForChainID(id),
		opts:    opts,
		errs:    errs,
	}, nil
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.from }

// ChainID is the chain the Sender signs for.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Client is the node the Sender talks to.
func (s *Sender) Client() Client { return s.client }

// Errors is the Sender's revert decoder.
func (s *Sender) Errors() ErrorDecoder { return s.errs }

// Send sends a transaction to `to` (nil creates a contract) and returns its receipt once it has
// the configured confirmations. A transaction that would revert fails before it is sent, with
// a *RevertError; one that reverts on chain returns its receipt and a *RevertError.
func (s *Sender) Send(ctx context.Context, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, s.opts.SendTimeout)
	defer cancel()
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: s.from, To: to, Value: value, Data: data}
	var gas uint64
	err := s.call(ctx, func(ctx context.Context) (err error) { gas, err = s.client.EstimateGas(ctx, msg); return err })
	if err != nil {
		if re := s.errs.FromError(err); re != nil {
			return nil, re
		}
		return nil, fmt.Errorf("estimate gas: %w", err)
	}
	head, err := s.head(ctx)
	if err != nil {
		return nil, err
	}
	gas = WithHeadroom(gas, s.opts.GasHeadroomPercent, head.GasLimit)
	tipCap, feeCap, err := s.fees(ctx, head)
	if err != nil {
		return nil, err
	}
	inner := &types.DynamicFeeTx{
		ChainID: s.chainID, To: to, Value: value, Data: data, Gas: gas, GasTipCap: tipCap, GasFeeCap: feeCap,
	}
	tx, err := s.signAndSend(ctx, inner)
	if err != nil {
		return nil, err
	}
	rcpt, err := s.wait(ctx, inner, tx)
	if err != nil {
		return nil, fmt.Errorf("tx %s: %w", tx.Hash(), err)
	}
	if s.opts.OnReceipt != nil {
		s.opts.OnReceipt(rcpt)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("tx %s reverted in block %v: %w", rcpt.TxHash, rcpt.BlockNumber, s.replayRevert(ctx, msg, rcpt.BlockNumber))
	}
	return rcpt, nil
}

// AwaitBlock returns once the chain's head is past block n: on the simulated chain it mines
// the block itself; elsewhere it polls, since some contract rules (a challenge reveal) need a
// later block than the one that holds a transaction.
func (s *Sender) AwaitBlock(ctx context.Context, n uint64) error {
	var ticker *time.Ticker
	polls := 0
	for {
		var head uint64
		err := s.call(ctx, func(ctx context.Context) (err error) { head, err = s.client.BlockNumber(ctx); return err })
		if err != nil {
			return fmt.Errorf("head: %w", err)
		}
		if head > n {
			return nil
		}
		if s.opts.Mine != nil {
			if err := s.opts.Mine(ctx); err != nil {
				return fmt.Errorf("mine: %w", err)
			}
			continue
		}
		if polls++; polls > 1 && s.opts.MineIdle != nil {
			if err := s.opts.MineIdle(ctx); err != nil {
				return fmt.Errorf("mine: %w", err)
			}
		}
		if ticker == nil {
			ticker = time.NewTicker(s.opts.PollInterval)
			defer ticker.Stop()
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for block %d: %w", n+1, ctx.Err())
		case <-ticker.C:
		}
	}
}

// call runs one request to the node under CallTimeout.
func (s *Sender) call(ctx context.Context, f func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, s.opts.CallTimeout)
	defer cancel()
	return f(ctx)
}

func (s *Sender) head(ctx context.Context) (*types.Header, error) {
	var head *types.Header
	err := s.call(ctx, func(ctx context.Context) (err error) { head, err = s.client.HeaderByNumber(ctx, nil); return err })
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	return head, nil
}

// BumpFees returns the caps of a replacement transaction: at least 12.5% above the old ones (a
// node replaces a pending transaction only for 10% more) and at least what the chain now asks,
// never above maxFee. ok is false when the cap leaves no room for a valid replacement.
func BumpFees(oldTip, oldFeeCap, nowTip, nowFeeCap, maxFee *big.Int) (tipCap, feeCap *big.Int, ok bool) {
	bump := func(x *big.Int) *big.Int {
		b := new(big.Int).Mul(x, big.NewInt(9))
		b.Add(b, big.NewInt(7)) // round up
		return b.Div(b, big.NewInt(8))
	}
	tipCap, feeCap = bump(oldTip), bump(oldFeeCap)
	if nowTip.Cmp(tipCap) > 0 {
		tipCap = new(big.Int).Set(nowTip)
	}
	if nowFeeCap.Cmp(feeCap) > 0 {
		feeCap = new(big.Int).Set(nowFeeCap)
	}
	if feeCap.Cmp(maxFee) > 0 {
		feeCap = new(big.Int).Set(maxFee)
	}
	if tipCap.Cmp(feeCap) > 0 {
		tipCap = new(big.Int).Set(feeCap)
	}
	// Below the node's replacement rule the resend would be refused as underpriced.
	minTip := new(big.Int).Div(new(big.Int).Mul(oldTip, big.NewInt(11)), big.NewInt(10))
	minFee := new(big.Int).Div(new(big.Int).Mul(oldFeeCap, big.NewInt(11)), big.NewInt(10))
	return tipCap, feeCap, tipCap.Cmp(minTip) >= 0 && feeCap.Cmp(minFee) >= 0
}

// bump resends inner (same nonce) with bumped fees; it returns the replacement, or nil when the
// fee cap leaves no room.
func (s *Sender) bump(ctx context.Context, inner *types.DynamicFeeTx) (*types.Transaction, error) {
	head, err := s.head(ctx)
	if err != nil {
		return nil, err
	}
	nowTip, nowFee, err := s.fees(ctx, head)
	if err != nil {
		return nil, err
	}
	tip, fee, ok := BumpFees(inner.GasTipCap, inner.GasFeeCap, nowTip, nowFee, s.opts.MaxFeePerGas)
	if !ok {
		return nil, nil
	}
	inner.GasTipCap, inner.GasFeeCap = tip, fee
	tx, err := types.SignNewTx(s.key, s.signer, inner)
	if err != nil {
		return nil, fmt.Errorf("sign replacement: %w", err)
	}
	err = s.call(ctx, func(ctx context.Context) error { return s.client.SendTransaction(ctx, tx) })
	switch {
	case err == nil, isAlreadyKnown(err):
		return tx, nil
	case isNonceTooLow(err):
		return nil, nil // one of the earlier versions was mined meanwhile: the receipt shows it
	}
	return nil, fmt.Errorf("send replacement (nonce %d): %w", inner.Nonce, err)
}

// fees picks the EIP-1559 caps: the suggested tip, and twice the base fee plus the tip so the
// transaction survives a few full blocks, both capped by MaxFeePerGas.
func (s *Sender) fees(ctx context.Context, head *types.Header) (tipCap, feeCap *big.Int, err error) {
	if head.BaseFee == nil {
		return nil, nil, errors.New("fees: chain has no EIP-1559 base fee")
	}
	tipCap = s.opts.TipCap
	if tipCap == nil {
		if tipCap, err = s.client.SuggestGasTipCap(ctx); err != nil {
			return nil, nil, fmt.Errorf("fees: suggest tip: %w", err)
		}
	}
	return CapFees(head.BaseFee, tipCap, s.opts.MaxFeePerGas)
}

// maxTxGas is the per-transaction gas cap of EIP-7825 (Osaka).
const maxTxGas = 1 << 24

// WithHeadroom adds percent to a gas estimate, without exceeding the block gas limit or the
// per-transaction cap (a limit above them could never be included).
func WithHeadroom(estimate, percent, blockGasLimit uint64) uint64 {
	gas := estimate + estimate*percent/100
	limit := uint64(maxTxGas)
	if blockGasLimit > 0 {
		limit = min(limit, blockGasLimit)
	}
	return max(estimate, min(gas, limit))
}

// CapFees computes the fee caps for a base fee, a wanted tip and a maximum fee per gas:
// feeCap = min(2*baseFee + tip, maxFee), tip = min(tip, feeCap). It fails when the base fee
// alone exceeds maxFee, since the transaction could not be included.
func CapFees(baseFee, tip, maxFee *big.Int) (tipCap, feeCap *big.Int, err error) {
	if baseFee.Cmp(maxFee) > 0 {
		return nil, nil, fmt.Errorf("fees: base fee %v wei above the maximum fee per gas %v wei", baseFee, maxFee)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
	if feeCap.Cmp(maxFee) > 0 {
		feeCap = new(big.Int).Set(maxFee)
	}
	tipCap = new(big.Int).Set(tip)
	if tipCap.Cmp(feeCap) > 0 {
		tipCap = new(big.Int).Set(feeCap)
	}
	return tipCap, feeCap, nil
}

// NextNonce is the nonce the Sender's next transaction will use (to predict a CREATE address).
func (s *Sender) NextNonce(ctx context.Context) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.nonce == nil {
		n, err := s.client.PendingNonceAt(ctx, s.from)
		if err != nil {
			return 0, fmt.Errorf("nonce of %s: %w", s.from, err)
		}
		s.nonce = &n
	}
	return *s.nonce, nil
}

// signAndSend assigns the next nonce, signs and submits. A "nonce too low" (another process
// used the key, or the cache is stale) re-reads the nonce from the node and tries again.
func (s *Sender) signAndSend(ctx context.Context, inner *types.DynamicFeeTx) (*types.Transaction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	const attempts = 3
	for attempt := 1; ; attempt++ {
		if s.nonce == nil {
			n, err := s.client.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, fmt.Errorf("nonce of %s: %w", s.from, err)
			}
			s.nonce = &n
		}
		inner.Nonce = *s.nonce
		tx, err := types.SignNewTx(s.key, s.signer, inner)
		if err != nil {
			return nil, fmt.Errorf("sign: %w", err)
		}
		err = s.client.SendTransaction(ctx, tx)
		switch {
		case err == nil, isAlreadyKnown(err):
			*s.nonce++
			if s.opts.Mine != nil {
				if err := s.opts.Mine(ctx); err != nil {
					return nil, fmt.Errorf("mine tx %s: %w", tx.Hash(), err)
				}
			}
			return tx, nil
		case isNonceTooLow(err) && attempt < attempts:
			s.nonce = nil
		default:
			s.nonce = nil // the node may have seen it or not: re-read next time
			return nil, fmt.Errorf("send tx (nonce %d): %w", inner.Nonce, err)
		}
	}
}

func isNonceTooLow(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}

func isAlreadyKnown(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "already known") || strings.Contains(msg, "already imported")
}

// wait polls for the receipt until its block has the configured confirmations and is still
// canonical.
func (s *Sender) wait(ctx context.Context, inner *types.DynamicFeeTx, tx *types.Transaction) (*types.Receipt, error) {
	var ticker *time.Ticker
	// With explicit mining every round adds a block, so the receipt must show up within a few.
	mined := uint64(0)
	sent := []common.Hash{tx.Hash()} // every version of the transaction, any of which may be mined
	resubmit := time.Now().Add(s.opts.ResubmitAfter)
	bumps := 0
	for {
		for _, h := range sent {
			rcpt, ok, err := s.confirmed(ctx, h)
			if err != nil {
				return nil, err
			}
			if ok {
				return rcpt, nil
			}
		}
		if s.opts.Mine != nil {
			if mined++; mined > s.opts.Confirmations+8 {
				return nil, fmt.Errorf("no confirmed receipt after mining %d blocks", mined-1)
			}
			if err := s.opts.Mine(ctx); err != nil {
				return nil, fmt.Errorf("mine: %w", err)
			}
			continue
		}
		if time.Now().After(resubmit) && bumps < s.opts.MaxBumps {
			// Stuck (the base fee rose past our cap, or the tip is too low to be picked):
			// replace it, as op-challenger's txmgr does.
			repl, err := s.bump(ctx, inner)
			if err != nil {
				return nil, err
			}
			bumps++
			resubmit = time.Now().Add(s.opts.ResubmitAfter)
			if repl != nil {
				if s.opts.OnBump != nil {
					s.opts.OnBump(sent[len(sent)-1], repl.Hash(), inner.GasFeeCap)
				}
				sent = append(sent, repl.Hash())
			}
		}
		if ticker == nil {
			ticker = time.NewTicker(s.opts.PollInterval)
			defer ticker.Stop()
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for receipt (%d versions sent): %w", len(sent), ctx.Err())
		case <-ticker.C:
		}
	}
}

func (s *Sender) confirmed(ctx context.Context, hash common.Hash) (*types.Receipt, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, s.opts.CallTimeout)
	defer cancel()
	rcpt, err := s.client.TransactionReceipt(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("receipt: %w", err)
	}
	head, err := s.client.BlockNumber(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("head: %w", err)
	}
	included := rcpt.BlockNumber.Uint64()
	if head+1 < included+s.opts.Confirmations {
		return nil, false, nil
	}
	// The receipt may describe a block that was reorged away since.
	hdr, err := s.client.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil {
		return nil, false, fmt.Errorf("header %v: %w", rcpt.BlockNumber, err)
	}
	if hdr.Hash() != rcpt.BlockHash {
		return nil, false, nil
	}
	return rcpt, true, nil
}

// replayRevert re-runs a transaction that reverted on chain as a call on the state after its
// block to recover the revert reason. Such reverts come from transactions that changed the
// state between estimate and inclusion, and those are in that state.
func (s *Sender) replayRevert(ctx context.Context, msg ethereum.CallMsg, block *big.Int) error {
	_, err := s.client.CallContract(ctx, msg, block)
	if re := s.errs.FromError(err); re != nil {
		return re
	}
	return &RevertError{}
}
