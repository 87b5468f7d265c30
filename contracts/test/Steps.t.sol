// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {MerkleRef} from "./utils/MerkleRef.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {
    JobParams,
    JobStatus,
    EndpointProof,
    Dispute,
    DisputeStatus,
    Challenge,
    ChallengeStatus,
    Outcome
} from "../src/OvigTypes.sol";

/// @notice The step-level game: respond (the provider's per-step states), nameStep (challengers name
/// the step they hold is not an honest one), timeout, and resolve on a named step.
contract StepsTest is Base {
    event StepsCommitted(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, bytes32 stepRoot);
    event StepNamed(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        uint256 indexed challengeId,
        address challenger,
        uint64 step
    );
    event DisputeTimedOut(uint256 indexed jobId, uint256 indexed disputeId, uint64 interval, uint8 outcome);
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

    /// @dev W = 1 day: respondBy = open + 6 h, nameBy = open + 12 h, deadline = open + 24 h.
    uint64 internal constant RESPOND_BY = START + ARBITRATION_WINDOW / 4;
    uint64 internal constant NAME_BY = START + ARBITRATION_WINDOW / 2;
    uint64 internal constant DEADLINE = START + ARBITRATION_WINDOW;

    uint256 internal jobId;
    uint256 internal cid; // the challenger's challenge of interval 3 (endpoint 4)
    uint256 internal did;

    function setUp() public override {
        super.setUp();
        jobId = finalizedJob();
        cid = openChallenge(jobId, 4);
        did = disputeOf(cid);
    }

    /// @dev Responds with `states`, proving leaf 0 and leaf `last` of a tree of states.length leaves.
    function respondRaw(uint256 d, bytes32[] memory states, uint256 last) internal {
        Dispute memory x = reg.disputes(d);
        EndpointProof memory start = opening(x.jobId, x.interval);
        bytes32 root = MerkleRef.root(states);
        bytes32[] memory p0 = MerkleRef.proof(states, 0);
        bytes32[] memory pl = MerkleRef.proof(states, last);
        vm.prank(provider);
        reg.respond(d, root, start, p0, pl);
    }

    function expectRespondReverts(bytes32[] memory states, uint256 last, bytes memory err) internal {
        Dispute memory x = reg.disputes(did);
        EndpointProof memory start = opening(x.jobId, x.interval);
        bytes32 root = MerkleRef.root(states);
        bytes32[] memory p0 = MerkleRef.proof(states, 0);
        bytes32[] memory pl = MerkleRef.proof(states, last);
        vm.prank(provider);
        vm.expectRevert(err);
        reg.respond(did, root, start, p0, pl);
    }

    // ================================================================ respond

    function test_respondRecordsTheStepRoot() public {
        bytes32[] memory states = stepStates(jobId, 3);
        Dispute memory d = reg.disputes(did);
        assertEq(d.respondBy, RESPOND_BY);
        assertEq(d.nameBy, NAME_BY);
        assertEq(d.deadline, DEADLINE);
        assertFalse(d.responded);
        assertEq(d.stepRoot, bytes32(0));
        vm.expectEmit(address(reg));
        emit StepsCommitted(jobId, did, 3, MerkleRef.root(states));
        respondTo(did);
        d = reg.disputes(did);
        assertTrue(d.responded);
        assertEq(d.stepRoot, MerkleRef.root(states));
        assertEq(d.startRoot, endpointRoot(jobId, 3));
        assertEq(d.root, endpointRoot(jobId, 4));
        assertEq(d.stepsNamed, 0);
        assertEq(d.rewarded, address(0));
    }

    /// Interval 0 starts at endpoint 0, which no challenge can name but a response proves.
    function test_respondToIntervalZero() public {
        uint256 d = openDispute(jobId, 1, challenger2);
        respondTo(d);
        assertEq(reg.disputes(d).startRoot, endpointRoot(jobId, 0));
    }

    function test_respondLeafZeroNotTheCommittedStart() public {
        bytes32[] memory states = stepStates(jobId, 3);
        states[0] = keccak256("another start");
        expectRespondReverts(states, STRIDE, abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
    }

    function test_respondLastLeafNotTheDisputedRoot() public {
        bytes32[] memory states = stepStates(jobId, 3);
        states[STRIDE] = keccak256("another end");
        expectRespondReverts(states, STRIDE, abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
    }

    /// The tree must have exactly s + 1 leaves: one state fewer or more fails, whatever its ends.
    function test_respondWrongLeafCount() public {
        bytes32[] memory honest = stepStates(jobId, 3);
        for (uint256 n = 2; n <= 2 * STRIDE + 2; n++) {
            if (n == STRIDE + 1) continue;
            bytes32[] memory states = new bytes32[](n);
            for (uint256 j; j < n - 1; j++) {
                states[j] = j < STRIDE ? honest[j] : keccak256(abi.encode("extra", j));
            }
            states[n - 1] = honest[STRIDE];
            expectRespondReverts(states, n - 1, abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
        }
        // A proof of the last leaf at another position of the right tree fails too.
        expectRespondReverts(honest, STRIDE - 1, abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
    }

    function test_respondStartMustBeEndpointK() public {
        bytes32[] memory states = stepStates(jobId, 3);
        EndpointProof memory wrong = opening(jobId, 4);
        bytes32 root = MerkleRef.root(states);
        bytes32[] memory p0 = MerkleRef.proof(states, 0);
        bytes32[] memory pl = MerkleRef.proof(states, STRIDE);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidEndpoint.selector, 4));
        reg.respond(did, root, wrong, p0, pl);
        // Endpoint k with a root it never committed does not open against the batch.
        EndpointProof memory forged = opening(jobId, 3);
        forged.root = keccak256("forged");
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
        reg.respond(did, root, forged, p0, pl);
    }

    function test_respondByInclusive() public {
        vm.warp(RESPOND_BY);
        respondTo(did);
        uint256 d2 = openDispute(jobId, 6, challenger2);
        uint64 by = reg.disputes(d2).respondBy;
        vm.warp(by + 1);
        bytes32[] memory states = stepStates(jobId, 5);
        EndpointProof memory start = opening(jobId, 5);
        bytes32[] memory p0 = MerkleRef.proof(states, 0);
        bytes32[] memory pl = MerkleRef.proof(states, STRIDE);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, by));
        reg.respond(d2, MerkleRef.root(states), start, p0, pl);
    }

    function test_respondOnlyOnceOnlyByTheProvider() public {
        bytes32[] memory states = stepStates(jobId, 3);
        EndpointProof memory start = opening(jobId, 3);
        bytes32 root = MerkleRef.root(states);
        bytes32[] memory p0 = MerkleRef.proof(states, 0);
        bytes32[] memory pl = MerkleRef.proof(states, STRIDE);
        address[3] memory others = [owner, challenger, arbAddrs[0]];
        for (uint256 i; i < others.length; i++) {
            vm.prank(others[i]);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, others[i]));
            reg.respond(did, root, start, p0, pl);
        }
        vm.prank(provider);
        reg.respond(did, root, start, p0, pl);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.AlreadyResponded.selector, did));
        reg.respond(did, root, start, p0, pl);
    }

    function test_respondNeedsAnOpenDisputeOfAnActiveJob() public {
        uint256 d2 = openDispute(jobId, 6, challenger2);
        resolveWith(did, FRAUD);
        bytes32[] memory states = stepStates(jobId, 5);
        EndpointProof memory start = opening(jobId, 5);
        bytes32[] memory p0 = MerkleRef.proof(states, 0);
        bytes32[] memory pl = MerkleRef.proof(states, STRIDE);
        bytes32 root = MerkleRef.root(states);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        reg.respond(d2, root, start, p0, pl);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DisputeNotOpen.selector, did, DisputeStatus.Resolved)
        );
        reg.respond(did, root, start, p0, pl);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownDispute.selector, 99));
        reg.respond(99, root, start, p0, pl);
    }

    /// Whatever the stride, the true step root is accepted, and a first-leaf proof at any position
    /// but 0 (or a last-leaf proof at any position but s) is refused.
    function testFuzz_respondRanges(uint64 stride, uint256 i, uint256 k) public {
        stride = uint64(bound(stride, 1, 300));
        JobParams memory p = defaultParams();
        p.stride = stride;
        p.totalSteps = 4 * uint64(stride);
        uint256 j = createJob(p);
        acceptJob(j);
        commitAll(j, 2);
        uint256 c = openChallenge(j, 2, challenger2);
        uint256 d = disputeOf(c);
        bytes32[] memory states = stepStates(j, 1);
        i = bound(i, 0, stride);
        k = bound(k, 0, stride);
        EndpointProof memory start = opening(j, 1);
        bytes32 root = MerkleRef.root(states);
        if (i != 0 || k != stride) {
            bytes32[] memory pi = MerkleRef.proof(states, i);
            bytes32[] memory pk = MerkleRef.proof(states, k);
            vm.prank(provider);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
            reg.respond(d, root, start, pi, pk);
        }
        respondWith(d, states);
        assertEq(reg.disputes(d).stepRoot, root);
        // Every step is then nameable, and none beyond.
        uint64 named = uint64(bound(i, 0, stride - 1));
        nameFor(c, named);
        assertEq(reg.stepLeaderOf(d, named), c);
    }

    // ================================================================ nameStep

    function test_nameStepRecordsTheStepAndItsLeader() public {
        respondTo(did);
        vm.expectEmit(address(reg));
        emit StepNamed(jobId, did, cid, challenger, 7);
        nameFor(cid, 7);
        Challenge memory c = reg.challenges(cid);
        assertTrue(c.named);
        assertEq(c.step, 7);
        Dispute memory d = reg.disputes(did);
        assertEq(d.stepsNamed, 1);
        assertEq(reg.stepLeaderOf(did, 7), cid);
        assertEq(reg.stepLeaderOf(did, 6), 0);
    }

    function test_nameStepBeforeRespondRefused() public {
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotResponded.selector, did));
        reg.nameStep(cid, 0);
    }

    function test_nameByInclusive() public {
        respondTo(did);
        uint256 c2 = openChallenge(jobId, 4, challenger2);
        vm.warp(NAME_BY);
        nameFor(cid, 1);
        vm.warp(NAME_BY + 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, NAME_BY));
        reg.nameStep(c2, 1);
    }

    function test_nameStepOutOfRangeTwiceOrByAnother() public {
        respondTo(did);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.StepOutOfRange.selector, STRIDE, STRIDE));
        reg.nameStep(cid, STRIDE);
        vm.prank(challenger);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.StepOutOfRange.selector, type(uint64).max, STRIDE)
        );
        reg.nameStep(cid, type(uint64).max);
        address[4] memory others = [provider, owner, challenger2, arbAddrs[1]];
        for (uint256 i; i < others.length; i++) {
            vm.prank(others[i]);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotChallenger.selector, others[i]));
            reg.nameStep(cid, 2);
        }
        nameFor(cid, STRIDE - 1);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.AlreadyNamed.selector, cid));
        reg.nameStep(cid, 2);
        vm.prank(challenger);
        // An unknown challenge has no challenger.
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotChallenger.selector, challenger));
        reg.nameStep(99, 2);
    }

    function test_nameStepOnClosedDisputeRefused() public {
        uint256 c2 = openChallenge(jobId, 4, challenger2);
        resolveWith(did, FRAUD);
        vm.prank(challenger2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DisputeNotOpen.selector, did, DisputeStatus.Resolved)
        );
        reg.nameStep(c2, 1);
    }

    /// The earliest commitment leads a step whatever the naming order; ties go to the first namer;
    /// distinct steps are counted once.
    function test_stepLeaderIsTheEarliestCommitment() public {
        // challenger committed first (setUp). A stranger and challenger2 commit in one later block.
        EndpointProof memory o = opening(jobId, 4);
        bytes32 s1 = nextSalt();
        bytes32 s2 = nextSalt();
        commitFor(stranger, jobId, o, s1);
        commitFor(challenger2, jobId, o, s2);
        nextBlock();
        uint256 cs = revealFor(stranger, jobId, o, s1);
        uint256 c2 = revealFor(challenger2, jobId, o, s2);
        respondTo(did);
        nameFor(c2, 5);
        assertEq(reg.stepLeaderOf(did, 5), c2);
        nameFor(cs, 5); // same commit block: the first namer keeps the lead
        assertEq(reg.stepLeaderOf(did, 5), c2);
        nameFor(cid, 5); // earlier commitment takes it
        assertEq(reg.stepLeaderOf(did, 5), cid);
        assertEq(reg.disputes(did).stepsNamed, 1);
        assertEq(reg.disputes(did).leader, challenger);
    }

    function test_stepsNamedCountsDistinctSteps() public {
        uint256 c2 = openChallenge(jobId, 4, challenger2);
        uint256 c3 = openChallenge(jobId, 4, stranger);
        respondTo(did);
        nameFor(cid, 0);
        nameFor(c2, 9);
        nameFor(c3, 0);
        assertEq(reg.disputes(did).stepsNamed, 2);
        assertEq(reg.stepLeaderOf(did, 0), cid);
        assertEq(reg.stepLeaderOf(did, 9), c2);
    }

    function testFuzz_nameStepRange(uint64 step, uint64 dt) public {
        respondTo(did);
        dt = uint64(bound(dt, 0, ARBITRATION_WINDOW));
        vm.warp(START + dt);
        bool late = START + dt > NAME_BY;
        vm.prank(challenger);
        if (late) {
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, NAME_BY));
        } else if (step >= STRIDE) {
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.StepOutOfRange.selector, step, STRIDE));
        }
        reg.nameStep(cid, step);
        bool ok = !late && step < STRIDE;
        assertEq(reg.challenges(cid).named, ok);
        assertEq(reg.stepLeaderOf(did, step), ok ? cid : 0);
    }

    /// The windows follow W at open, all inclusive, even for tiny windows (W < 4: respond in the
    /// opening block's second).
    function testFuzz_windowsFollowTheArbitrationWindow(uint64 w, uint64 openAt) public {
        w = uint64(bound(w, 1, 14 days));
        JobParams memory p = defaultParams();
        p.arbitrationWindow = w;
        uint256 j = createJob(p);
        acceptJob(j);
        commitAll(j, 11);
        openAt = uint64(bound(openAt, START, START + TRAIN_WINDOW));
        vm.warp(openAt);
        uint256 d = openDispute(j, 3);
        Dispute memory x = reg.disputes(d);
        assertEq(x.respondBy, openAt + w / 4);
        assertEq(x.nameBy, openAt + w / 2);
        assertEq(x.deadline, openAt + w);
        vm.warp(x.respondBy);
        respondTo(d);
        vm.warp(x.nameBy);
        nameFor(reg.challengeOf(d, challenger), 0);
    }

    // ================================================================ timeout

    function test_timeoutWithoutResponseSlashesAndRewardsTheLeader() public {
        uint256 c2 = openChallenge(jobId, 4, challenger2);
        vm.warp(RESPOND_BY);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotTimeout.selector, did));
        reg.timeout(did);
        vm.warp(RESPOND_BY + 1);
        vm.expectEmit(address(reg));
        emit DisputeTimedOut(jobId, did, 3, UNAVAILABLE);
        vm.expectEmit(address(reg));
        emit DisputeResolved(jobId, did, 3, UNAVAILABLE, 0, 0, bytes32(0), 0);
        vm.expectEmit(address(reg));
        emit JobSlashed(jobId, did, challenger, PROVIDER_BOND / 2, PROVIDER_BOND / 2 + PAYMENT);
        vm.prank(stranger); // anyone
        reg.timeout(did);
        Dispute memory d = reg.disputes(did);
        assertEq(uint8(d.status), uint8(DisputeStatus.Resolved));
        assertEq(uint8(d.outcome), uint8(Outcome.Unavailable));
        assertEq(d.signers, 0);
        assertEq(d.rewarded, challenger);
        assertEq(uint8(reg.intervalOutcome(jobId, 3)), uint8(Outcome.Unavailable));
        assertEq(reg.openDisputeOf(jobId, 3), 0);
        assertEq(reg.getJob(jobId).openDisputes, 0);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
        reg.claim(cid);
        reg.claim(c2);
        assertEq(reg.credits(challenger), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(challenger2), CHALLENGER_BOND);
        assertEq(reg.credits(provider), 0);
    }

    function test_timeoutAfterResponseWithNothingNamedIsHonest() public {
        uint256 c2 = openChallenge(jobId, 4, challenger2);
        respondTo(did);
        vm.warp(RESPOND_BY + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotTimeout.selector, did));
        reg.timeout(did);
        vm.warp(NAME_BY);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotTimeout.selector, did));
        reg.timeout(did);
        vm.warp(NAME_BY + 1);
        vm.expectEmit(address(reg));
        emit DisputeTimedOut(jobId, did, 3, HONEST);
        reg.timeout(did);
        Dispute memory d = reg.disputes(did);
        assertEq(uint8(d.outcome), uint8(Outcome.Honest));
        assertEq(d.rewarded, address(0));
        assertEq(uint8(reg.intervalOutcome(jobId, 3)), uint8(Outcome.Honest));
        assertEq(uint8(status(jobId)), uint8(JobStatus.Finalized));
        reg.claim(cid);
        reg.claim(c2);
        // No signers: every bond goes to the provider.
        assertEq(reg.credits(provider), 2 * CHALLENGER_BOND);
        assertEq(reg.credits(challenger), 0);
        assertEq(arbAddrsCredits(), 0);
    }

    function test_timeoutRefusedOnceAStepIsNamed() public {
        respondTo(did);
        nameFor(cid, 3);
        vm.warp(NAME_BY + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotTimeout.selector, did));
        reg.timeout(did);
        vm.warp(DEADLINE + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, DEADLINE));
        reg.timeout(did);
        // Past the deadline it lapses like any dispute without a verdict.
        reg.lapse(did);
        reg.claim(cid);
        assertEq(reg.credits(challenger), CHALLENGER_BOND);
    }

    function test_timeoutByTheDeadlineOnly() public {
        vm.warp(DEADLINE);
        reg.timeout(did);
        uint256 j2 = finalizedJob();
        uint256 d2 = openDispute(j2, 2);
        vm.warp(reg.disputes(d2).deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, reg.disputes(d2).deadline)
        );
        reg.timeout(d2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DisputeNotOpen.selector, did, DisputeStatus.Resolved)
        );
        reg.timeout(did);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownDispute.selector, 99));
        reg.timeout(99);
    }

    function test_timeoutOnInactiveJobRefused() public {
        uint256 d2 = openDispute(jobId, 6, challenger2);
        resolveWith(did, FRAUD);
        vm.warp(RESPOND_BY + 1);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        reg.timeout(d2);
        reg.lapse(d2);
    }

    // ================================================================ resolve on a step

    function test_resolveNeedsAResponse() public {
        bytes[] memory sigs = sortedSigs(digestFor(did, FRAUD), 2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotResponded.selector, did));
        reg.resolve(did, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sigs);
    }

    function test_verdictOnUnnamedStepRefused() public {
        engage(did); // names STEP
        pastNaming(did);
        for (uint8 o = FRAUD; o <= UNAVAILABLE; o++) {
            bytes[] memory sigs = sortedSigs(digestAt(did, STEP + 1, o, distanceFor(o), BOUNDARY), 2);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.StepNotNamed.selector, did, STEP + 1));
            reg.resolve(did, STEP + 1, o, distanceFor(o), BOUNDARY, REPLAY, sigs);
        }
        // A signature over another step does not pass for the named one.
        bytes[] memory other = sortedSigs(digestAt(did, STEP + 1, FRAUD, FAR, BOUNDARY), 2);
        vm.expectRevert();
        reg.resolve(did, STEP, FRAUD, FAR, BOUNDARY, REPLAY, other);
        resolveAt(did, STEP, FRAUD, 2);
    }

    function test_honestBeforeNameByRefused() public {
        engage(did);
        bytes[] memory sigs = sortedSigs(digestFor(did, HONEST), 2);
        vm.warp(NAME_BY);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, NAME_BY));
        reg.resolve(did, STEP, HONEST, NEAR, BOUNDARY, REPLAY, sigs);
        vm.warp(NAME_BY + 1);
        reg.resolve(did, STEP, HONEST, NEAR, BOUNDARY, REPLAY, sigs);
        assertEq(uint8(reg.disputes(did).outcome), uint8(Outcome.Honest));
    }

    function test_fraudAndUnavailableAsSoonAsSigned() public {
        engage(did);
        resolveAt(did, STEP, FRAUD, 2);
        assertEq(block.timestamp, START);
        uint256 j2 = finalizedJob();
        uint256 d2 = openDispute(j2, 2);
        engage(d2);
        resolveAt(d2, STEP, UNAVAILABLE, 2);
        assertEq(uint8(status(j2)), uint8(JobStatus.Fraudulent));
        assertEq(reg.disputes(d2).rewarded, challenger);
    }

    /// The verdict binds the step root: a response cannot be swapped under signed verdicts, and the
    /// registry reads it from storage.
    function test_verdictBindsTheStepRoot() public {
        engage(did);
        Dispute memory d = reg.disputes(did);
        bytes32 signed = reg.verdictDigest(
            jobId, did, d.interval, d.root, keccak256("other step root"), STEP, FRAUD, FAR, BOUNDARY, REPLAY
        );
        bytes[] memory sigs = sortedSigs(signed, 2);
        vm.expectRevert();
        reg.resolve(did, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sigs);
        bytes32 typed = typedDigest(
            jobId, did, d.interval, d.root, d.stepRoot, STEP, BOUNDARY_HASH, FRAUD, FAR, BOUNDARY, REPLAY
        );
        assertEq(typed, digestFor(did, FRAUD));
    }

    function arbAddrsCredits() internal view returns (uint256 s) {
        for (uint256 i; i < arbAddrs.length; i++) {
            s += reg.credits(arbAddrs[i]);
        }
    }
}
