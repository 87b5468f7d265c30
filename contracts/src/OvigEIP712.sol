// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title OvigEIP712
/// @notice Minimal EIP-712 domain {name: "ovig", version: "1", chainId, verifyingContract}, with the
/// separator recomputed if the chain id changes (forks).
abstract contract OvigEIP712 {
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("ovig");
    bytes32 private constant VERSION_HASH = keccak256("1");

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedSeparator;

    constructor() {
        _cachedChainId = block.chainid;
        _cachedSeparator = _buildSeparator();
    }

    // forge-lint: disable-next-line(mixed-case-function)
    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return block.chainid == _cachedChainId ? _cachedSeparator : _buildSeparator();
    }

    function _hashTypedData(bytes32 structHash) internal view returns (bytes32 digest) {
        bytes32 sep = DOMAIN_SEPARATOR();
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, hex"1901")
            mstore(add(p, 0x02), sep)
            mstore(add(p, 0x22), structHash)
            digest := keccak256(p, 0x42)
        }
    }

    function _buildSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }
}

/// @title SigCheck
/// @notice ecrecover for 65-byte r ‖ s ‖ v signatures that rejects malleable ones instead of
/// normalising them, so every verdict has exactly one accepted encoding per signer.
library SigCheck {
    /// @dev secp256k1n / 2.
    uint256 internal constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @return signer the recovered address, or address(0) for any malformed signature
    /// @return code 0 ok, 1 bad length, 2 high s, 3 bad v, 4 unrecoverable
    function recover(bytes32 digest, bytes calldata sig) internal pure returns (address signer, uint8 code) {
        if (sig.length != 65) return (address(0), 1);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 0x20))
            v := byte(0, calldataload(add(sig.offset, 0x40)))
        }
        if (uint256(s) > HALF_N) return (address(0), 2);
        if (v != 27 && v != 28) return (address(0), 3);
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) return (address(0), 4);
        return (signer, 0);
    }
}
