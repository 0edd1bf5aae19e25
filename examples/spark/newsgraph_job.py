#!/usr/bin/env python3
"""newsgraph on a batch engine: a PySpark job that splits a JSON Lines corpus into N partitions by
newsgraph's own shard hash (the first 8 bytes of SHA-256(id), big-endian, mod N, plus 1 — the same as
`--shard I/N`) and pipes each partition through the newsgraph binary (`rdd.pipe`), which extracts, maps and
writes N-Quads; the output directory holds one part file per partition. The union of the parts, sorted,
equals one `newsgraph run` of the whole corpus (tests/spark.rs checks it in local mode).

    python3 examples/spark/newsgraph_job.py corpus.jsonl out-dir --partitions 4 [--bin PATH] [--master local[2]]

On a cluster, ship the binary with `--files` (or install it on every node) and submit with spark-submit.
"""

import argparse
import hashlib
import json
import os
import shlex
import sys


def shard_of(article_id: str, n: int) -> int:
    """newsgraph's shard of an article id (1..n)."""
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % n + 1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="articles as JSON Lines (documents or extractions)")
    p.add_argument("out", help="output directory (must not exist)")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--bin", default=os.environ.get("NEWSGRAPH", "newsgraph"), help="the newsgraph binary")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--link", default="offline", help="--link mode passed to newsgraph run")
    args = p.parse_args()

    from pyspark import SparkConf, SparkContext

    conf = (
        SparkConf()
        .setMaster(args.master)
        .setAppName("newsgraph")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.driver.host", "127.0.0.1")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        n = args.partitions
        lines = sc.textFile(args.input).filter(lambda l: l.strip())
        keyed = lines.map(lambda l: (shard_of(json.loads(l)["id"], n), l))
        parts = keyed.partitionBy(n, lambda shard: shard - 1).values()
        # Each partition is one newsgraph process: JSON Lines on stdin, N-Quads on stdout, an in-memory store.
        command = f"{shlex.quote(args.bin)} run - --memory --format nq --link {shlex.quote(args.link)}"
        env = {"SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "0")}
        nquads = parts.pipe(command, env=env, checkCode=True)
        nquads.saveAsTextFile(args.out)
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
