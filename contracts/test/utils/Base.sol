// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {OvigRegistry} from "../../src/OvigRegistry.sol";
import {JobParams, JobStatus, JobView, EndpointProof, Dispute, Challenge} from "../../src/OvigTypes.sol";
import {MerkleRef} from "./MerkleRef.sol";

/// @notice Shared fixtures: a registry, actors, arbiter keys, jobs, batch trees, proofs, commit-reveal
/// challenges and verdicts.
abstract contract Base is Test {
    OvigRegistry internal reg;

    address internal owner = makeAddr("owner");
    address internal provider = makeAddr("provider");
    address internal challenger = makeAddr("challenger");
    address internal challenger2 = makeAddr("challenger2");
    address internal stranger = makeAddr("stranger");

    uint256[] internal arbKeys;
    address[] internal arbAddrs;

    uint256 internal constant PAYMENT = 10 ether;
    uint256 internal constant PROVIDER_BOND = 4 ether;
    uint256 internal constant CHALLENGER_BOND = 1 ether;
    uint64 internal constant TOTAL_STEPS = 100;
    uint64 internal constant STRIDE = 10; // N = 10 intervals, 11 endpoints
    uint64 internal constant ACCEPT_WINDOW = 1 days;
    uint64 internal constant TRAIN_WINDOW = 7 days;
    uint64 internal constant CHALLENGE_WINDOW = 2 days;
    uint64 internal constant ARBITRATION_WINDOW = 1 days;
    uint64 internal constant START = 1_700_000_000;
    string internal constant URI = "http://127.0.0.1:8545/evidence";
    bytes32 internal constant BOUNDARY_HASH = keccak256("boundary");
    bytes32 internal constant REPLAY = keccak256("replay");
    /// @dev Verdict numbers: Fraud is beyond the boundary, Honest within it.
    uint256 internal constant BOUNDARY = 1e16;
    uint256 internal constant FAR = 2e16;
    uint256 internal constant NEAR = 5e15;

    uint8 internal constant FRAUD = 1;
    uint8 internal constant HONEST = 2;
    uint8 internal constant UNAVAILABLE = 3;
    /// @dev The step that challengers name unless a test says otherwise (stride 10: steps 0..9).
    uint64 internal constant STEP = 4;

    /// @dev Roots of every committed batch, per job, to build challenge proofs.
    mapping(uint256 jobId => bytes32[][]) internal batchRoots;
    mapping(uint256 jobId => uint64[]) internal batchFirst;
    uint256 internal saltNonce;

    function setUp() public virtual {
        vm.warp(START);
        vm.roll(100);
        reg = new OvigRegistry(address(0));
        for (uint256 i; i < 3; i++) {
            (address a, uint256 k) = makeAddrAndKey(string.concat("arbiter", vm.toString(i)));
            arbKeys.push(k);
            arbAddrs.push(a);
        }
        vm.deal(owner, 1000 ether);
        vm.deal(provider, 1000 ether);
        vm.deal(challenger, 1000 ether);
        vm.deal(challenger2, 1000 ether);
        vm.deal(stranger, 1000 ether);
    }

    // ------------------------------------------------------------ jobs

    function defaultParams() internal view returns (JobParams memory p) {
        p.provider = provider;
        p.manifestHash = keccak256("manifest");
        p.totalSteps = TOTAL_STEPS;
        p.stride = STRIDE;
        p.boundaryHash = BOUNDARY_HASH;
        p.acceptBy = uint64(block.timestamp) + ACCEPT_WINDOW;
        p.finalizeBy = uint64(block.timestamp) + TRAIN_WINDOW;
        p.challengeWindow = CHALLENGE_WINDOW;
        p.arbitrationWindow = ARBITRATION_WINDOW;
        p.providerBond = PROVIDER_BOND;
        p.challengerBond = CHALLENGER_BOND;
        p.arbiters = arbAddrs;
        p.threshold = 2;
    }

    function createJob(JobParams memory p) internal returns (uint256) {
        vm.prank(owner);
        return reg.createJob{value: PAYMENT}(p);
    }

    function createJob() internal returns (uint256) {
        return createJob(defaultParams());
    }

    function acceptJob(uint256 jobId) internal {
        JobView memory v = reg.getJob(jobId);
        vm.prank(v.provider);
        reg.accept{value: v.providerBond}(jobId, URI);
    }

    function acceptedJob() internal returns (uint256 jobId) {
        jobId = createJob();
        acceptJob(jobId);
    }

    function endpointRoot(uint256 jobId, uint256 endpoint) internal pure returns (bytes32) {
        return keccak256(abi.encode("endpoint", jobId, endpoint));
    }

    /// @dev Commits the next `count` endpoint roots as one batch.
    function commitNext(uint256 jobId, uint256 count) internal {
        JobView memory v = reg.getJob(jobId);
        uint64 first = v.committedEndpoints;
        bytes32[] memory roots = new bytes32[](count);
        for (uint256 i; i < count; i++) {
            roots[i] = endpointRoot(jobId, first + i);
        }
        vm.prank(v.provider);
        reg.commitIntervals(jobId, first, roots);
        batchRoots[jobId].push(roots);
        batchFirst[jobId].push(first);
    }

    function commitAll(uint256 jobId, uint256 batchSize) internal {
        JobView memory v = reg.getJob(jobId);
        uint256 left = uint256(v.intervals) + 1 - v.committedEndpoints;
        while (left > 0) {
            uint256 c = left < batchSize ? left : batchSize;
            commitNext(jobId, c);
            left -= c;
        }
    }

    function finalizeJob(uint256 jobId) internal {
        vm.prank(reg.getJob(jobId).provider);
        reg.finalize(jobId, keccak256("final model"));
    }

    /// @dev Created, accepted, all 11 endpoints committed in batches of 4, finalized.
    function finalizedJob() internal returns (uint256 jobId) {
        jobId = acceptedJob();
        commitAll(jobId, 4);
        finalizeJob(jobId);
    }

    // ------------------------------------------------------------ challenges (commit-reveal)

    function opening(uint256 jobId, uint64 endpoint) internal view returns (EndpointProof memory o) {
        uint64[] storage firsts = batchFirst[jobId];
        for (uint256 b; b < firsts.length; b++) {
            bytes32[] storage roots = batchRoots[jobId][b];
            if (endpoint >= firsts[b] && endpoint < firsts[b] + roots.length) {
                bytes32[] memory r = roots;
                o.endpoint = endpoint;
                o.batchIndex = b;
                o.firstIndex = firsts[b];
                o.count = uint64(r.length);
                o.root = r[endpoint - o.firstIndex];
                o.batchRoot = MerkleRef.root(r);
                o.proof = MerkleRef.proof(r, endpoint - o.firstIndex);
                return o;
            }
        }
        revert("endpoint not committed");
    }

    function nextSalt() internal returns (bytes32) {
        return keccak256(abi.encode("salt", ++saltNonce));
    }

    function commitmentOf(address who, uint256 jobId, EndpointProof memory o, bytes32 salt)
        internal
        view
        returns (bytes32)
    {
        return reg.challengeCommitment(who, jobId, o.endpoint, o.root, salt);
    }

    /// @dev First half: `who` bonds the job's challenger bond behind its commitment (this block).
    function commitFor(address who, uint256 jobId, EndpointProof memory o, bytes32 salt)
        internal
        returns (bytes32 commitment)
    {
        commitment = commitmentOf(who, jobId, o, salt);
        uint256 bond = reg.getJob(jobId).challengerBond;
        vm.deal(who, who.balance + bond);
        vm.prank(who);
        reg.commitChallenge{value: bond}(commitment);
    }

    /// @dev Second half: `who` reveals (the caller must have moved to a later block).
    function revealFor(address who, uint256 jobId, EndpointProof memory o, bytes32 salt)
        internal
        returns (uint256)
    {
        vm.prank(who);
        return reg.challenge(jobId, o, salt);
    }

    function nextBlock() internal {
        vm.roll(block.number + 1);
    }

    /// @dev Commit, one block, reveal.
    function challengeWith(address who, EndpointProof memory o, uint256 jobId) internal returns (uint256) {
        bytes32 salt = nextSalt();
        commitFor(who, jobId, o, salt);
        nextBlock();
        return revealFor(who, jobId, o, salt);
    }

    function openChallenge(uint256 jobId, uint64 endpoint, address who) internal returns (uint256) {
        return challengeWith(who, opening(jobId, endpoint), jobId);
    }

    function openChallenge(uint256 jobId, uint64 endpoint) internal returns (uint256) {
        return openChallenge(jobId, endpoint, challenger);
    }

    /// @dev Opens (or joins) a challenge and returns the dispute it stands on.
    function openDispute(uint256 jobId, uint64 endpoint, address who) internal returns (uint256) {
        return reg.challenges(openChallenge(jobId, endpoint, who)).disputeId;
    }

    function openDispute(uint256 jobId, uint64 endpoint) internal returns (uint256) {
        return openDispute(jobId, endpoint, challenger);
    }

    function disputeOf(uint256 challengeId) internal view returns (uint256) {
        return reg.challenges(challengeId).disputeId;
    }

    // ------------------------------------------------------------ step-level disputes

    /// @dev The state root after `j` steps of interval k, as the honest provider reports it: the
    /// committed endpoint roots at both ends, made-up roots between.
    function stateRoot(uint256 jobId, uint64 interval, uint256 j) internal view returns (bytes32) {
        uint64 s = reg.getJob(jobId).stride;
        if (j == 0) return opening(jobId, interval).root;
        if (j == s) return opening(jobId, interval + 1).root;
        return keccak256(abi.encode("state", jobId, interval, j));
    }

    /// @dev The s+1 state roots of interval k an honest provider commits.
    function stepStates(uint256 jobId, uint64 interval) internal view returns (bytes32[] memory states) {
        uint64 s = reg.getJob(jobId).stride;
        states = new bytes32[](s + 1);
        states[0] = opening(jobId, interval).root;
        for (uint256 j = 1; j < s; j++) {
            states[j] = keccak256(abi.encode("state", jobId, interval, j));
        }
        states[s] = opening(jobId, interval + 1).root;
    }

    /// @dev The arguments of a response with the tree over `states` (its first and last leaves proven).
    function responseOf(uint256 disputeId, bytes32[] memory states)
        internal
        view
        returns (bytes32 root, EndpointProof memory start, bytes32[] memory first, bytes32[] memory last)
    {
        Dispute memory d = reg.disputes(disputeId);
        start = opening(d.jobId, d.interval);
        root = MerkleRef.root(states);
        first = MerkleRef.proof(states, 0);
        last = MerkleRef.proof(states, states.length - 1);
    }

    /// @dev The provider responds with the tree over `states`.
    function respondWith(uint256 disputeId, bytes32[] memory states) internal {
        (bytes32 root, EndpointProof memory start, bytes32[] memory first, bytes32[] memory last) =
            responseOf(disputeId, states);
        vm.prank(reg.getJob(reg.disputes(disputeId).jobId).provider);
        reg.respond(disputeId, root, start, first, last);
    }

    /// @dev The provider's response with the tree over `states` reverts with `err`.
    function expectRespondRevert(uint256 disputeId, bytes32[] memory states, bytes memory err) internal {
        (bytes32 root, EndpointProof memory start, bytes32[] memory first, bytes32[] memory last) =
            responseOf(disputeId, states);
        vm.prank(reg.getJob(reg.disputes(disputeId).jobId).provider);
        vm.expectRevert(err);
        reg.respond(disputeId, root, start, first, last);
    }

    /// @dev The honest provider's response: the true step root.
    function respondTo(uint256 disputeId) internal {
        Dispute memory d = reg.disputes(disputeId);
        respondWith(disputeId, stepStates(d.jobId, d.interval));
    }

    /// @dev The challenger of `challengeId` names `step`.
    function nameFor(uint256 challengeId, uint64 step) internal {
        vm.prank(reg.challenges(challengeId).challenger);
        reg.nameStep(challengeId, step);
    }

    /// @dev Brings a dispute to where arbiters can sign: the provider responds (unless it did) and the
    /// leader names STEP (unless some step is named).
    function engage(uint256 disputeId) internal {
        Dispute memory d = reg.disputes(disputeId);
        if (!d.responded) respondTo(disputeId);
        if (d.stepsNamed == 0) nameFor(reg.challengeOf(disputeId, d.leader), STEP);
    }

    /// @dev Moves time past the dispute's nameBy (Honest verdicts and Honest timeouts need it).
    function pastNaming(uint256 disputeId) internal {
        uint64 by = reg.disputes(disputeId).nameBy;
        if (block.timestamp <= by) vm.warp(by + 1);
    }

    // ------------------------------------------------------------ verdicts

    /// @dev A consistent distance for the outcome: beyond the boundary for Fraud, within it otherwise.
    function distanceFor(uint8 outcome) internal pure returns (uint256) {
        return outcome == FRAUD ? FAR : NEAR;
    }

    function digestAt(uint256 disputeId, uint64 step, uint8 outcome, uint256 distance, uint256 boundary)
        internal
        view
        returns (bytes32)
    {
        Dispute memory d = reg.disputes(disputeId);
        return reg.verdictDigest(
            d.jobId, disputeId, d.interval, d.root, d.stepRoot, step, outcome, distance, boundary, REPLAY
        );
    }

    function digestFor(uint256 disputeId, uint8 outcome, uint256 distance, uint256 boundary)
        internal
        view
        returns (bytes32)
    {
        return digestAt(disputeId, STEP, outcome, distance, boundary);
    }

    function digestFor(uint256 disputeId, uint8 outcome) internal view returns (bytes32) {
        return digestFor(disputeId, outcome, distanceFor(outcome), BOUNDARY);
    }

    /// @dev The EIP-712 digest computed here from the typehash in docs/protocol.md, independently of
    /// the contract's verdictDigest, with an explicit boundary hash.
    function typedDigest(
        uint256 jobId,
        uint256 disputeId,
        uint64 interval,
        bytes32 root,
        bytes32 stepRoot,
        uint64 step,
        bytes32 boundaryHash,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest
    ) internal view returns (bytes32) {
        bytes memory head = abi.encode(
            keccak256(
                "Verdict(uint256 jobId,uint256 disputeId,uint64 interval,bytes32 root,bytes32 stepRoot,uint64 step,bytes32 boundaryHash,uint8 outcome,uint256 distance,uint256 boundary,bytes32 replayDigest)"
            ),
            jobId,
            disputeId,
            interval,
            root,
            stepRoot,
            step
        );
        bytes32 structHash = keccak256(
            bytes.concat(head, abi.encode(boundaryHash, outcome, distance, boundary, replayDigest))
        );
        return keccak256(abi.encodePacked(hex"1901", reg.DOMAIN_SEPARATOR(), structHash));
    }

    function sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Signatures of the given keys, ordered by increasing signer address.
    function sortedSigsOf(bytes32 digest, uint256[] memory keys) internal pure returns (bytes[] memory sigs) {
        uint256 n = keys.length;
        address[] memory addrs = new address[](n);
        for (uint256 i; i < n; i++) {
            addrs[i] = vm.addr(keys[i]);
        }
        for (uint256 i; i < n; i++) {
            for (uint256 k = i + 1; k < n; k++) {
                if (addrs[k] < addrs[i]) {
                    (addrs[i], addrs[k]) = (addrs[k], addrs[i]);
                    (keys[i], keys[k]) = (keys[k], keys[i]);
                }
            }
        }
        sigs = new bytes[](n);
        for (uint256 i; i < n; i++) {
            sigs[i] = sign(keys[i], digest);
        }
    }

    /// @dev Signatures of the first `n` arbiters, ordered by increasing address.
    function sortedSigs(bytes32 digest, uint256 n) internal view returns (bytes[] memory) {
        uint256[] memory keys = new uint256[](n);
        for (uint256 i; i < n; i++) {
            keys[i] = arbKeys[i];
        }
        return sortedSigsOf(digest, keys);
    }

    /// @dev Engages the dispute (respond, name STEP) and applies a verdict on STEP signed by the first
    /// `n` arbiters; an Honest one after nameBy.
    function resolveWith(uint256 disputeId, uint8 outcome, uint256 n) internal {
        engage(disputeId);
        resolveAt(disputeId, STEP, outcome, n);
    }

    /// @dev A verdict on `step` (already named) by the first `n` arbiters; an Honest one after nameBy.
    function resolveAt(uint256 disputeId, uint64 step, uint8 outcome, uint256 n) internal {
        if (outcome == HONEST) pastNaming(disputeId);
        bytes[] memory sigs =
            sortedSigs(digestAt(disputeId, step, outcome, distanceFor(outcome), BOUNDARY), n);
        reg.resolve(disputeId, step, outcome, distanceFor(outcome), BOUNDARY, REPLAY, sigs);
    }

    function resolveWith(uint256 disputeId, uint8 outcome) internal {
        resolveWith(disputeId, outcome, 2);
    }

    /// @dev Claims every challenge standing on the dispute (ids are global, so scan them all).
    function claimAll(uint256 disputeId) internal {
        uint256 n = reg.challengeCount();
        for (uint256 id = 1; id <= n; id++) {
            Challenge memory c = reg.challenges(id);
            if (c.disputeId == disputeId && uint8(c.status) == 1) reg.claim(id);
        }
    }

    function status(uint256 jobId) internal view returns (JobStatus) {
        return reg.getJob(jobId).status;
    }
}
