#!/usr/bin/env bash
# Builds Attune (release) and serves it at http://127.0.0.1:8080, rebuilding on change.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
echo "Attune will be at http://127.0.0.1:8080 (Ctrl-C stops it)"
exec trunk serve --release --locked --offline --address 127.0.0.1 --port 8080
