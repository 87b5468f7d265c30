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
	JobId       *big.Int
	DisputeId   *big.Int
	Challenger  common.Address
	Interval    uint64
	CommitBlock uint64
	Status      uint8
	Bond        *big.Int
	Step        uint64
	Named       bool
}

// Dispute is an auto generated low-level Go binding around an user-defined struct.
type Dispute struct {
	JobId             *big.Int
	Interval          uint64
	Deadline          uint64
	Status            uint8
	Outcome           uint8
	Root              [32]byte
	Leader            common.Address
	LeaderCommitBlock uint64
	Challenges        uint32
	Signers           uint16
	StartRoot         [32]byte
	StepRoot          [32]byte
	RespondBy         uint64
	NameBy            uint64
	Responded         bool
	StepsNamed        uint32
	Rewarded          common.Address
}

// EndpointProof is an auto generated low-level Go binding around an user-defined struct.
type EndpointProof struct {
	Endpoint   uint64
	Root       [32]byte
	BatchIndex *big.Int
	BatchRoot  [32]byte
	FirstIndex uint64
	Count      uint64
	Proof      [][32]byte
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
	OpenDisputes       uint64
	Threshold          uint8
	ArbiterCount       uint8
	EvidenceURI        string
	FinalModelHash     [32]byte
}

