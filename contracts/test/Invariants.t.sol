// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {
    JobStatus,
    JobView,
    Dispute,
    DisputeStatus,
    Outcome,
    Challenge,
    ChallengeStatus
} from "../src/OvigTypes.sol";
import {CheatingProviderHandler} from "./handlers/CheatingProviderHandler.sol";

/// @notice The dispute game against a cheating provider (see the handler): a tampered interval that
/// the honest watchtower challenged never lets its job settle or pay the provider, an honest provider
/// (one that answers with its true step root) is never slashed, a slash rewards only a challenger
/// that named the fake step, every wei the registry holds is accounted for, and nobody is ever
/// credited more than went in.
contract InvariantsTest is Test {
    OvigRegistry internal reg;
    CheatingProviderHandler internal h;

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        reg = new OvigRegistry(address(0));
        h = new CheatingProviderHandler(reg);
        bytes4[] memory sel = new bytes4[](28);
        sel[0] = h.createJob.selector;
        sel[1] = h.accept.selector;
        sel[2] = h.train.selector;
        sel[3] = h.finalize.selector;
        sel[4] = h.sybilChallenge.selector;
        sel[5] = h.selfChallengeAll.selector;
        sel[6] = h.sybilCommitEarly.selector;
        sel[7] = h.revealHeld.selector;
        sel[8] = h.watchtowerCommit.selector;
        sel[9] = h.watchtowerReveal.selector;
        sel[10] = h.copyCommit.selector;
        sel[11] = h.copyReveal.selector;
        sel[12] = h.frontRunReveal.selector;
        sel[13] = h.lapseAndReopen.selector;
        sel[14] = h.lastSecondChallenge.selector;
        sel[15] = h.resolve.selector;
        sel[16] = h.claim.selector;
        sel[17] = h.settle.selector;
        sel[18] = h.cancel.selector;
        sel[19] = h.forfeit.selector;
        sel[20] = h.withdraw.selector;
        sel[21] = h.warp.selector;
        sel[22] = h.createJob.selector; // jobs early and often
        sel[23] = h.settleRush.selector;
        sel[24] = h.respond.selector;
        sel[25] = h.nameStep.selector;
        sel[26] = h.timeout.selector;
        sel[27] = h.griefChallenge.selector;
        targetSelector(FuzzSelector({addr: address(h), selectors: sel}));
        targetContract(address(h));
    }

    // Each invariant_ function is a campaign of its own (runs x depth calls), so the checks are
    // grouped into three campaigns to keep `forge test` short.

    /// (a) A tampered job that the watchtower challenged never settles nor pays the provider; no
    /// cheating strategy recovers more than cancel; copies and lapses get nothing.
    function invariant_fraudNeverPays() public view {
        _checkFraudulentJobNeverSettles();
        _checkCheatingNeverBeatsCancel();
        _checkCopiesAndLapsesGetNothing();
        _checkHonestNeverSlashed();
        _checkOnlyTheFakeStepPays();
    }

    /// (b) Every wei the registry holds is a credit, an escrow, a held bond, an unclaimed challenge
    /// bond, a live commitment or forfeited; the bookkeeping agrees with itself.
    function invariant_solvency() public view {
        _checkSolvency();
        _checkDisputeAccounting();
    }

    /// (c) Nobody is credited more than went in, per actor and per job; the honest watchtower never
    /// loses.
    function invariant_noCreditBeyondDeposits() public view {
        _checkNoCreditBeyondDeposits();
        _checkWatchtowerNeverLoses();
    }

    // ------------------------------------------------------------ (a) fraud never pays

    /// A job with a tampered interval never ends Settled (the watchtower always stands on it before
    /// the window closes, and live arbiters rule on it), so its escrow never reaches the provider.
    function _checkFraudulentJobNeverSettles() internal view {
        for (uint256 i; i < h.jobCount(); i++) {
            uint256 id = h.jobIds(i);
            if (h.fraudEndpoint(id) == 0) continue;
            assertTrue(reg.getJob(id).status != JobStatus.Settled, "tampered job settled");
            if (h.watched(id)) assertTrue(reg.getJob(id).status != JobStatus.Settled, "watched job settled");
        }
        assertEq(h.watchedSettled(), 0, "settle paid a tampered job");
    }

    /// Whatever it plays, the provider with its sybils recovers from a tampered job at most what
    /// cancel returns: it loses at least half its bond, and never sees the escrow.
    function _checkCheatingNeverBeatsCancel() internal view {
        JobView memory v;
        for (uint256 i; i < h.jobCount(); i++) {
            uint256 id = h.jobIds(i);
            if (h.fraudEndpoint(id) == 0) continue;
            v = reg.getJob(id);
            uint256 paidIn = h.coalitionIn(id);
            if (paidIn < v.providerBond) continue; // never accepted
            assertLe(h.coalitionOut(id), paidIn - v.providerBond / 2, "cheating paid better than cancel");
        }
    }

    /// Copies never reveal, the copier never leads, and no dispute of an active job lapses while its
    /// arbiters can still rule.
    function _checkCopiesAndLapsesGetNothing() internal view {
        assertEq(h.copiesRevealed(), 0, "a copied commitment was revealed");
        assertEq(h.lapsesWhileJudgeable(), 0, "lapsed a judgeable dispute");
        for (uint256 id = 1; id <= reg.disputeCount(); id++) {
            assertTrue(reg.disputes(id).leader != h.copier(), "the copier leads");
        }
        assertLe(h.ghostCredited(h.copier()), h.ghostPaidIn(h.copier()), "the copier profits");
    }

    /// Only the tampered interval is ever found Fraud or Unavailable: a job without one is never
    /// slashed, whatever sybils, griefers and timeouts do; no malformed step root is ever accepted.
    function _checkHonestNeverSlashed() internal view {
        for (uint256 i; i < h.jobCount(); i++) {
            uint256 id = h.jobIds(i);
            if (h.fraudEndpoint(id) == 0) {
                assertTrue(reg.getJob(id).status != JobStatus.Fraudulent, "honest provider slashed");
            }
        }
        for (uint256 id = 1; id <= reg.disputeCount(); id++) {
            Dispute memory d = reg.disputes(id);
            if (d.outcome == Outcome.Fraud || d.outcome == Outcome.Unavailable) {
                assertEq(d.interval + 1, h.fraudEndpoint(d.jobId), "an honest interval slashed");
            }
        }
        assertEq(h.badResponsesAccepted(), 0, "a malformed step root was accepted");
    }

    /// A Fraud verdict rewards the leader of the fake step, never a challenger (a sybil leading the
    /// dispute included) that named another step or none; a timeout rewards the dispute's leader;
    /// nothing else rewards anyone.
    function _checkOnlyTheFakeStepPays() internal view {
        for (uint256 id = 1; id <= reg.disputeCount(); id++) {
            Dispute memory d = reg.disputes(id);
            if (d.outcome == Outcome.Fraud) {
                uint64 f = h.fraudStepOf(id);
                assertTrue(f != 0, "Fraud without a fake step");
                uint256 lead = reg.stepLeaderOf(id, f - 1);
                assertEq(
                    d.rewarded, reg.challenges(lead).challenger, "Fraud rewarded another than the step leader"
                );
                Challenge memory c = reg.challenges(reg.challengeOf(id, d.rewarded));
                assertTrue(
                    c.named && c.step == f - 1, "rewarded a challenger that did not name the fake step"
                );
            } else if (d.outcome == Outcome.Unavailable) {
                assertEq(d.rewarded, d.leader, "timeout rewarded another than the leader");
                assertTrue(!d.responded, "Unavailable after a response");
            } else {
                assertEq(d.rewarded, address(0), "a reward without a slash");
            }
            assertTrue(d.rewarded != h.copier(), "the copier rewarded");
        }
    }

    // ------------------------------------------------------------ (b) solvency

    function _checkSolvency() internal view {
        uint256 held;
        for (uint256 id = 1; id <= reg.jobCount(); id++) {
            JobView memory v = reg.getJob(id);
            held += v.escrow + v.providerBondHeld;
        }
        for (uint256 id = 1; id <= reg.challengeCount(); id++) {
            Challenge memory c = reg.challenges(id);
            if (c.status == ChallengeStatus.Open) held += c.bond;
        }
        uint256 live;
        for (uint256 i; i < h.commitCount(); i++) {
            (address who, bytes32 hash,,,) = h.commits(i);
            (uint256 bond,,) = reg.commitments(who, hash);
            live += bond;
        }
        assertEq(live, h.ghostLiveCommitments(), "live commitments");
        assertEq(reg.forfeited(), h.ghostForfeited(), "forfeited");
        uint256 credits;
        for (uint256 i; i < h.actorCount(); i++) {
            credits += reg.credits(h.actors(i));
        }
        assertEq(address(reg).balance, credits + held + live + reg.forfeited(), "solvency");
        assertEq(address(reg).balance, h.ghostDeposited() - h.ghostWithdrawn(), "ghost balance");
    }

    // ------------------------------------------------------------ (c) no credit beyond deposits

    function _checkNoCreditBeyondDeposits() internal view {
        uint256 credited;
        for (uint256 i; i < h.actorCount(); i++) {
            address a = h.actors(i);
            assertEq(h.ghostWithdrawnBy(a) + reg.credits(a), h.ghostCredited(a), "credit ledger");
            credited += h.ghostCredited(a);
        }
        assertLe(credited, h.ghostDeposited(), "credited more than deposited");
        for (uint256 i; i < h.jobCount(); i++) {
            uint256 id = h.jobIds(i);
            assertLe(h.ghostOut(id), h.ghostIn(id), "a job paid out more than went in");
        }
    }

    /// The honest watchtower only ever stands on tampered intervals, so it never loses a bond.
    function _checkWatchtowerNeverLoses() internal view {
        address w = h.watchtower();
        uint256 held;
        for (uint256 id = 1; id <= reg.challengeCount(); id++) {
            Challenge memory c = reg.challenges(id);
            if (c.challenger == w && c.status == ChallengeStatus.Open) held += c.bond;
        }
        for (uint256 i; i < h.commitCount(); i++) {
            (address who, bytes32 hash,,,) = h.commits(i);
            if (who != w) continue;
            (uint256 bond,,) = reg.commitments(who, hash);
            held += bond;
        }
        assertGe(h.ghostCredited(w) + held, h.ghostPaidIn(w), "the watchtower lost");
    }

    /// Registry bookkeeping agrees with itself: open counts, open-dispute index, terminal balances.
    function _checkDisputeAccounting() internal view {
        uint256 jobs = reg.jobCount();
        uint256[] memory open = new uint256[](jobs + 1);
        for (uint256 id = 1; id <= reg.disputeCount(); id++) {
            Dispute memory d = reg.disputes(id);
            if (d.status == DisputeStatus.Open) {
                open[d.jobId]++;
                assertEq(reg.openDisputeOf(d.jobId, d.interval), id, "openDisputeOf");
            }
        }
        for (uint256 id = 1; id <= jobs; id++) {
            JobView memory v = reg.getJob(id);
            assertEq(v.openDisputes, open[id], "open count");
            if (v.status == JobStatus.Created) {
                assertEq(v.escrow, v.payment);
                assertEq(v.providerBondHeld, 0);
            } else if (v.status == JobStatus.Accepted || v.status == JobStatus.Finalized) {
                assertEq(v.escrow, v.payment);
                assertEq(v.providerBondHeld, v.providerBond);
            } else {
                assertEq(v.escrow, 0, "terminal escrow");
                assertEq(v.providerBondHeld, 0, "terminal bond");
            }
            if (v.status == JobStatus.Settled) assertEq(v.openDisputes, 0);
        }
    }
}
