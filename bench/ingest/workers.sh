#!/usr/bin/env bash
# Ingest rate against the number of workers: REPORTS synthetic reports (copies, versions, reprints of
# events made from data/samples) split among N concurrent `tradewatch ingest` processes on one new store,
# each worker's share overlapping the next worker's by a tenth, so copies arrive from several directions
# at once. Prints, per N, the wall time, the reports stored (each once) and the rate.
#   bench/ingest/workers.sh [REPORTS] [WORKERS...]          e.g. bench/ingest/workers.sh 2000 1 2 4
# The store is a new SQLite file per run; set TRADEWATCH_BENCH_POSTGRES to a postgres:// URL of an empty
# database to run on PostgreSQL instead (it is emptied before each run). Build first:
#   dotnet build src/Tradewatch.Cli && dotnet build bench/Tradewatch.Benchmarks
set -euo pipefail
reports=${1:-2000}; shift || true
workers=("$@"); [ ${#workers[@]} -gt 0 ] || workers=(1 2 4)
cd "$(dirname "$0")/../.."
cli=src/Tradewatch.Cli/bin/Debug/net10.0/tradewatch
bench=bench/Tradewatch.Benchmarks/bin/Debug/net10.0/Tradewatch.Benchmarks
work=$(mktemp -d /tmp/tradewatch-ingest-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$bench" generate-reports "$reports" "$work/corpus" > /dev/null
mapfile -t files < <(ls "$work/corpus" | sort)
total=${#files[@]}
echo "$total reports, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) Debug"
printf '%-8s %-10s %-8s %-12s\n' workers seconds stored reports/s
for n in "${workers[@]}"; do
  rm -rf "$work/share" "$work/store.db"*
  share=$(( (total + n - 1) / n )); overlap=$(( share / 10 ))
  for w in $(seq 0 $((n - 1))); do
    mkdir -p "$work/share/$w"
    # this worker's share, then the first tenth of the next worker's (wrapping round)
    for i in $(seq $((w * share)) $((w * share + share + overlap - 1))); do
      [ $n -gt 1 ] || [ "$i" -lt "$total" ] || break
      f=${files[$((i % total))]}
      ln "$work/corpus/$f" "$work/share/$w/$f" 2> /dev/null || true
    done
  done
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
  # exit 2 is a file of the corpus that holds no text (reported and skipped); anything else is a failure
  for p in "${pids[@]}"; do wait "$p" || [ $? -eq 2 ] || { echo "worker $p failed"; tail -5 "$work"/ingest-*.log; exit 1; }; done
  end=$(date +%s.%N)
  # each worker ends with the store's report count; the last to finish saw every report
  stored=$(grep -ho '[0-9]* report(s) in the database' "$work"/ingest-*.log | cut -d' ' -f1 | sort -n | tail -1)
  awk -v n="$n" -v s="$start" -v e="$end" -v c="$stored" 'BEGIN { printf "%-8d %-10.1f %-8d %-12.1f\n", n, e - s, c, c / (e - s) }'
done
