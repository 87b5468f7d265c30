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
echo "== training step time, default profile (ms/step), against PyTorch at its best on this CPU"
# One alternated run: each round times ovig's steps, then PyTorch under every OpenBLAS core
# type this CPU supports with 1 and 2 threads, so machine load hits both alike. OPENBLAS_CORETYPE
# is set only on the PyTorch commands below (Debian's OpenBLAS 0.3.21 does not know recent CPUs
# and falls back to its SSE3 Prescott kernels).
go test -c -o "$out/workload.test" ./prover/workload/
# Debian's python3-torch lives in the system interpreter, which may not be the first python3.
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
if [ "${BENCH_TORCH:-0}" = 1 ] && ! $py -c 'import torch' 2>/dev/null; then
  echo "installing python3-torch and libopenblas0-pthread (apt) for the PyTorch comparison"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
fi
coretypes="auto"
grep -qw avx2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo && coretypes="$coretypes Haswell"
grep -qw avx512f /proc/cpuinfo && grep -qw avx512bw /proc/cpuinfo && grep -qw avx512vl /proc/cpuinfo && coretypes="$coretypes SkylakeX"
have_torch=0
$py -c 'import torch' 2>/dev/null && have_torch=1
rounds=${BENCH_ROUNDS:-3}
for r in $(seq "$rounds"); do
  (cd prover/workload && "$out/workload.test" -test.run '^$' -test.bench 'Step(MLP|CNN|CharLM|DDPM)Batch' -test.benchtime 20x -test.cpu 1,2) >> "$out/steps.txt"
  [ "$have_torch" = 1 ] || continue
  for ct in $coretypes; do
    for th in 1 2; do
      if [ "$ct" = auto ]; then
        env -u OPENBLAS_CORETYPE OMP_NUM_THREADS=$th $py scripts/torch_bench.py >> "$out/torch.jsonl" 2>> "$out/torch.err" || true
      else
        OPENBLAS_CORETYPE=$ct OMP_NUM_THREADS=$th $py scripts/torch_bench.py >> "$out/torch.jsonl" 2>> "$out/torch.err" || true
      fi
    done
  done
done
grep -E '^Benchmark' "$out/steps.txt" | sort | awk '{ t[$1] = t[$1] " " $3 / 1e6 } END { for (k in t) print k, "ms/step:" t[k] }' | sort
if [ -s "$out/torch.jsonl" ]; then
  $py - "$out/steps.txt" "$out/torch.jsonl" <<'PY'
import json, re, statistics, sys
go = {}
for line in open(sys.argv[1]):
    m = re.match(r'BenchmarkStep(\w+?)(?:-(\d+))?\s+\d+\s+([\d.]+) ns/op', line)
    if m:
        go.setdefault(m.group(1), {}).setdefault(int(m.group(2) or 1), []).append(float(m.group(3)) / 1e6)
runs = {}
for line in open(sys.argv[2]):
    r = json.loads(line)
    runs.setdefault((r["openblas_coretype"] or "auto", r["threads"]), []).append(r)
rounds = len(next(iter(next(iter(go.values()), {}).values()), []))
print(f"{rounds} alternated round(s); medians; each side at its best: ovig of GOMAXPROCS 1 and 2, "
      f"PyTorch of {len(runs)} (OpenBLAS core type, threads)")
for name, key in [("MLPBatch64", "mlp_b64_ms"), ("MLPBatch256", "mlp_b256_ms"), ("CNNBatch32", "cnn_b32_ms"),
                  ("CharLMBatch16", "charlm_b16_ms"), ("DDPMBatch64", "ddpm_b64_ms")]:
    if name not in go:
        continue
    med = {cfg: statistics.median(r[key] for r in rs) for cfg, rs in runs.items()}
    best = min(med, key=med.get)
    gmed = {procs: statistics.median(v) for procs, v in go[name].items()}
    procs = min(gmed, key=gmed.get)
    ov = gmed[procs]
    print(f"{name:15s} ovig {ov:8.2f} ms (GOMAXPROCS={procs})  PyTorch {med[best]:8.2f} ms "
          f"(OPENBLAS_CORETYPE={best[0]}, {best[1]} thread(s))  ovig/PyTorch {ov / med[best]:5.2f}x")
PY
else
  echo "PyTorch comparison skipped: $(cat "$out/torch.err" 2>/dev/null) (run BENCH_TORCH=1 make bench to install it)"
fi
