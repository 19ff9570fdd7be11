#!/usr/bin/env bash
# Installs what the WordPress plugin's test (tests/wordpress/) needs and is missing: Debian's
# WordPress, MariaDB and PHP-FPM (with PHP's MySQL driver). Safe to run again; sourced by
# scripts/setup.sh (which defines as_root and say) and runnable on its own.
# The packages' system services are never started: the test starts its own MariaDB, PHP-FPM
# and nginx on loopback ports, in a temporary folder, and stops them by their PIDs.
set -euo pipefail

if ! declare -F as_root >/dev/null; then
  as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
      echo "Please install as root: $*" >&2; return 1
    fi
  }
fi
declare -F say >/dev/null || say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

wordpress_missing=()
[ -f /usr/share/wordpress/wp-load.php ] || wordpress_missing+=(wordpress)
# WordPress's default theme in Debian 12 is a package of its own (a recommendation, not a dependency).
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || wordpress_missing+=(wordpress-theme-twentytwentythree)
[ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || wordpress_missing+=(mariadb-server)
ls /usr/sbin/php-fpm* >/dev/null 2>&1 || wordpress_missing+=(php-fpm)
# WordPress needs PHP's MySQL driver; the wordpress package brings it, but check on its own too.
php -m 2>/dev/null | grep -qx mysqli || wordpress_missing+=(php-mysql)
if [ ${#wordpress_missing[@]} -gt 0 ]; then
  say "installing ${wordpress_missing[*]} (apt, for the WordPress plugin's test)"
  as_root apt-get update -qq
  # Without starting MariaDB's, PHP-FPM's or Apache's system services (policy-rc.d says no).
  wordpress_no_service_start=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    wordpress_no_service_start=yes
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
  fi
  wordpress_installed=0
  # --no-install-recommends: nothing the test does not use (translations of WordPress, and so on).
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${wordpress_missing[@]}" >/dev/null || wordpress_installed=$?
  [ -z "$wordpress_no_service_start" ] || as_root rm -f /usr/sbin/policy-rc.d
  [ "$wordpress_installed" -eq 0 ] || { echo "apt-get could not install ${wordpress_missing[*]}" >&2; exit 1; }
fi
