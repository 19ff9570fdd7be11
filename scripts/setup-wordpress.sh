#!/usr/bin/env bash
# Installs what the WordPress plugin's test (tests/wordpress/) needs and is missing: Debian's
# WordPress, MariaDB and PHP-FPM (with PHP's MySQL driver). Safe to run again; sourced by
# scripts/setup.sh (which defines as_root and say) and runnable on its own.
# The packages' system services are never started: the test starts its own MariaDB, PHP-FPM
# and nginx on loopback ports, in a temporary folder, and stops them by their PIDs.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/apt.sh" # as_root, say, install_packages

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
  # --no-install-recommends: nothing the test does not use (translations of WordPress, and so on).
  install_packages --no-install-recommends "${wordpress_missing[@]}"
fi
