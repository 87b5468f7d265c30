#!/usr/bin/env bash
# Runs the README's "A whole job on a local anvil" block as written, in a scratch directory,
# against a fresh anvil: the README's ports are swapped for free loopback ones, its 0xPROVIDER
# and 0xARBITER for anvil dev accounts whose keys go in OWNER_KEY, PROVIDER_KEY, WATCHTOWER_KEY
# ARBITER_KEY and CHEATER_KEY, and its "look at the job" lines wait for what they say. Then it
# checks that job 1 settled and its provider was paid, and that job 2 was slashed through a
# step-level dispute. Then it runs the README's inference block ("After the anvil walkthrough
# above") against job 1's final model, and checks that the spot check passes. Every process it
# started is stopped on exit.
# usage: scripts/walkthrough.sh  (after make build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for f in bin/ovig node_modules/.bin/anvil node_modules/.bin/cast; do
	[ -x "$f" ] || { echo "walkthrough: $f missing; run make build" >&2; exit 1; }
done
work="$(mktemp -d)"
cleanup() {
	local pids
	pids="$(jobs -p)"
	[ -z "$pids" ] || kill $pids 2>/dev/null || true
	wait 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
rpc=$(freeport) evidence=$(freeport) cheater_evidence=$(freeport) metrics=$(freeport) arbiter=$(freeport) serving=$(freeport)

# anvil's first dev accounts (its fixed test mnemonic).
export OWNER_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
export PROVIDER_KEY=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
export WATCHTOWER_KEY=0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a
export ARBITER_KEY=0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6
export CHEATER_KEY=0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a
cast="$root/node_modules/.bin/cast"
provider=$($cast wallet address --private-key "$PROVIDER_KEY")
arbiter_addr=$($cast wallet address --private-key "$ARBITER_KEY")
cheater=$($cast wallet address --private-key "$CHEATER_KEY")

block="$work/walkthrough.sh"
awk '/^A whole job on a local anvil/ {f = 1} f && /^```sh/ {g = 1; next} g && /^```/ {exit} g' README.md >"$block"
[ -s "$block" ] || { echo "walkthrough: README has no walkthrough block" >&2; exit 1; }
serve_block="$work/serve.sh"
awk '/^After the anvil walkthrough above/ {f = 1} f && /^```sh/ {g = 1; next} g && /^```/ {exit} g' README.md >"$serve_block"
[ -s "$serve_block" ] || { echo "walkthrough: README has no inference block" >&2; exit 1; }

wait_status() { # JOB STATUS SECONDS
	local deadline=$((SECONDS + $3)) got
	while :; do
		got=$("$root/bin/ovig" --json job show "$1" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' || true)
		[ "$got" = "$2" ] && return 0
		if [ $SECONDS -ge $deadline ]; then
			echo "walkthrough: job $1 is ${got:-unknown} after $3 s, want $2" >&2
			return 1
		fi
		sleep 1
	done
}

sed -i \
	-e "s#^export PATH=\$PWD/bin:\$PWD/node_modules/.bin:\$PATH OVIG_DATA_DIR=\$PWD#export PATH=$root/bin:$root/node_modules/.bin:\$PATH OVIG_DATA_DIR=$root#" \
	-e "s/8545/$rpc/g; s/8600/$evidence/g; s/8601/$cheater_evidence/g; s/9600/$metrics/g; s/8700/$arbiter/g" \
	-e "s/0xPROVIDER/$provider/g; s/0xCHEATER/$cheater/g; s/0xARBITER/$arbiter_addr/g" \
	-e "s/^ovig job show 2 .*# Fraudulent once.*/wait_status 2 Fraudulent 600/" \
	-e "s/^ovig job show 1 .*# Finalized once trained.*/wait_status 1 Finalized 600/" \
	-e "s/^ovig job show 1; ovig job list$/wait_status 1 Settled 300; ovig job list/" \
	"$block"
# anvil answers before the first block; the block's next command needs it up.
sed -i "/^anvil /a for i in \$(seq 50); do cast block-number --rpc-url http://127.0.0.1:$rpc >/dev/null 2>\&1 \&\& break; sleep 0.2; done" "$block"

cd "$work"
echo "walkthrough: running the README block in $work (anvil on $rpc)"
set -x
# shellcheck disable=SC1090
source "$block"
set +x
after=$($cast balance --rpc-url "http://127.0.0.1:$rpc" "$provider")
python3 - "$after" <<'EOF'
import sys
after = int(sys.argv[1])
# anvil funds dev accounts with 10000 ETH; the provider staked 1 and was paid 5 + 1 (gas aside).
assert after > 10000 * 10**18 + 4 * 10**18, f"provider balance {after} wei: not paid"
print("walkthrough: job 1 settled; the provider was paid")
EOF
# Job 2 lost through the step-level game, not by default: its provider posted a step tree and
# the watchtower named a step, which the arbiter's verdict decided.
steps=$($cast logs --rpc-url "http://127.0.0.1:$rpc" --from-block 0 --address "$OVIG_REGISTRY" \
	'StepNamed(uint256 indexed jobId, uint256 indexed disputeId, uint256 indexed challengeId, address challenger, uint64 step)' | grep -c transactionHash || true)
[ "${steps:-0}" -ge 1 ] || { echo "walkthrough: no step was named in job 2's dispute" >&2; exit 1; }
echo "walkthrough: job 2 slashed through a step-level dispute ($steps step(s) named)"

# The inference block: the server is started in the background, so wait for it to listen.
sed -i -e "s/8800/$serving/g" \
	-e "/^\(OVIG_REGISTRY= \)\{0,1\}ovig serve run .*& /a for i in \$(seq 300); do curl -s -o /dev/null http://127.0.0.1:$serving/ \&\& break; sleep 0.2; done" \
	-e "s@^\(\(OVIG_REGISTRY= \)\{0,1\}ovig serve check [^#]*[^# ]\)\( *#.*\)\{0,1\}\$@\1 | tee $work/check.out\3@" \
	"$serve_block"
set -x
# shellcheck disable=SC1090
source "$serve_block"
set +x
grep -Eq ' [1-9][0-9]* records opened, 0 not honest' "$work/check.out" ||
	{ echo "walkthrough: the spot check opened no record of job 1's serving" >&2; exit 1; }
echo "walkthrough: job 1's final model served and its records spot-checked"
