// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";
import {Base} from "./utils/Base.sol";
import {MerkleRef} from "./utils/MerkleRef.sol";
import {JobParams, EndpointProof} from "../src/OvigTypes.sol";

/// @notice Gas figures for the report: `forge test --isolate --match-contract GasTest -vv` (with
/// --isolate each call is its own transaction, so the figures include the 21000 base, calldata and
/// cold storage; without it they are warm execution gas only).
contract GasTest is Base {
    /// @dev One fresh SSTORE costs 22100; a batch must be far cheaper per interval. Bounds hold
    /// with and without --isolate (which adds the 21000 base and calldata to each call).
    uint256 internal constant MAX_PER_INTERVAL_16 = 8000;
    uint256 internal constant MAX_PER_INTERVAL_64 = 3500;

    function bigJob() internal returns (uint256 jobId) {
        JobParams memory p = defaultParams();
        p.totalSteps = 2048;
        p.stride = 1;
        jobId = createJob(p);
        acceptJob(jobId);
        commitNext(jobId, 1); // warm the job's counter slot, as in steady state
    }

    function measureCommit(uint256 n) internal returns (uint256 perInterval) {
        uint256 jobId = bigJob();
        bytes32[] memory roots = new bytes32[](n);
        for (uint256 i; i < n; i++) {
            roots[i] = keccak256(abi.encode(i));
        }
        vm.prank(provider);
        uint256 g = gasleft();
        reg.commitIntervals(jobId, 1, roots);
        g -= gasleft();
        perInterval = g / n;
        console.log("commitIntervals batch", n);
        console.log("  gas", g);
        console.log("  per interval", perInterval);
    }

    function test_gas_commitBatch1() public {
        measureCommit(1);
    }

    function test_gas_commitBatch16() public {
        assertLt(measureCommit(16), MAX_PER_INTERVAL_16);
    }

    function test_gas_commitBatch64() public {
        assertLt(measureCommit(64), MAX_PER_INTERVAL_64);
    }

    function test_gas_commitBatch256() public {
        assertLt(measureCommit(256), MAX_PER_INTERVAL_64);
    }

    function test_gas_commitBatch1024() public {
        assertLt(measureCommit(1024), MAX_PER_INTERVAL_64);
    }

    function measureChallenge(uint256 jobId, uint64 endpoint, address who, string memory label)
        internal
        returns (uint256 challengeId)
    {
        EndpointProof memory o = opening(jobId, endpoint);
        bytes32 salt = nextSalt();
        bytes32 cm = commitmentOf(who, jobId, o, salt);
        vm.deal(who, CHALLENGER_BOND);
        vm.prank(who);
        uint256 g = gasleft();
        reg.commitChallenge{value: CHALLENGER_BOND}(cm);
        console.log(string.concat("commitChallenge (", label, ")"), g - gasleft());
        nextBlock();
        vm.prank(who);
        g = gasleft();
        challengeId = reg.challenge(jobId, o, salt);
        console.log(string.concat("challenge reveal (", label, ")"), g - gasleft());
    }

    function soloJob() internal returns (uint256 jobId, uint256 key) {
        address solo;
        (solo, key) = makeAddrAndKey("solo-arbiter");
        JobParams memory p = defaultParams();
        p.arbiters = new address[](1);
        p.arbiters[0] = solo;
        p.threshold = 1;
        jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 4);
        finalizeJob(jobId);
    }

    function test_gas_commitAndReveal() public {
        uint256 jobId = finalizedJob();
        measureChallenge(jobId, 5, challenger, "opens the dispute, batch of 4, depth 2");
        measureChallenge(jobId, 5, challenger2, "joins the dispute, depth 2");
        uint256 deep = bigJob();
        commitNext(deep, 255);
        measureChallenge(deep, 100, challenger, "opens, batch of 255, depth 8");
    }

    function test_gas_resolveHonestOneSignature() public {
        (uint256 jobId, uint256 key) = soloJob();
        uint256 d = openDispute(jobId, 5);
        engage(d);
        pastNaming(d);
        bytes[] memory sigs = new bytes[](1);
        sigs[0] = sign(key, digestFor(d, HONEST));
        uint256 g = gasleft();
        reg.resolve(d, STEP, HONEST, NEAR, BOUNDARY, REPLAY, sigs);
        console.log("resolve Honest, 1 signature", g - gasleft());
    }

    function measureResolve(uint8 outcome, uint256 n, string memory label) internal returns (uint256 c) {
        uint256 jobId = finalizedJob();
        c = openChallenge(jobId, 5);
        uint256 d = disputeOf(c);
        engage(d);
        if (outcome == HONEST) pastNaming(d);
        bytes[] memory sigs = sortedSigs(digestFor(d, outcome), n);
        uint256 g = gasleft();
        reg.resolve(d, STEP, outcome, distanceFor(outcome), BOUNDARY, REPLAY, sigs);
        console.log(label, g - gasleft());
    }

    function test_gas_resolveHonestTwoSignaturesAndClaim() public {
        uint256 c = measureResolve(HONEST, 2, "resolve Honest, 2 signatures");
        uint256 g = gasleft();
        reg.claim(c);
        console.log("claim after Honest (2 signers paid)", g - gasleft());
    }

    function test_gas_resolveHonestThreeSignatures() public {
        measureResolve(HONEST, 3, "resolve Honest, 3 signatures");
    }

    function test_gas_resolveFraudTwoSignaturesAndClaim() public {
        uint256 c = measureResolve(FRAUD, 2, "resolve Fraud, 2 signatures");
        uint256 g = gasleft();
        reg.claim(c);
        console.log("claim after Fraud (bond back)", g - gasleft());
    }

    function test_gas_resolveFraudThreeSignatures() public {
        measureResolve(FRAUD, 3, "resolve Fraud, 3 signatures");
    }

    /// @dev respond and nameStep on a job of stride s (10 intervals, batches of 4): the response proves
    /// endpoint k against its batch and both ends of the (s+1)-leaf step tree.
    function measureSteps(uint64 stride) internal {
        JobParams memory p = defaultParams();
        p.stride = stride;
        p.totalSteps = stride * 10;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 4);
        finalizeJob(jobId);
        uint256 c = openChallenge(jobId, 6);
        uint256 c2 = openChallenge(jobId, 6, challenger2);
        measureRespond(disputeOf(c), stepStates(jobId, 5), opening(jobId, 5));
        string memory s = vm.toString(stride);
        vm.prank(challenger);
        uint256 g = gasleft();
        reg.nameStep(c, stride / 2);
        console.log(string.concat("nameStep (s = ", s, ", first namer of the step)"), g - gasleft());
        vm.prank(challenger2);
        g = gasleft();
        reg.nameStep(c2, stride / 2);
        console.log(string.concat("nameStep (s = ", s, ", second namer, later commitment)"), g - gasleft());
    }

    function measureRespond(uint256 d, bytes32[] memory states, EndpointProof memory start) internal {
        bytes32 root = MerkleRef.root(states);
        bytes32[] memory first = MerkleRef.proof(states, 0);
        bytes32[] memory last = MerkleRef.proof(states, states.length - 1);
        vm.prank(provider);
        uint256 g = gasleft();
        reg.respond(d, root, start, first, last);
        g -= gasleft();
        console.log(
            string.concat(
                "respond (s = ",
                vm.toString(states.length - 1),
                ", step proofs of depth ",
                vm.toString(first.length),
                ")"
            ),
            g
        );
    }

    function test_gas_respondAndNameStep10() public {
        measureSteps(10);
    }

    function test_gas_respondAndNameStep1000() public {
        measureSteps(1000);
    }

    function test_gas_timeouts() public {
        uint256 jobId = finalizedJob();
        uint256 a = openDispute(jobId, 3);
        uint256 b = openDispute(jobId, 4, challenger2);
        respondTo(b);
        pastNaming(b);
        uint256 g = gasleft();
        reg.timeout(b);
        console.log("timeout Honest (responded, no step named)", g - gasleft());
        g = gasleft();
        reg.timeout(a);
        console.log("timeout Unavailable (no response; slashes)", g - gasleft());
    }

    function test_gas_lapseForfeitSettleWithdraw() public {
        uint256 jobId = finalizedJob();
        uint256 d = openDispute(jobId, 6);
        EndpointProof memory o = opening(jobId, 7);
        bytes32 cm = commitFor(challenger2, jobId, o, nextSalt());
        vm.warp(START + ARBITRATION_WINDOW + 1);
        uint256 g = gasleft();
        reg.lapse(d);
        console.log("lapse", g - gasleft());
        g = gasleft();
        reg.forfeit(challenger2, cm);
        console.log("forfeit", g - gasleft());

        vm.warp(START + CHALLENGE_WINDOW + 1);
        g = gasleft();
        reg.settle(jobId);
        console.log("settle", g - gasleft());

        vm.prank(provider);
        g = gasleft();
        reg.withdraw();
        console.log("withdraw", g - gasleft());
    }
}
