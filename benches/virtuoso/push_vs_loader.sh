#!/usr/bin/env bash
# Push throughput into a real Virtuoso (a benchmark, not a test): generates N synthetic articles
# (benches/scale/gen_corpus.py), loads them into a newsgraph store, exports the same data as N-Quads, then
# times, each on a fresh Virtuoso on loopback ports:
#   1. `newsgraph push` to /sparql-graph-crud (Graph Store Protocol, default batch size), one connection;
#   2. the same with `--parallel 4` (four graphs at once);
#   3. Virtuoso's own bulk loader on the N-Quads: ld_dir + rdf_loader_run + checkpoint;
#   4. `newsgraph bulk` (the bundle written) then its virtuoso-load.sql run by isql-vt (same loader, gzipped
#      parts, graphs cleared first);
# and prints quads/s for each and the ratios to the bulk loader. Usage: benches/virtuoso/push_vs_loader.sh [N]  (default 1000)
set -euo pipefail
n="${1:-1000}"
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
ng="${NEWSGRAPH:-$HOME/.cache/newsgraph-target/release/newsgraph}"
work="$(mktemp -d)"; trap 'pkill -f "virtuoso-t +foreground +configfile $work" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 "$root/benches/scale/gen_corpus.py" "$n" --out "$work/corpus.jsonl" >/dev/null
"$ng" load "$work/corpus.jsonl" --store "$work/store" 2>/dev/null
mkdir -p "$work/nq"; "$ng" export --store "$work/store" --format nq --out "$work/nq/all.nq"
quads=$(wc -l < "$work/nq/all.nq")
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_virtuoso() { # $1: directory
  local d="$1"; mkdir -p "$d"; sql=$(free_port); http=$(free_port)
  cat > "$d/virtuoso.ini" <<INI
[Database]
DatabaseFile = $d/virtuoso.db
ErrorLogFile = $d/virtuoso.log
LockFile = $d/virtuoso.lck
TransactionFile = $d/virtuoso.trx
xa_persistent_file = $d/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $d/virtuoso-temp.db
TransactionFile = $d/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$sql
DirsAllowed = ., $d, $work/nq, $work/bundle
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 8
ServerThreads = 8
[SPARQL]
ResultSetMaxRows = 1000000
INI
  (virtuoso-t +foreground +configfile "$d/virtuoso.ini" >/dev/null 2>&1 &)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" >/dev/null && break; sleep 0.5; done
  isql-vt "$sql" dba dba 'exec=GRANT SPARQL_UPDATE TO "SPARQL";' >/dev/null
}
now() { date +%s.%N; }

push_run() { # $1: directory, rest: extra push arguments; prints seconds
  local d="$1"; shift
  start_virtuoso "$d"
  local t0 t1; t0=$(now)
  "$ng" push --store "$work/store" --endpoint "http://127.0.0.1:$http/sparql-graph-crud" --checkpoint "$d/cp.tsv" "$@" 2>&1 | tail -1 >&2
  isql-vt "$sql" dba dba 'exec=checkpoint;' >/dev/null
  t1=$(now)
  pkill -f "virtuoso-t +foreground +configfile $d" || true; sleep 2
  python3 -c "print(round($t1-$t0,2))"
}
push_s=$(push_run "$work/v1")
par_s=$(push_run "$work/v3" --parallel 4)

start_virtuoso "$work/v2"
t0=$(now)
isql-vt "$sql" dba dba "exec=ld_dir('$work/nq', '*.nq', 'https://w3id.org/newsgraph/data/graph/default'); rdf_loader_run(); checkpoint;" >/dev/null
t1=$(now)
load_s=$(python3 -c "print(round($t1-$t0,2))")
pkill -f "virtuoso-t +foreground +configfile $work/v2" || true; sleep 2

start_virtuoso "$work/v4"
t0=$(now)
"$ng" bulk --store "$work/store" --out "$work/bundle" 2>/dev/null
t1=$(now)
isql-vt "$sql" dba dba "$work/bundle/virtuoso-load.sql" >/dev/null
t2=$(now)
bundle_s=$(python3 -c "print(round($t1-$t0,2))")
bundle_load_s=$(python3 -c "print(round($t2-$t1,2))")
python3 - "$n" "$quads" "$push_s" "$par_s" "$load_s" "$bundle_s" "$bundle_load_s" <<'PY'
import sys
n, quads = int(sys.argv[1]), int(sys.argv[2])
push, par, load, bundle, bundle_load = (float(x) for x in sys.argv[3:8])
print(f"articles {n:,}  quads {quads:,}")
print(f"newsgraph push (GSP, 1 connection)      {push:8.2f} s  {quads/push:10,.0f} quads/s  {push/load:6.2f}x bulk loader")
print(f"newsgraph push --parallel 4             {par:8.2f} s  {quads/par:10,.0f} quads/s  {par/load:6.2f}x bulk loader")
print(f"Virtuoso bulk loader (ld_dir on .nq)    {load:8.2f} s  {quads/load:10,.0f} quads/s")
print(f"newsgraph bulk (bundle written)         {bundle:8.2f} s")
print(f"  + virtuoso-load.sql (gzipped parts)   {bundle_load:8.2f} s  {quads/bundle_load:10,.0f} quads/s  {bundle_load/load:6.2f}x bulk loader")
PY
