// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OvigMerkle} from "./OvigMerkle.sol";
import {OvigEIP712, SigCheck} from "./OvigEIP712.sol";
import {JobParams, JobStatus, JobView, ChallengeStatus, Outcome, Challenge} from "./OvigTypes.sol";

/// @title OvigRegistry
/// @notice One registry for all ovig jobs: escrow, provider bond, batched endpoint commitments,
/// challenges, m-of-n EIP-712 verdicts, settlement and pull payments. See docs/protocol.md.
/// All deadlines are inclusive: an action "by" T is allowed while block.timestamp <= T, and an
/// action "after" T needs block.timestamp > T.
// Windows are hours to days long, so a validator's few seconds of timestamp leeway do not matter.
// forge-lint: disable-start(block-timestamp)
contract OvigRegistry is OvigEIP712 {
    // ---------------------------------------------------------------- constants

    bytes32 public constant VERDICT_TYPEHASH = keccak256(
        "Verdict(uint256 jobId,uint256 challengeId,uint64 interval,bytes32 root,uint8 outcome,uint256 distance,uint256 boundary,bytes32 replayDigest)"
    );
    uint256 public constant MAX_BATCH = 1024;
    uint256 public constant MAX_ARBITERS = 16;
    uint256 public constant MAX_INTERVALS = 1 << 32;
    /// @dev Bounds both windows so timestamp sums never overflow uint64.
    uint256 public constant MAX_WINDOW = 3650 days;
    uint256 public constant CHALLENGER_SHARE_BPS = 5000;
    uint256 public constant BPS = 10_000;

    // ---------------------------------------------------------------- storage

    struct Job {
        // slot 0
        address owner;
        JobStatus status;
        uint8 threshold;
        uint8 arbiterCount;
        // slot 1
        address provider;
        uint64 acceptBy;
        // slot 2
        uint64 totalSteps;
        uint64 stride;
        uint64 intervals;
        uint64 finalizeBy;
        // slot 3
        uint64 challengeWindow;
        uint64 arbitrationWindow;
        uint64 finalizedAt;
        // slot 4: the counters commitIntervals/challenge touch, in one slot
        uint64 committed;
        uint64 batchCount;
        uint64 openChallenges;
        bytes32 manifestHash;
        bytes32 boundaryHash;
        bytes32 finalModelHash;
        uint256 payment;
        uint256 escrow;
        uint256 providerBond;
        uint256 bondHeld;
        uint256 challengerBond;
        string evidenceURI;
    }

    /// @dev Three slots per challenge; the bond is the job's challengerBond.
    struct ChallengeRecord {
        // slot 0
        address challenger;
        uint64 deadline;
        ChallengeStatus status;
        Outcome outcome;
        // slot 1 (job ids are a counter, far below 2^64)
        uint64 jobId;
        uint64 interval;
        // slot 2
        bytes32 root;
    }

    /// @notice Block of the deployment: where an off-chain watcher starts reading events.
    uint256 public immutable deployBlock;
    uint256 public jobCount;
    uint256 public challengeCount;
    mapping(address account => uint256 amount) public credits;
    /// @notice challengeId of the open challenge of an interval, 0 if none.
    mapping(uint256 jobId => mapping(uint256 interval => uint256 challengeId)) public openChallengeOf;

    mapping(uint256 jobId => Job) internal _jobs;
    mapping(uint256 jobId => address[]) internal _arbiters;
    mapping(uint256 jobId => mapping(address account => bool)) internal _isArbiter;
    /// @dev keccak256(batchRoot ‖ uint64 firstIndex ‖ uint64 count) per batch.
    mapping(uint256 jobId => mapping(uint256 batchIndex => bytes32)) internal _batches;
    mapping(uint256 challengeId => ChallengeRecord) internal _challenges;

    bool private transient _locked;

    // ---------------------------------------------------------------- events

    event JobCreated(
        uint256 indexed jobId,
        address indexed owner,
        address indexed provider,
        uint256 payment,
        JobParams params
    );
    event JobAccepted(uint256 indexed jobId, address indexed provider, uint256 bond);
    event IntervalsCommitted(
        uint256 indexed jobId, uint256 indexed batchIndex, uint64 firstIndex, bytes32[] roots
    );
    event JobFinalized(uint256 indexed jobId, bytes32 finalModelHash, uint64 finalizedAt, uint64 windowEnd);
    event ChallengeOpened(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        uint64 interval,
        uint64 endpoint,
        bytes32 root,
        address indexed challenger,
        uint64 deadline
    );
    event ChallengeResolved(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        uint64 interval,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest
    );
    event JobSlashed(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        address indexed challenger,
        uint256 challengerReward,
        uint256 ownerRefund
    );
    event ChallengeLapsed(
        uint256 indexed jobId, uint256 indexed challengeId, address indexed challenger, uint256 bond
    );
    event JobSettled(uint256 indexed jobId, address indexed provider, uint256 amount);
    event JobCancelled(uint256 indexed jobId, address indexed owner, uint256 refund);
    event Withdrawn(address indexed account, uint256 amount);

    // ---------------------------------------------------------------- errors

    error ZeroPayment();
    error ZeroProvider();
    error InvalidSteps(uint64 totalSteps, uint64 stride);
    error TooManyIntervals(uint256 intervals);
    error InvalidDeadlines(uint64 acceptBy, uint64 finalizeBy);
    error InvalidWindows(uint64 challengeWindow, uint64 arbitrationWindow);
    error ZeroChallengerBond();
    error InvalidArbiterCount(uint256 count);
    error InvalidArbiter(address arbiter);
    error DuplicateArbiter(address arbiter);
    error InvalidThreshold(uint8 threshold);
    error UnknownJob(uint256 jobId);
    error InvalidJobStatus(uint256 jobId, JobStatus status);
    error NotOwner(address caller);
    error NotProvider(address caller);
    error DeadlinePassed(uint256 deadline);
    error DeadlineNotReached(uint256 deadline);
    error WrongValue(uint256 expected, uint256 sent);
    error EmptyBatch();
    error BatchTooLarge(uint256 count);
    error UnexpectedFirstIndex(uint64 expected, uint64 got);
    error TooManyEndpoints(uint256 endpoints, uint256 maxEndpoints);
    error EndpointsMissing(uint256 committed, uint256 required);
    error InvalidEndpoint(uint64 endpoint);
    error UnknownBatch(uint256 batchIndex);
    error BatchMismatch();
    error EndpointNotInBatch(uint64 endpoint, uint64 firstIndex, uint64 count);
    error InvalidProof();
    error IntervalAlreadyChallenged(uint64 interval, uint256 challengeId);
    error ChallengeWindowClosed(uint256 jobId);
    error UnknownChallenge(uint256 challengeId);
    error ChallengeNotOpen(uint256 challengeId, ChallengeStatus status);
    error InvalidOutcome(uint8 outcome);
    error NotEnoughSignatures(uint256 count, uint256 threshold);
    error TooManySignatures(uint256 count, uint256 arbiters);
    error InvalidSignatureLength(uint256 index);
    error InvalidSignatureS(uint256 index);
    error InvalidSignatureV(uint256 index);
    error InvalidSignature(uint256 index);
    error SignersNotIncreasing(uint256 index);
    error NotArbiter(uint256 index, address signer);
    error CannotLapse(uint256 challengeId);
    error ChallengesOpen(uint256 jobId, uint256 count);
    error CannotCancel(uint256 jobId);
    error NothingToWithdraw();
    error TransferFailed();
    error Reentrancy();

    constructor() {
        deployBlock = block.number;
    }

    // ---------------------------------------------------------------- job lifecycle

    /// @notice Escrows msg.value as payment for the job described by `p`.
    function createJob(JobParams calldata p) external payable returns (uint256 jobId) {
        if (msg.value == 0) revert ZeroPayment();
        uint64 intervals = _validate(p);

        jobId = ++jobCount;
        Job storage j = _jobs[jobId];
        j.owner = msg.sender;
        j.status = JobStatus.Created;
        j.threshold = p.threshold;
        j.arbiterCount = uint8(p.arbiters.length);
        j.provider = p.provider;
        j.acceptBy = p.acceptBy;
        j.totalSteps = p.totalSteps;
        j.stride = p.stride;
        j.intervals = intervals;
        j.finalizeBy = p.finalizeBy;
        j.challengeWindow = p.challengeWindow;
        j.arbitrationWindow = p.arbitrationWindow;
        j.manifestHash = p.manifestHash;
        j.boundaryHash = p.boundaryHash;
        j.payment = msg.value;
        j.escrow = msg.value;
        j.providerBond = p.providerBond;
        j.challengerBond = p.challengerBond;
        j.evidenceURI = p.evidenceURI;

        address[] storage arbs = _arbiters[jobId];
        mapping(address => bool) storage isArb = _isArbiter[jobId];
        for (uint256 i; i < p.arbiters.length; ++i) {
            address a = p.arbiters[i];
            if (isArb[a]) revert DuplicateArbiter(a);
            isArb[a] = true;
            arbs.push(a);
        }

        emit JobCreated(jobId, msg.sender, p.provider, msg.value, p);
    }

    /// @notice The provider accepts the job by posting exactly the required bond, by acceptBy.
    function accept(uint256 jobId) external payable {
        Job storage j = _job(jobId);
        if (msg.sender != j.provider) revert NotProvider(msg.sender);
        _requireStatus(jobId, j, JobStatus.Created);
        if (block.timestamp > j.acceptBy) revert DeadlinePassed(j.acceptBy);
        if (msg.value != j.providerBond) revert WrongValue(j.providerBond, msg.value);

        j.status = JobStatus.Accepted;
        j.bondHeld = msg.value;
        emit JobAccepted(jobId, msg.sender, msg.value);
    }

    /// @notice Appends endpoint roots at `firstIndex`, which must be the next endpoint index; stores one
    /// slot for the batch.
    function commitIntervals(uint256 jobId, uint64 firstIndex, bytes32[] calldata roots) external {
        Job storage j = _job(jobId);
        if (msg.sender != j.provider) revert NotProvider(msg.sender);
        _requireStatus(jobId, j, JobStatus.Accepted);
        if (block.timestamp > j.finalizeBy) revert DeadlinePassed(j.finalizeBy);
        uint256 count = roots.length;
        if (count == 0) revert EmptyBatch();
        if (count > MAX_BATCH) revert BatchTooLarge(count);
        uint64 first = j.committed;
        // The caller names where the batch starts, so a resent or replayed batch cannot append twice.
        if (firstIndex != first) revert UnexpectedFirstIndex(first, firstIndex);
        uint256 endpoints = uint256(j.intervals) + 1;
        if (first + count > endpoints) revert TooManyEndpoints(first + count, endpoints);

        bytes32 batchRoot = OvigMerkle.computeRoot(roots);
        uint64 batchIndex = j.batchCount;
        // count <= MAX_BATCH, so the cast is exact.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 count64 = uint64(count);
        _batches[jobId][batchIndex] = keccak256(abi.encodePacked(batchRoot, first, count64));
        j.committed = first + count64;
        j.batchCount = batchIndex + 1;
        emit IntervalsCommitted(jobId, batchIndex, first, roots);
    }

    /// @notice Posts the final-model hash once all N+1 endpoints are committed; opens the window.
    function finalize(uint256 jobId, bytes32 finalModelHash) external {
        Job storage j = _job(jobId);
        if (msg.sender != j.provider) revert NotProvider(msg.sender);
        _requireStatus(jobId, j, JobStatus.Accepted);
        if (block.timestamp > j.finalizeBy) revert DeadlinePassed(j.finalizeBy);
        uint256 endpoints = uint256(j.intervals) + 1;
        if (j.committed != endpoints) revert EndpointsMissing(j.committed, endpoints);

        j.status = JobStatus.Finalized;
        j.finalizedAt = uint64(block.timestamp);
        j.finalModelHash = finalModelHash;
        emit JobFinalized(jobId, finalModelHash, uint64(block.timestamp), _windowEnd(j));
    }

    // ---------------------------------------------------------------- disputes

    /// @notice Disputes interval endpoint-1 by proving endpoint's root against its batch.
    function challenge(
        uint256 jobId,
        uint64 endpoint,
        bytes32 root,
        uint256 batchIndex,
        bytes32 batchRoot,
        uint64 firstIndex,
        uint64 count,
        bytes32[] calldata proof
    ) external payable returns (uint256 challengeId) {
        Job storage j = _job(jobId);
        _requireChallengeable(jobId, j);
        if (msg.value != j.challengerBond) revert WrongValue(j.challengerBond, msg.value);
        if (endpoint == 0 || endpoint > j.intervals) revert InvalidEndpoint(endpoint);
        if (batchIndex >= j.batchCount) revert UnknownBatch(batchIndex);
        if (_batches[jobId][batchIndex] != keccak256(abi.encodePacked(batchRoot, firstIndex, count))) {
            revert BatchMismatch();
        }
        if (endpoint < firstIndex || endpoint - firstIndex >= count) {
            revert EndpointNotInBatch(endpoint, firstIndex, count);
        }
        if (!OvigMerkle.verify(batchRoot, count, endpoint - firstIndex, root, proof)) revert InvalidProof();
        challengeId = _open(jobId, j, endpoint, root);
    }

    /// @notice Applies a verdict signed by at least `threshold` of the job's arbiters, by the
    /// challenge deadline. Signatures must be ordered by strictly increasing signer address.
    function resolve(
        uint256 challengeId,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest,
        bytes[] calldata signatures
    ) external {
        ChallengeRecord storage c = _openChallenge(challengeId);
        if (block.timestamp > c.deadline) revert DeadlinePassed(c.deadline);
        uint256 jobId = c.jobId;
        Job storage j = _jobs[jobId];
        // A job already found fraudulent cannot be judged again; its other challenges lapse.
        if (j.status != JobStatus.Accepted && j.status != JobStatus.Finalized) {
            revert InvalidJobStatus(jobId, j.status);
        }
        if (outcome < uint8(Outcome.Fraud) || outcome > uint8(Outcome.Unavailable)) {
            revert InvalidOutcome(outcome);
        }

        bytes32 digest =
            verdictDigest(jobId, challengeId, c.interval, c.root, outcome, distance, boundary, replayDigest);
        _checkSignatures(jobId, j, digest, signatures);

        // Effects.
        c.status = ChallengeStatus.Resolved;
        c.outcome = Outcome(outcome);
        delete openChallengeOf[jobId][c.interval];
        j.openChallenges -= 1;
        emit ChallengeResolved(jobId, challengeId, c.interval, outcome, distance, boundary, replayDigest);
        if (outcome == uint8(Outcome.Honest)) {
            credits[j.provider] += j.challengerBond;
        } else {
            _slash(jobId, j, challengeId, c.challenger, j.challengerBond);
        }
    }

    /// @notice Returns the challenger's bond when no verdict came by the deadline, or at any time
    /// once the job is no longer active (e.g. already found fraudulent through another challenge).
    function lapse(uint256 challengeId) external {
        ChallengeRecord storage c = _openChallenge(challengeId);
        uint256 jobId = c.jobId;
        Job storage j = _jobs[jobId];
        bool active = j.status == JobStatus.Accepted || j.status == JobStatus.Finalized;
        if (active && block.timestamp <= c.deadline) revert CannotLapse(challengeId);

        address challenger = c.challenger;
        uint256 cBond = j.challengerBond;
        c.status = ChallengeStatus.Lapsed;
        delete openChallengeOf[jobId][c.interval];
        j.openChallenges -= 1;
        credits[challenger] += cBond;
        emit ChallengeLapsed(jobId, challengeId, challenger, cBond);
    }

    // ---------------------------------------------------------------- closing

    /// @notice After the window, with no open challenge, pays escrow and bond to the provider.
    function settle(uint256 jobId) external {
        Job storage j = _job(jobId);
        _requireStatus(jobId, j, JobStatus.Finalized);
        uint64 end = _windowEnd(j);
        if (block.timestamp <= end) revert DeadlineNotReached(end);
        if (j.openChallenges != 0) revert ChallengesOpen(jobId, j.openChallenges);

        uint256 amount = j.escrow + j.bondHeld;
        j.status = JobStatus.Settled;
        j.escrow = 0;
        j.bondHeld = 0;
        credits[j.provider] += amount;
        emit JobSettled(jobId, j.provider, amount);
    }

    /// @notice The owner cancels a job never accepted (any time); anyone cancels an accepted job
    /// not finalized by finalizeBy (escrow and provider bond to the owner) once no challenge is open.
    function cancel(uint256 jobId) external {
        Job storage j = _job(jobId);
        if (j.status == JobStatus.Created) {
            if (msg.sender != j.owner) revert NotOwner(msg.sender);
        } else if (j.status == JobStatus.Accepted) {
            if (block.timestamp <= j.finalizeBy) revert DeadlineNotReached(j.finalizeBy);
            if (j.openChallenges != 0) revert ChallengesOpen(jobId, j.openChallenges);
        } else {
            revert CannotCancel(jobId);
        }

        uint256 refund = j.escrow + j.bondHeld;
        j.status = JobStatus.Cancelled;
        j.escrow = 0;
        j.bondHeld = 0;
        credits[j.owner] += refund;
        emit JobCancelled(jobId, j.owner, refund);
    }

    /// @notice Pulls all credited funds of msg.sender.
    function withdraw() external {
        if (_locked) revert Reentrancy();
        _locked = true;
        uint256 amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
        _locked = false;
    }

    // ---------------------------------------------------------------- views

    /// @notice The EIP-712 digest arbiters sign (see docs/protocol.md).
    function verdictDigest(
        uint256 jobId,
        uint256 challengeId,
        uint64 interval,
        bytes32 root,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest
    ) public view returns (bytes32) {
        return _hashTypedData(
            keccak256(
                abi.encode(
                    VERDICT_TYPEHASH,
                    jobId,
                    challengeId,
                    interval,
                    root,
                    outcome,
                    distance,
                    boundary,
                    replayDigest
                )
            )
        );
    }

    function getJob(uint256 jobId) external view returns (JobView memory v) {
        Job storage j = _job(jobId);
        v.owner = j.owner;
        v.provider = j.provider;
        v.status = j.status;
        v.manifestHash = j.manifestHash;
        v.totalSteps = j.totalSteps;
        v.stride = j.stride;
        v.intervals = j.intervals;
        v.boundaryHash = j.boundaryHash;
        v.acceptBy = j.acceptBy;
        v.finalizeBy = j.finalizeBy;
        v.challengeWindow = j.challengeWindow;
        v.arbitrationWindow = j.arbitrationWindow;
        v.finalizedAt = j.finalizedAt;
        v.windowEnd = j.finalizedAt == 0 ? 0 : _windowEnd(j);
        v.payment = j.payment;
        v.escrow = j.escrow;
        v.providerBond = j.providerBond;
        v.providerBondHeld = j.bondHeld;
        v.challengerBond = j.challengerBond;
        v.committedEndpoints = j.committed;
        v.batchCount = j.batchCount;
        v.openChallenges = j.openChallenges;
        v.threshold = j.threshold;
        v.arbiterCount = j.arbiterCount;
        v.evidenceURI = j.evidenceURI;
        v.finalModelHash = j.finalModelHash;
    }

    function getArbiters(uint256 jobId) external view returns (address[] memory) {
        _job(jobId);
        return _arbiters[jobId];
    }

    function isArbiter(uint256 jobId, address account) external view returns (bool) {
        return _isArbiter[jobId][account];
    }

    /// @notice keccak256(batchRoot ‖ uint64 firstIndex ‖ uint64 count), 0 for an unknown batch.
    function batchCommitment(uint256 jobId, uint256 batchIndex) external view returns (bytes32) {
        return _batches[jobId][batchIndex];
    }

    /// @notice The challenge record; status None for an unknown id.
    function challenges(uint256 challengeId) external view returns (Challenge memory v) {
        ChallengeRecord storage c = _challenges[challengeId];
        v.jobId = c.jobId;
        v.challenger = c.challenger;
        v.interval = c.interval;
        v.deadline = c.deadline;
        v.status = c.status;
        v.outcome = c.outcome;
        v.root = c.root;
        if (c.status != ChallengeStatus.None) v.bond = _jobs[c.jobId].challengerBond;
    }

    // ---------------------------------------------------------------- internals

    function _validate(JobParams calldata p) private view returns (uint64 intervals) {
        if (p.provider == address(0)) revert ZeroProvider();
        if (p.totalSteps == 0 || p.stride == 0 || p.totalSteps % p.stride != 0) {
            revert InvalidSteps(p.totalSteps, p.stride);
        }
        intervals = p.totalSteps / p.stride;
        if (intervals > MAX_INTERVALS) revert TooManyIntervals(intervals);
        if (p.acceptBy < block.timestamp || p.finalizeBy < p.acceptBy) {
            revert InvalidDeadlines(p.acceptBy, p.finalizeBy);
        }
        if (
            p.challengeWindow == 0 || p.arbitrationWindow == 0 || p.challengeWindow > MAX_WINDOW
                || p.arbitrationWindow > MAX_WINDOW
        ) {
            revert InvalidWindows(p.challengeWindow, p.arbitrationWindow);
        }
        if (p.challengerBond == 0) revert ZeroChallengerBond();
        uint256 n = p.arbiters.length;
        if (n == 0 || n > MAX_ARBITERS) revert InvalidArbiterCount(n);
        for (uint256 i; i < n; ++i) {
            address a = p.arbiters[i];
            // The provider must not referee its own job.
            if (a == address(0) || a == p.provider) revert InvalidArbiter(a);
        }
        if (p.threshold == 0 || p.threshold > n) revert InvalidThreshold(p.threshold);
    }

    function _checkSignatures(uint256 jobId, Job storage j, bytes32 digest, bytes[] calldata sigs)
        private
        view
    {
        uint256 n = sigs.length;
        if (n < j.threshold) revert NotEnoughSignatures(n, j.threshold);
        // Distinct arbiters cannot exceed the set, so this bounds the loop by MAX_ARBITERS.
        if (n > j.arbiterCount) revert TooManySignatures(n, j.arbiterCount);
        mapping(address => bool) storage isArb = _isArbiter[jobId];
        address last;
        for (uint256 i; i < n; ++i) {
            (address signer, uint8 code) = SigCheck.recover(digest, sigs[i]);
            if (code == 1) revert InvalidSignatureLength(i);
            if (code == 2) revert InvalidSignatureS(i);
            if (code == 3) revert InvalidSignatureV(i);
            if (code != 0) revert InvalidSignature(i);
            if (signer <= last) revert SignersNotIncreasing(i);
            if (!isArb[signer]) revert NotArbiter(i, signer);
            last = signer;
        }
    }

    function _open(uint256 jobId, Job storage j, uint64 endpoint, bytes32 root) private returns (uint256 id) {
        uint64 interval = endpoint - 1;
        uint256 existing = openChallengeOf[jobId][interval];
        if (existing != 0) revert IntervalAlreadyChallenged(interval, existing);

        id = ++challengeCount;
        uint64 deadline = uint64(block.timestamp) + j.arbitrationWindow;
        _challenges[id] = ChallengeRecord({
            challenger: msg.sender,
            deadline: deadline,
            status: ChallengeStatus.Open,
            outcome: Outcome.None,
            // jobId <= jobCount, a counter that cannot reach 2^64.
            // forge-lint: disable-next-line(unsafe-typecast)
            jobId: uint64(jobId),
            interval: interval,
            root: root
        });
        openChallengeOf[jobId][interval] = id;
        j.openChallenges += 1;
        emit ChallengeOpened(jobId, id, interval, endpoint, root, msg.sender, deadline);
    }

    /// @dev Fraud or Unavailable: the challenger gets its bond back plus its share of the provider
    /// bond; the owner gets the rest of the bond and the escrow.
    function _slash(uint256 jobId, Job storage j, uint256 challengeId, address challenger, uint256 cBond)
        private
    {
        uint256 slashed = j.bondHeld;
        uint256 reward = slashed * CHALLENGER_SHARE_BPS / BPS;
        uint256 refund = slashed - reward + j.escrow;
        j.status = JobStatus.Fraudulent;
        j.bondHeld = 0;
        j.escrow = 0;
        credits[challenger] += reward + cBond;
        credits[j.owner] += refund;
        emit JobSlashed(jobId, challengeId, challenger, reward, refund);
    }

    function _requireChallengeable(uint256 jobId, Job storage j) private view {
        if (j.status == JobStatus.Accepted) {
            if (block.timestamp > j.finalizeBy) revert ChallengeWindowClosed(jobId);
        } else if (j.status == JobStatus.Finalized) {
            if (block.timestamp > _windowEnd(j)) revert ChallengeWindowClosed(jobId);
        } else {
            revert InvalidJobStatus(jobId, j.status);
        }
    }

    function _job(uint256 jobId) private view returns (Job storage j) {
        j = _jobs[jobId];
        if (j.status == JobStatus.None) revert UnknownJob(jobId);
    }

    function _openChallenge(uint256 challengeId) private view returns (ChallengeRecord storage c) {
        c = _challenges[challengeId];
        if (c.status == ChallengeStatus.None) revert UnknownChallenge(challengeId);
        if (c.status != ChallengeStatus.Open) revert ChallengeNotOpen(challengeId, c.status);
    }

    function _requireStatus(uint256 jobId, Job storage j, JobStatus want) private view {
        if (j.status != want) revert InvalidJobStatus(jobId, j.status);
    }

    function _windowEnd(Job storage j) private view returns (uint64) {
        return j.finalizedAt + j.challengeWindow;
    }
}
// forge-lint: disable-end(block-timestamp)
