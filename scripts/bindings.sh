#!/usr/bin/env bash
# Regenerates the Go bindings of the ovig contracts (abigen v2) into OUTDIR (default: bindings).
# The output depends only on the contract sources and the pinned compiler and abigen, so the
# committed files can be checked for drift by regenerating into another directory and comparing.
#
# usage: scripts/bindings.sh [OUTDIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
outdir="${1:-bindings}"
case "$outdir" in
/*) ;;
*) outdir="$PWD/$outdir" ;;
esac
export PATH="$root/node_modules/.bin:$PATH"

for tool in forge jq go; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "bindings.sh: $tool not found; run make setup" >&2
		exit 1
	fi
done

cd "$root"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$outdir"
# Only the sources feed the bindings; build them into the temporary directory so that a drift check
# neither compiles the test suites nor writes into the checkout.
forge build --silent --out "$tmp/out" --cache-path "$tmp/cache" contracts/src

# gen CONTRACT TYPE FILE: abigen's --type names the Go type, FILE the output file name.
gen() {
	local artifact="$tmp/out/$1.sol/$1.json"
	if [ ! -f "$artifact" ]; then
		echo "bindings.sh: $artifact missing after forge build" >&2
		exit 1
	fi
	jq '.abi' "$artifact" >"$tmp/$1.abi"
	jq -r '.bytecode.object' "$artifact" >"$tmp/$1.bin"
	go tool abigen --v2 --abi "$tmp/$1.abi" --bin "$tmp/$1.bin" --pkg bindings --type "$2" \
		--out "$outdir/$3"
	chmod 644 "$outdir/$3" # abigen creates files readable by their owner only
}

gen OvigRegistry OvigRegistry ovigregistry.go
gen MerkleVerifier MerkleVerifier merkleverifier.go
gen OvigInference OvigInference oviginference.go
