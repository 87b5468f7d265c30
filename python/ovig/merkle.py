"""ovig's hardened Merkle tree (evidence/merkle.go, docs/protocol.md) and the dataset
commitment (evidence/dataset.go)."""
import hashlib
import struct

from .keccak import keccak256


def leaf_hash(index: int, payload: bytes) -> bytes:
    """keccak256(0x00 || uint64_be(index) || payload)."""
    return keccak256(b"\x00" + struct.pack(">Q", index) + payload)


def root(payloads: list) -> bytes:
    """Root over leaf payloads; the last node of an odd level pairs with itself, one leaf
    gives H(h || h)."""
    if not payloads:
        raise ValueError("merkle root of no leaves")
    level = [leaf_hash(i, p) for i, p in enumerate(payloads)]
    if len(level) == 1:
        return keccak256(level[0], level[0])
    while len(level) > 1:
        level = [keccak256(level[i], level[i + 1] if i + 1 < len(level) else level[i])
                 for i in range(0, len(level), 2)]
    return level[0]


def example_payload(example: bytes) -> bytes:
    """keccak256(0x05 || sha256(example))."""
    return keccak256(b"\x05", hashlib.sha256(example).digest())


def dataset_root(examples) -> bytes:
    """The manifest's dataset.root over examples in order."""
    return root([example_payload(e) for e in examples])
