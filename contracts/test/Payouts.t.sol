// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, JobView} from "../src/OvigTypes.sol";

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
        uint256 indexed challengeId,
        address indexed challenger,
        uint256 challengerReward,
        uint256 ownerRefund
    );
    event Withdrawn(address indexed account, uint256 amount);

    function test_fraudSplitsBond() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        uint256 reward = PROVIDER_BOND * reg.CHALLENGER_SHARE_BPS() / reg.BPS();
        bytes[] memory sigs = sortedSigs(digestFor(id, FRAUD), 2);
        vm.expectEmit(address(reg));
        emit JobSlashed(jobId, id, challenger, reward, PROVIDER_BOND - reward + PAYMENT);
        reg.resolve(id, FRAUD, 2e16, 1e16, keccak256("replay"), sigs);

        assertEq(reg.credits(challenger), reward + CHALLENGER_BOND);
        assertEq(reg.credits(owner), PROVIDER_BOND - reward + PAYMENT);
        assertEq(reg.credits(provider), 0);
        JobView memory v = reg.getJob(jobId);
        assertEq(v.escrow, 0);
        assertEq(v.providerBondHeld, 0);
        assertEq(address(reg).balance, reg.credits(challenger) + reg.credits(owner));
    }

    function test_unavailableSlashesLikeFraud() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        resolveWith(id, UNAVAILABLE);
        assertEq(reg.credits(challenger), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(owner), PROVIDER_BOND / 2 + PAYMENT);
    }

    function test_honestPaysChallengerBondToProvider() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        resolveWith(id, HONEST);
        assertEq(reg.credits(provider), CHALLENGER_BOND);
        assertEq(reg.credits(challenger), 0);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.settle(jobId);
        assertEq(reg.credits(provider), CHALLENGER_BOND + PAYMENT + PROVIDER_BOND);
    }

    function test_lapseReturnsBond() public {
        uint256 jobId = finalizedJob();
        uint256 id = openChallenge(jobId, 5);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        reg.lapse(id);
        assertEq(reg.credits(challenger), CHALLENGER_BOND);
        vm.expectRevert(
            abi.encodeWithSelector(
                OvigRegistry.ChallengeNotOpen.selector,
                id,
                uint8(3) /* Lapsed */
            )
        );
        reg.lapse(id);
    }

    function test_otherChallengersRecoverBondsAfterFraud() public {
        uint256 jobId = finalizedJob();
        uint256 a = openChallenge(jobId, 2, challenger);
        uint256 b = openChallenge(jobId, 3, challenger2);
        resolveWith(a, FRAUD);
        // No need to wait for b's deadline once the job is fraudulent.
        reg.lapse(b);
        assertEq(reg.credits(challenger2), CHALLENGER_BOND);
        assertEq(reg.getJob(jobId).openChallenges, 0);
        assertEq(
            address(reg).balance, reg.credits(challenger) + reg.credits(challenger2) + reg.credits(owner)
        );
    }

    function test_cancelUnacceptedRefundsEscrow() public {
        uint256 jobId = createJob();
        vm.warp(START + 30 days); // any time
        vm.prank(owner);
        reg.cancel(jobId);
        assertEq(reg.credits(owner), PAYMENT);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Cancelled));
    }

    function test_cancelUnfinalizedTakesBond() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 5);
        vm.warp(START + TRAIN_WINDOW + 1);
        vm.prank(stranger);
        reg.cancel(jobId);
        assertEq(reg.credits(owner), PAYMENT + PROVIDER_BOND);
        assertEq(reg.credits(stranger), 0);
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
        // The nested withdraw hits the guard, so the transfer fails and nothing moves.
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

    /// @dev Whatever the amounts, a fraud verdict conserves value and pays the challenger its share.
    function testFuzz_fraudConservesValue(uint256 payment, uint256 pBond, uint256 cBond, uint8 outcome)
        public
    {
        payment = bound(payment, 1, 1e30);
        pBond = bound(pBond, 0, 1e30);
        cBond = bound(cBond, 1, 1e30);
        outcome = uint8(bound(outcome, 1, 3));
        JobParams memory p = defaultParams();
        p.providerBond = pBond;
        p.challengerBond = cBond;
        vm.deal(owner, payment);
        vm.deal(provider, pBond);
        vm.deal(challenger, cBond);
        vm.prank(owner);
        uint256 jobId = reg.createJob{value: payment}(p);
        acceptJob(jobId);
        commitAll(jobId, 11);
        uint256 id = openChallenge(jobId, 1);
        resolveWith(id, outcome);

        uint256 total = reg.credits(owner) + reg.credits(provider) + reg.credits(challenger);
        if (outcome == HONEST) {
            assertEq(reg.credits(provider), cBond);
            assertEq(total + payment + pBond, payment + pBond + cBond);
        } else {
            uint256 reward = pBond * 5000 / 10_000;
            assertEq(reg.credits(challenger), reward + cBond);
            assertEq(reg.credits(owner), pBond - reward + payment);
            assertEq(total, payment + pBond + cBond);
        }
        assertEq(address(reg).balance, payment + pBond + cBond);
    }
}
