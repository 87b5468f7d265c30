// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
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

contract ChallengesTest is Base {
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
    event CommitmentForfeited(address indexed challenger, bytes32 indexed commitment, uint256 bond);

    function test_commitRecordsBondBlockAndDeadline() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 6);
        bytes32 salt = nextSalt();
        bytes32 cm = commitmentOf(challenger, jobId, o, salt);
        assertEq(cm, keccak256(abi.encode(challenger, jobId, o.endpoint, o.root, salt)));
        vm.expectEmit(address(reg));
        emit ChallengeCommitted(challenger, cm, CHALLENGER_BOND, START + 1 hours);
        vm.prank(challenger);
        reg.commitChallenge{value: CHALLENGER_BOND}(cm);
        (uint256 bond, uint64 blockNumber, uint64 revealBy) = reg.commitments(challenger, cm);
        assertEq(bond, CHALLENGER_BOND);
        assertEq(blockNumber, block.number);
        assertEq(revealBy, START + reg.REVEAL_WINDOW());
        assertEq(address(reg).balance, PAYMENT + PROVIDER_BOND + CHALLENGER_BOND);
        // Commitments are per challenger: the same hash under another address is a different slot.
        (bond,,) = reg.commitments(challenger2, cm);
        assertEq(bond, 0);
    }

    function test_commitRejectsZeroTooLargeAndDuplicate() public {
        vm.prank(challenger);
        vm.expectRevert(OvigRegistry.ZeroBond.selector);
        reg.commitChallenge(bytes32(uint256(1)));
        uint256 huge = uint256(type(uint128).max) + 1;
        vm.deal(challenger, huge);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.BondTooLarge.selector, huge));
        reg.commitChallenge{value: huge}(bytes32(uint256(1)));
        vm.startPrank(challenger);
        reg.commitChallenge{value: 1}(bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CommitmentExists.selector, bytes32(uint256(1))));
        reg.commitChallenge{value: 1}(bytes32(uint256(1)));
        vm.stopPrank();
    }

    function test_openRecordsEverything() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 6);
        bytes32 salt = nextSalt();
        bytes32 cm = commitFor(challenger, jobId, o, salt);
        uint64 commitBlock = uint64(block.number);
        nextBlock();
        vm.expectEmit(address(reg));
        emit DisputeOpened(jobId, 1, 5, 6, o.root, START + ARBITRATION_WINDOW);
        vm.expectEmit(address(reg));
        emit ChallengeOpened(jobId, 1, 1, challenger, 5, commitBlock);
        uint256 id = revealFor(challenger, jobId, o, salt);
        assertEq(id, 1);
        assertEq(reg.challengeCount(), 1);
        assertEq(reg.disputeCount(), 1);
        (uint256 bond,,) = reg.commitments(challenger, cm);
        assertEq(bond, 0, "commitment consumed");

        Challenge memory c = reg.challenges(id);
        assertEq(c.jobId, jobId);
        assertEq(c.disputeId, 1);
        assertEq(c.challenger, challenger);
        assertEq(c.interval, 5);
        assertEq(c.commitBlock, commitBlock);
        assertEq(uint8(c.status), uint8(ChallengeStatus.Open));
        assertEq(c.bond, CHALLENGER_BOND);
        assertFalse(c.named);
        assertEq(c.step, 0);

        Dispute memory d = reg.disputes(1);
        assertEq(d.jobId, jobId);
        assertEq(d.interval, 5);
        assertEq(d.deadline, START + ARBITRATION_WINDOW);
        assertEq(uint8(d.status), uint8(DisputeStatus.Open));
        assertEq(uint8(d.outcome), uint8(Outcome.None));
        assertEq(d.root, endpointRoot(jobId, 6));
        assertEq(d.leader, challenger);
        assertEq(d.leaderCommitBlock, commitBlock);
        assertEq(d.challenges, 1);
        assertEq(d.signers, 0);
        // The step-level game starts: the provider has until respondBy, challengers until nameBy.
        assertEq(d.respondBy, START + ARBITRATION_WINDOW / 4);
        assertEq(d.nameBy, START + ARBITRATION_WINDOW / 2);
        assertFalse(d.responded);
        assertEq(d.startRoot, bytes32(0));
        assertEq(d.stepRoot, bytes32(0));
        assertEq(d.stepsNamed, 0);
        assertEq(d.rewarded, address(0));
        assertEq(reg.openDisputeOf(jobId, 5), 1);
        assertEq(reg.getJob(jobId).openDisputes, 1);
        assertEq(address(reg).balance, PAYMENT + PROVIDER_BOND + CHALLENGER_BOND);
    }

    function test_everyEndpointChallengeable() public {
        uint256 jobId = finalizedJob();
        for (uint64 e = 1; e <= 10; e++) {
            uint256 d = openDispute(jobId, e, e % 2 == 0 ? challenger : challenger2);
            assertEq(reg.openDisputeOf(jobId, e - 1), d);
        }
        assertEq(reg.getJob(jobId).openDisputes, 10);
        assertEq(reg.disputeCount(), 10);
    }

    function test_challengeBeforeFinalize() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 3);
        uint256 id = openChallenge(jobId, 2);
        assertEq(reg.challenges(id).interval, 1);
    }

    function test_revealTooLateOrUnknown() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        bytes32 cm = commitFor(challenger, jobId, o, salt);
        nextBlock();
        bytes32 unknown = commitmentOf(challenger, jobId, o, bytes32(0));
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownCommitment.selector, unknown));
        reg.challenge(jobId, o, bytes32(0));
        vm.warp(START + 1 hours + 1);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.RevealTooLate.selector, START + 1 hours));
        reg.challenge(jobId, o, salt);
        // The last second of the reveal window still works.
        vm.warp(START + 1 hours);
        revealFor(challenger, jobId, o, salt);
        (uint256 bond,,) = reg.commitments(challenger, cm);
        assertEq(bond, 0);
    }

    function test_forfeitUnrevealed() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        bytes32 cm = commitFor(challenger, jobId, o, salt);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CommitmentLive.selector, START + 1 hours));
        reg.forfeit(challenger, cm);
        vm.warp(START + 1 hours + 1);
        vm.expectEmit(address(reg));
        emit CommitmentForfeited(challenger, cm, CHALLENGER_BOND);
        vm.prank(stranger); // anyone
        reg.forfeit(challenger, cm);
        assertEq(reg.forfeited(), CHALLENGER_BOND);
        assertEq(reg.credits(challenger), 0);
        assertEq(reg.credits(stranger), 0);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownCommitment.selector, cm));
        reg.forfeit(challenger, cm);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownCommitment.selector, cm));
        reg.challenge(jobId, o, salt);
        assertEq(address(reg).balance, PAYMENT + PROVIDER_BOND + CHALLENGER_BOND, "the bond stays locked");
    }

    function test_rejectsEndpointZeroAndBeyondN() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 0);
        bytes32 salt = nextSalt();
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidEndpoint.selector, 0));
        reg.challenge(jobId, o, salt);

        o = opening(jobId, 10);
        o.endpoint = 11;
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidEndpoint.selector, 11));
        reg.challenge(jobId, o, salt);
    }

    function test_rejectsUncommittedEndpoint() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 4);
        EndpointProof memory o = opening(jobId, 3);
        o.endpoint = 5;
        bytes32 salt = nextSalt();
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        o.batchIndex = 1;
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownBatch.selector, 1));
        reg.challenge(jobId, o, salt);
        o.batchIndex = 0;
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.EndpointNotInBatch.selector, 5, 0, 4));
        reg.challenge(jobId, o, salt);
    }

    function test_rejectsWrongBond() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        bytes32 cm = commitmentOf(challenger, jobId, o, salt);
        vm.prank(challenger);
        reg.commitChallenge{value: CHALLENGER_BOND - 1}(cm);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.WrongValue.selector, CHALLENGER_BOND, CHALLENGER_BOND - 1)
        );
        reg.challenge(jobId, o, salt);
    }

    function test_rejectsBatchMismatch() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        vm.startPrank(challenger);
        EndpointProof memory bad = opening(jobId, 2);
        bad.batchRoot = keccak256("x");
        vm.expectRevert(OvigRegistry.BatchMismatch.selector);
        reg.challenge(jobId, bad, salt);
        // Lying about the count (to move a leaf to a phantom slot) breaks the commitment.
        bad = opening(jobId, 2);
        bad.count = 8;
        vm.expectRevert(OvigRegistry.BatchMismatch.selector);
        reg.challenge(jobId, bad, salt);
        bad = opening(jobId, 2);
        bad.batchIndex += 1;
        vm.expectRevert(OvigRegistry.BatchMismatch.selector);
        reg.challenge(jobId, bad, salt);
        // A failed reveal leaves the commitment in place.
        reg.challenge(jobId, o, salt);
        vm.stopPrank();
    }

    function test_rejectsBadProof() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 2);
        o.root = keccak256("other root");
        bytes32 salt = nextSalt();
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge(jobId, o, salt);
        // Right root, wrong endpoint in the same batch.
        o = opening(jobId, 2);
        o.endpoint = 3;
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge(jobId, o, salt);
        o = opening(jobId, 2);
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        o.proof[0] = bytes32(uint256(o.proof[0]) ^ 1);
        vm.prank(challenger);
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge(jobId, o, salt);
    }

    function test_partiesCannotChallenge() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 4);
        address[5] memory parties = [owner, provider, arbAddrs[0], arbAddrs[1], arbAddrs[2]];
        for (uint256 i; i < parties.length; i++) {
            bytes32 salt = nextSalt();
            commitFor(parties[i], jobId, o, salt);
            nextBlock();
            vm.prank(parties[i]);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.PartyCannotChallenge.selector, parties[i]));
            reg.challenge(jobId, o, salt);
        }
        assertEq(reg.getJob(jobId).openDisputes, 0);
    }

    function test_manyChallengesJoinOneDispute() public {
        uint256 jobId = finalizedJob();
        uint256 a = openChallenge(jobId, 4, challenger);
        uint256 b = openChallenge(jobId, 4, challenger2);
        uint256 c = openChallenge(jobId, 4, stranger);
        uint256 d = disputeOf(a);
        assertEq(disputeOf(b), d);
        assertEq(disputeOf(c), d);
        assertEq(reg.disputeCount(), 1);
        assertEq(reg.disputes(d).challenges, 3);
        assertEq(reg.disputes(d).leader, challenger, "the earliest commitment leads");
        assertEq(reg.getJob(jobId).openDisputes, 1);
        assertEq(address(reg).balance, PAYMENT + PROVIDER_BOND + 3 * CHALLENGER_BOND);
        // One stand per challenger per dispute.
        EndpointProof memory o = opening(jobId, 4);
        bytes32 salt = nextSalt();
        commitFor(challenger, jobId, o, salt);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.AlreadyChallenged.selector, d, a));
        reg.challenge(jobId, o, salt);
        assertEq(reg.challengeOf(d, challenger), a);
        assertEq(reg.challengeOf(d, challenger2), b);
        assertEq(reg.challengeOf(d, owner), 0);
        // Another interval is another dispute.
        assertTrue(openDispute(jobId, 5, challenger2) != d);
    }

    function test_earliestCommitmentLeadsWhateverTheRevealOrder() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 4);
        bytes32 s1 = nextSalt();
        bytes32 s2 = nextSalt();
        commitFor(challenger, jobId, o, s1); // block 100
        nextBlock();
        commitFor(challenger2, jobId, o, s2); // block 101
        nextBlock();
        uint256 late = revealFor(challenger2, jobId, o, s2);
        uint256 d = disputeOf(late);
        assertEq(reg.disputes(d).leader, challenger2);
        revealFor(challenger, jobId, o, s1);
        assertEq(reg.disputes(d).leader, challenger, "an earlier commitment takes the lead");
        assertEq(reg.disputes(d).leaderCommitBlock, 100);
    }

    function test_sameBlockCommitmentsFirstRevealLeads() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 4);
        bytes32 s1 = nextSalt();
        bytes32 s2 = nextSalt();
        commitFor(challenger, jobId, o, s1);
        commitFor(challenger2, jobId, o, s2);
        nextBlock();
        uint256 d = disputeOf(revealFor(challenger2, jobId, o, s2));
        revealFor(challenger, jobId, o, s1);
        assertEq(reg.disputes(d).leader, challenger2);
    }

    function test_lapseReopensInterval() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, 4);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        reg.lapse(d);
        assertEq(reg.openDisputeOf(jobId, 3), 0);
        assertEq(uint8(reg.disputes(d).status), uint8(DisputeStatus.Lapsed));
        assertEq(uint8(reg.intervalOutcome(jobId, 3)), uint8(Outcome.None));
        uint256 d2 = openDispute(jobId, 4, challenger2);
        assertEq(reg.openDisputeOf(jobId, 3), d2);
        assertEq(d2, d + 1);
        assertEq(reg.disputes(d2).deadline, START + 2 * ARBITRATION_WINDOW + 1);
    }

    function test_decidedIntervalCannotBeChallengedAgain() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, 4);
        resolveWith(d, HONEST);
        assertEq(reg.openDisputeOf(jobId, 3), 0);
        assertEq(reg.getJob(jobId).openDisputes, 0);
        assertEq(uint8(reg.intervalOutcome(jobId, 3)), uint8(Outcome.Honest));
        EndpointProof memory o = opening(jobId, 4);
        bytes32 salt = nextSalt();
        commitFor(challenger2, jobId, o, salt);
        nextBlock();
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.IntervalDecided.selector, 3, Outcome.Honest));
        reg.challenge(jobId, o, salt);
        // Other intervals stay open to challenge.
        openChallenge(jobId, 5, challenger2);
    }

    function test_noChallengeOnClosedJobs() public {
        uint256 jobId = finalizedJob();
        resolveWith(openDispute(jobId, 1), FRAUD);
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        bytes32 cm = commitFor(challenger2, jobId, o, salt);
        nextBlock();
        // Slashed between commitment and reveal: the bond comes back, no challenge opens.
        uint256 before = reg.credits(challenger2);
        vm.prank(challenger2);
        vm.expectEmit(address(reg));
        emit OvigRegistry.CommitmentRefunded(challenger2, cm, jobId, CHALLENGER_BOND);
        assertEq(reg.challenge(jobId, o, salt), 0);
        assertEq(reg.credits(challenger2) - before, CHALLENGER_BOND);
        (uint256 bond,,) = reg.commitments(challenger2, cm);
        assertEq(bond, 0);

        uint256 settled = finalizedJob();
        o = opening(settled, 2);
        commitFor(challenger2, settled, o, salt);
        nextBlock();
        vm.warp(block.timestamp + CHALLENGE_WINDOW + 1);
        reg.settle(settled);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.RevealTooLate.selector, START + 1 hours));
        reg.challenge(settled, o, salt);
        salt = nextSalt();
        commitFor(challenger2, settled, o, salt);
        nextBlock();
        vm.prank(challenger2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, settled, JobStatus.Settled)
        );
        reg.challenge(settled, o, salt);

        uint256 created = createJob();
        o = opening(settled, 2);
        commitFor(challenger2, created, o, salt);
        nextBlock();
        vm.prank(challenger2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, created, JobStatus.Created)
        );
        reg.challenge(created, o, salt);
    }

    function test_openDisputeBlocksSettle() public {
        uint256 jobId = finalizedJob();
        vm.warp(START + CHALLENGE_WINDOW); // last second of the window
        uint256 d = openDispute(jobId, 7);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DisputesOpen.selector, jobId, 1));
        reg.settle(jobId);
        resolveWith(d, HONEST);
        reg.settle(jobId);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Settled));
    }

    /// @dev Any committed endpoint of any batch layout can be proven; any other root cannot.
    function testFuzz_challengeAnyEndpoint(
        uint256 batchSize,
        uint64 intervals,
        uint64 endpoint,
        bytes32 wrong
    ) public {
        intervals = uint64(bound(intervals, 1, 200));
        batchSize = bound(batchSize, 1, 64);
        endpoint = uint64(bound(endpoint, 1, intervals));
        JobParams memory p = defaultParams();
        p.totalSteps = intervals * 3;
        p.stride = 3;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, batchSize);
        EndpointProof memory o = opening(jobId, endpoint);
        vm.assume(wrong != o.root);
        EndpointProof memory bad = opening(jobId, endpoint);
        bad.root = wrong;
        bytes32 salt = nextSalt();
        commitFor(challenger, jobId, bad, salt);
        nextBlock();
        vm.prank(challenger);
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge(jobId, bad, salt);
        uint256 id = challengeWith(challenger, o, jobId);
        assertEq(reg.challenges(id).interval, endpoint - 1);
        assertEq(reg.disputes(disputeOf(id)).root, endpointRoot(jobId, endpoint));
    }
}