// OvigRegistryMetaData contains all meta data concerning the OvigRegistry contract.
var OvigRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ARBITER_SHARE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CHALLENGER_SHARE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ARBITERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ARBITRATION_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CHALLENGE_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INTERVALS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_URI_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REVEAL_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERDICT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accept\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"batchCommitment\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challenge\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"o\",\"type\":\"tuple\",\"internalType\":\"structEndpointProof\",\"components\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeCommitment\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"challengeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"challengeOf\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"challenges\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structChallenge\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumChallengeStatus\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"named\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitChallenge\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"commitIntervals\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitments\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createJob\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structJobParams\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"credits\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deployBlock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputes\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structDispute\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeStatus\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leader\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"leaderCommitBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challenges\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"signers\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"startRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"respondBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nameBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responded\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"stepsNamed\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"rewarded\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalize\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forfeit\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forfeited\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getArbiters\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structJobView\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumJobStatus\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"intervals\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"windowEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payment\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"escrow\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerBondHeld\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committedEndpoints\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batchCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"openDisputes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"arbiterCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"intervalOutcome\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isArbiter\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lapse\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nameStep\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openDisputeOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"resolve\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"start\",\"type\":\"tuple\",\"internalType\":\"structEndpointProof\",\"components\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]},{\"name\":\"firstProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"lastProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stepLeaderOf\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timeout\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verdictDigest\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"ChallengeClaimed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toProvider\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toArbiters\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChallengeCommitted\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"revealBy\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChallengeOpened\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"commitBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitmentForfeited\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitmentRefunded\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeLapsed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"endpoint\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signers\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeTimedOut\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"IntervalsCommitted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobAccepted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"providerRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCreated\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payment\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structJobParams\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFinalized\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"finalizedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"windowEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobSettled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobSlashed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"leader\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"challengerReward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"ownerRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StepNamed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"step\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StepsCommitted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyChallenged\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyClaimed\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyNamed\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyResponded\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BatchTooLarge\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BondTooLarge\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotCancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotLapse\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotTimeout\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ChallengeWindowClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitmentExists\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CommitmentLive\",\"inputs\":[{\"name\":\"revealBy\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeadlineNotReached\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeadlinePassed\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputeNotOpen\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeStatus\"}]},{\"type\":\"error\",\"name\":\"DisputeStillOpen\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputesOpen\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateArbiter\",\"inputs\":[{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EndpointNotInBatch\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EndpointsMissing\",\"inputs\":[{\"name\":\"committed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InconsistentVerdict\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"IntervalDecided\",\"inputs\":[{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"}]},{\"type\":\"error\",\"name\":\"InvalidArbiter\",\"inputs\":[{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidArbiterCount\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDeadlines\",\"inputs\":[{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEndpoint\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEvidenceURI\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidJobStatus\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumJobStatus\"}]},{\"type\":\"error\",\"name\":\"InvalidOutcome\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignatureLength\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignatureS\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignatureV\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSteps\",\"inputs\":[{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"arbiters\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidWindows\",\"inputs\":[{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotArbiter\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotChallenger\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotEnoughSignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotProvider\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotResponded\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PartyCannotChallenge\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProviderBondTooSmall\",\"inputs\":[{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Reentrancy\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RevealTooEarly\",\"inputs\":[{\"name\":\"commitBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RevealTooLate\",\"inputs\":[{\"name\":\"revealBy\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RootMismatch\",\"inputs\":[{\"name\":\"disputed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"given\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SignersNotIncreasing\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StepNotNamed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"StepOutOfRange\",\"inputs\":[{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TooManyEndpoints\",\"inputs\":[{\"name\":\"endpoints\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxEndpoints\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyIntervals\",\"inputs\":[{\"name\":\"intervals\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManySignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnexpectedFirstIndex\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownBatch\",\"inputs\":[{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChallenge\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownCommitment\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownDispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongValue\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroBond\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroChallengerBond\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPayment\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroProvider\",\"inputs\":[]}]",
	ID:  "OvigRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b50466080526100bb604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a0524360c05260805160a05160c051615f526100ec5f395f6106f401525f61123701525f6111630152615f525ff3fe608060405260043610610280575f3560e01c806375cb5f3d11610155578063aab5a877116100be578063d80cc06c11610078578063d80cc06c146107fa578063dd91d9231461084d578063e62119221461086c578063f07530dd14610884578063f5315215146108a3578063fe5ff468146108d9575f5ffd5b8063aab5a87714610716578063be3acbbe1461072b578063bf22c4571461074a578063c125d89b14610776578063cb13e21d14610795578063cfc5e5cf146107db575f5ffd5b8063950bff9f1161010f578063950bff9f1461065b5780639eeec78014610670578063a153897514610683578063a28889e1146106b9578063a2f05725146106ce578063a3ec191a146106e3575f5ffd5b806375cb5f3d146105025780637a1a3446146105355780638b1592b5146105485780638df82800146105f15780638f1d3776146106105780638fa2f1011461063c575f5ffd5b80633ccfd60b116101f75780635210e265116101b15780635210e2651461047757806354a8620514610477578063564a565d1461048c57806367a34844146104b85780636aabd601146104cd5780636bfbb36e146104ec575f5ffd5b80633ccfd60b146103e85780633d243e8b146103fc57806340e58ee51461040f5780634c5d8a0f1461042e578063503fafc71461044257806351586ecb14610461575f5ffd5b80632895693d116102485780632895693d146103205780632a9c903e1461033457806330bf6fe11461036a5780633644e51514610396578063379607f5146103aa5780633bcc1d63146103c9575f5ffd5b806308148f7a14610284578063101473c6146102a557806317e931cf146102c45780631da23512146102ec578063249d39e91461030b575b5f5ffd5b34801561028f575f5ffd5b506102a361029e366004614f72565b610904565b005b3480156102b0575f5ffd5b506102a36102bf366004614f9f565b610b49565b3480156102cf575f5ffd5b506102d9610e1081565b6040519081526020015b60405180910390f35b3480156102f7575f5ffd5b506102a3610306366004615010565b610de8565b348015610316575f5ffd5b506102d961271081565b34801561032b575f5ffd5b506102d9601081565b34801561033f575f5ffd5b506102d961034e36600461507b565b600660209081525f928352604080842090915290825290205481565b348015610375575f5ffd5b50610389610384366004614f72565b6110ed565b6040516102e3919061509c565b3480156103a1575f5ffd5b506102d9611160565b3480156103b5575f5ffd5b506102a36103c4366004614f72565b611259565b3480156103d4575f5ffd5b506102a36103e33660046150e7565b611569565b3480156103f3575f5ffd5b506102a36116c3565b6102a361040a36600461510f565b6117e3565b34801561041a575f5ffd5b506102a3610429366004614f72565b61194e565b348015610439575f5ffd5b506102d95f5481565b34801561044d575f5ffd5b506102d961045c366004615194565b611ba9565b34801561046c575f5ffd5b506102d96276a70081565b348015610482575f5ffd5b506102d961138881565b348015610497575f5ffd5b506104ab6104a6366004614f72565b611c0a565b6040516102e3919061524e565b3480156104c3575f5ffd5b506102d960035481565b3480156104d8575f5ffd5b506102d96104e7366004614f9f565b611e56565b3480156104f7575f5ffd5b506102d96212750081565b34801561050d575f5ffd5b506102d97f017546d0bc3f88cff941eda094f0194de697a057014a8657d3d7ff5ce32139e881565b6102a3610543366004614f72565b611e7f565b348015610553575f5ffd5b506105cc6105623660046150e7565b6001600160a01b0382165f908152600e60209081526040808320848452825291829020825160608101845290546001600160801b0381168083526001600160401b03600160801b83048116948401859052600160c01b909204909116919093018190529250925092565b604080519384526001600160401b0392831660208501529116908201526060016102e3565b3480156105fc575f5ffd5b506102a361060b366004614f72565b611fad565b34801561061b575f5ffd5b5061062f61062a366004614f72565b612100565b6040516102e391906153db565b348015610647575f5ffd5b506102a361065636600461547d565b61226b565b348015610666575f5ffd5b506102d961040081565b6102d961067e36600461549d565b61241a565b34801561068e575f5ffd5b506102d961069d36600461547d565b5f918252600b6020908152604080842092845291905290205490565b3480156106c4575f5ffd5b506102d960015481565b3480156106d9575f5ffd5b506102d960025481565b3480156106ee575f5ffd5b506102d97f000000000000000000000000000000000000000000000000000000000000000081565b348015610721575f5ffd5b506102d961020081565b348015610736575f5ffd5b506102a36107453660046154e4565b612891565b348015610755575f5ffd5b50610769610764366004614f72565b612a92565b6040516102e391906155cb565b348015610781575f5ffd5b506102d96107903660046157dc565b612d9d565b3480156107a0575f5ffd5b506107ce6107af36600461547d565b600760209081525f928352604080842090915290825290205460ff1681565b6040516102e39190615826565b3480156107e6575f5ffd5b506102d96107f5366004615839565b612df9565b348015610805575f5ffd5b5061083d61081436600461507b565b5f918252600a602090815260408084206001600160a01b03939093168452919052902054151590565b60405190151581526020016102e3565b348015610858575f5ffd5b506102a3610867366004614f72565b613498565b348015610877575f5ffd5b506102d964010000000081565b34801561088f575f5ffd5b506102a361089e366004615885565b6135e7565b3480156108ae575f5ffd5b506102d96108bd36600461547d565b600560209081525f928352604080842090915290825290205481565b3480156108e4575f5ffd5b506102d96108f3366004615909565b60046020525f908152604090205481565b5f5f5f6109108461373b565b82549295509093509150600160801b90046001600160401b031642111561096357825460405163bfb22adf60e01b8152600160801b9091046001600160401b031660048201526024015b60405180910390fd5b82545f90600160e01b900460ff1615801561098f57506109838483613777565b6001600160401b031642115b1561099c57506003610a09565b8354600160e01b900460ff1680156109c357506005840154600160a01b900463ffffffff16155b80156109e057506109d484836137b2565b6001600160401b031642115b156109ed57506002610a09565b60405163fbdea8d560e01b81526004810186905260240161095a565b8354859084907f89a9bb1d0df1864ee89c6a4f52f72ec251e675c5e55553b59f3f4da4f2e79b5b90600160401b90046001600160401b0316846003811115610a5357610a5361521a565b604080516001600160401b03909316835260ff90911660208301520160405180910390a3610a84838386845f6137d1565b8354859084907f3ec453cdf32840a1a608086a65e994aa5705f1f42ce1d83ec1a776c677d881cb90600160401b90046001600160401b0316846003811115610ace57610ace61521a565b604080516001600160401b03909316835260ff90911660208301525f908201819052606082018190526080820181905260a082015260c00160405180910390a36003816003811115610b2257610b2261521a565b03610b42576001840154610b4290869086906001600160a01b03166138ce565b5050505050565b5f828152600d6020526040902080546001600160a01b03163314610b82576040516330268a2560e21b815233600482015260240161095a565b60018101546001600160401b03165f610b9a826139fb565b8054909150600160e01b900460ff16610bc95760405163cc9078e960e01b81526004810183905260240161095a565b80546001600160401b03165f90815260086020526040812090610bec83836137b2565b9050806001600160401b0316421115610c235760405163bfb22adf60e01b81526001600160401b038216600482015260240161095a565b60028201546001600160401b03600160401b909104811690871610610c7c576002820154604051631613821360e01b81526001600160401b038881166004830152600160401b909204909116602482015260440161095a565b6001850154600160801b90046001600160401b031615610cb257604051633b7d5b9760e01b81526004810188905260240161095a565b5f848152600f602090815260408083206001600160401b03808b168552925282205460018881018054918b01909316600160801b0267ffffffffffffffff60801b199091161790915590819003610d2f5760058401805463ffffffff600160a01b80830482166001019091160263ffffffff60a01b199091161790555b801580610d6857505f818152600d60205260409020600190810154908701546001600160401b03600160401b9283900481169290910416105b15610d92575f858152600f602090815260408083206001600160401b038b16845290915290208890555b8354604080513381526001600160401b038a811660208301528b9389939116917feeebe8a0747e018686c58584a1bc339c36f5bd2c1b05e27df0145e2ae3818c1d91015b60405180910390a45050505050505050565b5f610df285613a99565b60018101549091506001600160a01b03163314610e2457604051631bd2224f60e01b815233600482015260240161095a565b610e3085826002613ae5565b6002810154600160c01b90046001600160401b0316421115610e7c57600281015460405163bfb22adf60e01b8152600160c01b9091046001600160401b0316600482015260240161095a565b815f819003610e9e5760405163c2e5347d60e01b815260040160405180910390fd5b610400811115610ec45760405163533dcfcf60e11b81526004810182905260240161095a565b60038201546001600160401b03600160c01b90910481169086168114610f105760405163dd3542e360e01b81526001600160401b0380831660048301528716602482015260440161095a565b60028301545f90610f3290600160801b90046001600160401b03166001615936565b905080610f48846001600160401b038516615936565b1115610f8557610f61836001600160401b038416615936565b604051630a36936b60e41b815260048101919091526024810182905260440161095a565b5f610fc18787808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250613b4792505050565b60048601546040519192506001600160401b031690859061100c9084908790849060200192835260c091821b6001600160c01b03199081166020850152911b16602882015260300190565b60408051601f1981840301815291815281516020928301205f8e8152600b84528281206001600160401b038716825290935291205561104b8186615949565b6003880180546001600160401b0392909216600160c01b026001600160c01b0390921691909117905561107f826001615949565b60048801805467ffffffffffffffff19166001600160401b03928316179055604051908316908c907f6d89fa4a9365c530e9ac8684d3a99ab541e20b22bc7f5079a597a493d573b99b906110d89089908e908e90615968565b60405180910390a35050505050505050505050565b60606110f882613a99565b505f828152600960209081526040918290208054835181840281018401909452808452909183018282801561115457602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611136575b50505050509050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146112345761122f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f818152600d60205260408120908154600160a01b900460ff1660028111156112845761128461521a565b036112a5576040516346bb1c0f60e01b81526004810183905260240161095a565b60018154600160a01b900460ff1660028111156112c4576112c461521a565b146112e55760405163598b3dfd60e11b81526004810183905260240161095a565b6001808201546001600160401b03165f908152600c60205260409020908154600160c01b900460ff16600381111561131f5761131f61521a565b0361134e576001820154604051632cef8fe560e01b81526001600160401b03909116600482015260240161095a565b81546001600160401b03600160a81b8204165f908152600860205260409020600c81015460ff60a01b198316600160a11b1785558354919290916001600160a01b0390911690600290600160c01b900460ff1660038111156113b2576113b261521a565b1480156113db575060028454600160c81b900460ff1660038111156113d9576113d961521a565b145b156114d057845484545f9161142591600160a81b9091046001600160401b031690600160d01b900461ffff16612710611416611388886159b0565b61142091906159db565b613d84565b90505f61143282856159ee565b60018601546001600160a01b03165f90815260046020526040812080549293508392909190611462908490615936565b90915550508654604080515f8152602081018490529081018490526001600160a01b038516918a91600160a81b9091046001600160401b0316907f8b00e87b82e21dd58a2c1830057f025d8cd8008b59b80c622bc5d3f8fd0adda69060600160405180910390a45050611561565b6001600160a01b0381165f90815260046020526040812080548492906114f7908490615936565b90915550508454604080518481525f60208201819052918101919091526001600160a01b038316918891600160a81b9091046001600160401b0316907f8b00e87b82e21dd58a2c1830057f025d8cd8008b59b80c622bc5d3f8fd0adda69060600160405180910390a45b505050505050565b6001600160a01b0382165f908152600e602090815260408083208484528252808320815160608101835290546001600160801b03811682526001600160401b03600160801b82048116948301859052600160c01b909104169181019190915291036115ea57604051630fcffcff60e21b81526004810183905260240161095a565b80604001516001600160401b03164211611628576040808201519051631f45f95760e01b81526001600160401b03909116600482015260240161095a565b6001600160a01b0383165f908152600e6020908152604080832085845290915281208190558151600380546001600160801b0390921692909161166c908490615936565b909155505080516040516001600160801b03909116815282906001600160a01b038516907fc3da66b8346fff3f9408519a63bb7492e5acf7a7e6ea0a1e0f4b7ca17704845e906020015b60405180910390a3505050565b60ff5f5c16156116e65760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d50335f908152600460205260408120549081900361172457604051630686827b60e51b815260040160405180910390fd5b335f8181526004602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906117679084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f81146117ae576040519150601f19603f3d011682016040523d82523d5f602084013e6117b3565b606091505b50509050806117d5576040516312171d8360e31b815260040160405180910390fd5b5f60ff19815c16815d505050565b5f6117ed84613a99565b60018101549091506001600160a01b0316331461181f57604051631bd2224f60e01b815233600482015260240161095a565b61182b84826001613ae5565b6001810154600160a01b90046001600160401b031642111561187757600181015460405163bfb22adf60e01b8152600160a01b9091046001600160401b0316600482015260240161095a565b80600a015434146118aa57600a81015460405163195a3ca160e01b8152600481019190915234602482015260440161095a565b818015806118b9575061020081115b156118da576040516369fde6fd60e11b81526004810182905260240161095a565b815460ff60a01b1916600160a11b17825534600b830155600d8201611900848683615a8b565b50336001600160a01b0316857f67454ec0788508461c076eee08d472cadb0b3326adb4c12de8690d6d2963bffa34878760405161193f93929190615b44565b60405180910390a35050505050565b5f61195882613a99565b90505f60018254600160a01b900460ff16600681111561197a5761197a61521a565b036119b05781546001600160a01b031633146119ab5760405163245aecd360e01b815233600482015260240161095a565b611ab1565b60028254600160a01b900460ff1660068111156119cf576119cf61521a565b03611a95576002820154600160c01b90046001600160401b03164211611a1f576002820154604051630789f42160e21b8152600160c01b9091046001600160401b0316600482015260240161095a565b6004820154600160401b90046001600160401b031615611a6f57600482810154604051637711513f60e11b8152918201859052600160401b90046001600160401b0316602482015260440161095a565b61271061138883600b0154611a8491906159b0565b611a8e91906159db565b9050611ab1565b604051630532a58160e41b81526004810184905260240161095a565b5f8183600b01548460090154611ac79190615936565b611ad191906159ee565b8354600360a11b60ff60a01b1982161785555f60098601819055600b86018190556001600160a01b03909116815260046020526040812080549293508392909190611b1d908490615936565b90915550508115611b595760018301546001600160a01b03165f9081526004602052604081208054849290611b53908490615936565b90915550505b825460408051838152602081018590526001600160a01b039092169186917fb54596a2b00c3d3d8a1d2a7bae304b50932b2b67fd5880e29d397b37410fd62091015b60405180910390a350505050565b5f5f611bb98c8c8c8c8c8c613e66565b6040805160ff891660208201529081018790526060810186905260808101859052909150611bfa90829060a001604051602081830303815290604052613f01565b9c9b505050505050505050505050565b611c9360408051610220810182525f8082526020820181905291810182905290606082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600c60205260408120908154600160c01b900460ff166003811115611cbe57611cbe61521a565b03611cc95750919050565b80546001600160401b038082165f81815260086020908152604091829020600390810154938852600160401b808704861692890192909252600160801b8604851692880192909252909104909116916060850191600160c01b90910460ff1690811115611d3857611d3861521a565b90816003811115611d4b57611d4b61521a565b90525081546080840190600160c81b900460ff166003811115611d7057611d7061521a565b90816003811115611d8357611d8361521a565b90525060028281015460a085015260018301546001600160a01b0380821660c0870152600160a01b8083046001600160401b0390811660e0890152600160e01b9384900463ffffffff9081166101008a01528754600160d01b810461ffff166101208b015260038901546101408b01526004808a01546101608c0152600160801b82048416899003988416908104890184166101808c015296909604909601166101a08801529190920460ff1615156101c08601526005909301549283049091166101e084015216610200820152919050565b5f828152600f602090815260408083206001600160401b03851684529091529020545b92915050565b345f03611e9f57604051631d7a68af60e11b815260040160405180910390fd5b6001600160801b03341115611ec95760405163916a45f360e01b815234600482015260240161095a565b335f908152600e6020908152604080832084845290915290208054600160801b90046001600160401b031615611f155760405163e90f941560e01b81526004810183905260240161095a565b5f611f22610e1042615936565b8254346001600160801b0381166001600160c01b031990921691909117600160801b436001600160401b0390811691909102919091176001600160c01b0316600160c01b918416918202178555604080519283526020830191909152919250849133917fa43af5559d4567dfa30d9cf1f9994c57b5796793165545b004fca043a7bf4fa691016116b6565b5f611fb782613a99565b9050611fc582826003613ae5565b5f611fcf82613f33565b9050806001600160401b0316421161200557604051630789f42160e21b81526001600160401b038216600482015260240161095a565b6004820154600160401b90046001600160401b03161561205557600482810154604051637711513f60e11b8152918201859052600160401b90046001600160401b0316602482015260440161095a565b5f82600b0154836009015461206a9190615936565b835460ff60a01b1916600560a01b1784555f60098501819055600b850181905560018501546001600160a01b03168152600460205260408120805492935083929091906120b8908490615936565b909155505060018301546040518281526001600160a01b039091169085907fe4662c82efbb42a499fe463f763d2d63a9d3661d13d55de77ed66a1c85ed40ce90602001611b9b565b60408051610120810182525f8082526020808301828152838501838152606085018481526080860185815260a0870186815260c0880187905260e088018790526101008801879052898752600d86528887208054600160a81b81046001600160401b039081168b526001830154808216988990526001600160a01b038316909752968952600c9097529890962054600160401b90819004851690925291049091169052919291600160a01b900460ff1660028111156121c1576121c161521a565b908160028111156121d4576121d461521a565b9052505f8154600160a01b900460ff1660028111156121f5576121f561521a565b14612223578054600160a81b90046001600160401b03165f908152600860205260409020600c015460c08301525b6001810154600160801b90046001600160401b031615612265576001818101545f196001600160401b03600160801b9092048216011660e08401526101008301525b50919050565b5f61227583613a99565b60018101549091506001600160a01b031633146122a757604051631bd2224f60e01b815233600482015260240161095a565b6122b383826002613ae5565b6002810154600160c01b90046001600160401b03164211156122ff57600281015460405163bfb22adf60e01b8152600160c01b9091046001600160401b0316600482015260240161095a565b60028101545f9061232190600160801b90046001600160401b03166001615936565b6003830154909150600160c01b90046001600160401b03168114612376576003820154604051630dee4d1760e01b8152600160c01b9091046001600160401b031660048201526024810182905260440161095a565b815460ff60a01b1916600360a01b17825560038201805467ffffffffffffffff60801b1916600160801b426001600160401b03811691909102919091179091556007830184905584907f97ac0b42336375e23a6874db793d93c398b1e03c39ceb43c9765bfa1b12164bf9085906123ec86613f33565b604080519384526001600160401b03928316602085015291169082015260600160405180910390a250505050565b5f345f0361243b576040516311e51d5160e31b815260040160405180910390fd5b5f61244583613f57565b90505f5f815461245490615b79565b91829055505f8181526008602052604090208054600160a01b6001600160a81b031990911660ff60a01b1933161717815590925061249a6101a085016101808601615b91565b815460ff91909116600160a81b0260ff60a81b199091161781556124c2610160850185615baa565b825460ff909116600160b01b0260ff60b01b19909116178255506124e96020850185615909565b6001820180546001600160a01b0319166001600160a01b039290921691909117905561251b60c0850160a08601615bef565b6001820180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b199092169190911790556125596060850160408601615bef565b60028201805467ffffffffffffffff19166001600160401b039290921691909117905561258c6080850160608601615bef565b60028201805477ffffffffffffffffffffffffffffffff00000000000000001916600160401b6001600160401b039384160267ffffffffffffffff60801b191617600160801b928516929092029190911790556125ef60e0850160c08601615bef565b6002820180546001600160401b0392909216600160c01b026001600160c01b03909216919091179055612629610100850160e08601615bef565b60038201805467ffffffffffffffff19166001600160401b039290921691909117905561265e61012085016101008601615bef565b6003820180546001600160401b0392909216600160401b0267ffffffffffffffff60401b199092169190911790556020808501356005830155608085013560068301553460088301819055600980840191909155610120860135600a80850191909155610140870135600c8501555f868152918352604080832091909352918120905b6126ef610160880188615baa565b905081101561282d575f612707610160890189615baa565b8381811061271757612717615c08565b905060200201602081019061272c9190615909565b90506001600160a01b0381161580612761575061274c6020890189615909565b6001600160a01b0316816001600160a01b0316145b8061277457506001600160a01b03811633145b1561279d57604051639a6f7e9760e01b81526001600160a01b038216600482015260240161095a565b6001600160a01b0381165f90815260208490526040902054156127de57604051633bdf1b2560e11b81526001600160a01b038216600482015260240161095a565b6127e9826001615936565b6001600160a01b039091165f81815260208581526040822093909355855460018181018855878352939091200180546001600160a01b0319169091179055016126e1565b5061283b6020870187615909565b6001600160a01b0316336001600160a01b0316867f530af9388fe9b838736d95dc5878347067c033e61e5bed63cfd727382d1e460d348a604051612880929190615ca6565b60405180910390a450505050919050565b5f5f5f61289d8a61373b565b600181015492955090935091506001600160a01b031633146128d457604051631bd2224f60e01b815233600482015260240161095a565b5f6128df8483613777565b9050806001600160401b03164211156129165760405163bfb22adf60e01b81526001600160401b038216600482015260240161095a565b8354600160e01b900460ff161561294357604051635027449160e01b8152600481018c905260240161095a565b8354600160401b90046001600160401b031661296260208b018b615bef565b6001600160401b0316146129a25761297d60208a018a615bef565b604051630347146560e01b81526001600160401b03909116600482015260240161095a565b6129ad83838b61437f565b6002820154600160401b90046001600160401b0316600181016129d88c825f60208f01358e8e614603565b15806129f357506129f18c828489600201548c8c614603565b155b15612a11576040516309bde33960e01b815260040160405180910390fd5b8554600160e01b60ff60e01b199091161780875560208c8101356003890155600488018e905560408051600160401b9093046001600160401b031683529082018e90528e9187917ff3333ab33c9fd31af653e996dc5fd226b20da1fa378d696a1fdc2a6420318499910160405180910390a350505050505050505050505050565b60408051610340810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c082018390526101e08201839052610200820183905261022082018390526102408201839052610260820183905261028082018390526102a082018390526102c082018390526102e08201839052610300820152610320810182905290612b6a83613a99565b80546001600160a01b03808216855260018301541660208501529091506040830190600160a01b900460ff166006811115612ba757612ba761521a565b90816006811115612bba57612bba61521a565b9052506005810154606083015260028101546001600160401b038082166080850152600160401b808304821660a0860152600160801b808404831660c0870152600685015460e08701526001850154600160a01b90048316610100870152600160c01b9093048216610120860152600384015480831661014087015290810482166101608601529190910416610180830181905215612c6157612c5c81613f33565b612c63565b5f5b6001600160401b039081166101a084015260088201546101c084015260098201546101e0840152600a820154610200840152600b820154610220840152600c8201546102408401526003820154600160c01b900481166102608401526004820154808216610280850152600160401b9004166102a0830152805460ff600160a81b820481166102c0850152600160b01b909104166102e0830152600d81018054612d0c90615a15565b80601f0160208091040260200160405190810160405280929190818152602001828054612d3890615a15565b8015612d835780601f10612d5a57610100808354040283529160200191612d83565b820191905f5260205f20905b815481529060010190602001808311612d6657829003601f168201915b505050505061030083015260070154610320820152919050565b604080516001600160a01b03871660208201529081018590526001600160401b03841660608201526080810183905260a081018290525f9060c00160405160208183030381529060405280519060200120905095945050505050565b5f80612e183386612e0d6020880188615bef565b876020013587612d9d565b335f908152600e602090815260408083208484528252808320815160608101835290546001600160801b03811682526001600160401b03600160801b82048116948301859052600160c01b90910416918101919091529293509003612e9357604051630fcffcff60e21b81526004810183905260240161095a565b80602001516001600160401b03164311612ed157602081015160405163ee66961960e01b81526001600160401b03909116600482015260240161095a565b80604001516001600160401b0316421115612f105760408082015190516349d61db560e01b81526001600160401b03909116600482015260240161095a565b5f612f1a87613a99565b905060048154600160a01b900460ff166006811115612f3b57612f3b61521a565b03612fd957335f818152600e60209081526040808320878452825280832083905585519383526004909152812080546001600160801b0390931692909190612f84908490615936565b909155505081516040516001600160801b0390911681528790849033907f3857963612973da3ac53f346c18d6a5519471b856d364837d906180eb4d346559060200160405180910390a45f9350505050613491565b612fe38782614704565b600c81015482516001600160801b03161461302a57600c810154825160405163195a3ca160e01b815260048101929092526001600160801b0316602482015260440161095a565b80546001600160a01b031633148061304e575060018101546001600160a01b031633145b8061307057505f878152600a6020908152604080832033845290915290205415155b1561309057604051637315f28760e01b815233600482015260240161095a565b61309d6020870187615bef565b6001600160401b03165f036130c757604051630347146560e01b81525f600482015260240161095a565b6130d287828861437f565b5f60016130e26020890189615bef565b5f8a8152600760209081526040808320949093036001600160401b03811683529390529081205491925060ff909116908160038111156131245761312461521a565b1461314657818160405163123a08a960e01b815260040161095a929190615de7565b335f908152600e6020908152604080832088845282528083208390558b8352600582528083206001600160401b0386168452909152812054908190036131a5576131a28a8561319860208d018d615bef565b8c602001356147e6565b90505b5f818152600c60209081526040909120600281015490918b0135146131f0576002810154604051637c532e3160e01b8152600481019190915260208b0135602482015260440161095a565b5f82815260066020908152604080832033845290915290205480156132325760405163237860d560e01b8152600481018490526024810182905260440161095a565b6001820154600160e01b900463ffffffff16158061326b5750600182015460208801516001600160401b03600160a01b90920482169116105b156132ad5760018201805460208901516001600160401b0316600160a01b0267ffffffffffffffff60a01b1933166001600160e01b0319909216919091171790555b60018281018054601c906132cf908490600160e01b900463ffffffff16615e0d565b825463ffffffff9182166101009390930a928302919092021990911617905550600280546001908101918290555f8581526006602090815260408083203380855290835292819020859055805160c08101909152918252929b509182019081526001600160401b03808f166020808401919091528682166040808501919091528b82015190921660608401525f60809093018390528c8352600d81529120825181546001600160a01b039091166001600160a01b031982168117835592840151919283916001600160a81b03191617600160a01b8360028111156133b5576133b561521a565b021790555060408281015182546001600160401b03918216600160a81b0267ffffffffffffffff60a81b1990911617835560608085015160019094018054608087015160a0909701518416600160801b0267ffffffffffffffff60801b19978516600160401b026001600160801b03199092169685169690961717959095169390931790935560208a81015182513381528a8616928101929092529093169083015284918b918f917fa11ea0eabee6603fd70371e947b1002ea1824229febeeb284c124c9c4a219a03910160405180910390a450505050505050505b9392505050565b5f6134a2826139fb565b80546001600160401b03165f81815260086020526040812092935090919060028254600160a01b900460ff1660068111156134df576134df61521a565b1480613507575060038254600160a01b900460ff1660068111156135055761350561521a565b145b905080801561352757508354600160801b90046001600160401b03164211155b156135485760405163ca76dc0d60e01b81526004810186905260240161095a565b835460ff60c01b1916600360c01b178085555f848152600560209081526040808320600160401b948590046001600160401b0390811685529083528184209390935560048601805467ffffffffffffffff60401b1981169086900485165f190185168602179055875490519390049091168252869185917f092bb5137a0f572969eb6b60e827f7e1883935b4f5ae6a478d90dca4596f112d910161193f565b5f5f6135f68a8a8a8a8a614933565b6040805160ff8c1660208201529081018a9052606081018990526080810188905291935091505f908190613641908d9086908e9060a001604051602081830303815290604052614b16565b84546001600160401b03165f81815260086020526040902091925061366891838989614b5b565b84546001600160401b03165f81815260086020526040902091935091506136a682828760ff8f1660038111156136a0576136a061521a565b876137d1565b845460408051600160401b9092046001600160401b0316825260ff8d16602083015281018b9052606081018a90526080810189905261ffff841660a08201528d9083907f3ec453cdf32840a1a608086a65e994aa5705f1f42ce1d83ec1a776c677d881cb9060c00160405180910390a360ff8b1660021461372c5761372c8d86866138ce565b50505050505050505050505050565b5f5f5f613747846139fb565b80546001600160401b03165f818152600860205260409020919450925090506137708282614d74565b9193909250565b60038101545f90600160401b90046001600160401b03166004815b94549404600160801b9094046001600160401b0316039290920192915050565b60038101545f90600160401b90046001600160401b0316600281613792565b8254600160c11b60ff60c01b198216811785558391859161ffff60c01b1990911617600160c81b83600381111561380a5761380a61521a565b0217905550825461ffff60d01b1916600160d01b61ffff831602178084555f868152600760209081526040808320600160401b9094046001600160401b0316835292905220805483919060ff1916600183600381111561386c5761386c61521a565b021790555050505f92835260056020908152604080852092546001600160401b03600160401b918290048116875293909252842093909355600490910180545f1984820484160190921690920267ffffffffffffffff60401b19909116179055565b81546001600160401b03165f818152600860205260408120600b81015490916127106138fc611388846159b0565b61390691906159db565b90505f8360090154828461391a91906159ee565b6139249190615936565b845460ff60a01b1916600160a21b1785555f600b8601819055600986018190556005890180546001600160a01b0319166001600160a01b038a16908117909155815260046020526040812080549293508492909190613984908490615936565b909155505083546001600160a01b03165f90815260046020526040812080548392906139b1908490615936565b909155505060408051838152602081018390526001600160a01b038816918a9188917ff495a88eded11a9bafe574cf504edc3f2cc28ed101749a89fe2e1f406bfec17c9101610dd6565b5f818152600c60205260408120908154600160c01b900460ff166003811115613a2657613a2661521a565b03613a4757604051638f09a29b60e01b81526004810183905260240161095a565b60018154600160c01b900460ff166003811115613a6657613a6661521a565b14613a94578054604051630973ad7160e31b815261095a918491600160c01b90910460ff1690600401615e29565b919050565b5f818152600860205260408120908154600160a01b900460ff166006811115613ac457613ac461521a565b03613a9457604051630510aa5f60e41b81526004810183905260240161095a565b806006811115613af757613af761521a565b8254600160a01b900460ff166006811115613b1457613b1461521a565b14613b42578154604051637f59621760e01b815261095a918591600160a01b90910460ff1690600401615e39565b505050565b80515f90808203613b6b57604051639136328760e01b815260040160405180910390fd5b5f6001613b788382615936565b901c90505f816001600160401b03811115613b9557613b95615a01565b604051908082528060200260200182016040528015613bbe578160200160208202803683370190505b5090505f5b82811015613c8e575f600182901b90505f613c0982898481518110613bea57613bea615c08565b60200260200101515f8260b81b5f528160095260295f20905092915050565b90505f86613c18846001615936565b10613c235781613c4d565b613c4d613c31846001615936565b8a613c3d866001615936565b81518110613bea57613bea615c08565b9050613c6282825f9182526020526040902090565b858581518110613c7457613c74615c08565b602002602001018181525050505050806001019050613bc3565b505b6001821115613d60575f6001613ca68482615936565b901c90505f5b81811015613d58575f600182901b90505f848281518110613ccf57613ccf615c08565b60200260200101519050613d318187846001613ceb9190615936565b10613cff57825f9182526020526040902090565b86613d0b856001615936565b81518110613d1b57613d1b615c08565b60200260200101515f9182526020526040902090565b858481518110613d4357613d43615c08565b60209081029190910101525050600101613cac565b509150613c90565b805f81518110613d7257613d72615c08565b60200260200101519350505050919050565b5f83815260096020526040812081805b8254811015613dc0576001811b861661ffff1615613db857613db582615b79565b91505b600101613d94565b50805f03613dd2575f92505050613491565b5f613ddd82866159db565b90505f5b8354811015613e50576001811b871661ffff1615613e48578160045f868481548110613e0f57613e0f615c08565b5f9182526020808320909101546001600160a01b0316835282019290925260400181208054909190613e42908490615936565b90915550505b600101613de1565b50613e5b82826159b0565b979650505050505050565b5f868152600860209081526040918290206006015482517f017546d0bc3f88cff941eda094f0194de697a057014a8657d3d7ff5ce32139e89281019290925291810188905260608082018890526001600160401b03808816608084015260a0830187905260c08301869052841660e08301526101008201929092526101200160405160208183030381529060405290505b9695505050505050565b5f6134918383604051602001613f18929190615e64565b60405160208183030381529060405280519060200120614dec565b60038101545f90611e79906001600160401b0380821691600160801b900416615949565b5f80613f666020840184615909565b6001600160a01b031603613f8d57604051633158a19160e01b815260040160405180910390fd5b613f9d6060830160408401615bef565b6001600160401b03161580613fc85750613fbd6080830160608401615bef565b6001600160401b0316155b806140045750613fde6080830160608401615bef565b613fee6060840160408501615bef565b613ff89190615e80565b6001600160401b031615155b15614055576140196060830160408401615bef565b6140296080840160608501615bef565b60405163103c720160e11b81526001600160401b0392831660048201529116602482015260440161095a565b6140656080830160608401615bef565b6140756060840160408501615bef565b61407f9190615ead565b9050640100000000816001600160401b031611156140bb57604051637a1a25a960e01b81526001600160401b038216600482015260240161095a565b426140cc60c0840160a08501615bef565b6001600160401b0316108061411057506140ec60c0830160a08401615bef565b6001600160401b031661410560e0840160c08501615bef565b6001600160401b0316105b156141615761412560c0830160a08401615bef565b61413560e0840160c08501615bef565b604051637571dd7160e01b81526001600160401b0392831660048201529116602482015260440161095a565b614172610100830160e08401615bef565b6001600160401b0316158061419f575061419461012083016101008401615bef565b6001600160401b0316155b806141c557506276a7006141ba610100840160e08501615bef565b6001600160401b0316115b806141ec5750621275006141e161012084016101008501615bef565b6001600160401b0316115b1561424057614202610100830160e08401615bef565b61421461012084016101008501615bef565b604051637d9400c560e01b81526001600160401b0392831660048201529116602482015260440161095a565b8161014001355f036142655760405163e05e1eab60e01b815260040160405180910390fd5b5f61138861427a6127106101408601356159b0565b61428491906159db565b90508083610120013510156142ba576040516341ff217960e01b815261012084013560048201526024810182905260440161095a565b5f6142c9610160850185615baa565b9150508015806142d95750601081115b156142fa5760405163cdaf754960e01b81526004810182905260240161095a565b8061430d6101a086016101808701615b91565b60ff16118061433b57508061432a6101a086016101808701615b91565b6143389060ff1660026159b0565b11155b15614378576143526101a085016101808601615b91565b6040516319355c0560e21b815260ff90911660048201526024810182905260440161095a565b5050919050565b6002820154600160801b90046001600160401b03166143a16020830183615bef565b6001600160401b031611156143bd5761297d6020820182615bef565b60048201546001600160401b03166040820135106143f457604080516321c9773560e11b815290820135600482015260240161095a565b606081013561440960a0830160808401615bef565b61441960c0840160a08501615bef565b60405160200161444d9392919092835260c091821b6001600160c01b03199081166020850152911b16602882015260300190565b60408051601f1981840301815291815281516020928301205f868152600b84528281208584013582529093529120541461449a576040516305da379960e11b815260040160405180910390fd5b6144aa60a0820160808301615bef565b6001600160401b03166144c06020830183615bef565b6001600160401b03161015614531576144dc6020820182615bef565b6144ec60a0830160808401615bef565b6144fc60c0840160a08501615bef565b604051634e15795f60e11b81526001600160401b0393841660048201529183166024830152909116604482015260640161095a565b5f61454260a0830160808401615bef565b61454f6020840184615bef565b036001600160401b0316905061456b60c0830160a08401615bef565b6001600160401b031681106145a7576145876020830183615bef565b61459760a0840160808501615bef565b6144fc60c0850160a08601615bef565b6145e060608301356145bf60c0850160a08601615bef565b6001600160401b03168360208601356145db60c0880188615baa565b614603565b6145fd576040516309bde33960e01b815260040160405180910390fd5b50505050565b5f8515806146145750600160401b86115b8061461f5750858510155b1561462b57505f613ef7565b61463486614e1a565b821461464157505f613ef7565b60b885901b5f908152600985905260298120905085875f5b858110156146f4575f87878381811061467457614674615c08565b9050602002013590508360011660010361469c575f81815260208690526040902094506146d7565b6146a76001846159ee565b841480156146b55750848114155b156146c7575f95505050505050613ef7565b5f85815260208290526040902094505b600193841c936146e78482615936565b901c925050600101614659565b5050509096149695505050505050565b60028154600160a01b900460ff1660068111156147235761472361521a565b03614764576002810154600160c01b90046001600160401b031642111561476057604051634046dd8160e01b81526004810183905260240161095a565b5050565b60038154600160a01b900460ff1660068111156147835761478361521a565b036147bd5761479181613f33565b6001600160401b031642111561476057604051634046dd8160e01b81526004810183905260240161095a565b8054604051637f59621760e01b815261095a918491600160a01b90910460ff1690600401615e39565b600180548101808255600385015460048601805467ffffffffffffffff60401b1981166001600160401b03600160401b928390048116870181168302919091179092555f848152600c6020526040902080548a84166001600160801b0319909116175f19890180851684029190911767ffffffffffffffff60801b198116600160801b949096048516420194851693909302948517825594959293909291839168ffffffffffffffffff60801b1990911660ff60c01b1990911617600160c01b830217905550600281018590555f8881526005602090815260408083206001600160401b038781168086529184529382902088905581519081528984169281019290925281018790529083166060820152849089907f1ce17e3419854395d7d78e458a01ab58ede9bf3c9278f15a947787dfcf2e35889060800160405180910390a3505050949350505050565b5f5f5f61493f8861373b565b8254929550925050600160801b90046001600160401b031642111561498b57825460405163bfb22adf60e01b8152600160801b9091046001600160401b0316600482015260240161095a565b8254600160e01b900460ff166149b75760405163cc9078e960e01b81526004810189905260240161095a565b5f888152600f602090815260408083206001600160401b038b16845290915281205490819003614a0c57604051630fbeb37d60e01b8152600481018a90526001600160401b038916602482015260440161095a565b600160ff88161080614a215750600360ff8816115b15614a4457604051634262666360e01b815260ff8816600482015260240161095a565b60ff87166001148015614a575750848611155b80614a6f575060ff87166002148015614a6f57508486115b15614aa057604051634664765b60e11b815260ff88166004820152602481018790526044810186905260640161095a565b60011960ff881601614aef575f614ab785846137b2565b9050806001600160401b03164211614aed57604051630789f42160e21b81526001600160401b038216600482015260240161095a565b505b5f908152600d602052604090205492986001600160a01b0390931697509195505050505050565b8254600284015460048501545f92614b5292614b4c926001600160401b03808416938b93600160401b9091049091169189613e66565b83613f01565b95945050505050565b83545f908290600160a81b900460ff16811015614ba0578554604051633ce0c9e960e11b815260048101839052600160a81b90910460ff16602482015260440161095a565b8554600160b01b900460ff16811115614be1578554604051633f8ea02560e01b815260048101839052600160b01b90910460ff16602482015260440161095a565b5f878152600a6020526040812090805b83811015614d67575f5f614c288a8a8a86818110614c1157614c11615c08565b9050602002810190614c239190615eda565b614e63565b915091508060ff16600103614c535760405163058676ad60e31b81526004810184905260240161095a565b8060ff16600203614c7a5760405163170ba0ef60e21b81526004810184905260240161095a565b8060ff16600303614ca15760405163912b0fab60e01b81526004810184905260240161095a565b60ff811615614cc657604051630a57f30960e31b81526004810184905260240161095a565b836001600160a01b0316826001600160a01b031611614cfb5760405163ef5fac2160e01b81526004810184905260240161095a565b6001600160a01b0382165f9081526020869052604081205490819003614d4657604051636ceeb9e560e01b8152600481018590526001600160a01b038416602482015260440161095a565b614d516001826159ee565b60019081901b9890981797929450505001614bf1565b5050505095945050505050565b60028154600160a01b900460ff166006811115614d9357614d9361521a565b14158015614dbe575060038154600160a01b900460ff166006811115614dbb57614dbb61521a565b14155b15614760578054604051637f59621760e01b815261095a918491600160a01b90910460ff1690600401615e39565b5f5f614df6611160565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f60028211614e3b578115614e30576001614e32565b5f5b60ff1692915050565b5f614e476001846159ee565b90505b80156122655760011c614e5c82615b79565b9150614e4a565b5f8060418314614e7857505f90506001614f6a565b8335602085013560408601355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115614ebd575f600294509450505050614f6a565b8060ff16601b14158015614ed557508060ff16601c14155b15614ee9575f600394509450505050614f6a565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015614f39573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b038516614f63575f600494509450505050614f6a565b505f925050505b935093915050565b5f60208284031215614f82575f5ffd5b5035919050565b80356001600160401b0381168114613a94575f5ffd5b5f5f60408385031215614fb0575f5ffd5b82359150614fc060208401614f89565b90509250929050565b5f5f83601f840112614fd9575f5ffd5b5081356001600160401b03811115614fef575f5ffd5b6020830191508360208260051b8501011115615009575f5ffd5b9250929050565b5f5f5f5f60608587031215615023575f5ffd5b8435935061503360208601614f89565b925060408501356001600160401b0381111561504d575f5ffd5b61505987828801614fc9565b95989497509550505050565b80356001600160a01b0381168114613a94575f5ffd5b5f5f6040838503121561508c575f5ffd5b82359150614fc060208401615065565b602080825282518282018190525f918401906040840190835b818110156150dc5783516001600160a01b03168352602093840193909201916001016150b5565b509095945050505050565b5f5f604083850312156150f8575f5ffd5b61510183615065565b946020939093013593505050565b5f5f5f60408486031215615121575f5ffd5b8335925060208401356001600160401b0381111561513d575f5ffd5b8401601f8101861361514d575f5ffd5b80356001600160401b03811115615162575f5ffd5b866020828401011115615173575f5ffd5b939660209190910195509293505050565b803560ff81168114613a94575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101408b8d0312156151ae575f5ffd5b8a35995060208b013598506151c560408c01614f89565b975060608b0135965060808b013595506151e160a08c01614f89565b94506151ef60c08c01615184565b999c989b50969995989497939650939460e08101359450610100810135936101209091013592509050565b634e487b7160e01b5f52602160045260245ffd5b6004811061523e5761523e61521a565b50565b61524a8161522e565b9052565b81518152602080830151610220830191615272908401826001600160401b03169052565b50604083015161528d60408401826001600160401b03169052565b5060608301516152a06060840182615241565b5060808301516152b36080840182615241565b5060a083015160a083015260c08301516152d860c08401826001600160a01b03169052565b5060e08301516152f360e08401826001600160401b03169052565b5061010083015161530d61010084018263ffffffff169052565b5061012083015161532561012084018261ffff169052565b5061014083015161014083015261016083015161016083015261018083015161535a6101808401826001600160401b03169052565b506101a08301516153776101a08401826001600160401b03169052565b506101c083015161538d6101c084018215159052565b506101e08301516153a76101e084018263ffffffff169052565b506102008301516153c46102008401826001600160a01b03169052565b5092915050565b6003811061524a5761524a61521a565b81518152602080830151908201526040808301516001600160a01b0316908201526060808301516001600160401b03169082015260808083015161012083019161542f908401826001600160401b03169052565b5060a083015161544260a08401826153cb565b5060c083015160c083015260e083015161546760e08401826001600160401b03169052565b506101008301516153c461010084018215159052565b5f5f6040838503121561548e575f5ffd5b50508035926020909101359150565b5f602082840312156154ad575f5ffd5b81356001600160401b038111156154c2575f5ffd5b82016101a08185031215613491575f5ffd5b5f60e08284031215612265575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156154fa575f5ffd5b873596506020880135955060408801356001600160401b0381111561551d575f5ffd5b6155298a828b016154d4565b95505060608801356001600160401b03811115615544575f5ffd5b6155508a828b01614fc9565b90955093505060808801356001600160401b0381111561556e575f5ffd5b61557a8a828b01614fc9565b989b979a50959850939692959293505050565b6007811061524a5761524a61521a565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526155e56020820183516001600160a01b03169052565b5f602083015161560060408401826001600160a01b03169052565b506040830151615613606084018261558d565b5060608301516080830152608083015161563860a08401826001600160401b03169052565b5060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e083015161010083015261010083015161568a6101208401826001600160401b03169052565b506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516001600160401b038116610180840152506101808301516001600160401b0381166101a0840152506101a08301516001600160401b0381166101c0840152506101c08301516101e08301526101e08301516102008301526102008301516102208301526102208301516102408301526102408301516102608301526102608301516157566102808401826001600160401b03169052565b506102808301516001600160401b0381166102a0840152506102a08301516001600160401b0381166102c0840152506102c083015160ff81166102e0840152506102e083015160ff8116610300840152506103008301516103406103208401526157c461036084018261559d565b90506103208401516103408401528091505092915050565b5f5f5f5f5f60a086880312156157f0575f5ffd5b6157f986615065565b94506020860135935061580e60408701614f89565b94979396509394606081013594506080013592915050565b602081016158338361522e565b91905290565b5f5f5f6060848603121561584b575f5ffd5b8335925060208401356001600160401b03811115615867575f5ffd5b615873868287016154d4565b93969395505050506040919091013590565b5f5f5f5f5f5f5f5f60e0898b03121561589c575f5ffd5b883597506158ac60208a01614f89565b96506158ba60408a01615184565b9550606089013594506080890135935060a0890135925060c08901356001600160401b038111156158e9575f5ffd5b6158f58b828c01614fc9565b999c989b5096995094979396929594505050565b5f60208284031215615919575f5ffd5b61349182615065565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611e7957611e79615922565b6001600160401b038181168382160190811115611e7957611e79615922565b6001600160401b038416815260406020820181905281018290525f6001600160fb1b03831115615996575f5ffd5b8260051b8085606085013791909101606001949350505050565b8082028115828204841417611e7957611e79615922565b634e487b7160e01b5f52601260045260245ffd5b5f826159e9576159e96159c7565b500490565b81810381811115611e7957611e79615922565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680615a2957607f821691505b60208210810361226557634e487b7160e01b5f52602260045260245ffd5b601f821115613b4257805f5260205f20601f840160051c81016020851015615a6c5750805b601f840160051c820191505b81811015610b42575f8155600101615a78565b6001600160401b03831115615aa257615aa2615a01565b615ab683615ab08354615a15565b83615a47565b5f601f841160018114615ae7575f8515615ad05750838201355b5f19600387901b1c1916600186901b178355610b42565b5f83815260208120601f198716915b82811015615b165786850135825560209485019460019092019101615af6565b5086821015615b32575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b5f60018201615b8a57615b8a615922565b5060010190565b5f60208284031215615ba1575f5ffd5b61349182615184565b5f5f8335601e19843603018112615bbf575f5ffd5b8301803591506001600160401b03821115615bd8575f5ffd5b6020019150600581901b3603821315615009575f5ffd5b5f60208284031215615bff575f5ffd5b61349182614f89565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112615c31575f5ffd5b83016020810192503590506001600160401b03811115615c4f575f5ffd5b8060051b3603821315615009575f5ffd5b8183526020830192505f815f5b84811015615c9c576001600160a01b03615c8683615065565b1686526020958601959190910190600101615c6d565b5093949350505050565b82815260406020820152615ccd60408201615cc084615065565b6001600160a01b03169052565b602082013560608201525f615ce460408401614f89565b6001600160401b03166080830152615cfe60608401614f89565b6001600160401b03811660a084015250608083013560c0830152615d2460a08401614f89565b6001600160401b031660e0830152615d3e60c08401614f89565b6001600160401b0316610100830152615d5960e08401614f89565b6001600160401b0316610120830152615d756101008401614f89565b6001600160401b0381166101408401525061012083013561016083810191909152610140840135610180840152615dae90840184615c1c565b6101a080850152615dc46101e085018284615c60565b915050615dd46101808501615184565b60ff81166101c085015250949350505050565b6001600160401b038316815260408101615e008361522e565b8260208301529392505050565b63ffffffff8181168382160190811115611e7957611e79615922565b82815260408101615e008361522e565b82815260408101613491602083018461558d565b5f81518060208401855e5f93019283525090919050565b5f615e78615e728386615e4d565b84615e4d565b949350505050565b5f6001600160401b03831680615e9857615e986159c7565b806001600160401b0384160691505092915050565b5f6001600160401b03831680615ec557615ec56159c7565b806001600160401b0384160491505092915050565b5f5f8335601e19843603018112615eef575f5ffd5b8301803591506001600160401b03821115615f08575f5ffd5b602001915036819003821315615009575f5ffdfea26469706673582212206f21e7975164835535c43b24b91469db2fd022a7dd0a61ff525dcda8a89f471d64736f6c634300081e0033",
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

// PackARBITERSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5210e265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ARBITER_SHARE_BPS() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackARBITERSHAREBPS() []byte {
	enc, err := ovigRegistry.abi.Pack("ARBITER_SHARE_BPS")
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
func (ovigRegistry *OvigRegistry) TryPackARBITERSHAREBPS() ([]byte, error) {
	return ovigRegistry.abi.Pack("ARBITER_SHARE_BPS")
}

// UnpackARBITERSHAREBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5210e265.
//
// Solidity: function ARBITER_SHARE_BPS() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackARBITERSHAREBPS(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("ARBITER_SHARE_BPS", data)
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

// PackMAXARBITRATIONWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bfbb36e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ARBITRATION_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackMAXARBITRATIONWINDOW() []byte {
	enc, err := ovigRegistry.abi.Pack("MAX_ARBITRATION_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXARBITRATIONWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bfbb36e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ARBITRATION_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackMAXARBITRATIONWINDOW() ([]byte, error) {
	return ovigRegistry.abi.Pack("MAX_ARBITRATION_WINDOW")
}

// UnpackMAXARBITRATIONWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bfbb36e.
//
// Solidity: function MAX_ARBITRATION_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackMAXARBITRATIONWINDOW(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("MAX_ARBITRATION_WINDOW", data)
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

// PackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackMAXCHALLENGEWINDOW() []byte {
	enc, err := ovigRegistry.abi.Pack("MAX_CHALLENGE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackMAXCHALLENGEWINDOW() ([]byte, error) {
	return ovigRegistry.abi.Pack("MAX_CHALLENGE_WINDOW")
}

// UnpackMAXCHALLENGEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51586ecb.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackMAXCHALLENGEWINDOW(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("MAX_CHALLENGE_WINDOW", data)
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

// PackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackMAXURILENGTH() []byte {
	enc, err := ovigRegistry.abi.Pack("MAX_URI_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (ovigRegistry *OvigRegistry) TryPackMAXURILENGTH() ([]byte, error) {
	return ovigRegistry.abi.Pack("MAX_URI_LENGTH")
}

// UnpackMAXURILENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackMAXURILENGTH(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("MAX_URI_LENGTH", data)
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
func (ovigRegistry *OvigRegistry) PackREVEALWINDOW() []byte {
	enc, err := ovigRegistry.abi.Pack("REVEAL_WINDOW")
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
func (ovigRegistry *OvigRegistry) TryPackREVEALWINDOW() ([]byte, error) {
	return ovigRegistry.abi.Pack("REVEAL_WINDOW")
}

// UnpackREVEALWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17e931cf.
//
// Solidity: function REVEAL_WINDOW() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackREVEALWINDOW(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("REVEAL_WINDOW", data)
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
// the contract method with ID 0x3d243e8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 jobId, string evidenceURI) payable returns()
func (ovigRegistry *OvigRegistry) PackAccept(jobId *big.Int, evidenceURI string) []byte {
	enc, err := ovigRegistry.abi.Pack("accept", jobId, evidenceURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d243e8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 jobId, string evidenceURI) payable returns()
func (ovigRegistry *OvigRegistry) TryPackAccept(jobId *big.Int, evidenceURI string) ([]byte, error) {
	return ovigRegistry.abi.Pack("accept", jobId, evidenceURI)
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
// the contract method with ID 0xcfc5e5cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 jobId, (uint64,bytes32,uint256,bytes32,uint64,uint64,bytes32[]) o, bytes32 salt) returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) PackChallenge(jobId *big.Int, o EndpointProof, salt [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("challenge", jobId, o, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfc5e5cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 jobId, (uint64,bytes32,uint256,bytes32,uint64,uint64,bytes32[]) o, bytes32 salt) returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) TryPackChallenge(jobId *big.Int, o EndpointProof, salt [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("challenge", jobId, o, salt)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfc5e5cf.
//
// Solidity: function challenge(uint256 jobId, (uint64,bytes32,uint256,bytes32,uint64,uint64,bytes32[]) o, bytes32 salt) returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc125d89b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCommitment(address challenger, uint256 jobId, uint64 endpoint, bytes32 root, bytes32 salt) pure returns(bytes32)
func (ovigRegistry *OvigRegistry) PackChallengeCommitment(challenger common.Address, jobId *big.Int, endpoint uint64, root [32]byte, salt [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("challengeCommitment", challenger, jobId, endpoint, root, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc125d89b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCommitment(address challenger, uint256 jobId, uint64 endpoint, bytes32 root, bytes32 salt) pure returns(bytes32)
func (ovigRegistry *OvigRegistry) TryPackChallengeCommitment(challenger common.Address, jobId *big.Int, endpoint uint64, root [32]byte, salt [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("challengeCommitment", challenger, jobId, endpoint, root, salt)
}

// UnpackChallengeCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc125d89b.
//
// Solidity: function challengeCommitment(address challenger, uint256 jobId, uint64 endpoint, bytes32 root, bytes32 salt) pure returns(bytes32)
func (ovigRegistry *OvigRegistry) UnpackChallengeCommitment(data []byte) ([32]byte, error) {
	out, err := ovigRegistry.abi.Unpack("challengeCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a9c903e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeOf(uint256 disputeId, address challenger) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) PackChallengeOf(disputeId *big.Int, challenger common.Address) []byte {
	enc, err := ovigRegistry.abi.Pack("challengeOf", disputeId, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a9c903e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeOf(uint256 disputeId, address challenger) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) TryPackChallengeOf(disputeId *big.Int, challenger common.Address) ([]byte, error) {
	return ovigRegistry.abi.Pack("challengeOf", disputeId, challenger)
}

// UnpackChallengeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a9c903e.
//
// Solidity: function challengeOf(uint256 disputeId, address challenger) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackChallengeOf(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("challengeOf", data)
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
// Solidity: function challenges(uint256 challengeId) view returns((uint256,uint256,address,uint64,uint64,uint8,uint256,uint64,bool) v)
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
// Solidity: function challenges(uint256 challengeId) view returns((uint256,uint256,address,uint64,uint64,uint8,uint256,uint64,bool) v)
func (ovigRegistry *OvigRegistry) TryPackChallenges(challengeId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("challenges", challengeId)
}

// UnpackChallenges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f1d3776.
//
// Solidity: function challenges(uint256 challengeId) view returns((uint256,uint256,address,uint64,uint64,uint8,uint256,uint64,bool) v)
func (ovigRegistry *OvigRegistry) UnpackChallenges(data []byte) (Challenge, error) {
	out, err := ovigRegistry.abi.Unpack("challenges", data)
	if err != nil {
		return *new(Challenge), err
	}
	out0 := *abi.ConvertType(out[0], new(Challenge)).(*Challenge)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 challengeId) returns()
func (ovigRegistry *OvigRegistry) PackClaim(challengeId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("claim", challengeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 challengeId) returns()
func (ovigRegistry *OvigRegistry) TryPackClaim(challengeId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("claim", challengeId)
}

// PackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a1a3446.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitChallenge(bytes32 commitment) payable returns()
func (ovigRegistry *OvigRegistry) PackCommitChallenge(commitment [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("commitChallenge", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a1a3446.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitChallenge(bytes32 commitment) payable returns()
func (ovigRegistry *OvigRegistry) TryPackCommitChallenge(commitment [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("commitChallenge", commitment)
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

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1592b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(address challenger, bytes32 commitment) view returns(uint256 bond, uint64 blockNumber, uint64 revealBy)
func (ovigRegistry *OvigRegistry) PackCommitments(challenger common.Address, commitment [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("commitments", challenger, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1592b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(address challenger, bytes32 commitment) view returns(uint256 bond, uint64 blockNumber, uint64 revealBy)
func (ovigRegistry *OvigRegistry) TryPackCommitments(challenger common.Address, commitment [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("commitments", challenger, commitment)
}

// CommitmentsOutput serves as a container for the return parameters of contract
// method Commitments.
type CommitmentsOutput struct {
	Bond        *big.Int
	BlockNumber uint64
	RevealBy    uint64
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b1592b5.
//
// Solidity: function commitments(address challenger, bytes32 commitment) view returns(uint256 bond, uint64 blockNumber, uint64 revealBy)
func (ovigRegistry *OvigRegistry) UnpackCommitments(data []byte) (CommitmentsOutput, error) {
	out, err := ovigRegistry.abi.Unpack("commitments", data)
	outstruct := new(CommitmentsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Bond = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BlockNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.RevealBy = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eeec780.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob((address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8) p) payable returns(uint256 jobId)
func (ovigRegistry *OvigRegistry) PackCreateJob(p JobParams) []byte {
	enc, err := ovigRegistry.abi.Pack("createJob", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eeec780.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob((address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8) p) payable returns(uint256 jobId)
func (ovigRegistry *OvigRegistry) TryPackCreateJob(p JobParams) ([]byte, error) {
	return ovigRegistry.abi.Pack("createJob", p)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9eeec780.
//
// Solidity: function createJob((address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8) p) payable returns(uint256 jobId)
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

// PackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackDisputeCount() []byte {
	enc, err := ovigRegistry.abi.Pack("disputeCount")
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
func (ovigRegistry *OvigRegistry) TryPackDisputeCount() ([]byte, error) {
	return ovigRegistry.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x564a565d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputes(uint256 disputeId) view returns((uint256,uint64,uint64,uint8,uint8,bytes32,address,uint64,uint32,uint16,bytes32,bytes32,uint64,uint64,bool,uint32,address) v)
func (ovigRegistry *OvigRegistry) PackDisputes(disputeId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("disputes", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x564a565d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputes(uint256 disputeId) view returns((uint256,uint64,uint64,uint8,uint8,bytes32,address,uint64,uint32,uint16,bytes32,bytes32,uint64,uint64,bool,uint32,address) v)
func (ovigRegistry *OvigRegistry) TryPackDisputes(disputeId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("disputes", disputeId)
}

// UnpackDisputes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x564a565d.
//
// Solidity: function disputes(uint256 disputeId) view returns((uint256,uint64,uint64,uint8,uint8,bytes32,address,uint64,uint32,uint16,bytes32,bytes32,uint64,uint64,bool,uint32,address) v)
func (ovigRegistry *OvigRegistry) UnpackDisputes(data []byte) (Dispute, error) {
	out, err := ovigRegistry.abi.Unpack("disputes", data)
	if err != nil {
		return *new(Dispute), err
	}
	out0 := *abi.ConvertType(out[0], new(Dispute)).(*Dispute)
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

// PackForfeit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bcc1d63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeit(address challenger, bytes32 commitment) returns()
func (ovigRegistry *OvigRegistry) PackForfeit(challenger common.Address, commitment [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("forfeit", challenger, commitment)
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
func (ovigRegistry *OvigRegistry) TryPackForfeit(challenger common.Address, commitment [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("forfeit", challenger, commitment)
}

// PackForfeited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67a34844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeited() view returns(uint256)
func (ovigRegistry *OvigRegistry) PackForfeited() []byte {
	enc, err := ovigRegistry.abi.Pack("forfeited")
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
func (ovigRegistry *OvigRegistry) TryPackForfeited() ([]byte, error) {
	return ovigRegistry.abi.Pack("forfeited")
}

// UnpackForfeited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67a34844.
//
// Solidity: function forfeited() view returns(uint256)
func (ovigRegistry *OvigRegistry) UnpackForfeited(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("forfeited", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackIntervalOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb13e21d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function intervalOutcome(uint256 jobId, uint256 interval) view returns(uint8)
func (ovigRegistry *OvigRegistry) PackIntervalOutcome(jobId *big.Int, interval *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("intervalOutcome", jobId, interval)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIntervalOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb13e21d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function intervalOutcome(uint256 jobId, uint256 interval) view returns(uint8)
func (ovigRegistry *OvigRegistry) TryPackIntervalOutcome(jobId *big.Int, interval *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("intervalOutcome", jobId, interval)
}

// UnpackIntervalOutcome is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb13e21d.
//
// Solidity: function intervalOutcome(uint256 jobId, uint256 interval) view returns(uint8)
func (ovigRegistry *OvigRegistry) UnpackIntervalOutcome(data []byte) (uint8, error) {
	out, err := ovigRegistry.abi.Unpack("intervalOutcome", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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
// Solidity: function lapse(uint256 disputeId) returns()
func (ovigRegistry *OvigRegistry) PackLapse(disputeId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("lapse", disputeId)
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
func (ovigRegistry *OvigRegistry) TryPackLapse(disputeId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("lapse", disputeId)
}

// PackNameStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101473c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nameStep(uint256 challengeId, uint64 step) returns()
func (ovigRegistry *OvigRegistry) PackNameStep(challengeId *big.Int, step uint64) []byte {
	enc, err := ovigRegistry.abi.Pack("nameStep", challengeId, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNameStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101473c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nameStep(uint256 challengeId, uint64 step) returns()
func (ovigRegistry *OvigRegistry) TryPackNameStep(challengeId *big.Int, step uint64) ([]byte, error) {
	return ovigRegistry.abi.Pack("nameStep", challengeId, step)
}

// PackOpenDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5315215.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDisputeOf(uint256 jobId, uint256 interval) view returns(uint256 disputeId)
func (ovigRegistry *OvigRegistry) PackOpenDisputeOf(jobId *big.Int, interval *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("openDisputeOf", jobId, interval)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5315215.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDisputeOf(uint256 jobId, uint256 interval) view returns(uint256 disputeId)
func (ovigRegistry *OvigRegistry) TryPackOpenDisputeOf(jobId *big.Int, interval *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("openDisputeOf", jobId, interval)
}

// UnpackOpenDisputeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5315215.
//
// Solidity: function openDisputeOf(uint256 jobId, uint256 interval) view returns(uint256 disputeId)
func (ovigRegistry *OvigRegistry) UnpackOpenDisputeOf(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("openDisputeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf07530dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 disputeId, uint64 step, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest, bytes[] signatures) returns()
func (ovigRegistry *OvigRegistry) PackResolve(disputeId *big.Int, step uint64, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte, signatures [][]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("resolve", disputeId, step, outcome, distance, boundary, replayDigest, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf07530dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 disputeId, uint64 step, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest, bytes[] signatures) returns()
func (ovigRegistry *OvigRegistry) TryPackResolve(disputeId *big.Int, step uint64, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte, signatures [][]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("resolve", disputeId, step, outcome, distance, boundary, replayDigest, signatures)
}

// PackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe3acbbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function respond(uint256 disputeId, bytes32 stepRoot, (uint64,bytes32,uint256,bytes32,uint64,uint64,bytes32[]) start, bytes32[] firstProof, bytes32[] lastProof) returns()
func (ovigRegistry *OvigRegistry) PackRespond(disputeId *big.Int, stepRoot [32]byte, start EndpointProof, firstProof [][32]byte, lastProof [][32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("respond", disputeId, stepRoot, start, firstProof, lastProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe3acbbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function respond(uint256 disputeId, bytes32 stepRoot, (uint64,bytes32,uint256,bytes32,uint64,uint64,bytes32[]) start, bytes32[] firstProof, bytes32[] lastProof) returns()
func (ovigRegistry *OvigRegistry) TryPackRespond(disputeId *big.Int, stepRoot [32]byte, start EndpointProof, firstProof [][32]byte, lastProof [][32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("respond", disputeId, stepRoot, start, firstProof, lastProof)
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

// PackStepLeaderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aabd601.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepLeaderOf(uint256 disputeId, uint64 step) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) PackStepLeaderOf(disputeId *big.Int, step uint64) []byte {
	enc, err := ovigRegistry.abi.Pack("stepLeaderOf", disputeId, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepLeaderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6aabd601.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepLeaderOf(uint256 disputeId, uint64 step) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) TryPackStepLeaderOf(disputeId *big.Int, step uint64) ([]byte, error) {
	return ovigRegistry.abi.Pack("stepLeaderOf", disputeId, step)
}

// UnpackStepLeaderOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6aabd601.
//
// Solidity: function stepLeaderOf(uint256 disputeId, uint64 step) view returns(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackStepLeaderOf(data []byte) (*big.Int, error) {
	out, err := ovigRegistry.abi.Unpack("stepLeaderOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 disputeId) returns()
func (ovigRegistry *OvigRegistry) PackTimeout(disputeId *big.Int) []byte {
	enc, err := ovigRegistry.abi.Pack("timeout", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 disputeId) returns()
func (ovigRegistry *OvigRegistry) TryPackTimeout(disputeId *big.Int) ([]byte, error) {
	return ovigRegistry.abi.Pack("timeout", disputeId)
}

// PackVerdictDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x503fafc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verdictDigest(uint256 jobId, uint256 disputeId, uint64 interval, bytes32 root, bytes32 stepRoot, uint64 step, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest) view returns(bytes32)
func (ovigRegistry *OvigRegistry) PackVerdictDigest(jobId *big.Int, disputeId *big.Int, interval uint64, root [32]byte, stepRoot [32]byte, step uint64, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte) []byte {
	enc, err := ovigRegistry.abi.Pack("verdictDigest", jobId, disputeId, interval, root, stepRoot, step, outcome, distance, boundary, replayDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdictDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x503fafc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdictDigest(uint256 jobId, uint256 disputeId, uint64 interval, bytes32 root, bytes32 stepRoot, uint64 step, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest) view returns(bytes32)
func (ovigRegistry *OvigRegistry) TryPackVerdictDigest(jobId *big.Int, disputeId *big.Int, interval uint64, root [32]byte, stepRoot [32]byte, step uint64, outcome uint8, distance *big.Int, boundary *big.Int, replayDigest [32]byte) ([]byte, error) {
	return ovigRegistry.abi.Pack("verdictDigest", jobId, disputeId, interval, root, stepRoot, step, outcome, distance, boundary, replayDigest)
}

// UnpackVerdictDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x503fafc7.
//
// Solidity: function verdictDigest(uint256 jobId, uint256 disputeId, uint64 interval, bytes32 root, bytes32 stepRoot, uint64 step, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest) view returns(bytes32)
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

// OvigRegistryChallengeClaimed represents a ChallengeClaimed event raised by the OvigRegistry contract.
type OvigRegistryChallengeClaimed struct {
	JobId       *big.Int
	ChallengeId *big.Int
	Challenger  common.Address
	Refund      *big.Int
	ToProvider  *big.Int
	ToArbiters  *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OvigRegistryChallengeClaimedEventName = "ChallengeClaimed"

// ContractEventName returns the user-defined event name.
func (OvigRegistryChallengeClaimed) ContractEventName() string {
	return OvigRegistryChallengeClaimedEventName
}

// UnpackChallengeClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeClaimed(uint256 indexed jobId, uint256 indexed challengeId, address indexed challenger, uint256 refund, uint256 toProvider, uint256 toArbiters)
func (ovigRegistry *OvigRegistry) UnpackChallengeClaimedEvent(log *types.Log) (*OvigRegistryChallengeClaimed, error) {
	event := "ChallengeClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryChallengeClaimed)
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

// OvigRegistryChallengeCommitted represents a ChallengeCommitted event raised by the OvigRegistry contract.
type OvigRegistryChallengeCommitted struct {
	Challenger common.Address
	Commitment [32]byte
	Bond       *big.Int
	RevealBy   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigRegistryChallengeCommittedEventName = "ChallengeCommitted"

// ContractEventName returns the user-defined event name.
func (OvigRegistryChallengeCommitted) ContractEventName() string {
	return OvigRegistryChallengeCommittedEventName
}

// UnpackChallengeCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeCommitted(address indexed challenger, bytes32 indexed commitment, uint256 bond, uint64 revealBy)
func (ovigRegistry *OvigRegistry) UnpackChallengeCommittedEvent(log *types.Log) (*OvigRegistryChallengeCommitted, error) {
	event := "ChallengeCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryChallengeCommitted)
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
	DisputeId   *big.Int
	Challenger  common.Address
	Interval    uint64
	CommitBlock uint64
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
// Solidity: event ChallengeOpened(uint256 indexed jobId, uint256 indexed challengeId, uint256 indexed disputeId, address challenger, uint64 interval, uint64 commitBlock)
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

// OvigRegistryCommitmentForfeited represents a CommitmentForfeited event raised by the OvigRegistry contract.
type OvigRegistryCommitmentForfeited struct {
	Challenger common.Address
	Commitment [32]byte
	Bond       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigRegistryCommitmentForfeitedEventName = "CommitmentForfeited"

// ContractEventName returns the user-defined event name.
func (OvigRegistryCommitmentForfeited) ContractEventName() string {
	return OvigRegistryCommitmentForfeitedEventName
}

// UnpackCommitmentForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentForfeited(address indexed challenger, bytes32 indexed commitment, uint256 bond)
func (ovigRegistry *OvigRegistry) UnpackCommitmentForfeitedEvent(log *types.Log) (*OvigRegistryCommitmentForfeited, error) {
	event := "CommitmentForfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryCommitmentForfeited)
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

// OvigRegistryCommitmentRefunded represents a CommitmentRefunded event raised by the OvigRegistry contract.
type OvigRegistryCommitmentRefunded struct {
	Challenger common.Address
	Commitment [32]byte
	JobId      *big.Int
	Bond       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OvigRegistryCommitmentRefundedEventName = "CommitmentRefunded"

// ContractEventName returns the user-defined event name.
func (OvigRegistryCommitmentRefunded) ContractEventName() string {
	return OvigRegistryCommitmentRefundedEventName
}

// UnpackCommitmentRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentRefunded(address indexed challenger, bytes32 indexed commitment, uint256 indexed jobId, uint256 bond)
func (ovigRegistry *OvigRegistry) UnpackCommitmentRefundedEvent(log *types.Log) (*OvigRegistryCommitmentRefunded, error) {
	event := "CommitmentRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryCommitmentRefunded)
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

// OvigRegistryDisputeLapsed represents a DisputeLapsed event raised by the OvigRegistry contract.
type OvigRegistryDisputeLapsed struct {
	JobId     *big.Int
	DisputeId *big.Int
	Interval  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const OvigRegistryDisputeLapsedEventName = "DisputeLapsed"

// ContractEventName returns the user-defined event name.
func (OvigRegistryDisputeLapsed) ContractEventName() string {
	return OvigRegistryDisputeLapsedEventName
}

// UnpackDisputeLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeLapsed(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval)
func (ovigRegistry *OvigRegistry) UnpackDisputeLapsedEvent(log *types.Log) (*OvigRegistryDisputeLapsed, error) {
	event := "DisputeLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryDisputeLapsed)
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

// OvigRegistryDisputeOpened represents a DisputeOpened event raised by the OvigRegistry contract.
type OvigRegistryDisputeOpened struct {
	JobId     *big.Int
	DisputeId *big.Int
	Interval  uint64
	Endpoint  uint64
	Root      [32]byte
	Deadline  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const OvigRegistryDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (OvigRegistryDisputeOpened) ContractEventName() string {
	return OvigRegistryDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, uint64 endpoint, bytes32 root, uint64 deadline)
func (ovigRegistry *OvigRegistry) UnpackDisputeOpenedEvent(log *types.Log) (*OvigRegistryDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryDisputeOpened)
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

// OvigRegistryDisputeResolved represents a DisputeResolved event raised by the OvigRegistry contract.
type OvigRegistryDisputeResolved struct {
	JobId        *big.Int
	DisputeId    *big.Int
	Interval     uint64
	Outcome      uint8
	Distance     *big.Int
	Boundary     *big.Int
	ReplayDigest [32]byte
	Signers      uint16
	Raw          *types.Log // Blockchain specific contextual infos
}

const OvigRegistryDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (OvigRegistryDisputeResolved) ContractEventName() string {
	return OvigRegistryDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, uint8 outcome, uint256 distance, uint256 boundary, bytes32 replayDigest, uint16 signers)
func (ovigRegistry *OvigRegistry) UnpackDisputeResolvedEvent(log *types.Log) (*OvigRegistryDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryDisputeResolved)
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

// OvigRegistryDisputeTimedOut represents a DisputeTimedOut event raised by the OvigRegistry contract.
type OvigRegistryDisputeTimedOut struct {
	JobId     *big.Int
	DisputeId *big.Int
	Interval  uint64
	Outcome   uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const OvigRegistryDisputeTimedOutEventName = "DisputeTimedOut"

// ContractEventName returns the user-defined event name.
func (OvigRegistryDisputeTimedOut) ContractEventName() string {
	return OvigRegistryDisputeTimedOutEventName
}

// UnpackDisputeTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeTimedOut(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, uint8 outcome)
func (ovigRegistry *OvigRegistry) UnpackDisputeTimedOutEvent(log *types.Log) (*OvigRegistryDisputeTimedOut, error) {
	event := "DisputeTimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryDisputeTimedOut)
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
	JobId       *big.Int
	Provider    common.Address
	Bond        *big.Int
	EvidenceURI string
	Raw         *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobAcceptedEventName = "JobAccepted"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobAccepted) ContractEventName() string {
	return OvigRegistryJobAcceptedEventName
}

// UnpackJobAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAccepted(uint256 indexed jobId, address indexed provider, uint256 bond, string evidenceURI)
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
	JobId          *big.Int
	Owner          common.Address
	Refund         *big.Int
	ProviderRefund *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const OvigRegistryJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (OvigRegistryJobCancelled) ContractEventName() string {
	return OvigRegistryJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(uint256 indexed jobId, address indexed owner, uint256 refund, uint256 providerRefund)
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
// Solidity: event JobCreated(uint256 indexed jobId, address indexed owner, address indexed provider, uint256 payment, (address,bytes32,uint64,uint64,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,address[],uint8) params)
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
	DisputeId        *big.Int
	Leader           common.Address
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
// Solidity: event JobSlashed(uint256 indexed jobId, uint256 indexed disputeId, address indexed leader, uint256 challengerReward, uint256 ownerRefund)
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

// OvigRegistryStepNamed represents a StepNamed event raised by the OvigRegistry contract.
type OvigRegistryStepNamed struct {
	JobId       *big.Int
	DisputeId   *big.Int
	ChallengeId *big.Int
	Challenger  common.Address
	Step        uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const OvigRegistryStepNamedEventName = "StepNamed"

// ContractEventName returns the user-defined event name.
func (OvigRegistryStepNamed) ContractEventName() string {
	return OvigRegistryStepNamedEventName
}

// UnpackStepNamedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepNamed(uint256 indexed jobId, uint256 indexed disputeId, uint256 indexed challengeId, address challenger, uint64 step)
func (ovigRegistry *OvigRegistry) UnpackStepNamedEvent(log *types.Log) (*OvigRegistryStepNamed, error) {
	event := "StepNamed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryStepNamed)
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

// OvigRegistryStepsCommitted represents a StepsCommitted event raised by the OvigRegistry contract.
type OvigRegistryStepsCommitted struct {
	JobId     *big.Int
	DisputeId *big.Int
	Interval  uint64
	StepRoot  [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const OvigRegistryStepsCommittedEventName = "StepsCommitted"

// ContractEventName returns the user-defined event name.
func (OvigRegistryStepsCommitted) ContractEventName() string {
	return OvigRegistryStepsCommittedEventName
}

// UnpackStepsCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepsCommitted(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, bytes32 stepRoot)
func (ovigRegistry *OvigRegistry) UnpackStepsCommittedEvent(log *types.Log) (*OvigRegistryStepsCommitted, error) {
	event := "StepsCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ovigRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OvigRegistryStepsCommitted)
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
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["AlreadyChallenged"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackAlreadyChallengedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["AlreadyNamed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackAlreadyNamedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["AlreadyResponded"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackAlreadyRespondedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["BatchMismatch"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackBatchMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["BatchTooLarge"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["BondTooLarge"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackBondTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["CannotCancel"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["CannotLapse"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackCannotLapseError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["CannotTimeout"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackCannotTimeoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["CommitmentExists"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackCommitmentExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["CommitmentLive"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackCommitmentLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DisputeStillOpen"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDisputeStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["DisputesOpen"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackDisputesOpenError(raw[4:])
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
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InconsistentVerdict"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInconsistentVerdictError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["IntervalDecided"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackIntervalDecidedError(raw[4:])
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
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["InvalidEvidenceURI"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackInvalidEvidenceURIError(raw[4:])
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
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NotChallenger"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNotChallengerError(raw[4:])
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
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NotResponded"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNotRespondedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["PartyCannotChallenge"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackPartyCannotChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ProviderBondTooSmall"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackProviderBondTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["RevealTooLate"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackRevealTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["RootMismatch"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["SignersNotIncreasing"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackSignersNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["StepNotNamed"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackStepNotNamedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackStepOutOfRangeError(raw[4:])
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
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["UnknownCommitment"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackUnknownCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["WrongValue"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackWrongValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["ZeroBond"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackZeroBondError(raw[4:])
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

// OvigRegistryAlreadyChallenged represents a AlreadyChallenged error raised by the OvigRegistry contract.
type OvigRegistryAlreadyChallenged struct {
	DisputeId   *big.Int
	ChallengeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyChallenged(uint256 disputeId, uint256 challengeId)
func OvigRegistryAlreadyChallengedErrorID() common.Hash {
	return common.HexToHash("0x237860d5c0173f961b2a6fc340d291f92a2067f5401c1a30757c66981e463941")
}

// UnpackAlreadyChallengedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyChallenged(uint256 disputeId, uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackAlreadyChallengedError(raw []byte) (*OvigRegistryAlreadyChallenged, error) {
	out := new(OvigRegistryAlreadyChallenged)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "AlreadyChallenged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryAlreadyClaimed represents a AlreadyClaimed error raised by the OvigRegistry contract.
type OvigRegistryAlreadyClaimed struct {
	ChallengeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 challengeId)
func OvigRegistryAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xb3167bfa203824a8528cd651824b49f666ae15ab32eef5801cb2db761a8707a6")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackAlreadyClaimedError(raw []byte) (*OvigRegistryAlreadyClaimed, error) {
	out := new(OvigRegistryAlreadyClaimed)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryAlreadyNamed represents a AlreadyNamed error raised by the OvigRegistry contract.
type OvigRegistryAlreadyNamed struct {
	ChallengeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyNamed(uint256 challengeId)
func OvigRegistryAlreadyNamedErrorID() common.Hash {
	return common.HexToHash("0x3b7d5b971fe3a519c536d93a0f997b11772f321e5c157c66ee07a0bda789442f")
}

// UnpackAlreadyNamedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyNamed(uint256 challengeId)
func (ovigRegistry *OvigRegistry) UnpackAlreadyNamedError(raw []byte) (*OvigRegistryAlreadyNamed, error) {
	out := new(OvigRegistryAlreadyNamed)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "AlreadyNamed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryAlreadyResponded represents a AlreadyResponded error raised by the OvigRegistry contract.
type OvigRegistryAlreadyResponded struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyResponded(uint256 disputeId)
func OvigRegistryAlreadyRespondedErrorID() common.Hash {
	return common.HexToHash("0x50274491ce6ae351b2aa715a4ca126c0c92b8a32e47f3fdf843b8fb4b5308061")
}

// UnpackAlreadyRespondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyResponded(uint256 disputeId)
func (ovigRegistry *OvigRegistry) UnpackAlreadyRespondedError(raw []byte) (*OvigRegistryAlreadyResponded, error) {
	out := new(OvigRegistryAlreadyResponded)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "AlreadyResponded", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// OvigRegistryBondTooLarge represents a BondTooLarge error raised by the OvigRegistry contract.
type OvigRegistryBondTooLarge struct {
	Bond *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLarge(uint256 bond)
func OvigRegistryBondTooLargeErrorID() common.Hash {
	return common.HexToHash("0x916a45f3711b7426e7f6d50fd05c66246ac95e939a48c5250b1c6ff319be6ca8")
}

// UnpackBondTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLarge(uint256 bond)
func (ovigRegistry *OvigRegistry) UnpackBondTooLargeError(raw []byte) (*OvigRegistryBondTooLarge, error) {
	out := new(OvigRegistryBondTooLarge)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "BondTooLarge", raw); err != nil {
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
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotLapse(uint256 disputeId)
func OvigRegistryCannotLapseErrorID() common.Hash {
	return common.HexToHash("0xca76dc0d2fb272f3467e37bcb4b4b2796c309faafc51161533024933899c142e")
}

// UnpackCannotLapseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotLapse(uint256 disputeId)
func (ovigRegistry *OvigRegistry) UnpackCannotLapseError(raw []byte) (*OvigRegistryCannotLapse, error) {
	out := new(OvigRegistryCannotLapse)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "CannotLapse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryCannotTimeout represents a CannotTimeout error raised by the OvigRegistry contract.
type OvigRegistryCannotTimeout struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotTimeout(uint256 disputeId)
func OvigRegistryCannotTimeoutErrorID() common.Hash {
	return common.HexToHash("0xfbdea8d5e3985a0184965d5de74441db0477a8a83e8339d9de34a7384c7411af")
}

// UnpackCannotTimeoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotTimeout(uint256 disputeId)
func (ovigRegistry *OvigRegistry) UnpackCannotTimeoutError(raw []byte) (*OvigRegistryCannotTimeout, error) {
	out := new(OvigRegistryCannotTimeout)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "CannotTimeout", raw); err != nil {
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

// OvigRegistryCommitmentExists represents a CommitmentExists error raised by the OvigRegistry contract.
type OvigRegistryCommitmentExists struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func OvigRegistryCommitmentExistsErrorID() common.Hash {
	return common.HexToHash("0xe90f94151beb5dfd3298ccdff2304109cb32f56df9b8c52bcd9b97da0e0d34b2")
}

// UnpackCommitmentExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func (ovigRegistry *OvigRegistry) UnpackCommitmentExistsError(raw []byte) (*OvigRegistryCommitmentExists, error) {
	out := new(OvigRegistryCommitmentExists)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "CommitmentExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryCommitmentLive represents a CommitmentLive error raised by the OvigRegistry contract.
type OvigRegistryCommitmentLive struct {
	RevealBy *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentLive(uint256 revealBy)
func OvigRegistryCommitmentLiveErrorID() common.Hash {
	return common.HexToHash("0x1f45f957f5808180924f846a81d00cd6b2db481e933c9b8c329cf79eb396321d")
}

// UnpackCommitmentLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentLive(uint256 revealBy)
func (ovigRegistry *OvigRegistry) UnpackCommitmentLiveError(raw []byte) (*OvigRegistryCommitmentLive, error) {
	out := new(OvigRegistryCommitmentLive)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "CommitmentLive", raw); err != nil {
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

// OvigRegistryDisputeNotOpen represents a DisputeNotOpen error raised by the OvigRegistry contract.
type OvigRegistryDisputeNotOpen struct {
	DisputeId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotOpen(uint256 disputeId, uint8 status)
func OvigRegistryDisputeNotOpenErrorID() common.Hash {
	return common.HexToHash("0x4b9d6b88b074a6af0858e3f946c1603f91fefd010a15050b3eeae6978da02def")
}

// UnpackDisputeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotOpen(uint256 disputeId, uint8 status)
func (ovigRegistry *OvigRegistry) UnpackDisputeNotOpenError(raw []byte) (*OvigRegistryDisputeNotOpen, error) {
	out := new(OvigRegistryDisputeNotOpen)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "DisputeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryDisputeStillOpen represents a DisputeStillOpen error raised by the OvigRegistry contract.
type OvigRegistryDisputeStillOpen struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeStillOpen(uint256 disputeId)
func OvigRegistryDisputeStillOpenErrorID() common.Hash {
	return common.HexToHash("0x2cef8fe5bb3d4c7c003368c6827e31f47e25ed04084ed47f410fe4f884ab217b")
}

// UnpackDisputeStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeStillOpen(uint256 disputeId)
func (ovigRegistry *OvigRegistry) UnpackDisputeStillOpenError(raw []byte) (*OvigRegistryDisputeStillOpen, error) {
	out := new(OvigRegistryDisputeStillOpen)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "DisputeStillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryDisputesOpen represents a DisputesOpen error raised by the OvigRegistry contract.
type OvigRegistryDisputesOpen struct {
	JobId *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputesOpen(uint256 jobId, uint256 count)
func OvigRegistryDisputesOpenErrorID() common.Hash {
	return common.HexToHash("0xee22a27e2d14942821b3a6a18acfeda00966b671dccec60690f7e56a82391036")
}

// UnpackDisputesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputesOpen(uint256 jobId, uint256 count)
func (ovigRegistry *OvigRegistry) UnpackDisputesOpenError(raw []byte) (*OvigRegistryDisputesOpen, error) {
	out := new(OvigRegistryDisputesOpen)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "DisputesOpen", raw); err != nil {
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

// OvigRegistryInconsistentVerdict represents a InconsistentVerdict error raised by the OvigRegistry contract.
type OvigRegistryInconsistentVerdict struct {
	Outcome  uint8
	Distance *big.Int
	Boundary *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InconsistentVerdict(uint8 outcome, uint256 distance, uint256 boundary)
func OvigRegistryInconsistentVerdictErrorID() common.Hash {
	return common.HexToHash("0x8cc8ecb6b67915c6adf47530970c5fc6c2faa2a9ef56057729e3cc55fa92987a")
}

// UnpackInconsistentVerdictError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InconsistentVerdict(uint8 outcome, uint256 distance, uint256 boundary)
func (ovigRegistry *OvigRegistry) UnpackInconsistentVerdictError(raw []byte) (*OvigRegistryInconsistentVerdict, error) {
	out := new(OvigRegistryInconsistentVerdict)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InconsistentVerdict", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryIntervalDecided represents a IntervalDecided error raised by the OvigRegistry contract.
type OvigRegistryIntervalDecided struct {
	Interval uint64
	Outcome  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IntervalDecided(uint64 interval, uint8 outcome)
func OvigRegistryIntervalDecidedErrorID() common.Hash {
	return common.HexToHash("0x123a08a9e7b54ea6216448f5f291e3698de4f69eb8ada5a3b332a26f43cb875b")
}

// UnpackIntervalDecidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IntervalDecided(uint64 interval, uint8 outcome)
func (ovigRegistry *OvigRegistry) UnpackIntervalDecidedError(raw []byte) (*OvigRegistryIntervalDecided, error) {
	out := new(OvigRegistryIntervalDecided)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "IntervalDecided", raw); err != nil {
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

// OvigRegistryInvalidEvidenceURI represents a InvalidEvidenceURI error raised by the OvigRegistry contract.
type OvigRegistryInvalidEvidenceURI struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEvidenceURI(uint256 length)
func OvigRegistryInvalidEvidenceURIErrorID() common.Hash {
	return common.HexToHash("0xd3fbcdfa29ee0fe944355156504cb5d0f97bc764218777ee46a42deefc376d68")
}

// UnpackInvalidEvidenceURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEvidenceURI(uint256 length)
func (ovigRegistry *OvigRegistry) UnpackInvalidEvidenceURIError(raw []byte) (*OvigRegistryInvalidEvidenceURI, error) {
	out := new(OvigRegistryInvalidEvidenceURI)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidEvidenceURI", raw); err != nil {
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
	Arbiters  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 arbiters)
func OvigRegistryInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x64d57014bbd5e82994b8dcd868cf098a4766a4ee4ea5a6bd6185458ed71cf7eb")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 arbiters)
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

// OvigRegistryNotChallenger represents a NotChallenger error raised by the OvigRegistry contract.
type OvigRegistryNotChallenger struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallenger(address caller)
func OvigRegistryNotChallengerErrorID() common.Hash {
	return common.HexToHash("0xc09a28943166d052fb7e0962e2d896262f7aa45f42f48864ab529d1032b760c8")
}

// UnpackNotChallengerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallenger(address caller)
func (ovigRegistry *OvigRegistry) UnpackNotChallengerError(raw []byte) (*OvigRegistryNotChallenger, error) {
	out := new(OvigRegistryNotChallenger)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NotChallenger", raw); err != nil {
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

// OvigRegistryNotResponded represents a NotResponded error raised by the OvigRegistry contract.
type OvigRegistryNotResponded struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotResponded(uint256 disputeId)
func OvigRegistryNotRespondedErrorID() common.Hash {
	return common.HexToHash("0xcc9078e91f5a54e4d0535e5aa669dde1111f836118f6e0c2cbe73ba07e9371bb")
}

// UnpackNotRespondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotResponded(uint256 disputeId)
func (ovigRegistry *OvigRegistry) UnpackNotRespondedError(raw []byte) (*OvigRegistryNotResponded, error) {
	out := new(OvigRegistryNotResponded)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NotResponded", raw); err != nil {
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

// OvigRegistryPartyCannotChallenge represents a PartyCannotChallenge error raised by the OvigRegistry contract.
type OvigRegistryPartyCannotChallenge struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartyCannotChallenge(address account)
func OvigRegistryPartyCannotChallengeErrorID() common.Hash {
	return common.HexToHash("0x7315f287c5d4dde027303bcf0f7d575144d51cb655407dede0ae3ee47817eff1")
}

// UnpackPartyCannotChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartyCannotChallenge(address account)
func (ovigRegistry *OvigRegistry) UnpackPartyCannotChallengeError(raw []byte) (*OvigRegistryPartyCannotChallenge, error) {
	out := new(OvigRegistryPartyCannotChallenge)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "PartyCannotChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryProviderBondTooSmall represents a ProviderBondTooSmall error raised by the OvigRegistry contract.
type OvigRegistryProviderBondTooSmall struct {
	ProviderBond *big.Int
	Minimum      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderBondTooSmall(uint256 providerBond, uint256 minimum)
func OvigRegistryProviderBondTooSmallErrorID() common.Hash {
	return common.HexToHash("0x41ff21790ac4e591828b477ce6268cbe74514387f2ad931bfda448290bfd5f4e")
}

// UnpackProviderBondTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderBondTooSmall(uint256 providerBond, uint256 minimum)
func (ovigRegistry *OvigRegistry) UnpackProviderBondTooSmallError(raw []byte) (*OvigRegistryProviderBondTooSmall, error) {
	out := new(OvigRegistryProviderBondTooSmall)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ProviderBondTooSmall", raw); err != nil {
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

// OvigRegistryRevealTooEarly represents a RevealTooEarly error raised by the OvigRegistry contract.
type OvigRegistryRevealTooEarly struct {
	CommitBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint256 commitBlock)
func OvigRegistryRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xee66961928e2835f26d19a8283d92864fa3c9a1765b7c484090574bb98835569")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint256 commitBlock)
func (ovigRegistry *OvigRegistry) UnpackRevealTooEarlyError(raw []byte) (*OvigRegistryRevealTooEarly, error) {
	out := new(OvigRegistryRevealTooEarly)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryRevealTooLate represents a RevealTooLate error raised by the OvigRegistry contract.
type OvigRegistryRevealTooLate struct {
	RevealBy *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooLate(uint256 revealBy)
func OvigRegistryRevealTooLateErrorID() common.Hash {
	return common.HexToHash("0x49d61db5e242683fcc46e605dd7443e015cb7900fb313504d592f96f68924d61")
}

// UnpackRevealTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooLate(uint256 revealBy)
func (ovigRegistry *OvigRegistry) UnpackRevealTooLateError(raw []byte) (*OvigRegistryRevealTooLate, error) {
	out := new(OvigRegistryRevealTooLate)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "RevealTooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryRootMismatch represents a RootMismatch error raised by the OvigRegistry contract.
type OvigRegistryRootMismatch struct {
	Disputed [32]byte
	Given    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootMismatch(bytes32 disputed, bytes32 given)
func OvigRegistryRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x7c532e315ae44175632b08431616cac0c7d7f63f348512c4dea8994607e49783")
}

// UnpackRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootMismatch(bytes32 disputed, bytes32 given)
func (ovigRegistry *OvigRegistry) UnpackRootMismatchError(raw []byte) (*OvigRegistryRootMismatch, error) {
	out := new(OvigRegistryRootMismatch)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "RootMismatch", raw); err != nil {
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

// OvigRegistryStepNotNamed represents a StepNotNamed error raised by the OvigRegistry contract.
type OvigRegistryStepNotNamed struct {
	DisputeId *big.Int
	Step      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepNotNamed(uint256 disputeId, uint64 step)
func OvigRegistryStepNotNamedErrorID() common.Hash {
	return common.HexToHash("0x0fbeb37d27be55bb9825e155f5d08155145afdb5839936689448d72abcf194d1")
}

// UnpackStepNotNamedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepNotNamed(uint256 disputeId, uint64 step)
func (ovigRegistry *OvigRegistry) UnpackStepNotNamedError(raw []byte) (*OvigRegistryStepNotNamed, error) {
	out := new(OvigRegistryStepNotNamed)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "StepNotNamed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryStepOutOfRange represents a StepOutOfRange error raised by the OvigRegistry contract.
type OvigRegistryStepOutOfRange struct {
	Step   uint64
	Stride uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint64 step, uint64 stride)
func OvigRegistryStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x16138213d111a7c6d01432e24846d453aad2f188da41484a39ef28fa984cedcb")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint64 step, uint64 stride)
func (ovigRegistry *OvigRegistry) UnpackStepOutOfRangeError(raw []byte) (*OvigRegistryStepOutOfRange, error) {
	out := new(OvigRegistryStepOutOfRange)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
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

// OvigRegistryUnknownCommitment represents a UnknownCommitment error raised by the OvigRegistry contract.
type OvigRegistryUnknownCommitment struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func OvigRegistryUnknownCommitmentErrorID() common.Hash {
	return common.HexToHash("0x3f3ff3fce0a88e75f46b6412b76abfc6938b8ce21562ec2d541ab026ecccfa99")
}

// UnpackUnknownCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func (ovigRegistry *OvigRegistry) UnpackUnknownCommitmentError(raw []byte) (*OvigRegistryUnknownCommitment, error) {
	out := new(OvigRegistryUnknownCommitment)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "UnknownCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OvigRegistryUnknownDispute represents a UnknownDispute error raised by the OvigRegistry contract.
type OvigRegistryUnknownDispute struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(uint256 disputeId)
func OvigRegistryUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0x8f09a29b08337b4e66a42a0bbd8bc395cb2fa24f8b538de30a025d7769f25cf4")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(uint256 disputeId)
func (ovigRegistry *OvigRegistry) UnpackUnknownDisputeError(raw []byte) (*OvigRegistryUnknownDispute, error) {
	out := new(OvigRegistryUnknownDispute)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
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

// OvigRegistryZeroBond represents a ZeroBond error raised by the OvigRegistry contract.
type OvigRegistryZeroBond struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroBond()
func OvigRegistryZeroBondErrorID() common.Hash {
	return common.HexToHash("0x3af4d15e2af377280c3e0fb5f0cc0d6c4e1ee475a9f746427c55642ef85b715b")
}

// UnpackZeroBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroBond()
func (ovigRegistry *OvigRegistry) UnpackZeroBondError(raw []byte) (*OvigRegistryZeroBond, error) {
	out := new(OvigRegistryZeroBond)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "ZeroBond", raw); err != nil {
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
