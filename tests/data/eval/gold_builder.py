"""Builds an invented evaluation set (`articles.jsonl` and `gold/`) from its article modules `a1.py` … `aN.py`
(each with ID, PUB, TITLE, TEXT, ENTITIES, STATEMENTS, AGREEMENTS) and checks every span: each entity form,
alias, statement part (in order; direct parts bounded by quotation marks), cue, agreement text and place
occurs in the text, and speakers and parties are gold entities. Each set's `source/build.py` calls
`build(source_dir, source_label, count)`."""
import json, os, re, runpy, sys


AGREEMENT_KINDS = {"agreement", "ceasefire", "truce", "deal", "treaty", "accord", "memorandum", "protocol",
                   "declaration", "framework", "roadmap", "annex", "proposal", "plan", "other"}
AGREEMENT_STATUSES = {"proposed", "negotiating", "not-formalized", "reached", "signed", "in-force", "withdrawn",
                      "abandoned", "violated", "collapsed", "unknown"}


def build(source_dir, source_label, count):
    """Writes the set beside `source_dir` and exits 1 when a span is missing."""
    OUT = os.path.join(source_dir, "..")
    SRC = source_label
    errors = []
    lines = []
    for n in range(1, count + 1):
        m = runpy.run_path(os.path.join(source_dir, f"a{n}.py"))
        text = m["TEXT"].rstrip("\n")
        words = len(re.findall(r"\S+", text))
        names = {e[0] for e in m["ENTITIES"]}
        def need(s, what):
            i = text.find(s)
            if i < 0:
                errors.append(f"{m['ID']}: {what} not in text: {s!r}")
            return i
        for name, typ, aliases, qid in m["ENTITIES"]:
            assert typ in {"Person", "Organization", "State", "ArmedGroup", "Location", "Group"}, typ
            forms = [name] + aliases
            if all(text.find(f) < 0 for f in forms):
                errors.append(f"{m['ID']}: entity {name} never in text")
            for a in aliases:
                need(a, "alias")
        sts = []
        for kind, speaker, cue, parts in m["STATEMENTS"]:
            assert kind in {"direct", "partial", "indirect"}
            if speaker not in names:
                errors.append(f"{m['ID']}: speaker {speaker} not an entity")
            pos = -1
            for p in parts:
                i = text.find(p, pos + 1)
                if i < 0:
                    errors.append(f"{m['ID']}: statement part not in text (in order): {p!r}")
                pos = i
                if kind == "direct":
                    # a direct part must sit inside quotation marks
                    before = text[i - 1] if i > 0 else ""
                    after = text[i + len(p)] if i + len(p) < len(text) else ""
                    if before not in "\"“" or after not in "\"”":
                        errors.append(f"{m['ID']}: direct part not bounded by quotes: {p[:40]!r} ({before!r},{after!r})")
            if cue:
                need(cue, "cue")
            sts.append({"kind": kind, "speaker": speaker, "cue": cue, "text": " ".join(parts)})
        ags = []
        for kind, atext, parties, status, date, place in m["AGREEMENTS"]:
            # the contract's values (`../shared/DESIGN.md`): a typo here would score as a wrong status
            if kind not in AGREEMENT_KINDS:
                errors.append(f"{m['ID']}: agreement kind {kind!r} not in the contract")
            if status not in AGREEMENT_STATUSES:
                errors.append(f"{m['ID']}: agreement status {status!r} not in the contract")
            need(atext, "agreement")
            if place: need(place, "place")
            for p in parties:
                if p not in names:
                    errors.append(f"{m['ID']}: party/place {p} not an entity")
            ags.append({"kind": kind, "text": atext, "parties": parties, "status": status, "date": date, "place": place})
        gold = {"id": m["ID"], "published": m["PUB"],
                "entities": [{"name": a, "type": b, "aliases": c, "wikidata": d} for a, b, c, d in m["ENTITIES"]],
                "statements": sts, "agreements": ags}
        json.dump(gold, open(f"{OUT}/gold/{m['ID']}.gold.json", "w"), ensure_ascii=False, indent=2)
        open(f"{OUT}/gold/{m['ID']}.gold.json", "a").write("\n")
        lines.append(json.dumps({"id": m["ID"], "url": None, "title": m["TITLE"], "published": m["PUB"], "source": SRC,
                                 "license": "CC0-1.0", "text": text}, ensure_ascii=False))
        print(f"{m['ID']}: {words} words, {len(names)} entities, {len(sts)} statements, {len(ags)} agreements")
    open(f"{OUT}/articles.jsonl", "w").write("\n".join(lines) + "\n")
    print("\n".join(errors) or "all spans found")
    sys.exit(1 if errors else 0)
