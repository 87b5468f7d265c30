// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobStatus} from "../src/OvigTypes.sol";

contract AccessControlTest is Base {
    function test_onlyProviderAccepts() public {
        uint256 jobId = createJob();
        address[3] memory others = [owner, stranger, arbAddrs[0]];
        for (uint256 i; i < others.length; i++) {
            vm.deal(others[i], PROVIDER_BOND);
            vm.prank(others[i]);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, others[i]));
            reg.accept{value: PROVIDER_BOND}(jobId);
        }
    }

    function test_onlyProviderCommits() public {
        uint256 jobId = acceptedJob();
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, owner));
        reg.commitIntervals(jobId, 0, new bytes32[](1));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, stranger));
        reg.commitIntervals(jobId, 0, new bytes32[](1));
    }

    function test_onlyProviderFinalizes() public {
        uint256 jobId = acceptedJob();
        commitAll(jobId, 11);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, owner));
        reg.finalize(jobId, bytes32(0));
    }

    function test_onlyOwnerCancelsUnaccepted() public {
        uint256 jobId = createJob();
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotOwner.selector, provider));
        reg.cancel(jobId);
        vm.warp(START + 365 days); // still only the owner, even long after acceptBy
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotOwner.selector, stranger));
        reg.cancel(jobId);
        vm.prank(owner);
        reg.cancel(jobId);
    }

    function test_ownerCannotCancelAcceptedEarly() public {
        uint256 jobId = acceptedJob();
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, START + TRAIN_WINDOW)
        );
        reg.cancel(jobId);
    }

    function test_anyoneSettlesLapsesResolves() public {
        uint256 jobId = finalizedJob();
        uint256 a = openChallenge(jobId, 1, stranger);
        uint256 b = openChallenge(jobId, 2, stranger);
        bytes[] memory sigs = sortedSigs(digestFor(a, HONEST), 2);
        vm.prank(challenger2);
        reg.resolve(a, HONEST, 2e16, 1e16, keccak256("replay"), sigs);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.prank(challenger2);
        reg.lapse(b);
        assertEq(reg.credits(stranger), CHALLENGER_BOND);
        assertEq(reg.credits(challenger2), 0);
        vm.prank(challenger2);
        reg.settle(jobId);
        assertEq(reg.credits(provider), PAYMENT + PROVIDER_BOND + CHALLENGER_BOND);
        assertEq(reg.credits(challenger2), 0);
    }

    function test_providerMayChallengeButOnlyArbitersJudge() public {
        // Challenging is permissionless; the provider gains nothing but it is not forbidden.
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 1, provider);
        assertEq(reg.challenges(id).challenger, provider);
    }

    function test_withdrawOnlyOwnCredit() public {
        uint256 jobId = createJob();
        vm.prank(owner);
        reg.cancel(jobId);
        vm.prank(stranger);
        vm.expectRevert(OvigRegistry.NothingToWithdraw.selector);
        reg.withdraw();
        assertEq(reg.credits(owner), PAYMENT);
    }

    function test_unknownChallenge() public {
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownChallenge.selector, 1));
        reg.lapse(1);
        assertEq(uint8(reg.challenges(1).status), 0);
        assertEq(uint8(status(createJob())), uint8(JobStatus.Created));
    }
}
