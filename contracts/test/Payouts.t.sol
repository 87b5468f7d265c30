// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, JobView, Dispute, DisputeStatus, ChallengeStatus} from "../src/OvigTypes.sol";

/// @dev Re-enters withdraw from its receive hook.
contract Reenterer {
    OvigRegistry internal immutable reg;
    bool internal reenter;

    constructor(OvigRegistry r) {
        reg = r;
    }

    function arm(bool on) external {
        reenter = on;
    }

    function pull() external {
        reg.withdraw();
    }

    receive() external payable {
        if (reenter) {
            reenter = false;
            reg.withdraw();
        }
    }
}

contract Refuser {
    function pull(OvigRegistry reg) external {
        reg.withdraw();
    }
}

contract PayoutsTest is Base {
    event JobSlashed(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        address indexed leader,
        uint256 challengerReward,
        uint256 ownerRefund
    );
    event ChallengeClaimed(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        address indexed challenger,
        uint256 refund,
        uint256 toProvider,
        uint256 toArbiters
    );
    event JobCancelled(uint256 indexed jobId, address indexed owner, uint256 refund, uint256 providerRefund);
    event Withdrawn(address indexed account, uint256 amount);

    function test_fraudSplitsBond() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        uint256 d = disputeOf(id);
        uint256 reward = PROVIDER_BOND * reg.CHALLENGER_SHARE_BPS() / reg.BPS();
        assertEq(reward, PROVIDER_BOND / 2);
        engage(d);
        bytes[] memory sigs = sortedSigs(digestFor(d, FRAUD), 2);
        vm.expectEmit(address(reg));
        emit JobSlashed(jobId, d, challenger, reward, PROVIDER_BOND - reward + PAYMENT);
        reg.resolve(d, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sigs);

        assertEq(reg.credits(challenger), reward, "reward at resolve, bond at claim");
        assertEq(reg.credits(owner), PROVIDER_BOND - reward + PAYMENT);
        assertEq(reg.credits(provider), 0);
        vm.expectEmit(address(reg));
        emit ChallengeClaimed(jobId, id, challenger, CHALLENGER_BOND, 0, 0);
        vm.prank(stranger); // anyone may claim; the funds go to the challenger
        reg.claim(id);
        assertEq(reg.credits(challenger), reward + CHALLENGER_BOND);
        assertEq(reg.credits(stranger), 0);
        JobView memory v = reg.getJob(jobId);
        assertEq(v.escrow, 0);
        assertEq(v.providerBondHeld, 0);
        assertEq(address(reg).balance, reg.credits(challenger) + reg.credits(owner));
        for (uint256 i; i < 3; i++) {
            assertEq(reg.credits(arbAddrs[i]), 0, "arbiters earn nothing from a slash");
        }
    }

    function test_unavailableSlashesLikeFraud() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        resolveWith(disputeOf(id), UNAVAILABLE);
        reg.claim(id);
        assertEq(reg.credits(challenger), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(owner), PROVIDER_BOND / 2 + PAYMENT);
    }

    function test_onlyTheLeaderIsRewarded() public {
        uint256 jobId = finalizedJob();
        uint256 a = openChallenge(jobId, 5, challenger);
        uint256 b = openChallenge(jobId, 5, challenger2);
        uint256 d = disputeOf(a);
        resolveWith(d, FRAUD);
        claimAll(d);
        assertEq(reg.credits(challenger), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(challenger2), CHALLENGER_BOND, "a follower gets its bond back, no more");
        assertEq(uint8(reg.challenges(b).status), uint8(ChallengeStatus.Claimed));
        assertEq(
            address(reg).balance, reg.credits(challenger) + reg.credits(challenger2) + reg.credits(owner)
        );
    }

    function test_honestPaysSignersAndProvider() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        uint256 d = disputeOf(id);
        resolveWith(d, HONEST, 2);
        assertEq(reg.credits(provider), 0, "nothing moves before claim");
        vm.expectEmit(address(reg));
        emit ChallengeClaimed(jobId, id, challenger, 0, CHALLENGER_BOND / 2, CHALLENGER_BOND / 2);
        reg.claim(id);
        assertEq(reg.credits(provider), CHALLENGER_BOND / 2);
        assertEq(reg.credits(arbAddrs[0]), CHALLENGER_BOND / 4);
        assertEq(reg.credits(arbAddrs[1]), CHALLENGER_BOND / 4);
        assertEq(reg.credits(arbAddrs[2]), 0, "an arbiter who did not sign gets nothing");
        assertEq(reg.credits(challenger), 0);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.settle(jobId);
        assertEq(reg.credits(provider), CHALLENGER_BOND / 2 + PAYMENT + PROVIDER_BOND);
    }

    function test_honestDustGoesToProvider() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        resolveWith(disputeOf(id), HONEST, 3);
        reg.claim(id);
        uint256 each = (CHALLENGER_BOND / 2) / 3;
        for (uint256 i; i < 3; i++) {
            assertEq(reg.credits(arbAddrs[i]), each);
        }
        assertEq(reg.credits(provider), CHALLENGER_BOND - 3 * each);
        assertEq(address(reg).balance, PAYMENT + PROVIDER_BOND + CHALLENGER_BOND);
    }

    function test_everyChallengeOnAnHonestIntervalPays() public {
        uint256 jobId = finalizedJob();
        openChallenge(jobId, 5, challenger);
        openChallenge(jobId, 5, challenger2);
        uint256 d = openDispute(jobId, 5, stranger);
        resolveWith(d, HONEST, 2);
        claimAll(d);
        assertEq(reg.credits(provider), 3 * CHALLENGER_BOND / 2);
        assertEq(reg.credits(arbAddrs[0]) + reg.credits(arbAddrs[1]), 3 * CHALLENGER_BOND / 2);
    }

    function test_claimRules() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DisputeStillOpen.selector, disputeOf(id)));
        reg.claim(id);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownChallenge.selector, id + 1));
        reg.claim(id + 1);
        resolveWith(disputeOf(id), HONEST);
        reg.claim(id);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.AlreadyClaimed.selector, id));
        reg.claim(id);
    }

    function test_lapseReturnsBond() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        uint256 d = disputeOf(id);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        reg.lapse(d);
        assertEq(reg.credits(challenger), 0);
        reg.claim(id);
        assertEq(reg.credits(challenger), CHALLENGER_BOND);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DisputeNotOpen.selector, d, DisputeStatus.Lapsed));
        reg.lapse(d);
        assertEq(reg.getJob(jobId).openDisputes, 0);
    }

    function test_otherChallengersRecoverBondsAfterFraud() public {
        uint256 jobId = finalizedJob();
        uint256 a = openChallenge(jobId, 2, challenger);
        uint256 b = openChallenge(jobId, 3, challenger2);
        resolveWith(disputeOf(a), FRAUD);
        // No need to wait for b's deadline once the job is fraudulent.
        reg.lapse(disputeOf(b));
        reg.claim(a);
        reg.claim(b);
        assertEq(reg.credits(challenger2), CHALLENGER_BOND);
        assertEq(reg.getJob(jobId).openDisputes, 0);
        assertEq(
            address(reg).balance, reg.credits(challenger) + reg.credits(challenger2) + reg.credits(owner)
        );
    }

    function test_cancelUnacceptedRefundsEscrow() public {
        uint256 jobId = createJob();
        vm.warp(START + 30 days); // any time
        vm.expectEmit(address(reg));
        emit JobCancelled(jobId, owner, PAYMENT, 0);
        vm.prank(owner);
        reg.cancel(jobId);
        assertEq(reg.credits(owner), PAYMENT);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Cancelled));
    }

    function test_cancelUnfinalizedTakesHalfTheBond() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 5);
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.expectEmit(address(reg));
        emit JobCancelled(jobId, owner, PAYMENT + PROVIDER_BOND / 2, PROVIDER_BOND / 2);
        vm.prank(stranger);
        reg.cancel(jobId);
        assertEq(reg.credits(owner), PAYMENT + PROVIDER_BOND / 2);
        assertEq(reg.credits(provider), PROVIDER_BOND / 2);
        assertEq(reg.credits(stranger), 0);
        assertEq(address(reg).balance, reg.credits(owner) + reg.credits(provider));
    }

    function test_withdraw() public {
        uint256 jobId = createJob();
        vm.prank(owner);
        reg.cancel(jobId);
        uint256 before = owner.balance;
        vm.expectEmit(address(reg));
        emit Withdrawn(owner, PAYMENT);
        vm.prank(owner);
        reg.withdraw();
        assertEq(owner.balance, before + PAYMENT);
        assertEq(reg.credits(owner), 0);
        vm.prank(owner);
        vm.expectRevert(OvigRegistry.NothingToWithdraw.selector);
        reg.withdraw();
    }

    function test_withdrawReentrancyBlocked() public {
        Reenterer r = new Reenterer(reg);
        JobParams memory p = defaultParams();
        vm.deal(address(r), 100 ether);
        vm.prank(address(r));
        uint256 jobId = reg.createJob{value: PAYMENT}(p);
        vm.prank(address(r));
        reg.cancel(jobId);
        r.arm(true);
        // The nested withdraw finds the credit already zeroed (effects before the call), so the
        // transfer fails and nothing moves.
        vm.expectRevert(OvigRegistry.TransferFailed.selector);
        r.pull();
        assertEq(reg.credits(address(r)), PAYMENT);
        r.arm(false);
        r.pull();
        assertEq(reg.credits(address(r)), 0);
        assertEq(address(reg).balance, 0);
    }

    function test_rejectingReceiverKeepsCredit() public {
        Refuser x = new Refuser();
        vm.deal(address(x), 100 ether);
        vm.prank(address(x));
        uint256 jobId = reg.createJob{value: PAYMENT}(defaultParams());
        vm.prank(address(x));
        reg.cancel(jobId);
        vm.expectRevert(OvigRegistry.TransferFailed.selector);
        x.pull(reg);
        assertEq(reg.credits(address(x)), PAYMENT);
    }

    /// @dev Whatever the amounts, a verdict conserves value: Fraud/Unavailable pay the leader its share
    /// and return its bond; Honest splits the bond between the signers and the provider.
    function testFuzz_verdictConservesValue(
        uint256 payment,
        uint256 pBond,
        uint256 cBond,
        uint8 outcome,
        uint8 signers
    ) public {
        payment = bound(payment, 1, 1e30);
        cBond = bound(cBond, 1, 1e30);
        pBond = bound(pBond, 2 * cBond, 3e30);
        outcome = uint8(bound(outcome, 1, 3));
        signers = uint8(bound(signers, 2, 3));
        JobParams memory p = defaultParams();
        p.providerBond = pBond;
        p.challengerBond = cBond;
        vm.deal(owner, payment);
        vm.deal(provider, pBond);
        vm.prank(owner);
        uint256 jobId = reg.createJob{value: payment}(p);
        acceptJob(jobId);
        commitAll(jobId, 11);
        uint256 id = openChallenge(jobId, 1);
        resolveWith(disputeOf(id), outcome, signers);
        reg.claim(id);

        uint256 arbs;
        for (uint256 i; i < 3; i++) {
            arbs += reg.credits(arbAddrs[i]);
        }
        uint256 total = reg.credits(owner) + reg.credits(provider) + reg.credits(challenger) + arbs;
        if (outcome == HONEST) {
            uint256 each = (cBond * 5000 / 10_000) / signers;
            assertEq(arbs, each * signers);
            assertEq(reg.credits(provider), cBond - each * signers);
            assertEq(reg.credits(challenger), 0);
            assertEq(total, cBond);
        } else {
            uint256 reward = pBond * 5000 / 10_000;
            assertGe(reward, cBond, "the reward covers the bond at risk");
            assertEq(reg.credits(challenger), reward + cBond);
            assertEq(reg.credits(owner), pBond - reward + payment);
            assertEq(arbs, 0);
            assertEq(total, payment + pBond + cBond);
        }
        assertEq(address(reg).balance, payment + pBond + cBond);
    }
}
