"""ovig's built-in workloads (prover/workload) as PyTorch modules with ovig's tensor names and
layouts, their initial weights (bit-identical) and their batches.

Layouts: ovig's linear weights are [in, out] (y = x @ W + b), not torch.nn.Linear's
[out, in]; convolution weights are [out_channels, in_channels*kh*kw], columns ordered
(channel, ki, kj), which is torch's [oc, ic, kh, kw] flattened. The modules here hold their
parameters in ovig's layout, so state_dict() is what the evidence commits.
"""
import math
import struct

import torch
import torch.nn.functional as F

from . import data as odata
from . import detmath
from .keccak import keccak256
from .rand import Rand
from . import safetensors


class ParamSpec:
    """One parameter: normal(0, std) entries drawn in order, or all `fill` when std is 0."""

    def __init__(self, name, shape, std=0.0, fill=0.0):
        self.name, self.shape, self.std, self.fill = name, tuple(shape), std, fill

    def numel(self):
        return math.prod(self.shape)


def _dim(arch, key):
    v = arch[key]
    if v != int(v):
        raise ValueError("architecture %s=%r is not an integer" % (key, v))
    return int(v)


# ---------------------------------------------------------------- modules

class Linear(torch.nn.Module):
    """y = x @ weight + bias with weight [in, out] (ovig's layout)."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.zeros(n_in, n_out))
        self.bias = torch.nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        return torch.addmm(self.bias, x.reshape(-1, x.shape[-1]), self.weight).reshape(*x.shape[:-1], -1)


class MLP(torch.nn.Module):
    """mlp-mnist: Linear(784->hidden) ReLU Linear(hidden->classes), softmax cross-entropy."""

    def __init__(self, arch):
        super().__init__()
        self.fc1 = Linear(_dim(arch, "in"), _dim(arch, "hidden"))
        self.fc2 = Linear(_dim(arch, "hidden"), _dim(arch, "classes"))

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

    def loss(self, batch):
        return F.cross_entropy(self(batch["x"]), batch["labels"])


class Conv3x3(torch.nn.Module):
    """3x3 convolution, padding 1, weight [oc, ic*9] (ovig's im2col layout)."""

    def __init__(self, ic, oc):
        super().__init__()
        self.ic = ic
        self.weight = torch.nn.Parameter(torch.zeros(oc, ic * 9))
        self.bias = torch.nn.Parameter(torch.zeros(oc))

    def forward(self, x):
        return F.conv2d(x, self.weight.view(-1, self.ic, 3, 3), self.bias, padding=1)


class CNN(torch.nn.Module):
    """cnn-fashion: conv3x3(1->c1) ReLU maxpool2 conv3x3(c1->c2) ReLU maxpool2 Linear(c2*7*7->10)."""

    def __init__(self, arch):
        super().__init__()
        c1, c2 = _dim(arch, "c1"), _dim(arch, "c2")
        self.conv1, self.conv2 = Conv3x3(1, c1), Conv3x3(c1, c2)
        self.fc = Linear(c2 * 49, _dim(arch, "classes"))

    def forward(self, x):
        h = F.max_pool2d(torch.relu(self.conv1(x.view(-1, 1, 28, 28))), 2)
        h = F.max_pool2d(torch.relu(self.conv2(h)), 2)
        return self.fc(h.flatten(1))

    def loss(self, batch):
        return F.cross_entropy(self(batch["x"]), batch["labels"])


class LayerNorm(torch.nn.Module):
    def __init__(self, d):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.ones(d))
        self.bias = torch.nn.Parameter(torch.zeros(d))

    def forward(self, x):
        return F.layer_norm(x, x.shape[-1:], self.weight, self.bias, 1e-5)


