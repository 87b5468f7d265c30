// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";
import {InferenceBase} from "./utils/InferenceBase.sol";
import {RecordOpening, InferenceVerdict} from "../src/OvigInference.sol";

/// @notice Commit gas per served request: `forge test --isolate --match-contract InferenceGasTest -vv`
/// (with --isolate each call is its own transaction: 21000 base, calldata, cold storage and the
/// registry's getJob included; without it, warm execution gas only). Batches hold 64 records.
contract InferenceGasTest is InferenceBase {
    uint64 internal constant RECORDS = 64;
    /// @dev Bounds that hold with and without --isolate.
    uint256 internal constant MAX_PER_REQUEST_64x64 = 80;
    uint256 internal constant MAX_PER_REQUEST_1024x64 = 55;

    function measure(uint256 n) internal returns (uint256 perRequest) {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, RECORDS); // warm the job's terms slot, as in steady state
        bytes32[] memory roots = new bytes32[](n);
        uint64[] memory counts = new uint64[](n);
        for (uint256 i; i < n; i++) {
            roots[i] = keccak256(abi.encode(i));
            counts[i] = RECORDS;
        }
        vm.prank(provider);
        uint256 g = gasleft();
        inf.commitBatches(jobId, 1, roots, counts);
        g -= gasleft();
        perRequest = g / (n * RECORDS);
        console.log("commitBatches batches", n);
        console.log("  gas", g);
        console.log("  per batch", g / n);
        console.log("  per served request (64 per batch)", perRequest);
    }

    function test_gas_commit1() public {
        measure(1);
    }

    function test_gas_commit16() public {
        measure(16);
    }

    function test_gas_commit64() public {
        assertLt(measure(64), MAX_PER_REQUEST_64x64);
    }

    function test_gas_commit256() public {
        assertLt(measure(256), MAX_PER_REQUEST_1024x64);
    }

    function test_gas_commit1024() public {
        assertLt(measure(1024), MAX_PER_REQUEST_1024x64);
    }

    /// @dev A dispute end to end: commit, reveal, Fraud verdict (2 of 3) with the registry's slash.
    function test_gas_dispute() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 64, RECORDS);
        bytes32 salt = newSalt();
        bytes32 cm = inf.challengeCommitment(challenger, jobId, 33, 7, salt);
        vm.prank(challenger);
        uint256 g = gasleft();
        inf.commitChallenge{value: CHALLENGER_BOND}(jobId, cm);
        console.log("commitChallenge gas", g - gasleft());
        nextBlock();
        RecordOpening memory o = openingOf(jobId, 33, 7);
        vm.prank(challenger);
        g = gasleft();
        uint256 d = inf.challenge(jobId, o, salt);
        console.log("challenge gas (64-batch commit)", g - gasleft());
        InferenceVerdict memory w = verdict(FRAUD);
        bytes[] memory sigs = inferenceSigs(d, w, 2);
        g = gasleft();
        inf.resolve(d, w, sigs);
        console.log("resolve Fraud gas (2 signatures, slash)", g - gasleft());
    }
}
