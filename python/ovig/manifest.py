"""The training manifest (evidence/manifest.go): reading it and its canonical encoding, whose
keccak256 is the on-chain manifestHash."""
import json
import math
from decimal import Decimal

from .keccak import keccak256

# Field order of the canonical encoding (Go's struct declaration order).
_FIELDS = ["version", "workload", "architecture", "initial_weights_hash", "dataset", "schedule",
           "optimizer", "lr_schedule", "precision", "total_steps", "stride", "challenge_window",
           "response_window", "arbitration_window", "boundary_hash", "chunk_size", "limits"]
_NESTED = {
    "dataset": ["root", "count"], "schedule": ["seed", "batch_size"],
    "precision": ["operand", "accumulate"],
    "limits": ["max_endpoint_bytes", "max_tensor_bytes", "max_leaves", "max_metadata_bytes"],
}


def go_float(f: float) -> str:
    """A float64 as Go's encoding/json writes it: shortest round-trip digits, plain notation
    unless |f| < 1e-6 or >= 1e21, exponents without a leading zero (1e-7, 1e+21)."""
    if math.isnan(f) or math.isinf(f):
        raise ValueError("manifest values are finite")
    if f == 0:
        return "-0" if math.copysign(1, f) < 0 else "0"
    sign, digits, exp = Decimal(repr(f)).normalize().as_tuple()
    ds = "".join(map(str, digits))
    pre = "-" if sign else ""
    a = abs(f)
    if a < 1e-6 or a >= 1e21:
        e = exp + len(ds) - 1
        mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
        return "%s%se-%d" % (pre, mant, -e) if e < 0 else "%s%se+%02d" % (pre, mant, e)
    point = len(ds) + exp  # digits before the decimal point
    if point <= 0:
        return pre + "0." + "0" * -point + ds
    if point >= len(ds):
        return pre + ds + "0" * (point - len(ds))
    return pre + ds[:point] + "." + ds[point:]


def _named(np_) -> str:
    params = np_.get("params") or {}
    body = ",".join("%s:%s" % (json.dumps(k), go_float(float(params[k]))) for k in sorted(params))
    return '{"name":%s,"params":{%s}}' % (json.dumps(np_["name"]), body)


def canonical(m: dict) -> bytes:
    """The canonical JSON of manifest m, byte for byte as Go's Manifest.Canonical."""
    out = []
    for f in _FIELDS:
        v = m[f]
        if f in ("architecture", "optimizer", "lr_schedule"):
            s = _named(v)
        elif f in _NESTED:
            s = "{" + ",".join("%s:%s" % (json.dumps(k), json.dumps(v[k])) for k in _NESTED[f]) + "}"
        else:
            s = json.dumps(v)
        out.append("%s:%s" % (json.dumps(f), s))
    return ("{" + ",".join(out) + "}").encode()


def manifest_hash(m: dict) -> bytes:
    return keccak256(canonical(m))


def load(path: str) -> dict:
    with open(path, "rb") as f:
        m = json.load(f)
    if m.get("version") != 1:
        raise ValueError("%s: manifest version %r, this package reads version 1" % (path, m.get("version")))
    missing = [f for f in _FIELDS if f not in m]
    if missing:
        raise ValueError("%s: manifest lacks %s" % (path, ", ".join(missing)))
    if m["total_steps"] % m["stride"]:
        raise ValueError("%s: stride %d does not divide total_steps %d" % (path, m["stride"], m["total_steps"]))
    return m
