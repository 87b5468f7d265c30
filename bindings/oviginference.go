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

// InferenceDispute is an auto generated low-level Go binding around an user-defined struct.
type InferenceDispute struct {
	JobId      uint64
	Batch      uint64
	Record     uint64
	Deadline   uint64
	Challenger common.Address
	Status     uint8
	Outcome    uint8
	Signers    uint16
	BatchRoot  [32]byte
	Bond       *big.Int
}

// InferenceVerdict is an auto generated low-level Go binding around an user-defined struct.
type InferenceVerdict struct {
	Outcome      uint8
	BlockIndex   uint64
	Distance     *big.Int
	Bound        *big.Int
	ReplayDigest [32]byte
}

// OvigInferenceCommitment is an auto generated low-level Go binding around an user-defined struct.
type OvigInferenceCommitment struct {
	JobId       uint64
	BlockNumber uint64
	RevealBy    uint64
	Bond        *big.Int
}

// RecordOpening is an auto generated low-level Go binding around an user-defined struct.
type RecordOpening struct {
	CommitIndex uint64
	CommitRoot  [32]byte
	FirstBatch  uint64
	BatchCount  uint64
	ChallengeBy uint64
	Batch       uint64
	BatchRoot   [32]byte
	RecordCount uint64
	Proof       [][32]byte
	Record      uint64
}

// ServingTerms is an auto generated low-level Go binding around an user-defined struct.
type ServingTerms struct {
	BoundHash    [32]byte
	RecordWindow uint64
	Batches      uint64
	Commits      uint64
	OpenDisputes uint32
}

