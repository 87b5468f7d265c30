// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, Challenge, ChallengeStatus, Outcome} from "../src/OvigTypes.sol";

contract ChallengesTest is Base {
    event ChallengeOpened(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        uint64 interval,
        uint64 endpoint,
        bytes32 root,
        address indexed challenger,
        uint64 deadline
    );

    function test_openRecordsEverything() public {
        uint256 jobId = finalizedJob();
        Opening memory o = opening(jobId, 6);
        vm.expectEmit(address(reg));
        emit ChallengeOpened(jobId, 1, 5, 6, o.root, challenger, START + ARBITRATION_WINDOW);
        uint256 id = challengeWith(challenger, o, jobId);
        assertEq(id, 1);
        assertEq(reg.challengeCount(), 1);

        Challenge memory c = reg.challenges(id);
        assertEq(c.jobId, jobId);
        assertEq(c.challenger, challenger);
        assertEq(c.interval, 5);
        assertEq(c.deadline, START + ARBITRATION_WINDOW);
        assertEq(uint8(c.status), uint8(ChallengeStatus.Open));
        assertEq(uint8(c.outcome), uint8(Outcome.None));
        assertEq(c.root, endpointRoot(jobId, 6));
        assertEq(c.bond, CHALLENGER_BOND);
        assertEq(reg.openChallengeOf(jobId, 5), id);
        assertEq(reg.getJob(jobId).openChallenges, 1);
        assertEq(address(reg).balance, PAYMENT + PROVIDER_BOND + CHALLENGER_BOND);
    }

    function test_everyEndpointChallengeable() public {
        uint256 jobId = finalizedJob();
        for (uint64 e = 1; e <= 10; e++) {
            uint256 id = openChallenge(jobId, e, e % 2 == 0 ? challenger : challenger2);
            assertEq(reg.openChallengeOf(jobId, e - 1), id);
        }
        assertEq(reg.getJob(jobId).openChallenges, 10);
    }

    function test_challengeBeforeFinalize() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 3);
        uint256 id = openChallenge(jobId, 2);
        assertEq(reg.challenges(id).interval, 1);
    }

    function test_rejectsEndpointZeroAndBeyondN() public {
        uint256 jobId = finalizedJob();
        Opening memory o = opening(jobId, 0);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidEndpoint.selector, 0));
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 0, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );

        o = opening(jobId, 10);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidEndpoint.selector, 11));
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 11, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
    }

    function test_rejectsUncommittedEndpoint() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 4);
        Opening memory o = opening(jobId, 3);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownBatch.selector, 1));
        reg.challenge{value: CHALLENGER_BOND}(jobId, 5, o.root, 1, o.batchRoot, 4, o.count, o.proof);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.EndpointNotInBatch.selector, 5, 0, 4));
        reg.challenge{value: CHALLENGER_BOND}(jobId, 5, o.root, 0, o.batchRoot, 0, 4, o.proof);
    }

    function test_rejectsWrongBond() public {
        uint256 jobId = finalizedJob();
        Opening memory o = opening(jobId, 2);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.WrongValue.selector, CHALLENGER_BOND, 0));
        reg.challenge(jobId, 2, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof);
    }

    function test_rejectsBatchMismatch() public {
        uint256 jobId = finalizedJob();
        Opening memory o = opening(jobId, 2);
        vm.startPrank(challenger);
        vm.expectRevert(OvigRegistry.BatchMismatch.selector);
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, o.root, o.batchIndex, keccak256("x"), o.first, o.count, o.proof
        );
        // Lying about the count (to move a leaf to a phantom slot) breaks the commitment.
        vm.expectRevert(OvigRegistry.BatchMismatch.selector);
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, o.root, o.batchIndex, o.batchRoot, o.first, 8, o.proof
        );
        vm.expectRevert(OvigRegistry.BatchMismatch.selector);
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, o.root, o.batchIndex + 1, o.batchRoot, o.first, o.count, o.proof
        );
        vm.stopPrank();
    }

    function test_rejectsBadProof() public {
        uint256 jobId = finalizedJob();
        Opening memory o = opening(jobId, 2);
        vm.startPrank(challenger);
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, keccak256("other root"), o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
        // Right root, wrong endpoint in the same batch.
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 3, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
        o.proof[0] = bytes32(uint256(o.proof[0]) ^ 1);
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
        vm.stopPrank();
    }

    function test_oneOpenChallengePerInterval() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 4);
        Opening memory o = opening(jobId, 4);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.IntervalAlreadyChallenged.selector, 3, id));
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 4, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
        // Another interval is free.
        openChallenge(jobId, 5, challenger2);
    }

    function test_lapseFreesInterval() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 4);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        reg.lapse(id);
        assertEq(reg.openChallengeOf(jobId, 3), 0);
        uint256 id2 = openChallenge(jobId, 4, challenger2);
        assertEq(reg.openChallengeOf(jobId, 3), id2);
        assertEq(id2, id + 1);
    }

    function test_honestVerdictFreesInterval() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 4);
        resolveWith(id, HONEST);
        assertEq(reg.openChallengeOf(jobId, 3), 0);
        assertEq(reg.getJob(jobId).openChallenges, 0);
        openChallenge(jobId, 4, challenger2);
    }

    function test_noChallengeOnClosedJobs() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 1);
        resolveWith(id, FRAUD);
        Opening memory o = opening(jobId, 2);
        vm.prank(challenger2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );

        uint256 settled = finalizedJob();
        vm.warp(block.timestamp + CHALLENGE_WINDOW + 1);
        reg.settle(settled);
        o = opening(settled, 2);
        vm.prank(challenger2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, settled, JobStatus.Settled)
        );
        reg.challenge{value: CHALLENGER_BOND}(
            settled, 2, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );

        uint256 created = createJob();
        vm.prank(challenger2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, created, JobStatus.Created)
        );
        reg.challenge{value: CHALLENGER_BOND}(created, 1, bytes32(0), 0, bytes32(0), 0, 1, new bytes32[](1));
    }

    function test_openChallengeBlocksSettle() public {
        uint256 jobId = finalizedJob();
        vm.warp(START + CHALLENGE_WINDOW); // last second of the window
        uint256 id = openChallenge(jobId, 7);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.ChallengesOpen.selector, jobId, 1));
        reg.settle(jobId);
        resolveWith(id, HONEST);
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
        Opening memory o = opening(jobId, endpoint);
        vm.assume(wrong != o.root);
        vm.prank(challenger);
        vm.expectRevert(OvigRegistry.InvalidProof.selector);
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, endpoint, wrong, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
        uint256 id = challengeWith(challenger, o, jobId);
        assertEq(reg.challenges(id).interval, endpoint - 1);
        assertEq(reg.challenges(id).root, endpointRoot(jobId, endpoint));
    }
}
