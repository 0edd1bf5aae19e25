#!/usr/bin/env bash
# Checks that a refactoring changed no behaviour: runs two newsgraph binaries on the same corpus and compares
# everything they write byte for byte.
#
#   scripts/check-refactor.sh BEFORE_BIN AFTER_BIN [CORPUS_JSONL] [WORK_DIR]
#
# CORPUS_JSONL defaults to ../shared/corpus/dev/articles.jsonl (one article per line), WORK_DIR to a fresh
# temporary directory (kept, so that a difference can be inspected). For every article, each binary writes:
# the extraction JSON (`extract`, without and with offline linking against the bundled starter index), the
# article's graph as N-Quads (`run --memory`), an on-disk store's Turtle export (`run --store` then
# `export --format ttl`), the mapping of the extraction without a store (`export --from`), and the answer of
# every bundled query on that store. For the whole corpus: one store with all articles exported as TriG and
# JSON-LD, `stats`, every bundled query, `link --store --offline starter` and the linked store as N-Quads,
# and `eval` against the gold annotations beside the corpus. Both binaries run with the same relative paths
# and SOURCE_DATE_EPOCH, so their outputs must be identical.
# Exit status 0 when every file is identical, 1 otherwise (each difference is listed).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 BEFORE_BIN AFTER_BIN [CORPUS_JSONL] [WORK_DIR]" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
before="$(realpath "$1")"
after="$(realpath "$2")"
corpus="$(realpath "${3:-$root/../shared/corpus/dev/articles.jsonl}")"
work="${4:-$(mktemp -d /tmp/check-refactor.XXXXXX)}"
mkdir -p "$work"
work="$(realpath "$work")"
gold="$(dirname "$corpus")/gold"
export SOURCE_DATE_EPOCH=1480982400

# One input file per article, named by its id; both binaries read the same files by the same relative paths.
rm -rf "$work/in" "$work/a" "$work/b"
mkdir -p "$work/in"
cp "$corpus" "$work/in/corpus.jsonl"
while IFS= read -r line; do
  id="$(printf '%s\n' "$line" | jq -r .id)"
  printf '%s\n' "$line" >"$work/in/$id.jsonl"
done <"$corpus"

generate() {
  local bin="$1" out="$2"
  mkdir -p "$out"
  cd "$out"
  local queries
  queries="$("$bin" query --list | awk '/^[a-z]/ {print $1}')"
  for input in ../in/*.jsonl; do
    local id
    id="$(basename "$input" .jsonl)"
    [ "$id" = corpus ] && continue
    "$bin" extract "$input" --out "$id.extract.json" 2>"$id.extract.err"
    "$bin" extract "$input" --link offline --link-report "$id.links.tsv" --out "$id.linked.json" 2>"$id.linked.err"
    "$bin" run "$input" --memory --out "$id.run.nq" 2>"$id.run-memory.err"
    "$bin" run "$input" --store "st-$id" --format ttl --out "$id.run.ttl" 2>"$id.run.err"
    "$bin" export --store "st-$id" --format ttl --out "$id.export.ttl"
    "$bin" export --from "$id.extract.json" --format ttl --out "$id.from.ttl"
    for q in $queries; do
      "$bin" query "$q" --store "st-$id" --format tsv >"$id.query.$q.tsv"
    done
    rm -rf "st-$id"
  done
  "$bin" run ../in/corpus.jsonl --store st-all --format trig --out all.run.trig 2>all.run.err
  "$bin" export --store st-all --format trig --out all.export.trig
  "$bin" export --store st-all --format jsonld --out all.export.jsonld
  "$bin" stats --store st-all | grep -v '^store' >all.stats.txt
  for q in $queries; do
    "$bin" query "$q" --store st-all --format table >"all.query.$q.txt"
  done
  "$bin" query --list >all.query-list.txt
  # Linking what a store holds (the bundled starter index), then the linked store.
  "$bin" link --store st-all --offline starter --link-report all.link-store.tsv 2>all.link-store.err
  "$bin" export --store st-all --format nq --out all.linked.nq
  if [ -d "$gold" ]; then
    "$bin" eval "$gold" ../in/corpus.jsonl >all.eval.txt
  fi
  rm -rf st-all
  cd "$work"
}

generate "$before" "$work/a"
generate "$after" "$work/b"

status=0
count=0
for f in "$work/a"/*; do
  name="$(basename "$f")"
  count=$((count + 1))
  if ! cmp -s "$f" "$work/b/$name"; then
    echo "DIFFERENT: $name" >&2
    status=1
  fi
done
for f in "$work/b"/*; do
  [ -e "$work/a/$(basename "$f")" ] || { echo "ONLY IN AFTER: $(basename "$f")" >&2; status=1; }
done
if [ "$status" -eq 0 ]; then
  echo "identical: $count files ($(du -sh "$work/a" | cut -f1)) in $work/a and $work/b"
else
  echo "differences found; outputs kept in $work/a and $work/b" >&2
fi
exit "$status"
