#!/usr/bin/env bash
# make bench: every performance figure of ovig in one run, with the ratios side by side.
#   1. gas per registry operation (forge gas report; per-interval commit cost from the Gas suite)
#   2. commitment throughput against raw sha256 and keccak256 of the same bytes, both cores, and
#      evidence bytes per interval by stride
#   3. training step times of the default profile, and PyTorch's for the identical MLP and
#      transformer when python3-torch is installed (BENCH_TORCH=1 installs it with apt)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== gas (forge, --isolate: each call a transaction)"
forge test --isolate --match-contract GasTest -vv 2>/dev/null | grep -E "commitIntervals batch|gas|per interval|challenge|resolve|settle" || true
forge test --gas-report --match-contract GasTest 2>/dev/null | sed -n '/OvigRegistry/,/^$/p' | head -40 || true

echo
echo "== evidence commitment throughput (64 MiB checkpoint, GOMAXPROCS=$(nproc))"
go test -run '^$' -bench 'Commit|Raw' -benchtime 5x ./evidence/ | tee "$out/evidence.txt" | grep -E '^Benchmark'
awk -v n="$(nproc)" '/^Benchmark/ { for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") mbs[$1] = $i }
  END {
    c = mbs["BenchmarkCommit-" n]; s = mbs["BenchmarkRawSHA256-" n]; k = mbs["BenchmarkRawKeccak256-" n]
    if (c && s) printf "commit pipeline %.0f MB/s on %d cores; raw sha256 %.0f MB/s on one; commit takes %.2fx the time of raw hashing (goal <= 1.3x)\n", c, n, s, s / c
    if (c && k) printf "raw keccak256 %.0f MB/s: committing is %.1fx faster than keccak-hashing the chunks would be\n", k, c / k
  }' NPROC="$(nproc)" "$out/evidence.txt"

echo
echo "== evidence stored and transferred per interval, by stride (MLP; the paper: 1996x at s = 2000)"
go test -count=1 -run '^TestStoragePerStride$' -v ./eval/ | sed -n 's/^ *unit_test.go:[0-9]*: //p'

echo
echo "== training step time, default profile (ms/step)"
go test -run '^$' -bench 'Step(MLP|CNN|CharLM|DDPM)Batch' -benchtime 20x ./prover/workload/ | tee "$out/steps.txt" | grep -E '^Benchmark'
# Debian's python3-torch lives in the system interpreter, which may not be the first python3.
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
if [ "${BENCH_TORCH:-0}" = 1 ] && ! $py -c 'import torch' 2>/dev/null; then
  echo "installing python3-torch and libopenblas0-pthread (apt) for the PyTorch comparison"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
fi
# PyTorch gets its best of one and two threads (two threads contend on small machines).
if OMP_NUM_THREADS=1 $py scripts/torch_bench.py > "$out/torch1.json" 2> "$out/torch.err" &&
   OMP_NUM_THREADS=2 $py scripts/torch_bench.py > "$out/torch2.json" 2>> "$out/torch.err"; then
  $py - "$out/steps.txt" "$out/torch1.json" "$out/torch2.json" <<'PY'
import json, re, sys
go = {}
for line in open(sys.argv[1]):
    m = re.match(r'BenchmarkStep(\w+?)-\d+\s+\d+\s+([\d.]+) ns/op', line)
    if m:
        go[m.group(1)] = float(m.group(2)) / 1e6
runs = [json.load(open(f)) for f in sys.argv[2:]]
for name, key in [("MLPBatch64", "mlp_b64_ms"), ("MLPBatch256", "mlp_b256_ms"), ("CharLMBatch16", "charlm_b16_ms")]:
    best = min(runs, key=lambda r: r[key])
    if name in go:
        print(f"{name:15s} ovig {go[name]:8.2f} ms  PyTorch {best[key]:8.2f} ms ({best['threads']} thread(s))  ovig/PyTorch {go[name] / best[key]:5.2f}x")
PY
else
  echo "PyTorch comparison skipped: $(cat "$out/torch.err") (run BENCH_TORCH=1 make bench to install it)"
fi
