#!/usr/bin/env bash
# Checks, without running anything, the commands `make setup` would run to install the
# Fashion-MNIST dataset for each kind of user: root runs apt-get directly (root machines often
# have no sudo), a user with sudo runs it under sudo, a user without sudo gets told what to do.
# It asks `make -n` with FASHION_DIR pointed at a path that does not exist, so the install
# recipe is always planned, and fakes the user through SETUP_UID and SUDO_BIN. Takes well under a
# second. Usage: scripts/check-setup.sh [MAKEFILE]
set -euo pipefail
cd "$(dirname "$0")/.."
makefile=${1:-Makefile}
missing=/nonexistent/ovig-check-setup/fashion-mnist
fail=0

# plan prints the commands `make setup` would run; extra arguments are make variable overrides.
plan() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEOVERRIDES \
		make --no-print-directory -s -n -f "$makefile" setup FASHION_DIR="$missing" "$@" 2>&1
}

bad() {
	echo "check-setup: $1" >&2
	echo "--- make -n setup ${2:-} planned:" >&2
	sed 's/^/    /' <<<"$3" >&2
	fail=1
}

# commands drops the messages (echo lines) from a plan: they may mention sudo.
commands() { grep -v '^echo' || true; }

# expect NAME WANT OVERRIDES...: WANT is "direct", "sudo" or "refuse".
expect() {
	local name=$1 want=$2
	shift 2
	local out
	out=$(plan "$@") || {
		bad "$name: make -n failed" "$*" "$out"
		return
	}
	local installs
	installs=$(commands <<<"$out" | grep -E 'apt-get[[:space:]]' || true)
	case $want in
	direct)
		if commands <<<"$out" | grep -qw sudo; then
			bad "$name: setup would call sudo" "$*" "$out"
		elif ! grep -q 'apt-get .*install .*dataset-fashion-mnist' <<<"$installs"; then
			bad "$name: setup would not install dataset-fashion-mnist" "$*" "$out"
		fi
		;;
	sudo)
		if [ -z "$installs" ] || grep -qvE '^sudo[[:space:]]' <<<"$installs"; then
			bad "$name: every apt-get should run under sudo" "$*" "$out"
		elif ! grep -q 'install .*dataset-fashion-mnist' <<<"$installs"; then
			bad "$name: setup would not install dataset-fashion-mnist" "$*" "$out"
		fi
		;;
	refuse)
		if [ -n "$installs" ]; then
			bad "$name: a user without sudo cannot run apt-get; setup should say what to do and stop" "$*" "$out"
		elif ! grep -q 'dataset-fashion-mnist' <<<"$out" || ! grep -qE '(^|[[:space:]])exit [1-9]' <<<"$out"; then
			bad "$name: setup should name dataset-fashion-mnist and fail" "$*" "$out"
		fi
		;;
	esac
}

expect "root, no sudo installed" direct SETUP_UID=0 SUDO_BIN=
expect "root, sudo installed" direct SETUP_UID=0 SUDO_BIN=/usr/bin/sudo
expect "user with sudo" sudo SETUP_UID=1000 SUDO_BIN=/usr/bin/sudo
expect "user without sudo" refuse SETUP_UID=1000 SUDO_BIN=

# The machine as it is, with nothing faked: whatever make decides must be runnable here.
out=$(plan) || bad "this machine: make -n failed" "" "$out"
if commands <<<"$out" | grep -qw sudo && ! command -v sudo >/dev/null; then
	bad "this machine (uid $(id -u)) has no sudo but setup would call it" "" "$out"
fi
if [ "$(id -u)" = 0 ] && commands <<<"$out" | grep -qw sudo; then
	bad "as root setup would call sudo" "" "$out"
fi

if [ "$fail" = 0 ]; then
	echo "check-setup: ok (root: apt-get directly; user: under sudo; user without sudo: told what to do)"
fi
exit "$fail"
