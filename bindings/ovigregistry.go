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

// Challenge is an auto generated low-level Go binding around an user-defined struct.
type Challenge struct {
	JobId      *big.Int
	Challenger common.Address
	Interval   uint64
	Deadline   uint64
	Status     uint8
	Outcome    uint8
	Root       [32]byte
	Bond       *big.Int
}

// JobParams is an auto generated low-level Go binding around an user-defined struct.
type JobParams struct {
	Provider          common.Address
	ManifestHash      [32]byte
	TotalSteps        uint64
	Stride            uint64
	BoundaryHash      [32]byte
	AcceptBy          uint64
	FinalizeBy        uint64
	ChallengeWindow   uint64
	ArbitrationWindow uint64
	ProviderBond      *big.Int
	ChallengerBond    *big.Int
	Arbiters          []common.Address
	Threshold         uint8
	EvidenceURI       string
}

// JobView is an auto generated low-level Go binding around an user-defined struct.
type JobView struct {
	Owner              common.Address
	Provider           common.Address
	Status             uint8
	ManifestHash       [32]byte
	TotalSteps         uint64
	Stride             uint64
	Intervals          uint64
	BoundaryHash       [32]byte
	AcceptBy           uint64
	FinalizeBy         uint64
	ChallengeWindow    uint64
	ArbitrationWindow  uint64
	FinalizedAt        uint64
	WindowEnd          uint64
	Payment            *big.Int
	Escrow             *big.Int
	ProviderBond       *big.Int
	ProviderBondHeld   *big.Int
	ChallengerBond     *big.Int
	CommittedEndpoints uint64
	BatchCount         uint64
	OpenChallenges     uint64
	Threshold          uint8
	ArbiterCount       uint8
	EvidenceURI        string
	FinalModelHash     [32]byte
}

