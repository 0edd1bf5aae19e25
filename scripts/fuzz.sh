#!/usr/bin/env bash
# Builds and runs every cargo-fuzz target of fuzz/ for SECONDS_PER_TARGET seconds each (default 60), one
# after another, with libFuzzer's limits: -timeout=1 (an input taking over 1 s is a finding),
# -rss_limit_mb=1024 (over 1 GB is a finding). Prints executions, crashes, timeouts and OOMs per target
# (from libFuzzer's final stats and the artifacts it writes) and writes the table to $FUZZ_SUMMARY
# (default fuzz/summary.md). Exit status 1 when any target found something.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   FUZZ_NO_RDF=1 scripts/fuzz.sh ...     # only the targets that build without Oxigraph
#
# Needs nightly and cargo-fuzz (scripts/setup.sh installs both). The seed corpora are built by
# scripts/fuzz-corpus.py into fuzz/corpus/ (kept between runs; what a run finds is added there).
# A finding is written to fuzz/artifacts/TARGET/ (crash-*, timeout-*, oom-*): minimise it with
# `cargo +nightly fuzz tmin -s none TARGET FILE`, fix the bug, and keep the input in
# fuzz/regressions/TARGET/, which `cargo test` replays on stable (tests/fuzz_regressions.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
shift || true
all=(extract ingest dates wikidata_dump index_readers query_bind rdf_export)
# FUZZ_NO_RDF=1: build without the `rdf` feature (no Oxigraph at all) and run only the targets
# that need neither.
features=()
if [ "${FUZZ_NO_RDF:-0}" = 1 ]; then
  all=(extract ingest dates wikidata_dump index_readers)
  features=(--no-default-features)
fi
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all[@]}"); fi
target_dir="${CARGO_TARGET_DIR:-$HOME/.cache/ng-fuzz-target}"
summary="${FUZZ_SUMMARY:-fuzz/summary.md}"
triple="$(rustc +nightly -vV | sed -n 's/^host: //p')"

# Release with debug assertions and overflow checks (cargo-fuzz's default); no sanitizer: the code under
# test is safe Rust, and without ASan the executions per second are several times higher.
nice cargo +nightly fuzz build -s none "${features[@]}" --target-dir "$target_dir" >&2
python3 scripts/fuzz-corpus.py >&2

max_len() { case "$1" in wikidata_dump) echo 16384 ;; *) echo 4096 ;; esac; }

rows=()
total_execs=0
total_findings=0
for t in "${targets[@]}"; do
  corpus="fuzz/corpus/$t"
  artifacts="fuzz/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  log="$artifacts/last-run.log"
  count() { find "$artifacts" -maxdepth 1 -type f -name "$1-*" | wc -l; }
  c0=$(count crash) t0=$(count timeout) o0=$(count oom)
  echo "fuzz: $t for ${secs}s" >&2
  set +e
  nice "$target_dir/$triple/release/$t" "$corpus" \
    -max_total_time="$secs" -timeout=1 -rss_limit_mb=1024 -max_len="$(max_len "$t")" \
    -dict=fuzz/corpus/newsgraph.dict -print_final_stats=1 -artifact_prefix="$artifacts/" \
    >"$log" 2>&1
  status=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  # This run's findings only (earlier artifacts stay in the directory until they are dealt with).
  crashes=$(($(count crash) - c0))
  timeouts=$(($(count timeout) - t0))
  ooms=$(($(count oom) - o0))
  new=$((crashes + timeouts + ooms))
  if [ "$status" -ne 0 ] && [ "$new" -eq 0 ]; then
    echo "fuzz: $t exited $status without an artifact; see $log" >&2
    new=1
    crashes=$((crashes + 1))
  fi
  execs="${execs:-0}"
  total_execs=$((total_execs + execs))
  total_findings=$((total_findings + new))
  rows+=("| $t | $secs | $execs | ${rate:-0} | ${rss:-?} | $crashes | $timeouts | $ooms |")
  echo "fuzz: $t: $execs executions (${rate:-0}/s), peak RSS ${rss:-?} MB, $crashes crashes, $timeouts timeouts, $ooms OOMs" >&2
done

{
  echo "| target | seconds | executions | exec/s | peak RSS (MB) | crashes | timeouts (>1 s) | OOMs (>1 GB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo "| **total** | | **$total_execs** | | | | | |"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?'), \`scripts/fuzz.sh $secs\` on $(nproc) shared cores; crashes, timeouts and OOMs count the artifacts this run wrote to fuzz/artifacts/TARGET/ (libFuzzer stops a target at its first finding)."
} | tee "$summary"
[ "$total_findings" -eq 0 ]
