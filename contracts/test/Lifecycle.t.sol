// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base} from "./utils/Base.sol";
import {MerkleRef} from "./utils/MerkleRef.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, JobView} from "../src/OvigTypes.sol";

contract LifecycleTest is Base {
    event JobCreated(
        uint256 indexed jobId,
        address indexed owner,
        address indexed provider,
        uint256 payment,
        JobParams params
    );
    event JobAccepted(uint256 indexed jobId, address indexed provider, uint256 bond, string evidenceURI);
    event IntervalsCommitted(
        uint256 indexed jobId, uint256 indexed batchIndex, uint64 firstIndex, bytes32[] roots
    );
    event JobFinalized(uint256 indexed jobId, bytes32 finalModelHash, uint64 finalizedAt, uint64 windowEnd);
    event JobSettled(uint256 indexed jobId, address indexed provider, uint256 amount);

    function test_happyPath() public {
        JobParams memory p = defaultParams();
        vm.expectEmit(address(reg));
        emit JobCreated(1, owner, provider, PAYMENT, p);
        uint256 jobId = createJob(p);
        assertEq(jobId, 1);
        assertEq(reg.jobCount(), 1);

        vm.expectEmit(address(reg));
        emit JobAccepted(jobId, provider, PROVIDER_BOND, URI);
        acceptJob(jobId);

        commitAll(jobId, 4);
        vm.expectEmit(address(reg));
        emit JobFinalized(jobId, keccak256("final model"), START, START + CHALLENGE_WINDOW);
        finalizeJob(jobId);

        vm.warp(START + CHALLENGE_WINDOW + 1);
        vm.expectEmit(address(reg));
        emit JobSettled(jobId, provider, PAYMENT + PROVIDER_BOND);
        vm.prank(stranger);
        reg.settle(jobId);

        assertEq(reg.credits(provider), PAYMENT + PROVIDER_BOND);
        uint256 before = provider.balance;
        vm.prank(provider);
        reg.withdraw();
        assertEq(provider.balance - before, PAYMENT + PROVIDER_BOND);
        assertEq(address(reg).balance, 0);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Settled));
    }

    function test_getJobReportsEverything() public {
        JobParams memory p = defaultParams();
        uint256 jobId = createJob(p);
        JobView memory v = reg.getJob(jobId);
        assertEq(v.owner, owner);
        assertEq(v.provider, provider);
        assertEq(uint8(v.status), uint8(JobStatus.Created));
        assertEq(v.manifestHash, p.manifestHash);
        assertEq(v.totalSteps, TOTAL_STEPS);
        assertEq(v.stride, STRIDE);
        assertEq(v.intervals, TOTAL_STEPS / STRIDE);
        assertEq(v.boundaryHash, p.boundaryHash);
        assertEq(v.acceptBy, p.acceptBy);
        assertEq(v.finalizeBy, p.finalizeBy);
        assertEq(v.challengeWindow, CHALLENGE_WINDOW);
        assertEq(v.arbitrationWindow, ARBITRATION_WINDOW);
        assertEq(v.finalizedAt, 0);
        assertEq(v.windowEnd, 0);
        assertEq(v.payment, PAYMENT);
        assertEq(v.escrow, PAYMENT);
        assertEq(v.providerBond, PROVIDER_BOND);
        assertEq(v.providerBondHeld, 0);
        assertEq(v.challengerBond, CHALLENGER_BOND);
        assertEq(v.committedEndpoints, 0);
        assertEq(v.batchCount, 0);
        assertEq(v.openDisputes, 0);
        assertEq(v.threshold, 2);
        assertEq(v.arbiterCount, 3);
        assertEq(v.evidenceURI, "", "the provider names it at accept");
        assertEq(v.finalModelHash, bytes32(0));

        address[] memory arbs = reg.getArbiters(jobId);
        assertEq(arbs.length, 3);
        for (uint256 i; i < 3; i++) {
            assertEq(arbs[i], arbAddrs[i]);
            assertTrue(reg.isArbiter(jobId, arbAddrs[i]));
        }
        assertFalse(reg.isArbiter(jobId, provider));

        acceptJob(jobId);
        commitAll(jobId, 11);
        finalizeJob(jobId);
        v = reg.getJob(jobId);
        assertEq(v.evidenceURI, URI);
        assertEq(v.providerBondHeld, PROVIDER_BOND);
        assertEq(v.committedEndpoints, 11);
        assertEq(v.batchCount, 1);
        assertEq(v.finalizedAt, START);
        assertEq(v.windowEnd, START + CHALLENGE_WINDOW);
        assertEq(v.finalModelHash, keccak256("final model"));
    }

    function test_deployBlockRecorded() public {
        vm.roll(12_345);
        OvigRegistry fresh = new OvigRegistry(address(0));
        assertEq(fresh.deployBlock(), 12_345);
        vm.roll(12_400);
        assertEq(fresh.deployBlock(), 12_345, "deploy block must not move");
    }

    function test_jobIdsIncrement() public {
        assertEq(createJob(), 1);
        assertEq(createJob(), 2);
        assertEq(createJob(), 3);
    }

    function test_commitStoresOneSlotPerBatch() public {
        uint256 jobId = acceptedJob();
        bytes32[] memory roots = new bytes32[](5);
        for (uint256 i; i < 5; i++) {
            roots[i] = endpointRoot(jobId, i);
        }
        vm.expectEmit(address(reg));
        emit IntervalsCommitted(jobId, 0, 0, roots);
        vm.prank(provider);
        reg.commitIntervals(jobId, 0, roots);
        assertEq(
            reg.batchCommitment(jobId, 0),
            keccak256(abi.encodePacked(MerkleRef.root(roots), uint64(0), uint64(5)))
        );

        bytes32[] memory more = new bytes32[](6);
        for (uint256 i; i < 6; i++) {
            more[i] = endpointRoot(jobId, 5 + i);
        }
        vm.expectEmit(address(reg));
        emit IntervalsCommitted(jobId, 1, 5, more);
        vm.prank(provider);
        reg.commitIntervals(jobId, 5, more);
        assertEq(
            reg.batchCommitment(jobId, 1),
            keccak256(abi.encodePacked(MerkleRef.root(more), uint64(5), uint64(6)))
        );
        assertEq(reg.batchCommitment(jobId, 2), bytes32(0));
        assertEq(reg.getJob(jobId).committedEndpoints, 11);
    }

    function test_commitCannotExceedEndpoints() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 10);
        bytes32[] memory roots = new bytes32[](2);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.TooManyEndpoints.selector, 12, 11));
        reg.commitIntervals(jobId, 10, roots);
        commitNext(jobId, 1);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.TooManyEndpoints.selector, 12, 11));
        reg.commitIntervals(jobId, 11, new bytes32[](1));
    }

    function test_commitRejectsWrongFirstIndex() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 3);
        bytes32[] memory roots = new bytes32[](2);
        vm.startPrank(provider);
        // A resent batch (first index 0 again) must not append a second copy.
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnexpectedFirstIndex.selector, 3, 0));
        reg.commitIntervals(jobId, 0, roots);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnexpectedFirstIndex.selector, 3, 4));
        reg.commitIntervals(jobId, 4, roots);
        reg.commitIntervals(jobId, 3, roots);
        vm.stopPrank();
        assertEq(reg.getJob(jobId).committedEndpoints, 5);
    }

    function test_commitRejectsEmptyAndOversizedBatch() public {
        JobParams memory p = defaultParams();
        p.totalSteps = 4096;
        p.stride = 1;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        vm.startPrank(provider);
        vm.expectRevert(OvigRegistry.EmptyBatch.selector);
        reg.commitIntervals(jobId, 0, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.BatchTooLarge.selector, 1025));
        reg.commitIntervals(jobId, 0, new bytes32[](1025));
        reg.commitIntervals(jobId, 0, new bytes32[](1024));
        vm.stopPrank();
    }

    function test_commitRequiresAccepted() public {
        uint256 jobId = createJob();
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Created)
        );
        reg.commitIntervals(jobId, 0, new bytes32[](1));

        jobId = finalizedJob();
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Finalized)
        );
        reg.commitIntervals(jobId, 0, new bytes32[](1));
    }

    function test_finalizeRequiresAllEndpoints() public {
        uint256 jobId = acceptedJob();
        commitNext(jobId, 10);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.EndpointsMissing.selector, 10, 11));
        reg.finalize(jobId, bytes32(0));
        commitNext(jobId, 1);
        finalizeJob(jobId);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Finalized)
        );
        reg.finalize(jobId, bytes32(0));
    }

    function test_acceptRequiresExactBond() public {
        uint256 jobId = createJob();
        vm.startPrank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.WrongValue.selector, PROVIDER_BOND, PROVIDER_BOND - 1)
        );
        reg.accept{value: PROVIDER_BOND - 1}(jobId, URI);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.WrongValue.selector, PROVIDER_BOND, PROVIDER_BOND + 1)
        );
        reg.accept{value: PROVIDER_BOND + 1}(jobId, URI);
        reg.accept{value: PROVIDER_BOND}(jobId, URI);
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, jobId, JobStatus.Accepted)
        );
        reg.accept{value: PROVIDER_BOND}(jobId, URI);
        vm.stopPrank();
    }

    function test_acceptRequiresEvidenceURI() public {
        uint256 jobId = createJob();
        vm.startPrank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidEvidenceURI.selector, 0));
        reg.accept{value: PROVIDER_BOND}(jobId, "");
        bytes memory long = new bytes(513);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.InvalidEvidenceURI.selector, 513));
        reg.accept{value: PROVIDER_BOND}(jobId, string(long));
        reg.accept{value: PROVIDER_BOND}(jobId, string(new bytes(512)));
        vm.stopPrank();
        assertEq(bytes(reg.getJob(jobId).evidenceURI).length, 512);
    }

    function test_providerBondAtLeastTwiceChallengerBond() public {
        JobParams memory p = defaultParams();
        p.providerBond = 0;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.ProviderBondTooSmall.selector, 0, 2 * CHALLENGER_BOND)
        );
        p.providerBond = 2 * CHALLENGER_BOND - 1;
        expectCreateRevert(
            p,
            abi.encodeWithSelector(
                OvigRegistry.ProviderBondTooSmall.selector, 2 * CHALLENGER_BOND - 1, 2 * CHALLENGER_BOND
            )
        );
        p.providerBond = 2 * CHALLENGER_BOND;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        assertEq(reg.getJob(jobId).providerBondHeld, 2 * CHALLENGER_BOND);
    }

    function test_singleIntervalJob() public {
        JobParams memory p = defaultParams();
        p.totalSteps = 2000;
        p.stride = 2000;
        uint256 jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 1);
        finalizeJob(jobId);
        openChallenge(jobId, 1);
        assertEq(reg.getJob(jobId).openDisputes, 1);
        assertEq(reg.openDisputeOf(jobId, 0), 1);
    }

    // ------------------------------------------------------------ createJob validation

    function expectCreateRevert(JobParams memory p, bytes memory err) internal {
        vm.prank(owner);
        vm.expectRevert(err);
        reg.createJob{value: PAYMENT}(p);
    }

    function test_createJobValidation() public {
        JobParams memory p = defaultParams();

        vm.prank(owner);
        vm.expectRevert(OvigRegistry.ZeroPayment.selector);
        reg.createJob(p);

        p = defaultParams();
        p.provider = address(0);
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.ZeroProvider.selector));

        p = defaultParams();
        p.totalSteps = 0;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidSteps.selector, 0, STRIDE));
        p = defaultParams();
        p.stride = 0;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidSteps.selector, TOTAL_STEPS, 0));
        p = defaultParams();
        p.stride = 7;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidSteps.selector, TOTAL_STEPS, 7));
        p = defaultParams();
        p.totalSteps = uint64(1) << 33;
        p.stride = 1;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.TooManyIntervals.selector, uint256(1) << 33)
        );

        p = defaultParams();
        p.acceptBy = START - 1;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.InvalidDeadlines.selector, START - 1, p.finalizeBy)
        );
        p = defaultParams();
        p.finalizeBy = p.acceptBy - 1;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.InvalidDeadlines.selector, p.acceptBy, p.acceptBy - 1)
        );

        p = defaultParams();
        p.challengeWindow = 0;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.InvalidWindows.selector, 0, ARBITRATION_WINDOW)
        );
        p = defaultParams();
        p.arbitrationWindow = 0;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.InvalidWindows.selector, CHALLENGE_WINDOW, 0)
        );
        p = defaultParams();
        p.challengeWindow = 90 days + 1;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.InvalidWindows.selector, 90 days + 1, ARBITRATION_WINDOW)
        );
        p = defaultParams();
        p.arbitrationWindow = 14 days + 1;
        expectCreateRevert(
            p, abi.encodeWithSelector(OvigRegistry.InvalidWindows.selector, CHALLENGE_WINDOW, 14 days + 1)
        );

        p = defaultParams();
        p.challengerBond = 0;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.ZeroChallengerBond.selector));

        p = defaultParams();
        p.arbiters = new address[](0);
        p.threshold = 0;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidArbiterCount.selector, 0));
        p = defaultParams();
        p.arbiters = new address[](17);
        for (uint256 i; i < 17; i++) {
            p.arbiters[i] = vm.addr(i + 1);
        }
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidArbiterCount.selector, 17));

        p = defaultParams();
        p.arbiters[1] = address(0);
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidArbiter.selector, address(0)));
        p = defaultParams();
        p.arbiters[2] = provider;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidArbiter.selector, provider));
        p = defaultParams();
        p.arbiters[0] = owner;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidArbiter.selector, owner));
        p = defaultParams();
        p.arbiters[2] = p.arbiters[0];
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.DuplicateArbiter.selector, p.arbiters[0]));

        p = defaultParams();
        p.threshold = 0;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidThreshold.selector, 0, 3));
        p = defaultParams();
        p.threshold = 1;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidThreshold.selector, 1, 3));
        p = defaultParams();
        p.threshold = 4;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidThreshold.selector, 4, 3));
    }

    function test_sixteenArbitersAccepted() public {
        JobParams memory p = defaultParams();
        p.arbiters = new address[](16);
        for (uint256 i; i < 16; i++) {
            p.arbiters[i] = vm.addr(0x1000 + i);
        }
        p.threshold = 8;
        expectCreateRevert(p, abi.encodeWithSelector(OvigRegistry.InvalidThreshold.selector, 8, 16));
        p.threshold = 9;
        uint256 jobId = createJob(p);
        assertEq(reg.getArbiters(jobId).length, 16);
        p.threshold = 16;
        createJob(p);
    }

    function test_unknownJob() public {
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownJob.selector, 42));
        reg.getJob(42);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownJob.selector, 42));
        reg.getArbiters(42);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownJob.selector, 42));
        reg.settle(42);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.UnknownJob.selector, 0));
        reg.cancel(0);
    }

    // ------------------------------------------------------------ EIP-712

    function test_domainSeparatorAndDigest() public {
        createJob(); // job 1, whose boundary hash the digest binds
        bytes32 sep = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("ovig"),
                keccak256("1"),
                block.chainid,
                address(reg)
            )
        );
        assertEq(reg.DOMAIN_SEPARATOR(), sep);
        bytes32 typeHash = keccak256(
            "Verdict(uint256 jobId,uint256 disputeId,uint64 interval,bytes32 root,bytes32 stepRoot,uint64 step,bytes32 boundaryHash,uint8 outcome,uint256 distance,uint256 boundary,bytes32 replayDigest)"
        );
        bytes32 structHash = keccak256(
            bytes.concat(
                abi.encode(
                    typeHash, uint256(1), uint256(2), uint64(3), bytes32(uint256(4)), bytes32(uint256(8))
                ),
                abi.encode(uint64(9), BOUNDARY_HASH, uint8(1), uint256(5), uint256(6), bytes32(uint256(7)))
            )
        );
        assertEq(
            reg.verdictDigest(
                1, 2, 3, bytes32(uint256(4)), bytes32(uint256(8)), 9, 1, 5, 6, bytes32(uint256(7))
            ),
            keccak256(abi.encodePacked(hex"1901", sep, structHash))
        );
        assertEq(reg.VERDICT_TYPEHASH(), typeHash);

        vm.chainId(31337 + 1);
        assertTrue(reg.DOMAIN_SEPARATOR() != sep, "separator follows the chain id");
    }

    /// The test EVM does not enforce EIP-170; a real chain refuses to deploy a larger registry.
    function test_registryFitsTheCodeSizeLimit() public view {
        assertLe(address(reg).code.length, 24_576, "OvigRegistry exceeds EIP-170");
    }

    function testFuzz_stepsAndStride(uint64 intervals, uint64 stride) public {
        intervals = uint64(bound(intervals, 1, 1 << 32));
        stride = uint64(bound(stride, 1, type(uint64).max / intervals));
        JobParams memory p = defaultParams();
        p.totalSteps = intervals * stride;
        p.stride = stride;
        uint256 jobId = createJob(p);
        assertEq(reg.getJob(jobId).intervals, intervals);
    }
}
