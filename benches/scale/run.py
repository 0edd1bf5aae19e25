#!/usr/bin/env python3
"""Scale benchmark of newsgraph: for each corpus size, generate a synthetic corpus (gen_corpus.py), then
time and measure the peak RSS of `load`, `stats`, every bundled query, `export` (N-Quads, Turtle) and
`run --out`, with pyoxigraph's `Store.bulk_load` and `Store.dump` on the same data as anchors.

    python3 benches/scale/run.py --sizes 10,100,1000

Writes a Markdown table per size to stdout and to benches/scale/results.md, the raw figures to
benches/scale/results.json and the growth curve to benches/scale/growth.png. See README.md here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import gen_corpus  # noqa: E402

GRAPH_QUERIES = HERE / "graph_queries"  # CONSTRUCT/DESCRIBE queries run at every size
DEFAULT_BIN = Path.home() / ".cache" / "newsgraph-target" / "release" / "newsgraph"
DEFAULT_SIZES = "10,100,1000,10000,100000"
# Disk needed per article while one size runs (store + N-Quads export + pyoxigraph's copy), measured at
# 1,000 articles with a margin; the run refuses a size when the work directory has less free space.
DISK_BYTES_PER_ARTICLE = 350_000
ANCHOR = HERE / "pyox_anchor.py"


# ---------------------------------------------------------------- measuring one command


def rss_kib(pid: int) -> int:
    """Current resident set of a live process, in KiB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


GNU_TIME = Path("/usr/bin/time")


