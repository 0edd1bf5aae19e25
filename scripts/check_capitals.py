#!/usr/bin/env python3
"""Check data/wikidata/capitals.tsv (standard library only).

Format errors (exit status 1, each reported with its line number):
  * wrong number of columns, or a header row that is not the expected one
  * a QID (country_qid, capital_qid) not matching ^Q[1-9][0-9]*$
  * iso2 not exactly two capital letters A-Z
  * lat outside [-90, 90] or lon outside [-180, 180] (when present), or
    only one of the two present, or not a number
  * source not one of both / conzept / naturalearth
  * duplicate (country_qid, capital_qid) pair

Information only (does not fail): country QIDs that are not present in
data/wikidata/starter-index.jsonl (JSON lines with a "qid" field).

Usage: python3 scripts/check_capitals.py [capitals.tsv] [starter-index.jsonl]
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = ROOT / "data" / "wikidata" / "capitals.tsv"
DEFAULT_INDEX = ROOT / "data" / "wikidata" / "starter-index.jsonl"

COLUMNS = ["country_qid", "iso2", "capital_qid", "capital_name",
           "lat", "lon", "source", "note"]
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
SOURCES = {"both", "conzept", "naturalearth"}


def check_coord(value, lo, hi, what, lineno, errors):
    try:
        x = float(value)
    except ValueError:
        errors.append(f"line {lineno}: {what} {value!r} is not a number")
        return
    if not (lo <= x <= hi):
        errors.append(f"line {lineno}: {what} {value} outside [{lo}, {hi}]")


def main(argv):
    tsv = Path(argv[1]) if len(argv) > 1 else DEFAULT_TSV
    index = Path(argv[2]) if len(argv) > 2 else DEFAULT_INDEX

    errors = []
    rows = []  # (lineno, fields)
    header_seen = False
    with open(tsv, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, start=1):
            line = raw.rstrip("\n")
            if line.endswith("\r"):
                errors.append(f"line {lineno}: CRLF line ending")
                line = line[:-1]
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if not header_seen:
                header_seen = True
                if fields != COLUMNS:
                    errors.append(f"line {lineno}: header is {fields!r}, "
                                  f"expected {COLUMNS!r}")
                continue
            if len(fields) != len(COLUMNS):
                errors.append(f"line {lineno}: {len(fields)} columns, "
                              f"expected {len(COLUMNS)}")
                continue
            rows.append((lineno, fields))
    if not header_seen:
        errors.append(f"{tsv}: no header row")

    seen = {}
    for lineno, (country, iso2, capital, name, lat, lon, source, _note) in rows:
        for what, q in (("country_qid", country), ("capital_qid", capital)):
            if not QID_RE.match(q):
                errors.append(f"line {lineno}: {what} {q!r} is not a QID")
        if not ISO2_RE.match(iso2):
            errors.append(f"line {lineno}: iso2 {iso2!r} is not two capital letters")
        if not name.strip():
            errors.append(f"line {lineno}: empty capital_name")
        if bool(lat) != bool(lon):
            errors.append(f"line {lineno}: only one of lat/lon is present")
        if lat:
            check_coord(lat, -90.0, 90.0, "lat", lineno, errors)
        if lon:
            check_coord(lon, -180.0, 180.0, "lon", lineno, errors)
        if source not in SOURCES:
            errors.append(f"line {lineno}: source {source!r} not one of "
                          f"{sorted(SOURCES)}")
        key = (country, capital)
        if key in seen:
            errors.append(f"line {lineno}: duplicate (country_qid, capital_qid) "
                          f"{key}, first on line {seen[key]}")
        else:
            seen[key] = lineno

    # Information: countries missing from the starter index.
    index_qids = set()
    try:
        with open(index, encoding="utf-8") as f:
            for raw in f:
                raw = raw.strip()
                if raw:
                    index_qids.add(json.loads(raw).get("qid"))
    except FileNotFoundError:
        print(f"info: {index} not found; skipping starter-index comparison")
        index_qids = None

    countries = []
    for lineno, fields in rows:
        if fields[0] not in countries:
            countries.append(fields[0])
    print(f"{tsv.name}: {len(rows)} rows, {len(countries)} countries")
    if index_qids is not None:
        missing = [c for c in countries if c not in index_qids]
        print(f"info: {len(missing)} country QIDs not in {index.name} "
              f"({len(index_qids)} entries):")
        names = {}
        for lineno, fields in rows:
            names.setdefault(fields[0], (fields[1], lineno))
        for c in missing:
            iso2, lineno = names[c]
            print(f"  {c}\t{iso2}\t(line {lineno})")

    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print(f"{len(errors)} format error(s)", file=sys.stderr)
        return 1
    print("ok: no format errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
