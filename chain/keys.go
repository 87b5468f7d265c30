package chain

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// LoadKeystoreKey decrypts a go-ethereum keystore file with the password read from
// passwordFile (trailing newlines are ignored). Keys never come from command-line arguments,
// which other users of the machine can read.
func LoadKeystoreKey(keyFile, passwordFile string) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(keyFile)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", keyFile, err)
	}
	pw, err := os.ReadFile(passwordFile)
	if err != nil {
		return nil, fmt.Errorf("password file %s: %w", passwordFile, err)
	}
	key, err := keystore.DecryptKey(blob, strings.TrimRight(string(pw), "\r\n"))
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", keyFile, err)
	}
	return key.PrivateKey, nil
}

// KeyFromEnv reads a hex private key (with or without 0x) from the environment variable name.
// It is meant for development chains.
func KeyFromEnv(name string) (*ecdsa.PrivateKey, error) {
	v, ok := os.LookupEnv(name)
	if !ok || strings.TrimSpace(v) == "" {
		return nil, fmt.Errorf("key: environment variable %s is not set", name)
	}
	key, err := ParseHexKey(v)
	if err != nil {
		return nil, fmt.Errorf("key from $%s: %w", name, err)
	}
	return key, nil
}

// ParseHexKey parses a hex secp256k1 private key (with or without 0x). The error never
// repeats the input.
func ParseHexKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	if len(s) != 64 {
		return nil, fmt.Errorf("private key has %d hex digits, want 64", len(s))
	}
	key, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("invalid private key (not hex, or out of range)")
	}
	return key, nil
}
