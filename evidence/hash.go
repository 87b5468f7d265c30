package evidence

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// Hash32 is a 32-byte digest (keccak256 or SHA-256). It encodes in JSON as "0x" followed by
// 64 lowercase hex digits, the form the chain tooling prints.
type Hash32 [32]byte

// String returns the 0x-prefixed lowercase hex form.
func (h Hash32) String() string { return "0x" + hex.EncodeToString(h[:]) }

// IsZero reports whether every byte is zero.
func (h Hash32) IsZero() bool { return h == Hash32{} }

// MarshalText implements encoding.TextMarshaler.
func (h Hash32) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText accepts exactly "0x" + 64 hex digits.
func (h *Hash32) UnmarshalText(b []byte) error {
	p, err := ParseHash32(string(b))
	if err != nil {
		return err
	}
	*h = p
	return nil
}

// ParseHash32 parses "0x" + 64 hex digits (either case).
func ParseHash32(s string) (Hash32, error) {
	var h Hash32
	if !strings.HasPrefix(s, "0x") || len(s) != 66 {
		return h, fmt.Errorf("hash %q: want 0x followed by 64 hex digits", truncate(s, 80))
	}
	if _, err := hex.Decode(h[:], []byte(s[2:])); err != nil {
		return h, fmt.Errorf("hash %q: %w", truncate(s, 80), err)
	}
	return h, nil
}

// Keccak256 returns keccak256 over the concatenation of data.
func Keccak256(data ...[]byte) Hash32 {
	var h Hash32
	copy(h[:], crypto.Keccak256(data...))
	return h
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
