#!/usr/bin/env python3
"""Transcribes data/wikidata/organisations.tsv from two public lists of international organisations with
Wikidata QIDs, and cross-checks them.

Source A: the public repository confirmordeny/supraverden (CC BY-SA 4.0; its Wikidata codes come from Wikidata,
CC0), file data/general_list.yaml at commit 59ab4fa0f92f3c75bb45e230908e612f15e8dbdf: one YAML mapping per
international organisation with privileges and immunities, each with `Wikidata_code`, `Name_en`,
`Abbreviation_en`, other and former English names and abbreviations, and `Org_family` (UN and affiliates, EU
institutions and bodies, African Union entities, ...).

Source B: the public repository opensanctions/opensanctions (MIT), file zavod/zavod/shed/wikidata/igo.py at
commit f26ec0b616e93a2f48dbaa4912fa709fa7b1b307: `INTL_ORGS`, OpenSanctions' registry of international bodies
(QID and English name), curated from Wikidata.

Criterion: every entry of A with a Wikidata code (`Q` followed by digits; entries whose code is "[No code
found.]" are left out, and so is an entry whose QID an earlier entry already gave) and every entry of B. An
organisation in both keeps A's names and B's name as an alias; `source` says which lists give it. Names are
compared case-, accent- and punctuation-insensitively. Where B gives a name to one QID and A to another, the
lists disagree on what the name denotes and both organisations are left out. Where A gives one name to two
entries, the entry whose label it is keeps it (an alias never overrides a label), else both lose it. An
abbreviation of three letters or fewer is kept only for an organisation both lists give: short abbreviations are
the most ambiguous ("SDF", "IOC", "ESA" name better-known bodies than A's entries), and the organisations both
lists give are the prominent ones. An alias with no capital letter after its first letter ("Council of
ministers") describes a kind of body rather than naming one, and is dropped. Only facts are copied: QIDs,
English names and abbreviations, A's family and id.

Usage (needs PyYAML):

    git --git-dir=SUPRAVERDEN.git show 59ab4fa0f92f3c75bb45e230908e612f15e8dbdf:data/general_list.yaml > /tmp/general_list.yaml
    git --git-dir=OPENSANCTIONS.git show f26ec0b616e93a2f48dbaa4912fa709fa7b1b307:zavod/zavod/shed/wikidata/igo.py > /tmp/igo.py
    python3 scripts/transcribe_organisations.py /tmp/general_list.yaml /tmp/igo.py

Output: data/wikidata/organisations.tsv, sorted by QID number; the organisations left out are printed.
"""
import re
import sys
import unicodedata

import yaml

COMMIT = "59ab4fa0f92f3c75bb45e230908e612f15e8dbdf"
COMMIT_B = "f26ec0b616e93a2f48dbaa4912fa709fa7b1b307"
IGO_ENTRY = re.compile(r'"(Q[1-9][0-9]*)":\s*IntlOrg\(\s*"([^"]+)"')
NAME_FIELD = re.compile(r"^(Name|Abbreviation)(_other(_\d)?|_former)?_en$")
HEADER = """# International organisations with Wikidata QIDs, for the newsgraph offline starter index.
# Transcribed by scripts/transcribe_organisations.py (see it for the criterion and the rule on disagreements) from
#   A: SupraVerden (confirmordeny/supraverden, CC BY-SA 4.0, Wikidata codes CC0), data/general_list.yaml at
#      commit {commit}: every entry with a Wikidata code;
#   B: OpenSanctions (opensanctions/opensanctions, MIT), zavod/zavod/shed/wikidata/igo.py at commit
#      {commit_b}: every entry of INTL_ORGS.
# Columns (tab-separated):
#   qid       Wikidata QID (A's Wikidata_code, B's key)
#   label     English name (A's Name_en; B's name for B-only rows)
#   aliases   other English names and abbreviations, '|'-separated (A's Abbreviation_en, Name_other_*_en,
#             Abbreviation_other_*_en, Name_former_en, Abbreviation_former_en; B's name), '-' for none
#   family    A's Org_family ('none' where A names none or lacks the row)
#   sprvd_id  A's own id of the entry ('-' for B-only rows)
#   source    both (A and B give this QID), supraverden (A only), opensanctions (B only)
qid\tlabel\taliases\tfamily\tsprvd_id\tsource
"""


