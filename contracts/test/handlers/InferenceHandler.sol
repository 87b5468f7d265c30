// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {MerkleRef} from "../utils/MerkleRef.sol";
import {OvigRegistry} from "../../src/OvigRegistry.sol";
import {OvigInference, RecordOpening, InferenceVerdict, InferenceDispute} from "../../src/OvigInference.sol";
import {JobStatus, DisputeStatus, Outcome} from "../../src/OvigTypes.sol";

/// @notice Drives one serving job through adversarial sequences: a provider that serves a substituted
/// model for some records (and backs a sybil that challenges them first), honest watchtowers,
/// griefers challenging honest records, a lone corrupt arbiter signing the wrong outcome, reveals
/// copied or late, lapses and withdrawals at any time. The arbiter majority is truthful.
contract InferenceHandler is Test {
    OvigRegistry internal reg;
    OvigInference internal inf;
    uint256 internal jobId;
    address internal provider;
    uint256[] internal arbKeys;
    address[] internal actors; // [0] the provider's sybil, the rest honest or griefing watchtowers
    uint64 internal constant PER = 4;
    uint256 internal constant BOND = 1 ether;

    struct Commit {
        uint64 first;
        uint64 challengeBy;
        bytes32[] roots;
    }

    Commit[] internal commits;
    mapping(uint64 batch => mapping(uint64 record => bool)) public fraudulent;
    uint256[] internal disputeIds;
    uint256 internal saltNonce;

    // ghosts
    uint256 public ghostIn; // bonds paid into inf
    uint256 public ghostOut; // withdrawals from inf
    uint256 public ghostOpen; // disputes open
    uint256 public ghostOpenBonds;
    uint256 public ghostLiveCommitBonds;
    bool public slashedOnHonestRecord;
    bool public wrongOutcomeApplied;
    bool public lateDeadline;
    bool public slashedWithoutFraud;
    uint256 public calls;
    uint256 public opened;
    uint256 public resolvedHonest;
    uint256 public resolvedFraud;

    struct Pending {
        address who;
        uint64 batch;
        uint64 record;
        bytes32 salt;
        uint256 blockNumber;
        uint256 revealBy;
    }

    Pending[] internal pending;

    constructor(
        OvigRegistry reg_,
        OvigInference inf_,
        uint256 jobId_,
        address provider_,
        uint256[] memory keys_
    ) {
        reg = reg_;
        inf = inf_;
        jobId = jobId_;
        provider = provider_;
        arbKeys = keys_;
        for (uint256 i; i < 3; i++) {
            address a = makeAddr(string.concat("inference actor", vm.toString(i)));
            vm.deal(a, 1000 ether);
            actors.push(a);
        }
    }

    function actorList() external view returns (address[] memory) {
        return actors;
    }

    function disputeList() external view returns (uint256[] memory) {
        return disputeIds;
    }

    function payload(uint64 batch, uint64 i) internal pure returns (bytes32) {
        return keccak256(abi.encode("served", batch, i));
    }

    function batchRoot(uint64 batch) internal pure returns (bytes32) {
        bytes32[] memory p = new bytes32[](PER);
        for (uint64 i; i < PER; i++) {
            p[i] = payload(batch, i);
        }
        return MerkleRef.root(p);
    }

    // ------------------------------------------------------------ actions

    /// @dev The provider commits n batches; `mask` picks which records it served with the wrong model.
    function commit(uint8 nSeed, uint32 mask) external {
        calls++;
        uint256 n = bound(nSeed, 1, 6);
        uint64 first = inf.terms(jobId).batches;
        bytes32[] memory roots = new bytes32[](n);
        uint64[] memory counts = new uint64[](n);
        for (uint256 i; i < n; i++) {
            uint64 b = first + uint64(i);
            roots[i] = batchRoot(b);
            counts[i] = PER;
            for (uint64 r; r < PER; r++) {
                if ((mask >> ((i * PER + r) % 32)) & 1 == 1 && (mask >> 28) < 8) fraudulent[b][r] = true;
            }
        }
        vm.prank(provider);
        try inf.commitBatches(jobId, first, roots, counts) {
            Commit storage c = commits.push();
            c.first = first;
            c.challengeBy = uint64(block.timestamp) + inf.terms(jobId).recordWindow;
            c.roots = roots;
        } catch {
            for (uint256 i; i < n; i++) {
                for (uint64 r; r < PER; r++) {
                    fraudulent[first + uint64(i)][r] = false;
                }
            }
        }
    }

    /// @dev An actor bonds a commitment on a record (the sybil prefers fraudulent ones, griefers
    /// honest ones: whatever the seed picks).
    function commitChallenge(uint8 who, uint16 batchSeed, uint8 recSeed) external {
        calls++;
        uint64 batches = inf.terms(jobId).batches;
        if (batches == 0) return;
        address a = actors[who % actors.length];
        uint64 b = uint64(bound(batchSeed, 0, batches - 1));
        uint64 r = uint64(recSeed % PER);
        bytes32 salt = keccak256(abi.encode(++saltNonce));
        bytes32 cm = inf.challengeCommitment(a, jobId, b, r, salt);
        vm.prank(a);
        try inf.commitChallenge{value: BOND}(jobId, cm) {
            ghostIn += BOND;
            ghostLiveCommitBonds += BOND;
            pending.push(Pending(a, b, r, salt, block.number, block.timestamp + inf.REVEAL_WINDOW()));
        } catch {
            return;
        }
        // Mostly revealed at once (next block); the rest stay pending for late, copied or
        // forfeited reveals.
        if (recSeed & 0x80 == 0) _reveal(pending.length - 1, false);
    }

    /// @dev Reveals a pending commitment, possibly as a copier (another actor replaying its salt).
    function reveal(uint16 pick, bool copy) external {
        calls++;
        if (pending.length == 0) return;
        _reveal(pick % pending.length, copy && pick % 4 == 0);
    }

    function _reveal(uint256 k, bool copy) internal {
        Pending memory p = pending[k];
        address caller = copy ? actors[(uint160(p.who) + 1) % actors.length] : p.who;
        RecordOpening memory o = opening(p.batch, p.record);
        if (o.recordCount == 0) return;
        vm.roll(block.number + 1);
        uint256 beforeCredit = inf.credits(caller);
        vm.prank(caller);
        try inf.challenge(jobId, o, p.salt) returns (uint256 d) {
            assertEq(caller, p.who, "a copier revealed another's commitment");
            ghostLiveCommitBonds -= BOND;
            _removePending(k);
            if (d == 0) {
                assertEq(inf.credits(caller), beforeCredit + BOND);
                return;
            }
            disputeIds.push(d);
            opened++;
            ghostOpen++;
            ghostOpenBonds += BOND;
            if (inf.dispute(d).deadline > reg.getJob(jobId).windowEnd) lateDeadline = true;
        } catch {}
    }

    function forfeit(uint16 pick) external {
        calls++;
        if (pending.length == 0) return;
        uint256 k = pick % pending.length;
        Pending memory p = pending[k];
        try inf.forfeit(p.who, inf.challengeCommitment(p.who, jobId, p.batch, p.record, p.salt)) {
            ghostLiveCommitBonds -= BOND;
            _removePending(k);
        } catch {}
    }

    /// @dev The arbiter majority signs the truth about the record.
    function resolveTruthfully(uint16 pick) external {
        calls++;
        if (disputeIds.length == 0) return;
        uint256 d = disputeIds[pick % disputeIds.length];
        InferenceDispute memory v = inf.dispute(d);
        if (v.status != DisputeStatus.Open) return;
        bool bad = fraudulent[v.batch][v.record];
        InferenceVerdict memory w = _verdict(bad ? 1 : 2);
        bytes[] memory sigs = _sigs(d, w, 2, false);
        JobStatus before = reg.getJob(jobId).status;
        try inf.resolve(d, w, sigs) {
            ghostOpen--;
            ghostOpenBonds -= BOND;
            if (bad) resolvedFraud++;
            else resolvedHonest++;
            if (before == JobStatus.Finalized && reg.getJob(jobId).status == JobStatus.Fraudulent && !bad) {
                slashedOnHonestRecord = true;
            }
        } catch {}
    }

    /// @dev One corrupt arbiter (below threshold), or a majority signing under the wrong key
    /// order, tries to apply the opposite outcome.
    function resolveCorrupt(uint16 pick, bool dupe) external {
        calls++;
        if (disputeIds.length == 0) return;
        uint256 d = disputeIds[pick % disputeIds.length];
        InferenceDispute memory v = inf.dispute(d);
        if (v.status != DisputeStatus.Open) return;
        bool bad = fraudulent[v.batch][v.record];
        InferenceVerdict memory w = _verdict(bad ? 2 : 1);
        bytes[] memory sigs = _sigs(d, w, dupe ? 2 : 1, dupe);
        try inf.resolve(d, w, sigs) {
            wrongOutcomeApplied = true;
        } catch {}
    }

    function lapse(uint16 pick) external {
        calls++;
        if (disputeIds.length == 0) return;
        uint256 d = disputeIds[pick % disputeIds.length];
        try inf.lapse(d) {
            ghostOpen--;
            ghostOpenBonds -= BOND;
        } catch {}
    }

    function warp(uint32 secs) external {
        calls++;
        vm.warp(block.timestamp + bound(secs, 1, 2 hours));
        vm.roll(block.number + 1);
    }

    function withdraw(uint8 who) external {
        calls++;
        address a = who % 5 == 4 ? provider : actors[who % actors.length];
        uint256 c = inf.credits(a);
        vm.prank(a);
        try inf.withdraw() {
            ghostOut += c;
        } catch {}
    }

    /// @dev The provider tries to get the job settled while disputes are open.
    function settle() external {
        calls++;
        uint256 open = ghostOpen;
        try reg.settle(jobId) {
            if (open != 0) slashedWithoutFraud = true; // bond escaped an open dispute
        } catch {}
    }

    // ------------------------------------------------------------ helpers

    function _removePending(uint256 k) internal {
        pending[k] = pending[pending.length - 1];
        pending.pop();
    }

    function opening(uint64 batch, uint64 record) internal view returns (RecordOpening memory o) {
        for (uint256 k; k < commits.length; k++) {
            Commit storage c = commits[k];
            if (batch >= c.first && batch < c.first + c.roots.length) {
                bytes32[] memory leaves = new bytes32[](c.roots.length);
                for (uint256 i; i < leaves.length; i++) {
                    leaves[i] = inf.batchLeaf(c.roots[i], PER);
                }
                uint256 at = batch - c.first;
                o.commitIndex = uint64(k);
                o.commitRoot = MerkleRef.root(leaves);
                o.firstBatch = c.first;
                o.batchCount = uint64(c.roots.length);
                o.challengeBy = c.challengeBy;
                o.batch = batch;
                o.batchRoot = c.roots[at];
                o.recordCount = PER;
                o.proof = MerkleRef.proof(leaves, at);
                o.record = record;
                return o;
            }
        }
    }

    function _verdict(uint8 outcome) internal pure returns (InferenceVerdict memory w) {
        w.outcome = outcome;
        w.blockIndex = 1;
        w.distance = outcome == 1 ? 2e16 : 5e15;
        w.bound = 1e16;
        w.replayDigest = keccak256("replay");
    }

    function _sigs(uint256 d, InferenceVerdict memory w, uint256 n, bool dupe)
        internal
        view
        returns (bytes[] memory sigs)
    {
        bytes32 digest = inf.verdictDigest(d, w);
        uint256[] memory keys = new uint256[](n);
        for (uint256 i; i < n; i++) {
            keys[i] = dupe ? arbKeys[0] : arbKeys[i];
        }
        // increasing signer order
        if (n == 2 && !dupe && vm.addr(keys[1]) < vm.addr(keys[0])) (keys[0], keys[1]) = (keys[1], keys[0]);
        sigs = new bytes[](n);
        for (uint256 i; i < n; i++) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest);
            sigs[i] = abi.encodePacked(r, s, v);
        }
    }
}
