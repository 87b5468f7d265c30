"""Endpoint evidence for `ovig node run --import DIR`, written as node/import.go reads it:

    DIR/manifest.json                        the manifest (canonical bytes)
    DIR/endpoints/<e>/state.safetensors      parameters (ovig names and layouts), optimizer
                                             state, and "step" (I64 [1]) after e*stride steps
    DIR/endpoints/<e>/gradient.safetensors   the gradient at those weights on batch(e*stride)
    DIR/endpoints/<e>/info.json              {"step", "losses" (last 4), "extra"}

An endpoint directory appears whole (written aside, then renamed), so a node importing while
training goes on never reads half an endpoint.
"""
import json
import math
import os
import shutil

import torch

from . import optim as oopt
from . import safetensors

MAX_ENDPOINT_LOSSES = 4  # prover/workload.MaxEndpointLosses


class LayoutError(ValueError):
    """The model or optimizer state does not have ovig's names, shapes or dtypes."""


class Capture:
    """Writes endpoint evidence of a job (ovig.job.Job) into out_dir.

    transposed names parameters the model holds in torch.nn.Linear's [out, in] layout; their
    values, gradients and optimizer buffers are written transposed to ovig's [in, out]. The
    modules of ovig.workloads need none.
    """

    def __init__(self, job, out_dir, transposed=(), import_dir=True):
        self.job, self.out_dir = job, out_dir
        self.transposed = set(transposed)
        self.losses = []
        if import_dir:  # False: ovig.steps writes step states into out_dir itself
            os.makedirs(os.path.join(out_dir, "endpoints"), exist_ok=True)
            with open(os.path.join(out_dir, "manifest.json"), "wb") as f:
                f.write(job.manifest_bytes)
        self.check_layout()

    # -- hook shape: call on_train_begin once, on_step_end after every optimizer step.

    def on_train_begin(self):
        self.endpoint(0)

    def on_step_end(self, global_step, loss=None):
        """global_step optimizer steps are done; loss is the loss of the last one."""
        if loss is not None:
            self.losses.append(float(loss))
        if global_step % self.job.stride == 0:
            self.endpoint(global_step)

    # --

    def _params(self):
        return dict(self.job.model.named_parameters())

    def _ovig(self, name, t):
        return t.t().contiguous() if name in self.transposed else t

    def check_layout(self):
        """Refuse a model whose parameters are not the workload's, naming the tensor and what
        ovig expects."""
        have = self._params()
        for spec in self.job.workload.params():
            p = have.pop(spec.name, None)
            if p is None:
                raise LayoutError("parameter %s missing: the workload %s has %s" % (
                    spec.name, self.job.workload.name, ", ".join(s.name for s in self.job.workload.params())))
            shape = tuple(self._ovig(spec.name, p.detach()).shape)
            if shape != spec.shape:
                hint = ""
                if len(shape) == 2 and shape[::-1] == spec.shape:
                    hint = (" (torch.nn.Linear's [out, in] layout: ovig stores [in, out]; use ovig.workloads."
                            "Linear or pass transposed=[%r])" % spec.name)
                raise LayoutError("parameter %s has shape %s, ovig expects %s F32%s" % (
                    spec.name, list(shape), list(spec.shape), hint))
            if p.dtype != torch.float32:
                raise LayoutError("parameter %s is %s, ovig expects F32" % (spec.name, p.dtype))
        if have:
            raise LayoutError("parameters %s are not in the workload %s" % (sorted(have), self.job.workload.name))

    def gradient(self, step):
        """The gradient at the current weights on batch(step): what the update of step uses,
        recomputed here so that a stale .grad can never be captured."""
        params = self._params()
        names = list(params)
        loss = self.job.loss(step)
        grads = torch.autograd.grad(loss, [params[n] for n in names])
        return {n: self._ovig(n, g.detach()).contiguous() for n, g in zip(names, grads)}, float(loss)

    def state(self, step):
        out = {n: self._ovig(n, p.detach()).clone() for n, p in self._params().items()}
        opt = oopt.state_tensors(self.job.manifest, self.job.model, self.job.optimizer)
        for k, v in opt.items():
            prefix, _, pname = k.partition("/")
            if pname in self.transposed:
                shape = self._params()[pname].shape
                v = v.reshape(shape).t().reshape(-1).contiguous()
            out[k] = v
        out["step"] = torch.tensor([step], dtype=torch.int64)
        return out

    def endpoint(self, step):
        """Write the endpoint after `step` optimizer steps (a multiple of the stride)."""
        if step % self.job.stride:
            raise ValueError("step %d is not an endpoint (stride %d)" % (step, self.job.stride))
        final = self.write(os.path.join(self.out_dir, "endpoints", str(step // self.job.stride)), step)
        self.losses = []
        return final

    def write(self, final, step, record=None):
        """Write the evidence of the current state after `step` optimizer steps into the
        directory final (aside, then renamed): an endpoint, or a step state of a disputed
        interval (prover/workload's CaptureStep: the same layout, with the losses since the last
        endpoint, which it keeps). record, if given, is the loss record to write instead, as
        info.json holds it (losses list, loss_mean and loss_steps strings): state 0 of an
        interval is its start endpoint, which carries the previous interval's."""
        self.check_layout()
        grad, gloss = self.gradient(step)
        state = self.state(step)
        if record is None:
            mean = sum(self.losses) / len(self.losses) if self.losses else 0.0
            record = ([x for x in self.losses[-MAX_ENDPOINT_LOSSES:] if math.isfinite(x)],
                      repr(mean), str(len(self.losses)))
        losses, loss_mean, loss_steps = record
        tmp = final + ".partial"
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        safetensors.write(os.path.join(tmp, "state.safetensors"), state)
        safetensors.write(os.path.join(tmp, "gradient.safetensors"), grad)
        info = {"step": step, "losses": losses,
                "extra": {"profile": "torch-" + torch.__version__, "gradient_loss": repr(gloss),
                          "loss_mean": loss_mean, "loss_steps": loss_steps}}
        with open(os.path.join(tmp, "info.json"), "w") as f:
            json.dump(info, f)
        shutil.rmtree(final, ignore_errors=True)
        os.rename(tmp, final)
        return final


class OvigCallback:
    """The same hook in the shape of a Hugging Face TrainerCallback (on_train_begin and
    on_step_end receive args, state, control and model/optimizer keyword arguments); it needs
    the Trainer to use the job's batches, learning rate and optimizer."""

    def __init__(self, capture: Capture):
        self.capture = capture

    def on_train_begin(self, args=None, state=None, control=None, **kw):
        self.capture.on_train_begin()
        return control

    def on_step_end(self, args=None, state=None, control=None, **kw):
        self.capture.on_step_end(state.global_step)
        return control
