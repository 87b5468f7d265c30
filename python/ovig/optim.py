"""The manifest's optimizer and learning-rate schedule as torch.optim, and ovig's names for
their state (prover/optim)."""
import math

import torch

from . import detmath


def learning_rate(manifest: dict, step: int) -> float:
    """The learning rate of step (prover/optim/schedule.go, bit for bit)."""
    s = manifest["lr_schedule"]
    p = s["params"]
    if s["name"] == "constant":
        return float(p["lr"])
    if s["name"] == "warmup_cosine":
        peak, lo, warm, total = float(p["peak"]), float(p["min"]), int(p["warmup"]), int(p["total"])
        if step < warm:
            return peak * float(step + 1) / float(warm)
        if step >= total:
            return lo
        frac = float(step - warm) / float(total - warm)
        return lo + (0.5 * (peak - lo) * (1 + detmath.cos(math.pi * frac)))
    raise ValueError("unknown learning-rate schedule %r" % s["name"])


def optimizer(manifest: dict, model: torch.nn.Module) -> torch.optim.Optimizer:
    """torch.optim twin of the manifest's optimizer: sgd (momentum, coupled weight decay, no
    dampening or Nesterov) or adamw (decoupled weight decay, bias-corrected)."""
    o = manifest["optimizer"]
    p = o["params"]
    lr = learning_rate(manifest, 0)
    if o["name"] == "sgd":
        return torch.optim.SGD(model.parameters(), lr=lr, momentum=p["momentum"], weight_decay=p["weight_decay"])
    if o["name"] == "adamw":
        return torch.optim.AdamW(model.parameters(), lr=lr, betas=(p["beta1"], p["beta2"]), eps=p["eps"],
                                 weight_decay=p["weight_decay"])
    raise ValueError("unknown optimizer %r" % o["name"])


def set_lr(opt: torch.optim.Optimizer, lr: float) -> None:
    for g in opt.param_groups:
        g["lr"] = lr


def state_tensors(manifest: dict, model: torch.nn.Module, opt: torch.optim.Optimizer) -> dict:
    """The optimizer state under ovig's names: "sgd.momentum/<param>" or "adamw.m/<param>",
    "adamw.v/<param>" (F32, flattened 1-D in the parameter's ovig layout, zeros before the first
    step) and "adamw.t" (I64 [1], steps taken)."""
    name = manifest["optimizer"]["name"]
    out = {}
    steps = 0
    for pname, prm in model.named_parameters():
        st = opt.state.get(prm, {})
        if name == "sgd":
            buf = st.get("momentum_buffer")
            out["sgd.momentum/" + pname] = (buf if buf is not None else torch.zeros_like(prm)).detach().reshape(-1).clone()
        else:
            for key, ov in (("exp_avg", "adamw.m/"), ("exp_avg_sq", "adamw.v/")):
                b = st.get(key)
                out[ov + pname] = (b if b is not None else torch.zeros_like(prm)).detach().reshape(-1).clone()
            if "step" in st:
                steps = int(st["step"])
    if name == "adamw":
        out["adamw.t"] = torch.tensor([steps], dtype=torch.int64)
    return out
