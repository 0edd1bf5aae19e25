#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora in fuzz/corpus/TARGET/ (not committed: fuzz/corpus/ is ignored).

Sources, read at run time:
- fuzz/seeds/TARGET/*: the self-written seeds (committed);
- the dev articles, $NEWSGRAPH_DEV_ARTICLES (default ../shared/corpus/dev/articles.jsonl beside the
  clone): third-party text, so it is read here and never copied into the repository;
- the test data: tests/data/dates/cases.tsv, tests/data/cli/inputs/, tests/data/link/entities.json,
  data/wikidata/starter-index.jsonl, examples/*.json.

Inputs are cut to at most MAX bytes (scripts/fuzz.sh runs with -max_len of the same size), articles at
paragraph breaks. Existing corpus files (what earlier runs found) are kept.
"""
import hashlib
import json
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FUZZ = ROOT / "fuzz"
MAX = int(os.environ.get("FUZZ_MAX_LEN", "4096"))
ARTICLES = Path(os.environ.get("NEWSGRAPH_DEV_ARTICLES", ROOT.parent / "shared/corpus/dev/articles.jsonl"))
TARGETS = ["extract", "ingest", "dates", "wikidata_dump", "index_readers", "query_bind", "rdf_export"]
# The publication date of the dates seeds: 2016-12-06 as a day number (chrono's num_days_from_ce).
DAY_2016_12_06 = 736304


def put(target, data, max_len=MAX):
    """Writes one input, named by its SHA-1 like libFuzzer does."""
    if isinstance(data, str):
        data = data.encode()
    data = data[:max_len]
    d = FUZZ / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def chunks(text, limit=MAX):
    """The text cut at paragraph breaks into pieces of at most `limit` bytes."""
    out, cur = [], ""
    for para in text.split("\n"):
        piece = para + "\n"
        if cur and len((cur + piece).encode()) > limit:
            out.append(cur)
            cur = ""
        cur += piece
    if cur:
        out.append(cur)
    return out


def dict_entry(word):
    """A libFuzzer dictionary line: the word quoted, bytes outside printable ASCII as \\xNN."""
    out = "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}" for b in word.encode())
    return f'"{out}"'


def write_dict():
    """fuzz/corpus/newsgraph.dict: fuzz/dict/base.dict, then words of the lexicons (first column, and the
    forms of the cue verbs)."""
    lines = (FUZZ / "dict/base.dict").read_text(encoding="utf-8").splitlines()
    words = []
    for name in ("cue_verbs.tsv", "titles.tsv", "calendar.tsv", "agreements.tsv"):
        rows = (ROOT / "data/lexicon" / name).read_text(encoding="utf-8").splitlines()[1:]
        for row in rows:
            cols = row.split("\t")
            if not cols[0] or cols[0].startswith("#"):
                continue
            words.append(cols[0])
            if name == "cue_verbs.tsv" and len(cols) > 1:
                words.extend(cols[1].split("|"))
    seen = set()
    for w in words:
        if w not in seen:
            seen.add(w)
            lines.append(dict_entry(" " + w + " "))
    (FUZZ / "corpus").mkdir(parents=True, exist_ok=True)
    (FUZZ / "corpus/newsgraph.dict").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    for t in TARGETS:
        for f in sorted((FUZZ / "seeds" / t).glob("*")):
            put(t, f.read_bytes())
    articles = []
    if ARTICLES.exists():
        for line in ARTICLES.read_text(encoding="utf-8").splitlines():
            if line.strip():
                articles.append(json.loads(line))
    else:
        print(f"fuzz-corpus: no dev articles at {ARTICLES}; self-written seeds and test data only", file=sys.stderr)
    for a in articles:
        text = a.get("text") or ""
        for i, c in enumerate(chunks(text)):
            put("extract", c)
            put("rdf_export", c)
            # CRLF variant: the line endings the extractor once tripped over.
            put("extract", c.replace("\n", "\r\n"))
            put("dates", struct.pack("<i", DAY_2016_12_06) + c.encode())
        rec = {k: a.get(k) for k in ("id", "title", "published", "text")}
        line = json.dumps(rec, ensure_ascii=False).encode()
        for kind in (0, 4):  # JSON Lines; no extension (sniffed)
            put("ingest", bytes([kind, 0xFF]) + line[: MAX - 3] + b"\n")
        put("ingest", bytes([2, 0xFF]) + text.encode()[: MAX - 2])
    for line in (ROOT / "tests/data/dates/cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        published, sentence = line.split("\t")[:2]
        y, m, d = (int(x) for x in published.split("-"))
        from datetime import date
        n = date(y, m, d).toordinal()  # chrono's num_days_from_ce is the proleptic ordinal
        put("dates", struct.pack("<i", n) + sentence.encode())
    for f in sorted((ROOT / "tests/data/cli/inputs").glob("*")):
        kind = {".jsonl": 0, ".json": 1, ".txt": 2, ".md": 3}.get(f.suffix, 4)
        put("ingest", bytes([kind, 0xFF]) + f.read_bytes())
    # Wikidata dump excerpts: three entities each.
    ents = [l.rstrip(",") for l in (ROOT / "tests/data/link/entities.json").read_text(encoding="utf-8").splitlines()
            if l.startswith("{")]
    for i in range(0, len(ents), 3):
        put("wikidata_dump", "[\n" + ",\n".join(ents[i:i + 3]) + "\n]\n", max_len=16384)
    starter = (ROOT / "data/wikidata/starter-index.jsonl").read_text(encoding="utf-8").splitlines()
    for i in range(0, min(len(starter), 60), 4):
        idx = "".join(l + "\n" for l in starter[i:i + 4])
        put("index_readers", idx.encode())
    for f in sorted((ROOT / "examples").glob("*.json")):
        put("rdf_export", f.read_bytes(), max_len=1 << 20)
    write_dict()
    for t in TARGETS:
        n = len(list((FUZZ / "corpus" / t).glob("*")))
        print(f"fuzz-corpus: {t}: {n} inputs")


if __name__ == "__main__":
    main()