def clean(s):
    return " ".join(str(s).split())


def key(name):
    """Names compared case-, accent- and punctuation-insensitively, with British and American '-isation'."""
    s = unicodedata.normalize("NFD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("ization", "isation")
    s = re.sub(r"[-/]", " ", s)
    s = re.sub(r"[^\w\s]", "", s)
    return " ".join(w for w in s.split() if w != "the")


def is_description(name):
    """A multi-word name with no capital letter after its first one ("Council of ministers") describes a kind
    of body rather than naming one; kept as an alias it would link any cabinet to A's entry."""
    return " " in name and not any(c.isupper() for c in name[1:])


def read_igo(path):
    """B's INTL_ORGS entries, (QID, name), in file order."""
    return IGO_ENTRY.findall(open(path, encoding="utf-8").read())


def main(path, igo_path, out="data/wikidata/organisations.tsv"):
    data = yaml.safe_load(open(path, encoding="utf-8"))
    in_b = {q for q, _ in read_igo(igo_path)}
    rows, seen = [], set()
    for entry in data.values():
        qid = clean(entry.get("Wikidata_code", ""))
        if not re.fullmatch(r"Q[1-9][0-9]*", qid) or qid in seen:
            continue
        seen.add(qid)
        label = clean(entry["Name_en"])
        aliases = []
        for field, value in entry.items():
            if field != "Name_en" and NAME_FIELD.match(field) and value:
                v = clean(value)
                if field.startswith("Abbreviation") and len(key(v).replace(" ", "")) <= 3 and qid not in in_b:
                    continue
                if is_description(v):
                    continue
                if v and v != label and v not in aliases and "|" not in v:
                    aliases.append(v)
        family = clean(entry.get("Org_family") or "none")
        if family.lower() == "none":
            family = "none"
        rows.append({"qid": qid, "label": label, "aliases": aliases, "family": family,
                     "sprvd_id": clean(entry.get("SPRVD_id", "-")), "source": "supraverden"})
    by_qid = {r["qid"]: r for r in rows}
    for qid, name in read_igo(igo_path):
        name = clean(name)
        r = by_qid.get(qid)
        if r is None:
            r = {"qid": qid, "label": name, "aliases": [], "family": "none", "sprvd_id": "-",
                 "source": "opensanctions"}
            rows.append(r)
            by_qid[qid] = r
        else:
            r["source"] = "both"
            if name != r["label"] and name not in r["aliases"]:
                r["aliases"].append(name)
    # Disagreements: one name, two QIDs. Between the lists, both organisations are left out; within A, the
    # organisation whose label it is keeps it (an alias never overrides a label), else all lose it.
    owners = {}
    for r in rows:
        for n in [r["label"]] + r["aliases"]:
            owners.setdefault(key(n), set()).add(r["qid"])
    b_names = {}
    for qid, name in read_igo(igo_path):
        b_names.setdefault(key(clean(name)), set()).add(qid)
    left_out = set()
    for k, qids in sorted(owners.items()):
        if len(qids) < 2:
            continue
        in_b = b_names.get(k, set())
        if in_b and qids - in_b:
            left_out |= qids
            print(f"left out: the lists disagree on {k!r}: {sorted(qids)}")
            continue
        keep = [q for q in qids if key(by_qid[q]["label"]) == k]
        keep = keep[0] if len(keep) == 1 else None
        print(f"name {k!r}: {sorted(qids)}, kept by {keep or 'none'}")
        for q in qids:
            if q != keep:
                by_qid[q]["aliases"] = [a for a in by_qid[q]["aliases"] if key(a) != k]
    rows = [r for r in rows if r["qid"] not in left_out]
    rows.sort(key=lambda r: int(r["qid"][1:]))
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER.format(commit=COMMIT, commit_b=COMMIT_B))
        for r in rows:
            cells = [r["qid"], r["label"], "|".join(r["aliases"]) or "-", r["family"], r["sprvd_id"], r["source"]]
            f.write("\t".join(cells) + "\n")
    counts = {s: sum(r["source"] == s for r in rows) for s in ("both", "supraverden", "opensanctions")}
    print(f"{len(rows)} organisations ({counts}) -> {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
