// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OvigMerkle} from "./OvigMerkle.sol";
import {OvigEIP712, SigCheck} from "./OvigEIP712.sol";
import {JobStatus, JobView, DisputeStatus, Outcome} from "./OvigTypes.sol";

/// @notice What OvigInference reads from (and the one call it makes to) the registry.
interface IOvigRegistry {
    function getJob(uint256 jobId) external view returns (JobView memory);
    function getArbiters(uint256 jobId) external view returns (address[] memory);
    function isArbiter(uint256 jobId, address account) external view returns (bool);
    function inference() external view returns (address);
    function slashForInference(uint256 jobId, address to) external;
}

/// @notice The owner's terms for serving a job's final model.
struct ServingTerms {
    bytes32 boundHash; // infer.Bound.Hash: the activation bound arbiters judge by
    uint64 recordWindow; // seconds a committed batch stays challengeable
    uint64 batches; // batch roots committed so far (the next batch index)
    uint64 commits; // commitBatches transactions so far (the next commit index)
    uint32 openDisputes;
}

/// @notice The opening of one record slot: batch `batch` (root and record count) against the
/// commitment of commit `commitIndex`, and the record's index inside the batch.
struct RecordOpening {
    uint64 commitIndex;
    bytes32 commitRoot; // tree over keccak256(batchRoot ‖ uint64 recordCount) of the commit's batches
    uint64 firstBatch;
    uint64 batchCount;
    uint64 challengeBy; // inclusive deadline of the commit's challenges
    uint64 batch;
    bytes32 batchRoot;
    uint64 recordCount;
    bytes32[] proof; // of the batch's leaf in commitRoot
    uint64 record;
}

/// @notice The fields of a verdict that arbiters choose (the rest come from the dispute).
struct InferenceVerdict {
    uint8 outcome; // Outcome: Fraud, Honest or Unavailable
    uint64 blockIndex; // the block replayed (informational)
    uint256 distance; // type(uint256).max for a consistency failure
    uint256 bound;
    bytes32 replayDigest;
}

/// @notice One challenged record.
struct InferenceDispute {
    uint64 jobId;
    uint64 batch;
    uint64 record;
    uint64 deadline; // inclusive arbitration deadline
    address challenger;
    DisputeStatus status;
    Outcome outcome;
    uint16 signers; // bitmap over the job's arbiter indices that signed the verdict
    bytes32 batchRoot;
    uint256 bond;
}

