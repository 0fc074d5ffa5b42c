#!/usr/bin/env bash
# Start the servers the PostgreSQL and worker tests use, from Debian's packages, on 127.0.0.1:
# PostgreSQL (a role `monitor` that may create databases) and Redis (the tests start their own
# redis-server processes; this only makes sure the binary is there). Prints the line to eval:
#   eval "$(bash scripts/services.sh)"
# Needs root to install and start them; without root it says what is missing and prints nothing.
set -euo pipefail
say() { echo "$*" >&2; }
if [ "$(id -u)" != 0 ]; then
  say "note: scripts/services.sh needs root to install PostgreSQL and Redis; set MONITOR_TEST_POSTGRES yourself"
  exit 0
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! command -v redis-server >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null) \
    || { say "warning: could not install postgresql/redis-server"; exit 0; }
fi
version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $2}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  cluster=main
  pg_createcluster "$version" "$cluster" >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p $port" && break
  sleep 1
done
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname = 'monitor'\"" | grep -q 1 \
  || su postgres -c "psql -q -p $port -c \"CREATE ROLE monitor LOGIN CREATEDB PASSWORD 'monitor'\""
echo "export MONITOR_TEST_POSTGRES=postgresql://monitor:monitor@127.0.0.1:$port/"
