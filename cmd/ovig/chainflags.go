package main

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/chain"
)

// chainFlags are shared by every command that talks to a registry.
func chainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC endpoint of the chain (http, ws or IPC path)"},
		&cli.StringFlag{Name: "registry", Usage: "address of the deployed OvigRegistry"},
		&cli.StringFlag{Name: "keystore", Usage: "go-ethereum keystore file of the account to transact from"},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password"},
		&cli.StringFlag{Name: "key-env", Usage: "name of an environment variable holding a hex private key (development only)"},
		&cli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "blocks a transaction needs before it counts"},
		&cli.Float64Flag{Name: "max-fee-gwei", Value: 500, Usage: "never pay more than this per gas"},
		&cli.DurationFlag{Name: "rpc-timeout", Value: 10 * time.Second, Usage: "timeout of the first round trip to --rpc"},
	}
}

// errNoRPC explains why a command that needs a shared chain cannot use the embedded one.
var errNoRPC = errors.New("no --rpc given: the embedded chain lives only inside `ovig demo`; " +
	"pass --rpc URL (for a local dev chain: anvil --host 127.0.0.1 --port 8545, then --rpc http://127.0.0.1:8545)")

// dial connects to --rpc.
func dial(c *cli.Context) (*chain.Chain, error) {
	url := c.String("rpc")
	if url == "" {
		return nil, errNoRPC
	}
	return chain.Dial(c.Context, url, chain.DialOptions{Timeout: c.Duration("rpc-timeout")})
}

// loadKey reads the transacting key from a keystore (with its password file) or, for
// development, from the environment variable named by --key-env. Never from an argument.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	ks, pw, env := c.String("keystore"), c.String("password-file"), c.String("key-env")
	switch {
	case ks != "" && env != "":
		return nil, usageError("give either --keystore or --key-env, not both")
	case ks != "":
		if pw == "" {
			return nil, usageError("--keystore needs --password-file")
		}
		return chain.LoadKeystoreKey(ks, pw)
	case env != "":
		return chain.KeyFromEnv(env)
	}
	return nil, usageError("this command transacts: give --keystore FILE --password-file FILE, or --key-env NAME for a development key")
}

func senderOptions(c *cli.Context) chain.SenderOptions {
	maxFee, _ := new(big.Float).Mul(big.NewFloat(c.Float64("max-fee-gwei")), big.NewFloat(params.GWei)).Int(nil)
	return chain.SenderOptions{Confirmations: c.Uint64("confirmations"), MaxFeePerGas: maxFee}
}

// openRegistry dials --rpc and opens --registry, transacting from the command's key when
// transact is set.
func openRegistry(c *cli.Context, transact bool) (*chain.Chain, *chain.Registry, error) {
	addr, err := parseAddress(c.String("registry"), "--registry")
	if err != nil {
		return nil, nil, err
	}
	var key *ecdsa.PrivateKey
	if transact {
		if key, err = loadKey(c); err != nil {
			return nil, nil, err
		}
	}
	ch, err := dial(c)
	if err != nil {
		return nil, nil, err
	}
	var s *chain.Sender
	if key != nil {
		if s, err = ch.NewSender(c.Context, key, senderOptions(c)); err != nil {
			ch.Close()
			return nil, nil, err
		}
	}
	reg, err := chain.OpenRegistry(c.Context, ch.Client, addr, s)
	if err != nil {
		ch.Close()
		return nil, nil, err
	}
	return ch, reg, nil
}

func parseAddress(s, flag string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		if s == "" {
			return common.Address{}, usageError("%s is required: the 0x address it names", flag)
		}
		return common.Address{}, usageError("%s %q is not a 0x-prefixed 20-byte hex address", flag, s)
	}
	return common.HexToAddress(s), nil
}

func parseJobID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 {
		return nil, usageError("job id %q: want a positive decimal number", s)
	}
	return id, nil
}

// parseEther reads an amount in ether ("1.5") into wei.
func parseEther(s, flag string) (*big.Int, error) {
	f, ok := new(big.Float).SetPrec(256).SetString(strings.TrimSpace(s))
	if !ok || f.Sign() < 0 {
		return nil, usageError("%s %q: want a non-negative amount of ether such as 0.5", flag, s)
	}
	wei, _ := f.Mul(f, new(big.Float).SetPrec(256).SetInt64(params.Ether)).Int(nil)
	return wei, nil
}

func formatEther(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return f.Text('f', -1) + " ETH"
}

func jobArg(c *cli.Context) (*big.Int, error) {
	if c.NArg() != 1 {
		return nil, usageError("give one job id: ovig %s JOB_ID", c.Command.FullName())
	}
	return parseJobID(c.Args().First())
}

func fmtTime(ts uint64) string {
	if ts == 0 {
		return "-"
	}
	return time.Unix(int64(ts), 0).UTC().Format(time.RFC3339)
}