class Block(torch.nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = LayerNorm(d), LayerNorm(d)
        self.attn, self.attn_proj = Linear(d, 3 * d), Linear(d, d)
        self.mlp, self.mlp_proj = Linear(d, 4 * d), Linear(4 * d, d)

    def forward(self, x):
        b, t, d = x.shape
        # Columns of attn: Q, then K, then V; head h owns columns h*d/H..(h+1)*d/H of each.
        q, k, v = self.attn(self.ln1(x)).split(d, dim=2)
        q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in (q, k, v))
        s = (q @ k.transpose(-2, -1)) / math.sqrt(d // self.heads)
        mask = torch.ones(t, t, dtype=torch.bool).tril()
        a = s.masked_fill(~mask, float("-inf")).softmax(-1) @ v
        x = x + self.attn_proj(a.transpose(1, 2).reshape(b, t, d))
        return x + self.mlp_proj(F.gelu(self.mlp(self.ln2(x)), approximate="tanh"))


class CharLM(torch.nn.Module):
    """charlm-moby: token and position embeddings, pre-norm blocks (h0., h1., ...), ln_f, head."""

    def __init__(self, arch, vocab):
        super().__init__()
        d, ctx = _dim(arch, "d"), _dim(arch, "context")
        self.tok_emb = torch.nn.Parameter(torch.zeros(vocab, d))
        self.pos_emb = torch.nn.Parameter(torch.zeros(ctx, d))
        for layer in range(_dim(arch, "layers")):
            self.add_module("h%d" % layer, Block(d, _dim(arch, "heads")))
        self.layers = _dim(arch, "layers")
        self.ln_f = LayerNorm(d)
        self.head = Linear(d, vocab)

    def forward(self, tokens):
        x = self.tok_emb[tokens] + self.pos_emb
        for layer in range(self.layers):
            x = getattr(self, "h%d" % layer)(x)
        return self.head(self.ln_f(x))

    def loss(self, batch):
        logits = self(batch["tokens"])
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), batch["targets"].reshape(-1))


class DDPM(torch.nn.Module):
    """ddpm-digits denoiser: Linear(side^2+temb->hidden) SiLU Linear(hidden->hidden) SiLU
    Linear(hidden->side^2), predicting the noise (MSE)."""

    def __init__(self, arch):
        super().__init__()
        side, h, temb = _dim(arch, "side"), _dim(arch, "hidden"), _dim(arch, "temb")
        self.fc1, self.fc2, self.out = Linear(side * side + temb, h), Linear(h, h), Linear(h, side * side)

    def forward(self, x):
        return self.out(F.silu(self.fc2(F.silu(self.fc1(x)))))

    def loss(self, batch):
        return F.mse_loss(self(batch["x"]), batch["noise"])


# ---------------------------------------------------------------- workloads

class Workload:
    """One built-in workload opened for a manifest's seed: its parameters, its dataset
    (train split, as committed) and its batches."""

    name = None

    def __init__(self, arch, src, seed):
        self.arch, self.seed = dict(arch), seed
        self.src = src

    def params(self):
        raise NotImplementedError

    def model(self) -> torch.nn.Module:
        raise NotImplementedError

    def train_examples(self):
        raise NotImplementedError

    def train_len(self):
        raise NotImplementedError

    def batch(self, idx, step):
        """The batch of dataset indices idx at step: a dict of tensors for model.loss."""
        raise NotImplementedError

    # Shared helpers.

    def init_tensors(self):
        """The initial weights drawn from the seed, {name: float32 tensor in ovig's layout}:
        one normal per entry, parameters in ovig's order (sorted by name)."""
        r = Rand("ovig/init/" + self.name, self.seed)
        out = {}
        for p in self.params():
            if p.std > 0:
                vals = [p.std * r.normal() for _ in range(p.numel())]
                t = torch.tensor(vals, dtype=torch.float64).to(torch.float32)  # round to nearest, as float32(x)
            else:
                t = torch.full((p.numel(),), p.fill, dtype=torch.float32)
            out[p.name] = t.reshape(p.shape)
        return out

    def init_hash(self) -> bytes:
        """keccak256 of the safetensors encoding of the initial weights: the manifest's
        initial_weights_hash."""
        return keccak256(safetensors.encode(self.init_tensors()))

    def init_model(self) -> torch.nn.Module:
        """The module with the manifest's initial weights loaded."""
        m = self.model()
        m.load_state_dict(self.init_tensors(), strict=True)
        return m


