#!/usr/bin/env bash
# Set-up helpers shared by setup.sh, setup-browsers.sh and setup-wordpress.sh: running as root,
# saying what is happening, and installing Debian packages without starting their services.
# Sourced, never run; safe to source more than once.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Please install as root: $*" >&2; return 1
  fi
}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# Installs packages with apt, letting none start a system service while it installs (the tests
# start their own nginx, MariaDB and PHP-FPM on loopback ports). Arguments starting with `-` are
# passed to apt-get install (e.g. --no-install-recommends). Exits if apt-get fails.
install_packages() {
  local options=() packages=() arg
  for arg in "$@"; do
    case "$arg" in -*) options+=("$arg") ;; *) packages+=("$arg") ;; esac
  done
  as_root apt-get update -qq
  local no_service_start="" installed=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    no_service_start=yes
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${options[@]}" "${packages[@]}" >/dev/null || installed=$?
  [ -z "$no_service_start" ] || as_root rm -f /usr/sbin/policy-rc.d
  [ "$installed" -eq 0 ] || { echo "apt-get could not install ${packages[*]}" >&2; exit 1; }
}
