// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OvigMerkle} from "./OvigMerkle.sol";
import {OvigEIP712, SigCheck} from "./OvigEIP712.sol";
import {
    JobParams,
    JobStatus,
    JobView,
    EndpointProof,
    DisputeStatus,
    Outcome,
    Dispute,
    ChallengeStatus,
    Challenge
} from "./OvigTypes.sol";

/// @title OvigRegistry
/// @notice One registry for all ovig jobs: escrow, provider bond, batched endpoint commitments,
/// open challenges (commit-reveal, bound to their challenger), per-interval disputes narrowed to
/// single steps (the provider commits its per-step states, challengers name steps) and decided by
/// m-of-n EIP-712 verdicts or by timeouts, settlement and pull payments. See docs/protocol.md.
/// All deadlines are inclusive: an action "by" T is allowed while block.timestamp <= T, and an
/// action "after" T needs block.timestamp > T.
// Windows are hours to days long, so a validator's few seconds of timestamp leeway do not matter.
// forge-lint: disable-start(block-timestamp)
contract OvigRegistry is OvigEIP712 {
    // ---------------------------------------------------------------- constants

    bytes32 public constant VERDICT_TYPEHASH = keccak256(
        "Verdict(uint256 jobId,uint256 disputeId,uint64 interval,bytes32 root,bytes32 stepRoot,uint64 step,bytes32 boundaryHash,uint8 outcome,uint256 distance,uint256 boundary,bytes32 replayDigest)"
    );
    uint256 public constant MAX_BATCH = 1024;
    uint256 public constant MAX_ARBITERS = 16;
    uint256 public constant MAX_INTERVALS = 1 << 32;
    uint256 public constant MAX_CHALLENGE_WINDOW = 90 days;
    uint256 public constant MAX_ARBITRATION_WINDOW = 14 days;
    uint256 public constant MAX_URI_LENGTH = 512;
    /// @notice A commitment must be revealed within this long, or its bond is forfeited: keeping
    /// speculative commitments on every interval alive costs a bond per interval per hour.
    uint256 public constant REVEAL_WINDOW = 1 hours;
    /// @notice Share of the slashed provider bond paid to the challenger rewarded by the slash.
    uint256 public constant CHALLENGER_SHARE_BPS = 5000;
    /// @notice Share of a losing (Honest) challenger bond paid to the arbiters who signed.
    uint256 public constant ARBITER_SHARE_BPS = 5000;
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
        uint64 openDisputes;
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

    struct DisputeRecord {
        // slot 0 (job ids are a counter, far below 2^64)
        uint64 jobId;
        uint64 interval;
        uint64 deadline;
        DisputeStatus status;
        Outcome outcome;
        uint16 signers;
        bool responded;
        // slot 1
        address leader;
        uint64 leaderCommitBlock;
        uint32 challenges;
        // slot 2
        bytes32 root;
        // slots 3, 4: written once, by respond
        bytes32 startRoot;
        bytes32 stepRoot;
        // slot 5
        address rewarded;
        uint32 stepsNamed;
    }

    struct ChallengeRecord {
        // slot 0
        address challenger;
        ChallengeStatus status;
        // slot 1
        uint64 jobId;
        uint64 disputeId;
        uint64 commitBlock;
        uint64 step; // named step + 1, 0 while none is named
    }

    struct Commitment {
        uint128 bond;
        uint64 blockNumber;
        uint64 revealBy;
    }

    /// @notice Block of the deployment: where an off-chain watcher starts reading events.
    uint256 public immutable deployBlock;
    /// @notice The OvigInference contract allowed to call slashForInference (0: none).
    address public immutable inference;
    uint256 public jobCount;
    uint256 public disputeCount;
    uint256 public challengeCount;
    /// @notice Bonds of commitments never revealed in time; they stay locked in the contract.
    uint256 public forfeited;
    mapping(address account => uint256 amount) public credits;
    /// @notice disputeId of the interval's open dispute, 0 if none.
    mapping(uint256 jobId => mapping(uint256 interval => uint256 disputeId)) public openDisputeOf;
    /// @notice challengeId of a challenger's stand on a dispute, 0 if none: one stand per challenger.
    mapping(uint256 disputeId => mapping(address challenger => uint256 challengeId)) public challengeOf;
    /// @notice The interval's verdict once a dispute on it was resolved (None before).
    mapping(uint256 jobId => mapping(uint256 interval => Outcome)) public intervalOutcome;

    mapping(uint256 jobId => Job) internal _jobs;
    mapping(uint256 jobId => address[]) internal _arbiters;
    /// @dev 1 + the arbiter's index in _arbiters, 0 for a non-arbiter.
    mapping(uint256 jobId => mapping(address account => uint256)) internal _arbiterSlot;
    /// @dev keccak256(batchRoot ‖ uint64 firstIndex ‖ uint64 count) per batch.
    mapping(uint256 jobId => mapping(uint256 batchIndex => bytes32)) internal _batches;
    mapping(uint256 disputeId => DisputeRecord) internal _disputes;
    mapping(uint256 challengeId => ChallengeRecord) internal _challenges;
    mapping(address challenger => mapping(bytes32 commitment => Commitment)) internal _commitments;
    /// @dev The challenge leading each named step of a dispute: earliest commitment, ties to the first
    /// namer. Only it can be rewarded by a verdict on that step.
    mapping(uint256 disputeId => mapping(uint256 step => uint256 challengeId)) internal _stepLeads;

    // ---------------------------------------------------------------- events

    event JobCreated(
        uint256 indexed jobId,
        address indexed owner,
        address indexed provider,
        uint256 payment,
        JobParams params
    );
    event JobAccepted(uint256 indexed jobId, address indexed provider, uint256 bond, string evidenceURI);
    event IntervalsCommitted(
        uint256 indexed jobId, uint256 indexed batchIndex, uint64 firstIndex, bytes32[] roots
    );
    event JobFinalized(uint256 indexed jobId, bytes32 finalModelHash, uint64 finalizedAt, uint64 windowEnd);
    event ChallengeCommitted(
        address indexed challenger, bytes32 indexed commitment, uint256 bond, uint64 revealBy
    );
    event DisputeOpened(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        uint64 interval,
        uint64 endpoint,
        bytes32 root,
        uint64 deadline
    );
    event ChallengeOpened(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        uint256 indexed disputeId,
        address challenger,
        uint64 interval,
        uint64 commitBlock
    );
    event DisputeResolved(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        uint64 interval,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest,
        uint16 signers
    );
    event JobSlashed(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        address indexed leader,
        uint256 challengerReward,
        uint256 ownerRefund
    );
    event DisputeLapsed(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval);
    event StepsCommitted(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, bytes32 stepRoot);
    event StepNamed(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        uint256 indexed challengeId,
        address challenger,
        uint64 step
    );
    event DisputeTimedOut(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, uint8 outcome);
    event ChallengeClaimed(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        address indexed challenger,
        uint256 refund,
        uint256 toProvider,
        uint256 toArbiters
    );
    event CommitmentForfeited(address indexed challenger, bytes32 indexed commitment, uint256 bond);
    event CommitmentRefunded(
        address indexed challenger, bytes32 indexed commitment, uint256 indexed jobId, uint256 bond
    );
    event JobSettled(uint256 indexed jobId, address indexed provider, uint256 amount);
    event JobCancelled(uint256 indexed jobId, address indexed owner, uint256 refund, uint256 providerRefund);
    event Withdrawn(address indexed account, uint256 amount);

    // ---------------------------------------------------------------- errors

    error ZeroPayment();
    error ZeroProvider();
    error InvalidSteps(uint64 totalSteps, uint64 stride);
    error TooManyIntervals(uint256 intervals);
    error InvalidDeadlines(uint64 acceptBy, uint64 finalizeBy);
    error InvalidWindows(uint64 challengeWindow, uint64 arbitrationWindow);
    error ZeroChallengerBond();
    error ProviderBondTooSmall(uint256 providerBond, uint256 minimum);
    error InvalidArbiterCount(uint256 count);
    error InvalidArbiter(address arbiter);
    error DuplicateArbiter(address arbiter);
    error InvalidThreshold(uint8 threshold, uint256 arbiters);
    error InvalidEvidenceURI(uint256 length);
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
    error RootMismatch(bytes32 disputed, bytes32 given);
    error ZeroBond();
    error BondTooLarge(uint256 bond);
    error CommitmentExists(bytes32 commitment);
    error UnknownCommitment(bytes32 commitment);
    error AlreadyChallenged(uint256 disputeId, uint256 challengeId);
    error RevealTooEarly(uint256 commitBlock);
    error RevealTooLate(uint256 revealBy);
    error CommitmentLive(uint256 revealBy);
    error PartyCannotChallenge(address account);
    error IntervalDecided(uint64 interval, Outcome outcome);
    error ChallengeWindowClosed(uint256 jobId);
    error UnknownDispute(uint256 disputeId);
    error DisputeNotOpen(uint256 disputeId, DisputeStatus status);
    error DisputeStillOpen(uint256 disputeId);
    error UnknownChallenge(uint256 challengeId);
    error AlreadyClaimed(uint256 challengeId);
    error InvalidOutcome(uint8 outcome);
    error InconsistentVerdict(uint8 outcome, uint256 distance, uint256 boundary);
    error NotEnoughSignatures(uint256 count, uint256 threshold);
    error TooManySignatures(uint256 count, uint256 arbiters);
    /// @dev code 1 bad length, 2 high s, 3 bad v, 4 unrecoverable.
    error InvalidSignature(uint256 index, uint8 code);
    error SignersNotIncreasing(uint256 index);
    error NotArbiter(uint256 index, address signer);
    error CannotLapse(uint256 disputeId);
    error NotChallenger(address caller);
    error AlreadyResponded(uint256 disputeId);
    error NotResponded(uint256 disputeId);
    error StepOutOfRange(uint64 step, uint64 stride);
    error AlreadyNamed(uint256 challengeId);
    error StepNotNamed(uint256 disputeId, uint64 step);
    error CannotTimeout(uint256 disputeId);
    error DisputesOpen(uint256 jobId, uint256 count);
    error CannotCancel(uint256 jobId);
    error NotInference(address caller);
    error NothingToWithdraw();
    error TransferFailed();

    /// @param inference_ the OvigInference contract that may slash (its address is known before
    /// it is deployed: the deployer's next CREATE address), or 0 for a registry without inference.
    constructor(address inference_) {
        deployBlock = block.number;
        inference = inference_;
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

        address[] storage arbs = _arbiters[jobId];
        mapping(address => uint256) storage slot = _arbiterSlot[jobId];
        for (uint256 i; i < p.arbiters.length; ++i) {
            address a = p.arbiters[i];
            // The owner and the provider must never referee their own job.
            if (a == address(0) || a == p.provider || a == msg.sender) revert InvalidArbiter(a);
            if (slot[a] != 0) revert DuplicateArbiter(a);
            slot[a] = i + 1;
            arbs.push(a);
        }

        emit JobCreated(jobId, msg.sender, p.provider, msg.value, p);
    }

    /// @notice The provider accepts the job by posting exactly the required bond, by acceptBy, and
    /// names the evidence endpoint it serves (so nobody else can name a dead one).
    function accept(uint256 jobId, string calldata evidenceURI) external payable {
        Job storage j = _job(jobId);
        if (msg.sender != j.provider) revert NotProvider(msg.sender);
        _requireStatus(jobId, j, JobStatus.Created);
        if (block.timestamp > j.acceptBy) revert DeadlinePassed(j.acceptBy);
        if (msg.value != j.providerBond) revert WrongValue(j.providerBond, msg.value);
        uint256 len = bytes(evidenceURI).length;
        if (len == 0 || len > MAX_URI_LENGTH) revert InvalidEvidenceURI(len);

        j.status = JobStatus.Accepted;
        j.bondHeld = msg.value;
        j.evidenceURI = evidenceURI;
        emit JobAccepted(jobId, msg.sender, msg.value, evidenceURI);
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

    /// @notice First half of a challenge: bonds msg.value behind an opaque commitment
    /// `challengeCommitment(msg.sender, jobId, endpoint, root, salt)`. The commitment binds the
    /// challenger's address, so a copied transaction commits its copier to nothing it can reveal.
    function commitChallenge(bytes32 commitment) external payable {
        if (msg.value == 0) revert ZeroBond();
        if (msg.value > type(uint128).max) revert BondTooLarge(msg.value);
        Commitment storage cm = _commitments[msg.sender][commitment];
        if (cm.blockNumber != 0) revert CommitmentExists(commitment);
        // Timestamps stay far below 2^64; the bond was checked against 2^128 above.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 revealBy = uint64(block.timestamp + REVEAL_WINDOW);
        // forge-lint: disable-next-line(unsafe-typecast)
        cm.bond = uint128(msg.value);
        cm.blockNumber = uint64(block.number);
        cm.revealBy = revealBy;
        emit ChallengeCommitted(msg.sender, commitment, msg.value, revealBy);
    }

    /// @notice Second half: reveals a commitment made in an earlier block and stands on interval
    /// `o.endpoint - 1`, opening its dispute or joining the open one. Any number of challengers may
    /// stand on one interval; the earliest commitment leads and alone earns the reward. On a job
    /// already found fraudulent it refunds the bond instead and returns 0.
    function challenge(uint256 jobId, EndpointProof calldata o, bytes32 salt)
        external
        returns (uint256 challengeId)
    {
        bytes32 commitment = challengeCommitment(msg.sender, jobId, o.endpoint, o.root, salt);
        Commitment memory cm = _commitments[msg.sender][commitment];
        if (cm.blockNumber == 0) revert UnknownCommitment(commitment);
        // A reveal in its commitment's own block would let a copier who saw it in the mempool
        // commit and reveal ahead of it in that block and tie on rank: reveals wait a block, so
        // every commitment made after seeing one ranks behind it.
        if (block.number <= cm.blockNumber) revert RevealTooEarly(cm.blockNumber);
        if (block.timestamp > cm.revealBy) revert RevealTooLate(cm.revealBy);

        Job storage j = _job(jobId);
        if (j.status == JobStatus.Fraudulent) {
            // Slashed through another dispute between this commitment and its reveal: the
            // challenger was right as well, so its bond returns (no stand, no reward). A
            // speculator gains nothing from it: only a reveal within the hour is refunded.
            delete _commitments[msg.sender][commitment];
            credits[msg.sender] += cm.bond;
            emit CommitmentRefunded(msg.sender, commitment, jobId, cm.bond);
            return 0;
        }
        _requireChallengeable(jobId, j);
        if (cm.bond != j.challengerBond) revert WrongValue(j.challengerBond, cm.bond);
        if (msg.sender == j.owner || msg.sender == j.provider || _arbiterSlot[jobId][msg.sender] != 0) {
            revert PartyCannotChallenge(msg.sender);
        }
        // Endpoint 0 closes no interval.
        if (o.endpoint == 0) revert InvalidEndpoint(0);
        _verifyEndpoint(jobId, j, o);
        uint64 interval;
        unchecked {
            interval = o.endpoint - 1; // endpoint >= 1
        }
        Outcome decided = intervalOutcome[jobId][interval];
        if (decided != Outcome.None) revert IntervalDecided(interval, decided);

        delete _commitments[msg.sender][commitment];
        uint256 disputeId = openDisputeOf[jobId][interval];
        if (disputeId == 0) disputeId = _openDispute(jobId, j, o.endpoint, o.root);
        DisputeRecord storage d = _disputes[disputeId];
        // The open dispute was proven against the same commitment; a different root cannot exist,
        // but check rather than trust it.
        if (d.root != o.root) revert RootMismatch(d.root, o.root);
        uint256 standing = challengeOf[disputeId][msg.sender];
        if (standing != 0) revert AlreadyChallenged(disputeId, standing);
        if (d.challenges == 0 || cm.blockNumber < d.leaderCommitBlock) {
            d.leader = msg.sender;
            d.leaderCommitBlock = cm.blockNumber;
        }
        d.challenges += 1;

        unchecked {
            challengeId = ++challengeCount;
        }
        challengeOf[disputeId][msg.sender] = challengeId;
        _challenges[challengeId] = ChallengeRecord({
            challenger: msg.sender,
            status: ChallengeStatus.Open,
            // Ids are counters, far below 2^64.
            // forge-lint: disable-next-line(unsafe-typecast)
            jobId: uint64(jobId),
            // forge-lint: disable-next-line(unsafe-typecast)
            disputeId: uint64(disputeId),
            commitBlock: cm.blockNumber,
            step: 0
        });
        emit ChallengeOpened(jobId, challengeId, disputeId, msg.sender, interval, cm.blockNumber);
    }

    /// @notice Locks the bond of a commitment that was not revealed by its deadline.
    function forfeit(address challenger, bytes32 commitment) external {
        Commitment memory cm = _commitments[challenger][commitment];
        if (cm.blockNumber == 0) revert UnknownCommitment(commitment);
        if (block.timestamp <= cm.revealBy) revert CommitmentLive(cm.revealBy);
        delete _commitments[challenger][commitment];
        forfeited += cm.bond;
        emit CommitmentForfeited(challenger, commitment, cm.bond);
    }

    /// @notice The provider's answer to a dispute on interval k, by respondBy: `stepRoot` commits its
    /// s+1 state roots (leaf j: the state after j steps of the interval), whose first leaf must be
    /// the committed root of endpoint k (proven by `start` against its batch) and whose last leaf the
    /// disputed root of endpoint k+1. Every step is then checkable alone, from the provider's own
    /// states; silence loses (timeout).
    function respond(
        uint256 disputeId,
        bytes32 stepRoot,
        EndpointProof calldata start,
        bytes32[] calldata firstProof,
        bytes32[] calldata lastProof
    ) external {
        (DisputeRecord storage d, uint256 jobId, Job storage j) = _activeDispute(disputeId);
        if (msg.sender != j.provider) revert NotProvider(msg.sender);
        uint64 by = _respondBy(d, j);
        if (block.timestamp > by) revert DeadlinePassed(by);
        if (d.responded) revert AlreadyResponded(disputeId);
        if (start.endpoint != d.interval) revert InvalidEndpoint(start.endpoint);
        _verifyEndpoint(jobId, j, start);
        uint256 s = j.stride;
        uint256 leaves;
        unchecked {
            leaves = s + 1; // s < 2^64
        }
        // A tree of any other leaf count fails here: verify checks the proof length against s+1.
        if (
            !OvigMerkle.verify(stepRoot, leaves, 0, start.root, firstProof)
                || !OvigMerkle.verify(stepRoot, leaves, s, d.root, lastProof)
        ) revert InvalidProof();

        d.responded = true;
        d.startRoot = start.root;
        d.stepRoot = stepRoot;
        emit StepsCommitted(jobId, disputeId, d.interval, stepRoot);
    }

    /// @notice The challenger of `challengeId` names, by nameBy and once, the step `step` of the
    /// interval (the transition from state `step` to state `step + 1`) that it holds is not one honest
    /// training step. A verdict on a step can only reward that step's leader (earliest commitment
    /// among its namers), so a sybil that leads the dispute but names an honest step earns nothing.
    function nameStep(uint256 challengeId, uint64 step) external {
        ChallengeRecord storage c = _challenges[challengeId];
        // An unknown challenge has no challenger: nobody passes this.
        if (msg.sender != c.challenger) revert NotChallenger(msg.sender);
        uint256 disputeId = c.disputeId;
        DisputeRecord storage d = _liveDispute(disputeId);
        if (!d.responded) revert NotResponded(disputeId);
        Job storage j = _jobs[d.jobId];
        uint64 by = _nameBy(d, j);
        if (block.timestamp > by) revert DeadlinePassed(by);
        if (step >= j.stride) revert StepOutOfRange(step, j.stride);
        if (c.step != 0) revert AlreadyNamed(challengeId);

        uint256 lead = _stepLeads[disputeId][step];
        // step < stride and the steps named are at most the challenges (uint32): no overflow.
        unchecked {
            c.step = step + 1;
            if (lead == 0) d.stepsNamed += 1;
        }
        // Ranked like the dispute's leader: by commitment block, ties to the first namer.
        if (lead == 0 || c.commitBlock < _challenges[lead].commitBlock) {
            _stepLeads[disputeId][step] = challengeId;
        }
        emit StepNamed(d.jobId, disputeId, challengeId, msg.sender, step);
    }

    /// @notice Decides a dispute without arbiters (anyone may call, by the deadline, while the job is
    /// active): Unavailable if the provider did not respond by respondBy (it is slashed and the
    /// dispute's leader rewarded); Honest if it responded and no step was named by nameBy (every
    /// bond then goes to the provider at claim).
    function timeout(uint256 disputeId) external {
        (DisputeRecord storage d, uint256 jobId, Job storage j) = _activeDispute(disputeId);
        // After the deadline the dispute lapses instead, as one without a verdict does.
        if (block.timestamp > d.deadline) revert DeadlinePassed(d.deadline);
        Outcome outcome;
        if (!d.responded && block.timestamp > _respondBy(d, j)) {
            outcome = Outcome.Unavailable;
        } else if (d.responded && d.stepsNamed == 0 && block.timestamp > _nameBy(d, j)) {
            outcome = Outcome.Honest;
        } else {
            revert CannotTimeout(disputeId);
        }

        emit DisputeTimedOut(jobId, disputeId, d.interval, uint8(outcome));
        _decide(jobId, j, d, outcome, 0);
        emit DisputeResolved(jobId, disputeId, d.interval, uint8(outcome), 0, 0, bytes32(0), 0);
        if (outcome == Outcome.Unavailable) _slash(disputeId, d, d.leader);
    }

    /// @notice Applies to a dispute a verdict on its named step `step`, signed by more than half of
    /// the job's arbiters, by the dispute's deadline, once the provider responded. Signatures must be
    /// ordered by strictly increasing signer address. Fraud and Unavailable apply as soon as signed
    /// and reward the leader of `step`; Honest (every named step is honest; `step` is the one closest
    /// to its boundary) only after nameBy, when no more steps can be named. The verdict decides the
    /// interval for every challenge standing on it.
    function resolve(
        uint256 disputeId,
        uint64 step,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest,
        bytes[] calldata signatures
    ) external {
        (DisputeRecord storage d, address rewardee) =
            _checkVerdict(disputeId, step, outcome, distance, boundary);
        uint16 signers;
        {
            bytes32 digest =
                _storedDigest(disputeId, d, step, abi.encode(outcome, distance, boundary, replayDigest));
            signers = _checkSignatures(d.jobId, _jobs[d.jobId], digest, signatures);
        }

        // Effects.
        uint256 jobId = d.jobId;
        Job storage j = _jobs[jobId];
        _decide(jobId, j, d, Outcome(outcome), signers);
        emit DisputeResolved(jobId, disputeId, d.interval, outcome, distance, boundary, replayDigest, signers);
        if (outcome != uint8(Outcome.Honest)) _slash(disputeId, d, rewardee);
    }

    /// @notice OvigInference applies a Fraud or Unavailable verdict on a served record: the provider bond
    /// moves exactly as for a training Fraud verdict (`to` gets the challenger share, the owner the
    /// rest and the escrow) and the job becomes Fraudulent. JobSlashed carries disputeId 0: the
    /// dispute is the inference contract's.
    function slashForInference(uint256 jobId, address to) external {
        if (msg.sender != inference) revert NotInference(msg.sender);
        _requireStatus(jobId, _jobs[jobId], JobStatus.Finalized);
        _slashJob(jobId, 0, to);
    }

    /// @notice Closes a dispute that got no verdict by its deadline, or, at any time, one of a job
    /// that is no longer active. Its challengers then claim their bonds back, and the interval can be
    /// challenged again while the window is open.
    function lapse(uint256 disputeId) external {
        DisputeRecord storage d = _liveDispute(disputeId);
        uint256 jobId = d.jobId;
        Job storage j = _jobs[jobId];
        bool active = j.status == JobStatus.Accepted || j.status == JobStatus.Finalized;
        if (active && block.timestamp <= d.deadline) revert CannotLapse(disputeId);

        d.status = DisputeStatus.Lapsed;
        delete openDisputeOf[jobId][d.interval];
        unchecked {
            j.openDisputes -= 1; // it counts this open dispute
        }
        emit DisputeLapsed(jobId, disputeId, d.interval);
    }

    /// @notice Pays out one challenge once its dispute is closed (anyone may call; funds go to
    /// their owners' credits). Fraud or Unavailable, or a lapse: the bond returns to the
    /// challenger (the reward was credited at resolve or timeout). Honest: the bond pays the
    /// arbiters who signed and compensates the provider (all of it without signers, by timeout).
    function claim(uint256 challengeId) external {
        ChallengeRecord storage c = _challenges[challengeId];
        if (c.status == ChallengeStatus.None) revert UnknownChallenge(challengeId);
        if (c.status != ChallengeStatus.Open) revert AlreadyClaimed(challengeId);
        DisputeRecord storage d = _disputes[c.disputeId];
        if (d.status == DisputeStatus.Open) revert DisputeStillOpen(c.disputeId);
        Job storage j = _jobs[c.jobId];
        uint256 bond = j.challengerBond;
        address challenger = c.challenger;

        c.status = ChallengeStatus.Claimed;
        if (d.status == DisputeStatus.Resolved && d.outcome == Outcome.Honest) {
            uint256 toArbiters = _payArbiters(c.jobId, d.signers, bond * ARBITER_SHARE_BPS / BPS);
            uint256 toProvider = bond - toArbiters;
            credits[j.provider] += toProvider;
            emit ChallengeClaimed(c.jobId, challengeId, challenger, 0, toProvider, toArbiters);
        } else {
            credits[challenger] += bond;
            emit ChallengeClaimed(c.jobId, challengeId, challenger, bond, 0, 0);
        }
    }

    // ---------------------------------------------------------------- closing

    /// @notice After the window, with no open dispute, pays escrow and bond to the provider.
    function settle(uint256 jobId) external {
        Job storage j = _job(jobId);
        _requireStatus(jobId, j, JobStatus.Finalized);
        uint64 end = _windowEnd(j);
        if (block.timestamp <= end) revert DeadlineNotReached(end);
        if (j.openDisputes != 0) revert DisputesOpen(jobId, j.openDisputes);

        uint256 amount = j.escrow + j.bondHeld;
        j.status = JobStatus.Settled;
        j.escrow = 0;
        j.bondHeld = 0;
        credits[j.provider] += amount;
        emit JobSettled(jobId, j.provider, amount);
    }

    /// @notice The owner cancels a job never accepted (any time): escrow to the owner. Anyone
    /// cancels an accepted job not finalized by finalizeBy once no dispute is open: the owner gets
    /// the escrow and the provider bond less the challenger share, which returns to the provider.
    /// Abandoning thus costs the provider exactly what being slashed costs it when its own sybil
    /// leads the dispute, so self-challenging never pays better than walking away.
    function cancel(uint256 jobId) external {
        Job storage j = _job(jobId);
        uint256 providerRefund;
        if (j.status == JobStatus.Created) {
            if (msg.sender != j.owner) revert NotOwner(msg.sender);
        } else if (j.status == JobStatus.Accepted) {
            if (block.timestamp <= j.finalizeBy) revert DeadlineNotReached(j.finalizeBy);
            if (j.openDisputes != 0) revert DisputesOpen(jobId, j.openDisputes);
            providerRefund = j.bondHeld * CHALLENGER_SHARE_BPS / BPS;
        } else {
            revert CannotCancel(jobId);
        }

        uint256 refund = j.escrow + j.bondHeld - providerRefund;
        j.status = JobStatus.Cancelled;
        j.escrow = 0;
        j.bondHeld = 0;
        credits[j.owner] += refund;
        if (providerRefund != 0) credits[j.provider] += providerRefund;
        emit JobCancelled(jobId, j.owner, refund, providerRefund);
    }

    /// @notice Pulls all credited funds of msg.sender.
    function withdraw() external {
        uint256 amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ---------------------------------------------------------------- views

    /// @notice The commitment a challenger posts before revealing its challenge.
    function challengeCommitment(
        address challenger,
        uint256 jobId,
        uint64 endpoint,
        bytes32 root,
        bytes32 salt
    ) public pure returns (bytes32) {
        return keccak256(abi.encode(challenger, jobId, endpoint, root, salt));
    }

    /// @notice The EIP-712 digest arbiters sign (see docs/protocol.md); it binds the boundary
    /// artifact the job recorded. resolve fills jobId, interval, root and stepRoot from the dispute.
    function verdictDigest(
        uint256 jobId,
        uint256 disputeId,
        uint64 interval,
        bytes32 root,
        bytes32 stepRoot,
        uint64 step,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest
    ) external view returns (bytes32) {
        // Two static-only encodings concatenate to the single abi.encode of all fields; split to
        // keep the stack shallow.
        bytes memory head = _verdictHead(jobId, disputeId, interval, root, stepRoot, step);
        return _digest(head, abi.encode(outcome, distance, boundary, replayDigest));
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
        v.openDisputes = j.openDisputes;
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
        return _arbiterSlot[jobId][account] != 0;
    }

    /// @notice keccak256(batchRoot ‖ uint64 firstIndex ‖ uint64 count), 0 for an unknown batch.
    function batchCommitment(uint256 jobId, uint256 batchIndex) external view returns (bytes32) {
        return _batches[jobId][batchIndex];
    }

    /// @notice A commitment's bond, block and reveal deadline; all zero if none.
    function commitments(address challenger, bytes32 commitment)
        external
        view
        returns (uint256 bond, uint64 blockNumber, uint64 revealBy)
    {
        Commitment memory cm = _commitments[challenger][commitment];
        return (cm.bond, cm.blockNumber, cm.revealBy);
    }

    /// @notice The dispute record; status None for an unknown id.
    function disputes(uint256 disputeId) external view returns (Dispute memory v) {
        DisputeRecord storage d = _disputes[disputeId];
        if (d.status == DisputeStatus.None) return v;
        uint64 w = _jobs[d.jobId].arbitrationWindow;
        v.jobId = d.jobId;
        v.interval = d.interval;
        v.deadline = d.deadline;
        v.status = d.status;
        v.outcome = d.outcome;
        v.root = d.root;
        v.leader = d.leader;
        v.leaderCommitBlock = d.leaderCommitBlock;
        v.challenges = d.challenges;
        v.signers = d.signers;
        v.startRoot = d.startRoot;
        v.stepRoot = d.stepRoot;
        unchecked {
            v.respondBy = d.deadline - w + w / 4;
            v.nameBy = d.deadline - w + w / 2;
        }
        v.responded = d.responded;
        v.stepsNamed = d.stepsNamed;
        v.rewarded = d.rewarded;
    }

    /// @notice The challenge leading a named step of a dispute (earliest commitment among the step's
    /// namers), 0 if nobody named it.
    function stepLeaderOf(uint256 disputeId, uint64 step) external view returns (uint256 challengeId) {
        return _stepLeads[disputeId][step];
    }

    /// @notice The challenge record; status None for an unknown id.
    function challenges(uint256 challengeId) external view returns (Challenge memory v) {
        ChallengeRecord storage c = _challenges[challengeId];
        v.jobId = c.jobId;
        v.disputeId = c.disputeId;
        v.challenger = c.challenger;
        v.interval = _disputes[c.disputeId].interval;
        v.commitBlock = c.commitBlock;
        v.status = c.status;
        if (c.status != ChallengeStatus.None) v.bond = _jobs[c.jobId].challengerBond;
        if (c.step != 0) {
            unchecked {
                v.step = c.step - 1; // stored as step + 1
            }
            v.named = true;
        }
    }

    // ---------------------------------------------------------------- internals

    function _verdictHead(
        uint256 jobId,
        uint256 disputeId,
        uint64 interval,
        bytes32 root,
        bytes32 stepRoot,
        uint64 step
    ) private view returns (bytes memory) {
        return abi.encode(
            VERDICT_TYPEHASH, jobId, disputeId, interval, root, stepRoot, step, _jobs[jobId].boundaryHash
        );
    }

    /// @dev Everything resolve checks before the signatures; returns who a slash would reward: the
    /// step's leader, not the dispute's, so only a challenger that named this step can earn by it.
    function _checkVerdict(uint256 disputeId, uint64 step, uint8 outcome, uint256 distance, uint256 boundary)
        private
        view
        returns (DisputeRecord storage d, address rewardee)
    {
        Job storage j;
        // A job already found fraudulent cannot be judged again; its other disputes lapse.
        (d,, j) = _activeDispute(disputeId);
        if (block.timestamp > d.deadline) revert DeadlinePassed(d.deadline);
        if (!d.responded) revert NotResponded(disputeId);
        uint256 lead = _stepLeads[disputeId][step];
        if (lead == 0) revert StepNotNamed(disputeId, step);
        if (outcome < uint8(Outcome.Fraud) || outcome > uint8(Outcome.Unavailable)) {
            revert InvalidOutcome(outcome);
        }
        if (
            (outcome == uint8(Outcome.Fraud) && distance <= boundary)
                || (outcome == uint8(Outcome.Honest) && distance > boundary)
        ) revert InconsistentVerdict(outcome, distance, boundary);
        if (outcome == uint8(Outcome.Honest)) {
            // Before nameBy another challenger may still name the fraudulent step.
            uint64 by = _nameBy(d, j);
            if (block.timestamp <= by) revert DeadlineNotReached(by);
        }
        rewardee = _challenges[lead].challenger;
    }

    /// @dev The digest of a verdict on the dispute's recorded fields; `tail` encodes the verdict's own
    /// (outcome, distance, boundary, replayDigest).
    function _storedDigest(uint256 disputeId, DisputeRecord storage d, uint64 step, bytes memory tail)
        private
        view
        returns (bytes32)
    {
        return _digest(_verdictHead(d.jobId, disputeId, d.interval, d.root, d.stepRoot, step), tail);
    }

    function _digest(bytes memory head, bytes memory tail) private view returns (bytes32) {
        return _hashTypedData(keccak256(bytes.concat(head, tail)));
    }

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
            p.challengeWindow == 0 || p.arbitrationWindow == 0 || p.challengeWindow > MAX_CHALLENGE_WINDOW
                || p.arbitrationWindow > MAX_ARBITRATION_WINDOW
        ) {
            revert InvalidWindows(p.challengeWindow, p.arbitrationWindow);
        }
        if (p.challengerBond == 0) revert ZeroChallengerBond();
        // The leader's reward (half the provider bond) must at least match the bond it risks.
        uint256 minBond = p.challengerBond * BPS / CHALLENGER_SHARE_BPS;
        if (p.providerBond < minBond) revert ProviderBondTooSmall(p.providerBond, minBond);
        uint256 n = p.arbiters.length;
        if (n == 0 || n > MAX_ARBITERS) revert InvalidArbiterCount(n);
        // A strict majority: two disjoint quorums can never both sign.
        if (p.threshold > n || 2 * uint256(p.threshold) <= n) revert InvalidThreshold(p.threshold, n);
    }

    /// @dev Endpoint 0 is accepted (a response to interval 0 proves it); challenge refuses it itself.
    function _verifyEndpoint(uint256 jobId, Job storage j, EndpointProof calldata o) private view {
        if (o.endpoint > j.intervals) revert InvalidEndpoint(o.endpoint);
        if (o.batchIndex >= j.batchCount) revert UnknownBatch(o.batchIndex);
        if (_batches[jobId][o.batchIndex] != keccak256(abi.encodePacked(o.batchRoot, o.firstIndex, o.count)))
        {
            revert BatchMismatch();
        }
        if (o.endpoint < o.firstIndex) revert EndpointNotInBatch(o.endpoint, o.firstIndex, o.count);
        uint256 at;
        unchecked {
            at = o.endpoint - o.firstIndex; // checked just above
        }
        if (at >= o.count) revert EndpointNotInBatch(o.endpoint, o.firstIndex, o.count);
        if (!OvigMerkle.verify(o.batchRoot, o.count, at, o.root, o.proof)) revert InvalidProof();
    }

    /// @return signers bitmap over the job's arbiter indices
    function _checkSignatures(uint256 jobId, Job storage j, bytes32 digest, bytes[] calldata sigs)
        private
        view
        returns (uint16 signers)
    {
        uint256 n = sigs.length;
        if (n < j.threshold) revert NotEnoughSignatures(n, j.threshold);
        // Distinct arbiters cannot exceed the set, so this bounds the loop by MAX_ARBITERS.
        if (n > j.arbiterCount) revert TooManySignatures(n, j.arbiterCount);
        mapping(address => uint256) storage slot = _arbiterSlot[jobId];
        address last;
        for (uint256 i; i < n; ++i) {
            (address signer, uint8 code) = SigCheck.recover(digest, sigs[i]);
            // code: 1 bad length, 2 high s, 3 bad v, 4 unrecoverable (SigCheck.recover).
            if (code != 0) revert InvalidSignature(i, code);
            if (signer <= last) revert SignersNotIncreasing(i);
            uint256 s = slot[signer];
            if (s == 0) revert NotArbiter(i, signer);
            // s <= MAX_ARBITERS = 16: bit s-1 of a 16-bit map.
            // forge-lint: disable-next-line(unsafe-typecast,incorrect-shift)
            signers |= uint16(1 << (s - 1));
            last = signer;
        }
    }

    /// @dev Splits `amount` equally among the signers; returns what was paid (dust stays with the caller).
    function _payArbiters(uint256 jobId, uint16 signers, uint256 amount) private returns (uint256 paid) {
        address[] storage arbs = _arbiters[jobId];
        uint256 count;
        for (uint256 i; i < arbs.length; ++i) {
            // forge-lint: disable-next-line(incorrect-shift)
            if (signers & (1 << i) != 0) ++count;
        }
        if (count == 0) return 0;
        uint256 each = amount / count;
        for (uint256 i; i < arbs.length; ++i) {
            // forge-lint: disable-next-line(incorrect-shift)
            if (signers & (1 << i) != 0) credits[arbs[i]] += each;
        }
        paid = each * count;
    }

    function _openDispute(uint256 jobId, Job storage j, uint64 endpoint, bytes32 root)
        private
        returns (uint256 id)
    {
        uint64 interval;
        uint64 deadline;
        // endpoint >= 1, a uint256 counter, a timestamp plus at most 14 days, at most 2^32 disputes
        // open per job: none of these overflow.
        unchecked {
            interval = endpoint - 1;
            id = ++disputeCount;
            deadline = uint64(block.timestamp) + j.arbitrationWindow;
            j.openDisputes += 1;
        }
        DisputeRecord storage d = _disputes[id];
        // jobId <= jobCount, a counter that cannot reach 2^64.
        // forge-lint: disable-next-line(unsafe-typecast)
        d.jobId = uint64(jobId);
        d.interval = interval;
        d.deadline = deadline;
        d.status = DisputeStatus.Open;
        d.root = root;
        openDisputeOf[jobId][interval] = id;
        emit DisputeOpened(jobId, id, interval, endpoint, root, deadline);
    }

    /// @dev Closes the dispute with `outcome` and decides its interval (events are the caller's).
    function _decide(uint256 jobId, Job storage j, DisputeRecord storage d, Outcome outcome, uint16 signers)
        private
    {
        d.status = DisputeStatus.Resolved;
        d.outcome = outcome;
        d.signers = signers;
        intervalOutcome[jobId][d.interval] = outcome;
        delete openDisputeOf[jobId][d.interval];
        unchecked {
            j.openDisputes -= 1; // it counts this open dispute
        }
    }

    /// @dev Fraud or Unavailable: `to` gets its share of the provider bond (every challenger's own
    /// bond returns through claim); the owner gets the rest and the escrow.
    function _slash(uint256 disputeId, DisputeRecord storage d, address to) private {
        d.rewarded = to;
        _slashJob(d.jobId, disputeId, to);
    }

    /// @dev The bond-moving code shared by training verdicts, timeouts and slashForInference.
    function _slashJob(uint256 jobId, uint256 disputeId, address to) private {
        Job storage j = _jobs[jobId];
        uint256 slashed = j.bondHeld;
        uint256 reward = slashed * CHALLENGER_SHARE_BPS / BPS;
        uint256 refund = slashed - reward + j.escrow;
        j.status = JobStatus.Fraudulent;
        j.bondHeld = 0;
        j.escrow = 0;
        credits[to] += reward;
        credits[j.owner] += refund;
        emit JobSlashed(jobId, disputeId, to, reward, refund);
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

    function _liveDispute(uint256 disputeId) private view returns (DisputeRecord storage d) {
        d = _disputes[disputeId];
        if (d.status == DisputeStatus.None) revert UnknownDispute(disputeId);
        if (d.status != DisputeStatus.Open) revert DisputeNotOpen(disputeId, d.status);
    }

    /// @dev Disputes are judged, answered and timed out only while the job is Accepted or Finalized.
    function _requireActive(uint256 jobId, Job storage j) private view {
        if (j.status != JobStatus.Accepted && j.status != JobStatus.Finalized) {
            revert InvalidJobStatus(jobId, j.status);
        }
    }

    /// @dev An open dispute of a job still Accepted or Finalized, and that job.
    function _activeDispute(uint256 disputeId)
        private
        view
        returns (DisputeRecord storage d, uint256 jobId, Job storage j)
    {
        d = _liveDispute(disputeId);
        jobId = d.jobId;
        j = _jobs[jobId];
        _requireActive(jobId, j);
    }

    /// @dev openedAt + W/4, derived from the deadline (openedAt + W) since W never changes.
    function _respondBy(DisputeRecord storage d, Job storage j) private view returns (uint64) {
        uint64 w = j.arbitrationWindow;
        unchecked {
            return d.deadline - w + w / 4; // deadline >= W
        }
    }

    /// @dev openedAt + W/2.
    function _nameBy(DisputeRecord storage d, Job storage j) private view returns (uint64) {
        uint64 w = j.arbitrationWindow;
        unchecked {
            return d.deadline - w + w / 2;
        }
    }

    function _requireStatus(uint256 jobId, Job storage j, JobStatus want) private view {
        if (j.status != want) revert InvalidJobStatus(jobId, j.status);
    }

    function _windowEnd(Job storage j) private view returns (uint64) {
        return j.finalizedAt + j.challengeWindow;
    }
}
// forge-lint: disable-end(block-timestamp)
