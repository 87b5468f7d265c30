// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, Challenge, ChallengeStatus, Outcome} from "../src/OvigTypes.sol";

contract VerdictsTest is Base {
    event ChallengeResolved(
        uint256 indexed jobId,
        uint256 indexed challengeId,
        uint64 interval,
        uint8 outcome,
        uint256 distance,
        uint256 boundary,
        bytes32 replayDigest
    );

    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    uint256 internal jobId;
    uint256 internal cid;

    function setUp() public override {
        super.setUp();
        jobId = finalizedJob();
        cid = openChallenge(jobId, 3);
    }

    function resolveRaw(uint8 outcome, bytes[] memory sigs) internal {
        reg.resolve(cid, outcome, 2e16, 1e16, keccak256("replay"), sigs);
    }

    function test_twoOfThreeFraud() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        vm.expectEmit(address(reg));
        emit ChallengeResolved(jobId, cid, 2, FRAUD, 2e16, 1e16, keccak256("replay"));
        vm.prank(stranger); // anyone may submit the signed verdict
        resolveRaw(FRAUD, sigs);
        Challenge memory c = reg.challenges(cid);
        assertEq(uint8(c.status), uint8(ChallengeStatus.Resolved));
        assertEq(uint8(c.outcome), uint8(Outcome.Fraud));
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    function test_threeOfThreeHonest() public {
        resolveWith(cid, HONEST, 3);
        assertEq(uint8(reg.challenges(cid).outcome), uint8(Outcome.Honest));
        assertEq(uint8(status(jobId)), uint8(JobStatus.Finalized));
    }

    function test_unavailable() public {
        resolveWith(cid, UNAVAILABLE, 2);
        assertEq(uint8(reg.challenges(cid).outcome), uint8(Outcome.Unavailable));
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
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotArbiter.selector, 0, provider));
        resolveRaw(HONEST, sigs);
    }

    function test_signatureOverOtherOutcomeRejected() public {
        // Signed Honest, submitted as Fraud: recovers to unrelated addresses.
        bytes[] memory sigs = sortedSigs(digestFor(cid, HONEST), 2);
        vm.expectRevert();
        resolveRaw(FRAUD, sigs);
    }

    function test_signatureForOtherChallengeRejected() public {
        uint256 other = openChallenge(jobId, 4, challenger2);
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
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignatureS.selector, 1));
        resolveRaw(FRAUD, sigs);
    }

    function test_badV() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        (bytes32 r, bytes32 s, uint8 v) = split(sigs[0]);
        sigs[0] = abi.encodePacked(r, s, v - 27); // 0/1 style v is not accepted
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignatureV.selector, 0));
        resolveRaw(FRAUD, sigs);
    }

    function test_badLength() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        (bytes32 r, bytes32 s,) = split(sigs[0]);
        sigs[0] = abi.encodePacked(r, s); // EIP-2098 compact form is not accepted
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignatureLength.selector, 0));
        resolveRaw(FRAUD, sigs);
    }

    function test_unrecoverable() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        sigs[0] = abi.encodePacked(bytes32(0), bytes32(uint256(1)), uint8(27));
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidSignature.selector, 0));
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
        resolveRaw(HONEST, sigs);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.ChallengeNotOpen.selector, cid, ChallengeStatus.Resolved)
        );
        resolveRaw(HONEST, sigs);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownChallenge.selector, 99));
        reg.resolve(99, HONEST, 0, 0, bytes32(0), sigs);
    }

    function test_secondChallengeOnFraudulentJobCannotBeResolved() public {
        uint256 other = openChallenge(jobId, 4, challenger2);
        resolveWith(cid, FRAUD);
        bytes[] memory sigs = sortedSigs(digestFor(other, FRAUD), 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        reg.resolve(other, FRAUD, 2e16, 1e16, keccak256("replay"), sigs);
    }

    function test_otherChainSignatureRejected() public {
        bytes[] memory sigs = sortedSigs(digestFor(cid, FRAUD), 2);
        vm.chainId(block.chainid + 1);
        vm.expectRevert();
        resolveRaw(FRAUD, sigs);
    }

    function test_singleArbiterOwner() public {
        // The owner alone as referee.
        (address ownerArb, uint256 key) = makeAddrAndKey("owner-arbiter");
        JobParams memory p = defaultParams();
        p.arbiters = new address[](1);
        p.arbiters[0] = ownerArb;
        p.threshold = 1;
        uint256 j = createJob(p);
        acceptJob(j);
        commitAll(j, 11);
        uint256 c = openChallenge(j, 10);
        bytes[] memory sigs = new bytes[](1);
        sigs[0] = sign(key, digestFor(c, FRAUD));
        reg.resolve(c, FRAUD, 2e16, 1e16, keccak256("replay"), sigs);
        assertEq(uint8(status(j)), uint8(JobStatus.Fraudulent));
    }

    function testFuzz_verdictFields(uint256 distance, uint256 boundary, bytes32 digest, uint8 outcome)
        public
    {
        outcome = uint8(bound(outcome, 1, 3));
        Challenge memory c = reg.challenges(cid);
        bytes32 d = reg.verdictDigest(jobId, cid, c.interval, c.root, outcome, distance, boundary, digest);
        bytes[] memory sigs = sortedSigs(d, 2);
        // A verdict signed over other numbers does not pass.
        vm.expectRevert();
        reg.resolve(cid, outcome, distance ^ 1, boundary, digest, sigs);
        vm.expectEmit(address(reg));
        emit ChallengeResolved(jobId, cid, c.interval, outcome, distance, boundary, digest);
        reg.resolve(cid, outcome, distance, boundary, digest, sigs);
    }

    function split(bytes memory sig) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
    }
}
