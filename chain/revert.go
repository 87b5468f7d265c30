package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ovig/ovig/bindings"
)

// RevertError is a transaction or call that the contract reverted, decoded by the contract's
// ABI: Name is the custom error ("WrongValue"), "Error" for require strings, "Panic" for
// Solidity panics, and empty when the revert carried no data or unknown data.
type RevertError struct {
	Name string
	Args []any
	Data []byte // raw revert data
}

func (e *RevertError) Error() string {
	switch {
	case e.Name != "":
		parts := make([]string, len(e.Args))
		for i, a := range e.Args {
			parts[i] = fmt.Sprint(a)
		}
		return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
	case len(e.Data) > 0:
		return fmt.Sprintf("execution reverted with unknown data %s", hexutil.Encode(e.Data))
	}
	return "execution reverted without data"
}

// Arg returns the i-th argument, or nil if there is none.
func (e *RevertError) Arg(i int) any {
	if i < 0 || i >= len(e.Args) {
		return nil
	}
	return e.Args[i]
}

// ErrorDecoder decodes revert data by the custom errors of a set of ABIs.
type ErrorDecoder struct {
	byID map[[4]byte]abi.Error
}

// NewErrorDecoder returns a decoder for the custom errors of abis plus Error(string) and
// Panic(uint256).
func NewErrorDecoder(abis ...*abi.ABI) ErrorDecoder {
	d := ErrorDecoder{byID: make(map[[4]byte]abi.Error)}
	for _, a := range abis {
		for _, e := range a.Errors {
			d.byID[[4]byte(e.ID[:4])] = e
		}
	}
	return d
}

// RegistryErrors decodes the custom errors of OvigRegistry, OvigInference and MerkleVerifier.
func RegistryErrors() ErrorDecoder {
	reg := bindings.NewOvigRegistry().GetABI()
	inf := bindings.NewOvigInference().GetABI()
	mv := bindings.NewMerkleVerifier().GetABI()
	return NewErrorDecoder(&reg, &inf, &mv)
}

var (
	errorStringID = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicID       = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// Decode decodes revert data. It never fails: data it cannot decode is kept raw.
func (d ErrorDecoder) Decode(data []byte) *RevertError {
	re := &RevertError{Data: data}
	// Fewer than four bytes cannot name an error (and abigen's UnpackError would panic on them).
	if len(data) < 4 {
		return re
	}
	id := [4]byte(data[:4])
	switch id {
	case errorStringID:
		if s, err := abi.UnpackRevert(data); err == nil {
			re.Name, re.Args = "Error", []any{s}
		}
		return re
	case panicID:
		if len(data) == 36 {
			re.Name, re.Args = "Panic", []any{new(big.Int).SetBytes(data[4:])}
		}
		return re
	}
	e, ok := d.byID[id]
	if !ok {
		return re
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return re
	}
	re.Name, re.Args = e.Name, args
	return re
}

// Encode is the inverse of Decode for the decoder's custom errors: the revert data a contract
// returns for error name(args...), so that fakes of the registry fail as the chain does.
func (d ErrorDecoder) Encode(name string, args ...any) ([]byte, error) {
	for id, e := range d.byID {
		if e.Name != name {
			continue
		}
		packed, err := e.Inputs.Pack(args...)
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", name, err)
		}
		return append(id[:], packed...), nil
	}
	return nil, fmt.Errorf("encode %s: no such error", name)
}

// FromError extracts and decodes the revert carried by a JSON-RPC error (eth_call or
// eth_estimateGas), or returns nil when err is not a revert.
func (d ErrorDecoder) FromError(err error) *RevertError {
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				return d.Decode(data)
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{}
	}
	return nil
}

// IsRevert reports whether err is a revert with the given custom error name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}
