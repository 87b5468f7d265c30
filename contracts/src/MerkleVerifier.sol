// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OvigMerkle} from "./OvigMerkle.sol";

/// @title MerkleVerifier
/// @notice Stateless face of OvigMerkle, deployed by the Go differential tests.
contract MerkleVerifier {
    /// @notice Never reverts: malformed input returns false.
    function verify(bytes32 root, uint256 leafCount, uint256 index, bytes32 payload, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return OvigMerkle.verify(root, leafCount, index, payload, proof);
    }

    /// @notice Reverts with LeafIndexTooLarge for index >= 2^64.
    function leafHash(uint256 index, bytes32 payload) external pure returns (bytes32) {
        return OvigMerkle.leafHash(index, payload);
    }

    /// @notice Reverts with EmptyTree for an empty array.
    function computeRoot(bytes32[] calldata payloads) external pure returns (bytes32) {
        return OvigMerkle.computeRoot(payloads);
    }

    /// @notice depth(0) = 0, depth(1) = 1, otherwise ceil(log2(n)).
    function depth(uint256 leafCount) external pure returns (uint256) {
        return OvigMerkle.depth(leafCount);
    }
}
