// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";
import {Base} from "./utils/Base.sol";
import {JobParams} from "../src/OvigTypes.sol";

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

    function test_gas_challengeResolveSettleWithdraw() public {
        // threshold 1 job for a one-signature verdict, and a 3-of-3 job.
        JobParams memory p = defaultParams();
        p.threshold = 1;
        uint256 one = createJob(p);
        acceptJob(one);
        commitAll(one, 11);
        finalizeJob(one);
        uint256 three = finalizedJob();

        Opening memory o = opening(one, 5);
        vm.prank(challenger);
        uint256 g = gasleft();
        uint256 c1 = reg.challenge{value: CHALLENGER_BOND}(
            one, o.endpoint, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
        console.log("challenge (batch of 4, depth 2)", g - gasleft());
        uint256 c3 = openChallenge(three, 5);

        bytes[] memory s1 = sortedSigs(digestFor(c1, HONEST), 1);
        g = gasleft();
        reg.resolve(c1, HONEST, 2e16, 1e16, keccak256("replay"), s1);
        console.log("resolve Honest, 1 signature", g - gasleft());

        bytes[] memory s3 = sortedSigs(digestFor(c3, FRAUD), 3);
        g = gasleft();
        reg.resolve(c3, FRAUD, 2e16, 1e16, keccak256("replay"), s3);
        console.log("resolve Fraud, 3 signatures", g - gasleft());

        vm.warp(START + CHALLENGE_WINDOW + 1);
        g = gasleft();
        reg.settle(one);
        console.log("settle", g - gasleft());

        vm.prank(provider);
        g = gasleft();
        reg.withdraw();
        console.log("withdraw", g - gasleft());
    }
}