// OvigInferenceMetaData contains all meta data concerning the OvigInference contract.
var OvigInferenceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"contractIOvigRegistry\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ARBITER_SHARE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_RECORDS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_RECORD_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REVEAL_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERDICT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchLeaf\",\"inputs\":[{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recordCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"h\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"challenge\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"o\",\"type\":\"tuple\",\"internalType\":\"structRecordOpening\",\"components\":[{\"name\":\"commitIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"firstBatch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batchCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recordCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"record\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeCommitment\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"record\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"commitBatches\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"firstBatch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"counts\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitChallenge\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"commitOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commitments\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structOvigInference.Commitment\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bond\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"credits\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deployBlock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"dispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structInferenceDispute\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"record\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeStatus\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"},{\"name\":\"signers\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"forfeit\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forfeited\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lapse\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openServing\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recordWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"recordKey\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"record\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"recordState\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"record\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIOvigRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"resolve\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"w\",\"type\":\"tuple\",\"internalType\":\"structInferenceVerdict\",\"components\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"blockIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bound\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"signatures\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"terms\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structServingTerms\",\"components\":[{\"name\":\"boundHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recordWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batches\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commits\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"openDisputes\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verdictDigest\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"w\",\"type\":\"tuple\",\"internalType\":\"structInferenceVerdict\",\"components\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"blockIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bound\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchesCommitted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"commitIndex\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"firstBatch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"challengeBy\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"},{\"name\":\"counts\",\"type\":\"uint64[]\",\"indexed\":false,\"internalType\":\"uint64[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondSettled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toProvider\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toArbiters\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChallengeCommitted\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"revealBy\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitmentForfeited\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitmentRefunded\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeLapsed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"batch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"record\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"blockIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"distance\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bound\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signers\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ServingOpened\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"boundHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"recordWindow\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BatchNotInCommit\",\"inputs\":[{\"name\":\"batch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"BatchTooLarge\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotLapse\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ChallengeWindowClosed\",\"inputs\":[{\"name\":\"challengeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CommitMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitmentExists\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CommitmentLive\",\"inputs\":[{\"name\":\"revealBy\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeadlinePassed\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputeNotOpen\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeStatus\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InconsistentVerdict\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bound\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidJobStatus\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumJobStatus\"}]},{\"type\":\"error\",\"name\":\"InvalidOutcome\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRecordCount\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"code\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidTerms\",\"inputs\":[{\"name\":\"boundHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recordWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[{\"name\":\"roots\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"counts\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotArbiter\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotEnoughSignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotProvider\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PartyCannotChallenge\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RecordDecided\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"}]},{\"type\":\"error\",\"name\":\"RecordDisputed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RecordOutOfRange\",\"inputs\":[{\"name\":\"record\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recordCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RegistryMismatch\",\"inputs\":[{\"name\":\"inference\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RevealTooEarly\",\"inputs\":[{\"name\":\"commitBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RevealTooLate\",\"inputs\":[{\"name\":\"revealBy\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ServingAlreadyOpen\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ServingClosed\",\"inputs\":[{\"name\":\"windowEnd\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ServingNotOpen\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SignersNotIncreasing\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManySignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnexpectedFirstBatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownCommit\",\"inputs\":[{\"name\":\"commitIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownCommitment\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownDispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongValue\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "OvigInference",
	Bin: "0x610100604052348015610010575f5ffd5b50604051613fec380380613fec83398101604081905261002f9161020e565b466080526100da604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a08181525050306001600160a01b0316816001600160a01b0316636e908f896040518163ffffffff1660e01b8152600401602060405180830381865afa158015610127573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061014b919061020e565b6001600160a01b0316146101e257806001600160a01b0316636e908f896040518163ffffffff1660e01b8152600401602060405180830381865afa158015610195573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b9919061020e565b6040516318de4f0560e31b81526001600160a01b03909116600482015260240160405180910390fd5b6001600160a01b031660c0524360e052610230565b6001600160a01b038116811461020b575f5ffd5b50565b5f6020828403121561021e575f5ffd5b8151610229816101f7565b9392505050565b60805160a05160c05160e051613d4a6102a25f395f61056001525f81816103b701528181610e0301528181610f06015281816110ad015281816113b001528181611a9001528181611be101528181611cc4015281816120460152612c1201525f61093c01525f6108680152613d4a5ff3fe6080604052600436106101c5575f3560e01c80637932a15a116100f2578063b3837d1e11610092578063dd91d92311610062578063dd91d923146106f5578063e29fffe1146101fb578063f7953cc714610714578063fe5ff46814610733575f5ffd5b8063b3837d1e14610582578063c0aa0e8a146105a1578063ce5db98b146106b2578063d3814be9146106dd575f5ffd5b80638b1592b5116100cd5780638b1592b51461041d578063950bff9f14610526578063a28889e11461053b578063a3ec191a1461054f575f5ffd5b80637932a15a146103875780637b103999146103a657806386d6282c146103f1575f5ffd5b80633bcc1d63116101685780635210e265116101385780635210e2651461030b578063662513d41461032057806367a348441461033f57806375cb5f3d14610354575f5ffd5b80633bcc1d63146102a45780633ccfd60b146102c55780633eac6766146102d957806351652084146102f8575f5ffd5b806321a235c7116101a357806321a235c71461023d578063249d39e91461025c5780632c574f99146102715780633644e51514610290575f5ffd5b80630fa872e5146101c957806317e931cf146101fb578063185318c014610210575b5f5ffd5b3480156101d4575f5ffd5b506101e86101e336600461320e565b61075e565b6040519081526020015b60405180910390f35b348015610206575f5ffd5b506101e8610e1081565b34801561021b575f5ffd5b5061022f61022a366004613245565b61077e565b6040516101f29291906132b5565b348015610248575f5ffd5b506101e8610257366004613245565b6107b8565b348015610267575f5ffd5b506101e861271081565b34801561027c575f5ffd5b506101e861028b3660046132e6565b610808565b34801561029b575f5ffd5b506101e8610865565b3480156102af575f5ffd5b506102c36102be36600461333d565b61095e565b005b3480156102d0575f5ffd5b506102c3610ae8565b3480156102e4575f5ffd5b506102c36102f33660046133ae565b610bcd565b6102c361030636600461320e565b610deb565b348015610316575f5ffd5b506101e861138881565b34801561032b575f5ffd5b506102c361033a366004613437565b611095565b34801561034a575f5ffd5b506101e860015481565b34801561035f575f5ffd5b506101e87f0f15effa657e2affb928cbb27d729ae06bf61113561fb48514c5839ea64cfa3181565b348015610392575f5ffd5b506101e86103a1366004613462565b611266565b3480156103b1575f5ffd5b506103d97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101f2565b3480156103fc575f5ffd5b5061041061040b3660046134b3565b6118b8565b6040516101f291906134ca565b348015610428575f5ffd5b506104cb61043736600461333d565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160a01b0396909616815260068652838120948152938552928290208251938401835280546001600160401b038082168652600160401b8204811696860196909652600160801b9004909416918301919091526001909201546001600160801b03169181019190915290565b6040516101f291905f6080820190506001600160401b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160801b03606084015116606083015292915050565b348015610531575f5ffd5b506101e861040081565b348015610546575f5ffd5b506101e85f5481565b34801561055a575f5ffd5b506101e87f000000000000000000000000000000000000000000000000000000000000000081565b34801561058d575f5ffd5b506102c361059c3660046135b2565b611a17565b3480156105ac575f5ffd5b506106506105bb3660046134b3565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260036020908152604091829020825160a081018452815481526001909101546001600160401b0380821693830193909352600160401b8104831693820193909352600160801b83049091166060820152600160c01b90910463ffffffff16608082015290565b6040516101f291905f60a082019050825182526001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015263ffffffff608084015116608083015292915050565b3480156106bd575f5ffd5b506101e86106cc366004613608565b5f91825260c01b6020526028902090565b3480156106e8575f5ffd5b506101e864010000000081565b348015610700575f5ffd5b506102c361070f3660046134b3565b611c92565b34801561071f575f5ffd5b506101e861072e366004613636565b611eda565b34801561073e575f5ffd5b506101e861074d366004613661565b60026020525f908152604090205481565b5f8281526004602090815260408083208484529091529020545b92915050565b5f5f5f61078c8686866107b8565b5f9081526007602090815260408083205460089092529091205490935060ff169150505b935093915050565b5f8383836040516020016107e8939291909283526001600160401b03918216602084015216604082015260600190565b6040516020818303038152906040528051906020012090505b9392505050565b604080516001600160a01b03871660208201529081018590526001600160401b0380851660608301528316608082015260a081018290525f9060c00160405160208183030381529060405280519060200120905095945050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461093957610934604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b6001600160a01b0382165f9081526006602090815260408083208484528252808320815160808101835281546001600160401b038082168352600160401b82048116958301869052600160801b9091041692810192909252600101546001600160801b0316606082015291036109ef57604051630fcffcff60e21b8152600481018390526024015b60405180910390fd5b80604001516001600160401b03164211610a2d576040808201519051631f45f95760e01b81526001600160401b0390911660048201526024016109e6565b6001600160a01b0383165f908152600660209081526040808320858452909152812080546001600160c01b0319168155600190810180546001600160801b0319169055606083015181546001600160801b039091169290610a8f908490613690565b909155505060608101516040516001600160801b03909116815282906001600160a01b038516907fc3da66b8346fff3f9408519a63bb7492e5acf7a7e6ea0a1e0f4b7ca17704845e9060200160405180910390a3505050565b335f9081526002602052604081205490819003610b1857604051630686827b60e51b815260040160405180910390fd5b335f8181526002602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610b5b9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610ba2576040519150601f19603f3d011682016040523d82523d5f602084013e610ba7565b606091505b5050905080610bc9576040516312171d8360e31b815260040160405180910390fd5b5050565b5f86815260036020526040812090610be58883612024565b9050845f819003610c095760405163c2e5347d60e01b815260040160405180910390fd5b610400811115610c2f5760405163533dcfcf60e11b8152600481018290526024016109e6565b838114610c59576040516355c5b3e360e11b815260048101829052602481018590526044016109e6565b60018301546001600160401b03600160401b90910481169089168114610ca557604051630aecaa4960e41b81526001600160401b0380831660048301528a1660248201526044016109e6565b5f610cb28989898961219e565b6001860154604051919250600160801b90046001600160401b0316908490610ce4908490869084908a906020016136a3565b6040516020818303038152906040528051906020012060045f8f81526020019081526020015f205f846001600160401b031681526020019081526020015f20819055508084610d3391906136d4565b8760010160086101000a8154816001600160401b0302191690836001600160401b03160217905550816001610d6891906136d4565b8760010160106101000a8154816001600160401b0302191690836001600160401b03160217905550816001600160401b03168d7f42a3011b315b6a6cfc3125246f713f4d6d73e5368019c4745f55d6eb3bbff13d86898f8f8f8f604051610dd4969594939291906136f3565b60405180910390a350505050505050505050505050565b60405163bf22c45760e01b8152600481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bf22c457906024015f60405180830381865afa158015610e4f573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610e7691908101906138a4565b9050610e8283826122d5565b8061024001513414610eb75761024081015160405163195a3ca160e01b815260048101919091523460248201526044016109e6565b80516001600160a01b0316331480610ee4575080602001516001600160a01b0316336001600160a01b0316145b80610f775750604051633603301b60e21b8152600481018490523360248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d80cc06c90604401602060405180830381865afa158015610f53573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f779190613aa0565b15610f9757604051637315f28760e01b81523360048201526024016109e6565b335f90815260066020908152604080832085845290915290208054600160401b90046001600160401b031615610fe35760405163e90f941560e01b8152600481018490526024016109e6565b5f610ff0610e1042613690565b82546001600160401b038781166001600160801b031992831617600160401b438316021767ffffffffffffffff60801b1916600160801b918416918202178555600185018054909216346001600160801b038116919091179092556040805192835260208301919091529192508591879133917f0e7d43a5816d99a5cc0f1e9d8e3ba491258e34e6466e025ca8d771e038dcf352910160405180910390a45050505050565b60405163bf22c45760e01b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bf22c457906024015f60405180830381865afa1580156110f9573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261112091908101906138a4565b80519091506001600160a01b0316331461114f5760405163245aecd360e01b81523360048201526024016109e6565b61115984826122d5565b5f84815260036020526040902060018101546001600160401b03161561119557604051636c46ee9360e11b8152600481018690526024016109e6565b8315806111ac5750610e10836001600160401b0316105b806111cd57508161014001516001600160401b0316836001600160401b0316115b156111fd57604051631048b96160e01b8152600481018590526001600160401b03841660248201526044016109e6565b83815560018101805467ffffffffffffffff19166001600160401b038516908117909155604080518681526020810192909252339187917fd1c8b2a16e2d920ae59b150132af607f6a44a7cc0500574af0ef16363afa448f910160405180910390a35050505050565b5f80611295338661127d60c0880160a08901613abf565b61128f61014089016101208a01613abf565b87610808565b335f9081526006602090815260408083208484528252808320815160808101835281546001600160401b038082168352600160401b82048116958301869052600160801b9091041692810192909252600101546001600160801b03166060820152929350900361131b57604051630fcffcff60e21b8152600481018390526024016109e6565b80602001516001600160401b0316431161135957602081015160405163ee66961960e01b81526001600160401b0390911660048201526024016109e6565b80604001516001600160401b03164211156113985760408082015190516349d61db560e01b81526001600160401b0390911660048201526024016109e6565b60405163bf22c45760e01b8152600481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bf22c457906024015f60405180830381865afa1580156113fc573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261142391908101906138a4565b905060048160400151600681111561143d5761143d613284565b036114fd57335f818152600660209081526040808320878452825280832080546001600160c01b031916815560010180546001600160801b031916905560608601519383526002909152812080546001600160801b03909316929091906114a5908490613690565b909155505060608201516040516001600160801b0390911681528390889033907f7a4032c0d8f0c5302376e1fa6528284f2671ea1eff7eeb3b55e8bf550d158c8c9060200160405180910390a45f9350505050610801565b61150787826122d5565b6115118787612313565b5f6115388861152660c08a0160a08b01613abf565b6102576101408b016101208c01613abf565b5f81815260076020526040902054909150801561156b57604051632e32282b60e01b8152600481018290526024016109e6565b5f8281526008602052604081205460ff169081600381111561158f5761158f613284565b146115af5780604051630188c8e360e21b81526004016109e69190613ada565b335f908152600660209081526040808320898452909152812080546001600160c01b031916815560010180546001600160801b03191690556101608501516115f790426136d4565b5f805460019081018083558e83526003602090815260408085208401805463ffffffff600160c01b80830482169097011690950263ffffffff60c01b19909516949094179093558884526007815292829020819055815161014081019092526001600160401b038f1682529a50919250810161167960c08d0160a08e01613abf565b6001600160401b031681526020016116996101408d016101208e01613abf565b6001600160401b03908116825283166020820152336040820152606001600181526020015f81525f602080830182905260c08e013560408085019190915260608b8101516001600160801b03908116958201959095528d84526005835292819020855181549387015192870151948701516001600160401b03908116600160c01b026001600160c01b03968216600160801b0296909616938116600160401b026001600160801b0319909516911617929092179093169290921717815560808201516001820180546001600160a01b039092166001600160a01b031983168117825560a0850151926001600160a81b03191617600160a01b8360038111156117a3576117a3613284565b021790555060c082015160018201805460ff60a81b1916600160a81b8360038111156117d1576117d1613284565b021790555060e08201518160010160166101000a81548161ffff021916908361ffff16021790555061010082015181600201556101208201518160030155905050336001600160a01b0316888c7f1c22e68e5d5d40ec3a037a9f200aec01a108a95e435e8cd03022c4db5c42a6b78d60a00160208101906118529190613abf565b8e6101200160208101906118669190613abf565b8f60c00135876040516118a294939291906001600160401b03948516815292841660208401526040830191909152909116606082015260800190565b60405180910390a4505050505050509392505050565b61190d60408051610140810182525f8082526020820181905291810182905260608101829052608081018290529060a082019081526020015f81526020015f61ffff1681526020015f81526020015f81525090565b5f8281526005602090815260409182902082516101408101845281546001600160401b038082168352600160401b8204811694830194909452600160801b8104841694820194909452600160c01b909304909116606083015260018101546001600160a01b038116608084015260a0830190600160a01b900460ff16600381111561199a5761199a613284565b60038111156119ab576119ab613284565b81526020016001820160159054906101000a900460ff1660038111156119d3576119d3613284565b60038111156119e4576119e4613284565b81526001820154600160b01b900461ffff1660208201526002820154604082015260039091015460609091015292915050565b5f611a2185612685565b8054909150600160c01b90046001600160401b0316421115611a6a57805460405163bfb22adf60e01b8152600160c01b9091046001600160401b031660048201526024016109e6565b805460405163bf22c45760e01b81526001600160401b0390911660048201819052905f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bf22c457906024015f60405180830381865afa158015611adc573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611b0391908101906138a4565b9050611b0f82826122d5565b5f611b1d6020880188613aed565b9050600160ff82161080611b345750600360ff8216115b15611b5757604051634262666360e01b815260ff821660048201526024016109e6565b60ff81166001148015611b7257508660600135876040013511155b80611b92575060ff81166002148015611b92575086606001358760400135115b15611bc95760408051634664765b60e11b815260ff83166004820152908801356024820152606088013560448201526064016109e6565b6040516330bf6fe160e01b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906330bf6fe1906024015f60405180830381865afa158015611c2d573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611c549190810190613b08565b90505f611c7282856102c00151611c6b8d8d611eda565b8b8b61272d565b9050611c868a87866020015185858e6128d6565b50505050505050505050565b5f611c9c82612685565b805460405163bf22c45760e01b81526001600160401b03909116600482018190529192505f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bf22c457906024015f60405180830381865afa158015611d10573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611d3791908101906138a4565b6040015190506003816006811115611d5157611d51613284565b148015611d6f57508254600160c01b90046001600160401b03164211155b15611d905760405163ca76dc0d60e01b8152600481018590526024016109e6565b60018301805460ff60a01b1916600360a01b17905582546007905f90611dd19085906001600160401b03600160401b8204811691600160801b9004166107b8565b815260208082019290925260409081015f9081208190558481526003808452828220600190810180545f1963ffffffff600160c01b808404821692909201160263ffffffff60c01b1990911617905590870154908701546001600160a01b0316825260029093529081208054909190611e4b908490613690565b9091555050604051849083907fb64afa2210ac3ed3cb7708dfaa4fb0340eadedc4748bf8a5763cccd314bfcfc1905f90a360018301546003840154604080519182525f6020830181905282820152516001600160a01b0390921691869185917f86fdfb043a60ee8a875d22ca2067632ac0f70e63d60bbcf4ae867ef5bcffb7739181900360600190a450505050565b5f828152600560209081526040808320805460028201546001600160401b03808316808852600387528588205486517f0f15effa657e2affb928cbb27d729ae06bf61113561fb48514c5839ea64cfa31988101989098529587015260608601899052600160401b83048116608087015260a0860191909152600160801b9091041660c084015260e08301919091529082906101000160408051601f19818403018152919052905061201b81611f926020870187613aed565b611fa26040880160208901613abf565b6040805160ff90931660208401526001600160401b039091168282015287013560608281019190915287013560808281019190915287013560a082015260c00160408051601f19818403018152908290526120009291602001613bc6565b60405160208183030381529060405280519060200120612c77565b95945050505050565b60405163bf22c45760e01b8152600481018390525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bf22c457906024015f60405180830381865afa15801561208a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526120b191908101906138a4565b905080602001516001600160a01b0316336001600160a01b0316146120eb57604051631bd2224f60e01b81523360048201526024016109e6565b6120f584826122d5565b60018301546001600160401b03165f81900361212757604051632fcf5dfb60e11b8152600481018690526024016109e6565b61213181426136d4565b9250816101a001516001600160401b03168261016001516001600160401b0316846001600160401b03166121659190613690565b1115612196576101a0820151604051630897550f60e31b81526001600160401b0390911660048201526024016109e6565b505092915050565b5f8381816001600160401b038111156121b9576121b961378f565b6040519080825280602002602001820160405280156121e2578160200160208202803683370190505b5090505f5b828110156122c0575f86868381811061220257612202613be2565b90506020020160208101906122179190613abf565b90506001600160401b038116158061223c5750640100000000816001600160401b0316115b1561226c576040516301afecdd60e41b8152600481018390526001600160401b03821660248201526044016109e6565b61229a89898481811061228157612281613be2565b90506020020135825f91825260c01b6020526028902090565b8383815181106122ac576122ac613be2565b6020908102919091010152506001016121e7565b506122ca81612ca5565b979650505050505050565b6003816040015160068111156122ed576122ed613284565b14610bc957818160400151604051637f59621760e01b81526004016109e6929190613bf6565b5f82815260036020908152604090912060018101549091600160801b9091046001600160401b03169061234890840184613abf565b6001600160401b031610612388576123636020830183613abf565b60405163858ad6e960e01b81526001600160401b0390911660048201526024016109e6565b5f602083013561239e6060850160408601613abf565b6123ae6080860160608701613abf565b6123be60a0870160808801613abf565b6040516020016123d194939291906136a3565b60408051601f1981840301815291815281516020928301205f87815260048452918220909350839290919061240890870187613abf565b6001600160401b031681526020019081526020015f20541461243d5760405163c684117960e01b815260040160405180910390fd5b61244d60a0840160808501613abf565b6001600160401b03164211156124925761246d60a0840160808501613abf565b604051630e10189960e31b81526001600160401b0390911660048201526024016109e6565b6124a26060840160408501613abf565b6001600160401b03166124bb60c0850160a08601613abf565b6001600160401b0316108061251a57506124db6080840160608501613abf565b6001600160401b03166124f46060850160408601613abf565b61250460c0860160a08701613abf565b61250e9190613c0d565b6001600160401b031610155b156125545761252f60c0840160a08501613abf565b6040516329423f8760e21b81526001600160401b0390911660048201526024016109e6565b5f61256e60c08501356106cc610100870160e08801613abf565b90506125d860208501356125886080870160608801613abf565b6001600160401b03166125a16060880160408901613abf565b6125b160c0890160a08a01613abf565b6125bb9190613c0d565b6001600160401b0316846125d36101008a018a613c2c565b612ee2565b6125f5576040516309bde33960e01b815260040160405180910390fd5b612606610100850160e08601613abf565b6001600160401b031661262161014086016101208701613abf565b6001600160401b03161061267e5761264161014085016101208601613abf565b612652610100860160e08701613abf565b6040516337b906e560e01b81526001600160401b039283166004820152911660248201526044016109e6565b5050505050565b5f818152600560205260408120906001820154600160a01b900460ff1660038111156126b3576126b3613284565b036126d457604051638f09a29b60e01b8152600481018390526024016109e6565b600180820154600160a01b900460ff1660038111156126f5576126f5613284565b1461272857818160010160149054906101000a900460ff16604051630973ad7160e31b81526004016109e69291906132b5565b919050565b5f8160ff861681101561275f57604051633ce0c9e960e11b81526004810182905260ff871660248201526044016109e6565b865181111561278e578651604051633f8ea02560e01b81526109e6918391600401918252602082015260400190565b5f5f5b828110156128ca575f5f6127c8898989868181106127b1576127b1613be2565b90506020028101906127c39190613c71565b612fe5565b915091508060ff165f146127fb57604051635ce444f360e01b81526004810184905260ff821660248201526044016109e6565b836001600160a01b0316826001600160a01b0316116128305760405163ef5fac2160e01b8152600481018490526024016109e6565b5f5b8b518110801561286d5750826001600160a01b03168c828151811061285957612859613be2565b60200260200101516001600160a01b031614155b156128825761287b81613cb3565b9050612832565b8b5181036128b557604051636ceeb9e560e01b8152600481018590526001600160a01b03841660248201526044016109e6565b60019081901b96909617959193505001612791565b50505095945050505050565b84546001600160401b03165f6128ef6020840184613aed565b60018801805460ff60a01b1916600160a11b179055905060ff8116600381111561291b5761291b613284565b60018801805460ff60a81b1916600160a81b83600381111561293f5761293f613284565b021790555060018701805461ffff60b01b1916600160b01b61ffff87160217905586545f9061298a908490600160401b81046001600160401b0390811691600160801b9004166107b8565b5f81815260076020526040812055905060ff821660038111156129af576129af613284565b5f828152600860205260409020805460ff191660018360038111156129d6576129d6613284565b02179055505f8381526003602090815260409182902060010180545f1963ffffffff600160c01b808404821692909201160263ffffffff60c01b199091161790558a9185917f3ac4345c72adaec032667e63f378748f4e87db2f48b2ef1e07e537aa623b8cc1918691612a4d918a01908a01613abf565b6040805160ff90931683526001600160401b0390911660208301528089013590820152606080890135908201526080808901359082015261ffff891660a082015260c00160405180910390a3600388015460018901546001600160a01b031660011960ff851601612b71575f612adc8989612710612acd61138888613ccb565b612ad79190613ce2565b6130f3565b90505f612ae98285613d01565b6001600160a01b038c165f90815260026020526040812080549293508392909190612b15908490613690565b9091555050604080515f8152602081018390529081018390526001600160a01b038416908e9089907f86fdfb043a60ee8a875d22ca2067632ac0f70e63d60bbcf4ae867ef5bcffb7739060600160405180910390a45050612c6a565b6001600160a01b0381165f9081526002602052604081208054849290612b98908490613690565b9091555050604080518381525f602082018190528183015290516001600160a01b038316918d9188917f86fdfb043a60ee8a875d22ca2067632ac0f70e63d60bbcf4ae867ef5bcffb773919081900360600190a4604051633323363160e21b8152600481018690526001600160a01b0382811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063cc8cd8c4906044015f604051808303815f87803b158015612c53575f5ffd5b505af1158015612c65573d5f5f3e3d5ffd5b505050505b5050505050505050505050565b5f5f612c81610865565b60405161190160f01b81526002810191909152602281019390935250506042902090565b80515f90808203612cc957604051639136328760e01b815260040160405180910390fd5b5f6001612cd68382613690565b901c90505f816001600160401b03811115612cf357612cf361378f565b604051908082528060200260200182016040528015612d1c578160200160208202803683370190505b5090505f5b82811015612dec575f600182901b90505f612d6782898481518110612d4857612d48613be2565b60200260200101515f8260b81b5f528160095260295f20905092915050565b90505f86612d76846001613690565b10612d815781612dab565b612dab612d8f846001613690565b8a612d9b866001613690565b81518110612d4857612d48613be2565b9050612dc082825f9182526020526040902090565b858581518110612dd257612dd2613be2565b602002602001018181525050505050806001019050612d21565b505b6001821115612ebe575f6001612e048482613690565b901c90505f5b81811015612eb6575f600182901b90505f848281518110612e2d57612e2d613be2565b60200260200101519050612e8f8187846001612e499190613690565b10612e5d57825f9182526020526040902090565b86612e69856001613690565b81518110612e7957612e79613be2565b60200260200101515f9182526020526040902090565b858481518110612ea157612ea1613be2565b60209081029190910101525050600101612e0a565b509150612dee565b805f81518110612ed057612ed0613be2565b60200260200101519350505050919050565b5f851580612ef35750600160401b86115b80612efe5750858510155b15612f0a57505f612fdb565b612f13866131bf565b8214612f2057505f612fdb565b60b885901b5f908152600985905260298120905085875f5b85811015612fd3575f878783818110612f5357612f53613be2565b90506020020135905083600116600103612f7b575f8181526020869052604090209450612fb6565b612f86600184613d01565b84148015612f945750848114155b15612fa6575f95505050505050612fdb565b5f85815260208290526040902094505b600193841c93612fc68482613690565b901c925050600101612f38565b505050871490505b9695505050505050565b5f8060418314612ffa57505f905060016107b0565b8335602085013560408601355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082111561303f575f6002945094505050506107b0565b8060ff16601b1415801561305757508060ff16601c14155b1561306b575f6003945094505050506107b0565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156130bb573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b0385166130e5575f6004945094505050506107b0565b505f92505050935093915050565b5f5f5f5b8551811015613123576001811b851661ffff161561311b5761311882613cb3565b91505b6001016130f7565b50805f03613134575f915050610801565b5f61313f8285613ce2565b90505f5b86518110156131b4576001811b861661ffff16156131ac578160025f89848151811061317157613171613be2565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f8282546131a69190613690565b90915550505b600101613143565b50612fdb8282613ccb565b5f600282116131e05781156131d55760016131d7565b5f5b60ff1692915050565b5f6131ec600184613d01565b90505b80156132085760011c61320182613cb3565b91506131ef565b50919050565b5f5f6040838503121561321f575f5ffd5b50508035926020909101359150565b6001600160401b0381168114613242575f5ffd5b50565b5f5f5f60608486031215613257575f5ffd5b8335925060208401356132698161322e565b915060408401356132798161322e565b809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b6004811061324257613242613284565b6132b181613298565b9052565b828152604081016132c583613298565b8260208301529392505050565b6001600160a01b0381168114613242575f5ffd5b5f5f5f5f5f60a086880312156132fa575f5ffd5b8535613305816132d2565b945060208601359350604086013561331c8161322e565b9250606086013561332c8161322e565b949793965091946080013592915050565b5f5f6040838503121561334e575f5ffd5b8235613359816132d2565b946020939093013593505050565b5f5f83601f840112613377575f5ffd5b5081356001600160401b0381111561338d575f5ffd5b6020830191508360208260051b85010111156133a7575f5ffd5b9250929050565b5f5f5f5f5f5f608087890312156133c3575f5ffd5b8635955060208701356133d58161322e565b945060408701356001600160401b038111156133ef575f5ffd5b6133fb89828a01613367565b90955093505060608701356001600160401b03811115613419575f5ffd5b61342589828a01613367565b979a9699509497509295939492505050565b5f5f5f60608486031215613449575f5ffd5b833592506020840135915060408401356132798161322e565b5f5f5f60608486031215613474575f5ffd5b8335925060208401356001600160401b03811115613490575f5ffd5b840161014081870312156134a2575f5ffd5b929592945050506040919091013590565b5f602082840312156134c3575f5ffd5b5035919050565b81516001600160401b03168152610140810160208301516134f660208401826001600160401b03169052565b50604083015161351160408401826001600160401b03169052565b50606083015161352c60608401826001600160401b03169052565b50608083015161354760808401826001600160a01b03169052565b5060a083015161355a60a08401826132a8565b5060c083015161356d60c08401826132a8565b5060e083015161358360e084018261ffff169052565b5061010083015161010083015261012083015161012083015292915050565b5f60a08284031215613208575f5ffd5b5f5f5f5f60e085870312156135c5575f5ffd5b843593506135d686602087016135a2565b925060c08501356001600160401b038111156135f0575f5ffd5b6135fc87828801613367565b95989497509550505050565b5f5f60408385031215613619575f5ffd5b82359150602083013561362b8161322e565b809150509250929050565b5f5f60c08385031215613647575f5ffd5b8235915061365884602085016135a2565b90509250929050565b5f60208284031215613671575f5ffd5b8135610801816132d2565b634e487b7160e01b5f52601160045260245ffd5b808201808211156107785761077861367c565b9384526001600160c01b031960c093841b8116602086015291831b8216602885015290911b16603082015260380190565b6001600160401b0381811683821601908111156107785761077861367c565b6001600160401b0387811682528616602082015260806040820181905281018490525f6001600160fb1b03851115613729575f5ffd5b8460051b808760a0850137820182810360a09081016060850152810184905284905f9060c0015b858210156137815782356137638161322e565b6001600160401b031681526020928301926001929092019101613750565b9a9950505050505050505050565b634e487b7160e01b5f52604160045260245ffd5b60405161034081016001600160401b03811182821017156137c6576137c661378f565b60405290565b604051601f8201601f191681016001600160401b03811182821017156137f4576137f461378f565b604052919050565b8051612728816132d2565b805160078110612728575f5ffd5b80516127288161322e565b60ff81168114613242575f5ffd5b805161272881613820565b5f82601f830112613848575f5ffd5b81516001600160401b038111156138615761386161378f565b613874601f8201601f19166020016137cc565b818152846020838601011115613888575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156138b4575f5ffd5b81516001600160401b038111156138c9575f5ffd5b820161034081850312156138db575f5ffd5b6138e36137a3565b6138ec826137fc565b81526138fa602083016137fc565b602082015261390b60408301613807565b60408201526060828101519082015261392660808301613815565b608082015261393760a08301613815565b60a082015261394860c08301613815565b60c082015260e082810151908201526139646101008301613815565b6101008201526139776101208301613815565b61012082015261398a6101408301613815565b61014082015261399d6101608301613815565b6101608201526139b06101808301613815565b6101808201526139c36101a08301613815565b6101a08201526101c082810151908201526101e08083015190820152610200808301519082015261022080830151908201526102408083015190820152613a0d6102608301613815565b610260820152613a206102808301613815565b610280820152613a336102a08301613815565b6102a0820152613a466102c0830161382e565b6102c0820152613a596102e0830161382e565b6102e08201526103008201516001600160401b03811115613a78575f5ffd5b613a8486828501613839565b6103008301525061032091820151918101919091529392505050565b5f60208284031215613ab0575f5ffd5b81518015158114610801575f5ffd5b5f60208284031215613acf575f5ffd5b81356108018161322e565b60208101613ae783613298565b91905290565b5f60208284031215613afd575f5ffd5b813561080181613820565b5f60208284031215613b18575f5ffd5b81516001600160401b03811115613b2d575f5ffd5b8201601f81018413613b3d575f5ffd5b80516001600160401b03811115613b5657613b5661378f565b8060051b613b66602082016137cc565b91825260208184018101929081019087841115613b81575f5ffd5b6020850194505b838510156122ca5784519250613b9d836132d2565b82825260209485019490910190613b88565b5f81518060208401855e5f93019283525090919050565b5f613bda613bd48386613baf565b84613baf565b949350505050565b634e487b7160e01b5f52603260045260245ffd5b82815260408101600783106132c5576132c5613284565b6001600160401b0382811682821603908111156107785761077861367c565b5f5f8335601e19843603018112613c41575f5ffd5b8301803591506001600160401b03821115613c5a575f5ffd5b6020019150600581901b36038213156133a7575f5ffd5b5f5f8335601e19843603018112613c86575f5ffd5b8301803591506001600160401b03821115613c9f575f5ffd5b6020019150368190038213156133a7575f5ffd5b5f60018201613cc457613cc461367c565b5060010190565b80820281158282048414176107785761077861367c565b5f82613cfc57634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156107785761077861367c56fea2646970667358221220c027a355d304359933a6bd03956d2700a2d6abea26044f000b050ee4f206402964736f6c634300081e0033",
}

