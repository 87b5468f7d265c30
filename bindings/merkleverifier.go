// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MerkleVerifierMetaData contains all meta data concerning the MerkleVerifier contract.
var MerkleVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"computeRoot\",\"inputs\":[{\"name\":\"payloads\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"depth\",\"inputs\":[{\"name\":\"leafCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"leafHash\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payload\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leafCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payload\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"error\",\"name\":\"EmptyTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LeafIndexTooLarge\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "MerkleVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506106e18061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806308f107171461004e5780635c11aa9c14610074578063eed385c814610097578063fae2d12a146100aa575b5f5ffd5b61006161005c36600461050e565b6100bd565b6040519081526020015b60405180910390f35b610087610082366004610576565b6100d1565b604051901515815260200161006b565b6100616100a53660046105db565b6100ed565b6100616100b83660046105f2565b6100f7565b5f6100c88383610133565b90505b92915050565b5f6100e087878787878761017b565b90505b9695505050505050565b5f6100cb82610281565b5f6100c88383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506102d092505050565b5f67ffffffffffffffff83111561016457604051631bfdff8d60e21b81526004810184905260240160405180910390fd5b60b883901b5f9081526009839052602990206100c8565b5f85158061019157506801000000000000000086115b8061019c5750858510155b156101a857505f6100e3565b6101b186610281565b82146101be57505f6100e3565b60b885901b5f908152600985905260298120905085875f5b85811015610271575f8787838181106101f1576101f1610631565b90506020020135905083600116600103610219575f8181526020869052604090209450610254565b610224600184610659565b841480156102325750848114155b15610244575f955050505050506100e3565b5f85815260208290526040902094505b600193841c93610264848261066c565b901c9250506001016101d6565b5050509096149695505050505050565b5f600282116102a2578115610297576001610299565b5f5b60ff1692915050565b5f6102ae600184610659565b90505b80156102ca5760011c6102c38261067f565b91506102b1565b50919050565b80515f908082036102f457604051639136328760e01b815260040160405180910390fd5b5f6001610301838261066c565b901c90505f8167ffffffffffffffff81111561031f5761031f610697565b604051908082528060200260200182016040528015610348578160200160208202803683370190505b5090505f5b82811015610418575f600182901b90505f6103938289848151811061037457610374610631565b60200260200101515f8260b81b5f528160095260295f20905092915050565b90505f866103a284600161066c565b106103ad57816103d7565b6103d76103bb84600161066c565b8a6103c786600161066c565b8151811061037457610374610631565b90506103ec82825f9182526020526040902090565b8585815181106103fe576103fe610631565b60200260200101818152505050505080600101905061034d565b505b60018211156104ea575f6001610430848261066c565b901c90505f5b818110156104e2575f600182901b90505f84828151811061045957610459610631565b602002602001015190506104bb8187846001610475919061066c565b1061048957825f9182526020526040902090565b8661049585600161066c565b815181106104a5576104a5610631565b60200260200101515f9182526020526040902090565b8584815181106104cd576104cd610631565b60209081029190910101525050600101610436565b50915061041a565b805f815181106104fc576104fc610631565b60200260200101519350505050919050565b5f5f6040838503121561051f575f5ffd5b50508035926020909101359150565b5f5f83601f84011261053e575f5ffd5b50813567ffffffffffffffff811115610555575f5ffd5b6020830191508360208260051b850101111561056f575f5ffd5b9250929050565b5f5f5f5f5f5f60a0878903121561058b575f5ffd5b86359550602087013594506040870135935060608701359250608087013567ffffffffffffffff8111156105bd575f5ffd5b6105c989828a0161052e565b979a9699509497509295939492505050565b5f602082840312156105eb575f5ffd5b5035919050565b5f5f60208385031215610603575f5ffd5b823567ffffffffffffffff811115610619575f5ffd5b6106258582860161052e565b90969095509350505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156100cb576100cb610645565b808201808211156100cb576100cb610645565b5f6001820161069057610690610645565b5060010190565b634e487b7160e01b5f52604160045260245ffdfea2646970667358221220aea76ea6185272f3086bb462930e2f9564f08560bc40f2cc4d391467d41ad69e64736f6c634300081e0033",
}

