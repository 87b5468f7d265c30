// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {JobParams, JobStatus, JobView, Challenge, ChallengeStatus} from "../src/OvigTypes.sol";
import {MerkleRef} from "./utils/MerkleRef.sol";

library SafeTime {
    function u64(uint256 t) internal pure returns (uint64) {
        require(t <= type(uint64).max, "time");
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(t);
    }
}

/// @notice Drives the registry through random lifecycles with warps, keeping ghost accounting.
contract Handler is CommonBase, StdCheats, StdUtils {
    OvigRegistry public reg;

    address[] public actors;
    uint256[] internal arbKeys; // sorted by address
    address[] internal arbAddrs;

    uint256[] public jobIds;
    uint256[] public challengeIds;
    mapping(uint256 jobId => bytes32[][]) internal batchRoots;
    mapping(uint256 jobId => uint64[]) internal batchFirst;

    uint256 public now_;
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawn;
    mapping(address => uint256) public ghostCredited;
    mapping(address => uint256) public ghostWithdrawnBy;
    mapping(bytes32 => uint256) public calls;

    constructor(OvigRegistry r) {
        reg = r;
        now_ = block.timestamp;
        for (uint256 i; i < 4; i++) {
            actors.push(makeAddr(string.concat("actor", vm.toString(i))));
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
    }

    modifier step(bytes32 name) {
        vm.warp(now_);
        uint256[] memory before = new uint256[](actors.length);
        for (uint256 i; i < actors.length; i++) {
            before[i] = reg.credits(actors[i]);
        }
        _;
        for (uint256 i; i < actors.length; i++) {
            uint256 c = reg.credits(actors[i]);
            if (c > before[i]) ghostCredited[actors[i]] += c - before[i];
        }
        calls[name]++;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function jobCount() external view returns (uint256) {
        return jobIds.length;
    }

    function challengeCount() external view returns (uint256) {
        return challengeIds.length;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    /// @dev First job at or after the seed's position whose status is `a` or `b`.
    function _pick(uint256 seed, JobStatus a, JobStatus b) internal view returns (uint256) {
        uint256 n = jobIds.length;
        require(n > 0, "no jobs");
        for (uint256 i; i < n; i++) {
            uint256 id = jobIds[(seed + i) % n];
            JobStatus st = reg.getJob(id).status;
            if (st == a || st == b) return id;
        }
        revert("no job in state");
    }

    function _pickOpen(uint256 seed) internal view returns (uint256) {
        uint256 n = challengeIds.length;
        require(n > 0, "no challenges");
        for (uint256 i; i < n; i++) {
            uint256 id = challengeIds[(seed + i) % n];
            if (reg.challenges(id).status == ChallengeStatus.Open) return id;
        }
        revert("no open challenge");
    }

    function _pay(address from, uint256 amount) internal {
        vm.deal(from, from.balance + amount);
        ghostDeposited += amount;
    }

    // ------------------------------------------------------------ actions

    function createJob(
        uint256 ownerSeed,
        uint256 providerSeed,
        uint256 payment,
        uint256 pBond,
        uint256 cBond,
        uint256 intervals,
        uint256 threshold
    ) external step("createJob") {
        address owner = _actor(ownerSeed);
        JobParams memory p;
        p.provider = _actor(providerSeed);
        p.manifestHash = keccak256(abi.encode(jobIds.length));
        p.stride = 2;
        p.totalSteps = uint64(_bound(intervals, 1, 8)) * 2;
        p.acceptBy = SafeTime.u64(now_ + 1 days);
        p.finalizeBy = SafeTime.u64(now_ + 3 days);
        p.challengeWindow = 1 days;
        p.arbitrationWindow = 12 hours;
        p.providerBond = _bound(pBond, 0, 100 ether);
        p.challengerBond = _bound(cBond, 1, 10 ether);
        p.arbiters = arbAddrs;
        p.threshold = uint8(_bound(threshold, 1, 3));
        payment = _bound(payment, 1, 100 ether);
        _pay(owner, payment);
        vm.prank(owner);
        jobIds.push(reg.createJob{value: payment}(p));
    }

    function accept(uint256 jobSeed) external step("accept") {
        uint256 id = _pick(jobSeed, JobStatus.Created, JobStatus.Created);
        JobView memory v = reg.getJob(id);
        _pay(v.provider, v.providerBond);
        vm.prank(v.provider);
        reg.accept{value: v.providerBond}(id);
    }

    function commit(uint256 jobSeed, uint256 count) external step("commit") {
        _commit(_pick(jobSeed, JobStatus.Accepted, JobStatus.Accepted), count);
    }

    function _commit(uint256 id, uint256 count) internal {
        JobView memory v = reg.getJob(id);
        uint256 left = uint256(v.intervals) + 1 - v.committedEndpoints;
        count = _bound(count, 1, left == 0 ? 1 : left);
        bytes32[] memory roots = new bytes32[](count);
        for (uint256 i; i < count; i++) {
            roots[i] = keccak256(abi.encode(id, v.committedEndpoints + i));
        }
        vm.prank(v.provider);
        reg.commitIntervals(id, v.committedEndpoints, roots);
        batchRoots[id].push(roots);
        batchFirst[id].push(v.committedEndpoints);
    }

    /// @dev Commits whatever is missing first, so that finalize is reached often.
    function finalize(uint256 jobSeed) external step("finalize") {
        uint256 id = _pick(jobSeed, JobStatus.Accepted, JobStatus.Accepted);
        JobView memory v = reg.getJob(id);
        if (v.committedEndpoints <= v.intervals) _commit(id, type(uint256).max);
        vm.prank(reg.getJob(id).provider);
        reg.finalize(id, keccak256("model"));
    }

    struct Open {
        uint256 jobId;
        uint64 endpoint;
        uint256 batch;
        uint64 first;
        bytes32[] roots;
        uint256 bond;
    }

    function challenge(uint256 jobSeed, uint256 actorSeed, uint256 endpointSeed) external step("challenge") {
        Open memory o;
        o.jobId = _pick(jobSeed, JobStatus.Accepted, JobStatus.Finalized);
        JobView memory v = reg.getJob(o.jobId);
        require(v.committedEndpoints > 1, "nothing to challenge");
        o.endpoint = uint64(_bound(endpointSeed, 1, v.committedEndpoints - 1));
        while (o.endpoint >= batchFirst[o.jobId][o.batch] + batchRoots[o.jobId][o.batch].length) {
            o.batch++;
        }
        o.roots = batchRoots[o.jobId][o.batch];
        o.first = batchFirst[o.jobId][o.batch];
        o.bond = v.challengerBond;
        address who = _actor(actorSeed);
        _pay(who, o.bond);
        challengeIds.push(_challenge(who, o));
    }

    function _challenge(address who, Open memory o) internal returns (uint256) {
        uint256 pos = o.endpoint - o.first;
        bytes32 batchRoot = MerkleRef.root(o.roots);
        bytes32[] memory proof = MerkleRef.proof(o.roots, pos);
        vm.prank(who);
        return reg.challenge{value: o.bond}(
            o.jobId, o.endpoint, o.roots[pos], o.batch, batchRoot, o.first, uint64(o.roots.length), proof
        );
    }

    function resolve(uint256 challengeSeed, uint256 outcomeSeed, uint256 extra) external step("resolve") {
        uint256 cid = _pickOpen(challengeSeed);
        Challenge memory c = reg.challenges(cid);
        uint8 outcome = uint8(_bound(outcomeSeed, 1, 3));
        uint256 n = _bound(extra, reg.getJob(c.jobId).threshold, 3);
        bytes32 digest = reg.verdictDigest(c.jobId, cid, c.interval, c.root, outcome, 1, 2, bytes32(0));
        bytes[] memory sigs = new bytes[](n);
        for (uint256 i; i < n; i++) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(arbKeys[i], digest);
            sigs[i] = abi.encodePacked(r, s, v);
        }
        reg.resolve(cid, outcome, 1, 2, bytes32(0), sigs);
    }

    function lapse(uint256 challengeSeed) external step("lapse") {
        reg.lapse(_pickOpen(challengeSeed));
    }

    function settle(uint256 jobSeed) external step("settle") {
        reg.settle(_pick(jobSeed, JobStatus.Finalized, JobStatus.Finalized));
    }

    function cancel(uint256 jobSeed, uint256 actorSeed, bool asOwner) external step("cancel") {
        uint256 id = _pick(jobSeed, JobStatus.Created, JobStatus.Accepted);
        vm.prank(asOwner ? reg.getJob(id).owner : _actor(actorSeed));
        reg.cancel(id);
    }

    function withdraw(uint256 actorSeed) external step("withdraw") {
        address a = _actor(actorSeed);
        uint256 credit = reg.credits(a);
        uint256 before = a.balance;
        vm.prank(a);
        reg.withdraw();
        uint256 got = a.balance - before;
        require(got == credit, "withdrew other than the credit");
        ghostWithdrawn += got;
        ghostWithdrawnBy[a] += got;
    }

    function warp(uint256 dt) external step("warp") {
        now_ += _bound(dt, 1 hours, 1 days);
    }
}

contract InvariantsTest is Test {
    OvigRegistry internal reg;
    Handler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        reg = new OvigRegistry();
        handler = new Handler(reg);
        bytes4[] memory sel = new bytes4[](11);
        sel[0] = Handler.createJob.selector;
        sel[1] = Handler.accept.selector;
        sel[2] = Handler.commit.selector;
        sel[3] = Handler.finalize.selector;
        sel[4] = Handler.challenge.selector;
        sel[5] = Handler.resolve.selector;
        sel[6] = Handler.lapse.selector;
        sel[7] = Handler.settle.selector;
        sel[8] = Handler.cancel.selector;
        sel[9] = Handler.withdraw.selector;
        sel[10] = Handler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: sel}));
        targetContract(address(handler));
    }

    /// @dev Central invariant: every wei the registry holds is owed to someone, and vice versa.
    function invariant_solvency() public view {
        uint256 held;
        uint256 jobs = reg.jobCount();
        for (uint256 id = 1; id <= jobs; id++) {
            JobView memory v = reg.getJob(id);
            held += v.escrow + v.providerBondHeld;
        }
        uint256 chs = reg.challengeCount();
        for (uint256 id = 1; id <= chs; id++) {
            Challenge memory c = reg.challenges(id);
            if (c.status == ChallengeStatus.Open) held += c.bond;
        }
        for (uint256 i; i < handler.actorCount(); i++) {
            held += reg.credits(handler.actors(i));
        }
        assertEq(address(reg).balance, held, "solvency");
        assertEq(address(reg).balance, handler.ghostDeposited() - handler.ghostWithdrawn(), "ghost balance");
    }

    function invariant_noActorWithdrawsMoreThanCredited() public view {
        for (uint256 i; i < handler.actorCount(); i++) {
            address a = handler.actors(i);
            assertLe(handler.ghostWithdrawnBy(a), handler.ghostCredited(a));
            assertEq(handler.ghostWithdrawnBy(a) + reg.credits(a), handler.ghostCredited(a));
        }
    }

    function invariant_jobAccounting() public view {
        uint256 jobs = reg.jobCount();
        uint256[] memory open = new uint256[](jobs + 1);
        for (uint256 id = 1; id <= reg.challengeCount(); id++) {
            Challenge memory c = reg.challenges(id);
            if (c.status == ChallengeStatus.Open) {
                open[c.jobId]++;
                assertEq(reg.openChallengeOf(c.jobId, c.interval), id, "openChallengeOf");
            }
        }
        for (uint256 id = 1; id <= jobs; id++) {
            JobView memory v = reg.getJob(id);
            assertEq(v.openChallenges, open[id], "open count");
            assertLe(v.committedEndpoints, uint256(v.intervals) + 1, "endpoints");
            if (v.status == JobStatus.Created) {
                assertEq(v.escrow, v.payment);
                assertEq(v.providerBondHeld, 0);
            } else if (v.status == JobStatus.Accepted || v.status == JobStatus.Finalized) {
                assertEq(v.escrow, v.payment);
                assertEq(v.providerBondHeld, v.providerBond);
            } else {
                assertEq(v.escrow, 0, "terminal escrow");
                assertEq(v.providerBondHeld, 0, "terminal bond");
            }
            if (v.status == JobStatus.Settled) assertEq(v.openChallenges, 0);
        }
    }
}
