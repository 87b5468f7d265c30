"""python3 -m ovig: train a job in PyTorch and capture its evidence, or print the digests the
Go cross-language tests compare.

  python3 -m ovig train MANIFEST OUT_DIR [--attack KIND:FROM-TO[:STRENGTH]] [--threads N]
  python3 -m ovig digests MANIFEST [--steps 0,1,140] [--dataset]

Attacks (testing watchtowers only) cover steps FROM..TO-1: skip (no update), label-flip (the
first STRENGTH fraction of the batch gets label+1, default 0.25), grad-scale (gradients times
STRENGTH, default 0.5).
"""
import argparse
import hashlib
import json
import sys
import time

import torch

from . import Capture, Job, safetensors
from .keccak import keccak256
from .manifest import manifest_hash


def parse_attack(s):
    kind, _, rest = s.partition(":")
    rng, _, strength = rest.partition(":")
    lo, _, hi = rng.partition("-")
    if kind not in ("skip", "label-flip", "grad-scale") or not lo or not hi:
        raise argparse.ArgumentTypeError("attack %r: want skip|label-flip|grad-scale:FROM-TO[:STRENGTH]" % s)
    default = {"skip": 0.0, "label-flip": 0.25, "grad-scale": 0.5}[kind]
    return kind, int(lo), int(hi), float(strength) if strength else default


def train(args):
    job = Job(args.manifest, check_dataset=args.check_dataset)
    cap = Capture(job, args.out)
    attacks = args.attack or []

    def active(kind, step):
        return next((a for a in attacks if a[0] == kind and a[1] <= step < a[2]), None)

    t0 = time.time()
    cap.on_train_begin()
    last = 0.0
    for step in range(job.total_steps):
        if active("skip", step):
            cap.on_step_end(step + 1, last)
            continue
        batch = job.batch(step)
        a = active("label-flip", step)
        if a:
            k = max(1, int(len(batch["labels"]) * a[3]))
            batch["labels"] = batch["labels"].clone()
            batch["labels"][:k] = (batch["labels"][:k] + 1) % 10
        g = active("grad-scale", step)
        hook = None
        if g:
            def hook(_, model, f=g[3]):
                for p in model.parameters():
                    p.grad.mul_(f)
        last = job.step(step, batch, hook)
        cap.on_step_end(step + 1, last)
    print(json.dumps({"steps": job.total_steps, "endpoints": job.total_steps // job.stride + 1,
                      "seconds": round(time.time() - t0, 3), "last_loss": last}))


def digests(args):
    job = Job(args.manifest)
    init = job.workload.init_tensors()
    enc = safetensors.encode(init)
    out = {
        "manifest_hash": "0x" + manifest_hash(job.manifest).hex(),
        "initial_weights_hash": "0x" + keccak256(enc).hex(),
        "init_safetensors_sha256": hashlib.sha256(enc).hexdigest(),
        "train_len": job.workload.train_len(),
        "batches": {str(s): job.schedule.batch(s) for s in args.steps},
        "lr": {str(s): job.lr(s) for s in args.steps},
    }
    if args.dataset:
        from .merkle import dataset_root
        out["dataset_root"] = "0x" + dataset_root(job.workload.train_examples()).hex()
    if args.batch_sha:
        for s in args.steps:
            b = job.batch(s)
            out.setdefault("batch_sha256", {})[str(s)] = hashlib.sha256(
                safetensors.encode({k: v for k, v in b.items() if k != "indices"})).hexdigest()
    print(json.dumps(out))


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m ovig")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train the manifest's job and write its endpoint evidence")
    t.add_argument("manifest")
    t.add_argument("out")
    t.add_argument("--attack", type=parse_attack, action="append", help="TESTING ONLY: KIND:FROM-TO[:STRENGTH]")
    t.add_argument("--threads", type=int, default=1)
    t.add_argument("--check-dataset", action="store_true", help="also check the dataset root (seconds)")
    d = sub.add_parser("digests", help="print init, schedule and dataset digests as JSON")
    d.add_argument("manifest")
    d.add_argument("--steps", type=lambda s: [int(x) for x in s.split(",")], default=[0])
    d.add_argument("--dataset", action="store_true")
    d.add_argument("--batch-sha", action="store_true")
    d.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    {"train": train, "digests": digests}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
