#!/usr/bin/env bash
# Installs whatever Attune's build and tests need and is missing; safe to run again.
# Sourced by serve.sh and test.sh. Needs: rustup, Node 20+ with npm, and apt (as root or via sudo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14" # 0.22 needs a newer rustc than the stable one here

cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

source "$ROOT/scripts/apt.sh" # as_root, say, install_packages

# Debian packages: headless Chromium (and its driver) for the browser tests, and nginx with
# its brotli-static module, the production server the browser tests run against.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt)"
  # Without starting nginx's system service: the tests start their own on a loopback port.
  install_packages "${missing[@]}"
fi

# Firefox ESR and WebKitGTK (with Xvfb) for the cross-browser journeys in tests/cross-browser/.
source "$ROOT/scripts/setup-browsers.sh"

# The WordPress plugin's test: Debian's WordPress, MariaDB and PHP-FPM (their services are not started).
source "$ROOT/scripts/setup-wordpress.sh"

# Rust: the WebAssembly target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk, at a version this toolchain can build.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes the first time)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# cargo-deny, for the dependency rules in deny.toml (licences, bans, duplicates, sources).
CARGO_DENY_VERSION="0.20.2"
if [ "$(cargo deny --version 2>/dev/null | awk '{print $2}')" != "$CARGO_DENY_VERSION" ]; then
  say "installing cargo-deny $CARGO_DENY_VERSION (takes several minutes the first time)"
  cargo install --locked cargo-deny --version "$CARGO_DENY_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen that Cargo.lock pins, exactly.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (matches Cargo.lock)"
  # Not --locked: its own lock file pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml's wasm_bindgen must be \"$bindgen_version\", the version Cargo.lock pins." >&2
  exit 1
fi

# npm tools: wasm-opt (binaryen), playwright-core, axe-core. Reinstalled when the lock changes.
stamp="node_modules/.attune-lock-hash"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > "$stamp"
fi

# Crates, so that offline builds (Trunk passes --offline to cargo) find them.
cargo fetch --locked --quiet
