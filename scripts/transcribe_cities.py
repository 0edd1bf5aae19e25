#!/usr/bin/env python3
"""Transcribes data/wikidata/cities.tsv: the populated places of Natural Earth's 1:50m table with their Wikidata
QIDs, countries and coordinates, for the offline starter index (cities beyond the capitals of capitals.tsv).

Source: Natural Earth 1:50m Cultural Vectors, Populated Places, version 5.0.0 (public domain,
https://www.naturalearthdata.com/), fields NAME, NAMEASCII, NAMEALT, NAME_EN, FEATURECLA, ISO_A2, ADM0NAME,
LATITUDE, LONGITUDE, POP_MAX and WIKIDATAID; the shapefile as committed to the public GitHub repository
gtitov/geojson-leaflet-map, path geojson/ne_50m_populated_places.zip, at commit SOURCE_COMMIT (its
ne_50m_populated_places.VERSION.txt says 5.0.0). Usage:

    git --git-dir=GEOJSON-LEAFLET-MAP.git show SOURCE_COMMIT:geojson/ne_50m_populated_places.zip > /tmp/p.zip
    (cd /tmp && unzip -o p.zip ne_50m_populated_places.dbf)
    python3 scripts/transcribe_cities.py /tmp/ne_50m_populated_places.dbf

Criterion: every place of the table (1,251 rows: the places Natural Earth shows at 1:50m, chosen by its own
scale rank: admin-0 and admin-1 capitals and other large places) with a WIKIDATAID, except scientific stations
and historic places. A row whose English name (NAME_EN) shares no word, up to two edits, with its own NAME,
NAMEASCII or NAMEALT ("Maradi" with the English name "Niamey") has a QID that cannot be trusted and is left out (as the builder does for
countries); a QID given twice is left out. The rules on ambiguous names and countries are the builder's
(scripts/build_starter_index.py, `city_candidates`), which knows the rest of the index. Output:
data/wikidata/cities.tsv, sorted by QID number.
"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from build_starter_index import key, one_edit, read_dbf, words  # noqa: E402

SOURCE_COMMIT = "2e0cf415c8ea2022e26b14844f087ee5a375214d"
SKIP_CLASSES = {"Scientific station", "Historic place"}
HEADER = """# Cities with Wikidata QIDs for the newsgraph offline starter index (beyond the capitals of capitals.tsv).
# Transcribed by scripts/transcribe_cities.py (see it for the criterion and the rules on ambiguous names) from
# Natural Earth 1:50m Populated Places v5.0.0 (public domain), field WIKIDATAID, as committed to
# gtitov/geojson-leaflet-map, geojson/ne_50m_populated_places.zip, commit {commit}.
# Columns (tab-separated):
#   qid          Wikidata QID (WIKIDATAID)
#   label        English name (NAME_EN)
#   aliases      NAME, NAMEASCII and NAMEALT's '|'-separated names where they differ, '|'-separated, '-' for none
#   iso2         ISO_A2 (the country's ISO 3166-1 alpha-2 code; -99 where Natural Earth has none)
#   adm0name     ADM0NAME (the country's name)
#   lat, lon     LATITUDE, LONGITUDE as written
#   featurecla   Natural Earth's FEATURECLA (Admin-1 capital, Populated place, ...)
#   pop_max      POP_MAX
qid\tlabel\taliases\tiso2\tadm0name\tlat\tlon\tfeaturecla\tpop_max
"""


def near(a, b):
    """Whether two words are at most two edits apart (insertions, deletions, substitutions): spellings of one
    name ("Groznyy", "Grozny"; "Misratah", "Misrata"), not two names ("Maradi", "Niamey")."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1] <= min(2, max(0, min(len(a), len(b)) - 3))




def main(dbf, out="data/wikidata/cities.tsv"):
    removed = []
    rows = []
    seen = set()
    for r in read_dbf(dbf):
        qid = r.get("WIKIDATAID", "")
        if r["FEATURECLA"] in SKIP_CLASSES or not re.fullmatch(r"Q[1-9][0-9]*", qid):
            continue
        if qid in seen:
            removed.append(f"left out: {r['NAME']!r}: {qid} given twice")
            continue
        seen.add(qid)
        label = " ".join((r.get("NAME_EN") or r["NAME"]).split())
        own = [r["NAME"], r["NAMEASCII"]] + [n for n in r["NAMEALT"].split("|") if n]
        if not any(one_edit(a, b) or near(a, b) for a in words(label) for n in own for b in words(n)):
            removed.append(f"left out: {r['NAME']!r} carries the English name {label!r} and {qid}")
            continue
        aliases = []
        for n in own:
            n = " ".join(n.split())
            if n and key(n) != key(label) and key(n) not in [key(x) for x in aliases]:
                aliases.append(n)
        rows.append([qid, label, "|".join(aliases) or "-", r["ISO_A2"], r["ADM0NAME"], r["LATITUDE"],
                     r["LONGITUDE"], r["FEATURECLA"], r["POP_MAX"]])
    rows.sort(key=lambda row: int(row[0][1:]))
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER.format(commit=SOURCE_COMMIT))
        for row in rows:
            f.write("\t".join(row) + "\n")
    for line in removed:
        print(line, file=sys.stderr)
    print(f"{len(rows)} places -> {out}; {len(removed)} left out")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
