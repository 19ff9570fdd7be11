#!/usr/bin/env bash
# Fuzzes the engine: runs its property tests (crates/engine/tests/properties.rs) in release mode with many cases each.
#
# Usage: scripts/fuzz.sh [CASES]
#   CASES  cases per property (default: enough for 10 million in all).
# Prints each property's cases and time, the total and the elapsed time; a
# failure is shrunk, printed, and saved in crates/engine/proptest-regressions/.
set -euo pipefail
cd "$(dirname "$0")/.."

properties=$(grep -c '^    check(' crates/engine/tests/properties.rs)
cases=${1:-$(((10000000 + properties - 1) / properties))}

# The app's release profile is tuned for a small wasm bundle (opt-level "z",
# fat LTO, one codegen unit, panic = abort). For fuzzing, speed and checks
# matter instead: optimise for speed, build quickly, unwind so proptest can
# shrink a panic, and keep overflow checks and debug assertions so arithmetic
# slips panic rather than wrap.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=3
export CARGO_PROFILE_RELEASE_LTO=false
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_PANIC=unwind
export CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true
export CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true
# A target folder of its own, so these settings don't evict the app's release build.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target/fuzz}

cargo test --release --locked -p attune-engine --test properties --no-run

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "Fuzzing: $properties properties, $cases cases each"
start=$(date +%s)
status=0
PROPTEST_CASES=$cases cargo test --release --locked -p attune-engine --test properties \
  -- --nocapture 2>&1 | tee "$log" || status=$?
elapsed=$(($(date +%s) - start))

echo
echo "Cases per property (as each reported on passing):"
grep '^property ' "$log" | sort || true
total=$(awk '/^property / { n += $3 } END { print n + 0 }' "$log")
passed=$(grep -c '^property ' "$log" || true)
printf 'Total: %d cases in %d of %d properties; elapsed %dh %02dm %02ds\n' \
  "$total" "$passed" "$properties" $((elapsed / 3600)) $((elapsed % 3600 / 60)) $((elapsed % 60))
exit "$status"
