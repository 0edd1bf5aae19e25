#!/usr/bin/env python3
"""Synthetic news corpus for the scale benchmark: N articles as JSON Lines (newsgraph's ingest format).

Each article is one of the development articles (../shared/corpus/dev/articles.jsonl, read at generation
time and never copied into this repository) with its named entities swapped for names drawn from the
project's lexicons, so that a corpus of any size has the long tail of real news: a few actors in most
articles, many actors in few.

How names are swapped (see README.md in this directory):
- the gold annotation of each dev article (../shared/corpus/dev/gold/ID.gold.json) lists its entities
  with their type, name and aliases (at document level, without offsets); their mentions are found in
  the text by whole-word matching of the name and of the surface forms derived from it;
- State (matched to data/lexicon/countries.tsv): the name, its lexicon aliases, capital and demonyms are
  replaced by the matching forms of one drawn country (US -> UAE, Washington -> Abu Dhabi, American ->
  Emirati), so the article stays consistent;
- Location (a city, capital, country or region the lexicons know): replaced by a city of cities.tsv;
- Organization / ArmedGroup (in organizations.tsv): replaced by an organisation of the same type, the
  acronym by the new one's acronym;
- Person: "First Last" built from name_parts.tsv; the surname alone ("Lavrov said") becomes the new
  surname;
- entities the lexicons do not know ("Middle East", "White House", "the negotiators") are kept.
Within one article the same old name always gets the same new name, and distinct entities get distinct
names. Names are drawn with Zipf weights 1/rank^s (s = --zipf, 1.1 by default) over each type's pool,
ranked by how often the name occurs in the dev gold annotations, then by size (city and country
population) or category; the result is deterministic for a given seed.

Offsets: Python strings index Unicode code points, the same character offsets newsgraph uses; every
replaced span is checked in the output text.

Usage: gen_corpus.py N --out FILE.jsonl [--seed S] [--zipf 1.1] [--shared DIR] [--json]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import datetime as dt
import itertools
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LEXICON = ROOT / "data" / "lexicon"
DEFAULT_SHARED = ROOT.parent / "shared"
NAME_PARTS = HERE / "name_parts.tsv"

MIN_ARTICLES = 10
MAX_ARTICLES = 100_000
FIRST_DATE = dt.date(2019, 1, 1)
SPAN_DAYS = 5 * 365 + 1  # five years: distinct dates up to 1,826 articles, then a few articles a day

# Order of organisation categories in the pool (after the dev gold frequency): international bodies first.
ORG_CATEGORY_RANK = [
    "intergovernmental", "regional", "military-alliance", "financial", "court", "forum", "humanitarian",
    "ngo", "government", "party", "political", "think-tank", "news-agency", "news-outlet", "sport",
    "armed-group", "armed-forces",
]


class CorpusError(Exception):
    """A missing or malformed input file, named with its line."""


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header row; `#` lines are comments."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise CorpusError(f"{path}: cannot read ({e.strerror})") from e
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise CorpusError(f"{path}:{n}: {len(cells)} cells, the header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def split_bar(cell: str) -> list[str]:
    return [v for v in cell.split("|") if v]


def is_abbreviation(form: str) -> bool:
    """`US`, `U.S.`, `UAE`, `DRC`: no lowercase letter."""
    return any(c.isalpha() for c in form) and not any(c.islower() for c in form)


def takes_article(country: str) -> bool:
    """Whether English says "the …" for this country name (the United States, the Philippines)."""
    words = country.split()
    return (
        words[0] in ("United", "Republic", "Democratic", "Central", "Czech", "Dominican", "Holy")
        or (country.endswith("s") and country not in ("Barbados", "Belarus", "Cyprus", "Honduras", "Laos", "Mauritius"))
        or country == "Gambia"
        or " of " in country
    )


# ---------------------------------------------------------------- lexicons and pools


@dataclass
class Country:
    name: str
    capitals: list[str]
    demonyms: list[str]
    aliases: list[str]

    def abbreviation(self) -> str | None:
        for a in self.aliases:
            if is_abbreviation(a) and not a.startswith("the "):
                return a
        return None


@dataclass
class Org:
    name: str
    aliases: list[str]
    type: str
    category: str

    def abbreviation(self) -> str | None:
        for a in self.aliases:
            if is_abbreviation(a) and " " not in a:
                return a
        return None


class Pool:
    """Names ranked by prominence, drawn with Zipf weights 1/rank^s."""

    def __init__(self, names: list, s: float):
        if not names:
            raise CorpusError("empty name pool")
        self.names = names
        self.cum = list(itertools.accumulate(1.0 / (k**s) for k in range(1, len(names) + 1)))

    def draw(self, rng: random.Random, taken) -> object:
        """One name that `taken(name)` does not reject (Zipf-weighted; the top free name as a last resort)."""
        total = self.cum[-1]
        for _ in range(200):
            i = bisect.bisect_left(self.cum, rng.random() * total)
            name = self.names[min(i, len(self.names) - 1)]
            if not taken(name):
                return name
        for name in self.names:
            if not taken(name):
                return name
        raise CorpusError("name pool exhausted within one article")


@dataclass
class Lexicons:
    countries: list[Country]
    country_by_form: dict[str, Country]
    cities: list[tuple[str, int]]  # (name, population)
    city_names: set[str]
    orgs: list[Org]
    org_by_form: dict[str, Org]
    region_names: set[str]
    firsts: list[str]
    lasts: list[str]


def load_lexicons() -> Lexicons:
    countries, country_by_form = [], {}
    for r in read_tsv(LEXICON / "countries.tsv"):
        c = Country(
            name=r["name"],
            capitals=[v for v in [r["capital"], *split_bar(r["capital_aliases"])] if v],
            demonyms=split_bar(r["demonyms"]),
            aliases=split_bar(r["aliases"]),
        )
        if r["is_sovereign"] == "yes":
            countries.append(c)
        for form in [c.name, *c.aliases]:
            country_by_form.setdefault(form, c)
    cities, city_names = [], set()
    for r in read_tsv(LEXICON / "cities.tsv"):
        try:
            pop = int(r["population"] or 0)
        except ValueError:
            pop = 0
        cities.append((r["name"], pop, r["country"]))
        city_names.update(v for v in (r["name"], r["ascii_name"]) if v)
    orgs, org_by_form = [], {}
    for r in read_tsv(LEXICON / "organizations.tsv"):
        o = Org(r["name"], split_bar(r["aliases"]), r["type"], r["category"])
        orgs.append(o)
        for form in [o.name, *o.aliases]:
            org_by_form.setdefault(form, o)
    region_names = set()
    for r in read_tsv(LEXICON / "regions.tsv"):
        region_names.add(r["name"])
        region_names.update(split_bar(r["aliases"]))
    # Words a name part or a drawn city must not be: they would change what the extractor sees.
    reserved = set(country_by_form) | set(org_by_form)
    for c in countries:
        reserved.update(c.capitals)
        reserved.update(c.demonyms)
    for name in ("titles.tsv", "calendar.tsv", "group_nouns.tsv"):
        for r in read_tsv(LEXICON / name):
            reserved.update(r.values())
    non_names = LEXICON / "capitalised_non_names.txt"
    if non_names.exists():
        reserved.update(
            w.strip() for w in non_names.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")
        )
    firsts, lasts = [], []
    for r in read_tsv(NAME_PARTS):
        part = r.get("part", "")
        if not part or part in reserved or part in city_names:
            continue
        (firsts if r.get("kind") == "first" else lasts).append(part)
    capitals = {cap for c in countries for cap in c.capitals}
    kept_cities = [
        (name, pop, cc)
        for name, pop, cc in cities
        if name[:1].isalpha() and name[:1].isupper() and (name not in reserved or name in capitals)
    ]
    return Lexicons(
        countries, country_by_form, kept_cities, city_names, orgs, org_by_form, region_names, firsts, lasts
    )


# ---------------------------------------------------------------- templates


@dataclass
class Slot:
    """One gold entity of a dev article whose mentions are swapped."""

    type: str  # State, Location, Organization, ArmedGroup, Person
    old: str  # its gold name (the lexicon entry for States/orgs)


@dataclass
class Template:
    id: str
    title: str
    text: str
    slots: list[Slot]
    forms: dict[str, tuple[int, str, bool]]  # surface form -> (slot index, role, upper-case)
    pattern: re.Pattern | None
    kept: set[str] = field(default_factory=set)  # names left as they are


def word_pattern(forms) -> re.Pattern | None:
    if not forms:
        return None
    alts = sorted(forms, key=lambda f: (-len(f), f))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in alts) + r")(?!\w)")


def build_template(article: dict, gold: dict, lex: Lexicons) -> Template:
    slots: list[Slot] = []
    forms: dict[str, tuple[int, str, bool]] = {}
    kept: set[str] = set()

    def claim(form: str, slot: int, role: str) -> None:
        if not form or not form.strip():
            return
        forms.setdefault(form, (slot, role, False))
        upper = form.upper()
        if upper != form:
            forms.setdefault(upper, (slot, role, True))

    def slot_of(slot: Slot) -> int:
        """The index of an equal slot (two gold entries for one lexicon entry: "UN", "United Nations"), else a new one."""
        for k, other in enumerate(slots):
            if other == slot:
                return k
        slots.append(slot)
        return len(slots) - 1

    by_type = collections.defaultdict(list)
    for e in gold.get("entities", []):
        if isinstance(e, dict) and isinstance(e.get("name"), str) and e["name"]:
            by_type[e.get("type")].append(e)
    # States first: their capitals and demonyms win over a Location or an organisation of the same name.
    for e in by_type["State"]:
        aliases = [a for a in e.get("aliases") or [] if isinstance(a, str)]
        country = next((lex.country_by_form[f] for f in [e["name"], *aliases] if f in lex.country_by_form), None)
        if country is None:
            kept.add(e["name"])
            continue
        i = slot_of(Slot("State", country.name))
        claim(country.name, i, "name")
        if takes_article(country.name):  # "the United States" -> "the United Kingdom" or "Mexico"
            for the in ("the ", "The "):
                claim(the + country.name, i, the + "name")
        claim(e["name"], i, "abbr" if is_abbreviation(e["name"]) else "name")
        for a in country.aliases:
            if a.startswith("the ") and is_abbreviation(a[4:]):
                claim(a, i, "the-abbr")
            else:
                claim(a, i, "abbr" if is_abbreviation(a) else "name")
        for cap in country.capitals:
            claim(cap, i, "capital")
        for k, d in enumerate(country.demonyms):
            claim(d, i, f"demonym{k}")
        for a in aliases:  # gold-only forms: a one-word name ("Columbia") or acronym ("GRP")
            if " " not in a and a[:1].isupper() and a.upper() not in forms:
                claim(a, i, "abbr" if is_abbreviation(a) else "name")
    for etype in ("Organization", "ArmedGroup"):
        for e in by_type[etype]:
            aliases = [a for a in e.get("aliases") or [] if isinstance(a, str)]
            org = next((lex.org_by_form[f] for f in [e["name"], *aliases] if f in lex.org_by_form), None)
            if org is None:
                kept.add(e["name"])
                continue
            i = slot_of(Slot(etype, org.name))
            for f in [org.name, e["name"], *org.aliases]:
                claim(f, i, "abbr" if is_abbreviation(f) and " " not in f else "name")
            for a in aliases:
                if " " not in a and a[:1].isupper():
                    claim(a, i, "abbr" if is_abbreviation(a) else "name")
    capitals = {cap for c in lex.countries for cap in c.capitals}
    for e in by_type["Location"]:
        name = e["name"]
        known = (
            name in lex.city_names or name in capitals or name in lex.country_by_form or name in lex.region_names
        )
        if not known or name in forms:
            kept.add(name)
            continue
        i = len(slots)
        slots.append(Slot("Location", name))
        claim(name, i, "name")
    for e in by_type["Person"]:
        name = e["name"]
        tokens = name.split()
        i = len(slots)
        slots.append(Slot("Person", name))
        if len(tokens) == 1:
            claim(name, i, "last")
        else:
            claim(name, i, "full")
            last = tokens[-1]
            if len(last) >= 3 and last[:1].isupper():
                claim(last, i, "last")
        for a in e.get("aliases") or []:
            if isinstance(a, str) and " " not in a and a in tokens[:-1]:
                claim(a, i, "first")
    for e in by_type["Group"]:
        kept.add(e["name"])
    # An alias nobody claimed must not be drawn as a new name either.
    for es in by_type.values():
        for e in es:
            kept.update(a for a in e.get("aliases") or [] if isinstance(a, str) and a not in forms)
    return Template(
        id=article["id"],
        title=article.get("title") or "",
        text=article["text"],
        slots=slots,
        forms=forms,
        pattern=word_pattern(forms),
        kept=kept,
    )


def load_templates(shared: Path, lex: Lexicons) -> list[Template]:
    dev = shared / "corpus" / "dev"
    path = dev / "articles.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise CorpusError(f"{path}: cannot read ({e.strerror}); pass --shared DIR") from e
    templates = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = json.loads(line)
        except json.JSONDecodeError as e:
            raise CorpusError(f"{path}:{n}: broken JSON: {e}") from e
        if not isinstance(article, dict) or not isinstance(article.get("text"), str) or "id" not in article:
            raise CorpusError(f"{path}:{n}: expected an object with `id` and `text`")
        gold_path = dev / "gold" / f"{article['id']}.gold.json"
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            gold = {"entities": []}
        except (OSError, json.JSONDecodeError) as e:
            raise CorpusError(f"{gold_path}: cannot read: {e}") from e
        templates.append(build_template(article, gold, lex))
    if not templates:
        raise CorpusError(f"{path}: no articles")
    return templates


def build_pools(lex: Lexicons, templates: list[Template], s: float) -> dict[str, Pool]:
    """Each type's pool, most prominent first: dev-gold frequency, then size or category."""
    freq = collections.Counter((slot.type, slot.old) for t in templates for slot in t.slots)
    city_pop = collections.Counter()
    for _, pop, cc in lex.cities:
        city_pop[cc] += pop
    iso = {r["name"]: r["iso2"] for r in read_tsv(LEXICON / "countries.tsv")}
    states = sorted(
        lex.countries, key=lambda c: (-freq[("State", c.name)], -city_pop[iso.get(c.name, "")], c.name)
    )
    cities = sorted(lex.cities, key=lambda c: (-freq[("Location", c[0])], -c[1], c[0]))
    seen, city_names = set(), []
    for name, _, _ in cities:
        if name not in seen:
            seen.add(name)
            city_names.append(name)

    def cat(o: Org) -> int:
        return ORG_CATEGORY_RANK.index(o.category) if o.category in ORG_CATEGORY_RANK else len(ORG_CATEGORY_RANK)

    pools = {
        "State": Pool(states, s),
        "Location": Pool(city_names, s),
    }
    for etype in ("Organization", "ArmedGroup"):
        orgs = sorted(
            (o for o in lex.orgs if o.type == etype), key=lambda o: (-freq[(etype, o.name)], cat(o), o.name)
        )
        pools[etype] = Pool(orgs, s)
    people = [(f, l) for f in lex.firsts for l in lex.lasts]
    random.Random("newsgraph person pool").shuffle(people)  # fixed: the rank order does not depend on --seed
    pools["Person"] = Pool(people, s)
    return pools


