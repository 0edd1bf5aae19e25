#!/usr/bin/env python3
"""Transcribes data/wikidata/people.tsv: heads of state and government, foreign ministers and the holders of
some international offices, with Wikidata QIDs, from public lists of the EveryPolitician project, and
cross-checks them.

Sources (public GitHub repositories of every-politician-scrapers; their rows are Wikidata query results,
Wikidata being CC0, and QIDs of the links on English Wikipedia list pages; only facts are copied: QIDs, English
names, office names and QIDs, country QIDs):

- L: every-politician-scrapers/world-leaders-2021 at commit LEADERS_COMMIT, every committed version (up to that
  commit) of two files listing the heads of state and of government of every country in office in 2021 or
  2022:
  - LW `data/wikidata.csv`: a Wikidata query (`bin/scraper/wikidata.rb`): every human whose P39 "position held"
    is the office a sovereign state (or a state with limited recognition) gives as "office held by head of
    government" (P1313) or "of head of state" (P1906), with no end or an end in the year: country QID and
    label, office QID and label, holder QID and label;
  - LP `data/wikipedia.csv`: English Wikipedia's "List of state leaders in 2021" / "in 2022", each entry's
    holder and office links with their QIDs (`bin/scraper/wikipedia.rb`): country name, office QID and title,
    holder QID and page title.
- F: every-politician-scrapers/world at commit WORLD_COMMIT, every committed version of two files listing the
  foreign minister of every country:
  - FW `sources/foreign/wikidata.csv`: a Wikidata query (`sources/foreign/wikidata.js`): every current holder
    of an office that is a subclass of "minister of foreign affairs" (Q7330070) of a country: holder QID and
    name, country QID and label, office QID and label;
  - FP `sources/foreign/scraped.csv`: English Wikipedia's "List of current foreign ministers": country QID and
    label, holder QID and name, an office title the scraper gives ("Foreign Minister of X").
- I: the same repository and commit, `html/holders21.csv` (that commit only): the holders since 2000 of the
  international offices it lists (UN Secretary-General and deputies, President of the General Assembly,
  judges of the International Court of Justice, WTO Director-General, ...): office title, holder name and QID.

Criterion: every holder of every row of those files (a whole list each: nothing chosen by looking at articles),
with these rules, applied here (the script prints what they remove):
- a row is malformed and skipped when its holder QID is its office QID, or is an office QID of another row (the
  Wikipedia scraper takes the first and last link of an entry; an entry with one link gives the same QID twice);
- a holder of LP is kept only when its office QID is an office LW lists, or its office is named like one
  ("Prime Minister of Peru": LW lists a "Prime Minister of ..."), or LW, FW or FP give the holder (so that the
  entry's links were read as holder and office), and when its country name is one LW or the starter index
  names;
- a name of a Wikidata query's output (LW, FW) that another name of the same holder outlasts ten times over
  (in the number of committed versions it occurs in) was a transient label, vandalism or a slip reverted since
  ("Maia Ex", "Kais Saied Asshole", "Ashraf Ghani yazdi"), and is dropped;
- names are full names only: a name of one word ("Naruhito", "Francis") is dropped; a name with a digit or a
  parenthesis is not a name (a Wikipedia title's parenthesised qualifier is dropped first: "João Lourenço
  (politician)");
- **disagreements are left out**: a name of a QID that shares no word with any other name the files give that
  QID is dropped (a vandalised label in one version of a query's output, a mistaken link), and a person with no
  name left is left out; a name (compared case-, accent- and punctuation-insensitively) that the files give to
  two different QIDs leaves both people out;
- offices are kept only for holders of the offices of a country that data/wikidata/starter-index.jsonl holds as
  a country (by QID), and a person with no such office is left out (Belgian regional "foreign ministers", the
  President of Transnistria); holders of I have no country and are kept.

Columns: `citizenship` is the country whose office the person held (LW/FW/FP's country QID; LP's country name
mapped to LW's QID for it): the lists give no P27, and a head of state, head of government or foreign minister
is a citizen of that country (a co-prince of Andorra is the exception: the President of France and the Bishop of
Urgell hold Andorra's office, so Andorra is among their "citizenships"). `positions` are the office QIDs the
Wikidata queries matched as P39 values (LW, FW; LP's only where LW lists the same office: LP's link may be a
list page or a body). `roles` are the office
names. `source` says which files give the person: `both` (the Wikidata query and the Wikipedia list of the same
kind both give the QID), `wikidata` (LW, FW or I only), `wikipedia` (LP or FP only).

Usage:

    python3 scripts/transcribe_people.py WORLD_LEADERS_2021.git WORLD.git

where the arguments are git directories of clones of every-politician-scrapers/world-leaders-2021 and
every-politician-scrapers/world holding the commits below. Output: data/wikidata/people.tsv, sorted by QID
number.
"""
import csv
import io
import json
import re
import subprocess
import sys

