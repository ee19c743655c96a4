# A throwaway PostgreSQL cluster under /tmp on a private port (never a machine-wide one), for scripts/test and
# the benchmarks. Source it, then `start_pg_cluster` (sets pg_cluster and pg_port, or returns 1 with the logs
# on standard error) and `stop_pg_cluster` (an EXIT trap is the usual place). fsync is off: the data is thrown away.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
pg_cluster=""
pg_port=""

# PostgreSQL refuses to run as root: as root, the cluster belongs to the 'postgres' user the package creates.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_pg_cluster() {
  [ -n "$pg_bin" ] || { echo "no PostgreSQL installed (Debian's postgresql package)" >&2; return 1; }
  pg_cluster=$(mktemp -d /tmp/tradewatch-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_cluster"
  pg_port=${TRADEWATCH_TEST_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}
  if ! { as_owner "$pg_bin/initdb" -D "$pg_cluster/data" -U tradewatch --auth=trust -E UTF8 >"$pg_cluster/initdb.log" 2>&1 \
    && as_owner "$pg_bin/pg_ctl" -D "$pg_cluster/data" -l "$pg_cluster/server.log" -w \
      -o "-p $pg_port -k $pg_cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; }; then
    cat "$pg_cluster"/*.log >&2
    return 1
  fi
}

stop_pg_cluster() {
  if [ -n "$pg_cluster" ]; then
    as_owner "$pg_bin/pg_ctl" -D "$pg_cluster/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_cluster"
    pg_cluster=""
  fi
}
