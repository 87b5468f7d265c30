package anvil_test

import (
	"context"
	"crypto/ecdsa"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ovig/ovig/chain/anvil"
)

func TestStartServesDevKeysAndStopsOnCleanup(t *testing.T) {
	var url string
	t.Run("node", func(t *testing.T) {
		var keys []*ecdsa.PrivateKey
		url, keys = anvil.Start(t)
		if len(keys) != 10 {
			t.Fatalf("%d keys, want 10", len(keys))
		}
		// The first key of the "test test ... junk" mnemonic.
		if a := crypto.PubkeyToAddress(keys[0].PublicKey); a != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
			t.Fatalf("first key is %s", a)
		}
		c, err := ethclient.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		id, err := c.ChainID(context.Background())
		if err != nil || id.Int64() != 31337 {
			t.Fatalf("chain id %v %v", id, err)
		}
		bal, err := c.BalanceAt(context.Background(), crypto.PubkeyToAddress(keys[9].PublicKey), nil)
		if err != nil || bal.Sign() == 0 {
			t.Fatalf("key 9 unfunded: %v %v", bal, err)
		}
	})
	// The subtest's cleanup stopped the node.
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// Refused, or cut off (EOF) by a node still closing its socket: either way no answer.
	if _, err := c.ChainID(context.Background()); err == nil || !(strings.Contains(err.Error(), "connection refused") || strings.Contains(err.Error(), "EOF")) {
		t.Fatalf("node still answers after cleanup: %v", err)
	}
}

func TestBinaryMissing(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("PATH", "")
	if _, err := anvil.Binary(); err == nil || !strings.Contains(err.Error(), "run make setup") {
		t.Fatalf("missing anvil: %v", err)
	}
}
