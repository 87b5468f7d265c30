package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Client is what this package needs of a node. Both the embedded simulated backend's client and
// an ethclient.Client dialled to a JSON-RPC endpoint satisfy it.
type Client interface {
	bind.ContractBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.TransactionReader
	ethereum.ChainStateReader
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
}

// DevChainID is the chain id of local development nodes (anvil, hardhat).
const DevChainID = 31337

// SimulatedChainID is the chain id of go-ethereum's simulated backend.
const SimulatedChainID = 1337

// Chain is a connection to one chain: the embedded simulated backend or a JSON-RPC node.
// Dev-only controls (Commit, AdjustTime, Fork) work on the simulated backend and, except Fork,
// on dev nodes that speak anvil's evm_* methods.
type Chain struct {
	Client  Client
	ChainID *big.Int
	// DevKeys are funded development keys: generated for the simulated backend, empty for a
	// dialled node (anvil's are returned by chain/anvil).
	DevKeys []*ecdsa.PrivateKey

	sim *simulated.Backend
	rpc *rpc.Client
	// mineMu serializes block production: the simulated beacon is not safe for concurrent use,
	// and several Senders may mine at once.
	mineMu sync.Mutex
}

// SimOptions configures the embedded simulated chain.
type SimOptions struct {
	Accounts int      // funded dev keys to create; default 10
	Balance  *big.Int // wei per dev key; default 10^6 ether
	// GasLimit is the block gas limit; default go-ethereum's miner default.
	GasLimit uint64
	// FutureForks keeps go-ethereum's dev-chain rules, which enable unscheduled forks with
	// repriced state gas. By default the chain runs Osaka, as mainnet and anvil do, so gas
	// figures measured here hold there.
	FutureForks bool
}

// DevKey is the i-th deterministic development key of the simulated chain. It is derived
// from a public string: never hold real funds with it.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("ovig simulated dev key %d", i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		// keccak output is below the curve order with overwhelming probability; the indices
		// used are tested.
		panic(fmt.Sprintf("dev key %d: %v", i, err))
	}
	return key
}

// NewSimulated starts the embedded simulated chain with funded dev keys. Blocks are produced
// only on request (Commit, AdjustTime, or a Sender built by NewSender, which commits after
// each transaction), so time and block production are fully under the caller's control.
func NewSimulated(opts SimOptions) (*Chain, error) {
	if opts.Accounts <= 0 {
		opts.Accounts = 10
	}
	balance := opts.Balance
	if balance == nil {
		balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	}
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, opts.Accounts)
	for i := range keys {
		keys[i] = DevKey(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	var options []func(*node.Config, *ethconfig.Config)
	if !opts.FutureForks {
		options = append(options, func(_ *node.Config, ec *ethconfig.Config) {
			cfg := *ec.Genesis.Config
			cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
			ec.Genesis.Config = &cfg
		})
	}
	if opts.GasLimit > 0 {
		options = append(options, simulated.WithBlockGasLimit(opts.GasLimit))
	}
	sim := simulated.NewBackend(alloc, options...)
	return &Chain{Client: sim.Client(), ChainID: big.NewInt(SimulatedChainID), DevKeys: keys, sim: sim}, nil
}

// DialOptions configures Dial.
type DialOptions struct {
	Timeout time.Duration // for the first round trip; default 10s
	// ChainID, when set, must match the node's chain id.
	ChainID *big.Int
}

// Dial connects to a JSON-RPC endpoint (http, https, ws, wss or an IPC path) and checks that
// it answers and serves the expected chain.
func Dial(ctx context.Context, url string, opts DialOptions) (*Chain, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, dialError(url, err)
	}
	ec := ethclient.NewClient(rc)
	id, err := ec.ChainID(ctx)
	if err != nil {
		rc.Close()
		return nil, dialError(url, err)
	}
	if opts.ChainID != nil && opts.ChainID.Cmp(id) != 0 {
		rc.Close()
		return nil, fmt.Errorf("dial %s: chain id %v, want %v", url, id, opts.ChainID)
	}
	return &Chain{Client: ec, ChainID: id, rpc: rc}, nil
}

