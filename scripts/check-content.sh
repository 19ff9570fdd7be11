#!/usr/bin/env bash
# Checks Attune's content (content/*.toml) and lists every problem with file, line, scenario and step.
# Needs only Rust (rustup); takes a minute the first time, a second after that.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo run --quiet --locked -p attune-engine --features load --bin attune-content -- --check content