// OvigRegistryMetaData contains all meta data concerning the OvigRegistry contract.
var OvigRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CHALLENGER_SHARE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ARBITERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INTERVALS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERDICT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accept\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"batchCommitment\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challenge\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"challengeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"challenges\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structChallenge\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumChallengeStatus\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commitIntervals\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createJob\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structJobParams\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"credits\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deployBlock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalize\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getArbiters\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structJobView\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumJobStatus\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"intervals\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"windowEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payment\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"escrow\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerBondHeld\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committedEndpoints\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batchCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"openChallenges\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"arbiterCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isArbiter\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lapse\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openChallengeOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"resolve\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verdictDigest\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"ChallengeLapsed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChallengeOpened\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"endpoint\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChallengeResolved\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"IntervalsCommitted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobAccepted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCreated\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payment\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structJobParams\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFinalized\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"finalizedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"windowEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobSettled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobSlashed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"challengerReward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"ownerRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BatchMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BatchTooLarge\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotCancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotLapse\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ChallengeNotOpen\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumChallengeStatus\"}]},{\"type\":\"error\",\"name\":\"ChallengeWindowClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ChallengesOpen\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeadlineNotReached\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeadlinePassed\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateArbiter\",\"inputs\":[{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EndpointNotInBatch\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EndpointsMissing\",\"inputs\":[{\"name\":\"committed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"IntervalAlreadyChallenged\",\"inputs\":[{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidArbiter\",\"inputs\":[{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidArbiterCount\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDeadlines\",\"inputs\":[{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEndpoint\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidJobStatus\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumJobStatus\"}]},{\"type\":\"error\",\"name\":\"InvalidOutcome\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignatureLength\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignatureS\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignatureV\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSteps\",\"inputs\":[{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidWindows\",\"inputs\":[{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotArbiter\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotEnoughSignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotProvider\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Reentrancy\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SignersNotIncreasing\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyEndpoints\",\"inputs\":[{\"name\":\"endpoints\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxEndpoints\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyIntervals\",\"inputs\":[{\"name\":\"intervals\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManySignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnexpectedFirstIndex\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownBatch\",\"inputs\":[{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChallenge\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongValue\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroChallengerBond\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPayment\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroProvider\",\"inputs\":[]}]",
	ID:  "OvigRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b50466080526100bb604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a0524360c05260805160a05160c051613f056100ec5f395f61042901525f610ae401525f610a100152613f055ff3fe6080604052600436106101ba575f3560e01c80638df82800116100f2578063bf22c45711610092578063deb9663411610062578063deb96634146104fd578063e621192214610514578063eebfbccb1461052c578063fe5ff4681461054b575f5ffd5b8063bf22c4571461044b578063d80cc06c14610477578063dba3b50d146104cb578063dd91d923146104de575f5ffd5b8063950bff9f116100cd578063950bff9f146103cf578063a1538975146103e4578063a2f0572514610403578063a3ec191a14610418575f5ffd5b80638df82800146103655780638f1d3776146103845780638fa2f101146103b0575f5ffd5b80633ccfd60b1161015d57806354a862051161013857806354a86205146102eb57806369335ddd146103005780636c72978d1461031f57806375cb5f3d14610332575f5ffd5b80633ccfd60b146102a457806340e58ee5146102b85780634c5d8a0f146102d7575f5ffd5b806325abe4b61161019857806325abe4b61461021a5780632895693d1461025057806330bf6fe1146102645780633644e51514610290575f5ffd5b806319b05f49146101be5780631da23512146101d3578063249d39e9146101f2575b5f5ffd5b6101d16101cc366004613267565b610576565b005b3480156101de575f5ffd5b506101d16101ed3660046132db565b610695565b3480156101fd575f5ffd5b5061020761271081565b6040519081526020015b60405180910390f35b348015610225575f5ffd5b50610207610234366004613330565b600360209081525f928352604080842090915290825290205481565b34801561025b575f5ffd5b50610207601081565b34801561026f575f5ffd5b5061028361027e366004613267565b61099a565b6040516102119190613350565b34801561029b575f5ffd5b50610207610a0d565b3480156102af575f5ffd5b506101d1610b06565b3480156102c3575f5ffd5b506101d16102d2366004613267565b610c26565b3480156102e2575f5ffd5b506102075f5481565b3480156102f6575f5ffd5b5061020761138881565b34801561030b575f5ffd5b506101d161031a3660046133ab565b610e10565b61020761032d36600461341f565b611103565b34801561033d575f5ffd5b506102077f857803ab223e2091e63d8261782253cbea8ce5defc1d0d9d655ae1d790a6cf4e81565b348015610370575f5ffd5b506101d161037f366004613267565b61152b565b34801561038f575f5ffd5b506103a361039e366004613267565b611687565b6040516102119190613491565b3480156103bb575f5ffd5b506101d16103ca366004613330565b6117e7565b3480156103da575f5ffd5b5061020761040081565b3480156103ef575f5ffd5b506102076103fe366004613330565b611996565b34801561040e575f5ffd5b5061020760015481565b348015610423575f5ffd5b506102077f000000000000000000000000000000000000000000000000000000000000000081565b348015610456575f5ffd5b5061046a610465366004613267565b6119b6565b6040516102119190613553565b348015610482575f5ffd5b506104bb61049136600461377a565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6040519015158152602001610211565b6102076104d93660046137a4565b611cc1565b3480156104e9575f5ffd5b506101d16104f8366004613267565b611ee7565b348015610508575f5ffd5b506102076312cc030081565b34801561051f575f5ffd5b5061020764010000000081565b348015610537575f5ffd5b5061020761054636600461383b565b6120ba565b348015610556575f5ffd5b506102076105653660046138a1565b60026020525f908152604090205481565b5f61058082612159565b60018101549091506001600160a01b031633146105b757604051631bd2224f60e01b81523360048201526024015b60405180910390fd5b6105c3828260016121aa565b6001810154600160a01b90046001600160401b031642111561060f57600181015460405163bfb22adf60e01b8152600160a01b9091046001600160401b031660048201526024016105ae565b80600a0154341461064257600a81015460405163195a3ca160e01b815260048101919091523460248201526044016105ae565b805460ff60a01b1916600160a11b17815534600b82018190556040805191825251339184917f3dd4928560f1aee6156570e82745e8f638e22a59b215d3cd549c53a32708b0e69181900360200190a35050565b5f61069f85612159565b60018101549091506001600160a01b031633146106d157604051631bd2224f60e01b81523360048201526024016105ae565b6106dd858260026121aa565b6002810154600160c01b90046001600160401b031642111561072957600281015460405163bfb22adf60e01b8152600160c01b9091046001600160401b031660048201526024016105ae565b815f81900361074b5760405163c2e5347d60e01b815260040160405180910390fd5b6104008111156107715760405163533dcfcf60e11b8152600481018290526024016105ae565b60038201546001600160401b03600160c01b909104811690861681146107bd5760405163dd3542e360e01b81526001600160401b038083166004830152871660248201526044016105ae565b60028301545f906107df90600160801b90046001600160401b031660016138ce565b9050806107f5846001600160401b0385166138ce565b11156108325761080e836001600160401b0384166138ce565b604051630a36936b60e41b81526004810191909152602481018290526044016105ae565b5f61086e8787808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061220c92505050565b60048601546040519192506001600160401b03169085906108b99084908790849060200192835260c091821b6001600160c01b03199081166020850152911b16602882015260300190565b60408051601f1981840301815291815281516020928301205f8e8152600784528281206001600160401b03871682529093529120556108f881866138e1565b6003880180546001600160401b0392909216600160c01b026001600160c01b0390921691909117905561092c8260016138e1565b60048801805467ffffffffffffffff19166001600160401b03928316179055604051908316908c907f6d89fa4a9365c530e9ac8684d3a99ab541e20b22bc7f5079a597a493d573b99b906109859089908e908e90613900565b60405180910390a35050505050505050505050565b60606109a582612159565b505f8281526005602090815260409182902080548351818402810184019094528084529091830182828015610a0157602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116109e3575b50505050509050919050565b5f7f00000000000000000000000000000000000000000000000000000000000000004614610ae157610adc604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b60ff5f5c1615610b295760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d50335f9081526002602052604081205490819003610b6757604051630686827b60e51b815260040160405180910390fd5b335f8181526002602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610baa9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610bf1576040519150601f19603f3d011682016040523d82523d5f602084013e610bf6565b606091505b5050905080610c18576040516312171d8360e31b815260040160405180910390fd5b5f60ff19815c16815d505050565b5f610c3082612159565b905060018154600160a01b900460ff166006811115610c5157610c5161345d565b03610c875780546001600160a01b03163314610c825760405163245aecd360e01b81523360048201526024016105ae565b610d62565b60028154600160a01b900460ff166006811115610ca657610ca661345d565b03610d46576002810154600160c01b90046001600160401b03164211610cf6576002810154604051630789f42160e21b8152600160c01b9091046001600160401b031660048201526024016105ae565b6004810154600160401b90046001600160401b031615610c825760048181015460405163cf5e663960e01b8152918201849052600160401b90046001600160401b031660248201526044016105ae565b604051630532a58160e41b8152600481018390526024016105ae565b5f81600b01548260090154610d7791906138ce565b8254600360a11b60ff60a01b1982161784555f60098501819055600b85018190556001600160a01b03909116815260026020526040812080549293508392909190610dc39084906138ce565b909155505081546040518281526001600160a01b039091169084907fa80c76c474b34cc7af71dec63d733b959fff08f4eb0789e288be5db6b608f9429060200160405180910390a3505050565b5f610e1a88612449565b8054909150600160a01b90046001600160401b0316421115610e6357805460405163bfb22adf60e01b8152600160a01b9091046001600160401b031660048201526024016105ae565b60018101546001600160401b03165f81815260046020526040902060028154600160a01b900460ff166006811115610e9d57610e9d61345d565b14158015610ec8575060038154600160a01b900460ff166006811115610ec557610ec561345d565b14155b15610ef6578054604051637f59621760e01b81526105ae918491600160a01b90910460ff1690600401613948565b600160ff8a161080610f0b5750600360ff8a16115b15610f2e57604051634262666360e01b815260ff8a1660048201526024016105ae565b5f610f5a838c8660010160089054906101000a90046001600160401b031687600201548e8e8e8e6120ba565b9050610f6983838389896124e2565b835460ff60e01b1916600160e11b17845560ff8a166003811115610f8f57610f8f61345d565b8454859060ff60e81b1916600160e81b836003811115610fb157610fb161345d565b02179055505f8381526003602090815260408083206001808901546001600160401b03600160401b91829004811687529290945291842093909355600485018054919390926008926110089286929091041661395c565b82546101009290920a6001600160401b03818102199093169183160217909155600186015460408051600160401b909204909216815260ff8d1660208201529081018b9052606081018a9052608081018990528c915084907fb0b79def9031ef3ee274e56b3608996414788acf20ddbb1c40166573be9d14939060a00160405180910390a360011960ff8b16016110d457600c82015460018301546001600160a01b03165f90815260026020526040812080549091906110c99084906138ce565b909155506110f69050565b8354600c8301546110f691859185918f916001600160a01b03909116906126e0565b5050505050505050505050565b5f345f03611124576040516311e51d5160e31b815260040160405180910390fd5b5f61112e836127f2565b90505f5f815461113d9061397b565b91829055505f8181526004602052604090208054600160a01b6001600160a81b031990911660ff60a01b193316171781559092506111836101a085016101808601613993565b815460ff91909116600160a81b0260ff60a81b199091161781556111ab6101608501856139ac565b825460ff909116600160b01b0260ff60b01b19909116178255506111d260208501856138a1565b6001820180546001600160a01b0319166001600160a01b039290921691909117905561120460c0850160a086016139f1565b6001820180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b1990921691909117905561124260608501604086016139f1565b60028201805467ffffffffffffffff19166001600160401b039290921691909117905561127560808501606086016139f1565b60028201805477ffffffffffffffffffffffffffffffff00000000000000001916600160401b6001600160401b039384160267ffffffffffffffff60801b191617600160801b928516929092029190911790556112d860e0850160c086016139f1565b6002820180546001600160401b0392909216600160c01b026001600160c01b03909216919091179055611312610100850160e086016139f1565b60038201805467ffffffffffffffff19166001600160401b0392909216919091179055611347610120850161010086016139f1565b6003820180546001600160401b0392909216600160401b026fffffffffffffffff000000000000000019909216919091179055602084013560058201556080840135600682015534600882018190556009820155610120840135600a820155610140840135600c8201556113bf6101a0850185613a0a565b600d8301916113cf919083613add565b505f8381526005602090815260408083206006909252822090915b6113f86101608801886139ac565b90508110156114c7575f6114106101608901896139ac565b8381811061142057611420613b96565b905060200201602081019061143591906138a1565b6001600160a01b0381165f9081526020859052604090205490915060ff161561147c57604051633bdf1b2560e11b81526001600160a01b03821660048201526024016105ae565b6001600160a01b03165f818152602084815260408220805460ff1916600190811790915586548082018855878452919092200180546001600160a01b031916909217909155016113ea565b506114d560208701876138a1565b6001600160a01b0316336001600160a01b0316867fb68c90c257261c0a2018e493a26533846e97873a003da889b5c5bec255185856348a60405161151a929190613c9d565b60405180910390a450505050919050565b5f61153582612159565b9050611543828260036121aa565b5f61154d82612c52565b9050806001600160401b0316421161158357604051630789f42160e21b81526001600160401b03821660048201526024016105ae565b6004820154600160401b90046001600160401b0316156115d35760048281015460405163cf5e663960e01b8152918201859052600160401b90046001600160401b031660248201526044016105ae565b5f82600b015483600901546115e891906138ce565b835460ff60a01b1916600560a01b1784555f60098501819055600b850181905560018501546001600160a01b03168152600260205260408120805492935083929091906116369084906138ce565b909155505060018301546040518281526001600160a01b039091169085907fe4662c82efbb42a499fe463f763d2d63a9d3661d13d55de77ed66a1c85ed40ce9060200160405180910390a350505050565b6116cb60408051610100810182525f808252602082018190529181018290526060810182905290608082019081526020015f81526020015f81526020015f81525090565b5f8281526008602090815260409182902060018101546001600160401b03808216865282546001600160a01b03811694870194909452600160401b909104811693850193909352600160a01b820490921660608401526080830190600160e01b900460ff1660038111156117415761174161345d565b908160038111156117545761175461345d565b905250805460a0830190600160e81b900460ff1660038111156117795761177961345d565b9081600381111561178c5761178c61345d565b905250600281015460c08301525f8154600160e01b900460ff1660038111156117b7576117b761345d565b146117e15760018101546001600160401b03165f908152600460205260409020600c015460e08301525b50919050565b5f6117f183612159565b60018101549091506001600160a01b0316331461182357604051631bd2224f60e01b81523360048201526024016105ae565b61182f838260026121aa565b6002810154600160c01b90046001600160401b031642111561187b57600281015460405163bfb22adf60e01b8152600160c01b9091046001600160401b031660048201526024016105ae565b60028101545f9061189d90600160801b90046001600160401b031660016138ce565b6003830154909150600160c01b90046001600160401b031681146118f2576003820154604051630dee4d1760e01b8152600160c01b9091046001600160401b03166004820152602481018290526044016105ae565b815460ff60a01b1916600360a01b17825560038201805467ffffffffffffffff60801b1916600160801b426001600160401b03811691909102919091179091556007830184905584907f97ac0b42336375e23a6874db793d93c398b1e03c39ceb43c9765bfa1b12164bf90859061196886612c52565b604080519384526001600160401b03928316602085015291169082015260600160405180910390a250505050565b5f8281526007602090815260408083208484529091529020545b92915050565b60408051610340810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c082018390526101e08201839052610200820183905261022082018390526102408201839052610260820183905261028082018390526102a082018390526102c082018390526102e08201839052610300820152610320810182905290611a8e83612159565b80546001600160a01b03808216855260018301541660208501529091506040830190600160a01b900460ff166006811115611acb57611acb61345d565b90816006811115611ade57611ade61345d565b9052506005810154606083015260028101546001600160401b038082166080850152600160401b808304821660a0860152600160801b808404831660c0870152600685015460e08701526001850154600160a01b90048316610100870152600160c01b9093048216610120860152600384015480831661014087015290810482166101608601529190910416610180830181905215611b8557611b8081612c52565b611b87565b5f5b6001600160401b039081166101a084015260088201546101c084015260098201546101e0840152600a820154610200840152600b820154610220840152600c8201546102408401526003820154600160c01b900481166102608401526004820154808216610280850152600160401b9004166102a0830152805460ff600160a81b820481166102c0850152600160b01b909104166102e0830152600d81018054611c3090613a60565b80601f0160208091040260200160405190810160405280929190818152602001828054611c5c90613a60565b8015611ca75780601f10611c7e57610100808354040283529160200191611ca7565b820191905f5260205f20905b815481529060010190602001808311611c8a57829003601f168201915b505050505061030083015260070154610320820152919050565b5f5f611ccc8b612159565b9050611cd88b82612c76565b80600c01543414611d0b57600c81015460405163195a3ca160e01b815260048101919091523460248201526044016105ae565b6001600160401b038a161580611d38575060028101546001600160401b03600160801b9091048116908b16115b15611d6157604051630347146560e01b81526001600160401b038b1660048201526024016105ae565b60048101546001600160401b03168810611d91576040516321c9773560e11b8152600481018990526024016105ae565b868686604051602001611dc89392919092835260c091821b6001600160c01b03199081166020850152911b16602882015260300190565b60408051601f1981840301815291815281516020928301205f8e8152600784528281208c825290935291205414611e12576040516305da379960e11b815260040160405180910390fd5b856001600160401b03168a6001600160401b03161080611e4d57506001600160401b038516611e41878c61395c565b6001600160401b031610155b15611e8657604051634e15795f60e11b81526001600160401b03808c1660048301528088166024830152861660448201526064016105ae565b611eaf876001600160401b038716611e9e898e61395c565b6001600160401b03168c8888612d58565b611ecc576040516309bde33960e01b815260040160405180910390fd5b611ed88b828c8c612e5b565b9b9a5050505050505050505050565b5f611ef182612449565b60018101546001600160401b03165f81815260046020526040812092935090919060028254600160a01b900460ff166006811115611f3157611f3161345d565b1480611f59575060038254600160a01b900460ff166006811115611f5757611f5761345d565b145b9050808015611f7957508354600160a01b90046001600160401b03164211155b15611f9a5760405163ca76dc0d60e01b8152600481018690526024016105ae565b8354600c83015460ff60e01b198216600360e01b1786555f8581526003602090815260408083206001808b01546001600160401b03600160401b918290048116875292909452918420939093556004870180546001600160a01b03909616959193909260089261200f9286929091041661395c565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508060025f846001600160a01b03166001600160a01b031681526020019081526020015f205f82825461206591906138ce565b92505081905550816001600160a01b031687867fc46bae8db8a12ffc0bed012b62ed7403d0ddb1130c26823838edfcdccc9a9af4846040516120a991815260200190565b60405180910390a450505050505050565b604080517f857803ab223e2091e63d8261782253cbea8ce5defc1d0d9d655ae1d790a6cf4e6020820152908101899052606081018890526001600160401b038716608082015260a0810186905260ff851660c082015260e08101849052610100810183905261012081018290525f9061214c9061014001604051602081830303815290604052805190602001206130e1565b9998505050505050505050565b5f818152600460205260408120908154600160a01b900460ff1660068111156121845761218461345d565b036121a557604051630510aa5f60e41b8152600481018390526024016105ae565b919050565b8060068111156121bc576121bc61345d565b8254600160a01b900460ff1660068111156121d9576121d961345d565b14612207578154604051637f59621760e01b81526105ae918591600160a01b90910460ff1690600401613948565b505050565b80515f9080820361223057604051639136328760e01b815260040160405180910390fd5b5f600161223d83826138ce565b901c90505f816001600160401b0381111561225a5761225a613a4c565b604051908082528060200260200182016040528015612283578160200160208202803683370190505b5090505f5b82811015612353575f600182901b90505f6122ce828984815181106122af576122af613b96565b60200260200101515f8260b81b5f528160095260295f20905092915050565b90505f866122dd8460016138ce565b106122e85781612312565b6123126122f68460016138ce565b8a6123028660016138ce565b815181106122af576122af613b96565b905061232782825f9182526020526040902090565b85858151811061233957612339613b96565b602002602001018181525050505050806001019050612288565b505b6001821115612425575f600161236b84826138ce565b901c90505f5b8181101561241d575f600182901b90505f84828151811061239457612394613b96565b602002602001015190506123f681878460016123b091906138ce565b106123c457825f9182526020526040902090565b866123d08560016138ce565b815181106123e0576123e0613b96565b60200260200101515f9182526020526040902090565b85848151811061240857612408613b96565b60209081029190910101525050600101612371565b509150612355565b805f8151811061243757612437613b96565b60200260200101519350505050919050565b5f818152600860205260408120908154600160e01b900460ff1660038111156124745761247461345d565b03612495576040516346bb1c0f60e01b8152600481018390526024016105ae565b60018154600160e01b900460ff1660038111156124b4576124b461345d565b146121a557805460405163ac34d38160e01b81526105ae918491600160e01b90910460ff1690600401613e07565b83548190600160a81b900460ff16811015612525578454604051633ce0c9e960e11b815260048101839052600160a81b90910460ff1660248201526044016105ae565b8454600160b01b900460ff16811115612566578454604051633f8ea02560e01b815260048101839052600160b01b90910460ff1660248201526044016105ae565b5f86815260066020526040812090805b838110156126d5575f5f6125ad8989898681811061259657612596613b96565b90506020028101906125a89190613a0a565b61310f565b915091508060ff166001036125d85760405163058676ad60e31b8152600481018490526024016105ae565b8060ff166002036125ff5760405163170ba0ef60e21b8152600481018490526024016105ae565b8060ff166003036126265760405163912b0fab60e01b8152600481018490526024016105ae565b60ff81161561264b57604051630a57f30960e31b8152600481018490526024016105ae565b836001600160a01b0316826001600160a01b0316116126805760405163ef5fac2160e01b8152600481018490526024016105ae565b6001600160a01b0382165f9081526020869052604090205460ff166126ca57604051636ceeb9e560e01b8152600481018490526001600160a01b03831660248201526044016105ae565b509150600101612576565b505050505050505050565b600b8401545f6127106126f561138884613e24565b6126ff9190613e4f565b90505f866009015482846127139190613e62565b61271d91906138ce565b875460ff60a01b1916600160a21b1788555f600b89018190556009890155905061274784836138ce565b6001600160a01b0386165f908152600260205260408120805490919061276e9084906138ce565b909155505086546001600160a01b03165f908152600260205260408120805483929061279b9084906138ce565b909155505060408051838152602081018390526001600160a01b0387169188918b917ff495a88eded11a9bafe574cf504edc3f2cc28ed101749a89fe2e1f406bfec17c910160405180910390a45050505050505050565b5f8061280160208401846138a1565b6001600160a01b03160361282857604051633158a19160e01b815260040160405180910390fd5b61283860608301604084016139f1565b6001600160401b03161580612863575061285860808301606084016139f1565b6001600160401b0316155b8061289f575061287960808301606084016139f1565b61288960608401604085016139f1565b6128939190613e75565b6001600160401b031615155b156128f0576128b460608301604084016139f1565b6128c460808401606085016139f1565b60405163103c720160e11b81526001600160401b039283166004820152911660248201526044016105ae565b61290060808301606084016139f1565b61291060608401604085016139f1565b61291a9190613ea2565b9050640100000000816001600160401b0316111561295657604051637a1a25a960e01b81526001600160401b03821660048201526024016105ae565b4261296760c0840160a085016139f1565b6001600160401b031610806129ab575061298760c0830160a084016139f1565b6001600160401b03166129a060e0840160c085016139f1565b6001600160401b0316105b156129fc576129c060c0830160a084016139f1565b6129d060e0840160c085016139f1565b604051637571dd7160e01b81526001600160401b039283166004820152911660248201526044016105ae565b612a0d610100830160e084016139f1565b6001600160401b03161580612a3a5750612a2f610120830161010084016139f1565b6001600160401b0316155b80612a6157506312cc0300612a56610100840160e085016139f1565b6001600160401b0316115b80612a8957506312cc0300612a7e610120840161010085016139f1565b6001600160401b0316115b15612add57612a9f610100830160e084016139f1565b612ab1610120840161010085016139f1565b604051637d9400c560e01b81526001600160401b039283166004820152911660248201526044016105ae565b8161014001355f03612b025760405163e05e1eab60e01b815260040160405180910390fd5b5f612b116101608401846139ac565b915050801580612b215750601081115b15612b425760405163cdaf754960e01b8152600481018290526024016105ae565b5f5b81811015612be7575f612b5b6101608601866139ac565b83818110612b6b57612b6b613b96565b9050602002016020810190612b8091906138a1565b90506001600160a01b0381161580612bb55750612ba060208601866138a1565b6001600160a01b0316816001600160a01b0316145b15612bde57604051639a6f7e9760e01b81526001600160a01b03821660048201526024016105ae565b50600101612b44565b50612bfa6101a084016101808501613993565b60ff161580612c1c575080612c176101a085016101808601613993565b60ff16115b156117e157612c336101a084016101808501613993565b604051630bb31b4760e21b815260ff90911660048201526024016105ae565b60038101545f906119b0906001600160401b0380821691600160801b9004166138e1565b60028154600160a01b900460ff166006811115612c9557612c9561345d565b03612cd6576002810154600160c01b90046001600160401b0316421115612cd257604051634046dd8160e01b8152600481018390526024016105ae565b5050565b60038154600160a01b900460ff166006811115612cf557612cf561345d565b03612d2f57612d0381612c52565b6001600160401b0316421115612cd257604051634046dd8160e01b8152600481018390526024016105ae565b8054604051637f59621760e01b81526105ae918491600160a01b90910460ff1690600401613948565b5f851580612d695750600160401b86115b80612d745750858510155b15612d8057505f612e51565b612d898661321e565b8214612d9657505f612e51565b60b885901b5f908152600985905260298120905085875f5b85811015612e49575f878783818110612dc957612dc9613b96565b90506020020135905083600116600103612df1575f8181526020869052604090209450612e2c565b612dfc600184613e62565b84148015612e0a5750848114155b15612e1c575f95505050505050612e51565b5f85815260208290526040902094505b600193841c93612e3c84826138ce565b901c925050600101612dae565b505050871490505b9695505050505050565b5f80612e6860018561395c565b5f8781526003602090815260408083206001600160401b03851684529091529020549091508015612ebe5760405163ab3780ab60e01b81526001600160401b0383166004820152602481018290526044016105ae565b60015f8154612ecc9061397b565b918290555060038701549093505f90612ef590600160401b90046001600160401b0316426138e1565b6040805160e0810182523381526001600160401b03831660208201529192508101600181526020015f81526001600160401b03808b1660208084019190915286821660408085019190915260609093018990525f888152600882528390208451815492860151909316600160a01b026001600160e01b03199092166001600160a01b039093169290921717808255918301519091829060ff60e01b1916600160e01b836003811115612fa957612fa961345d565b021790555060608201518154829060ff60e81b1916600160e81b836003811115612fd557612fd561345d565b021790555060808201516001828101805460a08601516001600160401b039485166fffffffffffffffffffffffffffffffff1990921691909117600160401b91851682021790915560c0909401516002909301929092555f8b81526003602090815260408083208985168452909152902087905560048a0180549293909260089261306392869204166138e1565b82546101009290920a6001600160401b038181021990931691831602179091556040805186831681528983166020820152908101889052908316606082015233915085908a907f956489123172395ca9b53394898828d58f9a5912d02acdf608b0aab933c9b0f99060800160405180910390a4505050949350505050565b5f5f6130eb610a0d565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f806041831461312457505f90506001613216565b8335602085013560408601355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115613169575f600294509450505050613216565b8060ff16601b1415801561318157508060ff16601c14155b15613195575f600394509450505050613216565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156131e5573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b03851661320f575f600494509450505050613216565b505f925050505b935093915050565b5f6002821161323f578115613234576001613236565b5f5b60ff1692915050565b5f61324b600184613e62565b90505b80156117e15760011c6132608261397b565b915061324e565b5f60208284031215613277575f5ffd5b5035919050565b80356001600160401b03811681146121a5575f5ffd5b5f5f83601f8401126132a4575f5ffd5b5081356001600160401b038111156132ba575f5ffd5b6020830191508360208260051b85010111156132d4575f5ffd5b9250929050565b5f5f5f5f606085870312156132ee575f5ffd5b843593506132fe6020860161327e565b925060408501356001600160401b03811115613318575f5ffd5b61332487828801613294565b95989497509550505050565b5f5f60408385031215613341575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156133905783516001600160a01b0316835260209384019390920191600101613369565b509095945050505050565b803560ff811681146121a5575f5ffd5b5f5f5f5f5f5f5f60c0888a0312156133c1575f5ffd5b873596506133d16020890161339b565b955060408801359450606088013593506080880135925060a08801356001600160401b03811115613400575f5ffd5b61340c8a828b01613294565b989b979a50959850939692959293505050565b5f6020828403121561342f575f5ffd5b81356001600160401b03811115613444575f5ffd5b82016101c08185031215613456575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b600481106134815761348161345d565b50565b61348d81613471565b9052565b5f610100820190508251825260018060a01b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301516134e76080840182613484565b5060a08301516134fa60a0840182613484565b5060c083015160c083015260e083015160e083015292915050565b6007811061348d5761348d61345d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815261356d6020820183516001600160a01b03169052565b5f602083015161358860408401826001600160a01b03169052565b50604083015161359b6060840182613515565b506060830151608083015260808301516135c060a08401826001600160401b03169052565b5060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e08301516101008301526101008301516136126101208401826001600160401b03169052565b506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516001600160401b038116610180840152506101808301516001600160401b0381166101a0840152506101a08301516001600160401b0381166101c0840152506101c08301516101e08301526101e08301516102008301526102008301516102208301526102208301516102408301526102408301516102608301526102608301516136de6102808401826001600160401b03169052565b506102808301516001600160401b0381166102a0840152506102a08301516001600160401b0381166102c0840152506102c083015160ff81166102e0840152506102e083015160ff81166103008401525061030083015161034061032084015261374c610360840182613525565b90506103208401516103408401528091505092915050565b80356001600160a01b03811681146121a5575f5ffd5b5f5f6040838503121561378b575f5ffd5b8235915061379b60208401613764565b90509250929050565b5f5f5f5f5f5f5f5f5f6101008a8c0312156137bd575f5ffd5b893598506137cd60208b0161327e565b975060408a0135965060608a0135955060808a013594506137f060a08b0161327e565b93506137fe60c08b0161327e565b925060e08a01356001600160401b03811115613818575f5ffd5b6138248c828d01613294565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f5f5f610100898b031215613853575f5ffd5b883597506020890135965061386a60408a0161327e565b95506060890135945061387f60808a0161339b565b979a969950949793969560a0850135955060c08501359460e001359350915050565b5f602082840312156138b1575f5ffd5b61345682613764565b634e487b7160e01b5f52601160045260245ffd5b808201808211156119b0576119b06138ba565b6001600160401b0381811683821601908111156119b0576119b06138ba565b6001600160401b038416815260406020820181905281018290525f6001600160fb1b0383111561392e575f5ffd5b8260051b8085606085013791909101606001949350505050565b828152604081016134566020830184613515565b6001600160401b0382811682821603908111156119b0576119b06138ba565b5f6001820161398c5761398c6138ba565b5060010190565b5f602082840312156139a3575f5ffd5b6134568261339b565b5f5f8335601e198436030181126139c1575f5ffd5b8301803591506001600160401b038211156139da575f5ffd5b6020019150600581901b36038213156132d4575f5ffd5b5f60208284031215613a01575f5ffd5b6134568261327e565b5f5f8335601e19843603018112613a1f575f5ffd5b8301803591506001600160401b03821115613a38575f5ffd5b6020019150368190038213156132d4575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680613a7457607f821691505b6020821081036117e157634e487b7160e01b5f52602260045260245ffd5b601f82111561220757805f5260205f20601f840160051c81016020851015613ab75750805b601f840160051c820191505b81811015613ad6575f8155600101613ac3565b5050505050565b6001600160401b03831115613af457613af4613a4c565b613b0883613b028354613a60565b83613a92565b5f601f841160018114613b39575f8515613b225750838201355b5f19600387901b1c1916600186901b178355613ad6565b5f83815260208120601f198716915b82811015613b685786850135825560209485019460019092019101613b48565b5086821015613b84575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112613bbf575f5ffd5b83016020810192503590506001600160401b03811115613bdd575f5ffd5b8060051b36038213156132d4575f5ffd5b8183526020830192505f815f5b84811015613c2a576001600160a01b03613c1483613764565b1686526020958601959190910190600101613bfb565b5093949350505050565b5f5f8335601e19843603018112613c49575f5ffd5b83016020810192503590506001600160401b03811115613c67575f5ffd5b8036038213156132d4575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b82815260406020820152613cc460408201613cb784613764565b6001600160a01b03169052565b602082013560608201525f613cdb6040840161327e565b6001600160401b03166080830152613cf56060840161327e565b6001600160401b03811660a084015250608083013560c0830152613d1b60a0840161327e565b6001600160401b031660e0830152613d3560c0840161327e565b6001600160401b0316610100830152613d5060e0840161327e565b6001600160401b0316610120830152613d6c610100840161327e565b6001600160401b0381166101408401525061012083013561016083810191909152610140840135610180840152613da590840184613baa565b6101c06101a0850152613dbd61020085018284613bee565b915050613dcd610180850161339b565b60ff166101c0840152613de46101a0850185613c34565b848303603f19016101e0860152613dfc838284613c75565b979650505050505050565b82815260408101613e1783613471565b8260208301529392505050565b80820281158282048414176119b0576119b06138ba565b634e487b7160e01b5f52601260045260245ffd5b5f82613e5d57613e5d613e3b565b500490565b818103818111156119b0576119b06138ba565b5f6001600160401b03831680613e8d57613e8d613e3b565b806001600160401b0384160691505092915050565b5f6001600160401b03831680613eba57613eba613e3b565b806001600160401b038416049150509291505056fea2646970667358221220adefb8bec12d6af3a976af59d31db6a08fe76a8d9e12f26d186daf42af5946a864736f6c634300081e0033",
}