class _Images(Workload):
    def _load(self, loader):
        self.train, self.test = loader(self.src)
        self._px = self.train.tensor()
        self._lb = self.train.label_tensor()

    def train_examples(self):
        return self.train.examples()

    def train_len(self):
        return len(self.train)

    def batch(self, idx, step):
        i = torch.tensor(idx, dtype=torch.long)
        return {"x": self._px[i].to(torch.float32) / 255, "labels": self._lb[i], "indices": list(idx)}


class MLPMnist(_Images):
    name = "mlp-mnist"

    def __init__(self, arch, src, seed):
        super().__init__(arch, src, seed)
        self._load(odata.digits)

    def params(self):
        i, h, c = _dim(self.arch, "in"), _dim(self.arch, "hidden"), _dim(self.arch, "classes")
        return [ParamSpec("fc1.bias", [h]), ParamSpec("fc1.weight", [i, h], math.sqrt(2 / i)),
                ParamSpec("fc2.bias", [c]), ParamSpec("fc2.weight", [h, c], math.sqrt(1 / h))]

    def model(self):
        return MLP(self.arch)


class CNNFashion(_Images):
    name = "cnn-fashion"

    def __init__(self, arch, src, seed):
        super().__init__(arch, src, seed)
        self._load(odata.fashion)

    def params(self):
        c1, c2, k = _dim(self.arch, "c1"), _dim(self.arch, "c2"), _dim(self.arch, "classes")
        flat = c2 * 49
        return [ParamSpec("conv1.bias", [c1]), ParamSpec("conv1.weight", [c1, 9], math.sqrt(2.0 / 9)),
                ParamSpec("conv2.bias", [c2]), ParamSpec("conv2.weight", [c2, c1 * 9], math.sqrt(2 / (c1 * 9))),
                ParamSpec("fc.bias", [k]), ParamSpec("fc.weight", [flat, k], math.sqrt(1 / flat))]

    def model(self):
        return CNN(self.arch)


class CharLMMoby(Workload):
    name = "charlm-moby"

    def __init__(self, arch, src, seed):
        super().__init__(arch, src, seed)
        self.train, self.test = odata.moby_dick(src, _dim(arch, "context"))
        self.voc = len(self.train.vocab)
        lut = torch.zeros(256, dtype=torch.long)
        for i, b in enumerate(self.train.vocab):
            lut[b] = i
        raw = torch.frombuffer(bytearray(b"".join(self.train.windows)), dtype=torch.uint8).long()
        self._tok = lut[raw].reshape(len(self.train), -1)

    def params(self):
        d, std = _dim(self.arch, "d"), 0.02
        layers = _dim(self.arch, "layers")
        proj = std / math.sqrt(2 * layers)
        ps = [ParamSpec("head.bias", [self.voc]), ParamSpec("head.weight", [d, self.voc], std),
              ParamSpec("ln_f.bias", [d]), ParamSpec("ln_f.weight", [d], fill=1.0),
              ParamSpec("pos_emb", [_dim(self.arch, "context"), d], std), ParamSpec("tok_emb", [self.voc, d], std)]
        for layer in range(layers):
            p = "h%d." % layer
            ps += [ParamSpec(p + "attn.bias", [3 * d]), ParamSpec(p + "attn.weight", [d, 3 * d], std),
                   ParamSpec(p + "attn_proj.bias", [d]), ParamSpec(p + "attn_proj.weight", [d, d], proj),
                   ParamSpec(p + "ln1.bias", [d]), ParamSpec(p + "ln1.weight", [d], fill=1.0),
                   ParamSpec(p + "ln2.bias", [d]), ParamSpec(p + "ln2.weight", [d], fill=1.0),
                   ParamSpec(p + "mlp.bias", [4 * d]), ParamSpec(p + "mlp.weight", [d, 4 * d], std),
                   ParamSpec(p + "mlp_proj.bias", [d]), ParamSpec(p + "mlp_proj.weight", [4 * d, d], proj)]
        return ps

    def model(self):
        return CharLM(self.arch, self.voc)

    def train_examples(self):
        return self.train.windows

    def train_len(self):
        return len(self.train)

    def batch(self, idx, step):
        w = self._tok[torch.tensor(idx, dtype=torch.long)]
        return {"tokens": w[:, :-1], "targets": w[:, 1:], "indices": list(idx)}


