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

source "$(dirname "${BASH_SOURCE[0]}")/apt.sh" # as_root, say, install_packages

browsers_missing=()
command -v firefox-esr >/dev/null || browsers_missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || browsers_missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || browsers_missing+=(xvfb)
command -v xauth >/dev/null || browsers_missing+=(xauth)
command -v openssl >/dev/null || browsers_missing+=(openssl) # the quick exit test's throwaway certificate
if [ ${#browsers_missing[@]} -gt 0 ]; then
  say "installing ${browsers_missing[*]} (apt, about 140 MB)"
  install_packages --no-install-recommends "${browsers_missing[@]}"
fi
unset browsers_missing