LEADERS_COMMIT = "be7039cf5952d8121c4f1e24eea64cc5dd465633"
WORLD_COMMIT = "4a3b394d9a35d26d138cded8718d0805b7ce9336"
QID = re.compile(r"Q[1-9][0-9]*")
TRANSIENT = 10
HEADER = """# People with Wikidata QIDs for the newsgraph offline starter index: heads of state and government and foreign
# ministers of 2021-2022, and holders since 2000 of some international offices.
# Transcribed by scripts/transcribe_people.py (see it for the criterion and the rules on disagreements) from
#   every-politician-scrapers/world-leaders-2021 at commit {leaders}, every version of
#     data/wikidata.csv (LW, a Wikidata query) and data/wikipedia.csv (LP, English Wikipedia's lists of state
#     leaders in 2021 and 2022);
#   every-politician-scrapers/world at commit {world}, every version of sources/foreign/wikidata.csv (FW, a
#     Wikidata query) and sources/foreign/scraped.csv (FP, English Wikipedia's list of current foreign
#     ministers), and html/holders21.csv (I, holders of international offices since 2000).
# Wikidata is CC0; only facts are copied (QIDs, English names, office names and QIDs, country QIDs).
# Columns (tab-separated; lists '|'-separated for names, ','-separated for QIDs; '-' for none):
#   qid          the person's Wikidata QID
#   label        English name (LW's or FW's Wikidata label, else I's, else the Wikipedia title or name)
#   aliases      other full names the files give the same QID
#   citizenship  QIDs of the countries whose office the person held (the lists give no P27)
#   positions    QIDs of the offices the Wikidata queries matched as P39 "position held"
#   roles        names of those offices
#   lists        leaders (L), foreign (F), international (I)
#   source       both (the Wikidata query and the Wikipedia list of one kind), wikidata, wikipedia
qid\tlabel\taliases\tcitizenship\tpositions\troles\tlists\tsource
"""


# names are compared case-, accent- and punctuation-insensitively, with the linker's lookup key
from build_starter_index import key  # noqa: E402


def clean(s):
    return " ".join((s or "").split())


def strip_title(title):
    """A Wikipedia page title without its parenthesised qualifier: "João Lourenço (politician)"."""
    return clean(re.sub(r"\s*\([^)]*\)\s*$", "", title))


def is_full_name(name):
    return len(name.split()) >= 2 and not re.search(r"[\d()\[\]]", name)


def stem(office):
    """An office's title without its jurisdiction: "Prime Minister of Peru" -> "prime minister"."""
    return re.split(r"\s+(?:of|for)\s+", office.lower(), maxsplit=1)[0].strip() if " of " in office.lower() or " for " in office.lower() else ""


def versions(git, commit, path):
    """Every committed version of `path` up to `commit`, newest first (so that a name from the newest version
    comes first and becomes the label), as lists of CSV rows."""
    log = subprocess.run(["git", "--git-dir", git, "log", "--format=%H", commit, "--", path],
                         capture_output=True, text=True, check=True).stdout.split()
    out = []
    for c in log:
        shown = subprocess.run(["git", "--git-dir", git, "show", f"{c}:{path}"], capture_output=True, text=True)
        if shown.returncode == 0:
            out.append(list(csv.DictReader(io.StringIO(shown.stdout))))
    if not out:
        sys.exit(f"{git}: no version of {path} at {commit}")
    return out


def field(row, *names):
    for n in names:
        if row.get(n):
            return clean(row[n])
    return ""


def index_countries(path="data/wikidata/starter-index.jsonl"):
    """The starter index's countries (not its contested territories), QID -> English names."""
    out = {}
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        if c["description"].startswith("country in"):
            out[c["qid"]] = [c["label"]] + c["aliases"]
    return out


class Person:
    def __init__(self, qid):
        self.qid = qid
        self.names = {}  # file -> [names]
        self.countries = set()
        self.positions = {}  # office QID -> label
        self.roles = set()
        self.lists = set()
        self.files = set()

    def add_name(self, file, name):
        if name:
            self.names.setdefault(file, [])
            if name not in self.names[file]:
                self.names[file].append(name)

    def listed(self, file, name, lst):
        """A row of `file` (of the list `lst`) names this person `name`."""
        self.add_name(file, name)
        self.lists.add(lst)
        self.files.add(file)