// MerkleVerifier is an auto generated Go binding around an Ethereum contract.
type MerkleVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MerkleVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMerkleVerifier creates a new instance of MerkleVerifier.
func NewMerkleVerifier() *MerkleVerifier {
	parsed, err := MerkleVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MerkleVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MerkleVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackComputeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfae2d12a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function computeRoot(bytes32[] payloads) pure returns(bytes32)
func (merkleVerifier *MerkleVerifier) PackComputeRoot(payloads [][32]byte) []byte {
	enc, err := merkleVerifier.abi.Pack("computeRoot", payloads)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComputeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfae2d12a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function computeRoot(bytes32[] payloads) pure returns(bytes32)
func (merkleVerifier *MerkleVerifier) TryPackComputeRoot(payloads [][32]byte) ([]byte, error) {
	return merkleVerifier.abi.Pack("computeRoot", payloads)
}

// UnpackComputeRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfae2d12a.
//
// Solidity: function computeRoot(bytes32[] payloads) pure returns(bytes32)
func (merkleVerifier *MerkleVerifier) UnpackComputeRoot(data []byte) ([32]byte, error) {
	out, err := merkleVerifier.abi.Unpack("computeRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeed385c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depth(uint256 leafCount) pure returns(uint256)
func (merkleVerifier *MerkleVerifier) PackDepth(leafCount *big.Int) []byte {
	enc, err := merkleVerifier.abi.Pack("depth", leafCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeed385c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depth(uint256 leafCount) pure returns(uint256)
func (merkleVerifier *MerkleVerifier) TryPackDepth(leafCount *big.Int) ([]byte, error) {
	return merkleVerifier.abi.Pack("depth", leafCount)
}

// UnpackDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeed385c8.
//
// Solidity: function depth(uint256 leafCount) pure returns(uint256)
func (merkleVerifier *MerkleVerifier) UnpackDepth(data []byte) (*big.Int, error) {
	out, err := merkleVerifier.abi.Unpack("depth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08f10717.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash(uint256 index, bytes32 payload) pure returns(bytes32)
func (merkleVerifier *MerkleVerifier) PackLeafHash(index *big.Int, payload [32]byte) []byte {
	enc, err := merkleVerifier.abi.Pack("leafHash", index, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08f10717.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash(uint256 index, bytes32 payload) pure returns(bytes32)
func (merkleVerifier *MerkleVerifier) TryPackLeafHash(index *big.Int, payload [32]byte) ([]byte, error) {
	return merkleVerifier.abi.Pack("leafHash", index, payload)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08f10717.
//
// Solidity: function leafHash(uint256 index, bytes32 payload) pure returns(bytes32)
func (merkleVerifier *MerkleVerifier) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := merkleVerifier.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c11aa9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, uint256 leafCount, uint256 index, bytes32 payload, bytes32[] proof) pure returns(bool)
func (merkleVerifier *MerkleVerifier) PackVerify(root [32]byte, leafCount *big.Int, index *big.Int, payload [32]byte, proof [][32]byte) []byte {
	enc, err := merkleVerifier.abi.Pack("verify", root, leafCount, index, payload, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c11aa9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, uint256 leafCount, uint256 index, bytes32 payload, bytes32[] proof) pure returns(bool)
func (merkleVerifier *MerkleVerifier) TryPackVerify(root [32]byte, leafCount *big.Int, index *big.Int, payload [32]byte, proof [][32]byte) ([]byte, error) {
	return merkleVerifier.abi.Pack("verify", root, leafCount, index, payload, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c11aa9c.
//
// Solidity: function verify(bytes32 root, uint256 leafCount, uint256 index, bytes32 payload, bytes32[] proof) pure returns(bool)
func (merkleVerifier *MerkleVerifier) UnpackVerify(data []byte) (bool, error) {
	out, err := merkleVerifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (merkleVerifier *MerkleVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], merkleVerifier.abi.Errors["EmptyTree"].ID.Bytes()[:4]) {
		return merkleVerifier.UnpackEmptyTreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleVerifier.abi.Errors["LeafIndexTooLarge"].ID.Bytes()[:4]) {
		return merkleVerifier.UnpackLeafIndexTooLargeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MerkleVerifierEmptyTree represents a EmptyTree error raised by the MerkleVerifier contract.
type MerkleVerifierEmptyTree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTree()
func MerkleVerifierEmptyTreeErrorID() common.Hash {
	return common.HexToHash("0x91363287e86abc9a32e9497c199d101108698f0547673152e7d0221a248c212a")
}

// UnpackEmptyTreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTree()
func (merkleVerifier *MerkleVerifier) UnpackEmptyTreeError(raw []byte) (*MerkleVerifierEmptyTree, error) {
	out := new(MerkleVerifierEmptyTree)
	if err := merkleVerifier.abi.UnpackIntoInterface(out, "EmptyTree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleVerifierLeafIndexTooLarge represents a LeafIndexTooLarge error raised by the MerkleVerifier contract.
type MerkleVerifierLeafIndexTooLarge struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafIndexTooLarge(uint256 index)
func MerkleVerifierLeafIndexTooLargeErrorID() common.Hash {
	return common.HexToHash("0x6ff7fe340cbe36becd2394e9b0aa3260f2f433f9529f9fe0bc0301afa7d14cb7")
}

// UnpackLeafIndexTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafIndexTooLarge(uint256 index)
func (merkleVerifier *MerkleVerifier) UnpackLeafIndexTooLargeError(raw []byte) (*MerkleVerifierLeafIndexTooLarge, error) {
	out := new(MerkleVerifierLeafIndexTooLarge)
	if err := merkleVerifier.abi.UnpackIntoInterface(out, "LeafIndexTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}
