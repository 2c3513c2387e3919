#!/usr/bin/env bash
# The store's tests start a throw-away PostgreSQL server (tests/pg_server.py):
# install the server's binaries when the machine has none (as root, with apt).
set -euo pipefail
if command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
else
    echo "postgresql not installed and not root: the PostgreSQL tests will be skipped" >&2
fi
