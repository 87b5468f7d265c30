// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, EndpointProof} from "../src/OvigTypes.sol";

contract AccessControlTest is Base {
    function test_onlyProviderAccepts() public {
        uint256 jobId = createJob();
        address[3] memory others = [owner, stranger, arbAddrs[0]];
        for (uint256 i; i < others.length; i++) {
            vm.deal(others[i], PROVIDER_BOND);
            vm.prank(others[i]);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, others[i]));
            reg.accept{value: PROVIDER_BOND}(jobId, URI);
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

    function test_anyoneSettlesLapsesResolvesClaims() public {
        uint256 jobId = finalizedJob();
        uint256 a = openChallenge(jobId, 1, stranger);
        uint256 b = openChallenge(jobId, 2, stranger);
        engage(disputeOf(a));
        pastNaming(disputeOf(a));
        bytes[] memory sigs = sortedSigs(digestFor(disputeOf(a), HONEST), 2);
        vm.startPrank(challenger2);
        reg.resolve(disputeOf(a), STEP, HONEST, NEAR, BOUNDARY, REPLAY, sigs);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.lapse(disputeOf(b));
        reg.claim(a);
        reg.claim(b);
        vm.stopPrank();
        assertEq(reg.credits(stranger), CHALLENGER_BOND);
        assertEq(reg.credits(challenger2), 0);
        vm.prank(challenger2);
        reg.settle(jobId);
        assertEq(reg.credits(provider), PAYMENT + PROVIDER_BOND + CHALLENGER_BOND / 2);
        assertEq(reg.credits(challenger2), 0);
    }

    function test_partiesCannotChallengeTheirJob() public {
        // The commitment is opaque, so anyone may commit; the reveal refuses a party to the job.
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 1);
        address[3] memory parties = [provider, owner, arbAddrs[1]];
        for (uint256 i; i < parties.length; i++) {
            bytes32 salt = nextSalt();
            commitFor(parties[i], jobId, o, salt);
            nextBlock();
            vm.prank(parties[i]);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.PartyCannotChallenge.selector, parties[i]));
            reg.challenge(jobId, o, salt);
        }
        // A party to one job may challenge another.
        JobParams memory p = defaultParams();
        p.provider = stranger;
        uint256 other = createJob(p);
        acceptJob(other);
        commitAll(other, 11);
        assertEq(reg.challenges(openChallenge(other, 1, provider)).challenger, provider);
    }

    function test_onlySignedArbitersEarn() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 1);
        uint256[] memory keys = new uint256[](2);
        keys[0] = arbKeys[1];
        keys[1] = arbKeys[2];
        uint256 d = disputeOf(id);
        engage(d);
        pastNaming(d);
        reg.resolve(d, STEP, HONEST, NEAR, BOUNDARY, REPLAY, sortedSigsOf(digestFor(d, HONEST), keys));
        assertEq(reg.disputes(d).signers, 6);
        reg.claim(id);
        assertEq(reg.credits(arbAddrs[0]), 0);
        assertEq(reg.credits(arbAddrs[1]), CHALLENGER_BOND / 4);
        assertEq(reg.credits(arbAddrs[2]), CHALLENGER_BOND / 4);
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

    function test_unknownDisputeAndChallenge() public {
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownDispute.selector, 1));
        reg.lapse(1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownChallenge.selector, 1));
        reg.claim(1);
        assertEq(uint8(reg.challenges(1).status), 0);
        assertEq(uint8(reg.disputes(1).status), 0);
        assertEq(uint8(status(createJob())), uint8(JobStatus.Created));
    }
}