def gnu_time_ok() -> bool:
    """Whether /usr/bin/time is GNU time (it reports the command's own peak RSS with `%M`)."""
    try:
        r = subprocess.run([str(GNU_TIME), "-f", "%M", "true"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return r.returncode == 0 and r.stderr.strip().splitlines()[-1:] != [] and r.stderr.strip().split()[-1].isdigit()


USE_GNU_TIME = gnu_time_ok()


def tree_rss_kib(pid: int) -> int:
    """RSS of a process and its children (the command under /usr/bin/time), KiB."""
    total = rss_kib(pid)
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            for child in f.read().split():
                total += rss_kib(int(child))
    except (OSError, ValueError):
        pass
    return total


def measure(argv: list[str], *, timeout: float, mem_limit_kib: int, stdout: Path | None = None) -> dict:
    """Runs one command; returns its wall time, peak RSS (KiB) and a status: ok, error (exit code and the
    end of stderr), timeout or memory-limit (killed by the watchdog).

    Peak RSS is the command's ru_maxrss. A child forked from this Python process inherits the driver's
    resident size as a floor of ru_maxrss (Linux keeps the high-water mark across exec), so the command is
    started under GNU time (`/usr/bin/time -f %M`), which forks it from a small process and reports its own
    wait4 figure; without GNU time, wait4 on the direct child is used (floor: the driver's RSS, ~20 MB)."""
    err = tempfile.TemporaryFile()
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    time_file = None
    full = list(argv)
    if USE_GNU_TIME:
        fd, name = tempfile.mkstemp(prefix="newsgraph-scale-time-")
        os.close(fd)
        time_file = Path(name)
        full = [str(GNU_TIME), "-f", "%M", "-o", name, "--", *argv]
    started = time.perf_counter()
    try:
        # own process group, so that a timeout kills the command and not only /usr/bin/time
        proc = subprocess.Popen(full, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
    except OSError as e:
        err.close()
        if stdout:
            out.close()
        if time_file:
            remove(time_file)
        return {"status": "error", "seconds": None, "peak_rss_kib": None, "error": f"{argv[0]}: {e}"}
    killed: dict[str, str] = {}
    done = threading.Event()
    lock = threading.Lock()

    polled = [0]  # the largest RSS seen while polling: the peak reported for a killed command

    def watchdog() -> None:
        while not done.wait(0.1):
            rss = tree_rss_kib(proc.pid)
            polled[0] = max(polled[0], rss)
            if time.perf_counter() - started > timeout:
                reason = "timeout"
            elif mem_limit_kib and rss > mem_limit_kib:
                reason = "memory-limit"
            else:
                continue
            with lock:
                if not done.is_set():
                    killed["reason"] = reason
                    try:
                        os.killpg(proc.pid, signal.SIGKILL)  # the group we started (its id is the child's pid)
                    except (ProcessLookupError, PermissionError):
                        pass
            return

    guard = threading.Thread(target=watchdog, daemon=True)
    guard.start()
    while True:
        try:
            _, status, usage = os.wait4(proc.pid, 0)
            break
        except InterruptedError:
            continue
    seconds = time.perf_counter() - started
    with lock:
        done.set()
    guard.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdout:
        out.close()
    err.seek(0)
    stderr = err.read().decode("utf-8", "replace")
    err.close()
    peak = usage.ru_maxrss
    if time_file:
        try:
            lines = time_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            if lines and lines[-1].strip().isdigit():
                peak = int(lines[-1].strip())
        except OSError:
            pass
        remove(time_file)
    result = {"seconds": round(seconds, 4), "peak_rss_kib": peak}
    if killed:
        result["status"] = killed["reason"]
        result["peak_rss_kib"] = polled[0]  # GNU time was killed too; sampled every 0.1 s
    elif proc.returncode != 0:
        result["status"] = "error"
        lines = [line for line in stderr.strip().splitlines() if not line.startswith("Command exited")]
        panic = next((k for k, line in enumerate(lines) if "panicked at" in line), None)
        tail = lines[panic : panic + 2] if panic is not None else lines[-3:]  # a panic's message, not its backtrace
        result["error"] = f"exit {proc.returncode}: " + " | ".join(line.strip() for line in tail)
    else:
        result["status"] = "ok"
    return result


def repeat(argv, reps: int, **kw) -> dict:
    """Runs a command `reps` times: median time, largest peak RSS; stops at the first failure."""
    runs = []
    for _ in range(max(1, reps)):
        r = measure(argv, **kw)
        runs.append(r)
        if r["status"] != "ok":
            break
    ok = [r for r in runs if r["status"] == "ok"]
    last = runs[-1]
    out = {
        "status": "ok" if len(ok) == len(runs) else last["status"],
        "seconds": round(statistics.median(r["seconds"] for r in ok), 4) if len(ok) == len(runs) else last["seconds"],
        "peak_rss_kib": max((r["peak_rss_kib"] or 0) for r in runs),
        "runs": [r["seconds"] for r in runs],
    }
    if "error" in last:
        out["error"] = last["error"]
    return out


# ---------------------------------------------------------------- helpers


def du(path: Path) -> int:
    total = 0
    if path.is_file():
        return path.stat().st_size
    for p in path.rglob("*"):
        try:
            if p.is_file():
                total += p.stat().st_size
        except OSError:
            pass
    return total


def count_lines(path: Path) -> int:
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink()


def bundled_queries(binary: Path) -> list[dict]:
    """Names of the bundled queries and whether each can run without parameters (`query --list`)."""
    r = subprocess.run([str(binary), "query", "--list"], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise SystemExit(f"run.py: `{binary} query --list` failed: {r.stderr.strip()}")
    queries: list[dict] = []
    for line in r.stdout.splitlines():
        if line and not line[0].isspace():
            queries.append({"name": line.split()[0], "required": []})
        elif queries and "--param " in line:
            # "   --param name=…  (String, optional) what": required when neither optional nor defaulted
            param = line.split("--param ", 1)[1].split("=", 1)[0]
            detail = line.split("(", 1)[1].split(")", 1)[0] if "(" in line else ""
            if "optional" not in detail and "default" not in detail:
                queries[-1]["required"].append(param)
    return queries


def mem_total_kib() -> int:
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def git_describe() -> str:
    try:
        rev = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=20
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, timeout=20,
        ).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def pyoxigraph_version() -> str | None:
    r = subprocess.run(
        [sys.executable, "-c", "import pyoxigraph; print(pyoxigraph.__version__)"], capture_output=True, text=True
    )
    return r.stdout.strip() if r.returncode == 0 else None


def log(msg: str) -> None:
    print(f"[scale] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- one size


def bench_size(n: int, a, queries: list[dict], pyox: str | None) -> dict:
    work = a.work / f"size-{n}"
    remove(work)
    work.mkdir(parents=True)
    bin_ = str(a.bin)
    kw = {"mem_limit_kib": a.mem_limit_mb * 1024}
    ops: list[dict] = []
    res: dict = {"articles": n, "ops": ops}

    def record(op: str, kind: str, r: dict, **extra) -> dict:
        entry = {"op": op, "kind": kind, **r, **extra}
        ops.append(entry)
        secs = f"{r['seconds']:.3f} s" if r.get("seconds") is not None else "-"
        rss = f"{(r.get('peak_rss_kib') or 0) / 1024:.0f} MiB"
        log(f"{n:>7,} {op:<32} {r['status']:<12} {secs:>12} {rss:>9}" + (f"  {r['error']}" if r.get("error") else ""))
        return entry

    try:
        corpus = work / "corpus.jsonl"
        res["corpus"] = gen_corpus.generate(n, corpus, seed=a.seed, zipf=a.zipf, shared=a.shared)
        gen_corpus.print_summary(res["corpus"], stream=sys.stderr)

        store = work / "store"
        load = record("load", "newsgraph", measure([bin_, "load", str(corpus), "--store", str(store)],
                                                   timeout=a.op_timeout, **kw))
        if load["status"] != "ok":
            return res
        st_out = work / "stats.json"
        stats = measure([bin_, "stats", "--store", str(store), "--json"], timeout=a.op_timeout, stdout=st_out, **kw)
        quads = None
        if stats["status"] == "ok":
            try:
                res["stats"] = json.loads(st_out.read_text(encoding="utf-8"))
                quads = res["stats"].get("quads")
            except (OSError, json.JSONDecodeError) as e:
                stats["status"], stats["error"] = "error", f"stats --json: {e}"
        record("stats", "newsgraph", stats)
        res["quads"] = quads
        res["store_bytes"] = du(store)
        if quads and load["seconds"]:
            load["quads_per_s"] = round(quads / load["seconds"])

        for q in queries:
            if a.queries and q["name"] not in a.queries:
                continue
            op = f"query {q['name']}"
            if q["name"] in a.timed_out and not a.retry_timeouts:
                record(op, "query", {"status": "skipped", "seconds": None, "peak_rss_kib": None,
                                     "error": f"not run: killed at {a.timed_out[q['name']]:,} articles"})
                continue
            if q["required"]:
                record(op, "query", {"status": "skipped", "seconds": None, "peak_rss_kib": None,
                                     "error": "needs --param " + ", ".join(q["required"])})
                continue
            rows_file = work / "rows.tsv"
            # The query's own --timeout (default 60 s) is lifted to the driver's limit, which kills it.
            r = repeat([bin_, "query", q["name"], "--store", str(store), "--format", a.query_format,
                        "--timeout", str(int(a.query_timeout) + 10)],
                       a.reps, timeout=a.query_timeout, stdout=rows_file, **kw)
            if r["status"] == "ok" and rows_file.exists() and a.query_format in ("tsv", "csv"):
                r["rows"] = max(0, count_lines(rows_file) - 1)
            remove(rows_file)
            record(op, "query", r)
            if r["status"] in ("timeout", "memory-limit"):
                a.timed_out.setdefault(q["name"], n)

        nq = work / "export.nq"
        r = measure([bin_, "export", "--store", str(store), "--format", "nq", "--out", str(nq)],
                    timeout=a.op_timeout, **kw)
        if r["status"] == "ok":
            r["output_bytes"] = du(nq)
            r["quads_written"] = count_lines(nq)
            if r["seconds"]:
                r["quads_per_s"] = round(r["quads_written"] / r["seconds"])
        export_nq = record("export nq", "newsgraph", r)

        if not a.no_anchors and pyox and nq.exists() and export_nq["status"] == "ok":
            pstore = work / "pyox-store"
            r = measure([sys.executable, str(ANCHOR), "bulk-load", str(pstore), str(nq)], timeout=a.op_timeout, **kw)
            if r["status"] == "ok" and r["seconds"]:
                r["quads_per_s"] = round(export_nq["quads_written"] / r["seconds"])
            r["store_bytes"] = du(pstore)
            record("pyoxigraph bulk_load", "anchor", r)
            remove(pstore)
            remove(nq)
            dumped = work / "pyox-dump.nq"
            # the same store our export read, opened read-only
            r = measure([sys.executable, str(ANCHOR), "dump", str(store), str(dumped)], timeout=a.op_timeout, **kw)
            if r["status"] == "ok":
                r["quads_written"] = count_lines(dumped)
                if r["seconds"]:
                    r["quads_per_s"] = round(r["quads_written"] / r["seconds"])
            record("pyoxigraph dump", "anchor", r)
            remove(dumped)
        remove(nq)

        ttl = work / "export.ttl"
        r = measure([bin_, "export", "--store", str(store), "--format", "ttl", "--out", str(ttl)],
                    timeout=a.op_timeout, **kw)
        if r["status"] == "ok":
            r["output_bytes"] = du(ttl)
            if quads and r["seconds"]:
                r["quads_per_s"] = round(quads / r["seconds"])
        record("export ttl", "newsgraph", r)
        remove(ttl)

        # CONSTRUCT and DESCRIBE, whose answers grow with the corpus: written as N-Triples (sorted and
        # deduplicated on disk), timed and measured like the exports.
        for rq in sorted(GRAPH_QUERIES.glob("*.rq")):
            triples = work / "graph.nt"
            r = measure([bin_, "query", "--store", str(store), "--file", str(rq), "--format", "nt",
                         "--timeout", "0", "--out", str(triples)], timeout=a.op_timeout, **kw)
            if r["status"] == "ok":
                r["triples_written"] = count_lines(triples)
                if r["seconds"]:
                    r["quads_per_s"] = round(r["triples_written"] / r["seconds"])
            record(f"query {rq.stem}", "newsgraph", r)
            remove(triples)
        if not a.keep:
            remove(store)

        store2 = work / "store-run"
        out_nq = work / "all.nq"
        r = measure([bin_, "run", str(corpus), "--store", str(store2), "--out", str(out_nq)],
                    timeout=a.op_timeout, **kw)
        if r["status"] == "ok":
            r["output_bytes"] = du(out_nq)
            r["quads_written"] = count_lines(out_nq)
            if r["seconds"]:
                r["quads_per_s"] = round(r["quads_written"] / r["seconds"])
        record("run --out nq", "newsgraph", r)
        remove(out_nq)
        remove(store2)
    finally:
        add_ratios(res)
        if not a.keep:
            remove(work)
    return res


def find(res: dict, op: str) -> dict | None:
    return next((o for o in res.get("ops", []) if o["op"] == op), None)


def add_ratios(res: dict) -> None:
    """Our load and N-Quads export as multiples of pyoxigraph's bulk_load and dump (time and peak RSS)."""
    for ours, anchor in (("load", "pyoxigraph bulk_load"), ("export nq", "pyoxigraph dump")):
        o, p = find(res, ours), find(res, anchor)
        if not o or not p or o["status"] != "ok" or p["status"] != "ok":
            continue
        if p["seconds"]:
            o["time_ratio"] = round(o["seconds"] / p["seconds"], 3)
        if p["peak_rss_kib"]:
            o["rss_ratio"] = round(o["peak_rss_kib"] / p["peak_rss_kib"], 3)
        o["anchor"] = anchor


# ---------------------------------------------------------------- reports


def fmt_time(o: dict, limit: float | None = None) -> str:
    if o["status"] == "ok":
        s = o["seconds"]
        return f"{s:.3f}" if s < 10 else f"{s:.1f}"
    if o["status"] == "timeout":
        return f"timeout (> {o['seconds']:.0f} s)"
    if o["status"] == "skipped":
        return "not run"
    if o["status"] == "memory-limit":
        return f"killed at memory limit ({o['seconds']:.0f} s)"
    return o["status"]


def fmt_rss(o: dict) -> str:
    kib = o.get("peak_rss_kib")
    if not kib:
        return ""
    mib = kib / 1024
    return f"{mib:,.0f}" if mib >= 10 else f"{mib:.1f}"


def fmt_rate(o: dict) -> str:
    r = o.get("quads_per_s")
    return f"{r:,}" if r else ""


def size_table(res: dict) -> str:
    n = res["articles"]
    c = res.get("corpus") or {}
    lines = [f"### {n:,} articles", ""]
    facts = []
    if c:
        facts.append(f"{c.get('characters', 0):,} characters")
    if res.get("quads") is not None:
        facts.append(f"{res['quads']:,} quads")
    if res.get("store_bytes"):
        facts.append(f"store {res['store_bytes'] / 2**20:,.1f} MiB on disk")
    top = (c.get("top") or {}).get("State")
    if top:
        facts.append(f"top State in {top['share']:.0%} of articles")
    if facts:
        lines += ["Corpus: " + ", ".join(facts) + ".", ""]
    lines += [
        "| operation | time (s) | quads/s | peak RSS (MiB) | vs pyoxigraph (time, RSS) | notes |",
        "|---|---:|---:|---:|---|---|",
    ]
    for o in res.get("ops", []):
        vs = ""
        if "time_ratio" in o:
            vs = f"{o['time_ratio']:.2f}× {o['anchor'].split()[1]}, {o.get('rss_ratio', 0):.2f}× RSS"
        notes = []
        if o.get("rows") is not None:
            notes.append(f"{o['rows']:,} rows")
        if o["kind"] == "query" and o["status"] == "ok" and len(o.get("runs", [])) > 1:
            notes.append(f"median of {len(o['runs'])}")
        if o.get("output_bytes"):
            notes.append(f"{o['output_bytes'] / 2**20:,.1f} MiB written")
        if o.get("error"):
            notes.append(o["error"].replace("|", "/")[:120])
        lines.append(f"| {o['op']} | {fmt_time(o)} | {fmt_rate(o)} | {fmt_rss(o)} | {vs} | {'; '.join(notes)} |")
    return "\n".join(lines) + "\n"


def overview_table(results: dict) -> str:
    sizes = sorted(results["sizes"].values(), key=lambda r: r["articles"])
    ops: list[str] = []
    for r in sizes:
        for o in r.get("ops", []):
            if o["op"] not in ops:
                ops.append(o["op"])
    head = "| operation | " + " | ".join(f"{r['articles']:,} articles" for r in sizes) + " |"
    lines = [head, "|---|" + "---:|" * len(sizes)]
    for op in ops:
        cells = []
        for r in sizes:
            o = find(r, op)
            if o is None:
                cells.append("")
            elif o["status"] == "ok":
                cells.append(f"{fmt_time(o)} s · {fmt_rss(o)} MiB")
            else:
                cells.append(fmt_time(o))
        lines.append(f"| {op} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def markdown(results: dict) -> str:
    m = results["meta"]
    out = [
        "# Scale benchmark results",
        "",
        f"Made by `benches/scale/run.py` on {m['date']}: newsgraph {m['git']} (`{m['binary']}`), "
        f"pyoxigraph {m.get('pyoxigraph') or 'not installed'}, {m['cpus']} CPUs, "
        f"{m['mem_total_kib'] / 2**20:.0f} GiB RAM; queries: median of {m['reps']} runs, "
        f"limit {m['query_timeout']:.0f} s, `--format {m['query_format']}`; corpus seed {m['seed']}, "
        f"Zipf exponent {m['zipf']}.",
        "",
        "Each cell: time · peak RSS.",
        "",
        overview_table(results),
        "![growth](growth.png)",
        "",
    ]
    for r in sorted(results["sizes"].values(), key=lambda r: r["articles"]):
        out.append(size_table(r))
    return "\n".join(out)


def plot(results: dict, path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter, NullFormatter
    except ImportError:
        log("matplotlib is not installed: no growth.png (pip install -r requirements-dev.txt)")
        return
    sizes = sorted(results["sizes"].values(), key=lambda r: r["articles"])
    ops: list[tuple[str, str]] = []
    for r in sizes:
        for o in r.get("ops", []):
            if (o["op"], o["kind"]) not in ops and o["status"] != "skipped":
                ops.append((o["op"], o["kind"]))
    fig, (ax_t, ax_m) = plt.subplots(1, 2, figsize=(14, 6.5))
    cmap = plt.get_cmap("tab20")
    style = {"newsgraph": "-", "query": "--", "anchor": ":"}
    for k, (op, kind) in enumerate(ops):
        xs, ts, xm, ms, xt, tt = [], [], [], [], [], []
        for r in sizes:
            o = find(r, op)
            if not o or o.get("seconds") is None:
                continue
            if o["status"] == "ok":
                xs.append(r["articles"])
                ts.append(max(o["seconds"], 1e-3))
                xm.append(r["articles"])
                ms.append((o["peak_rss_kib"] or 0) / 1024)
            elif o["status"] in ("timeout", "memory-limit"):
                xs.append(r["articles"])
                ts.append(o["seconds"])
                xt.append(r["articles"])
                tt.append(o["seconds"])
        color = cmap(k % 20)
        ax_t.plot(xs, ts, style.get(kind, "-"), marker="o", ms=4, color=color, label=op)
        if xt:
            ax_t.plot(xt, tt, "x", ms=10, mew=2, color=color)
        ax_m.plot(xm, ms, style.get(kind, "-"), marker="o", ms=4, color=color, label=op)
    for ax, title, ylabel in (
        (ax_t, "time (x: killed at the time or memory limit)", "seconds"),
        (ax_m, "peak RSS (completed runs)", "MiB"),
    ):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("articles")
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        plain = FuncFormatter(lambda v, _: f"{v:g}")
        ax.xaxis.set_major_formatter(plain)
        ax.yaxis.set_major_formatter(plain)
        ax.yaxis.set_minor_formatter(NullFormatter())
    handles, labels = ax_t.get_legend_handles_labels()
    fig.legend(handles, labels, loc="center right", fontsize=8)
    m = results["meta"]
    fig.suptitle(f"newsgraph scale benchmark ({m['git']}, {m['date'][:10]}; solid: commands, dashed: queries, "
                 f"dotted: pyoxigraph)", fontsize=10)
    fig.tight_layout(rect=(0, 0, 0.8, 0.95))
    fig.savefig(path, dpi=110)
    plt.close(fig)


# ---------------------------------------------------------------- main


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default=DEFAULT_SIZES, help=f"corpus sizes in articles (default {DEFAULT_SIZES})")
    p.add_argument("--max", type=int, default=gen_corpus.MAX_ARTICLES, help="skip sizes above this")
    p.add_argument("--bin", type=Path, default=DEFAULT_BIN, help=f"newsgraph binary (default {DEFAULT_BIN})")
    p.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsgraph-scale",
                   help="work directory for corpora, stores and exports (default: $TMPDIR/newsgraph-scale)")
    p.add_argument("--reps", type=int, default=3, help="runs per query; the median is reported (default 3)")
    p.add_argument("--query-timeout", type=float, default=120, help="seconds before a query is killed (120)")
    p.add_argument("--op-timeout", type=float, default=3 * 3600, help="seconds before load/export/run is killed")
    p.add_argument("--mem-limit-mb", type=int, default=max(1024, int(mem_total_kib() * 0.6 / 1024)),
                   help="kill a command whose RSS exceeds this (default: 60%% of RAM)")
    p.add_argument("--query-format", default="tsv", help="result format of the queries (default tsv)")
    p.add_argument("--queries", default="", help="comma-separated query names (default: every bundled query)")
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    p.add_argument("--zipf", type=float, default=1.1, help="Zipf exponent of the corpus (default 1.1)")
    p.add_argument("--shared", type=Path, default=gen_corpus.DEFAULT_SHARED, help="the shared directory (dev corpus)")
    p.add_argument("--retry-timeouts", action="store_true",
                   help="run a query again at larger sizes after it was killed at a smaller one")
    p.add_argument("--no-anchors", action="store_true", help="skip the pyoxigraph anchors")
    p.add_argument("--keep", action="store_true", help="keep each size's work directory")
    p.add_argument("--merge", action="store_true", help="add to the sizes already in results.json")
    p.add_argument("--results", type=Path, default=HERE, help="where results.md/.json and growth.png go")
    a = p.parse_args(argv)
    a.queries = {q for q in a.queries.split(",") if q}
    a.timed_out = {}  # query -> the size at which it was killed
    try:
        sizes = sorted({int(s) for s in a.sizes.split(",") if s.strip()})
    except ValueError:
        p.error(f"--sizes {a.sizes!r}: expected comma-separated integers")
    if not a.bin.exists():
        p.error(f"{a.bin}: no such binary (CARGO_TARGET_DIR=$HOME/.cache/newsgraph-target cargo build --release)")
    a.bin = a.bin.resolve()
    a.work = a.work.resolve()
    a.work.mkdir(parents=True, exist_ok=True)

    # A snapshot of the binary, so that a rebuild while the benchmark runs does not mix two versions.
    original_bin = a.bin
    snapshot = a.work / "newsgraph-bin"
    shutil.copy2(a.bin, snapshot)
    a.bin = snapshot
    queries = bundled_queries(a.bin)
    pyox = None if a.no_anchors else pyoxigraph_version()
    if not a.no_anchors and not pyox:
        log("pyoxigraph is not installed: anchors skipped (pip install -r requirements-dev.txt)")
    meta = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "binary": str(original_bin),
        "binary_mtime": dt.datetime.fromtimestamp(snapshot.stat().st_mtime, dt.timezone.utc).isoformat(),
        "git": git_describe(),
        "pyoxigraph": pyox,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "mem_total_kib": mem_total_kib(),
        "reps": a.reps,
        "query_timeout": a.query_timeout,
        "query_format": a.query_format,
        "mem_limit_mb": a.mem_limit_mb,
        "rss_method": "GNU time %M" if USE_GNU_TIME else "wait4 ru_maxrss of the direct child",
        "seed": a.seed,
        "zipf": a.zipf,
    }
    json_path, md_path, png_path = a.results / "results.json", a.results / "results.md", a.results / "growth.png"
    results = {"meta": meta, "sizes": {}}
    if a.merge and json_path.exists():
        try:
            results["sizes"] = json.loads(json_path.read_text(encoding="utf-8")).get("sizes", {})
        except (OSError, json.JSONDecodeError) as e:
            log(f"{json_path}: cannot merge ({e}); starting afresh")
        for r in sorted(results["sizes"].values(), key=lambda r: r["articles"]):
            for o in r.get("ops", []):
                if o["kind"] == "query" and o["status"] in ("timeout", "memory-limit"):
                    a.timed_out.setdefault(o["op"].split(" ", 1)[1], r["articles"])

    for n in sizes:
        if n > a.max:
            log(f"{n:,} articles: above --max {a.max:,}, skipped")
            continue
        if not gen_corpus.MIN_ARTICLES <= n <= gen_corpus.MAX_ARTICLES:
            log(f"{n:,} articles: outside {gen_corpus.MIN_ARTICLES}..{gen_corpus.MAX_ARTICLES:,}, skipped")
            continue
        free = shutil.disk_usage(a.work).free
        need = n * DISK_BYTES_PER_ARTICLE + 200 * 2**20
        if free < need:
            log(f"{n:,} articles: needs about {need / 2**30:.1f} GiB in {a.work}, {free / 2**30:.1f} GiB free; skipped")
            continue
        log(f"{n:,} articles in {a.work}")
        try:
            res = bench_size(n, a, queries, pyox)
        except gen_corpus.CorpusError as e:
            print(f"run.py: {e}", file=sys.stderr)
            return 1
        results["sizes"][str(n)] = res
        print(size_table(res), flush=True)
        a.results.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        md_path.write_text(markdown(results), encoding="utf-8")
        plot(results, png_path)
    remove(snapshot)
    if results["sizes"]:
        print(overview_table(results))
        log(f"wrote {md_path}, {json_path}, {png_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