/// @title OvigInference
/// @notice Auditable inference for a finalized ovig job (docs/inference.md): the provider commits
/// batch roots of served records, many per transaction (one slot per transaction, every root in an
/// event); anyone but the job's parties challenges a record with a bond (commit-reveal, bound to its
/// challenger); the job's arbiters (the registry's set and threshold) sign an EIP-712 verdict over
/// (job, dispute, batch, batch root, record, bound); Fraud or Unavailable slashes the provider's
/// training bond through the registry's slashForInference, Honest pays the challenger's bond to the
/// signers and the provider. Pull payments.
/// Timing: a commit is accepted only while `now + recordWindow + arbitrationWindow <= windowEnd` of
/// the job, so every inference dispute is decided or lapsed before the job can settle and release
/// the bond that backs serving. All deadlines are inclusive.
// Windows are hours to days long: a validator's few seconds of timestamp leeway do not matter.
// forge-lint: disable-start(block-timestamp)
contract OvigInference is OvigEIP712 {
    // ---------------------------------------------------------------- constants

    bytes32 public constant VERDICT_TYPEHASH = keccak256(
        "InferenceVerdict(uint256 jobId,uint256 disputeId,uint64 batch,bytes32 batchRoot,uint64 record,bytes32 boundHash,uint8 outcome,uint64 blockIndex,uint256 distance,uint256 bound,bytes32 replayDigest)"
    );
    /// @notice Batch roots per commitBatches transaction.
    uint256 public constant MAX_BATCH = 1024;
    /// @notice Records per batch (the record tree's leaf count).
    uint256 public constant MAX_RECORDS = 1 << 32;
    uint256 public constant REVEAL_WINDOW = 1 hours;
    /// @notice A record window shorter than a commit-reveal would make records unchallengeable.
    uint256 public constant MIN_RECORD_WINDOW = 1 hours;
    uint256 public constant ARBITER_SHARE_BPS = 5000;
    uint256 public constant BPS = 10_000;

    // ---------------------------------------------------------------- storage

    struct Commitment {
        uint64 jobId;
        uint64 blockNumber;
        uint64 revealBy;
        uint128 bond;
    }

    IOvigRegistry public immutable registry;
    uint256 public immutable deployBlock;
    uint256 public disputeCount;
    /// @notice Bonds of commitments never revealed in time; they stay locked in the contract.
    uint256 public forfeited;
    mapping(address account => uint256 amount) public credits;
    mapping(uint256 jobId => ServingTerms) internal _terms;
    /// @dev keccak256(commitRoot ‖ uint64 firstBatch ‖ uint64 batchCount ‖ uint64 challengeBy).
    mapping(uint256 jobId => mapping(uint256 commitIndex => bytes32)) internal _commits;
    mapping(uint256 disputeId => InferenceDispute) internal _disputes;
    mapping(address challenger => mapping(bytes32 commitment => Commitment)) internal _commitments;
    /// @dev Keyed by recordKey(jobId, batch, record).
    mapping(bytes32 key => uint256 disputeId) internal _openDispute;
    mapping(bytes32 key => Outcome) internal _recordOutcome;

    // ---------------------------------------------------------------- events

    event ServingOpened(uint256 indexed jobId, address indexed owner, bytes32 boundHash, uint64 recordWindow);
    event BatchesCommitted(
        uint256 indexed jobId,
        uint256 indexed commitIndex,
        uint64 firstBatch,
        uint64 challengeBy,
        bytes32[] roots,
        uint64[] counts
    );
    event ChallengeCommitted(
        address indexed challenger,
        uint256 indexed jobId,
        bytes32 indexed commitment,
        uint256 bond,
        uint64 revealBy
    );
    event CommitmentRefunded(
        address indexed challenger, uint256 indexed jobId, bytes32 indexed commitment, uint256 bond
    );
    event CommitmentForfeited(address indexed challenger, bytes32 indexed commitment, uint256 bond);
    event DisputeOpened(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        address indexed challenger,
        uint64 batch,
        uint64 record,
        bytes32 batchRoot,
        uint64 deadline
    );
    event DisputeResolved(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        uint8 outcome,
        uint64 blockIndex,
        uint256 distance,
        uint256 bound,
        bytes32 replayDigest,
        uint16 signers
    );
    /// @notice Honest: the bond went to the signers and the provider. Otherwise it returned to the
    /// challenger (the registry's JobSlashed carries the reward and the owner's refund).
    event BondSettled(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        address indexed challenger,
        uint256 refund,
        uint256 toProvider,
        uint256 toArbiters
    );
    event DisputeLapsed(uint256 indexed jobId, uint256 indexed disputeId);
    event Withdrawn(address indexed account, uint256 amount);

    // ---------------------------------------------------------------- errors

    error RegistryMismatch(address inference);
    error NotOwner(address caller);
    error NotProvider(address caller);
    error InvalidJobStatus(uint256 jobId, JobStatus status);
    error ServingAlreadyOpen(uint256 jobId);
    error ServingNotOpen(uint256 jobId);
    error InvalidTerms(bytes32 boundHash, uint64 recordWindow);
    /// @dev now + recordWindow + arbitrationWindow would pass the job's windowEnd.
    error ServingClosed(uint256 windowEnd);
    error EmptyBatch();
    error BatchTooLarge(uint256 count);
    error LengthMismatch(uint256 roots, uint256 counts);
    error InvalidRecordCount(uint256 index, uint64 count);
    error UnexpectedFirstBatch(uint64 expected, uint64 got);
    error WrongValue(uint256 expected, uint256 sent);
    error PartyCannotChallenge(address account);
    error CommitmentExists(bytes32 commitment);
    error UnknownCommitment(bytes32 commitment);
    error RevealTooEarly(uint256 commitBlock);
    error RevealTooLate(uint256 revealBy);
    error CommitmentLive(uint256 revealBy);
    error UnknownCommit(uint64 commitIndex);
    error CommitMismatch();
    error BatchNotInCommit(uint64 batch);
    error InvalidProof();
    error RecordOutOfRange(uint64 record, uint64 recordCount);
    error ChallengeWindowClosed(uint64 challengeBy);
    error RecordDisputed(uint256 disputeId);
    error RecordDecided(Outcome outcome);
    error UnknownDispute(uint256 disputeId);
    error DisputeNotOpen(uint256 disputeId, DisputeStatus status);
    error DeadlinePassed(uint256 deadline);
    error CannotLapse(uint256 disputeId);
    error InvalidOutcome(uint8 outcome);
    error InconsistentVerdict(uint8 outcome, uint256 distance, uint256 bound);
    error NotEnoughSignatures(uint256 count, uint256 threshold);
    error TooManySignatures(uint256 count, uint256 arbiters);
    /// @dev code 1 bad length, 2 high s, 3 bad v, 4 unrecoverable.
    error InvalidSignature(uint256 index, uint8 code);
    error SignersNotIncreasing(uint256 index);
    error NotArbiter(uint256 index, address signer);
    error NothingToWithdraw();
    error TransferFailed();

    /// @param registry_ the registry whose immutable `inference` is this contract's address.
    constructor(IOvigRegistry registry_) {
        if (registry_.inference() != address(this)) revert RegistryMismatch(registry_.inference());
        registry = registry_;
        deployBlock = block.number;
    }

    // ---------------------------------------------------------------- serving

    /// @notice The job's owner opens serving of its finalized job, once: the activation bound the
    /// arbiters will judge records by, and how long each committed batch stays challengeable
    /// (MIN_RECORD_WINDOW up to the job's challenge window).
    function openServing(uint256 jobId, bytes32 boundHash, uint64 recordWindow) external {
        JobView memory v = registry.getJob(jobId);
        if (msg.sender != v.owner) revert NotOwner(msg.sender);
        _requireFinalized(jobId, v);
        ServingTerms storage t = _terms[jobId];
        if (t.recordWindow != 0) revert ServingAlreadyOpen(jobId);
        if (boundHash == bytes32(0) || recordWindow < MIN_RECORD_WINDOW || recordWindow > v.challengeWindow) {
            revert InvalidTerms(boundHash, recordWindow);
        }
        t.boundHash = boundHash;
        t.recordWindow = recordWindow;
        emit ServingOpened(jobId, msg.sender, boundHash, recordWindow);
    }

    /// @notice The provider appends batch roots (and their record counts) starting at batch
    /// `firstBatch`, which must be the next batch index: one storage slot per call.
    function commitBatches(
        uint256 jobId,
        uint64 firstBatch,
        bytes32[] calldata roots,
        uint64[] calldata counts
    ) external {
        ServingTerms storage t = _terms[jobId];
        uint64 challengeBy = _commitWindow(jobId, t);
        uint256 n = roots.length;
        if (n == 0) revert EmptyBatch();
        if (n > MAX_BATCH) revert BatchTooLarge(n);
        if (counts.length != n) revert LengthMismatch(n, counts.length);
        uint64 first = t.batches;
        // The caller names where the batch starts, so a resent transaction cannot append twice.
        if (firstBatch != first) revert UnexpectedFirstBatch(first, firstBatch);

        bytes32 commitRoot = _commitRoot(roots, counts);
        uint64 commitIndex = t.commits;
        // n <= MAX_BATCH: the cast is exact.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 n64 = uint64(n);
        _commits[jobId][commitIndex] = keccak256(abi.encodePacked(commitRoot, first, n64, challengeBy));
        t.batches = first + n64;
        t.commits = commitIndex + 1;
        emit BatchesCommitted(jobId, commitIndex, first, challengeBy, roots, counts);
    }

    // ---------------------------------------------------------------- challenges

    /// @notice First half of a challenge: bonds exactly the job's challenger bond behind
    /// `challengeCommitment(msg.sender, jobId, batch, record, salt)`. The job is public, the record is
    /// not; the commitment binds its challenger, so a copied reveal commits its copier to nothing.
    function commitChallenge(uint256 jobId, bytes32 commitment) external payable {
        JobView memory v = registry.getJob(jobId);
        _requireFinalized(jobId, v);
        if (msg.value != v.challengerBond) revert WrongValue(v.challengerBond, msg.value);
        if (msg.sender == v.owner || msg.sender == v.provider || registry.isArbiter(jobId, msg.sender)) {
            revert PartyCannotChallenge(msg.sender);
        }
        Commitment storage cm = _commitments[msg.sender][commitment];
        if (cm.blockNumber != 0) revert CommitmentExists(commitment);
        uint64 revealBy = uint64(block.timestamp + REVEAL_WINDOW);
        // Job ids are a counter and the bond is the job's, both far below the casts' limits.
        // forge-lint: disable-next-line(unsafe-typecast)
        cm.jobId = uint64(jobId);
        cm.blockNumber = uint64(block.number);
        cm.revealBy = revealBy;
        // forge-lint: disable-next-line(unsafe-typecast)
        cm.bond = uint128(msg.value);
        emit ChallengeCommitted(msg.sender, jobId, commitment, msg.value, revealBy);
    }

    /// @notice Second half, in a later block and within REVEAL_WINDOW: opens the dispute on record
    /// `o.record` of batch `o.batch`, proven against its commit and still within its challenge
    /// window. One dispute per record at a time; a decided record cannot be challenged again. On a
    /// job slashed in between, the bond is refunded instead and 0 returned.
    function challenge(uint256 jobId, RecordOpening calldata o, bytes32 salt)
        external
        returns (uint256 disputeId)
    {
        bytes32 commitment = challengeCommitment(msg.sender, jobId, o.batch, o.record, salt);
        Commitment memory cm = _commitments[msg.sender][commitment];
        if (cm.blockNumber == 0) revert UnknownCommitment(commitment);
        if (block.number <= cm.blockNumber) revert RevealTooEarly(cm.blockNumber);
        if (block.timestamp > cm.revealBy) revert RevealTooLate(cm.revealBy);

        JobView memory v = registry.getJob(jobId);
        if (v.status == JobStatus.Fraudulent) {
            delete _commitments[msg.sender][commitment];
            credits[msg.sender] += cm.bond;
            emit CommitmentRefunded(msg.sender, jobId, commitment, cm.bond);
            return 0;
        }
        _requireFinalized(jobId, v);
        _verifyRecord(jobId, o);
        bytes32 key = recordKey(jobId, o.batch, o.record);
        uint256 open = _openDispute[key];
        if (open != 0) revert RecordDisputed(open);
        Outcome decided = _recordOutcome[key];
        if (decided != Outcome.None) revert RecordDecided(decided);

        delete _commitments[msg.sender][commitment];
        // now <= challengeBy and challengeBy + W <= windowEnd (commitBatches): deadline <= windowEnd.
        uint64 deadline = uint64(block.timestamp) + v.arbitrationWindow;
        unchecked {
            disputeId = ++disputeCount;
            _terms[jobId].openDisputes += 1;
        }
        _openDispute[key] = disputeId;
        _disputes[disputeId] = InferenceDispute({
            // forge-lint: disable-next-line(unsafe-typecast)
            jobId: uint64(jobId),
            batch: o.batch,
            record: o.record,
            deadline: deadline,
            challenger: msg.sender,
            status: DisputeStatus.Open,
            outcome: Outcome.None,
            signers: 0,
            batchRoot: o.batchRoot,
            bond: cm.bond
        });
        emit DisputeOpened(jobId, disputeId, msg.sender, o.batch, o.record, o.batchRoot, deadline);
    }

    /// @notice Locks the bond of a commitment that was not revealed by its deadline: speculative
    /// commitments on every record, kept alive to front-run reveals, cost a bond per record per hour.
    function forfeit(address challenger, bytes32 commitment) external {
        Commitment memory cm = _commitments[challenger][commitment];
        if (cm.blockNumber == 0) revert UnknownCommitment(commitment);
        if (block.timestamp <= cm.revealBy) revert CommitmentLive(cm.revealBy);
        delete _commitments[challenger][commitment];
        forfeited += cm.bond;
        emit CommitmentForfeited(challenger, commitment, cm.bond);
    }

    /// @notice Applies a verdict on the disputed record signed by at least the job's threshold of its
    /// arbiters (strictly increasing signer addresses), by the deadline, while the job is Finalized.
    /// Fraud (distance > bound) and Unavailable slash the provider through the registry: the
    /// challenger gets its bond back here and the reward there. Honest (distance <= bound) pays the
    /// bond to the signers (ARBITER_SHARE_BPS) and the provider. The record is decided for good.
    function resolve(uint256 disputeId, InferenceVerdict calldata w, bytes[] calldata signatures) external {
        InferenceDispute storage d = _live(disputeId);
        if (block.timestamp > d.deadline) revert DeadlinePassed(d.deadline);
        uint256 jobId = d.jobId;
        JobView memory v = registry.getJob(jobId);
        _requireFinalized(jobId, v);
        uint8 outcome = w.outcome;
        if (outcome < uint8(Outcome.Fraud) || outcome > uint8(Outcome.Unavailable)) {
            revert InvalidOutcome(outcome);
        }
        if (
            (outcome == uint8(Outcome.Fraud) && w.distance <= w.bound)
                || (outcome == uint8(Outcome.Honest) && w.distance > w.bound)
        ) revert InconsistentVerdict(outcome, w.distance, w.bound);
        address[] memory arbs = registry.getArbiters(jobId);
        uint16 signers = _checkSignatures(arbs, v.threshold, verdictDigest(disputeId, w), signatures);
        _apply(disputeId, d, v.provider, arbs, signers, w);
    }

    /// @notice Closes a dispute without a verdict by its deadline, or at any time one of a job that is
    /// no longer Finalized (slashed through another dispute): the bond returns to the challenger and
    /// the record may be challenged again while its window is open.
    function lapse(uint256 disputeId) external {
        InferenceDispute storage d = _live(disputeId);
        uint256 jobId = d.jobId;
        JobStatus s = registry.getJob(jobId).status;
        if (s == JobStatus.Finalized && block.timestamp <= d.deadline) revert CannotLapse(disputeId);
        d.status = DisputeStatus.Lapsed;
        delete _openDispute[recordKey(jobId, d.batch, d.record)];
        unchecked {
            _terms[jobId].openDisputes -= 1;
        }
        credits[d.challenger] += d.bond;
        emit DisputeLapsed(jobId, disputeId);
        emit BondSettled(jobId, disputeId, d.challenger, d.bond, 0, 0);
    }

    /// @notice Pulls all credited funds of msg.sender (rewards of a slash are the registry's credits).
    function withdraw() external {
        uint256 amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ---------------------------------------------------------------- views

    /// @notice Leaf payload of a batch in its commit's tree: keccak256(batchRoot ‖ uint64 recordCount).
    function batchLeaf(bytes32 batchRoot, uint64 recordCount) public pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, batchRoot)
            mstore(0x20, shl(192, recordCount))
            h := keccak256(0x00, 40)
        }
    }

    function recordKey(uint256 jobId, uint64 batch, uint64 record) public pure returns (bytes32) {
        return keccak256(abi.encode(jobId, batch, record));
    }

    function challengeCommitment(address challenger, uint256 jobId, uint64 batch, uint64 record, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(challenger, jobId, batch, record, salt));
    }

    /// @notice The EIP-712 digest arbiters sign for dispute `disputeId`: InferenceVerdict(jobId,
    /// disputeId, batch, batchRoot, record, boundHash, outcome, blockIndex, distance, bound,
    /// replayDigest), the first five from the dispute and boundHash from the job's serving terms.
    function verdictDigest(uint256 disputeId, InferenceVerdict calldata w) public view returns (bytes32) {
        InferenceDispute storage d = _disputes[disputeId];
        bytes memory head = abi.encode(
            VERDICT_TYPEHASH, d.jobId, disputeId, d.batch, d.batchRoot, d.record, _terms[d.jobId].boundHash
        );
        return _hashTypedData(
            keccak256(
                bytes.concat(head, abi.encode(w.outcome, w.blockIndex, w.distance, w.bound, w.replayDigest))
            )
        );
    }

    function terms(uint256 jobId) external view returns (ServingTerms memory) {
        return _terms[jobId];
    }

    /// @notice keccak256(commitRoot ‖ uint64 firstBatch ‖ uint64 batchCount ‖ uint64 challengeBy), 0 if none.
    function commitOf(uint256 jobId, uint256 commitIndex) external view returns (bytes32) {
        return _commits[jobId][commitIndex];
    }

    function dispute(uint256 disputeId) external view returns (InferenceDispute memory) {
        return _disputes[disputeId];
    }

    /// @notice The record's open dispute (0 if none) and its decided outcome (None if undecided).
    function recordState(uint256 jobId, uint64 batch, uint64 record)
        external
        view
        returns (uint256 disputeId, Outcome outcome)
    {
        bytes32 key = recordKey(jobId, batch, record);
        return (_openDispute[key], _recordOutcome[key]);
    }

    function commitments(address challenger, bytes32 commitment) external view returns (Commitment memory) {
        return _commitments[challenger][commitment];
    }

    // ---------------------------------------------------------------- internals

    /// @dev The caller must be the provider of a Finalized job with serving open, with room for the
    /// record window and an arbitration window before windowEnd; returns the commit's challengeBy.
    function _commitWindow(uint256 jobId, ServingTerms storage t) private view returns (uint64 challengeBy) {
        JobView memory v = registry.getJob(jobId);
        if (msg.sender != v.provider) revert NotProvider(msg.sender);
        // Settled (bond paid out), Fraudulent (bond slashed) or Cancelled: nothing backs a record.
        _requireFinalized(jobId, v);
        uint64 window = t.recordWindow;
        if (window == 0) revert ServingNotOpen(jobId);
        // Every dispute on this commit must be over by the job's windowEnd, when the bond can leave.
        challengeBy = uint64(block.timestamp) + window;
        if (uint256(challengeBy) + v.arbitrationWindow > v.windowEnd) revert ServingClosed(v.windowEnd);
    }

    function _commitRoot(bytes32[] calldata roots, uint64[] calldata counts) private pure returns (bytes32) {
        uint256 n = roots.length;
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            uint64 c = counts[i];
            if (c == 0 || c > MAX_RECORDS) revert InvalidRecordCount(i, c);
            leaves[i] = batchLeaf(roots[i], c);
        }
        return OvigMerkle.computeRoot(leaves);
    }

    function _requireFinalized(uint256 jobId, JobView memory v) private pure {
        if (v.status != JobStatus.Finalized) revert InvalidJobStatus(jobId, v.status);
    }

    /// @dev resolve's effects and its one interaction (the registry's slash, last).
    function _apply(
        uint256 disputeId,
        InferenceDispute storage d,
        address provider,
        address[] memory arbs,
        uint16 signers,
        InferenceVerdict calldata w
    ) private {
        uint256 jobId = d.jobId;
        uint8 outcome = w.outcome;
        d.status = DisputeStatus.Resolved;
        d.outcome = Outcome(outcome);
        d.signers = signers;
        bytes32 key = recordKey(jobId, d.batch, d.record);
        delete _openDispute[key];
        _recordOutcome[key] = Outcome(outcome);
        unchecked {
            _terms[jobId].openDisputes -= 1;
        }
        emit DisputeResolved(
            jobId, disputeId, outcome, w.blockIndex, w.distance, w.bound, w.replayDigest, signers
        );
        uint256 bond = d.bond;
        address challenger = d.challenger;
        if (outcome == uint8(Outcome.Honest)) {
            uint256 toArbiters = _payArbiters(arbs, signers, bond * ARBITER_SHARE_BPS / BPS);
            uint256 toProvider = bond - toArbiters;
            credits[provider] += toProvider;
            emit BondSettled(jobId, disputeId, challenger, 0, toProvider, toArbiters);
        } else {
            credits[challenger] += bond;
            emit BondSettled(jobId, disputeId, challenger, bond, 0, 0);
            // Interaction last; the registry is fixed at deployment and checks the job is Finalized.
            registry.slashForInference(jobId, challenger);
        }
    }

    function _live(uint256 disputeId) private view returns (InferenceDispute storage d) {
        d = _disputes[disputeId];
        if (d.status == DisputeStatus.None) revert UnknownDispute(disputeId);
        if (d.status != DisputeStatus.Open) revert DisputeNotOpen(disputeId, d.status);
    }

    function _verifyRecord(uint256 jobId, RecordOpening calldata o) private view {
        ServingTerms storage t = _terms[jobId];
        if (o.commitIndex >= t.commits) revert UnknownCommit(o.commitIndex);
        bytes32 c = keccak256(abi.encodePacked(o.commitRoot, o.firstBatch, o.batchCount, o.challengeBy));
        if (_commits[jobId][o.commitIndex] != c) revert CommitMismatch();
        if (block.timestamp > o.challengeBy) revert ChallengeWindowClosed(o.challengeBy);
        if (o.batch < o.firstBatch || o.batch - o.firstBatch >= o.batchCount) {
            revert BatchNotInCommit(o.batch);
        }
        bytes32 leaf = batchLeaf(o.batchRoot, o.recordCount);
        if (!OvigMerkle.verify(o.commitRoot, o.batchCount, o.batch - o.firstBatch, leaf, o.proof)) {
            revert InvalidProof();
        }
        if (o.record >= o.recordCount) revert RecordOutOfRange(o.record, o.recordCount);
    }

    function _checkSignatures(address[] memory arbs, uint8 threshold, bytes32 digest, bytes[] calldata sigs)
        private
        pure
        returns (uint16 signers)
    {
        uint256 n = sigs.length;
        if (n < threshold) revert NotEnoughSignatures(n, threshold);
        // Distinct arbiters cannot exceed the set (at most 16): this bounds both loops.
        if (n > arbs.length) revert TooManySignatures(n, arbs.length);
        address last;
        for (uint256 i; i < n; ++i) {
            (address signer, uint8 code) = SigCheck.recover(digest, sigs[i]);
            if (code != 0) revert InvalidSignature(i, code);
            if (signer <= last) revert SignersNotIncreasing(i);
            uint256 k;
            while (k < arbs.length && arbs[k] != signer) ++k;
            if (k == arbs.length) revert NotArbiter(i, signer);
            // k < 16: bit k of a 16-bit map.
            // forge-lint: disable-next-line(unsafe-typecast,incorrect-shift)
            signers |= uint16(1 << k);
            last = signer;
        }
    }

    /// @dev Splits `amount` equally among the signers; returns what was paid (dust goes to the provider).
    function _payArbiters(address[] memory arbs, uint16 signers, uint256 amount)
        private
        returns (uint256 paid)
    {
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
}
// forge-lint: disable-end(block-timestamp)
