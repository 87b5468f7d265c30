"""A job opened from its manifest: the workload, the batch schedule, the module with the
manifest's initial weights and the optimizer, all as ovig defines them."""
import torch

from . import manifest as omanifest
from . import optim as oopt
from . import workloads
from .rand import Schedule


class Job:
    def __init__(self, manifest_path, src=None, check_dataset=False, from_state=False):
        """from_state: the caller restores a committed state at once (a replayer), so the
        initial weights (seconds of pure-Python sampling) are neither drawn nor checked."""
        self.manifest = omanifest.load(manifest_path)
        self.manifest_bytes = omanifest.canonical(self.manifest)
        self.stride, self.total_steps = self.manifest["stride"], self.manifest["total_steps"]
        self.workload = workloads.open_workload(self.manifest, src)
        if check_dataset:
            self.check_dataset()
        if not from_state:
            h = "0x" + self.workload.init_hash().hex()
            if h != self.manifest["initial_weights_hash"]:
                raise ValueError("initial weights hash %s, the manifest says %s" % (h, self.manifest["initial_weights_hash"]))
        self.schedule = Schedule(self.manifest["schedule"]["seed"], self.workload.train_len(),
                                 self.manifest["schedule"]["batch_size"])
        self.model = self.workload.model() if from_state else self.workload.init_model()
        self.optimizer = oopt.optimizer(self.manifest, self.model)

    def check_dataset(self):
        """Compare the dataset with the manifest's commitment (keccak in pure Python: seconds)."""
        from .merkle import dataset_root
        d = self.manifest["dataset"]
        n = self.workload.train_len()
        root = "0x" + dataset_root(self.workload.train_examples()).hex()
        if n != d["count"] or root != d["root"]:
            raise ValueError("dataset has %d examples with root %s, the manifest commits to %d with %s" % (
                n, root, d["count"], d["root"]))

    def batch(self, step):
        return self.workload.batch(self.schedule.batch(step), step)

    def loss(self, step, batch=None):
        return self.model.loss(batch if batch is not None else self.batch(step))

    def lr(self, step):
        return oopt.learning_rate(self.manifest, step)

    def step(self, step, batch=None, grad_hook=None):
        """One optimizer step at `step`: forward and backward on its batch, the manifest's
        learning rate, the update. Returns the loss."""
        loss = self.loss(step, batch)
        self.optimizer.zero_grad(set_to_none=False)
        loss.backward()
        if grad_hook is not None:
            grad_hook(step, self.model)
        oopt.set_lr(self.optimizer, self.lr(step))
        self.optimizer.step()
        return float(loss)
