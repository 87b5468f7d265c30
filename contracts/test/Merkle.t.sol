// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {OvigMerkle} from "../src/OvigMerkle.sol";
import {MerkleVerifier} from "../src/MerkleVerifier.sol";
import {MerkleRef} from "./utils/MerkleRef.sol";

contract MerkleTest is Test {
    MerkleVerifier internal mv;

    function setUp() public {
        mv = new MerkleVerifier();
    }

    function payloads(uint256 seed, uint256 n) internal pure returns (bytes32[] memory p) {
        p = new bytes32[](n);
        for (uint256 i; i < n; i++) {
            p[i] = keccak256(abi.encode(seed, i));
        }
    }

    // ------------------------------------------------------------ unit

    function test_leafHashEncoding() public view {
        bytes32 payload = keccak256("p");
        bytes memory pre = abi.encodePacked(bytes1(0x00), uint64(7), payload);
        assertEq(pre.length, 41);
        assertEq(mv.leafHash(7, payload), keccak256(pre));
        assertEq(mv.leafHash(type(uint64).max, payload), MerkleRef.leaf(type(uint64).max, payload));
    }

    function test_leafHashRejectsIndexAbove64Bits() public {
        vm.expectRevert(abi.encodeWithSelector(OvigMerkle.LeafIndexTooLarge.selector, uint256(1) << 64));
        mv.leafHash(uint256(1) << 64, bytes32(0));
    }

    function test_depth() public view {
        assertEq(mv.depth(0), 0);
        assertEq(mv.depth(1), 1);
        assertEq(mv.depth(2), 1);
        assertEq(mv.depth(3), 2);
        assertEq(mv.depth(4), 2);
        assertEq(mv.depth(5), 3);
        assertEq(mv.depth(1024), 10);
        assertEq(mv.depth(1025), 11);
        assertEq(mv.depth(uint256(1) << 64), 64);
    }

    function test_singleLeafRootIsLeafPairedWithItself() public view {
        bytes32[] memory p = payloads(1, 1);
        bytes32 h = MerkleRef.leaf(0, p[0]);
        bytes32 root = keccak256(abi.encodePacked(h, h));
        assertEq(mv.computeRoot(p), root);
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = h;
        assertTrue(mv.verify(root, 1, 0, p[0], proof));
        proof[0] = bytes32(uint256(h) ^ 1);
        assertFalse(mv.verify(root, 1, 0, p[0], proof));
        assertFalse(mv.verify(root, 1, 0, p[0], new bytes32[](0)));
    }

    function test_threeLeavesByHand() public view {
        bytes32[] memory p = payloads(3, 3);
        bytes32 l0 = MerkleRef.leaf(0, p[0]);
        bytes32 l1 = MerkleRef.leaf(1, p[1]);
        bytes32 l2 = MerkleRef.leaf(2, p[2]);
        bytes32 root = keccak256(
            abi.encodePacked(keccak256(abi.encodePacked(l0, l1)), keccak256(abi.encodePacked(l2, l2)))
        );
        assertEq(mv.computeRoot(p), root);
        assertEq(MerkleRef.root(p), root);
    }

    function test_computeRootEmptyReverts() public {
        vm.expectRevert(OvigMerkle.EmptyTree.selector);
        mv.computeRoot(new bytes32[](0));
    }

    function test_computeRootDoesNotModifyInput() public pure {
        bytes32[] memory p = payloads(9, 7);
        bytes32[] memory copy = payloads(9, 7);
        OvigMerkle.computeRoot(p);
        for (uint256 i; i < p.length; i++) {
            assertEq(p[i], copy[i]);
        }
    }

    function test_rejectsZeroAndHugeLeafCount() public view {
        bytes32[] memory proof = new bytes32[](64);
        assertFalse(mv.verify(bytes32(0), 0, 0, bytes32(0), new bytes32[](0)));
        assertFalse(mv.verify(bytes32(0), (uint256(1) << 64) + 1, 0, bytes32(0), proof));
        assertFalse(mv.verify(bytes32(0), type(uint256).max, 0, bytes32(0), proof));
    }

    /// @dev A 5-leaf tree: leaf 4 is paired with itself at level 0, and its parent with itself at
    /// level 1. A prover who claims a phantom sibling there must be rejected even if the fold matches.
    function test_rejectsPhantomSiblingOnOddLevel() public view {
        bytes32[] memory p = payloads(5, 3);
        bytes32 l0 = MerkleRef.leaf(0, p[0]);
        bytes32 l1 = MerkleRef.leaf(1, p[1]);
        bytes32 l2 = MerkleRef.leaf(2, p[2]);
        bytes32 phantom = keccak256("phantom");
        bytes32 forged = keccak256(
            abi.encodePacked(keccak256(abi.encodePacked(l0, l1)), keccak256(abi.encodePacked(l2, phantom)))
        );
        bytes32[] memory proof = new bytes32[](2);
        proof[0] = phantom;
        proof[1] = keccak256(abi.encodePacked(l0, l1));
        // The same proof is a valid fold for a 4-leaf tree, but not for the claimed 3 leaves.
        assertFalse(mv.verify(forged, 3, 2, p[2], proof));
        // And leaf 3 (the phantom position) does not exist in a 3-leaf tree.
        assertFalse(mv.verify(forged, 3, 3, phantom, proof));
    }

    function test_rejectsLeafMovedToPhantomPositions() public view {
        // Unhardened cbergoon: a leaf of a 5-leaf tree verifies at positions 4..7.
        bytes32[] memory p = payloads(6, 5);
        bytes32 root = MerkleRef.root(p);
        bytes32[] memory proof = MerkleRef.proof(p, 4);
        assertTrue(mv.verify(root, 5, 4, p[4], proof));
        for (uint256 i = 5; i < 8; i++) {
            assertFalse(mv.verify(root, 5, i, p[4], proof));
            assertFalse(mv.verify(root, 8, i, p[4], proof));
        }
        // leafCount itself is trusted: callers take it from the stored commitment.
    }

    // ------------------------------------------------------------ fuzz

    function testFuzz_proofsAccept(uint256 seed, uint256 n, uint256 index) public view {
        n = bound(n, 1, 300);
        index = bound(index, 0, n - 1);
        bytes32[] memory p = payloads(seed, n);
        bytes32 root = MerkleRef.root(p);
        assertEq(mv.computeRoot(p), root, "root");
        bytes32[] memory proof = MerkleRef.proof(p, index);
        assertEq(proof.length, mv.depth(n), "depth");
        assertTrue(mv.verify(root, n, index, p[index], proof), "accept");
    }

    function testFuzz_rejectsWrongIndex(uint256 seed, uint256 n, uint256 index, uint256 other) public view {
        n = bound(n, 2, 300);
        index = bound(index, 0, n - 1);
        other = bound(other, 0, n - 1);
        vm.assume(other != index);
        bytes32[] memory p = payloads(seed, n);
        bytes32[] memory proof = MerkleRef.proof(p, index);
        assertFalse(mv.verify(MerkleRef.root(p), n, other, p[index], proof));
    }

    function testFuzz_rejectsPhantomIndex(uint256 seed, uint256 n, uint256 index, uint256 claimed)
        public
        view
    {
        n = bound(n, 1, 300);
        index = bound(index, 0, n - 1);
        claimed = bound(claimed, n, 1 << 20);
        bytes32[] memory p = payloads(seed, n);
        bytes32[] memory proof = MerkleRef.proof(p, index);
        bytes32 root = MerkleRef.root(p);
        assertFalse(mv.verify(root, n, claimed, p[index], proof));
        // Nor by lying about the leaf count to make room for the index.
        assertFalse(mv.verify(root, claimed + 1, claimed, p[index], proof));
    }

    function testFuzz_rejectsInnerNodeAsLeaf(uint256 seed, uint256 n, uint256 index, uint256 level)
        public
        view
    {
        n = bound(n, 2, 300);
        index = bound(index, 0, n - 1);
        bytes32[] memory p = payloads(seed, n);
        bytes32[][] memory lv = MerkleRef.levels(p);
        level = bound(level, 1, lv.length - 2 > 0 ? lv.length - 2 : 1);
        if (level >= lv.length - 1) return;
        uint256 pos = index >> level;
        bytes32 inner = lv[level][pos];
        // The honest proof above that level, presented as a proof for a tree of the level's width.
        bytes32[] memory full = MerkleRef.proof(p, index);
        bytes32[] memory upper = new bytes32[](full.length - level);
        for (uint256 i; i < upper.length; i++) {
            upper[i] = full[level + i];
        }
        bytes32 root = MerkleRef.root(p);
        assertFalse(mv.verify(root, lv[level].length, pos, inner, upper));
        assertFalse(mv.verify(root, n, pos, inner, upper));
    }

    function testFuzz_rejectsTruncatedOrExtendedProof(uint256 seed, uint256 n, uint256 index, bytes32 extra)
        public
        view
    {
        n = bound(n, 1, 300);
        index = bound(index, 0, n - 1);
        bytes32[] memory p = payloads(seed, n);
        bytes32 root = MerkleRef.root(p);
        bytes32[] memory proof = MerkleRef.proof(p, index);
        bytes32[] memory shorter = new bytes32[](proof.length - 1);
        bytes32[] memory longer = new bytes32[](proof.length + 1);
        for (uint256 i; i < proof.length; i++) {
            if (i < shorter.length) shorter[i] = proof[i];
            longer[i] = proof[i];
        }
        longer[proof.length] = extra;
        assertFalse(mv.verify(root, n, index, p[index], shorter));
        assertFalse(mv.verify(root, n, index, p[index], longer));
    }

    function testFuzz_rejectsTamperedSibling(
        uint256 seed,
        uint256 n,
        uint256 index,
        uint256 which,
        uint256 flip
    ) public view {
        n = bound(n, 1, 300);
        index = bound(index, 0, n - 1);
        bytes32[] memory p = payloads(seed, n);
        bytes32[] memory proof = MerkleRef.proof(p, index);
        which = bound(which, 0, proof.length - 1);
        flip = bound(flip, 1, type(uint256).max);
        proof[which] = bytes32(uint256(proof[which]) ^ flip);
        assertFalse(mv.verify(MerkleRef.root(p), n, index, p[index], proof));
    }

    function testFuzz_rejectsTamperedPayloadOrRoot(uint256 seed, uint256 n, uint256 index, uint256 flip)
        public
        view
    {
        n = bound(n, 1, 300);
        index = bound(index, 0, n - 1);
        flip = bound(flip, 1, type(uint256).max);
        bytes32[] memory p = payloads(seed, n);
        bytes32[] memory proof = MerkleRef.proof(p, index);
        bytes32 root = MerkleRef.root(p);
        assertFalse(mv.verify(root, n, index, bytes32(uint256(p[index]) ^ flip), proof));
        assertFalse(mv.verify(bytes32(uint256(root) ^ flip), n, index, p[index], proof));
    }

    /// @dev The Go differential test relies on verify never reverting.
    function testFuzz_verifyNeverReverts(
        bytes32 root,
        uint256 leafCount,
        uint256 index,
        bytes32 payload,
        bytes32[] calldata proof
    ) public view {
        mv.verify(root, leafCount, index, payload, proof);
        // Lengths that match the depth, to reach the fold as well.
        if (leafCount > 0 && leafCount <= 1 << 64 && proof.length > 0) {
            uint256 bits = proof.length > 60 ? 60 : proof.length;
            uint256 n = bound(leafCount, 1, uint256(1) << bits);
            mv.verify(root, n, index % n, payload, proof);
        }
    }

    /// @dev Raw calldata, including malformed ABI encodings: only the ABI decoder may reject it.
    function testFuzz_verifyMalformedCalldata(bytes calldata junk) public view {
        (bool ok, bytes memory ret) =
            address(mv).staticcall(abi.encodePacked(MerkleVerifier.verify.selector, junk));
        if (ok) assertEq(ret.length, 32);
    }
}