func dialError(url string, err error) error {
	switch {
	case isConnRefused(err):
		return fmt.Errorf("dial %s: connection refused; is the node running?", url)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("dial %s: no answer in time; is the node running? (%w)", url, err)
	}
	return fmt.Errorf("dial %s: %w", url, err)
}

// Connect opens the chain named by url: the embedded simulated chain for "" or "simulated",
// otherwise the JSON-RPC endpoint at url (see Dial).
func Connect(ctx context.Context, url string, sim SimOptions, dial DialOptions) (*Chain, error) {
	if url == "" || url == "simulated" {
		return NewSimulated(sim)
	}
	return Dial(ctx, url, dial)
}

// Simulated reports whether this is the embedded simulated chain.
func (c *Chain) Simulated() bool { return c.sim != nil }

// Commit seals a block with the pending transactions (simulated chain) or asks a dev node to
// mine one (anvil's evm_mine).
func (c *Chain) Commit(ctx context.Context) error {
	if c.sim != nil {
		c.mineMu.Lock()
		defer c.mineMu.Unlock()
		c.sim.Commit()
		return nil
	}
	if err := c.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("evm_mine: %w", err)
	}
	return nil
}

// AdjustTime moves chain time forward by d and seals a block at the new time. On the simulated
// chain no transaction may be pending; on a dialled dev node it uses evm_increaseTime.
func (c *Chain) AdjustTime(ctx context.Context, d time.Duration) error {
	if d < time.Second {
		return fmt.Errorf("adjust time by %v: less than a second", d)
	}
	if c.sim != nil {
		c.mineMu.Lock()
		defer c.mineMu.Unlock()
		// The pool drops mined transactions asynchronously after each block, so it may still
		// list some as pending; sealing a block in between lets it catch up.
		var err error
		for range 5 {
			if err = c.sim.AdjustTime(d); err == nil {
				return nil
			}
			c.sim.Commit()
		}
		return fmt.Errorf("adjust time by %v: %w", d, err)
	}
	if err := c.rpc.CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(d/time.Second)); err != nil {
		return fmt.Errorf("adjust time by %v: evm_increaseTime: %w", d, err)
	}
	return c.Commit(ctx)
}

// Fork makes the block parent the head of the simulated chain, dropping its descendants;
// blocks committed afterwards build a competing branch. Only the simulated chain can fork.
func (c *Chain) Fork(parent common.Hash) error {
	if c.sim == nil {
		return errors.New("fork: only the simulated chain can fork")
	}
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	if err := c.sim.Fork(parent); err != nil {
		return fmt.Errorf("fork at %s: %w", parent, err)
	}
	return nil
}

// Head returns the latest block header.
func (c *Chain) Head(ctx context.Context) (*types.Header, error) {
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	return h, nil
}

// NewSender returns a Sender for key on this chain. On the simulated chain, unless opts.Mine
// is set, the Sender commits a block after each transaction and whenever it waits for
// confirmations, so it never waits for blocks that nobody produces.
//
// On a local dev chain (chain id 31337: anvil or hardhat, which mine only when a transaction
// arrives) a Sender waiting for a later block with nothing else to mine asks for one.
func (c *Chain) NewSender(ctx context.Context, key *ecdsa.PrivateKey, opts SenderOptions) (*Sender, error) {
	if c.sim != nil && opts.Mine == nil {
		opts.Mine = c.Commit
	}
	if c.sim == nil && c.ChainID != nil && c.ChainID.Cmp(big.NewInt(DevChainID)) == 0 && opts.MineIdle == nil {
		opts.MineIdle = c.Commit
	}
	return NewSender(ctx, c.Client, c.ChainID, key, opts)
}

// Close releases the connection, or stops the simulated chain.
func (c *Chain) Close() error {
	if c.sim != nil {
		return c.sim.Close()
	}
	if c.rpc != nil {
		c.rpc.Close()
	}
	return nil
}

// isConnRefused reports connection-refused errors that go-ethereum wraps as plain strings.
func isConnRefused(err error) bool {
	return err != nil && (errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(err.Error(), "connection refused"))
}
