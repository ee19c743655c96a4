#!/usr/bin/env bash
# Ingest rate against the number of workers: REPORTS synthetic reports (copies, versions, reprints of
# events made from data/samples) split among N concurrent `tradewatch ingest` processes on one new store,
# each worker's share overlapping the next worker's by a tenth, so copies arrive from several directions
# at once. Prints, per N, the wall time, the reports stored (each once) and the rate.
#   bench/ingest/workers.sh [REPORTS] [WORKERS...]          e.g. bench/ingest/workers.sh 2000 1 2 4
# The store is a new SQLite file per run; set TRADEWATCH_BENCH_POSTGRES to a postgres:// URL of an empty
# database to run on PostgreSQL instead (it is emptied before each run). CONFIGURATION=Release runs the Release
# build (Debug by default); build first (bench/ingest/shares.sh says how).
set -euo pipefail
reports=${1:-2000}; shift || true
workers=("$@"); [ ${#workers[@]} -gt 0 ] || workers=(1 2 4)
cd "$(dirname "$0")/../.."
. bench/ingest/shares.sh
work=$(mktemp -d /tmp/tradewatch-ingest-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$bench" generate-reports "$reports" "$work/corpus" > /dev/null
total=$(ls "$work/corpus" | wc -l)
echo "$total reports, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) $configuration"
printf '%-8s %-10s %-8s %-12s\n' workers seconds stored reports/s
for n in "${workers[@]}"; do
  rm -f "$work/store.db"*
  make_shares "$work/corpus" "$n" "$work/share"
  store="$work/store.db"
  if [ -n "${TRADEWATCH_BENCH_POSTGRES:-}" ]; then
    store=$TRADEWATCH_BENCH_POSTGRES
    PGOPTIONS='-c client_min_messages=warning' psql "${store/postgres:/postgresql:}" -q -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;' > /dev/null
  fi
  # create the store once, so the runs time ingest and not the migration (reading commands never
  # create or migrate a store; `users list` opens it as the servers do, bringing its schema up to date)
  "$cli" users list --db "$store" > /dev/null
  start=$(date +%s.%N)
  pids=()
  for w in $(seq 0 $((n - 1))); do
    "$cli" ingest "$work/share/$w" --db "$store" > "$work/ingest-$w.log" 2>&1 & pids+=($!)
  done
  wait_workers "$work" "${pids[@]}" || exit 1
  end=$(date +%s.%N)
  stored=$(stored "$work")
  awk -v n="$n" -v s="$start" -v e="$end" -v c="$stored" 'BEGIN { printf "%-8d %-10.1f %-8d %-12.1f\n", n, e - s, c, c / (e - s) }'
done
