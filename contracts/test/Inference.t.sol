// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {InferenceBase} from "./utils/InferenceBase.sol";
import {MerkleRef} from "./utils/MerkleRef.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {
    OvigInference,
    IOvigRegistry,
    RecordOpening,
    InferenceVerdict,
    InferenceDispute,
    ServingTerms
} from "../src/OvigInference.sol";
import {JobParams, JobStatus, DisputeStatus, Outcome} from "../src/OvigTypes.sol";

/// @notice Serving terms, batch commitments, challenges, verdicts and payouts of OvigInference.
contract InferenceTest is InferenceBase {
    event BatchesCommitted(
        uint256 indexed jobId,
        uint256 indexed commitIndex,
        uint64 firstBatch,
        uint64 challengeBy,
        bytes32[] roots,
        uint64[] counts
    );
    event DisputeOpened(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        address indexed challenger,
        uint64 batch,
        uint64 record,
        bytes32 batchRoot,
        uint64 deadline
    );
    event JobSlashed(
        uint256 indexed jobId,
        uint256 indexed disputeId,
        address indexed leader,
        uint256 challengerReward,
        uint256 ownerRefund
    );

    // ------------------------------------------------------------ deployment and terms

    function test_registryMustNameTheContract() public {
        OvigRegistry other = new OvigRegistry(address(0));
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RegistryMismatch.selector, address(0)));
        new OvigInference(IOvigRegistry(address(other)));
    }

    function test_openServingOnlyOwnerOnceFinalized() public {
        uint256 jobId = acceptedJob();
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidJobStatus.selector, jobId, JobStatus.Accepted)
        );
        inf.openServing(jobId, BOUND_HASH, RECORD_WINDOW);
        commitAll(jobId, 4);
        finalizeJob(jobId);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.NotOwner.selector, provider));
        inf.openServing(jobId, BOUND_HASH, RECORD_WINDOW);
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidTerms.selector, bytes32(0), RECORD_WINDOW)
        );
        inf.openServing(jobId, bytes32(0), RECORD_WINDOW);
        // Too short for a commit-reveal: records would be unchallengeable.
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidTerms.selector, BOUND_HASH, uint64(1 hours - 1))
        );
        inf.openServing(jobId, BOUND_HASH, 1 hours - 1);
        vm.prank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidTerms.selector, BOUND_HASH, CHALLENGE_WINDOW + 1)
        );
        inf.openServing(jobId, BOUND_HASH, CHALLENGE_WINDOW + 1);
        vm.prank(owner);
        inf.openServing(jobId, BOUND_HASH, RECORD_WINDOW);
        ServingTerms memory t = inf.terms(jobId);
        assertEq(t.boundHash, BOUND_HASH);
        assertEq(t.recordWindow, RECORD_WINDOW);
    }

    /// @dev The owner cannot move the bound under records already committed.
    function test_attack_ownerChangesBoundAfterCommits() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 2, 4);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.ServingAlreadyOpen.selector, jobId));
        inf.openServing(jobId, keccak256("looser bound"), RECORD_WINDOW);
    }

    // ------------------------------------------------------------ commitments

    function test_commitBatches() public {
        uint256 jobId = servingJob();
        bytes32[] memory roots = new bytes32[](3);
        uint64[] memory counts = new uint64[](3);
        for (uint256 i; i < 3; i++) {
            counts[i] = uint64(i + 1);
            roots[i] = batchRootOf(jobId, i, counts[i]);
        }
        uint64 by = uint64(block.timestamp) + RECORD_WINDOW;
        vm.expectEmit(address(inf));
        emit BatchesCommitted(jobId, 0, 0, by, roots, counts);
        vm.prank(provider);
        inf.commitBatches(jobId, 0, roots, counts);
        ServingTerms memory t = inf.terms(jobId);
        assertEq(t.batches, 3);
        assertEq(t.commits, 1);
        bytes32[] memory leaves = new bytes32[](3);
        for (uint256 i; i < 3; i++) {
            leaves[i] = keccak256(abi.encodePacked(roots[i], counts[i]));
        }
        assertEq(
            inf.commitOf(jobId, 0),
            keccak256(abi.encodePacked(MerkleRef.root(leaves), uint64(0), uint64(3), by))
        );
        // A resent transaction cannot append twice.
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.UnexpectedFirstBatch.selector, 3, 0));
        inf.commitBatches(jobId, 0, roots, counts);
    }

    function test_commitChecks() public {
        uint256 jobId = finalizedJob();
        bytes32[] memory roots = new bytes32[](1);
        uint64[] memory counts = new uint64[](1);
        counts[0] = 1;
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.ServingNotOpen.selector, jobId));
        inf.commitBatches(jobId, 0, roots, counts);
        vm.prank(owner);
        inf.openServing(jobId, BOUND_HASH, RECORD_WINDOW);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.NotProvider.selector, stranger));
        inf.commitBatches(jobId, 0, roots, counts);
        vm.startPrank(provider);
        vm.expectRevert(OvigInference.EmptyBatch.selector);
        inf.commitBatches(jobId, 0, new bytes32[](0), new uint64[](0));
        vm.expectRevert(abi.encodeWithSelector(OvigInference.LengthMismatch.selector, 1, 2));
        inf.commitBatches(jobId, 0, roots, new uint64[](2));
        vm.expectRevert(abi.encodeWithSelector(OvigInference.InvalidRecordCount.selector, 0, 0));
        inf.commitBatches(jobId, 0, roots, new uint64[](1));
        counts[0] = uint64(1 << 32) + 1;
        vm.expectRevert(abi.encodeWithSelector(OvigInference.InvalidRecordCount.selector, 0, counts[0]));
        inf.commitBatches(jobId, 0, roots, counts);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.BatchTooLarge.selector, 1025));
        inf.commitBatches(jobId, 0, new bytes32[](1025), new uint64[](1025));
        vm.stopPrank();
    }

    /// @dev Commits stop while a record window and an arbitration window still fit before windowEnd.
    function test_commitClosesBeforeWindowEnd() public {
        uint256 jobId = servingJob();
        uint64 windowEnd = reg.getJob(jobId).windowEnd;
        vm.warp(windowEnd - ARBITRATION_WINDOW - RECORD_WINDOW);
        commitBatchesOf(jobId, 1, 2); // the last second that fits
        vm.warp(block.timestamp + 1);
        bytes32[] memory roots = new bytes32[](1);
        uint64[] memory counts = new uint64[](1);
        counts[0] = 1;
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.ServingClosed.selector, windowEnd));
        inf.commitBatches(jobId, 1, roots, counts);
        // A challenge of that last commit still gets its full arbitration window before windowEnd.
        vm.warp(windowEnd - ARBITRATION_WINDOW - 1);
        uint256 d = challengeRecord(challenger, jobId, 0, 1);
        assertLe(inf.dispute(d).deadline, windowEnd);
        resolveInference(d, FRAUD);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    /// @dev Attack: keep committing (serving "with evidence") after the job settled and the bond
    /// backing the records went back to the provider.
    function test_attack_commitAfterBondWithdrawn() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        vm.warp(reg.getJob(jobId).windowEnd + 1);
        reg.settle(jobId);
        vm.prank(provider);
        reg.withdraw();
        bytes32[] memory roots = new bytes32[](1);
        uint64[] memory counts = new uint64[](1);
        counts[0] = 1;
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidJobStatus.selector, jobId, JobStatus.Settled)
        );
        inf.commitBatches(jobId, 1, roots, counts);
        // Nor can an old record be challenged: nothing would back the verdict.
        vm.prank(challenger);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidJobStatus.selector, jobId, JobStatus.Settled)
        );
        inf.commitChallenge{value: CHALLENGER_BOND}(jobId, bytes32(uint256(1)));
    }

    /// @dev Attack: commit after the training bond was slashed.
    function test_attack_commitAfterSlash() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        resolveInference(challengeRecord(challenger, jobId, 0, 0), FRAUD);
        bytes32[] memory roots = new bytes32[](1);
        uint64[] memory counts = new uint64[](1);
        counts[0] = 1;
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        inf.commitBatches(jobId, 1, roots, counts);
    }

    // ------------------------------------------------------------ challenges

    function test_challengeOpensDispute() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 3, 5);
        commitBatchesOf(jobId, 2, 3);
        bytes32 salt = newSalt();
        commitInference(challenger, jobId, 4, 2, salt);
        nextBlock();
        RecordOpening memory o = openingOf(jobId, 4, 2);
        uint64 deadline = uint64(block.timestamp) + ARBITRATION_WINDOW;
        vm.expectEmit(address(inf));
        emit DisputeOpened(jobId, 1, challenger, 4, 2, o.batchRoot, deadline);
        vm.prank(challenger);
        uint256 d = inf.challenge(jobId, o, salt);
        InferenceDispute memory v = inf.dispute(d);
        assertEq(v.jobId, jobId);
        assertEq(v.batch, 4);
        assertEq(v.record, 2);
        assertEq(v.challenger, challenger);
        assertEq(v.bond, CHALLENGER_BOND);
        assertEq(uint8(v.status), uint8(DisputeStatus.Open));
        (uint256 open,) = inf.recordState(jobId, 4, 2);
        assertEq(open, d);
        assertEq(inf.terms(jobId).openDisputes, 1);
        assertEq(address(inf).balance, CHALLENGER_BOND);
    }

    function test_challengeProofChecks() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 3, 5);
        bytes32 salt = newSalt();
        commitInference(challenger, jobId, 1, 4, salt);
        nextBlock();
        RecordOpening memory o = openingOf(jobId, 1, 4);
        vm.startPrank(challenger);

        RecordOpening memory bad = openingOf(jobId, 1, 4);
        bad.commitIndex = 1;
        vm.expectRevert(abi.encodeWithSelector(OvigInference.UnknownCommit.selector, 1));
        inf.challenge(jobId, bad, salt);
        bad = openingOf(jobId, 1, 4);
        bad.challengeBy += 1;
        vm.expectRevert(OvigInference.CommitMismatch.selector);
        inf.challenge(jobId, bad, salt);
        // Claiming more records than the batch holds changes the leaf: the proof fails.
        bad = openingOf(jobId, 1, 4);
        bad.recordCount = 6;
        vm.expectRevert(OvigInference.InvalidProof.selector);
        inf.challenge(jobId, bad, salt);
        bad = openingOf(jobId, 1, 4);
        bad.batchRoot = keccak256("other");
        vm.expectRevert(OvigInference.InvalidProof.selector);
        inf.challenge(jobId, bad, salt);
        bad = openingOf(jobId, 1, 4);
        bad.proof = new bytes32[](1);
        vm.expectRevert(OvigInference.InvalidProof.selector);
        inf.challenge(jobId, bad, salt);
        vm.stopPrank();

        // Record 5 of a 5-record batch does not exist.
        bytes32 salt2 = newSalt();
        commitInference(challenger, jobId, 1, 5, salt2);
        nextBlock();
        RecordOpening memory past = openingOf(jobId, 1, 5);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RecordOutOfRange.selector, 5, 5));
        inf.challenge(jobId, past, salt2);
        // Batch 3 is not in commit 0.
        bytes32 salt3 = newSalt();
        commitInference(challenger, jobId, 3, 0, salt3);
        nextBlock();
        RecordOpening memory outside = openingOf(jobId, 1, 0);
        outside.batch = 3;
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.BatchNotInCommit.selector, 3));
        inf.challenge(jobId, outside, salt3);

        vm.prank(challenger);
        inf.challenge(jobId, o, salt);
    }

    /// @dev Attack: the job's own parties cannot challenge (the provider occupying its records with
    /// challenges it chooses to lose; the owner or an arbiter griefing the provider).
    function test_attack_partiesCannotChallenge() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        address[3] memory parties = [provider, owner, arbAddrs[1]];
        for (uint256 i; i < 3; i++) {
            vm.deal(parties[i], 10 ether);
            vm.prank(parties[i]);
            vm.expectRevert(abi.encodeWithSelector(OvigInference.PartyCannotChallenge.selector, parties[i]));
            inf.commitChallenge{value: CHALLENGER_BOND}(jobId, bytes32(uint256(7)));
        }
    }

    function test_commitChallengeChecks() public {
        uint256 jobId = servingJob();
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.WrongValue.selector, CHALLENGER_BOND, 1));
        inf.commitChallenge{value: 1}(jobId, bytes32(uint256(7)));
        vm.prank(challenger);
        inf.commitChallenge{value: CHALLENGER_BOND}(jobId, bytes32(uint256(7)));
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.CommitmentExists.selector, bytes32(uint256(7))));
        inf.commitChallenge{value: CHALLENGER_BOND}(jobId, bytes32(uint256(7)));
    }

    /// @dev Attack: a watcher copies a reveal from the mempool. The commitment binds its challenger,
    /// and a same-block commit-and-reveal is refused.
    function test_attack_copiedRevealAndSameBlock() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        bytes32 salt = newSalt();
        commitInference(challenger, jobId, 0, 3, salt);
        RecordOpening memory o = openingOf(jobId, 0, 3);
        // Same block: too early, for the challenger itself and for a copier who commits now.
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RevealTooEarly.selector, block.number));
        inf.challenge(jobId, o, salt);
        commitInference(challenger2, jobId, 0, 3, salt);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RevealTooEarly.selector, block.number));
        inf.challenge(jobId, o, salt);
        nextBlock();
        // Copier reveals the challenger's salt as its own: a different commitment, unknown.
        bytes32 forged = inf.challengeCommitment(stranger, jobId, 0, 3, salt);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.UnknownCommitment.selector, forged));
        inf.challenge(jobId, o, salt);
        vm.prank(challenger);
        uint256 d = inf.challenge(jobId, o, salt);
        // The copier's own commitment (made in the same block) can only reveal behind it.
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RecordDisputed.selector, d));
        inf.challenge(jobId, o, salt);
    }

    function test_revealTooLateAndForfeit() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        bytes32 salt = newSalt();
        bytes32 cm = commitInference(challenger, jobId, 0, 1, salt);
        uint64 revealBy = uint64(block.timestamp + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.CommitmentLive.selector, revealBy));
        inf.forfeit(challenger, cm);
        nextBlock();
        vm.warp(revealBy + 1);
        RecordOpening memory o = openingOf(jobId, 0, 1);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RevealTooLate.selector, revealBy));
        inf.challenge(jobId, o, salt);
        inf.forfeit(challenger, cm);
        assertEq(inf.forfeited(), CHALLENGER_BOND);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.UnknownCommitment.selector, cm));
        inf.forfeit(challenger, cm);
    }

    function test_challengeWindowCloses() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        uint64 by = uint64(block.timestamp) + RECORD_WINDOW;
        vm.warp(by);
        bytes32 salt = newSalt();
        commitInference(challenger, jobId, 0, 0, salt);
        nextBlock();
        vm.warp(by + 1);
        RecordOpening memory o = openingOf(jobId, 0, 0);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.ChallengeWindowClosed.selector, by));
        inf.challenge(jobId, o, salt);
    }

    // ------------------------------------------------------------ verdicts and payouts

    function test_fraudSlashesThroughRegistry() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 2, 4);
        uint256 d = challengeRecord(challenger, jobId, 1, 2);
        InferenceVerdict memory w = verdict(FRAUD);
        bytes[] memory sigs = inferenceSigs(d, w, 2);
        uint256 reward = PROVIDER_BOND / 2;
        vm.expectEmit(address(reg));
        emit JobSlashed(jobId, 0, challenger, reward, PROVIDER_BOND - reward + PAYMENT);
        inf.resolve(d, w, sigs);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
        assertEq(reg.credits(challenger), reward);
        assertEq(reg.credits(owner), PROVIDER_BOND - reward + PAYMENT);
        assertEq(inf.credits(challenger), CHALLENGER_BOND);
        (uint256 open, Outcome o) = inf.recordState(jobId, 1, 2);
        assertEq(open, 0);
        assertEq(uint8(o), FRAUD);
        assertEq(inf.terms(jobId).openDisputes, 0);
        uint256 before = challenger.balance;
        vm.startPrank(challenger);
        inf.withdraw();
        reg.withdraw();
        vm.stopPrank();
        assertEq(challenger.balance, before + CHALLENGER_BOND + reward);
        assertEq(address(inf).balance, 0);
    }

    function test_unavailableSlashes() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        uint256 d = challengeRecord(challenger, jobId, 0, 0);
        resolveInference(d, UNAVAILABLE);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
        assertEq(reg.credits(challenger), PROVIDER_BOND / 2);
    }

    /// @dev Attack: a challenger (or the owner behind a sybil) griefs an honest provider; each false
    /// challenge loses its bond to the signers and the provider, and the record cannot be reopened.
    function test_attack_griefingChallengerLosesBond() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        uint256 d = challengeRecord(challenger, jobId, 0, 1);
        resolveInference(d, HONEST);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Finalized));
        assertEq(inf.credits(challenger), 0);
        uint256 toArbiters = CHALLENGER_BOND / 2;
        assertEq(inf.credits(provider), CHALLENGER_BOND - toArbiters);
        uint256 sum;
        for (uint256 i; i < 3; i++) {
            sum += inf.credits(arbAddrs[i]);
        }
        assertEq(sum, toArbiters);
        // Decided for good: a second griefer cannot reopen it.
        bytes32 salt = newSalt();
        commitInference(challenger2, jobId, 0, 1, salt);
        nextBlock();
        RecordOpening memory o = openingOf(jobId, 0, 1);
        vm.prank(challenger2);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RecordDecided.selector, Outcome.Honest));
        inf.challenge(jobId, o, salt);
        // The honest provider settles on time with its bond.
        vm.warp(reg.getJob(jobId).windowEnd + 1);
        reg.settle(jobId);
        assertEq(reg.credits(provider), PROVIDER_BOND + PAYMENT);
    }

    /// @dev Attack: the provider's sybil occupies the fraudulent record first (to win the reward
    /// itself, or to block an honest watchtower). The verdict judges the record, not the
    /// challenger: it is Fraud anyway, the provider loses half its bond and the escrow, exactly what
    /// abandoning costs; the honest watchtower keeps its bond and may challenge other records.
    function test_attack_providerSybilOccupiesRecord() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        address sybil = makeAddr("sybil");
        vm.deal(sybil, 10 ether);
        uint256 d = challengeRecord(sybil, jobId, 0, 2);
        bytes32 salt = newSalt();
        commitInference(challenger, jobId, 0, 2, salt);
        nextBlock();
        RecordOpening memory o = openingOf(jobId, 0, 2);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.RecordDisputed.selector, d));
        inf.challenge(jobId, o, salt);
        resolveInference(d, FRAUD);
        // Provider + sybil together: half the bond back (as the sybil's reward), escrow gone.
        assertEq(reg.credits(sybil) + reg.credits(provider), PROVIDER_BOND / 2);
        assertEq(reg.credits(owner), PROVIDER_BOND / 2 + PAYMENT);
        // The honest watchtower's pending commitment is refunded: the job was slashed meanwhile.
        vm.prank(challenger);
        assertEq(inf.challenge(jobId, o, salt), 0);
        assertEq(inf.credits(challenger), CHALLENGER_BOND);
    }

    /// @dev Attack: the sybil occupies an honest record and loses on purpose; honest records are not
    /// what a watchtower needed, and the sybil's bond pays the provider only half (arbiters take half).
    function test_attack_sybilOnHonestRecordCostsHalfABond() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        address sybil = makeAddr("sybil");
        vm.deal(sybil, 10 ether);
        resolveInference(challengeRecord(sybil, jobId, 0, 0), HONEST);
        assertEq(inf.credits(provider), CHALLENGER_BOND / 2);
    }

    function test_verdictChecks() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        uint256 d = challengeRecord(challenger, jobId, 0, 0);
        InferenceVerdict memory w = verdict(FRAUD);
        w.distance = BOUNDARY;
        bytes[] memory s2 = inferenceSigs(d, w, 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InconsistentVerdict.selector, FRAUD, BOUNDARY, BOUNDARY)
        );
        inf.resolve(d, w, s2);
        w = verdict(HONEST);
        w.distance = BOUNDARY + 1;
        s2 = inferenceSigs(d, w, 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InconsistentVerdict.selector, HONEST, BOUNDARY + 1, BOUNDARY)
        );
        inf.resolve(d, w, s2);
        w = verdict(FRAUD);
        w.outcome = 4;
        s2 = inferenceSigs(d, w, 2);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.InvalidOutcome.selector, 4));
        inf.resolve(d, w, s2);
        w = verdict(FRAUD);
        s2 = inferenceSigs(d, w, 1);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.NotEnoughSignatures.selector, 1, 2));
        inf.resolve(d, w, s2);
        // A signature over other fields (here the distance) recovers to a non-arbiter.
        bytes[] memory sigs = inferenceSigs(d, w, 2);
        w.distance += 1;
        vm.expectPartialRevert(OvigInference.NotArbiter.selector);
        inf.resolve(d, w, sigs);
        w.distance -= 1;
        // The same arbiter twice.
        bytes[] memory dup = new bytes[](2);
        dup[0] = sigs[0];
        dup[1] = sigs[0];
        vm.expectRevert(abi.encodeWithSelector(OvigInference.SignersNotIncreasing.selector, 1));
        inf.resolve(d, w, dup);
        bytes[] memory four = new bytes[](4);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.TooManySignatures.selector, 4, 3));
        inf.resolve(d, w, four);
        // A stranger's key.
        (, uint256 k) = makeAddrAndKey("not an arbiter");
        bytes[] memory one = new bytes[](2);
        one[0] = sigs[0];
        one[1] = sign(k, inferenceDigest(address(inf), block.chainid, inf.dispute(d), d, w));
        if (vm.addr(k) > vm.addr(arbKeys[0])) {
            vm.expectRevert(abi.encodeWithSelector(OvigInference.NotArbiter.selector, 1, vm.addr(k)));
            inf.resolve(d, w, one);
        }
        bytes[] memory shortSig = new bytes[](2);
        shortSig[0] = new bytes(64);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.InvalidSignature.selector, 0, uint8(1)));
        inf.resolve(d, w, shortSig);
        // The contract's digest equals the independent one.
        assertEq(inf.verdictDigest(d, w), inferenceDigest(address(inf), block.chainid, inf.dispute(d), d, w));
        inf.resolve(d, w, sigs);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.DisputeNotOpen.selector, d, DisputeStatus.Resolved)
        );
        inf.resolve(d, w, sigs);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.UnknownDispute.selector, 99));
        inf.resolve(99, w, sigs);
    }

    /// @dev Attack: replay signatures across disputes, jobs, contracts and chains.
    function test_attack_replayedSignatures() public {
        uint256 jobA = servingJob();
        commitBatchesOf(jobA, 1, 4);
        uint256 jobB = servingJob();
        commitBatchesOf(jobB, 1, 4);
        uint256 dA = challengeRecord(challenger, jobA, 0, 0);
        uint256 dB = challengeRecord(challenger, jobB, 0, 0);
        uint256 dA2 = challengeRecord(challenger2, jobA, 0, 1);
        InferenceVerdict memory w = verdict(FRAUD);
        bytes[] memory sigsA = inferenceSigs(dA, w, 2);
        // Another job's dispute, another dispute of the same job.
        vm.expectPartialRevert(OvigInference.NotArbiter.selector);
        inf.resolve(dB, w, sigsA);
        vm.expectPartialRevert(OvigInference.NotArbiter.selector);
        inf.resolve(dA2, w, sigsA);
        // A digest for another verifying contract (a second deployment, or the registry's domain).
        bytes[] memory other =
            sortedSigs(inferenceDigest(address(reg), block.chainid, inf.dispute(dA), dA, w), 2);
        vm.expectPartialRevert(OvigInference.NotArbiter.selector);
        inf.resolve(dA, w, other);
        // A training verdict over the same numbers, signed for the registry.
        bytes[] memory training = sortedSigs(digestAt(1, 0, FRAUD, w.distance, w.bound), 2);
        vm.expectPartialRevert(OvigInference.NotArbiter.selector);
        inf.resolve(dA, w, training);
        // Another chain (a fork): the domain separator follows the chain id.
        uint256 id = block.chainid;
        vm.chainId(id + 1);
        vm.expectPartialRevert(OvigInference.NotArbiter.selector);
        inf.resolve(dA, w, sigsA);
        vm.chainId(id);
        inf.resolve(dA, w, sigsA);
    }

    /// @dev Attack: only the inference contract can slash through the registry.
    function test_attack_directSlashForInference() public {
        uint256 jobId = servingJob();
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotInference.selector, owner));
        reg.slashForInference(jobId, owner);
        // A registry without inference has nobody who can.
        OvigRegistry plain = new OvigRegistry(address(0));
        vm.prank(address(0xdead));
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.NotInference.selector, address(0xdead)));
        plain.slashForInference(jobId, owner);
        // The registry itself refuses a job that is not Finalized, whatever the caller.
        uint256 accepted = acceptedJob();
        vm.prank(address(inf));
        vm.expectRevert(
            abi.encodeWithSelector(OvigRegistry.InvalidJobStatus.selector, accepted, JobStatus.Accepted)
        );
        reg.slashForInference(accepted, owner);
    }

    /// @dev Attack: the provider hides from a pending inference dispute by getting its job settled.
    /// It cannot: every dispute's deadline is at or before windowEnd, and settle needs windowEnd passed.
    function test_attack_settleCannotEscapeDispute() public {
        uint256 jobId = servingJob();
        uint64 windowEnd = reg.getJob(jobId).windowEnd;
        vm.warp(windowEnd - ARBITRATION_WINDOW - RECORD_WINDOW);
        commitBatchesOf(jobId, 1, 4);
        vm.warp(windowEnd - ARBITRATION_WINDOW - 1);
        uint256 d = challengeRecord(challenger, jobId, 0, 3);
        vm.warp(inf.dispute(d).deadline);
        vm.expectRevert(abi.encodeWithSelector(OvigRegistry.DeadlineNotReached.selector, windowEnd));
        reg.settle(jobId);
        resolveInference(d, FRAUD);
        assertEq(uint8(status(jobId)), uint8(JobStatus.Fraudulent));
    }

    function test_lapseRefundsAndFreesRecord() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        uint256 d = challengeRecord(challenger, jobId, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.CannotLapse.selector, d));
        inf.lapse(d);
        uint64 deadline = inf.dispute(d).deadline;
        vm.warp(deadline + 1);
        InferenceVerdict memory w = verdict(FRAUD);
        bytes[] memory sigs = inferenceSigs(d, w, 2);
        vm.expectRevert(abi.encodeWithSelector(OvigInference.DeadlinePassed.selector, deadline));
        inf.resolve(d, w, sigs);
        inf.lapse(d);
        assertEq(inf.credits(challenger), CHALLENGER_BOND);
        assertEq(inf.terms(jobId).openDisputes, 0);
        (uint256 open, Outcome o) = inf.recordState(jobId, 0, 0);
        assertEq(open, 0);
        assertEq(uint8(o), 0);
    }

    /// @dev A training Fraud verdict slashes the job while an inference dispute is open: it lapses
    /// at once and its challenger gets its bond back.
    function test_trainingSlashLapsesInferenceDispute() public {
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, 1, 4);
        uint256 d = challengeRecord(challenger, jobId, 0, 0);
        uint256 td = openDispute(jobId, 3, challenger2);
        resolveWith(td, FRAUD);
        InferenceVerdict memory w = verdict(FRAUD);
        bytes[] memory sigs = inferenceSigs(d, w, 2);
        vm.expectRevert(
            abi.encodeWithSelector(OvigInference.InvalidJobStatus.selector, jobId, JobStatus.Fraudulent)
        );
        inf.resolve(d, w, sigs);
        inf.lapse(d);
        assertEq(inf.credits(challenger), CHALLENGER_BOND);
    }

    function test_withdraw() public {
        vm.expectRevert(OvigInference.NothingToWithdraw.selector);
        inf.withdraw();
    }

    // ------------------------------------------------------------ fuzz

    /// @dev Any record of any batch of any commit opens; one past the batch never does.
    function testFuzz_anyRecordOpens(uint8 nBatches, uint8 perBatch, uint16 pick, uint16 rec) public {
        uint256 n = bound(nBatches, 1, 40);
        uint64 per = uint64(bound(perBatch, 1, 9));
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, n, per);
        uint64 batch = uint64(bound(pick, 0, n - 1));
        uint64 record = uint64(bound(rec, 0, per));
        bytes32 salt = newSalt();
        commitInference(challenger, jobId, batch, record, salt);
        nextBlock();
        RecordOpening memory o = openingOf(jobId, batch, record);
        vm.prank(challenger);
        if (record == per) {
            vm.expectRevert(abi.encodeWithSelector(OvigInference.RecordOutOfRange.selector, record, per));
            inf.challenge(jobId, o, salt);
        } else {
            uint256 d = inf.challenge(jobId, o, salt);
            assertEq(inf.dispute(d).batchRoot, batchRootOf(jobId, batch, per));
        }
    }

    /// @dev A wrong batch root, record count or sibling never opens.
    function testFuzz_forgedOpeningFails(uint8 nBatches, uint16 pick, bytes32 junk, uint8 what) public {
        uint256 n = bound(nBatches, 2, 30);
        uint256 jobId = servingJob();
        commitBatchesOf(jobId, n, 3);
        uint64 batch = uint64(bound(pick, 0, n - 1));
        bytes32 salt = newSalt();
        commitInference(challenger, jobId, batch, 0, salt);
        nextBlock();
        RecordOpening memory o = openingOf(jobId, batch, 0);
        uint256 k = what % 3;
        if (k == 0) {
            vm.assume(junk != o.batchRoot);
            o.batchRoot = junk;
        } else if (k == 1) {
            o.recordCount = uint64(bound(uint256(junk), 4, 1 << 32));
        } else {
            vm.assume(junk != o.proof[0]);
            o.proof[0] = junk;
        }
        vm.prank(challenger);
        vm.expectRevert(OvigInference.InvalidProof.selector);
        inf.challenge(jobId, o, salt);
    }

    /// @dev Value is conserved by every verdict whatever the bonds: the inference contract pays out
    /// exactly the bond it holds, the registry exactly the bond and escrow it held.
    function testFuzz_verdictConservesValue(uint96 pBond, uint96 cBond, uint8 outcome) public {
        uint256 c = bound(cBond, 1, 100 ether);
        uint256 p = bound(pBond, 2 * c, 400 ether);
        uint8 o = uint8(bound(outcome, 1, 3));
        JobViewParams memory x = JobViewParams(p, c);
        uint256 jobId = customServingJob(x);
        commitBatchesOf(jobId, 1, 2);
        uint256 regBefore = address(reg).balance;
        vm.deal(challenger, c);
        uint256 d = challengeRecord(challenger, jobId, 0, 1);
        resolveInference(d, o);
        uint256 held = inf.credits(challenger) + inf.credits(provider);
        for (uint256 i; i < 3; i++) {
            held += inf.credits(arbAddrs[i]);
        }
        assertEq(held, c, "inference credits");
        assertEq(address(inf).balance, c);
        if (o != HONEST) {
            assertEq(reg.credits(challenger) + reg.credits(owner), p + PAYMENT, "registry credits");
        }
        assertEq(address(reg).balance, regBefore);
    }

    struct JobViewParams {
        uint256 providerBond;
        uint256 challengerBond;
    }

    function customServingJob(JobViewParams memory x) internal returns (uint256 jobId) {
        JobParams memory p = defaultParams();
        p.providerBond = x.providerBond;
        p.challengerBond = x.challengerBond;
        vm.deal(provider, x.providerBond + 1 ether);
        jobId = createJob(p);
        acceptJob(jobId);
        commitAll(jobId, 4);
        finalizeJob(jobId);
        vm.prank(owner);
        inf.openServing(jobId, BOUND_HASH, RECORD_WINDOW);
    }
}
