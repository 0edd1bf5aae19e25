#!/usr/bin/env bash
# Push throughput into a real Virtuoso (a benchmark, not a test): generates N synthetic articles
# (benches/scale/gen_corpus.py), loads them into a newsgraph store, exports the same data as N-Quads, then
# times, each on a fresh Virtuoso on loopback ports:
#   1. `newsgraph push` to /sparql-graph-crud (Graph Store Protocol, default batch size);
#   2. Virtuoso's own bulk loader on the N-Quads: ld_dir + rdf_loader_run + checkpoint.
# and prints quads/s for both and their ratio. Usage: benches/virtuoso/push_vs_loader.sh [N]  (default 1000)
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
DirsAllowed = ., $d, $work/nq
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

start_virtuoso "$work/v1"
t0=$(now)
"$ng" push --store "$work/store" --endpoint "http://127.0.0.1:$http/sparql-graph-crud" --checkpoint "$work/cp.tsv" 2>&1 | tail -1
isql-vt "$sql" dba dba 'exec=checkpoint;' >/dev/null
t1=$(now)
push_s=$(python3 -c "print(round($t1-$t0,2))")
pkill -f "virtuoso-t +foreground +configfile $work/v1" || true; sleep 2

start_virtuoso "$work/v2"
t0=$(now)
isql-vt "$sql" dba dba "exec=ld_dir('$work/nq', '*.nq', 'https://w3id.org/newsgraph/data/graph/default'); rdf_loader_run(); checkpoint;" >/dev/null
t1=$(now)
load_s=$(python3 -c "print(round($t1-$t0,2))")
python3 - "$n" "$quads" "$push_s" "$load_s" <<'PY'
import sys
n, quads, push, load = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"articles {n:,}  quads {quads:,}")
print(f"newsgraph push (GSP)        {push:8.2f} s  {quads/push:10,.0f} quads/s")
print(f"Virtuoso bulk loader        {load:8.2f} s  {quads/load:10,.0f} quads/s")
print(f"push / bulk loader time     {push/load:8.2f}x")
PY
