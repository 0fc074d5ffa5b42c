#!/usr/bin/env bash
# The servers the PostgreSQL and worker tests use, from Debian's packages, on 127.0.0.1:
# PostgreSQL in a cluster of its own ("monitortest", so no other database on the machine is
# touched), with a role `monitor` that may create databases; and Redis's binary (the worker
# tests start their own redis-server processes). Prints the line to eval:
#   eval "$(bash scripts/services.sh)"
# Needs root to install and start them; without root it says what is missing and prints nothing.
set -euo pipefail
say() { echo "$*" >&2; }
if [ "$(id -u)" != 0 ]; then
  say "note: scripts/services.sh needs root to install PostgreSQL and Redis; set MONITOR_TEST_POSTGRES yourself"
  exit 0
fi
if ! command -v pg_createcluster >/dev/null 2>&1 || ! command -v redis-server >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null) \
    || { say "warning: could not install postgresql/redis-server"; exit 0; }
fi
cluster=monitortest
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
  # A throwaway test server: no waiting for the disk on each commit (the tests create and drop
  # a database each); a crash of this cluster loses nothing anyone keeps.
  pg_createcluster "$version" "$cluster" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  conf="/etc/postgresql/$version/$cluster/conf.d/monitor-tests.conf"
  printf "listen_addresses = '127.0.0.1'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\nautovacuum = off\n" > "$conf"
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname = 'monitor'\"" | grep -q 1 \
  || su postgres -c "psql -q -p $port -c \"CREATE ROLE monitor LOGIN CREATEDB PASSWORD 'monitor'\""
echo "export MONITOR_TEST_POSTGRES=postgresql://monitor:monitor@127.0.0.1:$port/"
