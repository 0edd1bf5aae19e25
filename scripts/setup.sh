#!/usr/bin/env bash
# Installs what newsgraph needs on a fresh Debian/Ubuntu machine, skipping what is already there:
# libclang (bindgen, for Oxigraph's RocksDB), raptor2-utils (rapper) and the Python checkers pinned in
# requirements-dev.txt (rdflib, pySHACL), used by the tests to parse our exports and validate them, and the
# scale benchmark's anchor and plot (pyoxigraph, matplotlib), and the clients that test `newsgraph serve`
# (SPARQLWrapper, selenium driving chromium), and networkx, which reads back the actor network's GraphML and GEXF.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
need_apt=()
dpkg -s libclang-dev >/dev/null 2>&1 || need_apt+=(libclang-dev)
dpkg -s raptor2-utils >/dev/null 2>&1 || need_apt+=(raptor2-utils)
# GNU time: peak memory of each command in the scale benchmark (benches/scale/run.py).
dpkg -s time >/dev/null 2>&1 || need_apt+=(time)
# `newsgraph serve`: the explorer page is tested in a real headless browser (chromium + chromedriver), and
# the endpoint under load with wrk.
dpkg -s chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s chromium-driver >/dev/null 2>&1 || need_apt+=(chromium-driver)
dpkg -s wrk >/dev/null 2>&1 || need_apt+=(wrk)
# The PySpark job (examples/spark/, tests/spark.rs) needs a Java runtime.
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
# `newsgraph plot` and the DOT output of `query actor-network` are drawn/checked with Graphviz (tests/network.rs).
dpkg -s graphviz >/dev/null 2>&1 || need_apt+=(graphviz)
# `newsgraph push` is tested against a real Virtuoso (tests/virtuoso.rs starts one on loopback ports).
dpkg -s virtuoso-opensource >/dev/null 2>&1 || need_apt+=(virtuoso-opensource)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${need_apt[@]}"
fi
pip_install() { python3 -m pip install -q --disable-pip-version-check "$@" -r requirements-dev.txt; }
# Debian's Python is "externally managed" (PEP 668): fall back to --break-system-packages there.
python3 -c 'import rdflib, pyshacl, owlrl, pyoxigraph, matplotlib, SPARQLWrapper, selenium, pyspark, networkx' 2>/dev/null || pip_install || pip_install --break-system-packages
# Fuzzing (scripts/fuzz.sh; CI does not run the fuzzers, too long, but `cargo test` replays their
# regression inputs on stable): a nightly toolchain and cargo-fuzz, each skipped when already there. A
# failure here (no network to the Rust toolchain server) is a warning: nothing CI runs needs them.
if command -v rustup >/dev/null 2>&1; then
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal ||
    echo "setup.sh: warning: could not install the nightly toolchain (needed by scripts/fuzz.sh only)" >&2
fi
if command -v cargo >/dev/null 2>&1; then
  cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked ||
    echo "setup.sh: warning: could not install cargo-fuzz (needed by scripts/fuzz.sh only)" >&2
fi