// OvigRegistry is an auto generated Go binding around an Ethereum contract.
type OvigRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OvigRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewOvigRegistry creates a new instance of OvigRegistry.
func NewOvigRegistry() *OvigRegistry {
	parsed, err := OvigRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OvigRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OvigRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackBPS() []byte {
	enc, err := ovigRegistry.abi.Pack("BPS")
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
func (ovigRegistry *OvigRegistry) TryPackBPS() ([]byte, error) {
	return ovigRegistry.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCHALLENGERSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54a86205.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHALLENGER_SHARE_BPS() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackCHALLENGERSHAREBPS() []byte {
	enc, err := ovigRegistry.abi.Pack("CHALLENGER_SHARE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHALLENGERSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54a86205.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHALLENGER_SHARE_BPS() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackCHALLENGERSHAREBPS() ([]byte, error) {
	return ovigRegistry.abi.Pack("CHALLENGER_SHARE_BPS")
}

// UnpackCHALLENGERSHAREBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54a86205.
//
// Solidity: function CHALLENGER_SHARE_BPS() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackCHALLENGERSHAREBPS(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("CHALLENGER_SHARE_BPS", data)
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
func (ovigRegistry *OvigRegistry) PackDOMAINSEPARATOR() []byte {
	enc, err := ovigRegistry.abi.Pack("DOMAIN_SEPARATOR")
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
func (ovigRegistry *OvigRegistry) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return ovigRegistry.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (ovigRegistry *OvigRegistry) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := ovigRegistry.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXARBITERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2895693d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ARBITERS() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackMAXARBITERS() []byte {
	enc, err := ovigRegistry.abi.Pack("MAX_ARBITERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXARBITERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2895693d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ARBITERS() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackMAXARBITERS() ([]byte, error) {
	return ovigRegistry.abi.Pack("MAX_ARBITERS")
}

// UnpackMAXARBITERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2895693d.
//
// Solidity: function MAX_ARBITERS() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackMAXARBITERS(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("MAX_ARBITERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackMAXBATCH() []byte {
	enc, err := ovigRegistry.abi.Pack("MAX_BATCH")
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
func (ovigRegistry *OvigRegistry) TryPackMAXBATCH() ([]byte, error) {
	return ovigRegistry.abi.Pack("MAX_BATCH")
}

// UnpackMAXBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x950bff9f.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackMAXBATCH(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("MAX_BATCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINTERVALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6211922.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INTERVALS() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackMAXINTERVALS() []byte {
	enc, err := ovigRegistry.abi.Pack("MAX_INTERVALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINTERVALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6211922.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INTERVALS() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackMAXINTERVALS() ([]byte, error) {
	return ovigRegistry.abi.Pack("MAX_INTERVALS")
}

// UnpackMAXINTERVALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6211922.
//
// Solidity: function MAX_INTERVALS() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackMAXINTERVALS(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("MAX_INTERVALS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackMAXWINDOW() []byte {
	enc, err := ovigRegistry.abi.Pack("MAX_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackMAXWINDOW() ([]byte, error) {
	return ovigRegistry.abi.Pack("MAX_WINDOW")
}

// UnpackMAXWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackMAXWINDOW(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("MAX_WINDOW", data)
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
func (ovigRegistry *OvigRegistry) PackVERDICTTYPEHASH() []byte {
	enc, err := ovigRegistry.abi.Pack("VERDICT_TYPEHASH")
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
func (ovigRegistry *OvigRegistry) TryPackVERDICTTYPEHASH() ([]byte, error) {
	return ovigRegistry.abi.Pack("VERDICT_TYPEHASH")
}

// UnpackVERDICTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75cb5f3d.
//
// Solidity: function VERDICT_TYPEHASH() view returns(bytes32)
func (ovigRegistry *OvigRegistry) UnpackVERDICTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ovigRegistry.abi.Unpack("VERDICT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 jobId) payable returns()
func (ovigRegistry *OvigRegistry) PackAccept(jobId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("accept", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 jobId) payable returns()
func (ovigRegistry *OvigRegistry) TryPackAccept(jobId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("accept", jobId)
}

// PackBatchCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1538975.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCommitment(uint256 jobId, uint256 batchIndex) view returns(bytes32)
func (ovigRegistry *OvigRegistry) PackBatchCommitment(jobId *big.Int, batchIndex *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("batchCommitment", jobId, batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1538975.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCommitment(uint256 jobId, uint256 batchIndex) view returns(bytes32)
func (ovigRegistry *OvigRegistry) TryPackBatchCommitment(jobId *big.Int, batchIndex *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("batchCommitment", jobId, batchIndex)
}

// UnpackBatchCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1538975.
//
// Solidity: function batchCommitment(uint256 jobId, uint256 batchIndex) view returns(bytes32)
func (ovigRegistry *OvigRegistry) UnpackBatchCommitment(data []byte) ([32]byte, error) {
	out, err := ovigRegistry.abi.Unpack("batchCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 jobId) returns()
func (ovigRegistry *OvigRegistry) PackCancel(jobId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("cancel", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 jobId) returns()
func (ovigRegistry *OvigRegistry) TryPackCancel(jobId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("cancel", jobId)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdba3b50d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 jobId, uint64 endpoint, bytes32 root, uint256 batchIndex, bytes32 batchRoot, uint64 firstIndex, uint64 count, bytes32[] proof) payable returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) PackChallenge(jobId *big.Int, endpoint uint64, root [32]byte, batchIndex *big.Int, batchRoot [32]byte, firstIndex uint64, count uint64, proof [][32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("challenge", jobId, endpoint, root, batchIndex, batchRoot, firstIndex, count, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdba3b50d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 jobId, uint64 endpoint, bytes32 root, uint256 batchIndex, bytes32 batchRoot, uint64 firstIndex, uint64 count, bytes32[] proof) payable returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) TryPackChallenge(jobId *big.Int, endpoint uint64, root [32]byte, batchIndex *big.Int, batchRoot [32]byte, firstIndex uint64, count uint64, proof [][32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("challenge", jobId, endpoint, root, batchIndex, batchRoot, firstIndex, count, proof)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdba3b50d.
//
// Solidity: function challenge(uint256 jobId, uint64 endpoint, bytes32 root, uint256 batchIndex, bytes32 batchRoot, uint64 firstIndex, uint64 count, bytes32[] proof) payable returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackChallengeCount() []byte {
	enc, err := ovigRegistry.abi.Pack("challengeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackChallengeCount() ([]byte, error) {
	return ovigRegistry.abi.Pack("challengeCount")
}

// UnpackChallengeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f05725.
//
// Solidity: function challengeCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackChallengeCount(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("challengeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f1d3776.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenges(uint256 challengeId) view returns((uint256,address,uint64,uint64,uint8,uint8,bytes32,uint256) v)
func (ovigRegistry *OvigRegistry) PackChallenges(challengeId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("challenges", challengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f1d3776.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenges(uint256 challengeId) view returns((uint256,address,uint64,uint64,uint8,uint8,bytes32,uint256) v)
func (ovigRegistry *OvigRegistry) TryPackChallenges(challengeId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("challenges", challengeId)
}

// UnpackChallenges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f1d3776.
//
// Solidity: function challenges(uint256 challengeId) view returns((uint256,address,uint64,uint64,uint8,uint8,bytes32,uint256) v)
func (ovigRegistry *OvigRegistry) UnpackChallenges(data []byte) (Challenge, error) {
	out, err := ovigRegistry.abi.Unpack("challenges", data)
	if err != nil {
		return *new(Challenge), err
	}
	out0 := *abi.ConvertType(out[0], new(Challenge)).(*Challenge)
	return out0, nil
}

// PackCommitIntervals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da23512.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitIntervals(uint256 jobId, uint64 firstIndex, bytes32[] roots) returns()
func (ovigRegistry *OvigRegistry) PackCommitIntervals(jobId *big.Int, firstIndex uint64, roots [][32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("commitIntervals", jobId, firstIndex, roots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitIntervals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da23512.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitIntervals(uint256 jobId, uint64 firstIndex, bytes32[] roots) returns()
func (ovigRegistry *OvigRegistry) TryPackCommitIntervals(jobId *big.Int, firstIndex uint64, roots [][32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("commitIntervals", jobId, firstIndex, roots)
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c72978d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob((address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8,string) p) payable returns(uint256 jobId)
func (ovigRegistry *OvigRegistry) PackCreateJob(p JobParams) []byte {
	enc, err := ovigRegistry.abi.Pack("createJob", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c72978d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob((address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8,string) p) payable returns(uint256 jobId)
func (ovigRegistry *OvigRegistry) TryPackCreateJob(p JobParams) ([]byte, error) {
	return ovigRegistry.abi.Pack("createJob", p)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c72978d.
//
// Solidity: function createJob((address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8,string) p) payable returns(uint256 jobId)
func (ovigRegistry *OvigRegistry) UnpackCreateJob(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("createJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5ff468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address account) view returns(uint256 amount)
func (ovigRegistry *OvigRegistry) PackCredits(account common.Address) []byte {
	enc, err := ovigRegistry.abi.Pack("credits", account)
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
func (ovigRegistry *OvigRegistry) TryPackCredits(account common.Address) ([]byte, error) {
	return ovigRegistry.abi.Pack("credits", account)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5ff468.
//
// Solidity: function credits(address account) view returns(uint256 amount)
func (ovigRegistry *OvigRegistry) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("credits", data)
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
func (ovigRegistry *OvigRegistry) PackDeployBlock() []byte {
	enc, err := ovigRegistry.abi.Pack("deployBlock")
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
func (ovigRegistry *OvigRegistry) TryPackDeployBlock() ([]byte, error) {
	return ovigRegistry.abi.Pack("deployBlock")
}

// UnpackDeployBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackDeployBlock(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("deployBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fa2f101.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 jobId, bytes32 finalModelHash) returns()
func (ovigRegistry *OvigRegistry) PackFinalize(jobId *big.Int, finalModelHash [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("finalize", jobId, finalModelHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fa2f101.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 jobId, bytes32 finalModelHash) returns()
func (ovigRegistry *OvigRegistry) TryPackFinalize(jobId *big.Int, finalModelHash [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("finalize", jobId, finalModelHash)
}

// PackGetArbiters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bf6fe1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getArbiters(uint256 jobId) view returns(address[])
func (ovigRegistry *OvigRegistry) PackGetArbiters(jobId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("getArbiters", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetArbiters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bf6fe1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getArbiters(uint256 jobId) view returns(address[])
func (ovigRegistry *OvigRegistry) TryPackGetArbiters(jobId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("getArbiters", jobId)
}

// UnpackGetArbiters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30bf6fe1.
//
// Solidity: function getArbiters(uint256 jobId) view returns(address[])
func (ovigRegistry *OvigRegistry) UnpackGetArbiters(data []byte) ([]common.Address, error) {
	out, err := ovigRegistry.abi.Unpack("getArbiters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,bytes32,uint64,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint64,uint64,uint64,uint8,uint8,string,bytes32) v)
func (ovigRegistry *OvigRegistry) PackGetJob(jobId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,bytes32,uint64,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint64,uint64,uint64,uint8,uint8,string,bytes32) v)
func (ovigRegistry *OvigRegistry) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,bytes32,uint64,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint64,uint64,uint64,uint8,uint8,string,bytes32) v)
func (ovigRegistry *OvigRegistry) UnpackGetJob(data []byte) (JobView, error) {
	out, err := ovigRegistry.abi.Unpack("getJob", data)
	if err != nil {
		return *new(JobView), err
	}
	out0 := *abi.ConvertType(out[0], new(JobView)).(*JobView)
	return out0, nil
}

// PackIsArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd80cc06c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isArbiter(uint256 jobId, address account) view returns(bool)
func (ovigRegistry *OvigRegistry) PackIsArbiter(jobId *big.Int, account common.Address) []byte {
	enc, err := ovigRegistry.abi.Pack("isArbiter", jobId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsArbiter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd80cc06c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isArbiter(uint256 jobId, address account) view returns(bool)
func (ovigRegistry *OvigRegistry) TryPackIsArbiter(jobId *big.Int, account common.Address) ([]byte, error) {
	return ovigRegistry.abi.Pack("isArbiter", jobId, account)
}

// UnpackIsArbiter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd80cc06c.
//
// Solidity: function isArbiter(uint256 jobId, address account) view returns(bool)
func (ovigRegistry *OvigRegistry) UnpackIsArbiter(data []byte) (bool, error) {
	out, err := ovigRegistry.abi.Unpack("isArbiter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackJobCount() []byte {
	enc, err := ovigRegistry.abi.Pack("jobCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackJobCount() ([]byte, error) {
	return ovigRegistry.abi.Pack("jobCount")
}

// UnpackJobCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5d8a0f.
//
// Solidity: function jobCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackJobCount(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("jobCount", data)
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
// Solidity: function lapse(uint256 challengeId) returns()
func (ovigRegistry *OvigRegistry) PackLapse(challengeId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("lapse", challengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLapse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd91d923.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lapse(uint256 challengeId) returns()
func (ovigRegistry *OvigRegistry) TryPackLapse(challengeId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("lapse", challengeId)
}

// PackOpenChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25abe4b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openChallengeOf(uint256 jobId, uint256 interval) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) PackOpenChallengeOf(jobId *big.Int, interval *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("openChallengeOf", jobId, interval)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25abe4b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openChallengeOf(uint256 jobId, uint256 interval) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) TryPackOpenChallengeOf(jobId *big.Int, interval *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("openChallengeOf", jobId, interval)
}

// UnpackOpenChallengeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25abe4b6.
//
// Solidity: function openChallengeOf(uint256 jobId, uint256 interval) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackOpenChallengeOf(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("openChallengeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69335ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 challengeId, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest, bytes[] signatures) returns()
func (ovigRegistry *OvigRegistry) PackResolve(challengeId *big.Int, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte, signatures [][]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("resolve", challengeId, outcome, distance, boundary, replayDigest, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69335ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 challengeId, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest, bytes[] signatures) returns()
func (ovigRegistry *OvigRegistry) TryPackResolve(challengeId *big.Int, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte, signatures [][]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("resolve", challengeId, outcome, distance, boundary, replayDigest, signatures)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 jobId) returns()
func (ovigRegistry *OvigRegistry) PackSettle(jobId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("settle", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 jobId) returns()
func (ovigRegistry *OvigRegistry) TryPackSettle(jobId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("settle", jobId)
}

// PackVerdictDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeebfbccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verdictDigest(uint256 jobId, uint256 challengeId, uint64 interval, bytes32 root, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest) view returns(bytes32)
func (ovigRegistry *OvigRegistry) PackVerdictDigest(jobId *big.Int, challengeId *big.Int, interval uint64, root [32]byte, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("verdictDigest", jobId, challengeId, interval, root, outcome, distance, boundary, replayDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdictDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeebfbccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdictDigest(uint256 jobId, uint256 challengeId, uint64 interval, bytes32 root, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest) view returns(bytes32)
func (ovigRegistry *OvigRegistry) TryPackVerdictDigest(jobId *big.Int, challengeId *big.Int, interval uint64, root [32]byte, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("verdictDigest", jobId, challengeId, interval, root, outcome, distance, boundary, replayDigest)
}

// UnpackVerdictDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeebfbccb.
//
// Solidity: function verdictDigest(uint256 jobId, uint256 challengeId, uint64 interval, bytes32 root, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest) view returns(bytes32)
func (ovigRegistry *OvigRegistry) UnpackVerdictDigest(data []byte) ([32]byte, error) {
	out, err := ovigRegistry.abi.Unpack("verdictDigest", data)
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
func (ovigRegistry *OvigRegistry) PackWithdraw() []byte {
	enc, err := ovigRegistry.abi.Pack("withdraw")
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
func (ovigRegistry *OvigRegistry) TryPackWithdraw() ([]byte, error) {
	return ovigRegistry.abi.Pack("withdraw")
}

// OvigRegistryChallengeLapsed represents a ChallengeLapsed event raised by the OvigRegistry contract.
type OvigRegistryChallengeLapsed struct {
	JobId       *big.Int
	ChallengeId *big.Int
	Challenger  common.Address
	Bond        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OvigRegistryChallengeLapsedEventName = "ChallengeLapsed"

// ContractEventName returns the user-defined event name.
func (OvigRegistryChallengeLapsed) ContractEventName() string {
	return OvigRegistryChallengeLapsedEventName
}

// UnpackChallengeLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeLapsed(uint256 indexed jobId, uint256 indexed challengeId, address indexed challenger, uint256 bond)
func (ovigRegistry *OvigRegistry) UnpackChallengeLapsedEvent(log *types.Log) (*OvigRegistryChallengeLapsed, error) {
	event := "ChallengeLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryChallengeLapsed)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryChallengeOpened represents a ChallengeOpened event raised by the OvigRegistry contract.
type OvigRegistryChallengeOpened struct {
	JobId       *big.Int
	ChallengeId *big.Int
	Interval    uint64
	Endpoint    uint64
	Root        [32]byte
	Challenger  common.Address
	Deadline    uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const OvigRegistryChallengeOpenedEventName = "ChallengeOpened"

// ContractEventName returns the user-defined event name.
func (OvigRegistryChallengeOpened) ContractEventName() string {
	return OvigRegistryChallengeOpenedEventName
}

// UnpackChallengeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeOpened(uint256 indexed jobId, uint256 indexed challengeId, uint64 interval, uint64 endpoint, bytes32 root, address indexed challenger, uint64 deadline)
func (ovigRegistry *OvigRegistry) UnpackChallengeOpenedEvent(log *types.Log) (*OvigRegistryChallengeOpened, error) {
	event := "ChallengeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryChallengeOpened)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryChallengeResolved represents a ChallengeResolved event raised by the OvigRegistry contract.
type OvigRegistryChallengeResolved struct {
	JobId        *big.Int
	ChallengeId  *big.Int
	Interval     uint64
	Outcome      uint8
	Distance     *big.Int
	Boundary     *big.Int
	ReplayDigest [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const OvigRegistryChallengeResolvedEventName = "ChallengeResolved"

// ContractEventName returns the user-defined event name.
func (OvigRegistryChallengeResolved) ContractEventName() string {
	return OvigRegistryChallengeResolvedEventName
}

// UnpackChallengeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeResolved(uint256 indexed jobId, uint256 indexed challengeId, uint64 interval, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest)
func (ovigRegistry *OvigRegistry) UnpackChallengeResolvedEvent(log *types.Log) (*OvigRegistryChallengeResolved, error) {
	event := "ChallengeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryChallengeResolved)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryIntervalsCommitted represents a IntervalsCommitted event raised by the OvigRegistry contract.
type OvigRegistryIntervalsCommitted struct {
	JobId      *big.Int
	BatchIndex *big.Int
	FirstIndex uint64
	Roots      [][32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigRegistryIntervalsCommittedEventName = "IntervalsCommitted"

// ContractEventName returns the user-defined event name.
func (OvigRegistryIntervalsCommitted) ContractEventName() string {
	return OvigRegistryIntervalsCommittedEventName
}

// UnpackIntervalsCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IntervalsCommitted(uint256 indexed jobId, uint256 indexed batchIndex, uint64 firstIndex, bytes32[] roots)
func (ovigRegistry *OvigRegistry) UnpackIntervalsCommittedEvent(log *types.Log) (*OvigRegistryIntervalsCommitted, error) {
	event := "IntervalsCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryIntervalsCommitted)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryJobAccepted represents a JobAccepted event raised by the OvigRegistry contract.
type OvigRegistryJobAccepted struct {
	JobId    *big.Int
	Provider common.Address
	Bond     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobAcceptedEventName = "JobAccepted"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobAccepted) ContractEventName() string {
	return OvigRegistryJobAcceptedEventName
}

// UnpackJobAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAccepted(uint256 indexed jobId, address indexed provider, uint256 bond)
func (ovigRegistry *OvigRegistry) UnpackJobAcceptedEvent(log *types.Log) (*OvigRegistryJobAccepted, error) {
	event := "JobAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryJobAccepted)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryJobCancelled represents a JobCancelled event raised by the OvigRegistry contract.
type OvigRegistryJobCancelled struct {
	JobId  *big.Int
	Owner  common.Address
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobCancelled) ContractEventName() string {
	return OvigRegistryJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(uint256 indexed jobId, address indexed owner, uint256 refund)
func (ovigRegistry *OvigRegistry) UnpackJobCancelledEvent(log *types.Log) (*OvigRegistryJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryJobCancelled)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryJobCreated represents a JobCreated event raised by the OvigRegistry contract.
type OvigRegistryJobCreated struct {
	JobId    *big.Int
	Owner    common.Address
	Provider common.Address
	Payment  *big.Int
	Params   JobParams
	Raw      *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobCreated) ContractEventName() string {
	return OvigRegistryJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, address indexed owner, address indexed provider, uint256 payment, (address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8,string) params)
func (ovigRegistry *OvigRegistry) UnpackJobCreatedEvent(log *types.Log) (*OvigRegistryJobCreated, error) {
	event := "JobCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryJobCreated)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryJobFinalized represents a JobFinalized event raised by the OvigRegistry contract.
type OvigRegistryJobFinalized struct {
	JobId          *big.Int
	FinalModelHash [32]byte
	FinalizedAt    uint64
	WindowEnd      uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobFinalizedEventName = "JobFinalized"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobFinalized) ContractEventName() string {
	return OvigRegistryJobFinalizedEventName
}

// UnpackJobFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFinalized(uint256 indexed jobId, bytes32 finalModelHash, uint64 finalizedAt, uint64 windowEnd)
func (ovigRegistry *OvigRegistry) UnpackJobFinalizedEvent(log *types.Log) (*OvigRegistryJobFinalized, error) {
	event := "JobFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryJobFinalized)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryJobSettled represents a JobSettled event raised by the OvigRegistry contract.
type OvigRegistryJobSettled struct {
	JobId    *big.Int
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobSettledEventName = "JobSettled"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobSettled) ContractEventName() string {
	return OvigRegistryJobSettledEventName
}

// UnpackJobSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSettled(uint256 indexed jobId, address indexed provider, uint256 amount)
func (ovigRegistry *OvigRegistry) UnpackJobSettledEvent(log *types.Log) (*OvigRegistryJobSettled, error) {
	event := "JobSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryJobSettled)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryJobSlashed represents a JobSlashed event raised by the OvigRegistry contract.
type OvigRegistryJobSlashed struct {
	JobId            *big.Int
	ChallengeId      *big.Int
	Challenger       common.Address
	ChallengerReward *big.Int
	OwnerRefund      *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobSlashedEventName = "JobSlashed"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobSlashed) ContractEventName() string {
	return OvigRegistryJobSlashedEventName
}

// UnpackJobSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSlashed(uint256 indexed jobId, uint256 indexed challengeId, address indexed challenger, uint256 challengerReward, uint256 ownerRefund)
func (ovigRegistry *OvigRegistry) UnpackJobSlashedEvent(log *types.Log) (*OvigRegistryJobSlashed, error) {
	event := "JobSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryJobSlashed)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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

// OvigRegistryWithdrawn represents a Withdrawn event raised by the OvigRegistry contract.
type OvigRegistryWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OvigRegistryWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (OvigRegistryWithdrawn) ContractEventName() string {
	return OvigRegistryWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (ovigRegistry *OvigRegistry) UnpackWithdrawnEvent(log *types.Log) (*OvigRegistryWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryWithdrawn)
	if len(log.Data) > 0 {
		if err := ovigRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ovigRegistry.abi.Events[event].Inputs {
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
func (ovigRegistry *OvigRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["BatchMismatch"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackBatchMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["BatchTooLarge"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["CannotCancel"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["CannotLapse"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackCannotLapseError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ChallengeNotOpen"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackChallengeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ChallengesOpen"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackChallengesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DuplicateArbiter"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDuplicateArbiterError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["EmptyTree"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackEmptyTreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["EndpointNotInBatch"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackEndpointNotInBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["EndpointsMissing"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackEndpointsMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["IntervalAlreadyChallenged"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackIntervalAlreadyChallengedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidArbiter"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidArbiterError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidArbiterCount"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidArbiterCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidDeadlines"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidDeadlinesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidEndpoint"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidEndpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidJobStatus"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidJobStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidOutcome"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidOutcomeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidSignatureLength"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidSignatureS"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidSignatureV"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidSignatureVError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidSteps"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidThreshold"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidWindows"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidWindowsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NotArbiter"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNotArbiterError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NotEnoughSignatures"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["SignersNotIncreasing"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackSignersNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["TooManyEndpoints"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackTooManyEndpointsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["TooManyIntervals"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackTooManyIntervalsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["TooManySignatures"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackTooManySignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["UnexpectedFirstIndex"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackUnexpectedFirstIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["UnknownChallenge"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackUnknownChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["WrongValue"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackWrongValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ZeroChallengerBond"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackZeroChallengerBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ZeroPayment"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackZeroPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ZeroProvider"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackZeroProviderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OvigRegistryBatchMismatch represents a BatchMismatch error raised by the OvigRegistry contract.
type OvigRegistryBatchMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchMismatch()
func OvigRegistryBatchMismatchErrorID() common.Hash {
	return common.HexToHash("0x0bb46f32e43805cdce30431561788df567d73bd4c53ac9bc161324d2dabcd6c3")
}

// UnpackBatchMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchMismatch()
func (ovigRegistry *OvigRegistry) UnpackBatchMismatchError(raw []byte) (*OvigRegistryBatchMismatch, error) {
	out := new(OvigRegistryBatchMismatch)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "BatchMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryBatchTooLarge represents a BatchTooLarge error raised by the OvigRegistry contract.
type OvigRegistryBatchTooLarge struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchTooLarge(uint256 count)
func OvigRegistryBatchTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa67b9f9ef6979701a4990cf6b12dd9748579e6c2d4b1c6def1334fd2ecc27f6a")
}

// UnpackBatchTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchTooLarge(uint256 count)
func (ovigRegistry *OvigRegistry) UnpackBatchTooLargeError(raw []byte) (*OvigRegistryBatchTooLarge, error) {
	out := new(OvigRegistryBatchTooLarge)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "BatchTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryCannotCancel represents a CannotCancel error raised by the OvigRegistry contract.
type OvigRegistryCannotCancel struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotCancel(uint256 jobId)
func OvigRegistryCannotCancelErrorID() common.Hash {
	return common.HexToHash("0x532a5810c5e7e7cb4c5c8e2fa2cc4838fd4d9a9ace2aacca28f767f874f422ae")
}

// UnpackCannotCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotCancel(uint256 jobId)
func (ovigRegistry *OvigRegistry) UnpackCannotCancelError(raw []byte) (*OvigRegistryCannotCancel, error) {
	out := new(OvigRegistryCannotCancel)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "CannotCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryCannotLapse represents a CannotLapse error raised by the OvigRegistry contract.
type OvigRegistryCannotLapse struct {
	ChallengeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotLapse(uint256 challengeId)
func OvigRegistryCannotLapseErrorID() common.Hash {
	return common.HexToHash("0xca76dc0d2fb272f3467e37bcb4b4b2796c309faafc51161533024933899c142e")
}

// UnpackCannotLapseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotLapse(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackCannotLapseError(raw []byte) (*OvigRegistryCannotLapse, error) {
	out := new(OvigRegistryCannotLapse)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "CannotLapse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryChallengeNotOpen represents a ChallengeNotOpen error raised by the OvigRegistry contract.
type OvigRegistryChallengeNotOpen struct {
	ChallengeId *big.Int
	Status      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeNotOpen(uint256 challengeId, uint8 status)
func OvigRegistryChallengeNotOpenErrorID() common.Hash {
	return common.HexToHash("0xac34d381d7f4f76ad8bf9195408e32505d8e959e1ddd2241ee2c3111a4add508")
}

// UnpackChallengeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeNotOpen(uint256 challengeId, uint8 status)
func (ovigRegistry *OvigRegistry) UnpackChallengeNotOpenError(raw []byte) (*OvigRegistryChallengeNotOpen, error) {
	out := new(OvigRegistryChallengeNotOpen)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ChallengeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryChallengeWindowClosed represents a ChallengeWindowClosed error raised by the OvigRegistry contract.
type OvigRegistryChallengeWindowClosed struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint256 jobId)
func OvigRegistryChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4046dd81830080823ff817cf7dc48d363c5fc9c21f48af3932bbd3e212cfd1a7")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint256 jobId)
func (ovigRegistry *OvigRegistry) UnpackChallengeWindowClosedError(raw []byte) (*OvigRegistryChallengeWindowClosed, error) {
	out := new(OvigRegistryChallengeWindowClosed)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryChallengesOpen represents a ChallengesOpen error raised by the OvigRegistry contract.
type OvigRegistryChallengesOpen struct {
	JobId *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengesOpen(uint256 jobId, uint256 count)
func OvigRegistryChallengesOpenErrorID() common.Hash {
	return common.HexToHash("0xcf5e6639f67ee8b53049d54c0c082c79b9ef49ccb8fad9d556ead82ec995a7b3")
}

// UnpackChallengesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengesOpen(uint256 jobId, uint256 count)
func (ovigRegistry *OvigRegistry) UnpackChallengesOpenError(raw []byte) (*OvigRegistryChallengesOpen, error) {
	out := new(OvigRegistryChallengesOpen)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ChallengesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryDeadlineNotReached represents a DeadlineNotReached error raised by the OvigRegistry contract.
type OvigRegistryDeadlineNotReached struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint256 deadline)
func OvigRegistryDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x1e27d084778cf458974be55bf3b1e2746cc2e247872f82908d56f9ae83d8df0d")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint256 deadline)
func (ovigRegistry *OvigRegistry) UnpackDeadlineNotReachedError(raw []byte) (*OvigRegistryDeadlineNotReached, error) {
	out := new(OvigRegistryDeadlineNotReached)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryDeadlinePassed represents a DeadlinePassed error raised by the OvigRegistry contract.
type OvigRegistryDeadlinePassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func OvigRegistryDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xbfb22adfe9d5fa2834e025e2832eac6acdb50f696427fd6da5e7d933cf7e8923")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func (ovigRegistry *OvigRegistry) UnpackDeadlinePassedError(raw []byte) (*OvigRegistryDeadlinePassed, error) {
	out := new(OvigRegistryDeadlinePassed)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryDuplicateArbiter represents a DuplicateArbiter error raised by the OvigRegistry contract.
type OvigRegistryDuplicateArbiter struct {
	Arbiter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateArbiter(address arbiter)
func OvigRegistryDuplicateArbiterErrorID() common.Hash {
	return common.HexToHash("0x77be364ac3f201567f8f69a0abfbf5ac9b1dcc066be8d8db46158a79ddb95e4b")
}

// UnpackDuplicateArbiterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateArbiter(address arbiter)
func (ovigRegistry *OvigRegistry) UnpackDuplicateArbiterError(raw []byte) (*OvigRegistryDuplicateArbiter, error) {
	out := new(OvigRegistryDuplicateArbiter)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "DuplicateArbiter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryEmptyBatch represents a EmptyBatch error raised by the OvigRegistry contract.
type OvigRegistryEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func OvigRegistryEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (ovigRegistry *OvigRegistry) UnpackEmptyBatchError(raw []byte) (*OvigRegistryEmptyBatch, error) {
	out := new(OvigRegistryEmptyBatch)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryEmptyTree represents a EmptyTree error raised by the OvigRegistry contract.
type OvigRegistryEmptyTree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTree()
func OvigRegistryEmptyTreeErrorID() common.Hash {
	return common.HexToHash("0x91363287e86abc9a32e9497c199d101108698f0547673152e7d0221a248c212a")
}

// UnpackEmptyTreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTree()
func (ovigRegistry *OvigRegistry) UnpackEmptyTreeError(raw []byte) (*OvigRegistryEmptyTree, error) {
	out := new(OvigRegistryEmptyTree)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "EmptyTree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryEndpointNotInBatch represents a EndpointNotInBatch error raised by the OvigRegistry contract.
type OvigRegistryEndpointNotInBatch struct {
	Endpoint   uint64
	FirstIndex uint64
	Count      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndpointNotInBatch(uint64 endpoint, uint64 firstIndex, uint64 count)
func OvigRegistryEndpointNotInBatchErrorID() common.Hash {
	return common.HexToHash("0x9c2af2be2f121062a54bdce1603bba6a90be59b14710fb64b8ea2c46161cccd8")
}

// UnpackEndpointNotInBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndpointNotInBatch(uint64 endpoint, uint64 firstIndex, uint64 count)
func (ovigRegistry *OvigRegistry) UnpackEndpointNotInBatchError(raw []byte) (*OvigRegistryEndpointNotInBatch, error) {
	out := new(OvigRegistryEndpointNotInBatch)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "EndpointNotInBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryEndpointsMissing represents a EndpointsMissing error raised by the OvigRegistry contract.
type OvigRegistryEndpointsMissing struct {
	Committed *big.Int
	Required  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndpointsMissing(uint256 committed, uint256 required)
func OvigRegistryEndpointsMissingErrorID() common.Hash {
	return common.HexToHash("0x0dee4d178bd848d25f4459c709be9a7c98275a85397a1ee914bf170afd0eadf9")
}

// UnpackEndpointsMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndpointsMissing(uint256 committed, uint256 required)
func (ovigRegistry *OvigRegistry) UnpackEndpointsMissingError(raw []byte) (*OvigRegistryEndpointsMissing, error) {
	out := new(OvigRegistryEndpointsMissing)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "EndpointsMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryIntervalAlreadyChallenged represents a IntervalAlreadyChallenged error raised by the OvigRegistry contract.
type OvigRegistryIntervalAlreadyChallenged struct {
	Interval    uint64
	ChallengeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IntervalAlreadyChallenged(uint64 interval, uint256 challengeId)
func OvigRegistryIntervalAlreadyChallengedErrorID() common.Hash {
	return common.HexToHash("0xab3780ab27c07a95f2cd4065e885ec723c08891ecf895ccc5f8d3e3eb8448311")
}

// UnpackIntervalAlreadyChallengedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IntervalAlreadyChallenged(uint64 interval, uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackIntervalAlreadyChallengedError(raw []byte) (*OvigRegistryIntervalAlreadyChallenged, error) {
	out := new(OvigRegistryIntervalAlreadyChallenged)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "IntervalAlreadyChallenged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidArbiter represents a InvalidArbiter error raised by the OvigRegistry contract.
type OvigRegistryInvalidArbiter struct {
	Arbiter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArbiter(address arbiter)
func OvigRegistryInvalidArbiterErrorID() common.Hash {
	return common.HexToHash("0x9a6f7e974f4fcbdb711664f5e81c3919aac4b53f598581f04804fee035b75617")
}

// UnpackInvalidArbiterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArbiter(address arbiter)
func (ovigRegistry *OvigRegistry) UnpackInvalidArbiterError(raw []byte) (*OvigRegistryInvalidArbiter, error) {
	out := new(OvigRegistryInvalidArbiter)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidArbiter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidArbiterCount represents a InvalidArbiterCount error raised by the OvigRegistry contract.
type OvigRegistryInvalidArbiterCount struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArbiterCount(uint256 count)
func OvigRegistryInvalidArbiterCountErrorID() common.Hash {
	return common.HexToHash("0xcdaf7549c33eefd477995bc3473761a4af035ad1ef14f4a117b692d681c69852")
}

// UnpackInvalidArbiterCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArbiterCount(uint256 count)
func (ovigRegistry *OvigRegistry) UnpackInvalidArbiterCountError(raw []byte) (*OvigRegistryInvalidArbiterCount, error) {
	out := new(OvigRegistryInvalidArbiterCount)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidArbiterCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidDeadlines represents a InvalidDeadlines error raised by the OvigRegistry contract.
type OvigRegistryInvalidDeadlines struct {
	AcceptBy   uint64
	FinalizeBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDeadlines(uint64 acceptBy, uint64 finalizeBy)
func OvigRegistryInvalidDeadlinesErrorID() common.Hash {
	return common.HexToHash("0x7571dd710f43395295cf3ad9e4139dc637239e792084dc93e705b636bb8d8d86")
}

// UnpackInvalidDeadlinesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDeadlines(uint64 acceptBy, uint64 finalizeBy)
func (ovigRegistry *OvigRegistry) UnpackInvalidDeadlinesError(raw []byte) (*OvigRegistryInvalidDeadlines, error) {
	out := new(OvigRegistryInvalidDeadlines)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidDeadlines", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidEndpoint represents a InvalidEndpoint error raised by the OvigRegistry contract.
type OvigRegistryInvalidEndpoint struct {
	Endpoint uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEndpoint(uint64 endpoint)
func OvigRegistryInvalidEndpointErrorID() common.Hash {
	return common.HexToHash("0x03471465b6b67e2df847c269b1dc90c6d036614e7a9afa7eaa659b2a9562e91c")
}

// UnpackInvalidEndpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEndpoint(uint64 endpoint)
func (ovigRegistry *OvigRegistry) UnpackInvalidEndpointError(raw []byte) (*OvigRegistryInvalidEndpoint, error) {
	out := new(OvigRegistryInvalidEndpoint)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidEndpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidJobStatus represents a InvalidJobStatus error raised by the OvigRegistry contract.
type OvigRegistryInvalidJobStatus struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidJobStatus(uint256 jobId, uint8 status)
func OvigRegistryInvalidJobStatusErrorID() common.Hash {
	return common.HexToHash("0x7f5962179cf15b2ee5d24a2a4ca522d2c2ba60af9decea6f635e5985318c4080")
}

// UnpackInvalidJobStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidJobStatus(uint256 jobId, uint8 status)
func (ovigRegistry *OvigRegistry) UnpackInvalidJobStatusError(raw []byte) (*OvigRegistryInvalidJobStatus, error) {
	out := new(OvigRegistryInvalidJobStatus)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidJobStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidOutcome represents a InvalidOutcome error raised by the OvigRegistry contract.
type OvigRegistryInvalidOutcome struct {
	Outcome uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOutcome(uint8 outcome)
func OvigRegistryInvalidOutcomeErrorID() common.Hash {
	return common.HexToHash("0x426266639891a0928d2c08f0255080e35024a99c4a87a8eca222e7558d4e2a6e")
}

// UnpackInvalidOutcomeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOutcome(uint8 outcome)
func (ovigRegistry *OvigRegistry) UnpackInvalidOutcomeError(raw []byte) (*OvigRegistryInvalidOutcome, error) {
	out := new(OvigRegistryInvalidOutcome)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidOutcome", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidProof represents a InvalidProof error raised by the OvigRegistry contract.
type OvigRegistryInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func OvigRegistryInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (ovigRegistry *OvigRegistry) UnpackInvalidProofError(raw []byte) (*OvigRegistryInvalidProof, error) {
	out := new(OvigRegistryInvalidProof)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidSignature represents a InvalidSignature error raised by the OvigRegistry contract.
type OvigRegistryInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func OvigRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (ovigRegistry *OvigRegistry) UnpackInvalidSignatureError(raw []byte) (*OvigRegistryInvalidSignature, error) {
	out := new(OvigRegistryInvalidSignature)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidSignatureLength represents a InvalidSignatureLength error raised by the OvigRegistry contract.
type OvigRegistryInvalidSignatureLength struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignatureLength(uint256 index)
func OvigRegistryInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0x2c33b5680a9fef1303384e1d65d338fdf3c385db42aef31f2b5a9618f7249d8a")
}

// UnpackInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignatureLength(uint256 index)
func (ovigRegistry *OvigRegistry) UnpackInvalidSignatureLengthError(raw []byte) (*OvigRegistryInvalidSignatureLength, error) {
	out := new(OvigRegistryInvalidSignatureLength)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidSignatureS represents a InvalidSignatureS error raised by the OvigRegistry contract.
type OvigRegistryInvalidSignatureS struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignatureS(uint256 index)
func OvigRegistryInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0x5c2e83bc46dd0c5bba4f502e78ac28bf131a91b62432ae04a0eb617f0bf72067")
}

// UnpackInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignatureS(uint256 index)
func (ovigRegistry *OvigRegistry) UnpackInvalidSignatureSError(raw []byte) (*OvigRegistryInvalidSignatureS, error) {
	out := new(OvigRegistryInvalidSignatureS)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidSignatureV represents a InvalidSignatureV error raised by the OvigRegistry contract.
type OvigRegistryInvalidSignatureV struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignatureV(uint256 index)
func OvigRegistryInvalidSignatureVErrorID() common.Hash {
	return common.HexToHash("0x912b0fab16da8735f2c7b9389d29c6ba03d811eb2894b6b490478ca4aad70ed3")
}

// UnpackInvalidSignatureVError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignatureV(uint256 index)
func (ovigRegistry *OvigRegistry) UnpackInvalidSignatureVError(raw []byte) (*OvigRegistryInvalidSignatureV, error) {
	out := new(OvigRegistryInvalidSignatureV)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidSignatureV", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidSteps represents a InvalidSteps error raised by the OvigRegistry contract.
type OvigRegistryInvalidSteps struct {
	TotalSteps uint64
	Stride     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSteps(uint64 totalSteps, uint64 stride)
func OvigRegistryInvalidStepsErrorID() common.Hash {
	return common.HexToHash("0x2078e402cfe8e0feb0a409d5cf847a274bbfb70ded0cd2c303ba6db24a6f2a62")
}

// UnpackInvalidStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSteps(uint64 totalSteps, uint64 stride)
func (ovigRegistry *OvigRegistry) UnpackInvalidStepsError(raw []byte) (*OvigRegistryInvalidSteps, error) {
	out := new(OvigRegistryInvalidSteps)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidThreshold represents a InvalidThreshold error raised by the OvigRegistry contract.
type OvigRegistryInvalidThreshold struct {
	Threshold uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint8 threshold)
func OvigRegistryInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x2ecc6d1c7f8bd17803ad8dd5c13265addf2620438ba33b1f9a7273239e6d006a")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint8 threshold)
func (ovigRegistry *OvigRegistry) UnpackInvalidThresholdError(raw []byte) (*OvigRegistryInvalidThreshold, error) {
	out := new(OvigRegistryInvalidThreshold)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryInvalidWindows represents a InvalidWindows error raised by the OvigRegistry contract.
type OvigRegistryInvalidWindows struct {
	ChallengeWindow   uint64
	ArbitrationWindow uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWindows(uint64 challengeWindow, uint64 arbitrationWindow)
func OvigRegistryInvalidWindowsErrorID() common.Hash {
	return common.HexToHash("0x7d9400c573371b14120efff1c56a9db2ded4cdfbdacf5c868918a4a3cbfb3452")
}

// UnpackInvalidWindowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWindows(uint64 challengeWindow, uint64 arbitrationWindow)
func (ovigRegistry *OvigRegistry) UnpackInvalidWindowsError(raw []byte) (*OvigRegistryInvalidWindows, error) {
	out := new(OvigRegistryInvalidWindows)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidWindows", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryNotArbiter represents a NotArbiter error raised by the OvigRegistry contract.
type OvigRegistryNotArbiter struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotArbiter(uint256 index, address signer)
func OvigRegistryNotArbiterErrorID() common.Hash {
	return common.HexToHash("0x6ceeb9e5558223c5c138236bc8e30d1ef601d254138935f90b6921dc15656000")
}

// UnpackNotArbiterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotArbiter(uint256 index, address signer)
func (ovigRegistry *OvigRegistry) UnpackNotArbiterError(raw []byte) (*OvigRegistryNotArbiter, error) {
	out := new(OvigRegistryNotArbiter)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NotArbiter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryNotEnoughSignatures represents a NotEnoughSignatures error raised by the OvigRegistry contract.
type OvigRegistryNotEnoughSignatures struct {
	Count     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughSignatures(uint256 count, uint256 threshold)
func OvigRegistryNotEnoughSignaturesErrorID() common.Hash {
	return common.HexToHash("0x79c193d2b9a5ab2a87f6c5945f80093d2564073c49c98e4bca0ef08737475744")
}

// UnpackNotEnoughSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughSignatures(uint256 count, uint256 threshold)
func (ovigRegistry *OvigRegistry) UnpackNotEnoughSignaturesError(raw []byte) (*OvigRegistryNotEnoughSignatures, error) {
	out := new(OvigRegistryNotEnoughSignatures)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NotEnoughSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryNotOwner represents a NotOwner error raised by the OvigRegistry contract.
type OvigRegistryNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func OvigRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (ovigRegistry *OvigRegistry) UnpackNotOwnerError(raw []byte) (*OvigRegistryNotOwner, error) {
	out := new(OvigRegistryNotOwner)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryNotProvider represents a NotProvider error raised by the OvigRegistry contract.
type OvigRegistryNotProvider struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(address caller)
func OvigRegistryNotProviderErrorID() common.Hash {
	return common.HexToHash("0x1bd2224f47bf32854983ee16847394426ab18eae693119e80eb952977965d64a")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(address caller)
func (ovigRegistry *OvigRegistry) UnpackNotProviderError(raw []byte) (*OvigRegistryNotProvider, error) {
	out := new(OvigRegistryNotProvider)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the OvigRegistry contract.
type OvigRegistryNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func OvigRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (ovigRegistry *OvigRegistry) UnpackNothingToWithdrawError(raw []byte) (*OvigRegistryNothingToWithdraw, error) {
	out := new(OvigRegistryNothingToWithdraw)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryReentrancy represents a Reentrancy error raised by the OvigRegistry contract.
type OvigRegistryReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func OvigRegistryReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (ovigRegistry *OvigRegistry) UnpackReentrancyError(raw []byte) (*OvigRegistryReentrancy, error) {
	out := new(OvigRegistryReentrancy)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistrySignersNotIncreasing represents a SignersNotIncreasing error raised by the OvigRegistry contract.
type OvigRegistrySignersNotIncreasing struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotIncreasing(uint256 index)
func OvigRegistrySignersNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0xef5fac21cb8c72e3344fdfb2af92bf7defbcc66c24f851b24c2ad1672363ab1e")
}

// UnpackSignersNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotIncreasing(uint256 index)
func (ovigRegistry *OvigRegistry) UnpackSignersNotIncreasingError(raw []byte) (*OvigRegistrySignersNotIncreasing, error) {
	out := new(OvigRegistrySignersNotIncreasing)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "SignersNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryTooManyEndpoints represents a TooManyEndpoints error raised by the OvigRegistry contract.
type OvigRegistryTooManyEndpoints struct {
	Endpoints    *big.Int
	MaxEndpoints *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyEndpoints(uint256 endpoints, uint256 maxEndpoints)
func OvigRegistryTooManyEndpointsErrorID() common.Hash {
	return common.HexToHash("0xa36936b01d360b59789d84134219b367c681fc9e3d1f39472b336d92da387bbb")
}

// UnpackTooManyEndpointsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyEndpoints(uint256 endpoints, uint256 maxEndpoints)
func (ovigRegistry *OvigRegistry) UnpackTooManyEndpointsError(raw []byte) (*OvigRegistryTooManyEndpoints, error) {
	out := new(OvigRegistryTooManyEndpoints)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "TooManyEndpoints", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryTooManyIntervals represents a TooManyIntervals error raised by the OvigRegistry contract.
type OvigRegistryTooManyIntervals struct {
	Intervals *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyIntervals(uint256 intervals)
func OvigRegistryTooManyIntervalsErrorID() common.Hash {
	return common.HexToHash("0x7a1a25a9255a52736a4557f8db99beeca99fdc81923383c4177d888c77098252")
}

// UnpackTooManyIntervalsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyIntervals(uint256 intervals)
func (ovigRegistry *OvigRegistry) UnpackTooManyIntervalsError(raw []byte) (*OvigRegistryTooManyIntervals, error) {
	out := new(OvigRegistryTooManyIntervals)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "TooManyIntervals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryTooManySignatures represents a TooManySignatures error raised by the OvigRegistry contract.
type OvigRegistryTooManySignatures struct {
	Count    *big.Int
	Arbiters *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManySignatures(uint256 count, uint256 arbiters)
func OvigRegistryTooManySignaturesErrorID() common.Hash {
	return common.HexToHash("0x3f8ea0257f66027f0f5369a984fe6810ff2d585c8413731f43f460e8eacb8aeb")
}

// UnpackTooManySignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManySignatures(uint256 count, uint256 arbiters)
func (ovigRegistry *OvigRegistry) UnpackTooManySignaturesError(raw []byte) (*OvigRegistryTooManySignatures, error) {
	out := new(OvigRegistryTooManySignatures)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "TooManySignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryTransferFailed represents a TransferFailed error raised by the OvigRegistry contract.
type OvigRegistryTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func OvigRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (ovigRegistry *OvigRegistry) UnpackTransferFailedError(raw []byte) (*OvigRegistryTransferFailed, error) {
	out := new(OvigRegistryTransferFailed)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryUnexpectedFirstIndex represents a UnexpectedFirstIndex error raised by the OvigRegistry contract.
type OvigRegistryUnexpectedFirstIndex struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedFirstIndex(uint64 expected, uint64 got)
func OvigRegistryUnexpectedFirstIndexErrorID() common.Hash {
	return common.HexToHash("0xdd3542e3e3630ce2411b4b17e9057dc86a4660d5dbb586089d0dab5019a8283d")
}

// UnpackUnexpectedFirstIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedFirstIndex(uint64 expected, uint64 got)
func (ovigRegistry *OvigRegistry) UnpackUnexpectedFirstIndexError(raw []byte) (*OvigRegistryUnexpectedFirstIndex, error) {
	out := new(OvigRegistryUnexpectedFirstIndex)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "UnexpectedFirstIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryUnknownBatch represents a UnknownBatch error raised by the OvigRegistry contract.
type OvigRegistryUnknownBatch struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint256 batchIndex)
func OvigRegistryUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x4392ee6a277b6a3f727911895d8c530bb19e11ffc893c9dfe3b57d6fde293d28")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint256 batchIndex)
func (ovigRegistry *OvigRegistry) UnpackUnknownBatchError(raw []byte) (*OvigRegistryUnknownBatch, error) {
	out := new(OvigRegistryUnknownBatch)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryUnknownChallenge represents a UnknownChallenge error raised by the OvigRegistry contract.
type OvigRegistryUnknownChallenge struct {
	ChallengeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownChallenge(uint256 challengeId)
func OvigRegistryUnknownChallengeErrorID() common.Hash {
	return common.HexToHash("0x46bb1c0f4790c0b24b44b0dc7530da26afbb67040b0afbca9973d723a06707b5")
}

// UnpackUnknownChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownChallenge(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackUnknownChallengeError(raw []byte) (*OvigRegistryUnknownChallenge, error) {
	out := new(OvigRegistryUnknownChallenge)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "UnknownChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryUnknownJob represents a UnknownJob error raised by the OvigRegistry contract.
type OvigRegistryUnknownJob struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownJob(uint256 jobId)
func OvigRegistryUnknownJobErrorID() common.Hash {
	return common.HexToHash("0x510aa5f06826d740de587fc177250838c7f20674aef37603d5ab5f52cef91ae8")
}

// UnpackUnknownJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownJob(uint256 jobId)
func (ovigRegistry *OvigRegistry) UnpackUnknownJobError(raw []byte) (*OvigRegistryUnknownJob, error) {
	out := new(OvigRegistryUnknownJob)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "UnknownJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryWrongValue represents a WrongValue error raised by the OvigRegistry contract.
type OvigRegistryWrongValue struct {
	Expected *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongValue(uint256 expected, uint256 sent)
func OvigRegistryWrongValueErrorID() common.Hash {
	return common.HexToHash("0x195a3ca12ac3744ef64727effb118b3b203c382e49c7a7d24d450eae5e3b889a")
}

// UnpackWrongValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongValue(uint256 expected, uint256 sent)
func (ovigRegistry *OvigRegistry) UnpackWrongValueError(raw []byte) (*OvigRegistryWrongValue, error) {
	out := new(OvigRegistryWrongValue)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "WrongValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryZeroChallengerBond represents a ZeroChallengerBond error raised by the OvigRegistry contract.
type OvigRegistryZeroChallengerBond struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroChallengerBond()
func OvigRegistryZeroChallengerBondErrorID() common.Hash {
	return common.HexToHash("0xe05e1eab908ee9fd88ab213f4e360658b0906fe344e1c6f2b51910d67c413c7e")
}

// UnpackZeroChallengerBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroChallengerBond()
func (ovigRegistry *OvigRegistry) UnpackZeroChallengerBondError(raw []byte) (*OvigRegistryZeroChallengerBond, error) {
	out := new(OvigRegistryZeroChallengerBond)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ZeroChallengerBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryZeroPayment represents a ZeroPayment error raised by the OvigRegistry contract.
type OvigRegistryZeroPayment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPayment()
func OvigRegistryZeroPaymentErrorID() common.Hash {
	return common.HexToHash("0x8f28ea88289d507b5c3f245d8774e5efa92b2028835ba21897ad020f12f5a97d")
}

// UnpackZeroPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPayment()
func (ovigRegistry *OvigRegistry) UnpackZeroPaymentError(raw []byte) (*OvigRegistryZeroPayment, error) {
	out := new(OvigRegistryZeroPayment)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ZeroPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryZeroProvider represents a ZeroProvider error raised by the OvigRegistry contract.
type OvigRegistryZeroProvider struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroProvider()
func OvigRegistryZeroProviderErrorID() common.Hash {
	return common.HexToHash("0x3158a19117294098cfaff38b10e158f72507f5447e5b656d6ce68099b692fba0")
}

// UnpackZeroProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroProvider()
func (ovigRegistry *OvigRegistry) UnpackZeroProviderError(raw []byte) (*OvigRegistryZeroProvider, error) {
	out := new(OvigRegistryZeroProvider)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ZeroProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}
