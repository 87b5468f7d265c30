// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus} from "../src/OvigTypes.sol";

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
        reg.accept{value: PROVIDER_BOND}(b);
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
        Opening memory o = opening(jobId, 2);
        vm.warp(START + CHALLENGE_WINDOW);
        openChallenge(jobId, 1);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.ChallengeWindowClosed.selector, jobId));
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
    }

    function test_challengeBeforeFinalizeClosesAtFinalizeBy() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 5);
        Opening memory o = opening(jobId, 2);
        vm.warp(START + TRAIN_WINDOW);
        openChallenge(jobId, 1);
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.ChallengeWindowClosed.selector, jobId));
        reg.challenge{value: CHALLENGER_BOND}(
            jobId, 2, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
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
        uint256 a = openChallenge(jobId, 1);
        uint256 b = openChallenge(jobId, 2);
        vm.warp(START + ARBITRATION_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotLapse.selector, a));
        reg.lapse(a);
        resolveWith(a, HONEST);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        bytes[] memory sigs = sortedSigs(digestFor(b, FRAUD), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, START + ARBITRATION_WINDOW)
        );
        reg.resolve(b, FRAUD, 2e16, 1e16, keccak256("replay"), sigs);
        reg.lapse(b);
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

    function test_openChallengeDelaysCancel() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 4);
        vm.warp(START + TRAIN_WINDOW);
        uint256 id = openChallenge(jobId, 3);
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.ChallengesOpen.selector, jobId, 1));
        reg.cancel(jobId);
        // The verdict can still land; fraud takes precedence over the plain cancel split.
        resolveWith(id, FRAUD);
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
        window = uint64(bound(window, 1, 3650 days));
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
