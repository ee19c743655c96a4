#!/usr/bin/env bash
# Repeats the kill-mid-ingest test (tests/Tradewatch.Cli.Tests/KilledIngestTests.cs) RUNS times, each
# killing `tradewatch ingest` after a different number of stored reports (1 to 390, seeded), and counts
# the runs whose store failed any check (PRAGMA integrity_check, foreign keys, whole reports, story sizes,
# a rerun completing the batch once). Not part of CI: 100 runs take most of an hour on 2 cores.
#   bench/hostile/killed-ingest.sh [RUNS]      (build the tests first: dotnet build tests/Tradewatch.Cli.Tests)
set -u
runs=${1:-100}
cd "$(dirname "$0")/../.."
RANDOM=20261204
passed=0; failed=0
for i in $(seq 1 "$runs"); do
  after=$(( 1 + RANDOM % 390 ))
  if TRADEWATCH_KILL_AFTER=$after dotnet test tests/Tradewatch.Cli.Tests --no-build -nologo -v q \
       --filter "FullyQualifiedName~KilledIngestTests" > "/tmp/killed-ingest-$i.log" 2>&1; then
    passed=$((passed + 1)); rm -f "/tmp/killed-ingest-$i.log"
  else
    failed=$((failed + 1)); echo "run $i (killed after $after reports) failed: /tmp/killed-ingest-$i.log"
  fi
  echo "run $i/$runs: killed after $after stored reports; $passed passed, $failed failed"
done
echo "killed-ingest: $runs runs, $passed consistent stores, $failed corrupt or incomplete"
[ "$failed" -eq 0 ]
