#!/usr/bin/env bash
# Fairness under load: 200 anonymous connections hammer /api/claims (the store-wide claims, the most
# expensive read) while an ingest uploads reports, and /api/duty is measured beside them with wrk's
# latency percentiles. The claims answers are 200s, or 503 with Retry-After past the expensive reads'
# concurrency limit; the duty answers must stay fast (no lock or starved thread pool between them).
#   bench/load/claims-storm.sh                  # 30 s; SERVER=path/to/Tradewatch.Server.dll to skip the publish
#   CONFIG=Debug bench/load/claims-storm.sh     # builds and runs the Debug server instead of publishing Release
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-5098}
duration=${DURATION:-30s}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }

out=out/load-server
if [ -z "${SERVER:-}" ] && [ "${CONFIG:-Release}" = Debug ]; then
  dotnet build src/Tradewatch.Server -c Debug --nologo -v quiet >/dev/null
  SERVER=src/Tradewatch.Server/bin/Debug/net10.0/Tradewatch.Server.dll
fi
if [ -z "${SERVER:-}" ]; then
  dotnet publish src/Tradewatch.Server -c Release -o "$out" --nologo -v quiet >/dev/null
  SERVER="$out/Tradewatch.Server.dll"
fi
data=$(dirname "$SERVER")/data
work=$(mktemp -d)
dotnet "$SERVER" --urls "http://127.0.0.1:$port" \
  --Tradewatch:Database="$work/news.db" --Tradewatch:DataDirectory="$data" --Tradewatch:WritesPerMinute=100000 \
  --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 120); do curl -fs "$base/api/duty?importer=US&origin=CN&hs=8505.11&date=2025-06-09" >/dev/null && break; sleep 0.5; done

# A curator to ingest with (users add reads the password on standard input).
cli=(dotnet "$(dirname "$SERVER")/tradewatch.dll")
[ -f "$(dirname "$SERVER")/tradewatch.dll" ] || cli=(dotnet run --project src/Tradewatch.Cli --no-build --)
token=""
if printf 'load-test-password-1\n' | "${cli[@]}" users add loadtest --db "$work/news.db" >/dev/null 2>&1; then
  token=$("${cli[@]}" users token loadtest --db "$work/news.db" 2>/dev/null | tail -1)
fi

echo "# $(nproc) cores; $(dotnet --version) SDK; $duration; 200 connections on /api/claims, 8 on /api/duty, an ingest every second"
wrk -t1 -c200 -d"$duration" --timeout 30s "$base/api/claims" >"$work/claims.txt" 2>&1 &
claims=$!
(
  end=$((SECONDS + ${duration%s}))
  i=0
  while [ $SECONDS -lt $end ]; do
    i=$((i + 1))
    curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" \
      -F "title=Load note $i" -F "text=Customs at Ningbo held $((i * 37)) containers of steel coils on day $i, brokers said, as duties on steel rose to $((i % 50 + 10))%." \
      "$base/api/ingest"
    sleep 1
  done
) >"$work/ingest.txt" &
ingest=$!
sleep 2
echo
echo "## /api/duty beside them"
wrk -t1 -c8 -d"$duration" --latency -s bench/load/duty.lua "$base"
wait $claims || true
wait $ingest || true
echo
echo "## /api/claims (200 connections)"
cat "$work/claims.txt"
echo
echo "## ingest answers: $(sort "$work/ingest.txt" | uniq -c | tr '\n' ' ')"
