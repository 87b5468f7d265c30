// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./Base.sol";
import {MerkleRef} from "./MerkleRef.sol";
import {OvigRegistry} from "../../src/OvigRegistry.sol";
import {
    OvigInference,
    IOvigRegistry,
    RecordOpening,
    InferenceVerdict,
    InferenceDispute
} from "../../src/OvigInference.sol";

/// @notice A registry wired to an OvigInference, a finalized job with serving open, batches of
/// records committed and opened, commit-reveal challenges and signed inference verdicts.
abstract contract InferenceBase is Base {
    OvigInference internal inf;

    bytes32 internal constant BOUND_HASH = keccak256("inference bound");
    uint64 internal constant RECORD_WINDOW = 12 hours;

    struct Commit {
        uint64 firstBatch;
        uint64 challengeBy;
        bytes32[] roots;
        uint64[] counts;
    }

    mapping(uint256 jobId => Commit[]) internal commitLog;
    uint256 internal inferenceSaltNonce;

    function setUp() public virtual override {
        super.setUp();
        // The registry names the inference contract before it exists: the next CREATE address.
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        reg = new OvigRegistry(predicted);
        inf = new OvigInference(IOvigRegistry(address(reg)));
        assertEq(address(inf), predicted);
    }

    /// @dev A finalized job whose owner opened serving.
    function servingJob() internal returns (uint256 jobId) {
        jobId = finalizedJob();
        vm.prank(owner);
        inf.openServing(jobId, BOUND_HASH, RECORD_WINDOW);
    }

    function recordPayload(uint256 jobId, uint256 batch, uint256 i) internal pure returns (bytes32) {
        return keccak256(abi.encode("record", jobId, batch, i));
    }

    function batchRootOf(uint256 jobId, uint256 batch, uint64 count) internal pure returns (bytes32) {
        bytes32[] memory p = new bytes32[](count);
        for (uint256 i; i < count; i++) {
            p[i] = recordPayload(jobId, batch, i);
        }
        return MerkleRef.root(p);
    }

    /// @dev Commits `n` batches of `perBatch` records each as the provider.
    function commitBatchesOf(uint256 jobId, uint256 n, uint64 perBatch) internal {
        uint64 first = inf.terms(jobId).batches;
        bytes32[] memory roots = new bytes32[](n);
        uint64[] memory counts = new uint64[](n);
        for (uint256 i; i < n; i++) {
            counts[i] = perBatch;
            roots[i] = batchRootOf(jobId, first + i, perBatch);
        }
        vm.prank(provider);
        inf.commitBatches(jobId, first, roots, counts);
        Commit storage c = commitLog[jobId].push();
        c.firstBatch = first;
        c.challengeBy = uint64(block.timestamp) + RECORD_WINDOW;
        c.roots = roots;
        c.counts = counts;
    }

    function leavesOf(Commit storage c) internal view returns (bytes32[] memory leaves) {
        leaves = new bytes32[](c.roots.length);
        for (uint256 i; i < leaves.length; i++) {
            leaves[i] = inf.batchLeaf(c.roots[i], c.counts[i]);
        }
    }

    function openingOf(uint256 jobId, uint64 batch, uint64 record)
        internal
        view
        returns (RecordOpening memory o)
    {
        Commit[] storage log = commitLog[jobId];
        for (uint256 k; k < log.length; k++) {
            Commit storage c = log[k];
            if (batch >= c.firstBatch && batch < c.firstBatch + c.roots.length) {
                bytes32[] memory leaves = leavesOf(c);
                uint256 at = batch - c.firstBatch;
                o.commitIndex = uint64(k);
                o.commitRoot = MerkleRef.root(leaves);
                o.firstBatch = c.firstBatch;
                o.batchCount = uint64(c.roots.length);
                o.challengeBy = c.challengeBy;
                o.batch = batch;
                o.batchRoot = c.roots[at];
                o.recordCount = c.counts[at];
                o.proof = MerkleRef.proof(leaves, at);
                o.record = record;
                return o;
            }
        }
        revert("no such batch");
    }

    function newSalt() internal returns (bytes32) {
        return keccak256(abi.encode("inference salt", ++inferenceSaltNonce));
    }

    function commitInference(address who, uint256 jobId, uint64 batch, uint64 record, bytes32 salt)
        internal
        returns (bytes32 cm)
    {
        cm = inf.challengeCommitment(who, jobId, batch, record, salt);
        uint256 bond = reg.getJob(jobId).challengerBond;
        vm.prank(who);
        inf.commitChallenge{value: bond}(jobId, cm);
    }

    /// @dev Commit, next block, reveal: the dispute id.
    function challengeRecord(address who, uint256 jobId, uint64 batch, uint64 record)
        internal
        returns (uint256)
    {
        bytes32 salt = newSalt();
        commitInference(who, jobId, batch, record, salt);
        nextBlock();
        RecordOpening memory o = openingOf(jobId, batch, record);
        vm.prank(who);
        return inf.challenge(jobId, o, salt);
    }

    function verdict(uint8 outcome) internal pure returns (InferenceVerdict memory w) {
        w.outcome = outcome;
        w.blockIndex = 1;
        w.distance = outcome == HONEST ? NEAR : (outcome == FRAUD ? FAR : 0);
        w.bound = BOUNDARY;
        w.replayDigest = REPLAY;
    }

    /// @dev The EIP-712 digest computed independently of the contract's verdictDigest.
    function inferenceDigest(
        address verifying,
        uint256 chainId,
        InferenceDispute memory d,
        uint256 disputeId,
        InferenceVerdict memory w
    ) internal pure returns (bytes32) {
        bytes32 typehash = keccak256(
            "InferenceVerdict(uint256 jobId,uint256 disputeId,uint64 batch,bytes32 batchRoot,uint64 record,bytes32 boundHash,uint8 outcome,uint64 blockIndex,uint256 distance,uint256 bound,bytes32 replayDigest)"
        );
        bytes32 structHash = keccak256(
            bytes.concat(
                abi.encode(typehash, uint256(d.jobId), disputeId, d.batch, d.batchRoot, d.record, BOUND_HASH),
                abi.encode(w.outcome, w.blockIndex, w.distance, w.bound, w.replayDigest)
            )
        );
        bytes32 sep = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("ovig"),
                keccak256("1"),
                chainId,
                verifying
            )
        );
        return keccak256(abi.encodePacked(hex"1901", sep, structHash));
    }

    function inferenceSigs(uint256 disputeId, InferenceVerdict memory w, uint256 n)
        internal
        view
        returns (bytes[] memory)
    {
        bytes32 digest = inferenceDigest(address(inf), block.chainid, inf.dispute(disputeId), disputeId, w);
        return sortedSigs(digest, n);
    }

    function resolveInference(uint256 disputeId, uint8 outcome) internal {
        InferenceVerdict memory w = verdict(outcome);
        inf.resolve(disputeId, w, inferenceSigs(disputeId, w, 2));
    }
}
