#!/usr/bin/env bash
# Runs every check: formatting, lints (native and wasm32), dependency rules, engine tests
# (with a short property-test smoke run), the release
# build with its size budget, and the end-to-end tests in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --all -- --check

step "lints (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "lints (wasm32)"
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "dependencies (cargo deny: licences, bans, duplicates, sources)"
cargo deny --locked check licenses bans sources

step "engine and content tests"
cargo test -p attune-engine --locked

step "release build"
trunk build --release --locked --offline

step "first-view size"
# 127.0 KB on 2026-11-23: 115.4 after the cuts, then 7.3 for embedding by practices (#5), About
# and sources moved out (-0.5), then 3.3 for the player's "If this became a habit" diagram (#8:
# the model runs in the page) and 1 for the patterns' cycle shifts and the link to the sandbox.
# Then 134.8 with Spanish (#7): every interface word as data (+2.2), and languages as packs
# fetched when chosen (+5.5: the switch, the pack's reader, the export's words), so the first
# view no longer grows with each language.
# The sandbox and presenter mode are their own pages and wasm, outside this budget (size.mjs
# prints the sandbox's). Issue #9's goal is 75 KB, which needs the learner's app split further,
# not trimming; see docs/performance.md.
node scripts/size.mjs --budget-kb 135

step "style checks (contrast of the theme colours)"
node --test tests/styles/

step "browser tests (headless Chromium, release build)"
node --test --test-concurrency=1 tests/e2e/