class DDPMDigits(Workload):
    name = "ddpm-digits"

    def __init__(self, arch, src, seed):
        super().__init__(arch, src, seed)
        self.train, self.test = odata.digits(src)
        self.side, self.temb, self.steps = _dim(arch, "side"), _dim(arch, "temb"), _dim(arch, "noise_steps")
        abar, prod = [], 1.0
        for t in range(self.steps):
            beta = 1e-4 + (0.02 - 1e-4) * float(t) / float(self.steps - 1)
            prod *= 1 - beta
            abar.append(prod)
        self.abar = abar
        half = self.temb // 2
        self._freq = [detmath.exp(-detmath.log(10000) * float(k) / float(half)) for k in range(half)]
        self._temb = {}

    def params(self):
        w = self.side * self.side
        i, h = w + self.temb, _dim(self.arch, "hidden")
        return [ParamSpec("fc1.bias", [h]), ParamSpec("fc1.weight", [i, h], math.sqrt(2 / i)),
                ParamSpec("fc2.bias", [h]), ParamSpec("fc2.weight", [h, h], math.sqrt(2 / h)),
                ParamSpec("out.bias", [w]), ParamSpec("out.weight", [h, w], math.sqrt(1 / h))]

    def model(self):
        return DDPM(self.arch)

    def train_examples(self):
        return self.train.examples()

    def train_len(self):
        return len(self.train)

    def _embed(self, t):
        if t not in self._temb:
            self._temb[t] = ([detmath.sin(float(t) * f) for f in self._freq] +
                             [detmath.cos(float(t) * f) for f in self._freq])
        return self._temb[t]

    def batch(self, idx, step):
        side, f = self.side, 28 // self.side
        w = side * side
        rows, noise = [], []
        for k in idx:
            img = self.train.image(k)
            x0 = []
            for y in range(side):
                for x in range(side):
                    s = sum(img[(y * f + dy) * 28 + x * f + dx] for dy in range(f) for dx in range(f))
                    x0.append(float(struct.unpack("<f", struct.pack("<f", 2 * float(s) / float(255 * f * f) - 1))[0]))
            r = Rand("ovig/ddpm/noise", self.seed, step, k)
            t = r.intn(self.steps)
            eps = [float(struct.unpack("<f", struct.pack("<f", r.normal()))[0]) for _ in range(w)]
            sa, sb = math.sqrt(self.abar[t]), math.sqrt(1 - self.abar[t])
            rows.append([sa * a + sb * e for a, e in zip(x0, eps)] + self._embed(t))
            noise.append(eps)
        # float32(x) of each float64 value, as ovig builds the input.
        return {"x": torch.tensor(rows, dtype=torch.float64).to(torch.float32),
                "noise": torch.tensor(noise, dtype=torch.float32), "indices": list(idx)}


WORKLOADS = {w.name: w for w in (MLPMnist, CNNFashion, CharLMMoby, DDPMDigits)}


def open_workload(manifest, src=None) -> Workload:
    """The workload a manifest names, with its dataset loaded from src (default: locate())."""
    name = manifest["workload"]
    if name not in WORKLOADS:
        raise ValueError("unknown workload %r (have %s)" % (name, ", ".join(sorted(WORKLOADS))))
    return WORKLOADS[name](manifest["architecture"]["params"], src or odata.locate(), manifest["schedule"]["seed"])
