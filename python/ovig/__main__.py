"""python3 -m ovig: train a job in PyTorch and capture its evidence, or print the digests the
Go cross-language tests compare.

  python3 -m ovig train MANIFEST OUT_DIR [--attack KIND:FROM-TO[:STRENGTH]] [--threads N]
  python3 -m ovig steps MANIFEST IMPORT_DIR --interval K OUT_DIR [--attack ...] [--threads N]
  python3 -m ovig digests MANIFEST [--steps 0,1,140] [--dataset]
  python3 -m ovig replay [--threads N] [--deterministic] [--f64] WORK

replay answers one request of ovig's external replayer protocol in the work directory WORK
(ovig.replay, docs/replayer.md): what a watchtower or arbiter runs with --replayer.

steps regenerates interval K from endpoint K of IMPORT_DIR and writes its s+1 step states,
OUT_DIR/<j>/{state,gradient}.safetensors and info.json (ovig.steps): what ovig node run --import
serves in a step-level dispute.

Attacks (testing watchtowers only) cover steps FROM..TO-1: skip (no update), label-flip (the
first STRENGTH fraction of the batch gets label+1, default 0.25), grad-scale (gradients times
STRENGTH, default 0.5).
"""
import argparse
import hashlib
import json
import os
import sys
import time

import torch

from . import Capture, Job, attack, safetensors
from .keccak import keccak256
from .manifest import manifest_hash
from .replay import RequestError, answer
from .steps import StepsError, regenerate


def train(args):
    job = Job(args.manifest, check_dataset=args.check_dataset)
    cap = Capture(job, args.out)
    attacks = args.attack or []
    t0 = time.time()
    cap.on_train_begin()
    last = 0.0
    for step in range(job.total_steps):
        last = attack.step(job, step, attacks, last)
        cap.on_step_end(step + 1, last)
    print(json.dumps({"steps": job.total_steps, "endpoints": job.total_steps // job.stride + 1,
                      "seconds": round(time.time() - t0, 3), "last_loss": last}))


def steps(args):
    job = Job(args.manifest)
    t0 = time.time()
    try:
        n = regenerate(job, args.import_dir, args.interval, args.out, args.attack or [])
    except StepsError as e:
        print("ovig steps: %s" % e, file=sys.stderr)
        return 1
    print(json.dumps({"interval": args.interval, "states": n, "seconds": round(time.time() - t0, 3)}))
    return 0


def replay(args):
    if args.deterministic:
        torch.use_deterministic_algorithms(True)
    try:
        n = answer(args.work, f64=args.f64)
    except RequestError as e:
        print("ovig replay: %s" % e, file=sys.stderr)
        return 2
    print(json.dumps({"steps": n}))
    return 0


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


# The BLAS threads that torch.set_num_threads does not reach (OpenBLAS reads them from the
# environment when it loads): with 2 of them a GEMM's bits differ from 1's, so a regenerated
# interval would not reproduce the training run. --threads sets both.
_BLAS_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")


def pin_threads(n, argv):
    """Run under exactly n BLAS threads: re-execute with the environment set if it is not."""
    if all(os.environ.get(k) == str(n) for k in _BLAS_ENV) or os.environ.get("OVIG_PINNED_THREADS"):
        return
    env = dict(os.environ, OVIG_PINNED_THREADS=str(n), **{k: str(n) for k in _BLAS_ENV})
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, "-m", "ovig"] + list(argv), env)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m ovig")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train the manifest's job and write its endpoint evidence")
    t.add_argument("manifest")
    t.add_argument("out")
    t.add_argument("--attack", type=attack.parse, action="append", help="TESTING ONLY: KIND:FROM-TO[:STRENGTH]")
    t.add_argument("--threads", type=int, default=1)
    t.add_argument("--check-dataset", action="store_true", help="also check the dataset root (seconds)")
    r = sub.add_parser("steps", help="regenerate the s+1 step states of a disputed interval from its endpoint")
    r.add_argument("manifest")
    r.add_argument("import_dir", metavar="import")
    r.add_argument("--interval", type=int, required=True)
    r.add_argument("out")
    r.add_argument("--attack", type=attack.parse, action="append",
                   help="TESTING ONLY: the attacks the job was trained with, to regenerate the same trajectory")
    r.add_argument("--threads", type=int, default=1, help="as in training: the states must reproduce its endpoints")
    d = sub.add_parser("digests", help="print init, schedule and dataset digests as JSON")
    d.add_argument("manifest")
    d.add_argument("--steps", type=lambda s: [int(x) for x in s.split(",")], default=[0])
    d.add_argument("--dataset", action="store_true")
    d.add_argument("--batch-sha", action="store_true")
    d.add_argument("--threads", type=int, default=1)
    p = sub.add_parser("replay", help="answer one external-replayer request (docs/replayer.md)")
    p.add_argument("work")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--deterministic", action="store_true", help="torch.use_deterministic_algorithms(True)")
    p.add_argument("--f64", action="store_true", help="replay in float64, captured in float32")
    args = ap.parse_args(argv)
    pin_threads(args.threads, sys.argv[1:] if argv is None else argv)
    torch.set_num_threads(args.threads)
    return {"train": train, "digests": digests, "steps": steps, "replay": replay}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