# ---------------------------------------------------------------- generation


def replacement(new, role: str) -> str:
    if isinstance(new, Country):
        if role == "name":
            return new.name
        if role in ("the name", "The name"):
            return f"{role[:4]}{new.name}" if takes_article(new.name) else new.name
        if role == "abbr":
            return new.abbreviation() or new.name
        if role == "the-abbr":
            abbr = new.abbreviation()
            return f"the {abbr}" if abbr else new.name
        if role == "capital":
            return new.capitals[0] if new.capitals else new.name
        if role.startswith("demonym"):
            k = int(role[len("demonym"):])
            return new.demonyms[min(k, len(new.demonyms) - 1)] if new.demonyms else new.name
        return new.name
    if isinstance(new, Org):
        return (new.abbreviation() or new.name) if role == "abbr" else new.name
    if isinstance(new, tuple):  # a person (first, last)
        first, last = new
        return {"full": f"{first} {last}", "last": last, "first": first}.get(role, f"{first} {last}")
    return str(new)


def display_name(new) -> str:
    if isinstance(new, (Country, Org)):
        return new.name
    if isinstance(new, tuple):
        return f"{new[0]} {new[1]}"
    return str(new)


def swap(text: str, tpl: Template, chosen: list, stats: collections.Counter | None, hit: set[int]) -> str:
    """Replaces every mention of the template's slots (their indexes go to `hit`); checks each new span
    by character offsets."""
    if tpl.pattern is None:
        return text
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in tpl.pattern.finditer(text):
        slot, role, upper = tpl.forms[m.group(0)]
        new = replacement(chosen[slot], role)
        if upper:
            new = new.upper()
        piece = text[pos : m.start()]
        out.append(piece)
        length += len(piece)
        spans.append((length, length + len(new), new))
        out.append(new)
        length += len(new)
        pos = m.end()
        hit.add(slot)
        if stats is not None:
            stats[tpl.slots[slot].type] += 1
    out.append(text[pos:])
    result = "".join(out)
    for start, end, new in spans:
        if result[start:end] != new:
            raise CorpusError(f"{tpl.id}: offset check failed at {start}-{end}")
    return result


