// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {OvigRegistry} from "../../src/OvigRegistry.sol";
import {
    JobParams,
    JobStatus,
    JobView,
    EndpointProof,
    Dispute,
    DisputeStatus,
    Challenge,
    ChallengeStatus
} from "../../src/OvigTypes.sol";
import {MerkleRef} from "../utils/MerkleRef.sol";

library SafeTime {
    function u64(uint256 t) internal pure returns (uint64) {
        require(t <= type(uint64).max, "time");
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(t);
    }
}

/// @notice Plays a cheating provider (and its sybils and a copier) and a griefer against honest live
/// arbiters and an honest watchtower. The provider trains jobs of which some hide one tampered
/// interval; it self-challenges, challenges through sybils (including its own fraud, early), copies
/// the watchtower's commitments and reveals, lapses and re-opens, challenges at the last second,
/// answers disputes (on the tampered interval with the fake transition at any step, or not at all,
/// and sometimes first with malformed step roots), names honest steps through its sybils, times
/// out, claims, tries to settle and cancel, and lets time pass. The griefer challenges honest jobs
/// and names honest steps. Honest rules hold throughout, applied before any time passes: the
/// provider answers every dispute on an interval it trained honestly, with the true step root, by
/// respondBy; the watchtower stands on every tampered interval before its job's window closes,
/// joins any dispute on it and names the fake transition by nameBy; the arbiters rule on every named
/// step before the deadline (Fraud on the fake transition, Honest elsewhere), and silent or unargued
/// disputes are timed out. Ghost sums track every wei.
contract CheatingProviderHandler is CommonBase, StdCheats, StdUtils {
    OvigRegistry public immutable reg;

    uint256 internal constant PAYMENT = 10 ether;
    uint256 internal constant PROVIDER_BOND = 4 ether;
    uint256 internal constant CHALLENGER_BOND = 1 ether;
    uint256 internal constant MAX_JOBS = 3;
    uint64 internal constant STRIDE = 3; // 4 state roots per response: steps 0, 1, 2

    address public immutable owner = makeAddr("inv-owner");
    address public immutable provider = makeAddr("inv-provider");
    address public immutable watchtower = makeAddr("inv-watchtower");
    address public immutable copier = makeAddr("inv-copier");
    /// @dev An outsider (the owner's sybil, say) who challenges honest jobs and names honest steps.
    address public immutable griefer = makeAddr("inv-griefer");
    address[] public sybils;
    address[] public arbAddrs; // sorted by address
    uint256[] internal arbKeys;
    address[] public actors; // everyone who can hold a credit

    uint256 public now_;
    uint256 public blk_;

    uint256[] public jobIds;
    /// @dev The tampered endpoint of a job (its interval is endpoint - 1); 0 for an honest job.
    mapping(uint256 jobId => uint64) public fraudEndpoint;
    /// @dev The watchtower's challenge stands on the tampered interval.
    mapping(uint256 jobId => bool) public watched;
    /// @dev The fake transition of a response to the tampered interval, + 1 (0: not such a response).
    mapping(uint256 disputeId => uint64) public fraudStepOf;
    mapping(uint256 jobId => bytes32[][]) internal batchRoots;
    mapping(uint256 jobId => uint64[]) internal batchFirst;

    struct Pending {
        address who;
        bytes32 hash;
        uint256 jobId;
        uint64 endpoint;
        bytes32 salt;
    }

    /// @dev Every commitment ever made; live ones are those the registry still holds.
    Pending[] public commits;
    /// @dev The watchtower's commitment waiting for its reveal, index + 1 into commits (0: none).
    uint256 public wtPending;
    uint256 internal saltNonce;
    mapping(bytes32 => bool) internal copied;

    // ghost sums
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawn;
    uint256 public ghostLiveCommitments;
    uint256 public ghostForfeited;
    mapping(address => uint256) public ghostCredited;
    mapping(address => uint256) public ghostWithdrawnBy;
    mapping(address => uint256) public ghostPaidIn;
    /// @dev Per job: what went in (escrow, provider bond, revealed challenge bonds) and what came out
    /// as credits; and the same for the provider and its sybils alone.
    mapping(uint256 jobId => uint256) public ghostIn;
    mapping(uint256 jobId => uint256) public ghostOut;
    mapping(uint256 jobId => uint256) public coalitionIn;
    mapping(uint256 jobId => uint256) public coalitionOut;
    // violations (must stay zero)
    uint256 public copiesRevealed;
    uint256 public watchedSettled;
    uint256 public lapsesWhileJudgeable;
    uint256 public badResponsesAccepted;

    mapping(bytes32 => uint256) public calls;

    constructor(OvigRegistry r) {
        reg = r;
        now_ = block.timestamp;
        blk_ = block.number;
        for (uint256 i; i < 3; i++) {
            sybils.push(makeAddr(string.concat("inv-sybil", vm.toString(i))));
        }
        for (uint256 i; i < 3; i++) {
            (address a, uint256 k) = makeAddrAndKey(string.concat("inv-arbiter", vm.toString(i)));
            uint256 j = arbAddrs.length;
            arbAddrs.push(a);
            arbKeys.push(k);
            while (j > 0 && arbAddrs[j - 1] > arbAddrs[j]) {
                (arbAddrs[j - 1], arbAddrs[j]) = (arbAddrs[j], arbAddrs[j - 1]);
                (arbKeys[j - 1], arbKeys[j]) = (arbKeys[j], arbKeys[j - 1]);
                j--;
            }
        }
        actors.push(owner);
        actors.push(provider);
        actors.push(watchtower);
        actors.push(copier);
        actors.push(griefer);
        for (uint256 i; i < 3; i++) {
            actors.push(sybils[i]);
            actors.push(arbAddrs[i]);
        }
    }

    modifier step(bytes32 name) {
        vm.warp(now_);
        vm.roll(blk_);
        _;
        calls[name]++;
    }

    // ------------------------------------------------------------ views for the invariants

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function jobCount() external view returns (uint256) {
        return jobIds.length;
    }

    function commitCount() external view returns (uint256) {
        return commits.length;
    }

    function sybilCount() external view returns (uint256) {
        return sybils.length;
    }

    function isCoalition(address a) public view returns (bool) {
        if (a == provider) return true;
        for (uint256 i; i < sybils.length; i++) {
            if (sybils[i] == a) return true;
        }
        return false;
    }

    // ------------------------------------------------------------ accounting

    function _snap() internal view returns (uint256[] memory c) {
        c = new uint256[](actors.length);
        for (uint256 i; i < actors.length; i++) {
            c[i] = reg.credits(actors[i]);
        }
    }

    /// @dev Books every credit that appeared since `before` to job `jobId`.
    function _book(uint256 jobId, uint256[] memory before) internal {
        for (uint256 i; i < actors.length; i++) {
            uint256 c = reg.credits(actors[i]);
            if (c > before[i]) {
                uint256 d = c - before[i];
                ghostCredited[actors[i]] += d;
                ghostOut[jobId] += d;
                if (isCoalition(actors[i])) coalitionOut[jobId] += d;
            } else {
                require(c == before[i], "credit shrank outside withdraw");
            }
        }
    }

    function _pay(address who, uint256 amount) internal {
        vm.deal(who, who.balance + amount);
        ghostDeposited += amount;
        ghostPaidIn[who] += amount;
    }

    // ------------------------------------------------------------ picking

    function _active(JobStatus s) internal pure returns (bool) {
        return s == JobStatus.Accepted || s == JobStatus.Finalized;
    }

    function _pickJob(uint256 seed, JobStatus a, JobStatus b) internal view returns (uint256) {
        uint256 n = jobIds.length;
        for (uint256 i; i < n; i++) {
            uint256 id = jobIds[(seed % n + i) % n];
            JobStatus st = reg.getJob(id).status;
            if (st == a || st == b) return id;
        }
        return 0;
    }

    function _sybil(uint256 seed) internal view returns (address) {
        return sybils[seed % sybils.length];
    }

    function _opening(uint256 jobId, uint64 endpoint) internal view returns (EndpointProof memory o) {
        uint64[] storage firsts = batchFirst[jobId];
        for (uint256 b; b < firsts.length; b++) {
            bytes32[] memory r = batchRoots[jobId][b];
            if (endpoint >= firsts[b] && endpoint < firsts[b] + r.length) {
                o.endpoint = endpoint;
                o.batchIndex = b;
                o.firstIndex = firsts[b];
                o.count = uint64(r.length);
                o.root = r[endpoint - o.firstIndex];
                o.batchRoot = MerkleRef.root(r);
                o.proof = MerkleRef.proof(r, endpoint - o.firstIndex);
                return o;
            }
        }
        revert("endpoint not committed");
    }

    /// @dev Challenge deadline of an active job: finalizeBy while Accepted, windowEnd once Finalized.
    function _closesAt(JobView memory v) internal pure returns (uint256) {
        return v.status == JobStatus.Accepted ? v.finalizeBy : v.windowEnd;
    }

    // ------------------------------------------------------------ commit-reveal primitives

    function _commit(address who, uint256 jobId, uint64 endpoint) internal returns (uint256 idx) {
        EndpointProof memory o = _opening(jobId, endpoint);
        bytes32 salt = keccak256(abi.encode("inv-salt", ++saltNonce));
        bytes32 h = reg.challengeCommitment(who, jobId, endpoint, o.root, salt);
        _pay(who, CHALLENGER_BOND);
        vm.prank(who);
        reg.commitChallenge{value: CHALLENGER_BOND}(h);
        ghostLiveCommitments += CHALLENGER_BOND;
        if (isCoalition(who)) coalitionIn[jobId] += CHALLENGER_BOND;
        commits.push(Pending(who, h, jobId, endpoint, salt));
        idx = commits.length;
    }

    function _nextBlock() internal {
        blk_ += 1;
        vm.roll(blk_);
    }

    /// @dev Reveals commitment idx (1-based); returns false (state unchanged) if the registry refuses.
    function _reveal(uint256 idx) internal returns (bool) {
        Pending memory p = commits[idx - 1];
        EndpointProof memory o = _opening(p.jobId, p.endpoint);
        vm.prank(p.who);
        try reg.challenge(p.jobId, o, p.salt) returns (uint256 id) {
            ghostLiveCommitments -= CHALLENGER_BOND;
            if (id == 0) {
                // The job was slashed since the commitment: the registry refunded the bond.
                ghostCredited[p.who] += CHALLENGER_BOND;
                return false;
            }
            ghostIn[p.jobId] += CHALLENGER_BOND;
            if (p.who == watchtower && p.endpoint == fraudEndpoint[p.jobId]) watched[p.jobId] = true;
            return true;
        } catch {
            return false;
        }
    }

    function _challenge(address who, uint256 jobId, uint64 endpoint) internal returns (bool ok) {
        uint256 idx = _commit(who, jobId, endpoint);
        _nextBlock();
        ok = _reveal(idx);
    }

    // ------------------------------------------------------------ step-level disputes

    /// @dev State root after `j` steps of interval k. Honest states agree with the committed endpoints
    /// at both ends. A response to the tampered interval with fake transition v (from state v to
    /// v + 1) reports the true states up to v and made-up ones after, ending at the tampered root.
    function _stateRoot(uint256 jobId, uint64 interval, uint256 j, uint256 fakeFrom)
        internal
        view
        returns (bytes32)
    {
        if (j == 0) return _opening(jobId, interval).root;
        if (j == STRIDE) return _opening(jobId, interval + 1).root;
        if (j > fakeFrom) return keccak256(abi.encode("inv-fake", jobId, interval, j));
        return keccak256(abi.encode("inv-state", jobId, interval, j));
    }

    /// @dev The s+1 state roots a response commits; fakeFrom = STRIDE for the honest states.
    function _states(uint256 jobId, uint64 interval, uint256 fakeFrom)
        internal
        view
        returns (bytes32[] memory st)
    {
        st = new bytes32[](STRIDE + 1);
        for (uint256 j; j <= STRIDE; j++) {
            st[j] = _stateRoot(jobId, interval, j, fakeFrom);
        }
    }

    function _tampered(Dispute memory d) internal view returns (bool) {
        return d.interval + 1 == fraudEndpoint[d.jobId];
    }

    /// @dev The provider's response to dispute `id`: the honest states, or on the tampered interval
    /// those with the fake transition at `variant`. Returns false if the registry refuses it.
    function _respond(uint256 id, bytes32[] memory st) internal returns (bool) {
        Dispute memory d = reg.disputes(id);
        EndpointProof memory start = _opening(d.jobId, d.interval);
        bytes32 root = MerkleRef.root(st);
        bytes32[] memory first = MerkleRef.proof(st, 0);
        bytes32[] memory last = MerkleRef.proof(st, st.length - 1);
        vm.prank(provider);
        try reg.respond(id, root, start, first, last) {
            return true;
        } catch {
            return false;
        }
    }

    function _respondHonestly(uint256 id) internal {
        Dispute memory d = reg.disputes(id);
        _respond(id, _states(d.jobId, d.interval, STRIDE));
    }

    function _name(uint256 challengeId, uint64 stepIndex) internal returns (bool) {
        vm.prank(reg.challenges(challengeId).challenger);
        try reg.nameStep(challengeId, stepIndex) {
            return true;
        } catch {
            return false;
        }
    }

    /// @dev Anyone's timeout; books what it credits.
    function _timeout(uint256 id) internal returns (bool ok) {
        Dispute memory d = reg.disputes(id);
        uint256[] memory before = _snap();
        try reg.timeout(id) {
            ok = true;
            _book(d.jobId, before);
        } catch {}
    }

    function _othersName(uint256 id) internal {
        for (uint256 i; i <= sybils.length; i++) {
            address who = i == sybils.length ? griefer : sybils[i];
            uint256 c = reg.challengeOf(id, who);
            if (c == 0 || reg.challenges(c).named) continue;
            uint256 choice = uint256(keccak256(abi.encode(c, "choice"))) % (STRIDE + 3);
            // A sybil may name its own provider's fake step, to take the reward if it committed first.
            if (choice == STRIDE + 2 && fraudStepOf[id] != 0) choice = fraudStepOf[id] - 1;
            if (choice <= STRIDE) _name(c, uint64(choice)); // STRIDE is out of range; beyond: silent
        }
    }

    // ------------------------------------------------------------ honest parties

    /// @dev Honest live arbiters: Fraud on the fake transition of the tampered interval once someone
    /// named it; otherwise, after nameBy, Honest on a named step (every one is honest). Returns
    /// whether a verdict was applied.
    function _resolveHonestly(uint256 disputeId) internal returns (bool) {
        Dispute memory d = reg.disputes(disputeId);
        if (d.status != DisputeStatus.Open || !d.responded || d.stepsNamed == 0) return false;
        if (!_active(reg.getJob(d.jobId).status) || now_ > d.deadline) return false;
        uint64 at;
        uint8 outcome;
        uint64 f = fraudStepOf[disputeId];
        if (f != 0 && reg.stepLeaderOf(disputeId, f - 1) != 0) {
            (at, outcome) = (f - 1, 1);
        } else {
            if (now_ <= d.nameBy) return false;
            while (reg.stepLeaderOf(disputeId, at) == 0) at++;
            outcome = 2;
        }
        uint256 distance = outcome == 1 ? 3 : 1;
        bytes32 digest = reg.verdictDigest(
            d.jobId, disputeId, d.interval, d.root, d.stepRoot, at, outcome, distance, 2, bytes32(0)
        );
        uint256 n = 2 + (disputeId % 2); // 2 or 3 of 3
        bytes[] memory sigs = new bytes[](n);
        for (uint256 i; i < n; i++) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(arbKeys[i], digest);
            sigs[i] = abi.encodePacked(r, s, v);
        }
        uint256[] memory before = _snap();
        reg.resolve(disputeId, at, outcome, distance, 2, bytes32(0), sigs);
        _book(d.jobId, before);
        return true;
    }

    /// @dev Longest step of _advance: no dispute window (W/4 = 3 hours apart) is ever skipped.
    uint256 internal constant TICK = 3 hours;

    /// @dev The honest duties, then time moves to `target` (and one block on), one TICK at a time.
    function _advance(uint256 target) internal {
        while (now_ < target) {
            uint256 next = now_ + TICK < target ? now_ + TICK : target;
            _duties(next);
            now_ = next;
            vm.warp(now_);
            _nextBlock();
        }
    }

    /// @dev What honest parties do before time reaches `next`.
    function _duties(uint256 next) internal {
        // The watchtower reveals a pending commitment before it expires and stands on every tampered
        // interval before the job's window closes.
        if (wtPending != 0) {
            Pending memory p = commits[wtPending - 1];
            (,, uint64 revealBy) = reg.commitments(p.who, p.hash);
            if (revealBy < next) {
                if (block.number == _commitBlock(p)) _nextBlock();
                _reveal(wtPending);
                wtPending = 0;
            }
        }
        for (uint256 i; i < jobIds.length; i++) {
            uint256 id = jobIds[i];
            JobView memory v = reg.getJob(id);
            uint64 e = fraudEndpoint[id];
            if (e == 0 || watched[id] || !_active(v.status) || v.committedEndpoints <= e) continue;
            if (_closesAt(v) < next) _challenge(watchtower, id, e);
        }
        uint256 n = reg.disputeCount();
        for (uint256 id = 1; id <= n; id++) {
            Dispute memory d = reg.disputes(id);
            if (d.status != DisputeStatus.Open) continue;
            JobView memory v = reg.getJob(d.jobId);
            if (!_active(v.status)) continue;
            bool tampered = _tampered(d);
            // The provider answers every dispute on an interval it trained honestly, in time.
            if (!tampered && !d.responded && d.respondBy < next) _respondHonestly(id);
            // The watchtower joins whatever dispute stands on a tampered interval, in time to name.
            uint256 wc = reg.challengeOf(id, watchtower);
            if (tampered && wc == 0 && d.nameBy < next && now_ <= _closesAt(v)) {
                _challenge(watchtower, d.jobId, d.interval + 1);
                wc = reg.challengeOf(id, watchtower);
            }
            d = reg.disputes(id);
            // It names the fake transition it found.
            if (
                wc != 0 && d.responded && fraudStepOf[id] != 0 && !reg.challenges(wc).named && d.nameBy < next
            ) {
                _name(wc, fraudStepOf[id] - 1);
            }
            // Sybils and the griefer that did not name yet name a step of their choosing (some out of
            // range), unless they chose to stay silent.
            if (d.responded && d.nameBy < next) _othersName(id);
            d = reg.disputes(id);
            // Silence loses at once; a response nobody argues with wins before the deadline.
            if (!d.responded && now_ > d.respondBy) {
                _timeout(id);
                continue;
            }
            if (d.deadline >= next) continue;
            if (d.stepsNamed == 0) _timeout(id);
            else _resolveHonestly(id);
        }
    }

    function _commitBlock(Pending memory p) internal view returns (uint256 b) {
        (, uint64 bn,) = reg.commitments(p.who, p.hash);
        b = bn;
    }

    // ------------------------------------------------------------ lifecycle

    function createJob(uint256 fraudSeed, uint256 intervalsSeed) external step("createJob") {
        if (jobIds.length >= MAX_JOBS) return;
        uint64 intervals = uint64(_bound(intervalsSeed, 2, 6));
        JobParams memory p;
        p.provider = provider;
        p.manifestHash = keccak256(abi.encode(jobIds.length));
        p.stride = STRIDE;
        p.totalSteps = intervals * STRIDE;
        p.boundaryHash = keccak256("inv-boundary");
        p.acceptBy = SafeTime.u64(now_ + 1 days);
        p.finalizeBy = SafeTime.u64(now_ + 3 days);
        p.challengeWindow = 2 days;
        p.arbitrationWindow = 12 hours;
        p.providerBond = PROVIDER_BOND;
        p.challengerBond = CHALLENGER_BOND;
        p.arbiters = arbAddrs;
        p.threshold = 2;
        _pay(owner, PAYMENT);
        vm.prank(owner);
        uint256 id = reg.createJob{value: PAYMENT}(p);
        jobIds.push(id);
        ghostIn[id] += PAYMENT;
        // Two jobs in three hide a tampered interval.
        if (fraudSeed % 3 != 0) fraudEndpoint[id] = uint64(_bound(fraudSeed, 1, intervals));
    }

    function accept(uint256 jobSeed) external step("accept") {
        uint256 id = _pickJob(jobSeed, JobStatus.Created, JobStatus.Created);
        if (id == 0 || now_ > reg.getJob(id).acceptBy) return;
        _pay(provider, PROVIDER_BOND);
        vm.prank(provider);
        reg.accept{value: PROVIDER_BOND}(id, "http://provider.invalid/evidence");
        ghostIn[id] += PROVIDER_BOND;
        coalitionIn[id] += PROVIDER_BOND;
    }

    function train(uint256 jobSeed, uint256 count) external step("train") {
        uint256 id = _pickJob(jobSeed, JobStatus.Accepted, JobStatus.Accepted);
        if (id == 0) return;
        _train(id, count);
    }

    function _train(uint256 id, uint256 count) internal {
        JobView memory v = reg.getJob(id);
        uint256 left = uint256(v.intervals) + 1 - v.committedEndpoints;
        if (left == 0 || now_ > v.finalizeBy) return;
        count = _bound(count, 1, left);
        bytes32[] memory roots = new bytes32[](count);
        for (uint256 i; i < count; i++) {
            roots[i] = keccak256(abi.encode("inv-root", id, v.committedEndpoints + i));
        }
        vm.prank(provider);
        reg.commitIntervals(id, v.committedEndpoints, roots);
        batchRoots[id].push(roots);
        batchFirst[id].push(v.committedEndpoints);
    }

    function finalize(uint256 jobSeed) external step("finalize") {
        uint256 id = _pickJob(jobSeed, JobStatus.Accepted, JobStatus.Accepted);
        if (id == 0 || now_ > reg.getJob(id).finalizeBy) return;
        _train(id, type(uint256).max);
        vm.prank(provider);
        reg.finalize(id, keccak256("inv-model"));
    }

    // ------------------------------------------------------------ cheating strategies

    /// @dev A sybil of the provider challenges any committed interval of an active job (the
    /// tampered one included).
    function sybilChallenge(uint256 jobSeed, uint256 endpointSeed, uint256 sybilSeed)
        external
        step("sybilChallenge")
    {
        uint256 id = _pickJob(jobSeed, JobStatus.Accepted, JobStatus.Finalized);
        if (id == 0) return;
        JobView memory v = reg.getJob(id);
        if (v.committedEndpoints < 2) return;
        uint64 e = uint64(_bound(endpointSeed, 1, v.committedEndpoints - 1));
        _challenge(_sybil(sybilSeed), id, e);
    }

    /// @dev The provider self-challenges every committed interval through its sybils, the tampered
    /// one last.
    function selfChallengeAll(uint256 jobSeed, uint256 sybilSeed) external step("selfChallengeAll") {
        uint256 id = _pickJob(jobSeed, JobStatus.Accepted, JobStatus.Finalized);
        if (id == 0) return;
        JobView memory v = reg.getJob(id);
        address s = _sybil(sybilSeed);
        uint64 f = fraudEndpoint[id];
        for (uint64 e = 1; e < v.committedEndpoints; e++) {
            if (e != f) _challenge(s, id, e);
        }
        if (f != 0 && f < v.committedEndpoints) _challenge(s, id, f);
    }

    /// @dev A sybil commits early to the tampered interval and holds the reveal, to lead later.
    function sybilCommitEarly(uint256 jobSeed, uint256 sybilSeed) external step("sybilCommitEarly") {
        uint256 id = _pickJob(jobSeed, JobStatus.Accepted, JobStatus.Finalized);
        if (id == 0) return;
        uint64 f = fraudEndpoint[id];
        if (f == 0 || reg.getJob(id).committedEndpoints <= f) return;
        _commit(_sybil(sybilSeed), id, f);
    }

    /// @dev Reveals some held commitment (the sybil's or anyone's), if the registry takes it.
    function revealHeld(uint256 seed) external step("revealHeld") {
        uint256 n = commits.length;
        for (uint256 i; i < n; i++) {
            uint256 idx = (seed % n + i) % n + 1;
            Pending memory p = commits[idx - 1];
            if (p.who == watchtower || p.who == copier) continue;
            (uint256 bond, uint64 bn,) = reg.commitments(p.who, p.hash);
            if (bond == 0) continue;
            if (bn == block.number) _nextBlock();
            _reveal(idx);
            return;
        }
    }

    /// @dev The watchtower bonds a commitment to the tampered interval (the reveal comes later).
    function watchtowerCommit(uint256 jobSeed) external step("watchtowerCommit") {
        if (wtPending != 0) return;
        uint256 id = _pickJob(jobSeed, JobStatus.Accepted, JobStatus.Finalized);
        if (id == 0) return;
        uint64 f = fraudEndpoint[id];
        if (f == 0 || watched[id] || reg.getJob(id).committedEndpoints <= f) return;
        wtPending = _commit(watchtower, id, f);
    }

    function watchtowerReveal() external step("watchtowerReveal") {
        if (wtPending == 0) return;
        Pending memory p = commits[wtPending - 1];
        if (block.number == _commitBlock(p)) _nextBlock();
        _reveal(wtPending);
        wtPending = 0;
    }

    /// @dev The copier replays the watchtower's pending commit (same hash, same bond) and then its
    /// reveal calldata; neither may ever open a challenge for the copier.
    function copyCommit() external step("copyCommit") {
        if (wtPending == 0) return;
        Pending memory p = commits[wtPending - 1];
        if (copied[p.hash]) return;
        copied[p.hash] = true;
        _pay(copier, CHALLENGER_BOND);
        vm.prank(copier);
        reg.commitChallenge{value: CHALLENGER_BOND}(p.hash);
        ghostLiveCommitments += CHALLENGER_BOND;
        commits.push(Pending(copier, p.hash, p.jobId, p.endpoint, p.salt));
        _nextBlock();
        _copyReveal(p);
    }

    function copyReveal() external step("copyReveal") {
        if (wtPending == 0) return;
        Pending memory p = commits[wtPending - 1];
        if (block.number == _commitBlock(p)) _nextBlock();
        _copyReveal(p);
    }

    function _copyReveal(Pending memory p) internal {
        EndpointProof memory o = _opening(p.jobId, p.endpoint);
        vm.prank(copier);
        try reg.challenge(p.jobId, o, p.salt) {
            copiesRevealed++;
        } catch {}
    }

    /// @dev Having read the interval off the watchtower's reveal, the copier front-runs it with a
    /// commitment and reveal of its own; then the watchtower's reveal lands.
    function frontRunReveal() external step("frontRunReveal") {
        if (wtPending == 0) return;
        Pending memory p = commits[wtPending - 1];
        if (block.number == _commitBlock(p)) _nextBlock();
        uint256 idx = _commit(copier, p.jobId, p.endpoint);
        _nextBlock();
        _reveal(idx);
        _reveal(wtPending);
        wtPending = 0;
    }

    /// @dev The provider lapses a dispute (only possible once nobody can judge it) and, in the same
    /// transaction, re-opens the interval through a sybil.
    function lapseAndReopen(uint256 disputeSeed, uint256 sybilSeed) external step("lapseAndReopen") {
        uint256 n = reg.disputeCount();
        if (n == 0) return;
        uint256 id = disputeSeed % n + 1;
        Dispute memory d = reg.disputes(id);
        if (d.status != DisputeStatus.Open) return;
        bool judgeable = _active(reg.getJob(d.jobId).status) && now_ <= d.deadline;
        vm.prank(_sybil(sybilSeed));
        try reg.lapse(id) {
            if (judgeable) lapsesWhileJudgeable++;
            if (_active(reg.getJob(d.jobId).status)) _challenge(_sybil(sybilSeed), d.jobId, d.interval + 1);
        } catch {}
    }

    /// @dev Time runs to the last second of a job's window (duties first), where a sybil challenges.
    function lastSecondChallenge(uint256 jobSeed, uint256 endpointSeed, uint256 sybilSeed)
        external
        step("lastSecondChallenge")
    {
        uint256 id = _pickJob(jobSeed, JobStatus.Finalized, JobStatus.Finalized);
        if (id == 0) return;
        JobView memory v = reg.getJob(id);
        if (v.windowEnd < now_) return;
        if (v.windowEnd > now_) _advance(v.windowEnd);
        if (!_active(reg.getJob(id).status)) return;
        _challenge(_sybil(sybilSeed), id, uint64(_bound(endpointSeed, 1, v.intervals)));
    }

    /// @dev Live arbiters may also answer early (Fraud as soon as the fake step is named).
    function resolve(uint256 disputeSeed) external step("resolve") {
        uint256 n = reg.disputeCount();
        if (n == 0) return;
        for (uint256 i; i < n; i++) {
            if (_resolveHonestly((disputeSeed % n + i) % n + 1)) return;
        }
    }

    /// @dev The provider answers some open dispute: honestly on an interval it trained honestly; on
    /// the tampered one with the fake transition wherever it likes (or never: timeout). Now and then
    /// it first tries a response whose ends are not the committed roots, or of the wrong length.
    function respond(uint256 disputeSeed, uint256 variantSeed, uint256 badSeed) external step("respond") {
        uint256 n = reg.disputeCount();
        if (n == 0) return;
        for (uint256 i; i < n; i++) {
            uint256 id = (disputeSeed % n + i) % n + 1;
            Dispute memory d = reg.disputes(id);
            if (d.status != DisputeStatus.Open || d.responded || now_ > d.respondBy) continue;
            if (!_active(reg.getJob(d.jobId).status)) continue;
            if (badSeed % 3 == 0) _respondBadly(id, badSeed);
            if (!_tampered(d)) {
                _respondHonestly(id);
                return;
            }
            uint64 v = uint64(variantSeed % STRIDE);
            if (_respond(id, _states(d.jobId, d.interval, v))) fraudStepOf[id] = v + 1;
            return;
        }
    }

    function _respondBadly(uint256 id, uint256 seed) internal {
        Dispute memory d = reg.disputes(id);
        bytes32[] memory st = _states(d.jobId, d.interval, STRIDE);
        uint256 kind = (seed / 3) % 3;
        if (kind == 0) {
            st[0] = keccak256("not the committed start");
        } else if (kind == 1) {
            st[STRIDE] = keccak256("not the disputed root");
        } else {
            // One state too many: the disputed root as leaf s + 1.
            bytes32[] memory longer = new bytes32[](STRIDE + 2);
            for (uint256 j; j <= STRIDE; j++) {
                longer[j] = st[j];
            }
            longer[STRIDE + 1] = d.root;
            st = longer;
        }
        if (_respond(id, st)) badResponsesAccepted++;
    }

    /// @dev A sybil or the griefer names a step (any, in range or not); the watchtower names the fake
    /// transition. The copier never names: it has no replay of its own.
    function nameStep(uint256 challengeSeed, uint256 stepSeed) external step("nameStep") {
        uint256 n = reg.challengeCount();
        if (n == 0) return;
        for (uint256 i; i < n; i++) {
            uint256 id = (challengeSeed % n + i) % n + 1;
            Challenge memory c = reg.challenges(id);
            if (c.status != ChallengeStatus.Open || c.named || c.challenger == copier) continue;
            Dispute memory d = reg.disputes(c.disputeId);
            if (d.status != DisputeStatus.Open || !d.responded || now_ > d.nameBy) continue;
            if (c.challenger == watchtower) {
                if (fraudStepOf[c.disputeId] != 0) _name(id, fraudStepOf[c.disputeId] - 1);
            } else {
                _name(id, uint64(stepSeed % (STRIDE + 1))); // STRIDE itself is out of range
            }
            return;
        }
    }

    /// @dev Anyone times out some dispute, whenever (the registry decides whether it may).
    function timeout(uint256 disputeSeed) external step("timeout") {
        uint256 n = reg.disputeCount();
        if (n == 0) return;
        _timeout(disputeSeed % n + 1);
    }

    /// @dev The griefer challenges an interval of an honest job.
    function griefChallenge(uint256 jobSeed, uint256 endpointSeed) external step("griefChallenge") {
        uint256 id = _pickJob(jobSeed, JobStatus.Accepted, JobStatus.Finalized);
        if (id == 0 || fraudEndpoint[id] != 0) return;
        JobView memory v = reg.getJob(id);
        if (v.committedEndpoints < 2) return;
        _challenge(griefer, id, uint64(_bound(endpointSeed, 1, v.committedEndpoints - 1)));
    }

    function claim(uint256 challengeSeed) external step("claim") {
        uint256 n = reg.challengeCount();
        if (n == 0) return;
        for (uint256 i; i < n; i++) {
            uint256 id = (challengeSeed % n + i) % n + 1;
            Challenge memory c = reg.challenges(id);
            if (c.status != ChallengeStatus.Open) continue;
            Dispute memory d = reg.disputes(c.disputeId);
            if (d.status == DisputeStatus.Open) {
                // Lapse what nobody can judge any more (a job gone inactive), as anyone may.
                if (_active(reg.getJob(d.jobId).status)) continue;
                reg.lapse(c.disputeId);
            }
            uint256[] memory before = _snap();
            reg.claim(id);
            _book(c.jobId, before);
            return;
        }
    }

    function settle(uint256 jobSeed) external step("settle") {
        uint256 id = _pickJob(jobSeed, JobStatus.Finalized, JobStatus.Finalized);
        if (id == 0) return;
        uint256[] memory before = _snap();
        vm.prank(provider);
        try reg.settle(id) {
            _book(id, before);
            if (watched[id] || fraudEndpoint[id] != 0) watchedSettled++;
        } catch {}
    }

    /// @dev The provider races to settle the moment the window closes (duties first: the watchtower's
    /// last-moment challenge may still be open).
    function settleRush(uint256 jobSeed) external step("settleRush") {
        uint256 id = _pickJob(jobSeed, JobStatus.Finalized, JobStatus.Finalized);
        if (id == 0) return;
        uint256 end = reg.getJob(id).windowEnd;
        if (now_ <= end) _advance(end + 1);
        uint256[] memory before = _snap();
        vm.prank(provider);
        try reg.settle(id) {
            _book(id, before);
            if (watched[id] || fraudEndpoint[id] != 0) watchedSettled++;
        } catch {}
    }

    function cancel(uint256 jobSeed) external step("cancel") {
        uint256 id = _pickJob(jobSeed, JobStatus.Created, JobStatus.Accepted);
        if (id == 0) return;
        uint256[] memory before = _snap();
        vm.prank(reg.getJob(id).status == JobStatus.Created ? owner : provider);
        try reg.cancel(id) {
            _book(id, before);
        } catch {}
    }

    function forfeit(uint256 seed) external step("forfeit") {
        uint256 n = commits.length;
        for (uint256 i; i < n; i++) {
            Pending memory p = commits[(seed % n + i) % n];
            (uint256 bond,, uint64 revealBy) = reg.commitments(p.who, p.hash);
            if (bond == 0 || revealBy >= now_) continue;
            if (p.who == watchtower) continue; // the watchtower reveals in time (see _advance)
            reg.forfeit(p.who, p.hash);
            ghostLiveCommitments -= bond;
            ghostForfeited += bond;
            return;
        }
    }

    function withdraw(uint256 actorSeed) external step("withdraw") {
        address a = actors[actorSeed % actors.length];
        uint256 credit = reg.credits(a);
        if (credit == 0) return;
        uint256 before = a.balance;
        vm.prank(a);
        reg.withdraw();
        require(a.balance - before == credit, "withdrew other than the credit");
        ghostWithdrawn += credit;
        ghostWithdrawnBy[a] += credit;
    }

    function warp(uint256 dt) external step("warp") {
        _advance(now_ + _bound(dt, 1 minutes, 1 days));
    }
}
