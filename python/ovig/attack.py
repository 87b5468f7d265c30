"""Training attacks, for testing watchtowers only, shared by `train` and `steps` so that a
cheating provider regenerates its disputed interval with the same cheat (the bad step then
shows in its own step states).

An attack is (kind, from, to, strength) over steps from..to-1: skip (no update; the loss
recorded is the previous one), label-flip (the first strength fraction of the batch gets
label+1), grad-scale (gradients times strength).
"""
import argparse

KINDS = {"skip": 0.0, "label-flip": 0.25, "grad-scale": 0.5}  # default strengths


def parse(s):
    kind, _, rest = s.partition(":")
    rng, _, strength = rest.partition(":")
    lo, _, hi = rng.partition("-")
    if kind not in KINDS or not lo or not hi:
        raise argparse.ArgumentTypeError("attack %r: want skip|label-flip|grad-scale:FROM-TO[:STRENGTH]" % s)
    return kind, int(lo), int(hi), float(strength) if strength else KINDS[kind]


def _active(attacks, kind, step):
    return next((a for a in attacks if a[0] == kind and a[1] <= step < a[2]), None)


def step(job, step, attacks, last):
    """Optimizer step `step` of job under the attacks; returns its recorded loss (last, the
    previous one, when the update is skipped)."""
    if _active(attacks, "skip", step):
        return last
    batch = job.batch(step)
    a = _active(attacks, "label-flip", step)
    if a:
        k = max(1, int(len(batch["labels"]) * a[3]))
        batch["labels"] = batch["labels"].clone()
        batch["labels"][:k] = (batch["labels"][:k] + 1) % 10
    g = _active(attacks, "grad-scale", step)
    hook = None
    if g:
        def hook(_, model, f=g[3]):
            for p in model.parameters():
                p.grad.mul_(f)
    return job.step(step, batch, hook)
