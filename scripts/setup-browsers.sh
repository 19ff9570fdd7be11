#!/usr/bin/env bash
# Installs the browsers of the cross-browser suite (tests/cross-browser/) when they are missing;
# safe to run again. Sourced by setup.sh (it may also be run on its own). Needs apt, as root or
# via sudo.
#
# - Firefox ESR (Debian's `firefox-esr`), driven over WebDriver BiDi by npm puppeteer-core:
#   Debian has no geckodriver, and puppeteer-core needs none.
# - WebKitGTK's WebDriver (`webkit2gtk-driver`, which brings the engine and its MiniBrowser),
#   driven by npm selenium-webdriver against a WebKitWebDriver the suite starts itself, in a
#   virtual X display (`xvfb`, whose `xvfb-run` needs `xauth`).
# - `openssl`, for the throwaway certificate of the quick exit's stand-in neutral site.
#
# Never Playwright's own Firefox or WebKit builds: they download at install time and fail here.
# Neither npm package downloads a browser: puppeteer-core has no install step, and the suite
# always hands selenium-webdriver a running server, so selenium-manager never runs.
set -euo pipefail

if ! declare -F as_root >/dev/null; then
  as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
      echo "Please install as root: $*" >&2; return 1
    fi
  }
fi

browsers_missing=()
command -v firefox-esr >/dev/null || browsers_missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || browsers_missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || browsers_missing+=(xvfb)
command -v xauth >/dev/null || browsers_missing+=(xauth)
command -v openssl >/dev/null || browsers_missing+=(openssl) # the quick exit test's throwaway certificate
if [ ${#browsers_missing[@]} -gt 0 ]; then
  printf '\033[1m[setup]\033[0m %s\n' "installing ${browsers_missing[*]} (apt, about 140 MB)"
  as_root apt-get update -qq
  # As setup.sh does for nginx: no package may start a system service while it installs.
  browsers_no_service_start=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    browsers_no_service_start=yes
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
  fi
  browsers_installed=0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends -y -qq \
    "${browsers_missing[@]}" >/dev/null || browsers_installed=$?
  [ -z "$browsers_no_service_start" ] || as_root rm -f /usr/sbin/policy-rc.d
  [ "$browsers_installed" -eq 0 ] || { echo "apt-get could not install ${browsers_missing[*]}" >&2; exit 1; }
fi
unset browsers_missing browsers_no_service_start browsers_installed
