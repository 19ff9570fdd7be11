#!/usr/bin/env bash
# Benchmarks Attune against a peer player (the same scenario in ink) on size, load time, choice latency, memory and Lighthouse; see docs/performance.md.
# One command: installs what is missing, builds the release, measures, prints a table and writes bench/results/latest.json.
# Not part of scripts/test.sh on purpose: timings depend on the machine, so they are reported, never asserted.
set -euo pipefail
source "$(dirname "$0")/../scripts/setup.sh" # the toolchain; leaves us in the repository root
step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

# Build and install logs go to stderr, so stdout carries only the benchmark's table.
step "release build"
trunk build --release --locked --offline >&2

# The bench's own npm packages (inkjs, Lighthouse) live in bench/, not in the root package.json,
# so the test command never installs them. Reinstalled when bench/package-lock.json changes.
step "bench npm packages"
stamp="bench/node_modules/.attune-bench-lock-hash"
lock_hash="$(sha256sum bench/package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error) >&2
  echo "$lock_hash" > "$stamp"
fi

step "benchmark (a few minutes: cold loads, choices, Lighthouse)"
node bench/bench.mjs
