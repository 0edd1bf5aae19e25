#!/usr/bin/env bash
# Regenerates the golden graphs listed in tests/data/rdf/golden/cases.tsv. Review `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph-target}"
cargo build --release -q
grep -v '^#' tests/data/rdf/golden/cases.tsv | while IFS=$'\t' read -r input golden; do
  SOURCE_DATE_EPOCH=1480982400 "$CARGO_TARGET_DIR/release/newsgraph" run "$input" --memory \
    --out "tests/data/rdf/golden/$golden"
done
