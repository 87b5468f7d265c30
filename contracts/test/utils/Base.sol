// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {OvigRegistry} from "../../src/OvigRegistry.sol";
import {JobParams, JobStatus, JobView, Challenge, ChallengeStatus, Outcome} from "../../src/OvigTypes.sol";
import {MerkleRef} from "./MerkleRef.sol";

/// @notice Shared fixtures: a registry, actors, arbiter keys, jobs, batch trees and proofs.
abstract contract Base is Test {
    OvigRegistry internal reg;

    address internal owner = makeAddr("owner");
    address internal provider = makeAddr("provider");
    address internal challenger = makeAddr("challenger");
    address internal challenger2 = makeAddr("challenger2");
    address internal stranger = makeAddr("stranger");

    uint256[] internal arbKeys;
    address[] internal arbAddrs;

    uint256 internal constant PAYMENT = 10 ether;
    uint256 internal constant PROVIDER_BOND = 4 ether;
    uint256 internal constant CHALLENGER_BOND = 1 ether;
    uint64 internal constant TOTAL_STEPS = 100;
    uint64 internal constant STRIDE = 10; // N = 10 intervals, 11 endpoints
    uint64 internal constant ACCEPT_WINDOW = 1 days;
    uint64 internal constant TRAIN_WINDOW = 7 days;
    uint64 internal constant CHALLENGE_WINDOW = 2 days;
    uint64 internal constant ARBITRATION_WINDOW = 1 days;
    uint64 internal constant START = 1_700_000_000;

    uint8 internal constant FRAUD = 1;
    uint8 internal constant HONEST = 2;
    uint8 internal constant UNAVAILABLE = 3;

    /// @dev Roots of every committed batch, per job, to build challenge proofs.
    mapping(uint256 jobId => bytes32[][]) internal batchRoots;
    mapping(uint256 jobId => uint64[]) internal batchFirst;

    struct Opening {
        uint64 endpoint;
        bytes32 root;
        uint256 batchIndex;
        bytes32 batchRoot;
        uint64 first;
        uint64 count;
        bytes32[] proof;
    }

    function setUp() public virtual {
        vm.warp(START);
        reg = new OvigRegistry();
        for (uint256 i; i < 3; i++) {
            (address a, uint256 k) = makeAddrAndKey(string.concat("arbiter", vm.toString(i)));
            arbKeys.push(k);
            arbAddrs.push(a);
        }
        vm.deal(owner, 1000 ether);
        vm.deal(provider, 1000 ether);
        vm.deal(challenger, 1000 ether);
        vm.deal(challenger2, 1000 ether);
        vm.deal(stranger, 1000 ether);
    }

    // ------------------------------------------------------------ jobs

    function defaultParams() internal view returns (JobParams memory p) {
        p.provider = provider;
        p.manifestHash = keccak256("manifest");
        p.totalSteps = TOTAL_STEPS;
        p.stride = STRIDE;
        p.boundaryHash = keccak256("boundary");
        p.acceptBy = uint64(block.timestamp) + ACCEPT_WINDOW;
        p.finalizeBy = uint64(block.timestamp) + TRAIN_WINDOW;
        p.challengeWindow = CHALLENGE_WINDOW;
        p.arbitrationWindow = ARBITRATION_WINDOW;
        p.providerBond = PROVIDER_BOND;
        p.challengerBond = CHALLENGER_BOND;
        p.arbiters = arbAddrs;
        p.threshold = 2;
        p.evidenceURI = "http://127.0.0.1:8545/evidence";
    }

    function createJob(JobParams memory p) internal returns (uint256) {
        vm.prank(owner);
        return reg.createJob{value: PAYMENT}(p);
    }

    function createJob() internal returns (uint256) {
        return createJob(defaultParams());
    }

    function acceptJob(uint256 jobId) internal {
        uint256 bond = reg.getJob(jobId).providerBond;
        vm.prank(provider);
        reg.accept{value: bond}(jobId);
    }

    function acceptedJob() internal returns (uint256 jobId) {
        jobId = createJob();
        acceptJob(jobId);
    }

    function endpointRoot(uint256 jobId, uint256 endpoint) internal pure returns (bytes32) {
        return keccak256(abi.encode("endpoint", jobId, endpoint));
    }

    /// @dev Commits the next `count` endpoint roots as one batch.
    function commitNext(uint256 jobId, uint256 count) internal {
        uint64 first = reg.getJob(jobId).committedEndpoints;
        bytes32[] memory roots = new bytes32[](count);
        for (uint256 i; i < count; i++) {
            roots[i] = endpointRoot(jobId, first + i);
        }
        vm.prank(provider);
        reg.commitIntervals(jobId, first, roots);
        batchRoots[jobId].push(roots);
        batchFirst[jobId].push(first);
    }

    function commitAll(uint256 jobId, uint256 batchSize) internal {
        JobView memory v = reg.getJob(jobId);
        uint256 left = uint256(v.intervals) + 1 - v.committedEndpoints;
        while (left > 0) {
            uint256 c = left < batchSize ? left : batchSize;
            commitNext(jobId, c);
            left -= c;
        }
    }

    function finalizeJob(uint256 jobId) internal {
        vm.prank(provider);
        reg.finalize(jobId, keccak256("final model"));
    }

    /// @dev Created, accepted, all 11 endpoints committed in batches of 4, finalized.
    function finalizedJob() internal returns (uint256 jobId) {
        jobId = acceptedJob();
        commitAll(jobId, 4);
        finalizeJob(jobId);
    }

    // ------------------------------------------------------------ challenges

    function opening(uint256 jobId, uint64 endpoint) internal view returns (Opening memory o) {
        uint64[] storage firsts = batchFirst[jobId];
        for (uint256 b; b < firsts.length; b++) {
            bytes32[] storage roots = batchRoots[jobId][b];
            if (endpoint >= firsts[b] && endpoint < firsts[b] + roots.length) {
                bytes32[] memory r = roots;
                o.endpoint = endpoint;
                o.batchIndex = b;
                o.first = firsts[b];
                o.count = uint64(r.length);
                o.root = r[endpoint - o.first];
                o.batchRoot = MerkleRef.root(r);
                o.proof = MerkleRef.proof(r, endpoint - o.first);
                return o;
            }
        }
        revert("endpoint not committed");
    }

    function challengeWith(address who, Opening memory o, uint256 jobId) internal returns (uint256) {
        uint256 bond = reg.getJob(jobId).challengerBond;
        vm.prank(who);
        return reg.challenge{value: bond}(
            jobId, o.endpoint, o.root, o.batchIndex, o.batchRoot, o.first, o.count, o.proof
        );
    }

    function openChallenge(uint256 jobId, uint64 endpoint, address who) internal returns (uint256) {
        return challengeWith(who, opening(jobId, endpoint), jobId);
    }

    function openChallenge(uint256 jobId, uint64 endpoint) internal returns (uint256) {
        return openChallenge(jobId, endpoint, challenger);
    }

    // ------------------------------------------------------------ verdicts

    function digestFor(uint256 challengeId, uint8 outcome) internal view returns (bytes32) {
        Challenge memory c = reg.challenges(challengeId);
        return
            reg.verdictDigest(
                c.jobId, challengeId, c.interval, c.root, outcome, 2e16, 1e16, keccak256("replay")
            );
    }

    function sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Signatures of the first `n` arbiters, ordered by increasing address.
    function sortedSigs(bytes32 digest, uint256 n) internal view returns (bytes[] memory sigs) {
        uint256[] memory keys = new uint256[](n);
        address[] memory addrs = new address[](n);
        for (uint256 i; i < n; i++) {
            keys[i] = arbKeys[i];
            addrs[i] = arbAddrs[i];
        }
        for (uint256 i; i < n; i++) {
            for (uint256 k = i + 1; k < n; k++) {
                if (addrs[k] < addrs[i]) {
                    (addrs[i], addrs[k]) = (addrs[k], addrs[i]);
                    (keys[i], keys[k]) = (keys[k], keys[i]);
                }
            }
        }
        sigs = new bytes[](n);
        for (uint256 i; i < n; i++) {
            sigs[i] = sign(keys[i], digest);
        }
    }

    function resolveWith(uint256 challengeId, uint8 outcome, uint256 n) internal {
        bytes[] memory sigs = sortedSigs(digestFor(challengeId, outcome), n);
        reg.resolve(challengeId, outcome, 2e16, 1e16, keccak256("replay"), sigs);
    }

    function resolveWith(uint256 challengeId, uint8 outcome) internal {
        resolveWith(challengeId, outcome, 2);
    }

    function status(uint256 jobId) internal view returns (JobStatus) {
        return reg.getJob(jobId).status;
    }
}