def main(leaders_git, world_git):
    countries = index_countries()
    people = {}
    removed = []

    def person(qid):
        return people.setdefault(qid, Person(qid))

    lw_versions = versions(leaders_git, LEADERS_COMMIT, "data/wikidata.csv")
    fw_versions = versions(world_git, WORLD_COMMIT, "sources/foreign/wikidata.csv")
    lw = [r for v in lw_versions for r in v]
    lp = [r for v in versions(leaders_git, LEADERS_COMMIT, "data/wikipedia.csv") for r in v]
    fw = [r for v in fw_versions for r in v]
    fp = [r for v in versions(world_git, WORLD_COMMIT, "sources/foreign/scraped.csv") for r in v]
    # In how many versions of a Wikidata query's output each (holder, name) occurs.
    spans = {}
    for file, vs, who, names in [("LW", lw_versions, "officeholder", ("officeholderLabel", "officeholderItemLabel")),
                                 ("FW", fw_versions, "person", ("name",))]:
        for v in vs:
            for pair in {(field(r, who), field(r, *names)) for r in v}:
                spans[(file,) + pair] = spans.get((file,) + pair, 0) + 1
    intl = versions(world_git, WORLD_COMMIT, "html/holders21.csv")[0]

    # Offices are what the Wikidata queries matched as P39 values (an LP "office" may be a person's QID).
    offices = {field(r, "position") for r in lw + fw if QID.fullmatch(field(r, "position"))}
    lw_offices = {field(r, "position") for r in lw}
    known = {field(r, "officeholder") for r in lw} | {field(r, "person") for r in fw + fp}
    lw_stems = {stem(field(r, "positionLabel", "positionItemLabel")) for r in lw} - {""}
    # Country names to QIDs: LW's labels (in LW's first version `country` is the QID and `countryItemLabel` the
    # name; later `countryid` and `country`) and the starter index's country names.
    country_names = {}
    for r in lw:
        qid = field(r, "countryid") or field(r, "country")
        name = field(r, "countryItemLabel") if "countryItemLabel" in r else field(r, "country")
        if QID.fullmatch(qid) and name:
            country_names.setdefault(key(name), set()).add(qid)
    for qid, names in countries.items():
        for name in names:
            country_names.setdefault(key(name), set()).add(qid)

    def country_qid(name):
        """LP's country name ("China (People's Republic of China)", "Congo–Kinshasa (Democratic Republic of the
        Congo)") as the one QID its whole name, or else its parts, name."""
        parts = [name, re.sub(r"\s*\(.*\)", "", name), *re.findall(r"\(([^)]*)\)", name)]
        for part in parts:
            qids = country_names.get(key(part), set())
            if len(qids) == 1:
                return next(iter(qids))
        return None

    def holder_ok(file, who, office, row):
        if not QID.fullmatch(who):
            return False
        if who == office or who in offices:
            removed.append(f"{file}: malformed row (holder {who} is an office): {row}")
            return False
        return True

    def add_office(p, country, office, label):
        if country in countries:
            p.countries.add(country)
            if QID.fullmatch(office or ""):
                p.positions[office] = label
            if label:
                p.roles.add(label)

    for r in lw:
        who, office = field(r, "officeholder"), field(r, "position")
        if not holder_ok("LW", who, office, r):
            continue
        p = person(who)
        p.listed("LW", field(r, "officeholderLabel", "officeholderItemLabel"), "leaders")
        country = field(r, "countryid") or field(r, "country")
        add_office(p, country, office, field(r, "positionLabel", "positionItemLabel"))
    for r in lp:
        who, office = field(r, "officeholder"), field(r, "position")
        if "country" not in r:
            continue  # LP's first version, before the scraper gave countries
        if not holder_ok("LP", who, office, r):
            continue
        if office not in lw_offices and who not in known and stem(field(r, "positionlabel")) not in lw_stems:
            removed.append(f"LP: office {office} ({field(r, 'positionlabel')}) not in LW: {who} {field(r, 'officeholderlabel')}")
            continue
        cq = country_qid(field(r, "country"))
        if cq is None:
            removed.append(f"LP: country {field(r, 'country')!r} not one LW or the index names: {who}")
            continue
        p = person(who)
        p.listed("LP", strip_title(field(r, "officeholderlabel")), "leaders")
        # LP's office link may be a list page or a body ("Syrian National Coalition"): a P39 value only when
        # LW matched the same office as one.
        add_office(p, cq, office if office in lw_offices else "", field(r, "positionlabel"))
    for r in fw:
        who, office = field(r, "person"), field(r, "position")
        if not who:
            continue  # an office with no current holder
        if not holder_ok("FW", who, office, r):
            continue
        p = person(who)
        p.listed("FW", field(r, "name"), "foreign")
        add_office(p, field(r, "country"), office, field(r, "positionLabel"))
    for r in fp:
        who = field(r, "person")
        if not holder_ok("FP", who, "", r):
            continue
        p = person(who)
        p.listed("FP", field(r, "name"), "foreign")
        add_office(p, field(r, "country"), "", field(r, "positionLabel"))
    for r in intl:
        who = field(r, "personID")
        if not holder_ok("I", who, "", r):
            continue
        p = person(who)
        p.listed("I", field(r, "person"), "international")
        if field(r, "position"):
            p.roles.add(field(r, "position"))

    # People with no office of a country of the index (a regional "foreign minister", Transnistria) and not in I.
    for p in list(people.values()):
        if not p.roles:
            removed.append(f"left out: {p.qid} {p.names} holds no office of a country of the index")
            del people[p.qid]
    # Transient labels: a name of a Wikidata query's output that another name of the same holder outlasts ten
    # times over (by the number of versions it occurs in) was a label for a day or two: vandalism ("Maia Ex",
    # "Kais Saied Asshole") or a slip ("Maia Sandu."), reverted since.
    for p in people.values():
        for f in ("LW", "FW"):
            counts = {n: spans.get((f, p.qid, n), 0) for n in p.names.get(f, [])}
            for n, c in counts.items():
                if any(o != n and c * TRANSIENT <= oc for o, oc in counts.items()):
                    removed.append(f"transient label dropped: {n!r} ({p.qid}, {f}: {counts})")
            if counts:
                p.names[f] = [n for n in p.names[f]
                              if not any(o != n and counts[n] * TRANSIENT <= oc for o, oc in counts.items())]
    # Full names only.
    for p in list(people.values()):
        for f in p.names:
            for n in p.names[f]:
                if not is_full_name(n):
                    removed.append(f"not a full name: {n!r} ({p.qid}, {f})")
            p.names[f] = [n for n in p.names[f] if is_full_name(n)]
    # Disagreement 1: a name of a QID that shares no word with any other name of it is left out (a vandalised
    # label in one version, a mistaken link); a QID with no name left is left out.
    for p in list(people.values()):
        distinct = {key(n): set(key(n).split()) for f in p.names for n in p.names[f]}
        odd = {k for k, w in distinct.items() if len(distinct) > 1 and not any(w & v for j, v in distinct.items() if j != k)}
        if odd:
            removed.append(f"disagreement: {p.qid} names sharing no word with its others left out: {sorted(odd)} of {p.names}")
        for f in p.names:
            p.names[f] = [n for n in p.names[f] if key(n) not in odd]
        if not any(p.names.values()):
            removed.append(f"left out: {p.qid} has no full name the files agree on")
            del people[p.qid]
    # Disagreement 2: one name, two QIDs.
    by_name = {}
    for p in people.values():
        for f in p.names:
            for n in p.names[f]:
                by_name.setdefault(key(n), set()).add(p.qid)
    for k, qids in sorted(by_name.items()):
        if len(qids) > 1:
            removed.append(f"disagreement: {k!r} names {sorted(qids)}: all left out")
            for q in qids:
                people.pop(q, None)

    rows = []
    for p in sorted(people.values(), key=lambda p: int(p.qid[1:])):
        order = ["LW", "FW", "I", "LP", "FP"]
        names = [n for f in order for n in p.names.get(f, [])]
        label = names[0]
        aliases = []
        for n in names[1:]:
            if key(n) != key(label) and n not in aliases:
                aliases.append(n)
        pairs = [("LW", "LP"), ("FW", "FP")]
        if any(a in p.files and b in p.files for a, b in pairs):
            source = "both"
        elif p.files & {"LW", "FW", "I"}:
            source = "wikidata"
        else:
            source = "wikipedia"
        positions = sorted(p.positions, key=lambda q: int(q[1:]))
        rows.append([
            p.qid, label, "|".join(aliases) or "-",
            ",".join(sorted(p.countries, key=lambda q: int(q[1:]))) or "-",
            ",".join(positions) or "-",
            "|".join(sorted(p.roles)) or "-",
            ",".join(sorted(p.lists)), source,
        ])
    with open("data/wikidata/people.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER.format(leaders=LEADERS_COMMIT, world=WORLD_COMMIT))
        for r in rows:
            f.write("\t".join(r) + "\n")
    for line in removed:
        print(line, file=sys.stderr)
    counts = {s: sum(r[7] == s for r in rows) for s in ("both", "wikidata", "wikipedia")}
    print(f"{len(rows)} people ({counts}) -> data/wikidata/people.tsv; {len(removed)} rows or names removed")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
