#!/usr/bin/env bash
# A team's set-up at benchmark size (issue 10, item 5): two `serve` instances and four `ingest` workers on one
# PostgreSQL store, the workers fed REPORTS synthetic reports (copies, versions, reprints of events made from
# data/samples) in shares that overlap by a tenth, so copies arrive from several directions at once, while a
# reader asks both servers for the stories and the review queue every second. Then it checks, against one
# process's ingest of the same files into another database, run after the team's (`team-check`, the comparison
# ServeAndIngestProcessesTests makes): each distinct report stored once, the same copy groups, every report in
# one story, each proposal made once and as one process makes it; both servers answering with the stories
# stored; and DECISIONS proposals accepted through one server's API and answered by the other within a second
# (`decision-seen`). The same shares ingested one after another into a third database tell stories that differ
# by order of arrival from stories that differ by concurrency. Prints the figures; exits 1 when a check fails.
#   bench/ingest/team.sh [REPORTS] [DECISIONS]           e.g. bench/ingest/team.sh 20000 5
# Runs its own throwaway PostgreSQL cluster (scripts/pg-cluster.sh). Release unless CONFIGURATION says
# otherwise; build first:
#   dotnet build -c Release src/Tradewatch.Cli && dotnet build -c Release bench/Tradewatch.Benchmarks
set -euo pipefail
reports=${1:-20000}; decisions=${2:-5}; workers=4
cd "$(dirname "$0")/../.."
CONFIGURATION=${CONFIGURATION:-Release}
. bench/ingest/shares.sh
. scripts/pg-cluster.sh
work=$(mktemp -d /tmp/tradewatch-team-bench.XXXXXX)
servers=(); pids=(); reader=""
finish() {
  [ -z "$reader" ] || kill "$reader" 2> /dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  for p in "${servers[@]}"; do kill "$p" 2> /dev/null || true; done
  wait 2> /dev/null || true
  stop_pg_cluster
  rm -rf "$work"
}
trap finish EXIT
start_pg_cluster
sql() { psql -h 127.0.0.1 -p "$pg_port" -U tradewatch -d "$1" -qtA -c "$2"; }
for db in alone turns shared; do sql postgres "CREATE DATABASE $db" > /dev/null; done
url() { echo "postgres://tradewatch@127.0.0.1:$pg_port/$1"; }
seconds() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.1f", e - s }'; }
rate() { awk -v c="$1" -v s="$2" -v e="$3" 'BEGIN { printf "%.1f", c / (e - s) }'; }
failed=0

"$bench" generate-reports "$reports" "$work/corpus" > /dev/null
make_shares "$work/corpus" "$workers" "$work/share"
echo "$reports reports, $workers workers, 2 servers; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(dotnet --version) $configuration; PostgreSQL $("$pg_bin/postgres" --version | awk '{print $NF}')"

# the team: two servers, a curator's token, four workers at once
shared=$(url shared)
"$cli" users list --db "$shared" > /dev/null
"$cli" users add bench --password bench-password --db "$shared" > /dev/null
token=$("$cli" users token bench --db "$shared" | tail -1)
ports=()
for s in 0 1; do
  ports+=("$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')")
  "$cli" serve --db "$shared" --urls "http://127.0.0.1:${ports[$s]}" --no-samples > "$work/serve-$s.log" 2>&1 & servers+=($!)
done
for s in 0 1; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:${ports[$s]}/api/stories" > /dev/null && break; sleep 1; done
done
# a reader on both servers while the workers write: every answer must be a 200
(
  asked=0; refused=0
  trap 'echo "$asked $refused" > "$work/reader"; exit 0' TERM
  while true; do
    for p in "${ports[@]}"; do
      for path in /api/stories /api/review; do
        asked=$((asked + 1))
        curl -sf -o /dev/null "http://127.0.0.1:$p$path" || refused=$((refused + 1))
      done
    done
    sleep 1
  done
) & reader=$!
commits() { sql shared "SELECT xact_commit || ' ' || tup_inserted FROM pg_stat_database WHERE datname = 'shared'"; }
read -r commits_before inserted_before <<< "$(commits)"
start=$(date +%s.%N)
pids=()
for w in $(seq 0 $((workers - 1))); do
  /usr/bin/time -f '%M' -o "$work/peak-$w" "$cli" ingest "$work/share/$w" --db "$shared" > "$work/ingest-$w.log" 2>&1 & pids+=($!)
