#!/usr/bin/env bash
# Load on the duty endpoint: a Release build of the server on loopback, driven by wrk (Debian's
# package) with varied duty questions (duty.lua); latency percentiles from wrk --latency.
#   bench/load/duty.sh                      # 30 s at 8, 16 and 64 connections
#   DURATION=60s CONNECTIONS="16" bench/load/duty.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-5099}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-"8 16 64"}
threads=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }

out=out/load-server
dotnet publish src/Tradewatch.Server -c Release -o "$out" --nologo -v quiet >/dev/null
work=$(mktemp -d)
dotnet "$out/Tradewatch.Server.dll" --urls "http://127.0.0.1:$port" \
  --Tradewatch:Database="$work/news.db" --Tradewatch:DataDirectory="$PWD/$out/data" \
  --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT

url="http://127.0.0.1:$port/api/duty?importer=US&origin=CN&hs=8505.11&date=2025-06-09"
for _ in $(seq 60); do curl -fs "$url" >/dev/null && break; sleep 0.5; done
curl -fs "$url" >/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

echo "# $(nproc) cores; $(dotnet --version) SDK; wrk $threads threads; $duration per run"
wrk -t"$threads" -c16 -d5s -s bench/load/duty.lua "http://127.0.0.1:$port" >/dev/null # warm-up (JIT, view cache)
for c in $connections; do
  echo
  echo "## $c connections"
  wrk -t"$threads" -c"$c" -d"$duration" --latency -s bench/load/duty.lua "http://127.0.0.1:$port"
done
