// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, EndpointProof} from "../src/OvigTypes.sol";

/// @dev Every deadline is inclusive: allowed at T, refused at T + 1 (and the reverse for "after").
contract DeadlinesTest is Base {
    function test_acceptBy() public {
        uint256 a = createJob();
        uint256 b = createJob();
        vm.warp(START + ACCEPT_WINDOW);
        acceptJob(a);
        vm.warp(START + ACCEPT_WINDOW + 1);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, START + ACCEPT_WINDOW));
        reg.accept{value: PROVIDER_BOND}(b, URI);
    }

    function test_commitAndFinalizeBy() public {
        uint256 a = acceptedJob();
        uint256 b = acceptedJob();
        commitNext(b, 11);
        vm.warp(START + TRAIN_WINDOW);
        commitAll(a, 11);
        finalizeJob(a);
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.startPrank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, START + TRAIN_WINDOW));
        reg.finalize(b, bytes32(0));
        vm.stopPrank();
    }

    function test_commitRefusedAfterFinalizeBy() public {
        uint256 a = acceptedJob();
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, START + TRAIN_WINDOW));
        reg.commitIntervals(a, 0, new bytes32[](1));
    }

    function test_challengeWindowInclusive() public {
        uint256 jobId = finalizedJob();
        vm.warp(START + CHALLENGE_WINDOW);
        openChallenge(jobId, 1);
        // Committed in the last second, revealed one second late: refused, and the bond is lost.
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        bytes32 cm = commitFor(challenger2, jobId, o, salt);
        nextBlock();
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.ChallengeWindowClosed.selector, jobId));
        reg.challenge(jobId, o, salt);
        vm.warp(START + CHALLENGE_WINDOW + 1 hours + 1);
        reg.forfeit(challenger2, cm);
        assertEq(reg.forfeited(), CHALLENGER_BOND);
    }

    function test_challengeBeforeFinalizeClosesAtFinalizeBy() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 5);
        vm.warp(START + TRAIN_WINDOW);
        openChallenge(jobId, 1);
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        commitFor(challenger2, jobId, o, salt);
        nextBlock();
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.ChallengeWindowClosed.selector, jobId));
        reg.challenge(jobId, o, salt);
    }

    function test_revealWindowInclusive() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 2);
        bytes32 salt = nextSalt();
        bytes32 cm = commitFor(challenger, jobId, o, salt);
        uint256 revealBy = START + reg.REVEAL_WINDOW();
        nextBlock();
        vm.warp(revealBy);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CommitmentLive.selector, revealBy));
        reg.forfeit(challenger, cm);
        revealFor(challenger, jobId, o, salt);

        salt = nextSalt();
        cm = commitFor(challenger2, jobId, o, salt);
        nextBlock();
        uint256 revealBy2 = revealBy + reg.REVEAL_WINDOW();
        vm.warp(revealBy2 + 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.RevealTooLate.selector, revealBy2));
        reg.challenge(jobId, o, salt);
    }

    function test_settleAfterWindow() public {
        uint256 jobId = finalizedJob();
        vm.warp(START + CHALLENGE_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, START + CHALLENGE_WINDOW)
        );
        reg.settle(jobId);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.settle(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Settled)
        );
        reg.settle(jobId);
    }

    function test_settleRequiresFinalized() public {
        uint256 jobId = acceptedJob();
        vm.warp(START + 365 days);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Accepted)
        );
        reg.settle(jobId);
    }

    function test_resolveByDeadlineLapseAfter() public {
        uint256 jobId = finalizedJob();
        uint256 a = openDispute(jobId, 1);
        uint256 b = openDispute(jobId, 2);
        engage(a);
        engage(b);
        vm.warp(START + ARBITRATION_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotLapse.selector, a));
        reg.lapse(a);
        resolveWith(a, HONEST);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        bytes[] memory sigs = sortedSigs(digestFor(b, FRAUD), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, START + ARBITRATION_WINDOW)
        );
        reg.resolve(b, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sigs);
        reg.lapse(b);
    }

    function test_joiningDoesNotExtendTheDeadline() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, 1);
        vm.warp(START + ARBITRATION_WINDOW);
        openChallenge(jobId, 1, challenger2);
        assertEq(reg.disputes(d).deadline, START + ARBITRATION_WINDOW);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        reg.lapse(d);
    }

    function test_cancelAcceptedOnlyAfterFinalizeBy() public {
        uint256 jobId = acceptedJob();
        vm.warp(START + TRAIN_WINDOW);
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, START + TRAIN_WINDOW)
        );
        reg.cancel(jobId);
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.prank(owner);
        reg.cancel(jobId);
    }

    function test_openDisputeDelaysCancel() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 4);
        vm.warp(START + TRAIN_WINDOW);
        uint256 d = openDispute(jobId, 3);
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DisputesOpen.selector, jobId, 1));
        reg.cancel(jobId);
        // The verdict can still land; fraud takes precedence over the plain cancel split.
        resolveWith(d, FRAUD);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotCancel.selector, jobId));
        reg.cancel(jobId);
    }

    function test_cannotCancelFinalized() public {
        uint256 jobId = finalizedJob();
        vm.warp(START + 365 days);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotCancel.selector, jobId));
        reg.cancel(jobId);
    }

    function testFuzz_windowBoundary(uint64 window, uint64 dt) public {
        window = uint64(bound(window, 1, 90 days));
        dt = uint64(bound(dt, 0, 2 * uint256(window) + 1));
        JobParams memory p = defaultParams();
        p.challengeWindow = window;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 11);
        finalizeJob(jobId);
        vm.warp(START + dt);
        if (dt <= window) {
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, START + window));
        }
        reg.settle(jobId);
    }
}
