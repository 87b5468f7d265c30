// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, Dispute, DisputeStatus, Outcome} from "../src/OvigTypes.sol";

contract VerdictsTest is Base {
    event DisputeResolved(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        uint64 interval,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest,
        uint16 signers
    );

    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    uint256 internal jobId;
    uint256 internal cid;

    function setUp() public override {
        super.setUp();
        jobId = finalizedJob();
        cid = openDispute(jobId, 3);
        engage(cid);
    }

    /// @dev No calls before resolve here: callers put vm.expectRevert right before it (an Honest
    /// verdict needs pastNaming first).
    function resolveRaw(uint8 outcome, bytes[] memory sigs) internal {
        reg.resolve(cid, STEP, outcome, distanceFor(outcome), BOUNDARY, REPLAY, sigs);
    }

    /// @dev Bitmap over the job's arbiter indices of the first `n` arbiters.
    function firstBits(uint256 n) internal pure returns (uint16) {
        // forge-lint: disable-next-line(unsafe-typecast,incorrect-shift)
        return uint16((1 << n) - 1);
    }

    function test_twoOfThreeFraud() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        vm.expectEmit(address(reg));
        emit DisputeResolved(jobId, cid, 2, FRAUD, FAR, BOUNDARY, REPLAY, firstBits(2));
        vm.prank(stranger); // anyone may submit the signed verdict
        resolveRaw(FRAUD, sigs);
        Dispute memory d = reg.disputes(cid);
        assertEq(uint8(d.status), uint8(DisputeStatus.Resolved));
        assertEq(uint8(d.outcome), uint8(Outcome.Fraud));
        assertEq(d.signers, firstBits(2));
        assertEq(uint8(reg.intervalOutcome(jobId, 2)), uint8(Outcome.Fraud));
        assertEq(reg.openDisputeOf(jobId, 2), 0);
        assertEq(reg.getJob(jobId).openDisputes, 0);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    function test_threeOfThreeHonest() public {
        resolveWith(cid, HONEST, 3);
        assertEq(uint8(reg.disputes(cid).outcome), uint8(Outcome.Honest));
        assertEq(reg.disputes(cid).signers, firstBits(3));
        assertEq(uint8(status(jobId)), uint8(JobStatus.Finalized));
    }

    function test_unavailable() public {
        resolveWith(cid, UNAVAILABLE, 2);
        assertEq(uint8(reg.disputes(cid).outcome), uint8(Outcome.Unavailable));
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    function test_belowThreshold() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 1);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotEnoughSignatures.selector, 1, 2));
        resolveRaw(FRAUD, sigs);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotEnoughSignatures.selector, 0, 2));
        resolveRaw(FRAUD, new bytes[](0));
    }

    function test_tooManySignatures() public {
        bytes[] memory three = sortedSigs(digestFor(cid, FRAUD), 3);
        bytes[] memory sigs = new bytes[](4);
        for (uint256 i; i < 3; i++) {
            sigs[i] = three[i];
        }
        sigs[3] = three[2];
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.TooManySignatures.selector, 4, 3));
        resolveRaw(FRAUD, sigs);
    }

    function test_wrongSigner() public {
        (address outsider, uint256 key) = makeAddrAndKey("outsider");
        bytes32 digest = digestFor(cid, FRAUD);
        bytes[] memory sigs = new bytes[](2);
        bytes memory good = sign(arbKeys[0], digest);
        bytes memory bad = sign(key, digest);
        bool outsiderFirst = outsider < arbAddrs[0];
        sigs[0] = outsiderFirst ? bad : good;
        sigs[1] = outsiderFirst ? good : bad;
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.NotArbiter.selector, outsiderFirst ? 0 : 1, outsider)
        );
        resolveRaw(FRAUD, sigs);
    }

    function test_providerCannotSign() public {
        // The provider is never an arbiter (createJob rejects it), so its signature counts for nothing.
        (, uint256 key) = makeAddrAndKey("provider");
        bytes[] memory sigs = new bytes[](2);
        sigs[0] = sign(key, digestFor(cid, HONEST));
        sigs[1] = sigs[0];
        pastNaming(cid);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotArbiter.selector, 0, provider));
        resolveRaw(HONEST, sigs);
    }

    function test_signatureOverOtherOutcomeRejected() public {
        // Signed Honest, submitted as Fraud: recovers to unrelated addresses.
        bytes[] memory sigs = sortedSigs(digestFor(cid, HONEST), 2);
        vm.expectRevert();
        resolveRaw(FRAUD, sigs);
    }

    function test_signatureForOtherDisputeRejected() public {
        uint256 other = openDispute(jobId, 4, challenger2);
        bytes[] memory sigs = sortedSigs(digestFor(other, FRAUD), 2);
        vm.expectRevert();
        resolveRaw(FRAUD, sigs);
    }

    function test_duplicateSigner() public {
        bytes memory s = sign(arbKeys[0], digestFor(cid, FRAUD));
        bytes[] memory sigs = new bytes[](2);
        sigs[0] = s;
        sigs[1] = s;
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.SignersNotIncreasing.selector, 1));
        resolveRaw(FRAUD, sigs);
    }

    function test_unorderedSigners() public {
        bytes[] memory sorted = sortedSigs(digestFor(cid, FRAUD), 2);
        bytes[] memory sigs = new bytes[](2);
        sigs[0] = sorted[1];
        sigs[1] = sorted[0];
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.SignersNotIncreasing.selector, 1));
        resolveRaw(FRAUD, sigs);
    }

    function test_malleableSignature() public {
        bytes32 digest = digestFor(cid, FRAUD);
        bytes[] memory sigs = sortedSigs(digest, 2);
        // Flip the second signature to its (n - s, v ^ 1) twin: same signer for plain ecrecover.
        (bytes32 r, bytes32 s, uint8 v) = split(sigs[1]);
        bytes32 s2 = bytes32(SECP256K1_N - uint256(s));
        uint8 v2 = v == 27 ? 28 : 27;
        assertEq(ecrecover(digest, v2, r, s2), ecrecover(digest, v, r, s));
        sigs[1] = abi.encodePacked(r, s2, v2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignature.selector, 1, uint8(2)));
        resolveRaw(FRAUD, sigs);
    }

    function test_badV() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        (bytes32 r, bytes32 s, uint8 v) = split(sigs[0]);
        sigs[0] = abi.encodePacked(r, s, v - 27); // 0/1 style v is not accepted
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignature.selector, 0, uint8(3)));
        resolveRaw(FRAUD, sigs);
    }

    function test_badLength() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        (bytes32 r, bytes32 s,) = split(sigs[0]);
        sigs[0] = abi.encodePacked(r, s); // EIP-2098 compact form is not accepted
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignature.selector, 0, uint8(1)));
        resolveRaw(FRAUD, sigs);
    }

    function test_unrecoverable() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        sigs[0] = abi.encodePacked(bytes32(0), bytes32(uint256(1)), uint8(27));
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignature.selector, 0, uint8(4)));
        resolveRaw(FRAUD, sigs);
    }

    function test_invalidOutcome() public {
        for (uint8 o = 0; o < 6; o += 4) {
            bytes[] memory sigs = sortedSigs(digestFor(cid, o), 2);
            vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidOutcome.selector, o));
            resolveRaw(o, sigs);
        }
    }

    function test_afterDeadline() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DeadlinePassed.selector, START + ARBITRATION_WINDOW)
        );
        resolveRaw(FRAUD, sigs);
    }

    function test_notTwice() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, HONEST), 2);
        pastNaming(cid);
        resolveRaw(HONEST, sigs);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.DisputeNotOpen.selector, cid, DisputeStatus.Resolved)
        );
        resolveRaw(HONEST, sigs);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownDispute.selector, 99));
        reg.resolve(99, STEP, HONEST, 0, 0, bytes32(0), sigs);
    }

    function test_secondDisputeOnFraudulentJobCannotBeResolved() public {
        uint256 other = openDispute(jobId, 4, challenger2);
        resolveWith(cid, FRAUD);
        bytes[] memory sigs = sortedSigs(digestFor(other, FRAUD), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        reg.resolve(other, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sigs);
        // It lapses at once instead.
        reg.lapse(other);
        assertEq(uint8(reg.disputes(other).status), uint8(DisputeStatus.Lapsed));
    }

    function test_verdictForLapsedDisputeDoesNotDecideItsSuccessor() public {
        bytes[] memory old = sortedSigs(digestFor(cid, FRAUD), 2);
        vm.warp(START + ARBITRATION_WINDOW + 1);
        reg.lapse(cid);
        uint256 next = openDispute(jobId, 3, challenger2);
        assertEq(reg.disputes(next).interval, reg.disputes(cid).interval);
        // Same job, interval and root, but the digest binds the dispute id.
        vm.expectRevert();
        reg.resolve(next, STEP, FRAUD, FAR, BOUNDARY, REPLAY, old);
        resolveWith(next, FRAUD);
    }

    function test_inconsistentVerdictRejected() public {
        // Fraud needs distance > boundary.
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD, BOUNDARY, BOUNDARY), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InconsistentVerdict.selector, FRAUD, BOUNDARY, BOUNDARY)
        );
        reg.resolve(cid, STEP, FRAUD, BOUNDARY, BOUNDARY, REPLAY, sigs);
        sigs = sortedSigs(digestFor(cid, FRAUD, 0, 0), 2);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InconsistentVerdict.selector, FRAUD, 0, 0));
        reg.resolve(cid, STEP, FRAUD, 0, 0, REPLAY, sigs);
        // Honest needs distance <= boundary.
        sigs = sortedSigs(digestFor(cid, HONEST, BOUNDARY + 1, BOUNDARY), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InconsistentVerdict.selector, HONEST, BOUNDARY + 1, BOUNDARY)
        );
        reg.resolve(cid, STEP, HONEST, BOUNDARY + 1, BOUNDARY, REPLAY, sigs);
        // The edges are accepted: Honest at distance == boundary.
        pastNaming(cid);
        sigs = sortedSigs(digestFor(cid, HONEST, BOUNDARY, BOUNDARY), 2);
        reg.resolve(cid, STEP, HONEST, BOUNDARY, BOUNDARY, REPLAY, sigs);
        assertEq(uint8(reg.intervalOutcome(jobId, 2)), uint8(Outcome.Honest));
    }

    function test_fraudJustBeyondBoundaryAndUnavailableAtAnyDistance() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, UNAVAILABLE, 0, BOUNDARY), 2);
        reg.resolve(cid, STEP, UNAVAILABLE, 0, BOUNDARY, REPLAY, sigs);
        uint256 j2 = finalizedJob();
        uint256 d2 = openDispute(j2, 1);
        engage(d2);
        sigs = sortedSigs(digestFor(d2, FRAUD, BOUNDARY + 1, BOUNDARY), 2);
        reg.resolve(d2, STEP, FRAUD, BOUNDARY + 1, BOUNDARY, REPLAY, sigs);
        assertEq(uint8(status(j2)), uint8(JobStatus.Fraudulent));
    }

    function test_verdictOverOtherBoundaryHashRejected() public {
        Dispute memory d = reg.disputes(cid);
        bytes32 other = keccak256("another boundary artifact");
        bytes32 signed = typedDigest(
            jobId, cid, d.interval, d.root, d.stepRoot, STEP, other, FRAUD, FAR, BOUNDARY, REPLAY
        );
        bytes32 expected = typedDigest(
            jobId, cid, d.interval, d.root, d.stepRoot, STEP, BOUNDARY_HASH, FRAUD, FAR, BOUNDARY, REPLAY
        );
        assertEq(
            reg.verdictDigest(jobId, cid, d.interval, d.root, d.stepRoot, STEP, FRAUD, FAR, BOUNDARY, REPLAY),
            expected
        );
        assertTrue(signed != expected);
        bytes[] memory sigs = sortedSigs(signed, 2);
        // The first signature recovers, against the job's digest, to an address outside the set.
        (bytes32 r0, bytes32 s0, uint8 v0) = split(sigs[0]);
        address stray = ecrecover(expected, v0, r0, s0);
        assertTrue(!reg.isArbiter(jobId, stray));
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotArbiter.selector, 0, stray));
        reg.resolve(cid, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sigs);
        // Signed over the job's own boundary hash, the same verdict passes.
        reg.resolve(cid, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sortedSigs(expected, 2));
    }

    function test_otherChainSignatureRejected() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        vm.chainId(block.chainid + 1);
        vm.expectRevert();
        resolveRaw(FRAUD, sigs);
    }

    function test_singleIndependentArbiter() public {
        // One auditor, neither owner nor provider, as the whole referee set (1 of 1 is a majority).
        (address auditor, uint256 key) = makeAddrAndKey("auditor");
        JobParams memory p = defaultParams();
        p.arbiters = new address[](1);
        p.arbiters[0] = auditor;
        p.threshold = 1;
        uint256 j = createJob(p);
        acceptJob(j);
        commitAll(j, 11);
        uint256 d = openDispute(j, 10);
        engage(d);
        bytes[] memory sigs = new bytes[](1);
        sigs[0] = sign(key, digestFor(d, FRAUD));
        reg.resolve(d, STEP, FRAUD, FAR, BOUNDARY, REPLAY, sigs);
        assertEq(uint8(status(j)), uint8(JobStatus.Fraudulent));
        assertEq(reg.disputes(d).signers, 1);
    }

    function testFuzz_verdictFields(uint256 distance, uint256 boundary, bytes32 digest, uint8 outcome)
        public
    {
        outcome = uint8(bound(outcome, 1, 3));
        Dispute memory c = reg.disputes(cid);
        bytes32 d = reg.verdictDigest(
            jobId, cid, c.interval, c.root, c.stepRoot, STEP, outcome, distance, boundary, digest
        );
        if (outcome == HONEST) pastNaming(cid);
        bytes[] memory sigs = sortedSigs(d, 2);
        bool consistent = (outcome == FRAUD && distance > boundary)
            || (outcome == HONEST && distance <= boundary) || outcome == UNAVAILABLE;
        if (!consistent) {
            vm.expectRevert(
                abi.encodeWithSelector(OvigRegistry.InconsistentVerdict.selector, outcome, distance, boundary)
            );
            reg.resolve(cid, STEP, outcome, distance, boundary, digest, sigs);
            return;
        }
        // A verdict signed over other numbers does not pass.
        vm.expectRevert();
        reg.resolve(cid, STEP, outcome, distance, boundary, digest ^ bytes32(uint256(1)), sigs);
        vm.expectEmit(address(reg));
        emit DisputeResolved(jobId, cid, c.interval, outcome, distance, boundary, digest, firstBits(2));
        reg.resolve(cid, STEP, outcome, distance, boundary, digest, sigs);
    }

    function split(bytes memory sig) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
    }
}
