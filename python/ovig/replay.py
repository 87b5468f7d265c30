"""The external replayer: `python3 -m ovig replay WORK` answers one request of ovig's replayer
protocol (docs/replayer.md; prover/extreplay drives it) on PyTorch.

    WORK/manifest.json                  the job's canonical manifest
    WORK/request.json                   {"version": 1, "op": "gradient"|"interval"|"step",
                                         "start_step": n, "steps": m}
    WORK/start/state.safetensors        the committed state to start from (ovig's layout)
    WORK/start/gradient.safetensors     its committed gradient (not used: recomputed)
    WORK/start/info.json                {"step", "losses", "extra"}
  answered with
    WORK/out/state.safetensors          the state after m more steps (m = 0 for "gradient")
    WORK/out/gradient.safetensors       the gradient at those weights on batch(n + m)
    WORK/out/info.json                  {"step": n + m, "losses": [...], "extra": {...}}

Configurations (the PyTorch profiles calibration can use): --threads N (torch and BLAS threads),
--deterministic (torch.use_deterministic_algorithms), --f64 (forward, backward and update in
float64, rounded to float32 when captured: a wider accumulator, as the f32 policy admits).
"""
import json
import os

import torch

from . import attack as oattack
from . import safetensors
from .capture import MAX_ENDPOINT_LOSSES, Capture
from .job import Job
from .steps import restore

VERSION = 1
OPS = {"gradient": 0, "interval": None, "step": 1}


class RequestError(ValueError):
    """The request is not one this replayer answers."""


def _to(job, dtype):
    """Move the model and the optimizer's buffers to dtype (in place: the optimizer keeps its
    parameters)."""
    job.model.to(dtype)
    for st in job.optimizer.state.values():
        for k, v in st.items():
            if torch.is_tensor(v) and v.is_floating_point() and k != "step":
                st[k] = v.to(dtype)
    for p in job.model.parameters():
        if p.grad is not None:
            p.grad = p.grad.to(dtype)


def _f64_batches(job):
    """Make job.batch return float64 inputs (labels and indices unchanged)."""
    plain = job.batch

    def batch(step):
        return {k: v.double() if torch.is_tensor(v) and v.is_floating_point() else v for k, v in plain(step).items()}
    job.batch = batch


def answer(work, f64=False):
    """Answer the request in work; returns the steps replayed."""
    with open(os.path.join(work, "request.json")) as f:
        req = json.load(f)
    if req.get("version") != VERSION:
        raise RequestError("protocol version %r, this replayer speaks %d" % (req.get("version"), VERSION))
    op = req.get("op")
    if op not in OPS:
        raise RequestError("op %r: want one of %s" % (op, ", ".join(OPS)))
    job = Job(os.path.join(work, "manifest.json"), from_state=True)
    n = int(req["steps"])
    if OPS[op] is not None and n != OPS[op]:
        raise RequestError("op %s replays %d steps, not %d" % (op, OPS[op], n))
    if op == "interval" and n != job.stride:
        raise RequestError("an interval is %d steps, not %d" % (job.stride, n))
    start = os.path.join(work, "start")
    step = restore(job, safetensors.read(os.path.join(start, "state.safetensors")))
    if step != int(req["start_step"]):
        raise RequestError("start state holds step %d, the request says %d" % (step, req["start_step"]))
    if step + n > job.total_steps:
        raise RequestError("steps %d..%d: the job has %d" % (step, step + n, job.total_steps))
    with open(os.path.join(start, "info.json")) as f:
        info = json.load(f)
    cap = Capture(job, work, import_dir=False)
    losses = []
    if f64:
        _to(job, torch.float64)
        _f64_batches(job)
    last = info["losses"][-1] if info.get("losses") else 0.0
    for _ in range(n):
        last = oattack.step(job, step, [], last)
        step += 1
        losses.append(float(last))
    # The gradient at the reached weights (in float64 with --f64), then everything in ovig's
    # float32 layout.
    params = dict(job.model.named_parameters())
    loss = job.loss(step)
    grads = torch.autograd.grad(loss, list(params.values()))
    grad = {name: g.detach().float().contiguous() for name, g in zip(params, grads)}
    if f64:
        _to(job, torch.float32)
    cap.check_layout()
    state = cap.state(step)
    out = os.path.join(work, "out")
    os.makedirs(out, exist_ok=True)
    safetensors.write(os.path.join(out, "state.safetensors"), state)
    safetensors.write(os.path.join(out, "gradient.safetensors"), grad)
    if op == "gradient":
        losses = info.get("losses", [])
    with open(os.path.join(out, "info.json"), "w") as f:
        json.dump({"step": step, "losses": losses[-MAX_ENDPOINT_LOSSES:],
                   "extra": {"replayer": "torch-" + torch.__version__ + ("/f64" if f64 else "")}}, f)
    return n