def draw_names(tpl: Template, pools: dict[str, Pool], rng: random.Random) -> list:
    used_names: set[str] = set(tpl.kept)
    used_parts: set[str] = set()
    chosen = []
    for slot in tpl.slots:
        pool = pools[slot.type]
        if slot.type == "Person":
            new = pool.draw(rng, lambda p: p[0] in used_parts or p[1] in used_parts)
            used_parts.update(new)
        else:
            new = pool.draw(rng, lambda x: display_name(x) in used_names)
            used_names.add(display_name(new))
        chosen.append(new)
    return chosen


def generate(n: int, out: Path, seed: int = 1, zipf: float = 1.1, shared: Path = DEFAULT_SHARED) -> dict:
    """Writes `n` articles to `out` (JSON Lines) and returns a summary."""
    if not MIN_ARTICLES <= n <= MAX_ARTICLES:
        raise CorpusError(f"N must be between {MIN_ARTICLES} and {MAX_ARTICLES:,}, not {n}")
    started = time.perf_counter()
    lex = load_lexicons()
    templates = load_templates(shared, lex)
    pools = build_pools(lex, templates, zipf)
    rng = random.Random(f"newsgraph scale corpus {seed}")
    width = max(6, len(str(n - 1)))
    chars = 0
    mentions: collections.Counter = collections.Counter()
    per_type: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    order: list[int] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as f:
        for i in range(n):
            if not order:
                order = list(range(len(templates)))
                rng.shuffle(order)
            tpl = templates[order.pop()]
            chosen = draw_names(tpl, pools, rng)
            hit: set[int] = set()
            text = swap(tpl.text, tpl, chosen, mentions, hit)
            title = swap(tpl.title, tpl, chosen, None, set())
            for k in sorted(hit):  # names that occur in the text, once per article
                per_type[tpl.slots[k].type][display_name(chosen[k])] += 1
            published = FIRST_DATE + dt.timedelta(days=(i * SPAN_DAYS) // n)
            record = {
                "id": f"gen-{i:0{width}d}",
                "published": published.isoformat(),
                "title": title,
                "source": f"newsgraph synthetic corpus (seed {seed}) from dev article {tpl.id}",
                "text": text,
            }
            f.write(json.dumps(record, ensure_ascii=False))
            f.write("\n")
            chars += len(text)
    os.replace(tmp, out)
    summary = {
        "articles": n,
        "characters": chars,
        "seed": seed,
        "zipf": zipf,
        "out": str(out),
        "mentions_replaced": dict(sorted(mentions.items())),
        "distinct_names": {t: len(c) for t, c in sorted(per_type.items())},
        "top": {},
        "seconds": round(time.perf_counter() - started, 3),
    }
    for t, c in sorted(per_type.items()):
        name, count = c.most_common(1)[0]
        summary["top"][t] = {"name": name, "articles": count, "share": round(count / n, 4)}
    return summary


def print_summary(s: dict, stream=sys.stdout) -> None:
    print(
        f"{s['articles']:,} articles, {s['characters']:,} characters, "
        f"{sum(s['mentions_replaced'].values()):,} mentions swapped -> {s['out']} ({s['seconds']:.1f} s)",
        file=stream,
    )
    for t, k in s["distinct_names"].items():
        top = s["top"][t]
        print(
            f"  {t:<13} {k:>6,} distinct names; top: {top['name']} in {top['share']:.0%} of articles",
            file=stream,
        )


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, help=f"number of articles ({MIN_ARTICLES} to {MAX_ARTICLES:,})")
    p.add_argument("--out", type=Path, required=True, help="output file (.jsonl)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--zipf", type=float, default=1.1, help="Zipf exponent of the name draw (default 1.1)")
    p.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED", DEFAULT_SHARED)),
        help="the shared directory holding corpus/dev/ (default: ../shared beside the project)",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    a = p.parse_args(argv)
    try:
        s = generate(a.n, a.out, a.seed, a.zipf, a.shared)
    except CorpusError as e:
        print(f"gen_corpus: {e}", file=sys.stderr)
        return 1
    if a.json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
    else:
        print_summary(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
