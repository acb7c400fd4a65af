#!/usr/bin/env bash
# The database suite starts a throwaway PostgreSQL cluster from the server binaries.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "PostgreSQL server binaries not found. Install Debian's postgresql package." >&2
  exit 1
fi
echo "Installing Debian's postgresql package for the database suite..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
