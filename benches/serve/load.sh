#!/usr/bin/env bash
# Load test of `newsgraph serve` (a benchmark, not a test): starts a server on the seed example's store,
# runs wrk with 64 connections for 30 s over every bundled query (default parameters, plus a few bound ones),
# and reports requests/s, latency percentiles, answers by status (anything but 200 — and 503 when the
# server's query slots are full, which is intended — is a failure) and the server's RSS before and after.
#
# Usage: benches/serve/load.sh [STORE_DIR]     (env: DURATION=30s CONNECTIONS=64 THREADS=2 NEWSGRAPH=path)
# Without STORE_DIR, a store of the seed example is built in a temporary directory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="${NEWSGRAPH:-${CARGO_TARGET_DIR:-$repo/target}/release/newsgraph}"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
command -v wrk >/dev/null || { echo "load.sh: wrk not found (apt-get install wrk)" >&2; exit 2; }
[ -x "$bin" ] || { echo "load.sh: $bin not found (cargo build --release, or set NEWSGRAPH)" >&2; exit 2; }

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

store="${1:-}"
if [ -z "$store" ]; then
  store="$work/store"
  (cd "$repo" && "$bin" run examples/lavrov-aleppo-2016-12-06.txt --store "$store" --link offline >/dev/null 2>&1)
fi
"$bin" serve --store "$store" --bind 127.0.0.1:0 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
base="$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)"
[ -n "$base" ] || { echo "load.sh: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# Every bundled query with its defaults, and some with parameters bound.
curl -sf "$base/queries" | python3 -c '
import json, sys
for q in json.load(sys.stdin):
    print(q["url"])
' > "$work/urls"
cat >> "$work/urls" <<'URLS'
/queries/statements-by-actor?name=Lavrov
/queries/agreements?status=abandoned
/queries/timeline?from=2016-12-01
/queries/mentions?name=Aleppo
URLS

rss() { awk '/VmRSS/ {print $2 / 1024 " MiB"}' "/proc/$server/status"; }
echo "server: $base ($bin, store $store, $(nproc) CPUs)"
echo "urls: $(wc -l < "$work/urls") ($(paste -sd' ' "$work/urls" | cut -c1-200)…)"
echo "rss at start: $(rss)"
NEWSGRAPH_URLS="$work/urls" wrk -t2 -c"$connections" -d5s -s "$here/rotate.lua" "$base" > "$work/warmup.txt"
echo "rss after a 5 s warm-up: $(rss)"
NEWSGRAPH_URLS="$work/urls" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/rotate.lua" "$base" | tee "$work/wrk.txt"
echo "rss after the $duration run: $(rss)"
summary="$(grep '^SUMMARY' "$work/wrk.txt")"
bad="$(echo "$summary" | grep -o 'statuses=.*' | tr ',' '\n' | sed 's/statuses=//' | grep -v '^200=' | grep -v '^503=' || true)"
if [ -n "$bad" ]; then
  echo "load.sh: unexpected answers: $bad" >&2
  exit 1
fi
echo "load.sh: ok — only 200 (and intended 503) answers"
