// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Everything the owner declares when creating a job. The provider names its own evidence
/// endpoint when it accepts, so the owner can never point arbiters at a server that will not answer.
struct JobParams {
    address provider;
    bytes32 manifestHash;
    uint64 totalSteps;
    uint64 stride;
    bytes32 boundaryHash;
    uint64 acceptBy; // inclusive timestamp
    uint64 finalizeBy; // inclusive timestamp
    uint64 challengeWindow; // seconds after finalize
    uint64 arbitrationWindow; // seconds after a dispute opens
    uint256 providerBond;
    uint256 challengerBond;
    address[] arbiters;
    uint8 threshold;
}

/// @notice Job lifecycle. Fraudulent, Settled and Cancelled are terminal.
enum JobStatus {
    None,
    Created,
    Accepted,
    Finalized,
    Fraudulent,
    Settled,
    Cancelled
}

/// @notice Read-only view of a job for clients.
struct JobView {
    address owner;
    address provider;
    JobStatus status;
    bytes32 manifestHash;
    uint64 totalSteps;
    uint64 stride;
    uint64 intervals; // N = totalSteps / stride; endpoints are 0..N
    bytes32 boundaryHash;
    uint64 acceptBy;
    uint64 finalizeBy;
    uint64 challengeWindow;
    uint64 arbitrationWindow;
    uint64 finalizedAt; // 0 until finalized
    uint64 windowEnd; // finalizedAt + challengeWindow; 0 until finalized
    uint256 payment; // escrow as deposited
    uint256 escrow; // escrow still held
    uint256 providerBond; // required bond
    uint256 providerBondHeld; // bond still held
    uint256 challengerBond;
    uint64 committedEndpoints;
    uint64 batchCount;
    uint64 openDisputes;
    uint8 threshold;
    uint8 arbiterCount;
    string evidenceURI; // set by the provider at accept
    bytes32 finalModelHash;
}

/// @notice The opening of one committed endpoint root against its batch.
struct EndpointProof {
    uint64 endpoint;
    bytes32 root;
    uint256 batchIndex;
    bytes32 batchRoot;
    uint64 firstIndex;
    uint64 count;
    bytes32[] proof;
}

/// @notice One interval's case, narrowed to single steps: any number of challenges stand on it, the
/// provider commits its per-step states, challengers name steps, one verdict decides them all.
enum DisputeStatus {
    None,
    Open,
    Resolved,
    Lapsed
}

/// @notice Verdict outcomes as signed by arbiters (0 is never valid).
enum Outcome {
    None,
    Fraud,
    Honest,
    Unavailable
}

struct Dispute {
    uint256 jobId;
    uint64 interval; // disputed interval k = endpoint - 1
    uint64 deadline; // inclusive arbitration deadline
    DisputeStatus status;
    Outcome outcome;
    bytes32 root; // endpoint root proven when the dispute opened
    address leader; // the challenger with the earliest commitment: rewarded by a timeout
    uint64 leaderCommitBlock;
    uint32 challenges; // challenges standing on it
    uint16 signers; // bitmap over the job's arbiter indices that signed the verdict
    bytes32 startRoot; // endpoint k's root, proven by the provider's response
    bytes32 stepRoot; // tree over the s+1 state roots of the interval; 0 until the provider responds
    uint64 respondBy; // inclusive: openedAt + W/4
    uint64 nameBy; // inclusive: openedAt + W/2
    bool responded;
    uint32 stepsNamed; // distinct steps named by the dispute's challengers
    address rewarded; // who got the challenger share of a slash (0 unless Fraud or Unavailable)
}

/// @notice One challenger's bonded stand on a dispute.
enum ChallengeStatus {
    None,
    Open,
    Claimed
}

struct Challenge {
    uint256 jobId;
    uint256 disputeId;
    address challenger;
    uint64 interval;
    uint64 commitBlock; // block of the commitment: earlier commitments rank first
    ChallengeStatus status;
    uint256 bond;
    uint64 step; // the step this challenge named (meaningful only when named)
    bool named;
}
