// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title OvigMerkle
/// @notice The hardened cbergoon/merkletree (keccak256) of docs/protocol.md: leaves carry a 0x00
/// prefix and their own index (41-byte preimage, never 64), inner nodes are positional, the odd
/// last node of a level is paired with itself, and proofs are checked against the leaf count.
library OvigMerkle {
    /// @dev computeRoot needs at least one leaf.
    error EmptyTree();
    /// @dev Leaf indices are encoded as uint64.
    error LeafIndexTooLarge(uint256 index);

    /// @dev Largest leaf count whose indices all fit in uint64.
    uint256 internal constant MAX_LEAVES = 1 << 64;

    /// @notice keccak256(0x00 ‖ uint64_be(index) ‖ payload).
    function leafHash(uint256 index, bytes32 payload) internal pure returns (bytes32 h) {
        if (index > type(uint64).max) revert LeafIndexTooLarge(index);
        h = _leaf(index, payload);
    }

    /// @notice depth(1) = 1, otherwise ceil(log2(n)); 0 for n = 0.
    function depth(uint256 n) internal pure returns (uint256 d) {
        if (n <= 2) return n == 0 ? 0 : 1;
        uint256 x = n - 1;
        while (x != 0) {
            x >>= 1;
            ++d;
        }
    }

    /// @notice Accepts iff the proof places `payload` at `index` of a `leafCount`-leaf tree with `root`.
    /// Never reverts.
    function verify(bytes32 root, uint256 leafCount, uint256 index, bytes32 payload, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (leafCount == 0 || leafCount > MAX_LEAVES || index >= leafCount) return false;
        // Checked before folding, so the loop is bounded by 64 whatever the caller sends.
        if (proof.length != depth(leafCount)) return false;
        bytes32 node = _leaf(index, payload);
        uint256 pos = index;
        uint256 n = leafCount;
        for (uint256 i; i < proof.length; ++i) {
            bytes32 sib = proof[i];
            if (pos & 1 == 1) {
                node = _node(sib, node);
            } else {
                // The last node of an odd level has no real sibling: it must be paired with itself.
                if (pos == n - 1 && sib != node) return false;
                node = _node(node, sib);
            }
            pos >>= 1;
            n = (n + 1) >> 1;
        }
        return node == root;
    }

    /// @notice Root of the tree over leaf(j, payloads[j]). Linear time; does not modify `payloads`.
    function computeRoot(bytes32[] memory payloads) internal pure returns (bytes32 root) {
        uint256 n = payloads.length;
        if (n == 0) revert EmptyTree();
        // First level straight from the payloads into a scratch array of ceil(n/2) nodes, then
        // fold the scratch array in place.
        uint256 m = (n + 1) >> 1;
        bytes32[] memory level = new bytes32[](m);
        for (uint256 i; i < m; ++i) {
            uint256 l = i << 1;
            bytes32 a = _leaf(l, payloads[l]);
            bytes32 b = l + 1 < n ? _leaf(l + 1, payloads[l + 1]) : a;
            level[i] = _node(a, b);
        }
        while (m > 1) {
            uint256 next = (m + 1) >> 1;
            for (uint256 i; i < next; ++i) {
                uint256 l = i << 1;
                bytes32 a = level[l];
                level[i] = _node(a, l + 1 < m ? level[l + 1] : a);
            }
            m = next;
        }
        root = level[0];
    }

    /// @dev index must be < 2^64 (callers check).
    function _leaf(uint256 index, bytes32 payload) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            // Scratch space: byte 0 = 0x00, bytes 1..8 = index, bytes 9..40 = payload.
            mstore(0x00, shl(184, index))
            mstore(0x09, payload)
            h := keccak256(0x00, 41)
        }
    }

    function _node(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }
}
