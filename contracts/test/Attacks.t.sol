// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {MerkleRef} from "./utils/MerkleRef.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {
    JobParams,
    JobStatus,
    JobView,
    EndpointProof,
    Dispute,
    DisputeStatus,
    ChallengeStatus,
    Outcome
} from "../src/OvigTypes.sol";

/// @notice The six attacks of issue 10, each replayed against the new game. Every test here was an
/// exploit against the registry before the fix (one challenge per interval, open to anyone and
/// copyable, owner-named endpoint, any threshold, unbounded windows, any signed outcome); each now
/// shows that the attack does not pay.
contract AttacksTest is Base {
    /// @dev The provider's training went wrong in interval 6 (endpoint 7).
    uint64 internal constant FRAUD_ENDPOINT = 7;

    address internal watchtower = makeAddr("watchtower");
    address internal copier = makeAddr("copier");
    address[] internal sybils;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < 10; i++) {
            sybils.push(makeAddr(string.concat("sybil", vm.toString(i))));
        }
    }

    /// @dev The provider responds, the leader names STEP, and honest live arbiters rule: Fraud on the
    /// tampered interval (its fake transition is STEP), Honest elsewhere.
    function judge(uint256 disputeId) internal {
        Dispute memory d = reg.disputes(disputeId);
        resolveWith(disputeId, d.interval + 1 == FRAUD_ENDPOINT ? FRAUD : HONEST);
    }

    function sumCredits(address[] memory who) internal view returns (uint256 s) {
        for (uint256 i; i < who.length; i++) {
            s += reg.credits(who[i]);
        }
    }

    function coalition() internal view returns (address[] memory c) {
        c = new address[](sybils.length + 1);
        c[0] = provider;
        for (uint256 i; i < sybils.length; i++) {
            c[i + 1] = sybils[i];
        }
    }

    function arbiterCredits() internal view returns (uint256) {
        return sumCredits(arbAddrs);
    }

    // ================================================================ 1. self-challenge every interval

    /// Before: the provider's sybils took every interval (IntervalAlreadyChallenged for everyone
    /// else), the fraudulent one last, lapsed and re-opened it until windowEnd, then settled.
    function test_attack1_selfChallengeEveryInterval_watchtowerStillSlashes() public {
        uint256 jobId = finalizedJob();
        uint256[] memory ds = new uint256[](11);
        uint256[] memory cs = new uint256[](11);
        for (uint64 e = 1; e <= 10; e++) {
            uint64 ep = e == 10 ? FRAUD_ENDPOINT : (e >= FRAUD_ENDPOINT ? e + 1 : e); // the fraud one last
            if (ep > 10) continue;
            cs[ep] = openChallenge(jobId, ep, sybils[e - 1]);
            ds[ep] = disputeOf(cs[ep]);
        }
        assertEq(reg.getJob(jobId).openDisputes, 10);
        // The provider answers every dispute in time; each sybil names STEP.
        for (uint64 ep = 1; ep <= 10; ep++) {
            engage(ds[ep]);
        }
        // The watchtower is not locked out: it joins the sybil's dispute on the fraudulent interval.
        uint256 w = openChallenge(jobId, FRAUD_ENDPOINT, watchtower);
        assertEq(disputeOf(w), ds[FRAUD_ENDPOINT]);
        assertEq(reg.disputes(ds[FRAUD_ENDPOINT]).challenges, 2);
        // Even the watchtower challenging an interval a sybil holds, in any order, stands.
        assertEq(disputeOf(openChallenge(jobId, 2, watchtower)), ds[2]);

        // Live arbiters decide the honest intervals first, then the tampered one.
        for (uint64 ep = 1; ep <= 10; ep++) {
            if (ep != FRAUD_ENDPOINT) judge(ds[ep]);
        }
        judge(ds[FRAUD_ENDPOINT]);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        reg.settle(jobId);

        uint256 n = reg.challengeCount();
        for (uint256 id = 1; id <= n; id++) {
            reg.claim(id);
        }
        // The provider never sees the escrow; it is paid only half of each Honest self-challenge
        // (and of the watchtower's Honest one on interval 1).
        uint256 honestStands = 9 + 1;
        assertEq(reg.credits(provider), honestStands * CHALLENGER_BOND / 2);
        assertEq(reg.credits(owner), PAYMENT + PROVIDER_BOND / 2);
        // The arbiters are paid for every Honest replay.
        assertEq(arbiterCredits(), honestStands * CHALLENGER_BOND / 2);
        // The coalition bonded PROVIDER_BOND + 10 challenger bonds; it recovers half the provider bond
        // (the sybil leads), the leader's bond and half of the 9 losing bonds: it loses more than by
        // cancelling (PROVIDER_BOND / 2).
        uint256 paidIn = PROVIDER_BOND + 10 * CHALLENGER_BOND;
        uint256 got = sumCredits(coalition());
        assertEq(got, PROVIDER_BOND / 2 + CHALLENGER_BOND + 9 * CHALLENGER_BOND / 2 + CHALLENGER_BOND / 2);
        assertGt(paidIn - got + CHALLENGER_BOND / 2, PROVIDER_BOND / 2, "worse than cancel");
        // The watchtower is made whole: both bonds back (one joined the fraud, one lost Honest half to
        // arbiters and provider - it challenged an honest interval, so that is the price).
        assertEq(reg.credits(watchtower), CHALLENGER_BOND);
        assertEq(
            address(reg).balance,
            sumCredits(coalition()) + reg.credits(owner) + reg.credits(watchtower) + arbiterCredits()
        );
    }

    function test_attack1_watchtowerOpensWhatSybilsLeaveAndLeads() public {
        uint256 jobId = finalizedJob();
        for (uint64 e = 1; e <= 10; e++) {
            if (e != FRAUD_ENDPOINT) openChallenge(jobId, e, sybils[e - 1]);
        }
        uint256 d = openDispute(jobId, FRAUD_ENDPOINT, watchtower);
        assertEq(reg.disputes(d).leader, watchtower);
        judge(d);
        claimAll(d);
        assertEq(reg.credits(watchtower), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(provider), 0);
        assertEq(reg.credits(owner), PAYMENT + PROVIDER_BOND / 2);
    }

    /// Before: an Honest verdict paid the whole challenger bond to the provider, a lapse refunded it,
    /// so self-challenging was free.
    function test_attack1_honestSelfChallengeCostsHalfTheBond() public {
        uint256 jobId = finalizedJob();
        uint256 c = openChallenge(jobId, 2, sybils[0]);
        judge(disputeOf(c));
        reg.claim(c);
        assertEq(reg.credits(sybils[0]), 0);
        assertEq(reg.credits(provider), CHALLENGER_BOND / 2);
        assertEq(arbiterCredits(), CHALLENGER_BOND / 2);
        // Coalition net: -CHALLENGER_BOND / 2 per Honest self-challenge.
        assertEq(sumCredits(coalition()), CHALLENGER_BOND / 2);
    }

    function test_attack1_lapseAndReopenCannotSettle() public {
        uint256 jobId = finalizedJob();
        // A sybil takes the tampered interval near the end of the window; the watchtower joins.
        vm.warp(START + CHALLENGE_WINDOW - 1 hours);
        uint256 d = openDispute(jobId, FRAUD_ENDPOINT, sybils[0]);
        openChallenge(jobId, FRAUD_ENDPOINT, watchtower);
        // The provider cannot lapse a dispute that live arbiters still have time for ...
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.CannotLapse.selector, d));
        vm.prank(sybils[0]);
        reg.lapse(d);
        // ... and cannot settle past the window while it is open.
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DisputesOpen.selector, jobId, 1));
        reg.settle(jobId);
        judge(d);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    function test_attack1_afterAMissedDeadlineTheWatchtowerReopens() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, FRAUD_ENDPOINT, sybils[0]);
        // Suppose the arbiters missed this one (the sybils swamped them): it lapses ...
        vm.warp(START + ARBITRATION_WINDOW + 1);
        reg.lapse(d);
        // ... the interval is open again while the window is, and the watchtower takes it.
        uint256 d2 = openDispute(jobId, FRAUD_ENDPOINT, watchtower);
        assertEq(reg.disputes(d2).leader, watchtower);
        engage(d2);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DisputesOpen.selector, jobId, 1));
        reg.settle(jobId);
        judge(d2);
        claimAll(d);
        claimAll(d2);
        assertEq(reg.credits(watchtower), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(sybils[0]), CHALLENGER_BOND, "a lapse only refunds");
        assertEq(reg.credits(provider), 0);
    }

    // ================================================================ 2. copied challenges

    /// Before: nothing in `challenge` depended on msg.sender, so a copy of the watchtower's
    /// transaction landed first and took the reward.
    function test_attack2_copiedCommitCannotBeRevealed() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, FRAUD_ENDPOINT);
        bytes32 salt = nextSalt();
        bytes32 cm = commitFor(watchtower, jobId, o, salt);
        // The copier replays the commit calldata (and value) from its own address.
        vm.deal(copier, CHALLENGER_BOND);
        vm.prank(copier);
        reg.commitChallenge{value: CHALLENGER_BOND}(cm);
        nextBlock();
        // Whatever it reveals, its commitment hash binds its own address: the copy never opens.
        bytes32 asCopier = reg.challengeCommitment(copier, jobId, o.endpoint, o.root, salt);
        assertTrue(asCopier != cm);
        vm.prank(copier);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownCommitment.selector, asCopier));
        reg.challenge(jobId, o, salt);
        // The watchtower reveals and leads.
        uint256 d = disputeOf(revealFor(watchtower, jobId, o, salt));
        assertEq(reg.disputes(d).leader, watchtower);
        judge(d);
        claimAll(d);
        assertEq(reg.credits(watchtower), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        // The copied commitment is dead weight: forfeited after the reveal window.
        vm.warp(START + reg.REVEAL_WINDOW() + 1);
        reg.forfeit(copier, cm);
        assertEq(reg.credits(copier), 0);
        assertEq(reg.forfeited(), CHALLENGER_BOND);
    }

    function test_attack2_copiedRevealReverts() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, FRAUD_ENDPOINT);
        bytes32 salt = nextSalt();
        commitFor(watchtower, jobId, o, salt);
        nextBlock();
        // The copier front-runs the reveal with the same calldata.
        bytes32 asCopier = reg.challengeCommitment(copier, jobId, o.endpoint, o.root, salt);
        vm.prank(copier);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownCommitment.selector, asCopier));
        reg.challenge(jobId, o, salt);
        uint256 d = disputeOf(revealFor(watchtower, jobId, o, salt));
        assertEq(reg.disputes(d).leader, watchtower);
        assertEq(reg.disputes(d).challenges, 1);
    }

    /// The copier reads the interval and root off the watchtower's pending reveal and front-runs it
    /// in that block with a fresh commitment and reveal of its own: it opens the dispute, but its
    /// commitment is later, so the watchtower's reveal takes the lead and the reward.
    function test_attack2_frontRunWithLaterCommitmentDoesNotLead() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, FRAUD_ENDPOINT);
        bytes32 salt = nextSalt();
        commitFor(watchtower, jobId, o, salt);
        nextBlock();
        // The copier commits as soon as it knows the interval and reveals ahead of the watchtower.
        bytes32 mine = keccak256("copier salt");
        commitFor(copier, jobId, o, mine);
        nextBlock();
        uint256 cc = revealFor(copier, jobId, o, mine);
        uint256 d = disputeOf(cc);
        assertEq(reg.disputes(d).leader, copier);
        revealFor(watchtower, jobId, o, salt);
        assertEq(reg.disputes(d).leader, watchtower, "the earlier commitment leads");
        judge(d);
        claimAll(d);
        assertEq(reg.credits(watchtower), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(copier), CHALLENGER_BOND, "the copier gets its bond back, nothing more");
    }

    /// A watchtower that sends its commit and reveal together exposes the interval in the mempool
    /// before its commitment is mined: a copier could commit and reveal ahead of it in the same
    /// block and tie on the commitment block, winning by order. Reveals must wait a block, so
    /// the copier's reveal comes a block later at best, behind the watchtower's commitment.
    function test_attack2_sameBlockRevealRefused() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, FRAUD_ENDPOINT);
        bytes32 salt = nextSalt();
        commitFor(watchtower, jobId, o, salt);
        vm.prank(watchtower);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.RevealTooEarly.selector, block.number));
        reg.challenge(jobId, o, salt);
        bytes32 mine = keccak256("copier salt");
        commitFor(copier, jobId, o, mine);
        vm.prank(copier);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.RevealTooEarly.selector, block.number));
        reg.challenge(jobId, o, mine);
        nextBlock();
        // Both commitments share a block: whoever reveals first leads, and only a challenger that
        // committed blind (before any reveal was public) can be in that block.
        uint256 d = disputeOf(revealFor(watchtower, jobId, o, salt));
        revealFor(copier, jobId, o, mine);
        assertEq(reg.disputes(d).leader, watchtower);
    }

    /// Before: a provider whose sybil copied (or led) the challenge of its own fraud got its bond back
    /// plus half its slashed bond; abandoning through a self-inflicted Unavailable verdict was
    /// cheaper than cancel. Now a sybil-led slash returns to the coalition exactly what cancel does.
    function test_attack2_sybilLeadingOwnFraudRecoversExactlyCancel() public {
        address providerB = makeAddr("providerB");
        vm.deal(providerB, 100 ether);

        // Job A: the sybil commits first (it knows the tampered interval); the watchtower follows.
        uint256 a = finalizedJob();
        uint256 s = openChallenge(a, FRAUD_ENDPOINT, sybils[0]);
        uint256 w = openChallenge(a, FRAUD_ENDPOINT, watchtower);
        uint256 d = disputeOf(s);
        assertEq(disputeOf(w), d);
        assertEq(reg.disputes(d).leader, sybils[0]);
        judge(d);
        claimAll(d);
        uint256 coalitionA = reg.credits(provider) + reg.credits(sybils[0]) - CHALLENGER_BOND; // own bond back
        uint256 ownerA = reg.credits(owner);

        // Job B, same terms, another provider: accepts, walks away, the job is cancelled.
        JobParams memory p = defaultParams();
        p.provider = providerB;
        uint256 b = createJob(p);
        acceptJob(b);
        commitNext(b, 3);
        vm.warp(block.timestamp + TRAIN_WINDOW + 1);
        reg.cancel(b);
        uint256 coalitionB = reg.credits(providerB);
        uint256 ownerB = reg.credits(owner) - ownerA;

        assertEq(coalitionA, PROVIDER_BOND / 2);
        assertEq(coalitionA, coalitionB, "self-slash with a sybil leader == cancel");
        assertEq(ownerA, ownerB, "the owner is indifferent");
        assertEq(ownerA, PAYMENT + PROVIDER_BOND / 2);
        assertEq(reg.credits(watchtower), CHALLENGER_BOND, "a follower is made whole");
    }

    /// Whatever the bonds and whether the sybil's verdict is Fraud or Unavailable, its leadership of
    /// the provider's own slash never returns more than cancel.
    function testFuzz_attack2_selfSlashNeverBeatsCancel(uint256 pBond, uint256 cBond, bool unavailable)
        public
    {
        cBond = bound(cBond, 1, 1e24);
        pBond = bound(pBond, 2 * cBond, 1e26);
        JobParams memory p = defaultParams();
        p.providerBond = pBond;
        p.challengerBond = cBond;
        vm.deal(provider, pBond * 2);
        uint256 a = createJob(p);
        acceptJob(a);
        commitAll(a, 11);
        uint256 s = openChallenge(a, FRAUD_ENDPOINT, sybils[0]);
        uint256 d = disputeOf(s);
        resolveWith(d, unavailable ? UNAVAILABLE : FRAUD);
        reg.claim(s);
        uint256 selfSlash = reg.credits(provider) + reg.credits(sybils[0]) - cBond;

        uint256 b = createJob(p);
        acceptJob(b);
        vm.warp(block.timestamp + TRAIN_WINDOW + 1);
        uint256 before = reg.credits(provider);
        reg.cancel(b);
        uint256 cancelled = reg.credits(provider) - before;
        assertLe(selfSlash, cancelled);
        assertEq(selfSlash, cancelled);
    }

    // ================================================================ 3. owner-controlled endpoint / arbiter

    /// Before: the owner set evidenceURI at createJob and could be the sole arbiter (threshold 1), so
    /// it could point arbiters at a dead server and sign Unavailable itself.
    function test_attack3_ownerCannotNameTheEvidenceEndpoint() public {
        uint256 jobId = createJob();
        assertEq(bytes(reg.getJob(jobId).evidenceURI).length, 0, "no URI before the provider names it");
        vm.deal(owner, PROVIDER_BOND);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, owner));
        reg.accept{value: PROVIDER_BOND}(jobId, "http://dead.invalid");
        vm.prank(provider);
        reg.accept{value: PROVIDER_BOND}(jobId, "https://provider.example/evidence");
        assertEq(reg.getJob(jobId).evidenceURI, "https://provider.example/evidence");
        // Once accepted, nobody changes it (accept cannot run twice).
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Accepted)
        );
        reg.accept{value: PROVIDER_BOND}(jobId, "http://dead.invalid");
    }

    function test_attack3_ownerCannotBeArbiter() public {
        JobParams memory p = defaultParams();
        p.arbiters = new address[](1);
        p.arbiters[0] = owner;
        p.threshold = 1;
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidArbiter.selector, owner));
        reg.createJob{value: PAYMENT}(p);
        p = defaultParams();
        p.arbiters[1] = owner;
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidArbiter.selector, owner));
        reg.createJob{value: PAYMENT}(p);
    }

    function test_attack3_providerCannotBeArbiter() public {
        JobParams memory p = defaultParams();
        p.arbiters[2] = provider;
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidArbiter.selector, provider));
        reg.createJob{value: PAYMENT}(p);
    }

    /// The owner's remaining lever is a sybil challenge of an honest provider: it costs the sybil
    /// half its bond to the arbiters and half to the provider.
    function test_attack3_ownerSybilChallengeOfHonestProviderCosts() public {
        uint256 jobId = finalizedJob();
        EndpointProof memory o = opening(jobId, 3);
        bytes32 salt = nextSalt();
        commitFor(owner, jobId, o, salt);
        nextBlock();
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.PartyCannotChallenge.selector, owner));
        reg.challenge(jobId, o, salt);
        uint256 c = openChallenge(jobId, 3, stranger); // the owner's sybil
        judge(disputeOf(c));
        reg.claim(c);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.settle(jobId);
        assertEq(reg.credits(provider), PAYMENT + PROVIDER_BOND + CHALLENGER_BOND / 2);
        assertEq(reg.credits(stranger), 0);
    }

    // ================================================================ 4. minority quorum

    /// Before: with 2 of 4, two colluders signed Honest and two honest arbiters Fraud; the first to
    /// land won.
    function test_attack4_minorityThresholdRejected() public {
        JobParams memory p = defaultParams();
        p.arbiters = new address[](4);
        for (uint256 i; i < 4; i++) {
            p.arbiters[i] = vm.addr(0x4000 + i);
        }
        p.threshold = 2;
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidThreshold.selector, 2, 4));
        reg.createJob{value: PAYMENT}(p);
        p.threshold = 3;
        createJob(p);
    }

    function test_attack4_twoDisjointQuorumsImpossible() public {
        uint256[] memory keys = new uint256[](4);
        JobParams memory p = defaultParams();
        p.arbiters = new address[](4);
        for (uint256 i; i < 4; i++) {
            keys[i] = 0x4000 + i;
            p.arbiters[i] = vm.addr(keys[i]);
        }
        p.threshold = 3;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 11);
        uint256 d = openDispute(jobId, FRAUD_ENDPOINT);
        engage(d);
        pastNaming(d);
        uint256[] memory colluders = new uint256[](2);
        colluders[0] = keys[0];
        colluders[1] = keys[1];
        uint256[] memory honest = new uint256[](2);
        honest[0] = keys[2];
        honest[1] = keys[3];
        bytes[] memory h = sortedSigsOf(digestFor(d, HONEST), colluders);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotEnoughSignatures.selector, 2, 3));
        reg.resolve(d, STEP, HONEST, NEAR, BOUNDARY, REPLAY, h);
        bytes[] memory f = sortedSigsOf(digestFor(d, FRAUD), honest);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotEnoughSignatures.selector, 2, 3));
        reg.resolve(d, STEP, FRAUD, FAR, BOUNDARY, REPLAY, f);
        // A quorum needs one of the honest pair: three honest signatures decide.
        uint256[] memory three = new uint256[](3);
        three[0] = keys[1];
        three[1] = keys[2];
        three[2] = keys[3];
        reg.resolve(d, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sortedSigsOf(digestFor(d, FRAUD), three));
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    /// Every threshold the registry accepts is a strict majority, so any two signer sets that each
    /// meet it share an arbiter.
    function testFuzz_attack4_acceptedThresholdsMakeQuorumsIntersect(uint8 n, uint8 t, uint16 a, uint16 b)
        public
    {
        n = uint8(bound(n, 1, 16));
        t = uint8(bound(t, 0, 17));
        JobParams memory p = defaultParams();
        p.arbiters = new address[](n);
        for (uint256 i; i < n; i++) {
            p.arbiters[i] = vm.addr(0x5000 + i);
        }
        p.threshold = t;
        bool majority = t <= n && 2 * uint256(t) > n;
        vm.prank(owner);
        if (!majority) {
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidThreshold.selector, t, n));
            reg.createJob{value: PAYMENT}(p);
            return;
        }
        reg.createJob{value: PAYMENT}(p);
        uint256 mask = (uint256(1) << n) - 1;
        uint256 sa = uint256(a) & mask;
        uint256 sb = uint256(b) & mask;
        if (popcount(sa) >= t && popcount(sb) >= t) assertTrue(sa & sb != 0, "two quorums share a signer");
    }

    function popcount(uint256 x) internal pure returns (uint256 c) {
        for (; x != 0; x &= x - 1) {
            c++;
        }
    }

    // ================================================================ 5. last-second challenge

    /// Before: a challenge at windowEnd blocked settle for up to 3650 days and a lapse refunded the
    /// whole bond.
    function test_attack5_lastSecondChallengeDelayBoundedAndCostly() public {
        JobParams memory p = defaultParams();
        p.arbitrationWindow = 14 days; // the most the owner can set
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 4);
        finalizeJob(jobId);
        uint64 windowEnd = reg.getJob(jobId).windowEnd;
        vm.warp(windowEnd);
        uint256 c = openChallenge(jobId, 2, stranger);
        uint256 d = disputeOf(c);
        assertEq(reg.disputes(d).deadline, windowEnd + 14 days);
        // Nothing can be added after the window: the delay cannot be extended.
        EndpointProof memory o = opening(jobId, 3);
        bytes32 salt = nextSalt();
        commitFor(challenger2, jobId, o, salt);
        nextBlock();
        vm.warp(windowEnd + 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.ChallengeWindowClosed.selector, jobId));
        reg.challenge(jobId, o, salt);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DisputesOpen.selector, jobId, 1));
        reg.settle(jobId);
        // Live arbiters answer: the griefer pays half its bond to them and half to the provider.
        judge(d);
        reg.settle(jobId);
        reg.claim(c);
        assertEq(reg.credits(stranger), 0);
        assertEq(reg.credits(provider), PAYMENT + PROVIDER_BOND + CHALLENGER_BOND / 2);
        assertEq(arbiterCredits(), CHALLENGER_BOND / 2);
    }

    /// Even if the arbiters never answer, settlement waits at most arbitrationWindow (<= 14 days)
    /// past windowEnd, whenever in the window the challenges came and however they were re-opened.
    function testFuzz_attack5_settleDelayAtMostArbitrationWindow(uint64 arbWindow, uint64 t1, uint64 t2)
        public
    {
        arbWindow = uint64(bound(arbWindow, 1 hours, 14 days));
        JobParams memory p = defaultParams();
        p.arbitrationWindow = arbWindow;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 4);
        finalizeJob(jobId);
        uint64 windowEnd = reg.getJob(jobId).windowEnd;
        t1 = uint64(bound(t1, START, windowEnd));
        vm.warp(t1);
        uint256 d = openDispute(jobId, 2, stranger);
        // Lapse and re-open it as late as the window allows.
        t2 = uint64(bound(t2, t1, windowEnd));
        if (reg.disputes(d).deadline < t2) {
            vm.warp(t2);
            reg.lapse(d);
            d = openDispute(jobId, 2, challenger2);
        }
        uint64 limit = windowEnd + arbWindow;
        assertLe(reg.disputes(d).deadline, limit);
        vm.warp(limit + 1);
        reg.lapse(d);
        reg.settle(jobId);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Settled));
    }

    function test_attack5_windowsBeyondBoundsRejected() public {
        JobParams memory p = defaultParams();
        p.challengeWindow = 90 days;
        p.arbitrationWindow = 14 days;
        createJob(p);
        p.challengeWindow = 90 days + 1;
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidWindows.selector, 90 days + 1, 14 days));
        reg.createJob{value: PAYMENT}(p);
        p.challengeWindow = 90 days;
        p.arbitrationWindow = 3650 days;
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidWindows.selector, 90 days, 3650 days));
        reg.createJob{value: PAYMENT}(p);
    }

    // ================================================================ 6. inconsistent verdicts

    /// Before: a Fraud verdict with distance 0 and any boundary was applied, and any boundary
    /// artifact could be signed.
    function test_attack6_fraudWithinBoundaryRejected() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, 3);
        engage(d);
        bytes[] memory sigs = sortedSigs(digestFor(d, FRAUD, 0, 12345), 3);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InconsistentVerdict.selector, FRAUD, 0, 12345));
        reg.resolve(d, STEP, FRAUD, 0, 12345, REPLAY, sigs);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Finalized));
    }

    function test_attack6_honestBeyondBoundaryRejected() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, FRAUD_ENDPOINT);
        engage(d);
        bytes[] memory sigs = sortedSigs(digestFor(d, HONEST, FAR, BOUNDARY), 3);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InconsistentVerdict.selector, HONEST, FAR, BOUNDARY)
        );
        reg.resolve(d, STEP, HONEST, FAR, BOUNDARY, REPLAY, sigs);
        assertEq(uint8(reg.intervalOutcome(jobId, FRAUD_ENDPOINT - 1)), uint8(Outcome.None));
    }

    function test_attack6_verdictOverAnotherBoundaryArtifactRejected() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, 3);
        engage(d);
        Dispute memory x = reg.disputes(d);
        bytes32 loose = keccak256("a looser boundary artifact");
        bytes32 signed =
            typedDigest(jobId, d, x.interval, x.root, x.stepRoot, STEP, loose, FRAUD, FAR, BOUNDARY, REPLAY);
        vm.expectRevert();
        reg.resolve(d, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sortedSigs(signed, 3));
        assertEq(uint8(status(jobId)), uint8(JobStatus.Finalized));
    }

    function test_attack6_providerBondBelowTwiceChallengerBondRejected() public {
        JobParams memory p = defaultParams();
        p.providerBond = 0;
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.ProviderBondTooSmall.selector, 0, 2 * CHALLENGER_BOND)
        );
        reg.createJob{value: PAYMENT}(p);
        p.providerBond = 2 * CHALLENGER_BOND - 1;
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(
                OvigRegistry.ProviderBondTooSmall.selector, 2 * CHALLENGER_BOND - 1, 2 * CHALLENGER_BOND
            )
        );
        reg.createJob{value: PAYMENT}(p);
    }

    /// With the minimum provider bond, the leader's reward still covers the bond it risked.
    function testFuzz_attack6_rewardCoversBond(uint256 cBond, uint256 extra) public {
        cBond = bound(cBond, 1, 1e27);
        uint256 pBond = 2 * cBond + bound(extra, 0, 1e27);
        JobParams memory p = defaultParams();
        p.providerBond = pBond;
        p.challengerBond = cBond;
        vm.deal(provider, pBond);
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 11);
        uint256 c = openChallenge(jobId, FRAUD_ENDPOINT, watchtower);
        judge(disputeOf(c));
        reg.claim(c);
        assertGe(reg.credits(watchtower), 2 * cBond);
    }

    // ================================================================ 7. step-level disputes

    /// @dev The step of interval FRAUD_ENDPOINT - 1 whose transition the provider faked.
    uint64 internal constant FAKE = 7;

    /// The provider's sybil commits first, so it leads the dispute, and names an honest step; the
    /// watchtower names the fake transition. Fraud on that step rewards the watchtower, its leader;
    /// the sybil gets its bond back and nothing more.
    function test_attack7_sybilLeaderNamingAnHonestStepEarnsNothing() public {
        uint256 jobId = finalizedJob();
        uint256 s = openChallenge(jobId, FRAUD_ENDPOINT, sybils[0]);
        uint256 w = openChallenge(jobId, FRAUD_ENDPOINT, watchtower);
        uint256 d = disputeOf(s);
        assertEq(disputeOf(w), d);
        assertEq(reg.disputes(d).leader, sybils[0]);
        respondTo(d);
        nameFor(s, 2);
        nameFor(w, FAKE);
        assertEq(reg.stepLeaderOf(d, 2), s);
        assertEq(reg.stepLeaderOf(d, FAKE), w);
        // The coalition cannot rush an Honest verdict on its step before nameBy ...
        bytes[] memory h = sortedSigs(digestAt(d, 2, HONEST, NEAR, BOUNDARY), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, reg.disputes(d).nameBy)
        );
        reg.resolve(d, 2, HONEST, NEAR, BOUNDARY, REPLAY, h);
        // ... and the arbiters rule Fraud on the step the watchtower named.
        resolveAt(d, FAKE, FRAUD, 2);
        assertEq(reg.disputes(d).rewarded, watchtower);
        claimAll(d);
        assertEq(reg.credits(watchtower), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(sybils[0]), CHALLENGER_BOND, "the sybil only gets its bond back");
        assertEq(reg.credits(provider), 0);
        assertEq(reg.credits(owner), PAYMENT + PROVIDER_BOND / 2);
    }

    /// Naming the fake step too does not help a sybil that committed after the watchtower.
    function test_attack7_laterSybilNamingTheFakeStepDoesNotLeadIt() public {
        uint256 jobId = finalizedJob();
        uint256 w = openChallenge(jobId, FRAUD_ENDPOINT, watchtower);
        uint256 s = openChallenge(jobId, FRAUD_ENDPOINT, sybils[0]);
        uint256 d = disputeOf(w);
        respondTo(d);
        nameFor(s, FAKE); // first to name it
        assertEq(reg.stepLeaderOf(d, FAKE), s);
        nameFor(w, FAKE);
        assertEq(reg.stepLeaderOf(d, FAKE), w, "the earlier commitment leads the step");
        resolveAt(d, FAKE, FRAUD, 2);
        assertEq(reg.disputes(d).rewarded, watchtower);
    }

    /// A provider that never answers is slashed by timeout, whoever calls it; the dispute's leader
    /// is rewarded.
    function test_attack7_silentProviderIsSlashedByTimeout() public {
        uint256 jobId = finalizedJob();
        uint256 w = openChallenge(jobId, FRAUD_ENDPOINT, watchtower);
        uint256 c2 = openChallenge(jobId, FRAUD_ENDPOINT, challenger2);
        uint256 d = disputeOf(w);
        vm.warp(reg.disputes(d).respondBy + 1);
        vm.prank(stranger);
        reg.timeout(d);
        assertEq(uint8(reg.disputes(d).outcome), uint8(Outcome.Unavailable));
        assertEq(reg.disputes(d).rewarded, watchtower);
        reg.claim(w);
        reg.claim(c2);
        assertEq(reg.credits(watchtower), PROVIDER_BOND / 2 + CHALLENGER_BOND);
        assertEq(reg.credits(challenger2), CHALLENGER_BOND);
        assertEq(reg.credits(owner), PAYMENT + PROVIDER_BOND / 2);
        assertEq(reg.credits(provider), 0);
    }

    /// A cheating provider cannot answer with states that do not start at its committed endpoint k
    /// or do not end at the disputed root, nor with a tree of another length: silence is all that
    /// is left, and it loses.
    function test_attack7_stepRootMustMatchTheCommittedEnds() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, FRAUD_ENDPOINT, watchtower);
        uint64 k = FRAUD_ENDPOINT - 1;
        // A replay of honest training from endpoint k cannot end at the tampered root: the provider
        // tries a clean trajectory ending elsewhere, then one starting elsewhere.
        bytes32[] memory st = stepStates(jobId, k);
        st[STRIDE] = keccak256("where honest training would have ended");
        expectRespondRevert(d, st, abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
        st = stepStates(jobId, k);
        st[0] = keccak256("a start it never committed");
        expectRespondRevert(d, st, abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
        // A shorter trajectory (s - 1 steps, both ends right) is not s steps.
        bytes32[] memory shorter = new bytes32[](STRIDE);
        bytes32[] memory full = stepStates(jobId, k);
        for (uint256 j; j < STRIDE - 1; j++) {
            shorter[j] = full[j];
        }
        shorter[STRIDE - 1] = full[STRIDE];
        expectRespondRevert(d, shorter, abi.encodeWithSelector(OvigRegistry.InvalidProof.selector));
        vm.warp(reg.disputes(d).respondBy + 1);
        reg.timeout(d);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    /// An honest provider answers a griefer that then names nothing: the timeout decides Honest and
    /// the griefer's whole bond goes to the provider (no arbiter worked).
    function test_attack7_griefingChallengeNamingNothingPaysTheProvider() public {
        uint256 jobId = finalizedJob();
        uint256 g = openChallenge(jobId, 3, stranger); // the owner's sybil, say
        uint256 d = disputeOf(g);
        respondTo(d);
        pastNaming(d);
        reg.timeout(d);
        reg.claim(g);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.settle(jobId);
        assertEq(reg.credits(provider), PAYMENT + PROVIDER_BOND + CHALLENGER_BOND);
        assertEq(reg.credits(stranger), 0);
        assertEq(arbiterCredits(), 0);
    }

    /// A griefer that names an honest step loses its bond to the arbiters and the provider once the
    /// Honest verdict lands after nameBy.
    function test_attack7_griefingChallengeNamingAnHonestStepLosesTheBond() public {
        uint256 jobId = finalizedJob();
        uint256 g = openChallenge(jobId, 3, stranger);
        uint256 d = disputeOf(g);
        respondTo(d);
        nameFor(g, 5);
        // Not before nameBy, and only on the step it named.
        bytes[] memory sigs = sortedSigs(digestAt(d, 5, HONEST, NEAR, BOUNDARY), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, reg.disputes(d).nameBy)
        );
        reg.resolve(d, 5, HONEST, NEAR, BOUNDARY, REPLAY, sigs);
        pastNaming(d);
        bytes[] memory other = sortedSigs(digestAt(d, 6, HONEST, NEAR, BOUNDARY), 2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.StepNotNamed.selector, d, 6));
        reg.resolve(d, 6, HONEST, NEAR, BOUNDARY, REPLAY, other);
        reg.resolve(d, 5, HONEST, NEAR, BOUNDARY, REPLAY, sigs);
        reg.claim(g);
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.settle(jobId);
        assertEq(reg.credits(provider), PAYMENT + PROVIDER_BOND + CHALLENGER_BOND / 2);
        assertEq(arbiterCredits(), CHALLENGER_BOND / 2);
        assertEq(reg.credits(stranger), 0);
    }

    /// The interval check only opens disputes: a dispute nobody argues about by nameBy is decided by
    /// its named steps alone. A sybil's dispute on the tampered interval, naming an honest step, is
    /// decided Honest unless a watchtower joins and names the fake step in time (so watchtowers audit
    /// every disputed interval at once, see docs/protocol.md).
    function test_attack7_unwatchedSybilDisputeIsDecidedByItsNamedSteps() public {
        uint256 jobId = finalizedJob();
        uint256 s = openChallenge(jobId, FRAUD_ENDPOINT, sybils[0]);
        uint256 d = disputeOf(s);
        respondTo(d);
        nameFor(s, 2);
        // A watchtower that comes after nameBy can still join but no longer name.
        pastNaming(d);
        uint256 w = openChallenge(jobId, FRAUD_ENDPOINT, watchtower);
        uint64 nameBy = reg.disputes(d).nameBy;
        vm.prank(watchtower);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, nameBy));
        reg.nameStep(w, FAKE);
        resolveAt(d, 2, HONEST, 2);
        assertEq(uint8(reg.intervalOutcome(jobId, FRAUD_ENDPOINT - 1)), uint8(Outcome.Honest));
    }

    /// Whatever the owner and its sybils do (challenge, name any step, time out, lapse, respond in the
    /// provider's place, sign verdicts themselves, let time pass), an honest provider that answers
    /// every dispute with its true step root, judged by honest arbiters, is never slashed and is
    /// paid at least the escrow and its bond.
    function testFuzz_attack7_ownerCannotSlashAnHonestProvider(uint256 seed) public {
        uint256 jobId = finalizedJob();
        address[3] memory sy = [stranger, makeAddr("owner-sybil-1"), makeAddr("owner-sybil-2")];
        (, uint256 ownerKey) = makeAddrAndKey("owner");
        for (uint256 i; i < 10; i++) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            uint256 n = reg.disputeCount();
            uint256 pick = n == 0 ? 0 : r / 7 % n + 1;
            uint256 action = r % 7;
            if (action == 0 || n == 0) {
                address who = sy[r / 11 % 3];
                uint64 e = uint64(r / 13 % 10 + 1);
                uint256 open = reg.openDisputeOf(jobId, e - 1);
                if (
                    (open == 0 || reg.challengeOf(open, who) == 0)
                        && reg.intervalOutcome(jobId, e - 1) == Outcome.None
                ) {
                    uint256 c = openChallenge(jobId, e, who);
                    // The honest provider answers at once.
                    if (!reg.disputes(disputeOf(c)).responded) respondTo(disputeOf(c));
                }
            } else if (action == 1) {
                // The owner answers in the provider's place.
                bytes32[] memory st = stepStates(jobId, reg.disputes(pick).interval);
                EndpointProof memory start = opening(jobId, reg.disputes(pick).interval);
                bytes32[] memory p0 = MerkleRef.proof(st, 0);
                bytes32[] memory pl = MerkleRef.proof(st, STRIDE);
                vm.prank(owner);
                vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotProvider.selector, owner));
                reg.respond(pick, MerkleRef.root(st), start, p0, pl);
            } else if (action == 2) {
                vm.prank(owner);
                try reg.timeout(pick) {
                    assertEq(uint8(reg.disputes(pick).outcome), uint8(Outcome.Honest));
                } catch {}
            } else if (action == 3) {
                uint256 c = reg.challengeOf(pick, sy[r / 11 % 3]);
                if (c != 0) {
                    vm.prank(sy[r / 11 % 3]);
                    try reg.nameStep(c, uint64(r / 17 % (STRIDE + 1))) {} catch {}
                }
            } else if (action == 4) {
                vm.warp(block.timestamp + r / 19 % 1 hours);
            } else if (action == 5) {
                vm.prank(owner);
                try reg.lapse(pick) {
                    revert("lapsed a judgeable dispute");
                } catch {}
            } else {
                // The owner signs a Fraud verdict on the step its sybil named (or any).
                uint64 at = uint64(r / 23 % STRIDE);
                bytes[] memory sigs = new bytes[](2);
                sigs[0] = sign(ownerKey, digestAt(pick, at, FRAUD, FAR, BOUNDARY));
                sigs[1] = sign(arbKeys[0], digestAt(pick, at, FRAUD, FAR, BOUNDARY));
                vm.expectRevert();
                reg.resolve(pick, at, FRAUD, FAR, BOUNDARY, REPLAY, sigs);
            }
            assertTrue(status(jobId) != JobStatus.Fraudulent, "honest provider slashed");
        }
        // Honest arbiters and the provider close what is open: Honest on a named step, or a timeout.
        for (uint256 id = 1; id <= reg.disputeCount(); id++) {
            Dispute memory d = reg.disputes(id);
            if (d.status != DisputeStatus.Open) continue;
            pastNaming(id);
            if (d.stepsNamed == 0) {
                reg.timeout(id);
                continue;
            }
            uint64 at;
            while (reg.stepLeaderOf(id, at) == 0) at++;
            resolveAt(id, at, HONEST, 2);
        }
        uint256 n = reg.challengeCount();
        for (uint256 id = 1; id <= n; id++) {
            reg.claim(id);
        }
        vm.warp(START + CHALLENGE_WINDOW + 1);
        reg.settle(jobId);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Settled));
        assertGe(reg.credits(provider), PAYMENT + PROVIDER_BOND);
        assertEq(reg.credits(owner), 0);
    }
}
