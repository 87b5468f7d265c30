"""safetensors exactly as ovig writes it (evidence/safetensors.go), so equal tensors give equal
bytes: tensors sorted by name, data in that order, the JSON header compact, without
__metadata__ unless given, and padded with spaces to a multiple of 8 bytes.

Debian ships no python3-safetensors; the format is small enough to write here.
"""
import ctypes
import json
import struct

import torch

# ovig's dtype names and their torch twins.
DTYPES = {
    "F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
    "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8,
    "U8": torch.uint8, "BOOL": torch.bool,
}
_NAMES = {v: k for k, v in DTYPES.items()}


def tensor_bytes(t: torch.Tensor) -> bytes:
    """Little-endian row-major element bytes of t (x86 and arm64 hosts are little-endian)."""
    t = t.detach().cpu().contiguous()
    n = t.numel() * t.element_size()
    # ctypes reads the buffer in one copy; tolist() would box every element.
    return ctypes.string_at(t.data_ptr(), n) if n else b""


def encode(tensors: dict, metadata: dict = None) -> bytes:
    """The safetensors encoding of {name: torch.Tensor}, byte for byte as ovig's."""
    parts = []
    if metadata:
        parts.append('"__metadata__":' + json.dumps(dict(sorted(metadata.items())), separators=(",", ":")))
    off = 0
    blobs = []
    for name in sorted(tensors, key=lambda s: s.encode()):
        t = tensors[name]
        if t.dtype not in _NAMES:
            raise ValueError("tensor %s: dtype %s has no safetensors name" % (name, t.dtype))
        data = tensor_bytes(t)
        shape = "[" + ",".join(str(int(d)) for d in t.shape) + "]"
        parts.append('%s:{"dtype":"%s","shape":%s,"data_offsets":[%d,%d]}' % (
            json.dumps(name, ensure_ascii=False), _NAMES[t.dtype], shape, off, off + len(data)))
        off += len(data)
        blobs.append(data)
    hdr = ("{" + ",".join(parts) + "}").encode()
    hdr += b" " * (-len(hdr) % 8)
    return struct.pack("<Q", len(hdr)) + hdr + b"".join(blobs)


def decode(buf: bytes) -> dict:
    """{name: torch.Tensor} from safetensors bytes (the metadata is dropped)."""
    (n,) = struct.unpack("<Q", buf[:8])
    header = json.loads(buf[8:8 + n])
    data = buf[8 + n:]
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        b, end = e["data_offsets"]
        dt = DTYPES[e["dtype"]]
        raw = bytearray(data[b:end])
        t = torch.frombuffer(raw, dtype=dt) if raw else torch.empty(0, dtype=dt)
        out[name] = t.reshape(e["shape"])
    return out


def write(path: str, tensors: dict, metadata: dict = None) -> None:
    with open(path, "wb") as f:
        f.write(encode(tensors, metadata))


def read(path: str) -> dict:
    with open(path, "rb") as f:
        return decode(f.read())
