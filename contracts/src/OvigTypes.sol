// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Everything the owner declares when creating a job.
struct JobParams {
    address provider;
    bytes32 manifestHash;
    uint64 totalSteps;
    uint64 stride;
    bytes32 boundaryHash;
    uint64 acceptBy; // inclusive timestamp
    uint64 finalizeBy; // inclusive timestamp
    uint64 challengeWindow; // seconds after finalize
    uint64 arbitrationWindow; // seconds after a challenge
    uint256 providerBond;
    uint256 challengerBond;
    address[] arbiters;
    uint8 threshold;
    string evidenceURI;
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
    uint64 openChallenges;
    uint8 threshold;
    uint8 arbiterCount;
    string evidenceURI;
    bytes32 finalModelHash;
}

enum ChallengeStatus {
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

struct Challenge {
    uint256 jobId;
    address challenger;
    uint64 interval; // disputed interval k = endpoint - 1
    uint64 deadline; // inclusive arbitration deadline
    ChallengeStatus status;
    Outcome outcome;
    bytes32 root; // endpoint root proven at challenge time
    uint256 bond;
}
