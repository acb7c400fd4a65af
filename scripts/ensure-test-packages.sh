#!/usr/bin/env bash
# What the tests need beyond npm: Debian's Chromium for Playwright (its own browser
# download cannot work on machines that reach only the npm registry and Debian), and the
# PostgreSQL server binaries for the database suite's throwaway cluster, and nginx for the
# deployment topology test (tests/pg/topology.test.ts runs deploy/nginx.conf).
set -euo pipefail
missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
if [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "Missing Debian packages for the tests: ${missing[*]}. Install them (sudo apt-get install ${missing[*]})." >&2
  exit 1
fi
echo "Installing Debian packages for the tests: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
