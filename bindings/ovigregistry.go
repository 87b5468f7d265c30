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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"inference_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ARBITER_SHARE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CHALLENGER_SHARE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ARBITERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ARBITRATION_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CHALLENGE_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INTERVALS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_URI_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REVEAL_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERDICT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accept\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"batchCommitment\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challenge\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"o\",\"type\":\"tuple\",\"internalType\":\"structEndpointProof\",\"components\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challengeCommitment\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"challengeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"challengeOf\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"challenges\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structChallenge\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumChallengeStatus\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"named\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitChallenge\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"commitIntervals\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitments\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"blockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createJob\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structJobParams\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"credits\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deployBlock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputes\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structDispute\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeStatus\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"leader\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"leaderCommitBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challenges\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"signers\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"startRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"respondBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nameBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"responded\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"stepsNamed\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"rewarded\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalize\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forfeit\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forfeited\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getArbiters\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structJobView\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumJobStatus\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"intervals\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"windowEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payment\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"escrow\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerBondHeld\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committedEndpoints\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batchCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"openDisputes\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"arbiterCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inference\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"intervalOutcome\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isArbiter\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lapse\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nameStep\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openDisputeOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"resolve\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"start\",\"type\":\"tuple\",\"internalType\":\"structEndpointProof\",\"components\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]},{\"name\":\"firstProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"lastProof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashForInference\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stepLeaderOf\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timeout\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verdictDigest\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"ChallengeClaimed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toProvider\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"toArbiters\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChallengeCommitted\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"revealBy\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChallengeOpened\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"commitBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitmentForfeited\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitmentRefunded\",\"inputs\":[{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeLapsed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"endpoint\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"replayDigest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"signers\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeTimedOut\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"IntervalsCommitted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchIndex\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"roots\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobAccepted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"evidenceURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"providerRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCreated\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payment\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structJobParams\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"boundaryHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFinalized\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"finalModelHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"finalizedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"windowEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobSettled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobSlashed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"leader\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"challengerReward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"ownerRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StepNamed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"challenger\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"step\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StepsCommitted\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"interval\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"stepRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyChallenged\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyClaimed\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyNamed\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyResponded\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BatchMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"BatchTooLarge\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BondTooLarge\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotCancel\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotLapse\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CannotTimeout\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ChallengeWindowClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitmentExists\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CommitmentLive\",\"inputs\":[{\"name\":\"revealBy\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeadlineNotReached\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeadlinePassed\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputeNotOpen\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeStatus\"}]},{\"type\":\"error\",\"name\":\"DisputeStillOpen\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputesOpen\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateArbiter\",\"inputs\":[{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyTree\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EndpointNotInBatch\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EndpointsMissing\",\"inputs\":[{\"name\":\"committed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InconsistentVerdict\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"distance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"boundary\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"IntervalDecided\",\"inputs\":[{\"name\":\"interval\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"enumOutcome\"}]},{\"type\":\"error\",\"name\":\"InvalidArbiter\",\"inputs\":[{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidArbiterCount\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDeadlines\",\"inputs\":[{\"name\":\"acceptBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"finalizeBy\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEndpoint\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEvidenceURI\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidJobStatus\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumJobStatus\"}]},{\"type\":\"error\",\"name\":\"InvalidOutcome\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"code\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidSteps\",\"inputs\":[{\"name\":\"totalSteps\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"arbiters\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidWindows\",\"inputs\":[{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"arbitrationWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotArbiter\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotChallenger\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotEnoughSignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotInference\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotProvider\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotResponded\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PartyCannotChallenge\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProviderBondTooSmall\",\"inputs\":[{\"name\":\"providerBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RevealTooEarly\",\"inputs\":[{\"name\":\"commitBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RevealTooLate\",\"inputs\":[{\"name\":\"revealBy\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RootMismatch\",\"inputs\":[{\"name\":\"disputed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"given\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SignersNotIncreasing\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StepNotNamed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"StepOutOfRange\",\"inputs\":[{\"name\":\"step\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"stride\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TooManyEndpoints\",\"inputs\":[{\"name\":\"endpoints\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxEndpoints\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyIntervals\",\"inputs\":[{\"name\":\"intervals\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManySignatures\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiters\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnexpectedFirstIndex\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownBatch\",\"inputs\":[{\"name\":\"batchIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChallenge\",\"inputs\":[{\"name\":\"challengeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownCommitment\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"UnknownDispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongValue\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroBond\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroChallengerBond\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPayment\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroProvider\",\"inputs\":[]}]",
	ID:  "OvigRegistry",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161611d38038061611d83398101604081905261002f916100f2565b466080526100da604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a0524360c0526001600160a01b031660e05261011f565b5f60208284031215610102575f5ffd5b81516001600160a01b0381168114610118575f5ffd5b9392505050565b60805160a05160c05160e051615fc46101595f395f81816105380152612e5701525f61076401525f6112c501525f6111f10152615fc45ff3fe6080604052600436106102a5575f3560e01c806375cb5f3d1161016f578063aab5a877116100d8578063cfc5e5cf11610092578063e62119221161006d578063e6211922146108fb578063f07530dd14610913578063f531521514610932578063fe5ff46814610968575f5ffd5b8063cfc5e5cf1461086a578063d80cc06c14610889578063dd91d923146108dc575f5ffd5b8063aab5a87714610786578063be3acbbe1461079b578063bf22c457146107ba578063c125d89b146107e6578063cb13e21d14610805578063cc8cd8c41461084b575f5ffd5b8063950bff9f11610129578063950bff9f146106cb5780639eeec780146106e0578063a1538975146106f3578063a28889e114610729578063a2f057251461073e578063a3ec191a14610753575f5ffd5b806375cb5f3d146105725780637a1a3446146105a55780638b1592b5146105b85780638df82800146106615780638f1d3776146106805780638fa2f101146106ac575f5ffd5b80633d243e8b1161021157806354a86205116101cb57806354a862051461049c578063564a565d146104b157806367a34844146104dd5780636aabd601146104f25780636bfbb36e146105115780636e908f8914610527575f5ffd5b80633d243e8b1461042157806340e58ee5146104345780634c5d8a0f14610453578063503fafc71461046757806351586ecb146104865780635210e2651461049c575f5ffd5b80632a9c903e116102625780632a9c903e1461035957806330bf6fe11461038f5780633644e515146103bb578063379607f5146103cf5780633bcc1d63146103ee5780633ccfd60b1461040d575f5ffd5b806308148f7a146102a9578063101473c6146102ca57806317e931cf146102e95780631da2351214610311578063249d39e9146103305780632895693d14610345575b5f5ffd5b3480156102b4575f5ffd5b506102c86102c3366004614fe4565b610993565b005b3480156102d5575f5ffd5b506102c86102e4366004615011565b610bd8565b3480156102f4575f5ffd5b506102fe610e1081565b6040519081526020015b60405180910390f35b34801561031c575f5ffd5b506102c861032b366004615082565b610e76565b34801561033b575f5ffd5b506102fe61271081565b348015610350575f5ffd5b506102fe601081565b348015610364575f5ffd5b506102fe6103733660046150ed565b600660209081525f928352604080842090915290825290205481565b34801561039a575f5ffd5b506103ae6103a9366004614fe4565b61117b565b604051610308919061510e565b3480156103c6575f5ffd5b506102fe6111ee565b3480156103da575f5ffd5b506102c86103e9366004614fe4565b6112e7565b3480156103f9575f5ffd5b506102c8610408366004615159565b6115f7565b348015610418575f5ffd5b506102c8611751565b6102c861042f366004615181565b611836565b34801561043f575f5ffd5b506102c861044e366004614fe4565b6119a1565b34801561045e575f5ffd5b506102fe5f5481565b348015610472575f5ffd5b506102fe610481366004615206565b611bfc565b348015610491575f5ffd5b506102fe6276a70081565b3480156104a7575f5ffd5b506102fe61138881565b3480156104bc575f5ffd5b506104d06104cb366004614fe4565b611c5d565b60405161030891906152c0565b3480156104e8575f5ffd5b506102fe60035481565b3480156104fd575f5ffd5b506102fe61050c366004615011565b611ea9565b34801561051c575f5ffd5b506102fe6212750081565b348015610532575f5ffd5b5061055a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610308565b34801561057d575f5ffd5b506102fe7f017546d0bc3f88cff941eda094f0194de697a057014a8657d3d7ff5ce32139e881565b6102c86105b3366004614fe4565b611ed2565b3480156105c3575f5ffd5b5061063c6105d2366004615159565b6001600160a01b0382165f908152600e60209081526040808320848452825291829020825160608101845290546001600160801b0381168083526001600160401b03600160801b83048116948401859052600160c01b909204909116919093018190529250925092565b604080519384526001600160401b039283166020850152911690820152606001610308565b34801561066c575f5ffd5b506102c861067b366004614fe4565b612000565b34801561068b575f5ffd5b5061069f61069a366004614fe4565b612153565b604051610308919061544d565b3480156106b7575f5ffd5b506102c86106c63660046154ef565b6122be565b3480156106d6575f5ffd5b506102fe61040081565b6102fe6106ee36600461550f565b61246d565b3480156106fe575f5ffd5b506102fe61070d3660046154ef565b5f918252600b6020908152604080842092845291905290205490565b348015610734575f5ffd5b506102fe60015481565b348015610749575f5ffd5b506102fe60025481565b34801561075e575f5ffd5b506102fe7f000000000000000000000000000000000000000000000000000000000000000081565b348015610791575f5ffd5b506102fe61020081565b3480156107a6575f5ffd5b506102c86107b5366004615556565b6128e4565b3480156107c5575f5ffd5b506107d96107d4366004614fe4565b612ae5565b604051610308919061563d565b3480156107f1575f5ffd5b506102fe61080036600461584e565b612df0565b348015610810575f5ffd5b5061083e61081f3660046154ef565b600760209081525f928352604080842090915290825290205460ff1681565b6040516103089190615898565b348015610856575f5ffd5b506102c86108653660046150ed565b612e4c565b348015610875575f5ffd5b506102fe6108843660046158ab565b612ebc565b348015610894575f5ffd5b506108cc6108a33660046150ed565b5f918252600a602090815260408084206001600160a01b03939093168452919052902054151590565b6040519015158152602001610308565b3480156108e7575f5ffd5b506102c86108f6366004614fe4565b61355b565b348015610906575f5ffd5b506102fe64010000000081565b34801561091e575f5ffd5b506102c861092d3660046158f7565b6136aa565b34801561093d575f5ffd5b506102fe61094c3660046154ef565b600560209081525f928352604080842090915290825290205481565b348015610973575f5ffd5b506102fe61098236600461597b565b60046020525f908152604090205481565b5f5f5f61099f846137fe565b82549295509093509150600160801b90046001600160401b03164211156109f257825460405163bfb22adf60e01b8152600160801b9091046001600160401b031660048201526024015b60405180910390fd5b82545f90600160e01b900460ff16158015610a1e5750610a12848361383a565b6001600160401b031642115b15610a2b57506003610a98565b8354600160e01b900460ff168015610a5257506005840154600160a01b900463ffffffff16155b8015610a6f5750610a638483613875565b6001600160401b031642115b15610a7c57506002610a98565b60405163fbdea8d560e01b8152600481018690526024016109e9565b8354859084907f89a9bb1d0df1864ee89c6a4f52f72ec251e675c5e55553b59f3f4da4f2e79b5b90600160401b90046001600160401b0316846003811115610ae257610ae261528c565b604080516001600160401b03909316835260ff90911660208301520160405180910390a3610b13838386845f613894565b8354859084907f3ec453cdf32840a1a608086a65e994aa5705f1f42ce1d83ec1a776c677d881cb90600160401b90046001600160401b0316846003811115610b5d57610b5d61528c565b604080516001600160401b03909316835260ff90911660208301525f908201819052606082018190526080820181905260a082015260c00160405180910390a36003816003811115610bb157610bb161528c565b03610bd1576001840154610bd190869086906001600160a01b0316613991565b5050505050565b5f828152600d6020526040902080546001600160a01b03163314610c11576040516330268a2560e21b81523360048201526024016109e9565b60018101546001600160401b03165f610c29826139c9565b8054909150600160e01b900460ff16610c585760405163cc9078e960e01b8152600481018390526024016109e9565b80546001600160401b03165f90815260086020526040812090610c7b8383613875565b9050806001600160401b0316421115610cb25760405163bfb22adf60e01b81526001600160401b03821660048201526024016109e9565b60028201546001600160401b03600160401b909104811690871610610d0b576002820154604051631613821360e01b81526001600160401b038881166004830152600160401b90920490911660248201526044016109e9565b6001850154600160801b90046001600160401b031615610d4157604051633b7d5b9760e01b8152600481018890526024016109e9565b5f848152600f602090815260408083206001600160401b03808b168552925282205460018881018054918b01909316600160801b0267ffffffffffffffff60801b199091161790915590819003610dbe5760058401805463ffffffff600160a01b80830482166001019091160263ffffffff60a01b199091161790555b801580610df757505f818152600d60205260409020600190810154908701546001600160401b03600160401b9283900481169290910416105b15610e21575f858152600f602090815260408083206001600160401b038b16845290915290208890555b8354604080513381526001600160401b038a811660208301528b9389939116917feeebe8a0747e018686c58584a1bc339c36f5bd2c1b05e27df0145e2ae3818c1d910160405180910390a45050505050505050565b5f610e8085613a67565b60018101549091506001600160a01b03163314610eb257604051631bd2224f60e01b81523360048201526024016109e9565b610ebe85826002613ab3565b6002810154600160c01b90046001600160401b0316421115610f0a57600281015460405163bfb22adf60e01b8152600160c01b9091046001600160401b031660048201526024016109e9565b815f819003610f2c5760405163c2e5347d60e01b815260040160405180910390fd5b610400811115610f525760405163533dcfcf60e11b8152600481018290526024016109e9565b60038201546001600160401b03600160c01b90910481169086168114610f9e5760405163dd3542e360e01b81526001600160401b038083166004830152871660248201526044016109e9565b60028301545f90610fc090600160801b90046001600160401b031660016159a8565b905080610fd6846001600160401b0385166159a8565b111561101357610fef836001600160401b0384166159a8565b604051630a36936b60e41b81526004810191909152602481018290526044016109e9565b5f61104f8787808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250613b1092505050565b60048601546040519192506001600160401b031690859061109a9084908790849060200192835260c091821b6001600160c01b03199081166020850152911b16602882015260300190565b60408051601f1981840301815291815281516020928301205f8e8152600b84528281206001600160401b03871682529093529120556110d981866159bb565b6003880180546001600160401b0392909216600160c01b026001600160c01b0390921691909117905561110d8260016159bb565b60048801805467ffffffffffffffff19166001600160401b03928316179055604051908316908c907f6d89fa4a9365c530e9ac8684d3a99ab541e20b22bc7f5079a597a493d573b99b906111669089908e908e906159da565b60405180910390a35050505050505050505050565b606061118682613a67565b505f82815260096020908152604091829020805483518184028101840190945280845290918301828280156111e257602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116111c4575b50505050509050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146112c2576112bd604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4c8bcdf96df71764d1a915a1e481575f21e1da8601d16b4095e79374016858dc918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f818152600d60205260408120908154600160a01b900460ff1660028111156113125761131261528c565b03611333576040516346bb1c0f60e01b8152600481018390526024016109e9565b60018154600160a01b900460ff1660028111156113525761135261528c565b146113735760405163598b3dfd60e11b8152600481018390526024016109e9565b6001808201546001600160401b03165f908152600c60205260409020908154600160c01b900460ff1660038111156113ad576113ad61528c565b036113dc576001820154604051632cef8fe560e01b81526001600160401b0390911660048201526024016109e9565b81546001600160401b03600160a81b8204165f908152600860205260409020600c81015460ff60a01b198316600160a11b1785558354919290916001600160a01b0390911690600290600160c01b900460ff1660038111156114405761144061528c565b148015611469575060028454600160c81b900460ff1660038111156114675761146761528c565b145b1561155e57845484545f916114b391600160a81b9091046001600160401b031690600160d01b900461ffff166127106114a461138888615a22565b6114ae9190615a4d565b613d4d565b90505f6114c08285615a60565b60018601546001600160a01b03165f908152600460205260408120805492935083929091906114f09084906159a8565b90915550508654604080515f8152602081018490529081018490526001600160a01b038516918a91600160a81b9091046001600160401b0316907f8b00e87b82e21dd58a2c1830057f025d8cd8008b59b80c622bc5d3f8fd0adda69060600160405180910390a450506115ef565b6001600160a01b0381165f90815260046020526040812080548492906115859084906159a8565b90915550508454604080518481525f60208201819052918101919091526001600160a01b038316918891600160a81b9091046001600160401b0316907f8b00e87b82e21dd58a2c1830057f025d8cd8008b59b80c622bc5d3f8fd0adda69060600160405180910390a45b505050505050565b6001600160a01b0382165f908152600e602090815260408083208484528252808320815160608101835290546001600160801b03811682526001600160401b03600160801b82048116948301859052600160c01b9091041691810191909152910361167857604051630fcffcff60e21b8152600481018390526024016109e9565b80604001516001600160401b031642116116b6576040808201519051631f45f95760e01b81526001600160401b0390911660048201526024016109e9565b6001600160a01b0383165f908152600e6020908152604080832085845290915281208190558151600380546001600160801b039092169290916116fa9084906159a8565b909155505080516040516001600160801b03909116815282906001600160a01b038516907fc3da66b8346fff3f9408519a63bb7492e5acf7a7e6ea0a1e0f4b7ca17704845e906020015b60405180910390a3505050565b335f908152600460205260408120549081900361178157604051630686827b60e51b815260040160405180910390fd5b335f8181526004602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906117c49084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f811461180b576040519150601f19603f3d011682016040523d82523d5f602084013e611810565b606091505b5050905080611832576040516312171d8360e31b815260040160405180910390fd5b5050565b5f61184084613a67565b60018101549091506001600160a01b0316331461187257604051631bd2224f60e01b81523360048201526024016109e9565b61187e84826001613ab3565b6001810154600160a01b90046001600160401b03164211156118ca57600181015460405163bfb22adf60e01b8152600160a01b9091046001600160401b031660048201526024016109e9565b80600a015434146118fd57600a81015460405163195a3ca160e01b815260048101919091523460248201526044016109e9565b8180158061190c575061020081115b1561192d576040516369fde6fd60e11b8152600481018290526024016109e9565b815460ff60a01b1916600160a11b17825534600b830155600d8201611953848683615afd565b50336001600160a01b0316857f67454ec0788508461c076eee08d472cadb0b3326adb4c12de8690d6d2963bffa34878760405161199293929190615bb6565b60405180910390a35050505050565b5f6119ab82613a67565b90505f60018254600160a01b900460ff1660068111156119cd576119cd61528c565b03611a035781546001600160a01b031633146119fe5760405163245aecd360e01b81523360048201526024016109e9565b611b04565b60028254600160a01b900460ff166006811115611a2257611a2261528c565b03611ae8576002820154600160c01b90046001600160401b03164211611a72576002820154604051630789f42160e21b8152600160c01b9091046001600160401b031660048201526024016109e9565b6004820154600160401b90046001600160401b031615611ac257600482810154604051637711513f60e11b8152918201859052600160401b90046001600160401b031660248201526044016109e9565b61271061138883600b0154611ad79190615a22565b611ae19190615a4d565b9050611b04565b604051630532a58160e41b8152600481018490526024016109e9565b5f8183600b01548460090154611b1a91906159a8565b611b249190615a60565b8354600360a11b60ff60a01b1982161785555f60098601819055600b86018190556001600160a01b03909116815260046020526040812080549293508392909190611b709084906159a8565b90915550508115611bac5760018301546001600160a01b03165f9081526004602052604081208054849290611ba69084906159a8565b90915550505b825460408051838152602081018590526001600160a01b039092169186917fb54596a2b00c3d3d8a1d2a7bae304b50932b2b67fd5880e29d397b37410fd62091015b60405180910390a350505050565b5f5f611c0c8c8c8c8c8c8c613e2f565b6040805160ff891660208201529081018790526060810186905260808101859052909150611c4d90829060a001604051602081830303815290604052613eca565b9c9b505050505050505050505050565b611ce660408051610220810182525f8082526020820181905291810182905290606082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600c60205260408120908154600160c01b900460ff166003811115611d1157611d1161528c565b03611d1c5750919050565b80546001600160401b038082165f81815260086020908152604091829020600390810154938852600160401b808704861692890192909252600160801b8604851692880192909252909104909116916060850191600160c01b90910460ff1690811115611d8b57611d8b61528c565b90816003811115611d9e57611d9e61528c565b90525081546080840190600160c81b900460ff166003811115611dc357611dc361528c565b90816003811115611dd657611dd661528c565b90525060028281015460a085015260018301546001600160a01b0380821660c0870152600160a01b8083046001600160401b0390811660e0890152600160e01b9384900463ffffffff9081166101008a01528754600160d01b810461ffff166101208b015260038901546101408b01526004808a01546101608c0152600160801b82048416899003988416908104890184166101808c015296909604909601166101a08801529190920460ff1615156101c08601526005909301549283049091166101e084015216610200820152919050565b5f828152600f602090815260408083206001600160401b03851684529091529020545b92915050565b345f03611ef257604051631d7a68af60e11b815260040160405180910390fd5b6001600160801b03341115611f1c5760405163916a45f360e01b81523460048201526024016109e9565b335f908152600e6020908152604080832084845290915290208054600160801b90046001600160401b031615611f685760405163e90f941560e01b8152600481018390526024016109e9565b5f611f75610e10426159a8565b8254346001600160801b0381166001600160c01b031990921691909117600160801b436001600160401b0390811691909102919091176001600160c01b0316600160c01b918416918202178555604080519283526020830191909152919250849133917fa43af5559d4567dfa30d9cf1f9994c57b5796793165545b004fca043a7bf4fa69101611744565b5f61200a82613a67565b905061201882826003613ab3565b5f61202282613efc565b9050806001600160401b0316421161205857604051630789f42160e21b81526001600160401b03821660048201526024016109e9565b6004820154600160401b90046001600160401b0316156120a857600482810154604051637711513f60e11b8152918201859052600160401b90046001600160401b031660248201526044016109e9565b5f82600b015483600901546120bd91906159a8565b835460ff60a01b1916600560a01b1784555f60098501819055600b850181905560018501546001600160a01b031681526004602052604081208054929350839290919061210b9084906159a8565b909155505060018301546040518281526001600160a01b039091169085907fe4662c82efbb42a499fe463f763d2d63a9d3661d13d55de77ed66a1c85ed40ce90602001611bee565b60408051610120810182525f8082526020808301828152838501838152606085018481526080860185815260a0870186815260c0880187905260e088018790526101008801879052898752600d86528887208054600160a81b81046001600160401b039081168b526001830154808216988990526001600160a01b038316909752968952600c9097529890962054600160401b90819004851690925291049091169052919291600160a01b900460ff1660028111156122145761221461528c565b908160028111156122275761222761528c565b9052505f8154600160a01b900460ff1660028111156122485761224861528c565b14612276578054600160a81b90046001600160401b03165f908152600860205260409020600c015460c08301525b6001810154600160801b90046001600160401b0316156122b8576001818101545f196001600160401b03600160801b9092048216011660e08401526101008301525b50919050565b5f6122c883613a67565b60018101549091506001600160a01b031633146122fa57604051631bd2224f60e01b81523360048201526024016109e9565b61230683826002613ab3565b6002810154600160c01b90046001600160401b031642111561235257600281015460405163bfb22adf60e01b8152600160c01b9091046001600160401b031660048201526024016109e9565b60028101545f9061237490600160801b90046001600160401b031660016159a8565b6003830154909150600160c01b90046001600160401b031681146123c9576003820154604051630dee4d1760e01b8152600160c01b9091046001600160401b03166004820152602481018290526044016109e9565b815460ff60a01b1916600360a01b17825560038201805467ffffffffffffffff60801b1916600160801b426001600160401b03811691909102919091179091556007830184905584907f97ac0b42336375e23a6874db793d93c398b1e03c39ceb43c9765bfa1b12164bf90859061243f86613efc565b604080519384526001600160401b03928316602085015291169082015260600160405180910390a250505050565b5f345f0361248e576040516311e51d5160e31b815260040160405180910390fd5b5f61249883613f20565b90505f5f81546124a790615beb565b91829055505f8181526008602052604090208054600160a01b6001600160a81b031990911660ff60a01b193316171781559092506124ed6101a085016101808601615c03565b815460ff91909116600160a81b0260ff60a81b19909116178155612515610160850185615c1c565b825460ff909116600160b01b0260ff60b01b199091161782555061253c602085018561597b565b6001820180546001600160a01b0319166001600160a01b039290921691909117905561256e60c0850160a08601615c61565b6001820180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b199092169190911790556125ac6060850160408601615c61565b60028201805467ffffffffffffffff19166001600160401b03929092169190911790556125df6080850160608601615c61565b60028201805477ffffffffffffffffffffffffffffffff00000000000000001916600160401b6001600160401b039384160267ffffffffffffffff60801b191617600160801b9285169290920291909117905561264260e0850160c08601615c61565b6002820180546001600160401b0392909216600160c01b026001600160c01b0390921691909117905561267c610100850160e08601615c61565b60038201805467ffffffffffffffff19166001600160401b03929092169190911790556126b161012085016101008601615c61565b6003820180546001600160401b0392909216600160401b0267ffffffffffffffff60401b199092169190911790556020808501356005830155608085013560068301553460088301819055600980840191909155610120860135600a80850191909155610140870135600c8501555f868152918352604080832091909352918120905b612742610160880188615c1c565b9050811015612880575f61275a610160890189615c1c565b8381811061276a5761276a615c7a565b905060200201602081019061277f919061597b565b90506001600160a01b03811615806127b4575061279f602089018961597b565b6001600160a01b0316816001600160a01b0316145b806127c757506001600160a01b03811633145b156127f057604051639a6f7e9760e01b81526001600160a01b03821660048201526024016109e9565b6001600160a01b0381165f908152602084905260409020541561283157604051633bdf1b2560e11b81526001600160a01b03821660048201526024016109e9565b61283c8260016159a8565b6001600160a01b039091165f81815260208581526040822093909355855460018181018855878352939091200180546001600160a01b031916909117905501612734565b5061288e602087018761597b565b6001600160a01b0316336001600160a01b0316867f530af9388fe9b838736d95dc5878347067c033e61e5bed63cfd727382d1e460d348a6040516128d3929190615d18565b60405180910390a450505050919050565b5f5f5f6128f08a6137fe565b600181015492955090935091506001600160a01b0316331461292757604051631bd2224f60e01b81523360048201526024016109e9565b5f612932848361383a565b9050806001600160401b03164211156129695760405163bfb22adf60e01b81526001600160401b03821660048201526024016109e9565b8354600160e01b900460ff161561299657604051635027449160e01b8152600481018c90526024016109e9565b8354600160401b90046001600160401b03166129b560208b018b615c61565b6001600160401b0316146129f5576129d060208a018a615c61565b604051630347146560e01b81526001600160401b0390911660048201526024016109e9565b612a0083838b614348565b6002820154600160401b90046001600160401b031660018101612a2b8c825f60208f01358e8e6145cc565b1580612a465750612a448c828489600201548c8c6145cc565b155b15612a64576040516309bde33960e01b815260040160405180910390fd5b8554600160e01b60ff60e01b199091161780875560208c8101356003890155600488018e905560408051600160401b9093046001600160401b031683529082018e90528e9187917ff3333ab33c9fd31af653e996dc5fd226b20da1fa378d696a1fdc2a6420318499910160405180910390a350505050505050505050505050565b60408051610340810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c082018390526101e08201839052610200820183905261022082018390526102408201839052610260820183905261028082018390526102a082018390526102c082018390526102e08201839052610300820152610320810182905290612bbd83613a67565b80546001600160a01b03808216855260018301541660208501529091506040830190600160a01b900460ff166006811115612bfa57612bfa61528c565b90816006811115612c0d57612c0d61528c565b9052506005810154606083015260028101546001600160401b038082166080850152600160401b808304821660a0860152600160801b808404831660c0870152600685015460e08701526001850154600160a01b90048316610100870152600160c01b9093048216610120860152600384015480831661014087015290810482166101608601529190910416610180830181905215612cb457612caf81613efc565b612cb6565b5f5b6001600160401b039081166101a084015260088201546101c084015260098201546101e0840152600a820154610200840152600b820154610220840152600c8201546102408401526003820154600160c01b900481166102608401526004820154808216610280850152600160401b9004166102a0830152805460ff600160a81b820481166102c0850152600160b01b909104166102e0830152600d81018054612d5f90615a87565b80601f0160208091040260200160405190810160405280929190818152602001828054612d8b90615a87565b8015612dd65780601f10612dad57610100808354040283529160200191612dd6565b820191905f5260205f20905b815481529060010190602001808311612db957829003601f168201915b505050505061030083015260070154610320820152919050565b604080516001600160a01b03871660208201529081018590526001600160401b03841660608201526080810183905260a081018290525f9060c00160405160208183030381529060405280519060200120905095945050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612e9757604051630c92024960e41b81523360048201526024016109e9565b5f828152600860205260409020612eb19083906003613ab3565b611832825f836146cd565b5f80612edb3386612ed06020880188615c61565b876020013587612df0565b335f908152600e602090815260408083208484528252808320815160608101835290546001600160801b03811682526001600160401b03600160801b82048116948301859052600160c01b90910416918101919091529293509003612f5657604051630fcffcff60e21b8152600481018390526024016109e9565b80602001516001600160401b03164311612f9457602081015160405163ee66961960e01b81526001600160401b0390911660048201526024016109e9565b80604001516001600160401b0316421115612fd35760408082015190516349d61db560e01b81526001600160401b0390911660048201526024016109e9565b5f612fdd87613a67565b905060048154600160a01b900460ff166006811115612ffe57612ffe61528c565b0361309c57335f818152600e60209081526040808320878452825280832083905585519383526004909152812080546001600160801b03909316929091906130479084906159a8565b909155505081516040516001600160801b0390911681528790849033907f3857963612973da3ac53f346c18d6a5519471b856d364837d906180eb4d346559060200160405180910390a45f9350505050613554565b6130a687826147e5565b600c81015482516001600160801b0316146130ed57600c810154825160405163195a3ca160e01b815260048101929092526001600160801b031660248201526044016109e9565b80546001600160a01b0316331480613111575060018101546001600160a01b031633145b8061313357505f878152600a6020908152604080832033845290915290205415155b1561315357604051637315f28760e01b81523360048201526024016109e9565b6131606020870187615c61565b6001600160401b03165f0361318a57604051630347146560e01b81525f60048201526024016109e9565b613195878288614348565b5f60016131a56020890189615c61565b5f8a8152600760209081526040808320949093036001600160401b03811683529390529081205491925060ff909116908160038111156131e7576131e761528c565b1461320957818160405163123a08a960e01b81526004016109e9929190615e59565b335f908152600e6020908152604080832088845282528083208390558b8352600582528083206001600160401b038616845290915281205490819003613268576132658a8561325b60208d018d615c61565b8c602001356148c3565b90505b5f818152600c60209081526040909120600281015490918b0135146132b3576002810154604051637c532e3160e01b8152600481019190915260208b013560248201526044016109e9565b5f82815260066020908152604080832033845290915290205480156132f55760405163237860d560e01b815260048101849052602481018290526044016109e9565b6001820154600160e01b900463ffffffff16158061332e5750600182015460208801516001600160401b03600160a01b90920482169116105b156133705760018201805460208901516001600160401b0316600160a01b0267ffffffffffffffff60a01b1933166001600160e01b0319909216919091171790555b60018281018054601c90613392908490600160e01b900463ffffffff16615e7f565b825463ffffffff9182166101009390930a928302919092021990911617905550600280546001908101918290555f8581526006602090815260408083203380855290835292819020859055805160c08101909152918252929b509182019081526001600160401b03808f166020808401919091528682166040808501919091528b82015190921660608401525f60809093018390528c8352600d81529120825181546001600160a01b039091166001600160a01b031982168117835592840151919283916001600160a81b03191617600160a01b8360028111156134785761347861528c565b021790555060408281015182546001600160401b03918216600160a81b0267ffffffffffffffff60a81b1990911617835560608085015160019094018054608087015160a0909701518416600160801b0267ffffffffffffffff60801b19978516600160401b026001600160801b03199092169685169690961717959095169390931790935560208a81015182513381528a8616928101929092529093169083015284918b918f917fa11ea0eabee6603fd70371e947b1002ea1824229febeeb284c124c9c4a219a03910160405180910390a450505050505050505b9392505050565b5f613565826139c9565b80546001600160401b03165f81815260086020526040812092935090919060028254600160a01b900460ff1660068111156135a2576135a261528c565b14806135ca575060038254600160a01b900460ff1660068111156135c8576135c861528c565b145b90508080156135ea57508354600160801b90046001600160401b03164211155b1561360b5760405163ca76dc0d60e01b8152600481018690526024016109e9565b835460ff60c01b1916600360c01b178085555f848152600560209081526040808320600160401b948590046001600160401b0390811685529083528184209390935560048601805467ffffffffffffffff60401b1981169086900485165f190185168602179055875490519390049091168252869185917f092bb5137a0f572969eb6b60e827f7e1883935b4f5ae6a478d90dca4596f112d9101611992565b5f5f6136b98a8a8a8a8a614a10565b6040805160ff8c1660208201529081018a9052606081018990526080810188905291935091505f908190613704908d9086908e9060a001604051602081830303815290604052614bf3565b84546001600160401b03165f81815260086020526040902091925061372b91838989614c38565b84546001600160401b03165f818152600860205260409020919350915061376982828760ff8f1660038111156137635761376361528c565b87613894565b845460408051600160401b9092046001600160401b0316825260ff8d16602083015281018b9052606081018a90526080810189905261ffff841660a08201528d9083907f3ec453cdf32840a1a608086a65e994aa5705f1f42ce1d83ec1a776c677d881cb9060c00160405180910390a360ff8b166002146137ef576137ef8d8686613991565b50505050505050505050505050565b5f5f5f61380a846139c9565b80546001600160401b03165f818152600860205260409020919450925090506138338282614de6565b9193909250565b60038101545f90600160401b90046001600160401b03166004815b94549404600160801b9094046001600160401b0316039290920192915050565b60038101545f90600160401b90046001600160401b0316600281613855565b8254600160c11b60ff60c01b198216811785558391859161ffff60c01b1990911617600160c81b8360038111156138cd576138cd61528c565b0217905550825461ffff60d01b1916600160d01b61ffff831602178084555f868152600760209081526040808320600160401b9094046001600160401b0316835292905220805483919060ff1916600183600381111561392f5761392f61528c565b021790555050505f92835260056020908152604080852092546001600160401b03600160401b918290048116875293909252842093909355600490910180545f1984820484160190921690920267ffffffffffffffff60401b19909116179055565b6005820180546001600160a01b0319166001600160a01b03831617905581546139c4906001600160401b031684836146cd565b505050565b5f818152600c60205260408120908154600160c01b900460ff1660038111156139f4576139f461528c565b03613a1557604051638f09a29b60e01b8152600481018390526024016109e9565b60018154600160c01b900460ff166003811115613a3457613a3461528c565b14613a62578054604051630973ad7160e31b81526109e9918491600160c01b90910460ff1690600401615e9b565b919050565b5f818152600860205260408120908154600160a01b900460ff166006811115613a9257613a9261528c565b03613a6257604051630510aa5f60e41b8152600481018390526024016109e9565b806006811115613ac557613ac561528c565b8254600160a01b900460ff166006811115613ae257613ae261528c565b146139c4578154604051637f59621760e01b81526109e9918591600160a01b90910460ff1690600401615eab565b80515f90808203613b3457604051639136328760e01b815260040160405180910390fd5b5f6001613b4183826159a8565b901c90505f816001600160401b03811115613b5e57613b5e615a73565b604051908082528060200260200182016040528015613b87578160200160208202803683370190505b5090505f5b82811015613c57575f600182901b90505f613bd282898481518110613bb357613bb3615c7a565b60200260200101515f8260b81b5f528160095260295f20905092915050565b90505f86613be18460016159a8565b10613bec5781613c16565b613c16613bfa8460016159a8565b8a613c068660016159a8565b81518110613bb357613bb3615c7a565b9050613c2b82825f9182526020526040902090565b858581518110613c3d57613c3d615c7a565b602002602001018181525050505050806001019050613b8c565b505b6001821115613d29575f6001613c6f84826159a8565b901c90505f5b81811015613d21575f600182901b90505f848281518110613c9857613c98615c7a565b60200260200101519050613cfa8187846001613cb491906159a8565b10613cc857825f9182526020526040902090565b86613cd48560016159a8565b81518110613ce457613ce4615c7a565b60200260200101515f9182526020526040902090565b858481518110613d0c57613d0c615c7a565b60209081029190910101525050600101613c75565b509150613c59565b805f81518110613d3b57613d3b615c7a565b60200260200101519350505050919050565b5f83815260096020526040812081805b8254811015613d89576001811b861661ffff1615613d8157613d7e82615beb565b91505b600101613d5d565b50805f03613d9b575f92505050613554565b5f613da68286615a4d565b90505f5b8354811015613e19576001811b871661ffff1615613e11578160045f868481548110613dd857613dd8615c7a565b5f9182526020808320909101546001600160a01b0316835282019290925260400181208054909190613e0b9084906159a8565b90915550505b600101613daa565b50613e248282615a22565b979650505050505050565b5f868152600860209081526040918290206006015482517f017546d0bc3f88cff941eda094f0194de697a057014a8657d3d7ff5ce32139e89281019290925291810188905260608082018890526001600160401b03808816608084015260a0830187905260c08301869052841660e08301526101008201929092526101200160405160208183030381529060405290505b9695505050505050565b5f6135548383604051602001613ee1929190615ed6565b60405160208183030381529060405280519060200120614e5e565b60038101545f90611ecc906001600160401b0380821691600160801b9004166159bb565b5f80613f2f602084018461597b565b6001600160a01b031603613f5657604051633158a19160e01b815260040160405180910390fd5b613f666060830160408401615c61565b6001600160401b03161580613f915750613f866080830160608401615c61565b6001600160401b0316155b80613fcd5750613fa76080830160608401615c61565b613fb76060840160408501615c61565b613fc19190615ef2565b6001600160401b031615155b1561401e57613fe26060830160408401615c61565b613ff26080840160608501615c61565b60405163103c720160e11b81526001600160401b039283166004820152911660248201526044016109e9565b61402e6080830160608401615c61565b61403e6060840160408501615c61565b6140489190615f1f565b9050640100000000816001600160401b0316111561408457604051637a1a25a960e01b81526001600160401b03821660048201526024016109e9565b4261409560c0840160a08501615c61565b6001600160401b031610806140d957506140b560c0830160a08401615c61565b6001600160401b03166140ce60e0840160c08501615c61565b6001600160401b0316105b1561412a576140ee60c0830160a08401615c61565b6140fe60e0840160c08501615c61565b604051637571dd7160e01b81526001600160401b039283166004820152911660248201526044016109e9565b61413b610100830160e08401615c61565b6001600160401b03161580614168575061415d61012083016101008401615c61565b6001600160401b0316155b8061418e57506276a700614183610100840160e08501615c61565b6001600160401b0316115b806141b55750621275006141aa61012084016101008501615c61565b6001600160401b0316115b15614209576141cb610100830160e08401615c61565b6141dd61012084016101008501615c61565b604051637d9400c560e01b81526001600160401b039283166004820152911660248201526044016109e9565b8161014001355f0361422e5760405163e05e1eab60e01b815260040160405180910390fd5b5f611388614243612710610140860135615a22565b61424d9190615a4d565b9050808361012001351015614283576040516341ff217960e01b81526101208401356004820152602481018290526044016109e9565b5f614292610160850185615c1c565b9150508015806142a25750601081115b156142c35760405163cdaf754960e01b8152600481018290526024016109e9565b806142d66101a086016101808701615c03565b60ff1611806143045750806142f36101a086016101808701615c03565b6143019060ff166002615a22565b11155b156143415761431b6101a085016101808601615c03565b6040516319355c0560e21b815260ff9091166004820152602481018290526044016109e9565b5050919050565b6002820154600160801b90046001600160401b031661436a6020830183615c61565b6001600160401b03161115614386576129d06020820182615c61565b60048201546001600160401b03166040820135106143bd57604080516321c9773560e11b81529082013560048201526024016109e9565b60608101356143d260a0830160808401615c61565b6143e260c0840160a08501615c61565b6040516020016144169392919092835260c091821b6001600160c01b03199081166020850152911b16602882015260300190565b60408051601f1981840301815291815281516020928301205f868152600b845282812085840135825290935291205414614463576040516305da379960e11b815260040160405180910390fd5b61447360a0820160808301615c61565b6001600160401b03166144896020830183615c61565b6001600160401b031610156144fa576144a56020820182615c61565b6144b560a0830160808401615c61565b6144c560c0840160a08501615c61565b604051634e15795f60e11b81526001600160401b039384166004820152918316602483015290911660448201526064016109e9565b5f61450b60a0830160808401615c61565b6145186020840184615c61565b036001600160401b0316905061453460c0830160a08401615c61565b6001600160401b03168110614570576145506020830183615c61565b61456060a0840160808501615c61565b6144c560c0850160a08601615c61565b6145a9606083013561458860c0850160a08601615c61565b6001600160401b03168360208601356145a460c0880188615c1c565b6145cc565b6145c6576040516309bde33960e01b815260040160405180910390fd5b50505050565b5f8515806145dd5750600160401b86115b806145e85750858510155b156145f457505f613ec0565b6145fd86614e8c565b821461460a57505f613ec0565b60b885901b5f908152600985905260298120905085875f5b858110156146bd575f87878381811061463d5761463d615c7a565b90506020020135905083600116600103614665575f81815260208690526040902094506146a0565b614670600184615a60565b8414801561467e5750848114155b15614690575f95505050505050613ec0565b5f85815260208290526040902094505b600193841c936146b084826159a8565b901c925050600101614622565b5050509096149695505050505050565b5f838152600860205260408120600b81015490916127106146f061138884615a22565b6146fa9190615a4d565b90505f8360090154828461470e9190615a60565b61471891906159a8565b845460ff60a01b1916600160a21b1785555f600b8601819055600986018190556001600160a01b0387168152600460205260408120805492935084929091906147629084906159a8565b909155505083546001600160a01b03165f908152600460205260408120805483929061478f9084906159a8565b909155505060408051838152602081018390526001600160a01b0387169188918a917ff495a88eded11a9bafe574cf504edc3f2cc28ed101749a89fe2e1f406bfec17c910160405180910390a450505050505050565b60028154600160a01b900460ff1660068111156148045761480461528c565b03614841576002810154600160c01b90046001600160401b031642111561183257604051634046dd8160e01b8152600481018390526024016109e9565b60038154600160a01b900460ff1660068111156148605761486061528c565b0361489a5761486e81613efc565b6001600160401b031642111561183257604051634046dd8160e01b8152600481018390526024016109e9565b8054604051637f59621760e01b81526109e9918491600160a01b90910460ff1690600401615eab565b600180548101808255600385015460048601805467ffffffffffffffff60401b1981166001600160401b03600160401b928390048116870181168302919091179092555f848152600c6020526040902080548a84166001600160801b0319909116175f19890180851684029190911767ffffffffffffffff60801b198116600160801b949096048516420194851693909302948517825594959293909291839168ffffffffffffffffff60801b1990911660ff60c01b1990911617600160c01b830217905550600281018590555f8881526005602090815260408083206001600160401b038781168086529184529382902088905581519081528984169281019290925281018790529083166060820152849089907f1ce17e3419854395d7d78e458a01ab58ede9bf3c9278f15a947787dfcf2e35889060800160405180910390a3505050949350505050565b5f5f5f614a1c886137fe565b8254929550925050600160801b90046001600160401b0316421115614a6857825460405163bfb22adf60e01b8152600160801b9091046001600160401b031660048201526024016109e9565b8254600160e01b900460ff16614a945760405163cc9078e960e01b8152600481018990526024016109e9565b5f888152600f602090815260408083206001600160401b038b16845290915281205490819003614ae957604051630fbeb37d60e01b8152600481018a90526001600160401b03891660248201526044016109e9565b600160ff88161080614afe5750600360ff8816115b15614b2157604051634262666360e01b815260ff881660048201526024016109e9565b60ff87166001148015614b345750848611155b80614b4c575060ff87166002148015614b4c57508486115b15614b7d57604051634664765b60e11b815260ff8816600482015260248101879052604481018690526064016109e9565b60011960ff881601614bcc575f614b948584613875565b9050806001600160401b03164211614bca57604051630789f42160e21b81526001600160401b03821660048201526024016109e9565b505b5f908152600d602052604090205492986001600160a01b0390931697509195505050505050565b8254600284015460048501545f92614c2f92614c29926001600160401b03808416938b93600160401b9091049091169189613e2f565b83613eca565b95945050505050565b83545f908290600160a81b900460ff16811015614c7d578554604051633ce0c9e960e11b815260048101839052600160a81b90910460ff1660248201526044016109e9565b8554600160b01b900460ff16811115614cbe578554604051633f8ea02560e01b815260048101839052600160b01b90910460ff1660248201526044016109e9565b5f878152600a6020526040812090805b83811015614dd9575f5f614d058a8a8a86818110614cee57614cee615c7a565b9050602002810190614d009190615f4c565b614ed5565b915091508060ff165f14614d3857604051635ce444f360e01b81526004810184905260ff821660248201526044016109e9565b836001600160a01b0316826001600160a01b031611614d6d5760405163ef5fac2160e01b8152600481018490526024016109e9565b6001600160a01b0382165f9081526020869052604081205490819003614db857604051636ceeb9e560e01b8152600481018590526001600160a01b03841660248201526044016109e9565b614dc3600182615a60565b60019081901b9890981797929450505001614cce565b5050505095945050505050565b60028154600160a01b900460ff166006811115614e0557614e0561528c565b14158015614e30575060038154600160a01b900460ff166006811115614e2d57614e2d61528c565b14155b15611832578054604051637f59621760e01b81526109e9918491600160a01b90910460ff1690600401615eab565b5f5f614e686111ee565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f60028211614ead578115614ea2576001614ea4565b5f5b60ff1692915050565b5f614eb9600184615a60565b90505b80156122b85760011c614ece82615beb565b9150614ebc565b5f8060418314614eea57505f90506001614fdc565b8335602085013560408601355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115614f2f575f600294509450505050614fdc565b8060ff16601b14158015614f4757508060ff16601c14155b15614f5b575f600394509450505050614fdc565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015614fab573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b038516614fd5575f600494509450505050614fdc565b505f925050505b935093915050565b5f60208284031215614ff4575f5ffd5b5035919050565b80356001600160401b0381168114613a62575f5ffd5b5f5f60408385031215615022575f5ffd5b8235915061503260208401614ffb565b90509250929050565b5f5f83601f84011261504b575f5ffd5b5081356001600160401b03811115615061575f5ffd5b6020830191508360208260051b850101111561507b575f5ffd5b9250929050565b5f5f5f5f60608587031215615095575f5ffd5b843593506150a560208601614ffb565b925060408501356001600160401b038111156150bf575f5ffd5b6150cb8782880161503b565b95989497509550505050565b80356001600160a01b0381168114613a62575f5ffd5b5f5f604083850312156150fe575f5ffd5b82359150615032602084016150d7565b602080825282518282018190525f918401906040840190835b8181101561514e5783516001600160a01b0316835260209384019390920191600101615127565b509095945050505050565b5f5f6040838503121561516a575f5ffd5b615173836150d7565b946020939093013593505050565b5f5f5f60408486031215615193575f5ffd5b8335925060208401356001600160401b038111156151af575f5ffd5b8401601f810186136151bf575f5ffd5b80356001600160401b038111156151d4575f5ffd5b8660208284010111156151e5575f5ffd5b939660209190910195509293505050565b803560ff81168114613a62575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101408b8d031215615220575f5ffd5b8a35995060208b0135985061523760408c01614ffb565b975060608b0135965060808b0135955061525360a08c01614ffb565b945061526160c08c016151f6565b999c989b50969995989497939650939460e08101359450610100810135936101209091013592509050565b634e487b7160e01b5f52602160045260245ffd5b600481106152b0576152b061528c565b50565b6152bc816152a0565b9052565b815181526020808301516102208301916152e4908401826001600160401b03169052565b5060408301516152ff60408401826001600160401b03169052565b50606083015161531260608401826152b3565b50608083015161532560808401826152b3565b5060a083015160a083015260c083015161534a60c08401826001600160a01b03169052565b5060e083015161536560e08401826001600160401b03169052565b5061010083015161537f61010084018263ffffffff169052565b5061012083015161539761012084018261ffff169052565b506101408301516101408301526101608301516101608301526101808301516153cc6101808401826001600160401b03169052565b506101a08301516153e96101a08401826001600160401b03169052565b506101c08301516153ff6101c084018215159052565b506101e08301516154196101e084018263ffffffff169052565b506102008301516154366102008401826001600160a01b03169052565b5092915050565b600381106152bc576152bc61528c565b81518152602080830151908201526040808301516001600160a01b0316908201526060808301516001600160401b0316908201526080808301516101208301916154a1908401826001600160401b03169052565b5060a08301516154b460a084018261543d565b5060c083015160c083015260e08301516154d960e08401826001600160401b03169052565b5061010083015161543661010084018215159052565b5f5f60408385031215615500575f5ffd5b50508035926020909101359150565b5f6020828403121561551f575f5ffd5b81356001600160401b03811115615534575f5ffd5b82016101a08185031215613554575f5ffd5b5f60e082840312156122b8575f5ffd5b5f5f5f5f5f5f5f60a0888a03121561556c575f5ffd5b873596506020880135955060408801356001600160401b0381111561558f575f5ffd5b61559b8a828b01615546565b95505060608801356001600160401b038111156155b6575f5ffd5b6155c28a828b0161503b565b90955093505060808801356001600160401b038111156155e0575f5ffd5b6155ec8a828b0161503b565b989b979a50959850939692959293505050565b600781106152bc576152bc61528c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526156576020820183516001600160a01b03169052565b5f602083015161567260408401826001600160a01b03169052565b50604083015161568560608401826155ff565b506060830151608083015260808301516156aa60a08401826001600160401b03169052565b5060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e08301516101008301526101008301516156fc6101208401826001600160401b03169052565b506101208301516001600160401b038116610140840152506101408301516001600160401b038116610160840152506101608301516001600160401b038116610180840152506101808301516001600160401b0381166101a0840152506101a08301516001600160401b0381166101c0840152506101c08301516101e08301526101e08301516102008301526102008301516102208301526102208301516102408301526102408301516102608301526102608301516157c86102808401826001600160401b03169052565b506102808301516001600160401b0381166102a0840152506102a08301516001600160401b0381166102c0840152506102c083015160ff81166102e0840152506102e083015160ff81166103008401525061030083015161034061032084015261583661036084018261560f565b90506103208401516103408401528091505092915050565b5f5f5f5f5f60a08688031215615862575f5ffd5b61586b866150d7565b94506020860135935061588060408701614ffb565b94979396509394606081013594506080013592915050565b602081016158a5836152a0565b91905290565b5f5f5f606084860312156158bd575f5ffd5b8335925060208401356001600160401b038111156158d9575f5ffd5b6158e586828701615546565b93969395505050506040919091013590565b5f5f5f5f5f5f5f5f60e0898b03121561590e575f5ffd5b8835975061591e60208a01614ffb565b965061592c60408a016151f6565b9550606089013594506080890135935060a0890135925060c08901356001600160401b0381111561595b575f5ffd5b6159678b828c0161503b565b999c989b5096995094979396929594505050565b5f6020828403121561598b575f5ffd5b613554826150d7565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611ecc57611ecc615994565b6001600160401b038181168382160190811115611ecc57611ecc615994565b6001600160401b038416815260406020820181905281018290525f6001600160fb1b03831115615a08575f5ffd5b8260051b8085606085013791909101606001949350505050565b8082028115828204841417611ecc57611ecc615994565b634e487b7160e01b5f52601260045260245ffd5b5f82615a5b57615a5b615a39565b500490565b81810381811115611ecc57611ecc615994565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680615a9b57607f821691505b6020821081036122b857634e487b7160e01b5f52602260045260245ffd5b601f8211156139c457805f5260205f20601f840160051c81016020851015615ade5750805b601f840160051c820191505b81811015610bd1575f8155600101615aea565b6001600160401b03831115615b1457615b14615a73565b615b2883615b228354615a87565b83615ab9565b5f601f841160018114615b59575f8515615b425750838201355b5f19600387901b1c1916600186901b178355610bd1565b5f83815260208120601f198716915b82811015615b885786850135825560209485019460019092019101615b68565b5086821015615ba4575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b5f60018201615bfc57615bfc615994565b5060010190565b5f60208284031215615c13575f5ffd5b613554826151f6565b5f5f8335601e19843603018112615c31575f5ffd5b8301803591506001600160401b03821115615c4a575f5ffd5b6020019150600581901b360382131561507b575f5ffd5b5f60208284031215615c71575f5ffd5b61355482614ffb565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112615ca3575f5ffd5b83016020810192503590506001600160401b03811115615cc1575f5ffd5b8060051b360382131561507b575f5ffd5b8183526020830192505f815f5b84811015615d0e576001600160a01b03615cf8836150d7565b1686526020958601959190910190600101615cdf565b5093949350505050565b82815260406020820152615d3f60408201615d32846150d7565b6001600160a01b03169052565b602082013560608201525f615d5660408401614ffb565b6001600160401b03166080830152615d7060608401614ffb565b6001600160401b03811660a084015250608083013560c0830152615d9660a08401614ffb565b6001600160401b031660e0830152615db060c08401614ffb565b6001600160401b0316610100830152615dcb60e08401614ffb565b6001600160401b0316610120830152615de76101008401614ffb565b6001600160401b0381166101408401525061012083013561016083810191909152610140840135610180840152615e2090840184615c8e565b6101a080850152615e366101e085018284615cd2565b915050615e4661018085016151f6565b60ff81166101c085015250949350505050565b6001600160401b038316815260408101615e72836152a0565b8260208301529392505050565b63ffffffff8181168382160190811115611ecc57611ecc615994565b82815260408101615e72836152a0565b8281526040810161355460208301846155ff565b5f81518060208401855e5f93019283525090919050565b5f615eea615ee48386615ebf565b84615ebf565b949350505050565b5f6001600160401b03831680615f0a57615f0a615a39565b806001600160401b0384160691505092915050565b5f6001600160401b03831680615f3757615f37615a39565b806001600160401b0384160491505092915050565b5f5f8335601e19843603018112615f61575f5ffd5b8301803591506001600160401b03821115615f7a575f5ffd5b60200191503681900382131561507b575f5ffdfea2646970667358221220ac82fce04ce046b5fd26733924c1e37c133eff141dba82b2e92cb00b89d47fe264736f6c634300081e0033",
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

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inference_) returns()
func (ovigRegistry *OvigRegistry) PackConstructor(inference_ common.Address) []byte {
	enc, err := ovigRegistry.abi.Pack("", inference_)
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

// PackInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e908f89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inference() view returns(address)
func (ovigRegistry *OvigRegistry) PackInference() []byte {
	enc, err := ovigRegistry.abi.Pack("inference")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e908f89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inference() view returns(address)
func (ovigRegistry *OvigRegistry) TryPackInference() ([]byte, error) {
	return ovigRegistry.abi.Pack("inference")
}

// UnpackInference is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e908f89.
//
// Solidity: function inference() view returns(address)
func (ovigRegistry *OvigRegistry) UnpackInference(data []byte) (common.Address, error) {
	out, err := ovigRegistry.abi.Unpack("inference", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackSlashForInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8cd8c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashForInference(uint256 jobId, address to) returns()
func (ovigRegistry *OvigRegistry) PackSlashForInference(jobId *big.Int, to common.Address) []byte {
	enc, err := ovigRegistry.abi.Pack("slashForInference", jobId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashForInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8cd8c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashForInference(uint256 jobId, address to) returns()
func (ovigRegistry *OvigRegistry) TryPackSlashForInference(jobId *big.Int, to common.Address) ([]byte, error) {
	return ovigRegistry.abi.Pack("slashForInference", jobId, to)
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
	if bytes.Equal(raw[:4], ovigRegistry.abi.Errors["NotInference"].ID.Bytes()[:4]) {
		return ovigRegistry.UnpackNotInferenceError(raw[4:])
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
	Code  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index, uint8 code)
func OvigRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x5ce444f3b08c554f8c444ea07ac589b664b7bc9a63a32c3f12eb1c3dacfc74c9")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index, uint8 code)
func (ovigRegistry *OvigRegistry) UnpackInvalidSignatureError(raw []byte) (*OvigRegistryInvalidSignature, error) {
	out := new(OvigRegistryInvalidSignature)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
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

// OvigRegistryNotInference represents a NotInference error raised by the OvigRegistry contract.
type OvigRegistryNotInference struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInference(address caller)
func OvigRegistryNotInferenceErrorID() common.Hash {
	return common.HexToHash("0xc9202490495dec3b36ed81dcf687f9ff1aadc203ba58083ec9fb9f0d7d3805e0")
}

// UnpackNotInferenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInference(address caller)
func (ovigRegistry *OvigRegistry) UnpackNotInferenceError(raw []byte) (*OvigRegistryNotInference, error) {
	out := new(OvigRegistryNotInference)
	if err := ovigRegistry.abi.UnpackIntoInterface(out, "NotInference", raw); err != nil {
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
