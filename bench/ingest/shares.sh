# What the ingest benchmarks share: the built commands and the workers' overlapping shares. Source it from the
# repository's root. CONFIGURATION picks the build (Debug unless set); build first:
#   dotnet build -c $CONFIGURATION src/Tradewatch.Cli && dotnet build -c $CONFIGURATION bench/Tradewatch.Benchmarks
configuration=${CONFIGURATION:-Debug}
cli=src/Tradewatch.Cli/bin/$configuration/net10.0/tradewatch
bench=bench/Tradewatch.Benchmarks/bin/$configuration/net10.0/Tradewatch.Benchmarks

# make_shares CORPUS N DEST: N folders DEST/0..N-1 of hard links to CORPUS's files, worker w's share then the
# first tenth of the next worker's (wrapping round), so copies reach the store from two workers at once.
make_shares() {
  local corpus=$1 n=$2 dest=$3 files total share overlap w i
  mapfile -t files < <(ls "$corpus" | sort)
  total=${#files[@]}
  share=$(( (total + n - 1) / n )); overlap=$(( share / 10 ))
  rm -rf "$dest"
  for w in $(seq 0 $((n - 1))); do
    mkdir -p "$dest/$w"
    for i in $(seq $((w * share)) $((w * share + share + overlap - 1))); do
      [ "$n" -gt 1 ] || [ "$i" -lt "$total" ] || break
      ln "$corpus/${files[$((i % total))]}" "$dest/$w/" 2> /dev/null || true
    done
  done
}

# wait_workers LOGDIR PID...: waits for each; exit 2 is a file of the corpus that holds no text (reported and
# skipped), anything else a failure (the logs' tails are printed and the caller told by status 1).
wait_workers() {
  local logs=$1 p; shift
  for p in "$@"; do wait "$p" || [ $? -eq 2 ] || { echo "worker $p failed"; tail -n 5 "$logs"/ingest-*.log; return 1; }; done
}

# stored LOGDIR: the store's report count as the last worker to finish saw it (each ends with the count).
stored() {
  grep -ho '[0-9]* report(s) in the database' "$1"/ingest-*.log | cut -d' ' -f1 | sort -n | tail -1
}