// OvigInference is an auto generated Go binding around an Ethereum contract.
type OvigInference struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OvigInference) GetABI() abi.ABI {
	return c.abi
}

// NewOvigInference creates a new instance of OvigInference.
func NewOvigInference() *OvigInference {
	parsed, err := OvigInferenceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OvigInference{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OvigInference) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (ovigInference *OvigInference) PackConstructor(registry_ common.Address) []byte {
	enc, err := ovigInference.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackARBITERSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5210e265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ARBITER_SHARE_BPS() view returns(uint256)
func (ovigInference *OvigInference) PackARBITERSHAREBPS() []byte {
	enc, err := ovigInference.abi.Pack("ARBITER_SHARE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackARBITERSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5210e265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ARBITER_SHARE_BPS() view returns(uint256)
func (ovigInference *OvigInference) TryPackARBITERSHAREBPS() ([]byte, error) {
	return ovigInference.abi.Pack("ARBITER_SHARE_BPS")
}

// UnpackARBITERSHAREBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5210e265.
//
// Solidity: function ARBITER_SHARE_BPS() view returns(uint256)
func (ovigInference *OvigInference) UnpackARBITERSHAREBPS(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("ARBITER_SHARE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (ovigInference *OvigInference) PackBPS() []byte {
	enc, err := ovigInference.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (ovigInference *OvigInference) TryPackBPS() ([]byte, error) {
	return ovigInference.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (ovigInference *OvigInference) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (ovigInference *OvigInference) PackDOMAINSEPARATOR() []byte {
	enc, err := ovigInference.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (ovigInference *OvigInference) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return ovigInference.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (ovigInference *OvigInference) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := ovigInference.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (ovigInference *OvigInference) PackMAXBATCH() []byte {
	enc, err := ovigInference.abi.Pack("MAX_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (ovigInference *OvigInference) TryPackMAXBATCH() ([]byte, error) {
	return ovigInference.abi.Pack("MAX_BATCH")
}

// UnpackMAXBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x950bff9f.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (ovigInference *OvigInference) UnpackMAXBATCH(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("MAX_BATCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRECORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3814be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RECORDS() view returns(uint256)
func (ovigInference *OvigInference) PackMAXRECORDS() []byte {
	enc, err := ovigInference.abi.Pack("MAX_RECORDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRECORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3814be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RECORDS() view returns(uint256)
func (ovigInference *OvigInference) TryPackMAXRECORDS() ([]byte, error) {
	return ovigInference.abi.Pack("MAX_RECORDS")
}

// UnpackMAXRECORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3814be9.
//
// Solidity: function MAX_RECORDS() view returns(uint256)
func (ovigInference *OvigInference) UnpackMAXRECORDS(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("MAX_RECORDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINRECORDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe29fffe1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_RECORD_WINDOW() view returns(uint256)
func (ovigInference *OvigInference) PackMINRECORDWINDOW() []byte {
	enc, err := ovigInference.abi.Pack("MIN_RECORD_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINRECORDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe29fffe1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_RECORD_WINDOW() view returns(uint256)
func (ovigInference *OvigInference) TryPackMINRECORDWINDOW() ([]byte, error) {
	return ovigInference.abi.Pack("MIN_RECORD_WINDOW")
}

// UnpackMINRECORDWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe29fffe1.
//
// Solidity: function MIN_RECORD_WINDOW() view returns(uint256)
func (ovigInference *OvigInference) UnpackMINRECORDWINDOW(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("MIN_RECORD_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e931cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_WINDOW() view returns(uint256)
func (ovigInference *OvigInference) PackREVEALWINDOW() []byte {
	enc, err := ovigInference.abi.Pack("REVEAL_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e931cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_WINDOW() view returns(uint256)
func (ovigInference *OvigInference) TryPackREVEALWINDOW() ([]byte, error) {
	return ovigInference.abi.Pack("REVEAL_WINDOW")
}

// UnpackREVEALWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17e931cf.
//
// Solidity: function REVEAL_WINDOW() view returns(uint256)
func (ovigInference *OvigInference) UnpackREVEALWINDOW(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("REVEAL_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVERDICTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75cb5f3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERDICT_TYPEHASH() view returns(bytes32)
func (ovigInference *OvigInference) PackVERDICTTYPEHASH() []byte {
	enc, err := ovigInference.abi.Pack("VERDICT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERDICTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75cb5f3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERDICT_TYPEHASH() view returns(bytes32)
func (ovigInference *OvigInference) TryPackVERDICTTYPEHASH() ([]byte, error) {
	return ovigInference.abi.Pack("VERDICT_TYPEHASH")
}

// UnpackVERDICTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75cb5f3d.
//
// Solidity: function VERDICT_TYPEHASH() view returns(bytes32)
func (ovigInference *OvigInference) UnpackVERDICTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ovigInference.abi.Unpack("VERDICT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce5db98b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchLeaf(bytes32 batchRoot, uint64 recordCount) pure returns(bytes32 h)
func (ovigInference *OvigInference) PackBatchLeaf(batchRoot [32]byte, recordCount uint64) []byte {
	enc, err := ovigInference.abi.Pack("batchLeaf", batchRoot, recordCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce5db98b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchLeaf(bytes32 batchRoot, uint64 recordCount) pure returns(bytes32 h)
func (ovigInference *OvigInference) TryPackBatchLeaf(batchRoot [32]byte, recordCount uint64) ([]byte, error) {
	return ovigInference.abi.Pack("batchLeaf", batchRoot, recordCount)
}

// UnpackBatchLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce5db98b.
//
// Solidity: function batchLeaf(bytes32 batchRoot, uint64 recordCount) pure returns(bytes32 h)
func (ovigInference *OvigInference) UnpackBatchLeaf(data []byte) ([32]byte, error) {
	out, err := ovigInference.abi.Unpack("batchLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7932a15a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 jobId, (uint64,bytes32,uint64,uint64,uint64,uint64,bytes32,uint64,bytes32[],uint64) o, bytes32 salt) returns(uint256 disputeId)
func (ovigInference *OvigInference) PackChallenge(jobId *big.Int, o RecordOpening, salt [32]byte) []byte {
	enc, err := ovigInference.abi.Pack("challenge", jobId, o, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7932a15a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 jobId, (uint64,bytes32,uint64,uint64,uint64,uint64,bytes32,uint64,bytes32[],uint64) o, bytes32 salt) returns(uint256 disputeId)
func (ovigInference *OvigInference) TryPackChallenge(jobId *big.Int, o RecordOpening, salt [32]byte) ([]byte, error) {
	return ovigInference.abi.Pack("challenge", jobId, o, salt)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7932a15a.
//
// Solidity: function challenge(uint256 jobId, (uint64,bytes32,uint64,uint64,uint64,uint64,bytes32,uint64,bytes32[],uint64) o, bytes32 salt) returns(uint256 disputeId)
func (ovigInference *OvigInference) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c574f99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCommitment(address challenger, uint256 jobId, uint64 batch, uint64 record, bytes32 salt) pure returns(bytes32)
func (ovigInference *OvigInference) PackChallengeCommitment(challenger common.Address, jobId *big.Int, batch uint64, record uint64, salt [32]byte) []byte {
	enc, err := ovigInference.abi.Pack("challengeCommitment", challenger, jobId, batch, record, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c574f99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCommitment(address challenger, uint256 jobId, uint64 batch, uint64 record, bytes32 salt) pure returns(bytes32)
func (ovigInference *OvigInference) TryPackChallengeCommitment(challenger common.Address, jobId *big.Int, batch uint64, record uint64, salt [32]byte) ([]byte, error) {
	return ovigInference.abi.Pack("challengeCommitment", challenger, jobId, batch, record, salt)
}

// UnpackChallengeCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c574f99.
//
// Solidity: function challengeCommitment(address challenger, uint256 jobId, uint64 batch, uint64 record, bytes32 salt) pure returns(bytes32)
func (ovigInference *OvigInference) UnpackChallengeCommitment(data []byte) ([32]byte, error) {
	out, err := ovigInference.abi.Unpack("challengeCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eac6766.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBatches(uint256 jobId, uint64 firstBatch, bytes32[] roots, uint64[] counts) returns()
func (ovigInference *OvigInference) PackCommitBatches(jobId *big.Int, firstBatch uint64, roots [][32]byte, counts []uint64) []byte {
	enc, err := ovigInference.abi.Pack("commitBatches", jobId, firstBatch, roots, counts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eac6766.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBatches(uint256 jobId, uint64 firstBatch, bytes32[] roots, uint64[] counts) returns()
func (ovigInference *OvigInference) TryPackCommitBatches(jobId *big.Int, firstBatch uint64, roots [][32]byte, counts []uint64) ([]byte, error) {
	return ovigInference.abi.Pack("commitBatches", jobId, firstBatch, roots, counts)
}

// PackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51652084.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitChallenge(uint256 jobId, bytes32 commitment) payable returns()
func (ovigInference *OvigInference) PackCommitChallenge(jobId *big.Int, commitment [32]byte) []byte {
	enc, err := ovigInference.abi.Pack("commitChallenge", jobId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51652084.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitChallenge(uint256 jobId, bytes32 commitment) payable returns()
func (ovigInference *OvigInference) TryPackCommitChallenge(jobId *big.Int, commitment [32]byte) ([]byte, error) {
	return ovigInference.abi.Pack("commitChallenge", jobId, commitment)
}

// PackCommitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fa872e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitOf(uint256 jobId, uint256 commitIndex) view returns(bytes32)
func (ovigInference *OvigInference) PackCommitOf(jobId *big.Int, commitIndex *big.Int) []byte {
	enc, err := ovigInference.abi.Pack("commitOf", jobId, commitIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fa872e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitOf(uint256 jobId, uint256 commitIndex) view returns(bytes32)
func (ovigInference *OvigInference) TryPackCommitOf(jobId *big.Int, commitIndex *big.Int) ([]byte, error) {
	return ovigInference.abi.Pack("commitOf", jobId, commitIndex)
}

// UnpackCommitOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fa872e5.
//
// Solidity: function commitOf(uint256 jobId, uint256 commitIndex) view returns(bytes32)
func (ovigInference *OvigInference) UnpackCommitOf(data []byte) ([32]byte, error) {
	out, err := ovigInference.abi.Unpack("commitOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1592b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(address challenger, bytes32 commitment) view returns((uint64,uint64,uint64,uint128))
func (ovigInference *OvigInference) PackCommitments(challenger common.Address, commitment [32]byte) []byte {
	enc, err := ovigInference.abi.Pack("commitments", challenger, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1592b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(address challenger, bytes32 commitment) view returns((uint64,uint64,uint64,uint128))
func (ovigInference *OvigInference) TryPackCommitments(challenger common.Address, commitment [32]byte) ([]byte, error) {
	return ovigInference.abi.Pack("commitments", challenger, commitment)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b1592b5.
//
// Solidity: function commitments(address challenger, bytes32 commitment) view returns((uint64,uint64,uint64,uint128))
func (ovigInference *OvigInference) UnpackCommitments(data []byte) (OvigInferenceCommitment, error) {
	out, err := ovigInference.abi.Unpack("commitments", data)
	if err != nil {
		return *new(OvigInferenceCommitment), err
	}
	out0 := *abi.ConvertType(out[0], new(OvigInferenceCommitment)).(*OvigInferenceCommitment)
	return out0, nil
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address account) view returns(uint256 amount)
func (ovigInference *OvigInference) PackCredits(account common.Address) []byte {
	enc, err := ovigInference.abi.Pack("credits", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address account) view returns(uint256 amount)
func (ovigInference *OvigInference) TryPackCredits(account common.Address) ([]byte, error) {
	return ovigInference.abi.Pack("credits", account)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5ff468.
//
// Solidity: function credits(address account) view returns(uint256 amount)
func (ovigInference *OvigInference) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployBlock() view returns(uint256)
func (ovigInference *OvigInference) PackDeployBlock() []byte {
	enc, err := ovigInference.abi.Pack("deployBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployBlock() view returns(uint256)
func (ovigInference *OvigInference) TryPackDeployBlock() ([]byte, error) {
	return ovigInference.abi.Pack("deployBlock")
}

// UnpackDeployBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint256)
func (ovigInference *OvigInference) UnpackDeployBlock(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("deployBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 disputeId) view returns((uint64,uint64,uint64,uint64,address,uint8,uint8,uint16,bytes32,uint256))
func (ovigInference *OvigInference) PackDispute(disputeId *big.Int) []byte {
	enc, err := ovigInference.abi.Pack("dispute", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 disputeId) view returns((uint64,uint64,uint64,uint64,address,uint8,uint8,uint16,bytes32,uint256))
func (ovigInference *OvigInference) TryPackDispute(disputeId *big.Int) ([]byte, error) {
	return ovigInference.abi.Pack("dispute", disputeId)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d6282c.
//
// Solidity: function dispute(uint256 disputeId) view returns((uint64,uint64,uint64,uint64,address,uint8,uint8,uint16,bytes32,uint256))
func (ovigInference *OvigInference) UnpackDispute(data []byte) (InferenceDispute, error) {
	out, err := ovigInference.abi.Unpack("dispute", data)
	if err != nil {
		return *new(InferenceDispute), err
	}
	out0 := *abi.ConvertType(out[0], new(InferenceDispute)).(*InferenceDispute)
	return out0, nil
}

// PackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeCount() view returns(uint256)
func (ovigInference *OvigInference) PackDisputeCount() []byte {
	enc, err := ovigInference.abi.Pack("disputeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeCount() view returns(uint256)
func (ovigInference *OvigInference) TryPackDisputeCount() ([]byte, error) {
	return ovigInference.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (ovigInference *OvigInference) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForfeit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bcc1d63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeit(address challenger, bytes32 commitment) returns()
func (ovigInference *OvigInference) PackForfeit(challenger common.Address, commitment [32]byte) []byte {
	enc, err := ovigInference.abi.Pack("forfeit", challenger, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForfeit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bcc1d63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forfeit(address challenger, bytes32 commitment) returns()
func (ovigInference *OvigInference) TryPackForfeit(challenger common.Address, commitment [32]byte) ([]byte, error) {
	return ovigInference.abi.Pack("forfeit", challenger, commitment)
}

// PackForfeited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67a34844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeited() view returns(uint256)
func (ovigInference *OvigInference) PackForfeited() []byte {
	enc, err := ovigInference.abi.Pack("forfeited")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForfeited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67a34844.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forfeited() view returns(uint256)
func (ovigInference *OvigInference) TryPackForfeited() ([]byte, error) {
	return ovigInference.abi.Pack("forfeited")
}

// UnpackForfeited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67a34844.
//
// Solidity: function forfeited() view returns(uint256)
func (ovigInference *OvigInference) UnpackForfeited(data []byte) (*big.Int, error) {
	out, err := ovigInference.abi.Unpack("forfeited", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLapse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd91d923.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lapse(uint256 disputeId) returns()
func (ovigInference *OvigInference) PackLapse(disputeId *big.Int) []byte {
	enc, err := ovigInference.abi.Pack("lapse", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLapse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd91d923.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lapse(uint256 disputeId) returns()
func (ovigInference *OvigInference) TryPackLapse(disputeId *big.Int) ([]byte, error) {
	return ovigInference.abi.Pack("lapse", disputeId)
}

// PackOpenServing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x662513d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openServing(uint256 jobId, bytes32 boundHash, uint64 recordWindow) returns()
func (ovigInference *OvigInference) PackOpenServing(jobId *big.Int, boundHash [32]byte, recordWindow uint64) []byte {
	enc, err := ovigInference.abi.Pack("openServing", jobId, boundHash, recordWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenServing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x662513d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openServing(uint256 jobId, bytes32 boundHash, uint64 recordWindow) returns()
func (ovigInference *OvigInference) TryPackOpenServing(jobId *big.Int, boundHash [32]byte, recordWindow uint64) ([]byte, error) {
	return ovigInference.abi.Pack("openServing", jobId, boundHash, recordWindow)
}

// PackRecordKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21a235c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordKey(uint256 jobId, uint64 batch, uint64 record) pure returns(bytes32)
func (ovigInference *OvigInference) PackRecordKey(jobId *big.Int, batch uint64, record uint64) []byte {
	enc, err := ovigInference.abi.Pack("recordKey", jobId, batch, record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21a235c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordKey(uint256 jobId, uint64 batch, uint64 record) pure returns(bytes32)
func (ovigInference *OvigInference) TryPackRecordKey(jobId *big.Int, batch uint64, record uint64) ([]byte, error) {
	return ovigInference.abi.Pack("recordKey", jobId, batch, record)
}

// UnpackRecordKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21a235c7.
//
// Solidity: function recordKey(uint256 jobId, uint64 batch, uint64 record) pure returns(bytes32)
func (ovigInference *OvigInference) UnpackRecordKey(data []byte) ([32]byte, error) {
	out, err := ovigInference.abi.Unpack("recordKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x185318c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordState(uint256 jobId, uint64 batch, uint64 record) view returns(uint256 disputeId, uint8 outcome)
func (ovigInference *OvigInference) PackRecordState(jobId *big.Int, batch uint64, record uint64) []byte {
	enc, err := ovigInference.abi.Pack("recordState", jobId, batch, record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x185318c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordState(uint256 jobId, uint64 batch, uint64 record) view returns(uint256 disputeId, uint8 outcome)
func (ovigInference *OvigInference) TryPackRecordState(jobId *big.Int, batch uint64, record uint64) ([]byte, error) {
	return ovigInference.abi.Pack("recordState", jobId, batch, record)
}

// RecordStateOutput serves as a container for the return parameters of contract
// method RecordState.
type RecordStateOutput struct {
	DisputeId *big.Int
	Outcome   uint8
}

// UnpackRecordState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x185318c0.
//
// Solidity: function recordState(uint256 jobId, uint64 batch, uint64 record) view returns(uint256 disputeId, uint8 outcome)
func (ovigInference *OvigInference) UnpackRecordState(data []byte) (RecordStateOutput, error) {
	out, err := ovigInference.abi.Unpack("recordState", data)
	outstruct := new(RecordStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.DisputeId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Outcome = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (ovigInference *OvigInference) PackRegistry() []byte {
	enc, err := ovigInference.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (ovigInference *OvigInference) TryPackRegistry() ([]byte, error) {
	return ovigInference.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (ovigInference *OvigInference) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := ovigInference.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3837d1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 disputeId, (uint8,uint64,uint256,uint256,bytes32) w, bytes[] signatures) returns()
func (ovigInference *OvigInference) PackResolve(disputeId *big.Int, w InferenceVerdict, signatures [][]byte) []byte {
	enc, err := ovigInference.abi.Pack("resolve", disputeId, w, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3837d1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 disputeId, (uint8,uint64,uint256,uint256,bytes32) w, bytes[] signatures) returns()
func (ovigInference *OvigInference) TryPackResolve(disputeId *big.Int, w InferenceVerdict, signatures [][]byte) ([]byte, error) {
	return ovigInference.abi.Pack("resolve", disputeId, w, signatures)
}

// PackTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0aa0e8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function terms(uint256 jobId) view returns((bytes32,uint64,uint64,uint64,uint32))
func (ovigInference *OvigInference) PackTerms(jobId *big.Int) []byte {
	enc, err := ovigInference.abi.Pack("terms", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0aa0e8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function terms(uint256 jobId) view returns((bytes32,uint64,uint64,uint64,uint32))
func (ovigInference *OvigInference) TryPackTerms(jobId *big.Int) ([]byte, error) {
	return ovigInference.abi.Pack("terms", jobId)
}

// UnpackTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0aa0e8a.
//
// Solidity: function terms(uint256 jobId) view returns((bytes32,uint64,uint64,uint64,uint32))
func (ovigInference *OvigInference) UnpackTerms(data []byte) (ServingTerms, error) {
	out, err := ovigInference.abi.Unpack("terms", data)
	if err != nil {
		return *new(ServingTerms), err
	}
	out0 := *abi.ConvertType(out[0], new(ServingTerms)).(*ServingTerms)
	return out0, nil
}

// PackVerdictDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7953cc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verdictDigest(uint256 disputeId, (uint8,uint64,uint256,uint256,bytes32) w) view returns(bytes32)
func (ovigInference *OvigInference) PackVerdictDigest(disputeId *big.Int, w InferenceVerdict) []byte {
	enc, err := ovigInference.abi.Pack("verdictDigest", disputeId, w)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdictDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7953cc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdictDigest(uint256 disputeId, (uint8,uint64,uint256,uint256,bytes32) w) view returns(bytes32)
func (ovigInference *OvigInference) TryPackVerdictDigest(disputeId *big.Int, w InferenceVerdict) ([]byte, error) {
	return ovigInference.abi.Pack("verdictDigest", disputeId, w)
}

// UnpackVerdictDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7953cc7.
//
// Solidity: function verdictDigest(uint256 disputeId, (uint8,uint64,uint256,uint256,bytes32) w) view returns(bytes32)
func (ovigInference *OvigInference) UnpackVerdictDigest(data []byte) ([32]byte, error) {
	out, err := ovigInference.abi.Unpack("verdictDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (ovigInference *OvigInference) PackWithdraw() []byte {
	enc, err := ovigInference.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (ovigInference *OvigInference) TryPackWithdraw() ([]byte, error) {
	return ovigInference.abi.Pack("withdraw")
}

// OvigInferenceBatchesCommitted represents a BatchesCommitted event raised by the OvigInference contract.
type OvigInferenceBatchesCommitted struct {
	JobId       *big.Int
	CommitIndex *big.Int
	FirstBatch  uint64
	ChallengeBy uint64
	Roots       [][32]byte
	Counts      []uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const OvigInferenceBatchesCommittedEventName = "BatchesCommitted"

// ContractEventName returns the user-defined event name.
func (OvigInferenceBatchesCommitted) ContractEventName() string {
	return OvigInferenceBatchesCommittedEventName
}

// UnpackBatchesCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchesCommitted(uint256 indexed jobId, uint256 indexed commitIndex, uint64 firstBatch, uint64 challengeBy, bytes32[] roots, uint64[] counts)
func (ovigInference *OvigInference) UnpackBatchesCommittedEvent(log *types.Log) (*OvigInferenceBatchesCommitted, error) {
	event := "BatchesCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceBatchesCommitted)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceBondSettled represents a BondSettled event raised by the OvigInference contract.
type OvigInferenceBondSettled struct {
	JobId      *big.Int
	DisputeId  *big.Int
	Challenger common.Address
	Refund     *big.Int
	ToProvider *big.Int
	ToArbiters *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigInferenceBondSettledEventName = "BondSettled"

// ContractEventName returns the user-defined event name.
func (OvigInferenceBondSettled) ContractEventName() string {
	return OvigInferenceBondSettledEventName
}

// UnpackBondSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondSettled(uint256 indexed jobId, uint256 indexed disputeId, address indexed challenger, uint256 refund, uint256 toProvider, uint256 toArbiters)
func (ovigInference *OvigInference) UnpackBondSettledEvent(log *types.Log) (*OvigInferenceBondSettled, error) {
	event := "BondSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceBondSettled)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceChallengeCommitted represents a ChallengeCommitted event raised by the OvigInference contract.
type OvigInferenceChallengeCommitted struct {
	Challenger common.Address
	JobId      *big.Int
	Commitment [32]byte
	Bond       *big.Int
	RevealBy   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigInferenceChallengeCommittedEventName = "ChallengeCommitted"

// ContractEventName returns the user-defined event name.
func (OvigInferenceChallengeCommitted) ContractEventName() string {
	return OvigInferenceChallengeCommittedEventName
}

// UnpackChallengeCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeCommitted(address indexed challenger, uint256 indexed jobId, bytes32 indexed commitment, uint256 bond, uint64 revealBy)
func (ovigInference *OvigInference) UnpackChallengeCommittedEvent(log *types.Log) (*OvigInferenceChallengeCommitted, error) {
	event := "ChallengeCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceChallengeCommitted)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceCommitmentForfeited represents a CommitmentForfeited event raised by the OvigInference contract.
type OvigInferenceCommitmentForfeited struct {
	Challenger common.Address
	Commitment [32]byte
	Bond       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigInferenceCommitmentForfeitedEventName = "CommitmentForfeited"

// ContractEventName returns the user-defined event name.
func (OvigInferenceCommitmentForfeited) ContractEventName() string {
	return OvigInferenceCommitmentForfeitedEventName
}

// UnpackCommitmentForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentForfeited(address indexed challenger, bytes32 indexed commitment, uint256 bond)
func (ovigInference *OvigInference) UnpackCommitmentForfeitedEvent(log *types.Log) (*OvigInferenceCommitmentForfeited, error) {
	event := "CommitmentForfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceCommitmentForfeited)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceCommitmentRefunded represents a CommitmentRefunded event raised by the OvigInference contract.
type OvigInferenceCommitmentRefunded struct {
	Challenger common.Address
	JobId      *big.Int
	Commitment [32]byte
	Bond       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigInferenceCommitmentRefundedEventName = "CommitmentRefunded"

// ContractEventName returns the user-defined event name.
func (OvigInferenceCommitmentRefunded) ContractEventName() string {
	return OvigInferenceCommitmentRefundedEventName
}

// UnpackCommitmentRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentRefunded(address indexed challenger, uint256 indexed jobId, bytes32 indexed commitment, uint256 bond)
func (ovigInference *OvigInference) UnpackCommitmentRefundedEvent(log *types.Log) (*OvigInferenceCommitmentRefunded, error) {
	event := "CommitmentRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceCommitmentRefunded)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceDisputeLapsed represents a DisputeLapsed event raised by the OvigInference contract.
type OvigInferenceDisputeLapsed struct {
	JobId     *big.Int
	DisputeId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OvigInferenceDisputeLapsedEventName = "DisputeLapsed"

// ContractEventName returns the user-defined event name.
func (OvigInferenceDisputeLapsed) ContractEventName() string {
	return OvigInferenceDisputeLapsedEventName
}

// UnpackDisputeLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeLapsed(uint256 indexed jobId, uint256 indexed disputeId)
func (ovigInference *OvigInference) UnpackDisputeLapsedEvent(log *types.Log) (*OvigInferenceDisputeLapsed, error) {
	event := "DisputeLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceDisputeLapsed)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceDisputeOpened represents a DisputeOpened event raised by the OvigInference contract.
type OvigInferenceDisputeOpened struct {
	JobId      *big.Int
	DisputeId  *big.Int
	Challenger common.Address
	Batch      uint64
	Record     uint64
	BatchRoot  [32]byte
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigInferenceDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (OvigInferenceDisputeOpened) ContractEventName() string {
	return OvigInferenceDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed jobId, uint256 indexed disputeId, address indexed challenger, uint64 batch, uint64 record, bytes32 batchRoot, uint64 deadline)
func (ovigInference *OvigInference) UnpackDisputeOpenedEvent(log *types.Log) (*OvigInferenceDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceDisputeOpened)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceDisputeResolved represents a DisputeResolved event raised by the OvigInference contract.
type OvigInferenceDisputeResolved struct {
	JobId        *big.Int
	DisputeId    *big.Int
	Outcome      uint8
	BlockIndex   uint64
	Distance     *big.Int
	Bound        *big.Int
	ReplayDigest [32]byte
	Signers      uint16
	Raw          *types.Log // Blockchain specific contextual infos
}

const OvigInferenceDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (OvigInferenceDisputeResolved) ContractEventName() string {
	return OvigInferenceDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed jobId, uint256 indexed disputeId, uint8 outcome, uint64 blockIndex, uint256 distance, uint256 bound, bytes32 replayDigest, uint16 signers)
func (ovigInference *OvigInference) UnpackDisputeResolvedEvent(log *types.Log) (*OvigInferenceDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceDisputeResolved)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceServingOpened represents a ServingOpened event raised by the OvigInference contract.
type OvigInferenceServingOpened struct {
	JobId        *big.Int
	Owner        common.Address
	BoundHash    [32]byte
	RecordWindow uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const OvigInferenceServingOpenedEventName = "ServingOpened"

// ContractEventName returns the user-defined event name.
func (OvigInferenceServingOpened) ContractEventName() string {
	return OvigInferenceServingOpenedEventName
}

// UnpackServingOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServingOpened(uint256 indexed jobId, address indexed owner, bytes32 boundHash, uint64 recordWindow)
func (ovigInference *OvigInference) UnpackServingOpenedEvent(log *types.Log) (*OvigInferenceServingOpened, error) {
	event := "ServingOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceServingOpened)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OvigInferenceWithdrawn represents a Withdrawn event raised by the OvigInference contract.
type OvigInferenceWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OvigInferenceWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (OvigInferenceWithdrawn) ContractEventName() string {
	return OvigInferenceWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (ovigInference *OvigInference) UnpackWithdrawnEvent(log *types.Log) (*OvigInferenceWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigInference.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigInferenceWithdrawn)
	if len(log.Data) > 0 {
		if err := ovigInference.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigInference.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ovigInference *OvigInference) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["BatchNotInCommit"].ID.Bytes()[:4]) {
		return ovigInference.UnpackBatchNotInCommitError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["BatchTooLarge"].ID.Bytes()[:4]) {
		return ovigInference.UnpackBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["CannotLapse"].ID.Bytes()[:4]) {
		return ovigInference.UnpackCannotLapseError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return ovigInference.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["CommitMismatch"].ID.Bytes()[:4]) {
		return ovigInference.UnpackCommitMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["CommitmentExists"].ID.Bytes()[:4]) {
		return ovigInference.UnpackCommitmentExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["CommitmentLive"].ID.Bytes()[:4]) {
		return ovigInference.UnpackCommitmentLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return ovigInference.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return ovigInference.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return ovigInference.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["EmptyTree"].ID.Bytes()[:4]) {
		return ovigInference.UnpackEmptyTreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["InconsistentVerdict"].ID.Bytes()[:4]) {
		return ovigInference.UnpackInconsistentVerdictError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["InvalidJobStatus"].ID.Bytes()[:4]) {
		return ovigInference.UnpackInvalidJobStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["InvalidOutcome"].ID.Bytes()[:4]) {
		return ovigInference.UnpackInvalidOutcomeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return ovigInference.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["InvalidRecordCount"].ID.Bytes()[:4]) {
		return ovigInference.UnpackInvalidRecordCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return ovigInference.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["InvalidTerms"].ID.Bytes()[:4]) {
		return ovigInference.UnpackInvalidTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return ovigInference.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["NotArbiter"].ID.Bytes()[:4]) {
		return ovigInference.UnpackNotArbiterError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["NotEnoughSignatures"].ID.Bytes()[:4]) {
		return ovigInference.UnpackNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return ovigInference.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return ovigInference.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return ovigInference.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["PartyCannotChallenge"].ID.Bytes()[:4]) {
		return ovigInference.UnpackPartyCannotChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["RecordDecided"].ID.Bytes()[:4]) {
		return ovigInference.UnpackRecordDecidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["RecordDisputed"].ID.Bytes()[:4]) {
		return ovigInference.UnpackRecordDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["RecordOutOfRange"].ID.Bytes()[:4]) {
		return ovigInference.UnpackRecordOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["RegistryMismatch"].ID.Bytes()[:4]) {
		return ovigInference.UnpackRegistryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return ovigInference.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["RevealTooLate"].ID.Bytes()[:4]) {
		return ovigInference.UnpackRevealTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["ServingAlreadyOpen"].ID.Bytes()[:4]) {
		return ovigInference.UnpackServingAlreadyOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["ServingClosed"].ID.Bytes()[:4]) {
		return ovigInference.UnpackServingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["ServingNotOpen"].ID.Bytes()[:4]) {
		return ovigInference.UnpackServingNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["SignersNotIncreasing"].ID.Bytes()[:4]) {
		return ovigInference.UnpackSignersNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["TooManySignatures"].ID.Bytes()[:4]) {
		return ovigInference.UnpackTooManySignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return ovigInference.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["UnexpectedFirstBatch"].ID.Bytes()[:4]) {
		return ovigInference.UnpackUnexpectedFirstBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["UnknownCommit"].ID.Bytes()[:4]) {
		return ovigInference.UnpackUnknownCommitError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["UnknownCommitment"].ID.Bytes()[:4]) {
		return ovigInference.UnpackUnknownCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return ovigInference.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigInference.abi.Errors["WrongValue"].ID.Bytes()[:4]) {
		return ovigInference.UnpackWrongValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OvigInferenceBatchNotInCommit represents a BatchNotInCommit error raised by the OvigInference contract.
type OvigInferenceBatchNotInCommit struct {
	Batch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotInCommit(uint64 batch)
func OvigInferenceBatchNotInCommitErrorID() common.Hash {
	return common.HexToHash("0xa508fe1c928f9acb679f7504260d55001335c4ec854663352871ae0f1b4b609f")
}

// UnpackBatchNotInCommitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotInCommit(uint64 batch)
func (ovigInference *OvigInference) UnpackBatchNotInCommitError(raw []byte) (*OvigInferenceBatchNotInCommit, error) {
	out := new(OvigInferenceBatchNotInCommit)
	if err := ovigInference.abi.UnpackIntoInterface(out, "BatchNotInCommit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceBatchTooLarge represents a BatchTooLarge error raised by the OvigInference contract.
type OvigInferenceBatchTooLarge struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchTooLarge(uint256 count)
func OvigInferenceBatchTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa67b9f9ef6979701a4990cf6b12dd9748579e6c2d4b1c6def1334fd2ecc27f6a")
}

// UnpackBatchTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchTooLarge(uint256 count)
func (ovigInference *OvigInference) UnpackBatchTooLargeError(raw []byte) (*OvigInferenceBatchTooLarge, error) {
	out := new(OvigInferenceBatchTooLarge)
	if err := ovigInference.abi.UnpackIntoInterface(out, "BatchTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceCannotLapse represents a CannotLapse error raised by the OvigInference contract.
type OvigInferenceCannotLapse struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotLapse(uint256 disputeId)
func OvigInferenceCannotLapseErrorID() common.Hash {
	return common.HexToHash("0xca76dc0d2fb272f3467e37bcb4b4b2796c309faafc51161533024933899c142e")
}

// UnpackCannotLapseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotLapse(uint256 disputeId)
func (ovigInference *OvigInference) UnpackCannotLapseError(raw []byte) (*OvigInferenceCannotLapse, error) {
	out := new(OvigInferenceCannotLapse)
	if err := ovigInference.abi.UnpackIntoInterface(out, "CannotLapse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceChallengeWindowClosed represents a ChallengeWindowClosed error raised by the OvigInference contract.
type OvigInferenceChallengeWindowClosed struct {
	ChallengeBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint64 challengeBy)
func OvigInferenceChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x7080c4c81e1570ed1f4d2a59daedc7d703b9ed94fa730af016994a53f63ecdd4")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint64 challengeBy)
func (ovigInference *OvigInference) UnpackChallengeWindowClosedError(raw []byte) (*OvigInferenceChallengeWindowClosed, error) {
	out := new(OvigInferenceChallengeWindowClosed)
	if err := ovigInference.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceCommitMismatch represents a CommitMismatch error raised by the OvigInference contract.
type OvigInferenceCommitMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitMismatch()
func OvigInferenceCommitMismatchErrorID() common.Hash {
	return common.HexToHash("0xc68411799082c22a80f15b7472132ccae5b518acc640c65b6669ed24120bfb22")
}

// UnpackCommitMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitMismatch()
func (ovigInference *OvigInference) UnpackCommitMismatchError(raw []byte) (*OvigInferenceCommitMismatch, error) {
	out := new(OvigInferenceCommitMismatch)
	if err := ovigInference.abi.UnpackIntoInterface(out, "CommitMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceCommitmentExists represents a CommitmentExists error raised by the OvigInference contract.
type OvigInferenceCommitmentExists struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func OvigInferenceCommitmentExistsErrorID() common.Hash {
	return common.HexToHash("0xe90f94151beb5dfd3298ccdff2304109cb32f56df9b8c52bcd9b97da0e0d34b2")
}

// UnpackCommitmentExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func (ovigInference *OvigInference) UnpackCommitmentExistsError(raw []byte) (*OvigInferenceCommitmentExists, error) {
	out := new(OvigInferenceCommitmentExists)
	if err := ovigInference.abi.UnpackIntoInterface(out, "CommitmentExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceCommitmentLive represents a CommitmentLive error raised by the OvigInference contract.
type OvigInferenceCommitmentLive struct {
	RevealBy *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentLive(uint256 revealBy)
func OvigInferenceCommitmentLiveErrorID() common.Hash {
	return common.HexToHash("0x1f45f957f5808180924f846a81d00cd6b2db481e933c9b8c329cf79eb396321d")
}

// UnpackCommitmentLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentLive(uint256 revealBy)
func (ovigInference *OvigInference) UnpackCommitmentLiveError(raw []byte) (*OvigInferenceCommitmentLive, error) {
	out := new(OvigInferenceCommitmentLive)
	if err := ovigInference.abi.UnpackIntoInterface(out, "CommitmentLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceDeadlinePassed represents a DeadlinePassed error raised by the OvigInference contract.
type OvigInferenceDeadlinePassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func OvigInferenceDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xbfb22adfe9d5fa2834e025e2832eac6acdb50f696427fd6da5e7d933cf7e8923")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func (ovigInference *OvigInference) UnpackDeadlinePassedError(raw []byte) (*OvigInferenceDeadlinePassed, error) {
	out := new(OvigInferenceDeadlinePassed)
	if err := ovigInference.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceDisputeNotOpen represents a DisputeNotOpen error raised by the OvigInference contract.
type OvigInferenceDisputeNotOpen struct {
	DisputeId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotOpen(uint256 disputeId, uint8 status)
func OvigInferenceDisputeNotOpenErrorID() common.Hash {
	return common.HexToHash("0x4b9d6b88b074a6af0858e3f946c1603f91fefd010a15050b3eeae6978da02def")
}

// UnpackDisputeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotOpen(uint256 disputeId, uint8 status)
func (ovigInference *OvigInference) UnpackDisputeNotOpenError(raw []byte) (*OvigInferenceDisputeNotOpen, error) {
	out := new(OvigInferenceDisputeNotOpen)
	if err := ovigInference.abi.UnpackIntoInterface(out, "DisputeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceEmptyBatch represents a EmptyBatch error raised by the OvigInference contract.
type OvigInferenceEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func OvigInferenceEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (ovigInference *OvigInference) UnpackEmptyBatchError(raw []byte) (*OvigInferenceEmptyBatch, error) {
	out := new(OvigInferenceEmptyBatch)
	if err := ovigInference.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceEmptyTree represents a EmptyTree error raised by the OvigInference contract.
type OvigInferenceEmptyTree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTree()
func OvigInferenceEmptyTreeErrorID() common.Hash {
	return common.HexToHash("0x91363287e86abc9a32e9497c199d101108698f0547673152e7d0221a248c212a")
}

// UnpackEmptyTreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTree()
func (ovigInference *OvigInference) UnpackEmptyTreeError(raw []byte) (*OvigInferenceEmptyTree, error) {
	out := new(OvigInferenceEmptyTree)
	if err := ovigInference.abi.UnpackIntoInterface(out, "EmptyTree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceInconsistentVerdict represents a InconsistentVerdict error raised by the OvigInference contract.
type OvigInferenceInconsistentVerdict struct {
	Outcome  uint8
	Distance *big.Int
	Bound    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InconsistentVerdict(uint8 outcome, uint256 distance, uint256 bound)
func OvigInferenceInconsistentVerdictErrorID() common.Hash {
	return common.HexToHash("0x8cc8ecb6b67915c6adf47530970c5fc6c2faa2a9ef56057729e3cc55fa92987a")
}

// UnpackInconsistentVerdictError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InconsistentVerdict(uint8 outcome, uint256 distance, uint256 bound)
func (ovigInference *OvigInference) UnpackInconsistentVerdictError(raw []byte) (*OvigInferenceInconsistentVerdict, error) {
	out := new(OvigInferenceInconsistentVerdict)
	if err := ovigInference.abi.UnpackIntoInterface(out, "InconsistentVerdict", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceInvalidJobStatus represents a InvalidJobStatus error raised by the OvigInference contract.
type OvigInferenceInvalidJobStatus struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidJobStatus(uint256 jobId, uint8 status)
func OvigInferenceInvalidJobStatusErrorID() common.Hash {
	return common.HexToHash("0x7f5962179cf15b2ee5d24a2a4ca522d2c2ba60af9decea6f635e5985318c4080")
}

// UnpackInvalidJobStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidJobStatus(uint256 jobId, uint8 status)
func (ovigInference *OvigInference) UnpackInvalidJobStatusError(raw []byte) (*OvigInferenceInvalidJobStatus, error) {
	out := new(OvigInferenceInvalidJobStatus)
	if err := ovigInference.abi.UnpackIntoInterface(out, "InvalidJobStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceInvalidOutcome represents a InvalidOutcome error raised by the OvigInference contract.
type OvigInferenceInvalidOutcome struct {
	Outcome uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOutcome(uint8 outcome)
func OvigInferenceInvalidOutcomeErrorID() common.Hash {
	return common.HexToHash("0x426266639891a0928d2c08f0255080e35024a99c4a87a8eca222e7558d4e2a6e")
}

// UnpackInvalidOutcomeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOutcome(uint8 outcome)
func (ovigInference *OvigInference) UnpackInvalidOutcomeError(raw []byte) (*OvigInferenceInvalidOutcome, error) {
	out := new(OvigInferenceInvalidOutcome)
	if err := ovigInference.abi.UnpackIntoInterface(out, "InvalidOutcome", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceInvalidProof represents a InvalidProof error raised by the OvigInference contract.
type OvigInferenceInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func OvigInferenceInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (ovigInference *OvigInference) UnpackInvalidProofError(raw []byte) (*OvigInferenceInvalidProof, error) {
	out := new(OvigInferenceInvalidProof)
	if err := ovigInference.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceInvalidRecordCount represents a InvalidRecordCount error raised by the OvigInference contract.
type OvigInferenceInvalidRecordCount struct {
	Index *big.Int
	Count uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRecordCount(uint256 index, uint64 count)
func OvigInferenceInvalidRecordCountErrorID() common.Hash {
	return common.HexToHash("0x1afecdd0d4c913db6046b1735538e0a0fca142d79f927809d600e28a2777170c")
}

// UnpackInvalidRecordCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRecordCount(uint256 index, uint64 count)
func (ovigInference *OvigInference) UnpackInvalidRecordCountError(raw []byte) (*OvigInferenceInvalidRecordCount, error) {
	out := new(OvigInferenceInvalidRecordCount)
	if err := ovigInference.abi.UnpackIntoInterface(out, "InvalidRecordCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceInvalidSignature represents a InvalidSignature error raised by the OvigInference contract.
type OvigInferenceInvalidSignature struct {
	Index *big.Int
	Code  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index, uint8 code)
func OvigInferenceInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x5ce444f3b08c554f8c444ea07ac589b664b7bc9a63a32c3f12eb1c3dacfc74c9")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index, uint8 code)
func (ovigInference *OvigInference) UnpackInvalidSignatureError(raw []byte) (*OvigInferenceInvalidSignature, error) {
	out := new(OvigInferenceInvalidSignature)
	if err := ovigInference.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceInvalidTerms represents a InvalidTerms error raised by the OvigInference contract.
type OvigInferenceInvalidTerms struct {
	BoundHash    [32]byte
	RecordWindow uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerms(bytes32 boundHash, uint64 recordWindow)
func OvigInferenceInvalidTermsErrorID() common.Hash {
	return common.HexToHash("0x1048b9619c90f304d1946bd28ec27dfc6fd1c29545a1c877a3c3443377c5484b")
}

// UnpackInvalidTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerms(bytes32 boundHash, uint64 recordWindow)
func (ovigInference *OvigInference) UnpackInvalidTermsError(raw []byte) (*OvigInferenceInvalidTerms, error) {
	out := new(OvigInferenceInvalidTerms)
	if err := ovigInference.abi.UnpackIntoInterface(out, "InvalidTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceLengthMismatch represents a LengthMismatch error raised by the OvigInference contract.
type OvigInferenceLengthMismatch struct {
	Roots  *big.Int
	Counts *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 roots, uint256 counts)
func OvigInferenceLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 roots, uint256 counts)
func (ovigInference *OvigInference) UnpackLengthMismatchError(raw []byte) (*OvigInferenceLengthMismatch, error) {
	out := new(OvigInferenceLengthMismatch)
	if err := ovigInference.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceNotArbiter represents a NotArbiter error raised by the OvigInference contract.
type OvigInferenceNotArbiter struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotArbiter(uint256 index, address signer)
func OvigInferenceNotArbiterErrorID() common.Hash {
	return common.HexToHash("0x6ceeb9e5558223c5c138236bc8e30d1ef601d254138935f90b6921dc15656000")
}

// UnpackNotArbiterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotArbiter(uint256 index, address signer)
func (ovigInference *OvigInference) UnpackNotArbiterError(raw []byte) (*OvigInferenceNotArbiter, error) {
	out := new(OvigInferenceNotArbiter)
	if err := ovigInference.abi.UnpackIntoInterface(out, "NotArbiter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceNotEnoughSignatures represents a NotEnoughSignatures error raised by the OvigInference contract.
type OvigInferenceNotEnoughSignatures struct {
	Count     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughSignatures(uint256 count, uint256 threshold)
func OvigInferenceNotEnoughSignaturesErrorID() common.Hash {
	return common.HexToHash("0x79c193d2b9a5ab2a87f6c5945f80093d2564073c49c98e4bca0ef08737475744")
}

// UnpackNotEnoughSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughSignatures(uint256 count, uint256 threshold)
func (ovigInference *OvigInference) UnpackNotEnoughSignaturesError(raw []byte) (*OvigInferenceNotEnoughSignatures, error) {
	out := new(OvigInferenceNotEnoughSignatures)
	if err := ovigInference.abi.UnpackIntoInterface(out, "NotEnoughSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceNotOwner represents a NotOwner error raised by the OvigInference contract.
type OvigInferenceNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func OvigInferenceNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (ovigInference *OvigInference) UnpackNotOwnerError(raw []byte) (*OvigInferenceNotOwner, error) {
	out := new(OvigInferenceNotOwner)
	if err := ovigInference.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceNotProvider represents a NotProvider error raised by the OvigInference contract.
type OvigInferenceNotProvider struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(address caller)
func OvigInferenceNotProviderErrorID() common.Hash {
	return common.HexToHash("0x1bd2224f47bf32854983ee16847394426ab18eae693119e80eb952977965d64a")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(address caller)
func (ovigInference *OvigInference) UnpackNotProviderError(raw []byte) (*OvigInferenceNotProvider, error) {
	out := new(OvigInferenceNotProvider)
	if err := ovigInference.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceNothingToWithdraw represents a NothingToWithdraw error raised by the OvigInference contract.
type OvigInferenceNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func OvigInferenceNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (ovigInference *OvigInference) UnpackNothingToWithdrawError(raw []byte) (*OvigInferenceNothingToWithdraw, error) {
	out := new(OvigInferenceNothingToWithdraw)
	if err := ovigInference.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferencePartyCannotChallenge represents a PartyCannotChallenge error raised by the OvigInference contract.
type OvigInferencePartyCannotChallenge struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartyCannotChallenge(address account)
func OvigInferencePartyCannotChallengeErrorID() common.Hash {
	return common.HexToHash("0x7315f287c5d4dde027303bcf0f7d575144d51cb655407dede0ae3ee47817eff1")
}

// UnpackPartyCannotChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartyCannotChallenge(address account)
func (ovigInference *OvigInference) UnpackPartyCannotChallengeError(raw []byte) (*OvigInferencePartyCannotChallenge, error) {
	out := new(OvigInferencePartyCannotChallenge)
	if err := ovigInference.abi.UnpackIntoInterface(out, "PartyCannotChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceRecordDecided represents a RecordDecided error raised by the OvigInference contract.
type OvigInferenceRecordDecided struct {
	Outcome uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordDecided(uint8 outcome)
func OvigInferenceRecordDecidedErrorID() common.Hash {
	return common.HexToHash("0x0623238c642759d26a71d7c606987ce7b43ebd4509b9f519035b25ebfd7e4061")
}

// UnpackRecordDecidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordDecided(uint8 outcome)
func (ovigInference *OvigInference) UnpackRecordDecidedError(raw []byte) (*OvigInferenceRecordDecided, error) {
	out := new(OvigInferenceRecordDecided)
	if err := ovigInference.abi.UnpackIntoInterface(out, "RecordDecided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceRecordDisputed represents a RecordDisputed error raised by the OvigInference contract.
type OvigInferenceRecordDisputed struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordDisputed(uint256 disputeId)
func OvigInferenceRecordDisputedErrorID() common.Hash {
	return common.HexToHash("0x2e32282bfee89adeb34b31b7c6253cb48094da99d8ab773f74f78e995696c018")
}

// UnpackRecordDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordDisputed(uint256 disputeId)
func (ovigInference *OvigInference) UnpackRecordDisputedError(raw []byte) (*OvigInferenceRecordDisputed, error) {
	out := new(OvigInferenceRecordDisputed)
	if err := ovigInference.abi.UnpackIntoInterface(out, "RecordDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceRecordOutOfRange represents a RecordOutOfRange error raised by the OvigInference contract.
type OvigInferenceRecordOutOfRange struct {
	Record      uint64
	RecordCount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordOutOfRange(uint64 record, uint64 recordCount)
func OvigInferenceRecordOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x37b906e54430c35b36dd498e53e6857c2d8fc4816e6eb7408de756e5850e8dc9")
}

// UnpackRecordOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordOutOfRange(uint64 record, uint64 recordCount)
func (ovigInference *OvigInference) UnpackRecordOutOfRangeError(raw []byte) (*OvigInferenceRecordOutOfRange, error) {
	out := new(OvigInferenceRecordOutOfRange)
	if err := ovigInference.abi.UnpackIntoInterface(out, "RecordOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceRegistryMismatch represents a RegistryMismatch error raised by the OvigInference contract.
type OvigInferenceRegistryMismatch struct {
	Inference common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryMismatch(address inference)
func OvigInferenceRegistryMismatchErrorID() common.Hash {
	return common.HexToHash("0xc6f278286170d3976361e9ce7ce0508cf04b6a636956f5e7662125aec23d7e6a")
}

// UnpackRegistryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryMismatch(address inference)
func (ovigInference *OvigInference) UnpackRegistryMismatchError(raw []byte) (*OvigInferenceRegistryMismatch, error) {
	out := new(OvigInferenceRegistryMismatch)
	if err := ovigInference.abi.UnpackIntoInterface(out, "RegistryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceRevealTooEarly represents a RevealTooEarly error raised by the OvigInference contract.
type OvigInferenceRevealTooEarly struct {
	CommitBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint256 commitBlock)
func OvigInferenceRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xee66961928e2835f26d19a8283d92864fa3c9a1765b7c484090574bb98835569")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint256 commitBlock)
func (ovigInference *OvigInference) UnpackRevealTooEarlyError(raw []byte) (*OvigInferenceRevealTooEarly, error) {
	out := new(OvigInferenceRevealTooEarly)
	if err := ovigInference.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceRevealTooLate represents a RevealTooLate error raised by the OvigInference contract.
type OvigInferenceRevealTooLate struct {
	RevealBy *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooLate(uint256 revealBy)
func OvigInferenceRevealTooLateErrorID() common.Hash {
	return common.HexToHash("0x49d61db5e242683fcc46e605dd7443e015cb7900fb313504d592f96f68924d61")
}

// UnpackRevealTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooLate(uint256 revealBy)
func (ovigInference *OvigInference) UnpackRevealTooLateError(raw []byte) (*OvigInferenceRevealTooLate, error) {
	out := new(OvigInferenceRevealTooLate)
	if err := ovigInference.abi.UnpackIntoInterface(out, "RevealTooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceServingAlreadyOpen represents a ServingAlreadyOpen error raised by the OvigInference contract.
type OvigInferenceServingAlreadyOpen struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ServingAlreadyOpen(uint256 jobId)
func OvigInferenceServingAlreadyOpenErrorID() common.Hash {
	return common.HexToHash("0xd88ddd26c769548f871d1d8d5923e21b9d475664661c94741de961f254f30072")
}

// UnpackServingAlreadyOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ServingAlreadyOpen(uint256 jobId)
func (ovigInference *OvigInference) UnpackServingAlreadyOpenError(raw []byte) (*OvigInferenceServingAlreadyOpen, error) {
	out := new(OvigInferenceServingAlreadyOpen)
	if err := ovigInference.abi.UnpackIntoInterface(out, "ServingAlreadyOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceServingClosed represents a ServingClosed error raised by the OvigInference contract.
type OvigInferenceServingClosed struct {
	WindowEnd *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ServingClosed(uint256 windowEnd)
func OvigInferenceServingClosedErrorID() common.Hash {
	return common.HexToHash("0x44baa8785c40eaecac52e39e37cb80181ef090dcf474c09218885b4f98ec2d95")
}

// UnpackServingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ServingClosed(uint256 windowEnd)
func (ovigInference *OvigInference) UnpackServingClosedError(raw []byte) (*OvigInferenceServingClosed, error) {
	out := new(OvigInferenceServingClosed)
	if err := ovigInference.abi.UnpackIntoInterface(out, "ServingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceServingNotOpen represents a ServingNotOpen error raised by the OvigInference contract.
type OvigInferenceServingNotOpen struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ServingNotOpen(uint256 jobId)
func OvigInferenceServingNotOpenErrorID() common.Hash {
	return common.HexToHash("0x5f9ebbf60058a5c613ef03df44a6975c7e4417d93e062283721d0a232df27807")
}

// UnpackServingNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ServingNotOpen(uint256 jobId)
func (ovigInference *OvigInference) UnpackServingNotOpenError(raw []byte) (*OvigInferenceServingNotOpen, error) {
	out := new(OvigInferenceServingNotOpen)
	if err := ovigInference.abi.UnpackIntoInterface(out, "ServingNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceSignersNotIncreasing represents a SignersNotIncreasing error raised by the OvigInference contract.
type OvigInferenceSignersNotIncreasing struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotIncreasing(uint256 index)
func OvigInferenceSignersNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0xef5fac21cb8c72e3344fdfb2af92bf7defbcc66c24f851b24c2ad1672363ab1e")
}

// UnpackSignersNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotIncreasing(uint256 index)
func (ovigInference *OvigInference) UnpackSignersNotIncreasingError(raw []byte) (*OvigInferenceSignersNotIncreasing, error) {
	out := new(OvigInferenceSignersNotIncreasing)
	if err := ovigInference.abi.UnpackIntoInterface(out, "SignersNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceTooManySignatures represents a TooManySignatures error raised by the OvigInference contract.
type OvigInferenceTooManySignatures struct {
	Count    *big.Int
	Arbiters *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManySignatures(uint256 count, uint256 arbiters)
func OvigInferenceTooManySignaturesErrorID() common.Hash {
	return common.HexToHash("0x3f8ea0257f66027f0f5369a984fe6810ff2d585c8413731f43f460e8eacb8aeb")
}

// UnpackTooManySignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManySignatures(uint256 count, uint256 arbiters)
func (ovigInference *OvigInference) UnpackTooManySignaturesError(raw []byte) (*OvigInferenceTooManySignatures, error) {
	out := new(OvigInferenceTooManySignatures)
	if err := ovigInference.abi.UnpackIntoInterface(out, "TooManySignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceTransferFailed represents a TransferFailed error raised by the OvigInference contract.
type OvigInferenceTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func OvigInferenceTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (ovigInference *OvigInference) UnpackTransferFailedError(raw []byte) (*OvigInferenceTransferFailed, error) {
	out := new(OvigInferenceTransferFailed)
	if err := ovigInference.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceUnexpectedFirstBatch represents a UnexpectedFirstBatch error raised by the OvigInference contract.
type OvigInferenceUnexpectedFirstBatch struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedFirstBatch(uint64 expected, uint64 got)
func OvigInferenceUnexpectedFirstBatchErrorID() common.Hash {
	return common.HexToHash("0xaecaa490c4ff7f803fea787b0a3a121e38b515f556b3f45d1121b83dd836be70")
}

// UnpackUnexpectedFirstBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedFirstBatch(uint64 expected, uint64 got)
func (ovigInference *OvigInference) UnpackUnexpectedFirstBatchError(raw []byte) (*OvigInferenceUnexpectedFirstBatch, error) {
	out := new(OvigInferenceUnexpectedFirstBatch)
	if err := ovigInference.abi.UnpackIntoInterface(out, "UnexpectedFirstBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceUnknownCommit represents a UnknownCommit error raised by the OvigInference contract.
type OvigInferenceUnknownCommit struct {
	CommitIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCommit(uint64 commitIndex)
func OvigInferenceUnknownCommitErrorID() common.Hash {
	return common.HexToHash("0x858ad6e9595f57ff75d2dc06d67cd404f1718f76736a910991ace11c0e5a19ca")
}

// UnpackUnknownCommitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCommit(uint64 commitIndex)
func (ovigInference *OvigInference) UnpackUnknownCommitError(raw []byte) (*OvigInferenceUnknownCommit, error) {
	out := new(OvigInferenceUnknownCommit)
	if err := ovigInference.abi.UnpackIntoInterface(out, "UnknownCommit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceUnknownCommitment represents a UnknownCommitment error raised by the OvigInference contract.
type OvigInferenceUnknownCommitment struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func OvigInferenceUnknownCommitmentErrorID() common.Hash {
	return common.HexToHash("0x3f3ff3fce0a88e75f46b6412b76abfc6938b8ce21562ec2d541ab026ecccfa99")
}

// UnpackUnknownCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func (ovigInference *OvigInference) UnpackUnknownCommitmentError(raw []byte) (*OvigInferenceUnknownCommitment, error) {
	out := new(OvigInferenceUnknownCommitment)
	if err := ovigInference.abi.UnpackIntoInterface(out, "UnknownCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceUnknownDispute represents a UnknownDispute error raised by the OvigInference contract.
type OvigInferenceUnknownDispute struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(uint256 disputeId)
func OvigInferenceUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0x8f09a29b08337b4e66a42a0bbd8bc395cb2fa24f8b538de30a025d7769f25cf4")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(uint256 disputeId)
func (ovigInference *OvigInference) UnpackUnknownDisputeError(raw []byte) (*OvigInferenceUnknownDispute, error) {
	out := new(OvigInferenceUnknownDispute)
	if err := ovigInference.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigInferenceWrongValue represents a WrongValue error raised by the OvigInference contract.
type OvigInferenceWrongValue struct {
	Expected *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongValue(uint256 expected, uint256 sent)
func OvigInferenceWrongValueErrorID() common.Hash {
	return common.HexToHash("0x195a3ca12ac3744ef64727effb118b3b203c382e49c7a7d24d450eae5e3b889a")
}

// UnpackWrongValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongValue(uint256 expected, uint256 sent)
func (ovigInference *OvigInference) UnpackWrongValueError(raw []byte) (*OvigInferenceWrongValue, error) {
	out := new(OvigInferenceWrongValue)
	if err := ovigInference.abi.UnpackIntoInterface(out, "WrongValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
