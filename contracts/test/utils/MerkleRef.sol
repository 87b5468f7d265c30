// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Reference for the docs/protocol.md tree, written independently of OvigMerkle: it builds
/// every level explicitly, the way cbergoon/merkletree does.
library MerkleRef {
    function leaf(uint256 index, bytes32 payload) internal pure returns (bytes32) {
        require(index <= type(uint64).max, "index");
        // forge-lint: disable-next-line(unsafe-typecast)
        return keccak256(abi.encodePacked(bytes1(0x00), uint64(index), payload));
    }

    function node(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(a, b));
    }

    /// @dev levels[0] are the leaf hashes, the last level is [root].
    function levels(bytes32[] memory payloads) internal pure returns (bytes32[][] memory lv) {
        uint256 n = payloads.length;
        require(n > 0, "empty");
        uint256 d = 1;
        for (uint256 m = n; m > 1; m = (m + 1) / 2) {
            d++;
        }
        if (n == 1) d = 2;
        lv = new bytes32[][](d);
        lv[0] = new bytes32[](n);
        for (uint256 i; i < n; i++) {
            lv[0][i] = leaf(i, payloads[i]);
        }
        for (uint256 k = 1; k < d; k++) {
            bytes32[] memory prev = lv[k - 1];
            uint256 m = (prev.length + 1) / 2;
            lv[k] = new bytes32[](m);
            for (uint256 i; i < m; i++) {
                bytes32 a = prev[2 * i];
                bytes32 b = 2 * i + 1 < prev.length ? prev[2 * i + 1] : a;
                lv[k][i] = node(a, b);
            }
        }
    }

    function root(bytes32[] memory payloads) internal pure returns (bytes32) {
        bytes32[][] memory lv = levels(payloads);
        return lv[lv.length - 1][0];
    }

    function proof(bytes32[] memory payloads, uint256 index) internal pure returns (bytes32[] memory p) {
        bytes32[][] memory lv = levels(payloads);
        p = new bytes32[](lv.length - 1);
        uint256 pos = index;
        for (uint256 k; k + 1 < lv.length; k++) {
            uint256 sib = pos ^ 1;
            p[k] = sib < lv[k].length ? lv[k][sib] : lv[k][pos];
            pos >>= 1;
        }
    }
}