done
wait_workers "$work" "${pids[@]}" || exit 1
end=$(date +%s.%N)
load=$(cut -d' ' -f1-3 /proc/loadavg)
kill -TERM "$reader"; wait "$reader" || true; reader=""
sleep 1  # pg_stat_database is updated when a backend reports, within about a second
read -r commits_after inserted_after <<< "$(commits)"
stored=$(stored "$work")
wall=$(seconds "$start" "$end")
echo "$workers workers with 2 servers: $stored reports in $wall s, $(rate "$stored" "$start" "$end") reports/s; load average $load at the end"
for w in $(seq 0 $((workers - 1))); do
  echo "  worker $w: $(grep -ho '[0-9]* file(s): [0-9]* report(s) added, [0-9]* already stored' "$work/ingest-$w.log"), peak $(( $(tail -1 "$work/peak-$w") / 1024 )) MB resident"
done
awk -v c=$((commits_after - commits_before)) -v t=$((inserted_after - inserted_before)) -v s="$start" -v e="$end" \
  'BEGIN { printf "store: %d transactions committed (%.1f/s), %d rows inserted (%.1f/s)\n", c, c / (e - s), t, t / (e - s) }'
read -r asked refused < "$work/reader"
echo "reader meanwhile: $asked requests to the servers, $refused not answered 200"
[ "$refused" -eq 0 ] || failed=1
stories=$(sql shared 'SELECT COUNT(DISTINCT story_id) FROM reports')
for s in 0 1; do
  answered=$(curl -sf "http://127.0.0.1:${ports[$s]}/api/stories" | jq length)
  echo "server $s: $(awk '/VmHWM/ { printf "peak %d MB", $2 / 1024 }' "/proc/${servers[$s]}/status"), $(awk '/VmRSS/ { printf "%d MB resident", $2 / 1024 }' "/proc/${servers[$s]}/status"); answers with $answered stories of the $stories stored"
  [ "$answered" -eq "$stories" ] || failed=1
done

"$bench" decision-seen "http://127.0.0.1:${ports[0]}" "http://127.0.0.1:${ports[1]}" "$token" "$decisions" || failed=1

# one process, the whole corpus: what the workers' store is checked against
"$cli" users list --db "$(url alone)" > /dev/null
start=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/peak-alone" "$cli" ingest "$work/corpus" --db "$(url alone)" > "$work/alone.log" 2>&1 || [ $? -eq 2 ] || { tail -n 5 "$work/alone.log"; exit 1; }
end=$(date +%s.%N)
echo "one process: $(grep -o '[0-9]* report(s) in the database' "$work/alone.log" | cut -d' ' -f1) reports in $(seconds "$start" "$end") s, $(rate "$(sql alone 'SELECT COUNT(*) FROM reports')" "$start" "$end") reports/s, peak $(( $(tail -1 "$work/peak-alone") / 1024 )) MB resident"

# one process at a time, the workers' shares in turn (TURNS=0 leaves it out)
turns=""
if [ "${TURNS:-1}" != 0 ]; then
turns=$(url turns)
"$cli" users list --db "$turns" > /dev/null
start=$(date +%s.%N)
for w in $(seq 0 $((workers - 1))); do
  "$cli" ingest "$work/share/$w" --db "$turns" > "$work/turn-$w.log" 2>&1 || [ $? -eq 2 ] || { tail -n 5 "$work/turn-$w.log"; exit 1; }
done
end=$(date +%s.%N)
echo "shares in turn: $(sql turns 'SELECT COUNT(*) FROM reports') reports in $(seconds "$start" "$end") s"
fi

"$bench" team-check "$work/corpus" "$(url alone)" "$shared" ${turns:+"$turns"} || failed=1
[ "$failed" -eq 0 ] && echo "every check held" || echo "A CHECK FAILED"
exit "$failed"
