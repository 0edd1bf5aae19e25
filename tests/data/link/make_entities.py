#!/usr/bin/env python3
"""Writes entities.json: an excerpt in the Wikidata JSON dump format (a JSON array, one entity per line) of
the items the dev-set entities link to and the real items that compete with them for the same names.

Items are abridged: English label, aliases and description, only the claims the linker reads (P31 instance
of, P17 country, P27 citizenship, P39 position held, P297 ISO code, P625 coordinates) and only the English
Wikipedia sitelink. Written without network access from Wikidata as known at the time of writing; QIDs checked
against public sources where noted in README.md. Items, classes and claims that could not be checked were left
out (see README.md). Usage: python3 make_entities.py  (writes entities.json beside it)."""
import json

Q = lambda q: {"mainsnak": {"snaktype": "value", "property": None, "datavalue": {"value": {"entity-type": "item", "numeric-id": int(q[1:]), "id": q}, "type": "wikibase-entityid"}, "datatype": "wikibase-item"}, "type": "statement", "rank": "normal"}

def item(qid, label, desc, p31, aliases=(), p17=(), p27=(), iso2=None, coord=None, enwiki=None, p39=()):
    claims = {}
    def add(prop, vals):
        if vals:
            claims[prop] = []
            for v in vals:
                c = Q(v); c["mainsnak"]["property"] = prop; claims[prop].append(c)
    add("P31", p31); add("P17", p17); add("P27", p27); add("P39", p39)
    if iso2:
        claims["P297"] = [{"mainsnak": {"snaktype": "value", "property": "P297", "datavalue": {"value": iso2, "type": "string"}, "datatype": "external-id"}, "type": "statement", "rank": "normal"}]
    if coord:
        claims["P625"] = [{"mainsnak": {"snaktype": "value", "property": "P625", "datavalue": {"value": {"latitude": coord[0], "longitude": coord[1], "altitude": None, "precision": 0.0001, "globe": "http://www.wikidata.org/entity/Q2"}, "type": "globecoordinate"}, "datatype": "globe-coordinate"}, "type": "statement", "rank": "normal"}]
    sl = {"enwiki": {"site": "enwiki", "title": enwiki or label, "badges": []}}
    return {"type": "item", "id": qid,
            "labels": {"en": {"language": "en", "value": label}},
            "descriptions": {"en": {"language": "en", "value": desc}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]} if aliases else {},
            "claims": claims, "sitelinks": sl}

C = ["Q3624078", "Q6256"]
items = [
    item("Q30", "United States of America", "country primarily located in North America", C, ["United States", "US", "USA", "U.S.", "America", "the States"], ["Q30"], iso2="US", enwiki="United States"),
    item("Q159", "Russia", "country in Eastern Europe and Northern Asia", C, ["Russian Federation", "RU"], ["Q159"], iso2="RU"),
    item("Q34266", "Russian Empire", "empire in Eurasia (1721-1917)", ["Q3024240"], ["Russia"]),
    item("Q15180", "Soviet Union", "country in Eurasia (1922-1991)", ["Q3024240"], ["USSR", "Russia"]),
    item("Q858", "Syria", "country in Western Asia", C, ["Syrian Arab Republic"], ["Q858"], iso2="SY"),
    item("Q928", "Philippines", "country in Southeast Asia", C, ["Republic of the Philippines"], ["Q928"], iso2="PH"),
    item("Q1037", "Rwanda", "country in Central and East Africa", C, ["Republic of Rwanda"], ["Q1037"], iso2="RW"),
    item("Q974", "Democratic Republic of the Congo", "country in Central Africa", C, ["DR Congo", "DRC", "Congo-Kinshasa", "Congo", "Democratic Republic of Congo"], ["Q974"], iso2="CD"),
    item("Q971", "Republic of the Congo", "country in Central Africa", C, ["Congo-Brazzaville", "Congo"], ["Q971"], iso2="CG"),
    item("Q846", "Qatar", "country in Western Asia", C, ["State of Qatar"], ["Q846"], iso2="QA"),
    item("Q403", "Serbia", "country in Southeast Europe", C, ["Republic of Serbia"], ["Q403"], iso2="RS"),
    item("Q1246", "Kosovo", "partially recognised state in Southeast Europe", ["Q15634554", "Q3624078"], ["Republic of Kosovo"], ["Q1246"], iso2="XK"),
    item("Q221", "North Macedonia", "country in Southeast Europe", C, ["Macedonia", "Republic of North Macedonia"], ["Q221"], iso2="MK"),
    item("Q142", "France", "country in Western Europe", C, ["French Republic"], ["Q142"], iso2="FR"),
    item("Q183", "Germany", "country in Central Europe", C, ["Federal Republic of Germany"], ["Q183"], iso2="DE"),
    item("Q244", "Barbados", "island country in the Caribbean", C, [], ["Q244"], iso2="BB"),
    item("Q717", "Venezuela", "country in northern South America", C, ["Bolivarian Republic of Venezuela"], ["Q717"], iso2="VE"),
    item("Q20", "Norway", "country in Northern Europe", C, ["Kingdom of Norway"], ["Q20"], iso2="NO"),
    item("Q96", "Mexico", "country in North America", C, ["United Mexican States"], ["Q96"], iso2="MX"),
    item("Q1489", "Mexico City", "capital and largest city of Mexico", ["Q5119", "Q1637706"], ["CDMX"], ["Q96"], coord=(19.433333, -99.133333)),
    item("Q145", "United Kingdom", "country in north-west Europe", C, ["UK", "U.K.", "Britain", "Great Britain"], ["Q145"], iso2="GB"),
    item("Q26", "Northern Ireland", "part of the United Kingdom", ["Q3336843"], ["NI"], ["Q145"]),
    item("Q230", "Georgia", "country in the Caucasus", C, ["Sakartvelo"], ["Q230"], iso2="GE", enwiki="Georgia (country)"),
    item("Q1428", "Georgia", "state of the United States of America", ["Q35657"], ["GA"], ["Q30"], coord=(33.0, -83.5), enwiki="Georgia (U.S. state)"),
    item("Q61", "Washington, D.C.", "capital city of the United States of America", ["Q5119", "Q515"], ["Washington", "DC", "Washington DC"], ["Q30"], coord=(38.895, -77.036389)),
    item("Q1223", "Washington", "state of the United States of America", ["Q35657"], ["Washington State", "WA"], ["Q30"], coord=(47.5, -120.5), enwiki="Washington (state)"),
    item("Q23", "George Washington", "first president of the United States (1732-1799)", ["Q5"], ["Washington", "President Washington"], p27=["Q30"], p39=["Q11696"]),
    item("Q22686", "Donald Trump", "president of the United States (2017-2021, 2025-present)", ["Q5"], ["Trump", "Donald J. Trump"], p27=["Q30"], p39=["Q11696"]),
    item("Q22316", "John Kerry", "American politician and diplomat, 68th United States Secretary of State", ["Q5"], ["Kerry", "John Forbes Kerry"], p27=["Q30"], p39=["Q14213"]),
    # County Kerry: its class (county of Ireland) could not be checked offline, so P31 is left out and the
    # index builder drops it; the online stand-in still returns it as a competing search hit for "Kerry".
    item("Q184469", "County Kerry", "county in Ireland", [], ["Kerry", "Co. Kerry"], ["Q27"], coord=(52.167, -9.75)),
    item("Q71", "Geneva", "city in Switzerland", ["Q515", "Q70208"], ["Genève"], ["Q39"], coord=(46.201667, 6.146111)),
    item("Q11917", "Canton of Geneva", "canton of Switzerland", ["Q23058"], ["Geneva"], ["Q39"], coord=(46.2, 6.15)),
    item("Q214064", "Aleppo Governorate", "governorate of Syria", ["Q517351"], ["Aleppo"], ["Q858"]),
    item("Q41183", "Aleppo", "city in northern Syria", ["Q515", "Q1549591"], ["Halab"], ["Q858"], coord=(36.2, 37.15)),
    item("Q36168", "Bridgetown", "capital city of Barbados", ["Q5119", "Q515"], [], ["Q244"], coord=(13.0975, -59.616667)),
    item("Q458", "European Union", "political and economic union of 27 European states", ["Q1335818", "Q484652"], ["EU", "E.U."]),
    item("Q8896", "Council of the European Union", "institution of the European Union", ["Q43229"], ["Council of the EU", "EU Council"]),
    item("Q8880", "European Commission", "executive branch of the European Union", ["Q327333"], ["EC", "Commission"]),
    item("Q1065", "United Nations", "intergovernmental organization", ["Q484652", "Q245065"], ["UN", "U.N."]),
    item("Q37470", "United Nations Security Council", "principal organ of the United Nations", ["Q43229"], ["UNSC", "Security Council"]),
    item("Q7159", "African Union", "continental union of African states", ["Q484652", "Q245065"], ["AU"]),
    # --- Added for the 23-article dev set (see README.md, "Provenance"). ---
    # States: QID, label, aliases, ISO code and description from data/wikidata/starter-index.jsonl (Natural
    # Earth's WIKIDATAID); classes as the country items above.
    item("Q399", "Armenia", "country in Western Asia", C, ["Republic of Armenia"], ["Q399"], iso2="AM"),
    item("Q227", "Azerbaijan", "country in Western Asia", C, ["Republic of Azerbaijan"], ["Q227"], iso2="AZ"),
    item("Q794", "Iran", "country in Southern Asia", C, ["Iran, Islamic Rep.", "Islamic Republic of Iran"], ["Q794"], iso2="IR"),
    item("Q148", "People's Republic of China", "country in Eastern Asia", C, ["China"], ["Q148"], iso2="CN", enwiki="China"),
    item("Q836", "Myanmar", "country in South-Eastern Asia", C, ["Republic of the Union of Myanmar"], ["Q836"], iso2="MM"),
    item("Q833", "Malaysia", "country in South-Eastern Asia", C, [], ["Q833"], iso2="MY"),
    item("Q921", "Brunei", "country in South-Eastern Asia", C, ["Brunei Darussalam", "Negara Brunei Darussalam"], ["Q921"], iso2="BN"),
    item("Q334", "Singapore", "country in South-Eastern Asia", C, ["Republic of Singapore"], ["Q334"], iso2="SG"),
    item("Q929", "Central African Republic", "country in Middle Africa", C, ["Central African Rep."], ["Q929"], iso2="CF"),
    item("Q739", "Colombia", "country in South America", C, ["Republic of Colombia"], ["Q739"], iso2="CO"),
    item("Q241", "Cuba", "country in Caribbean", C, ["Republic of Cuba"], ["Q241"], iso2="CU"),
    item("Q801", "Israel", "country in Western Asia", C, ["State of Israel"], ["Q801"], iso2="IL"),
    item("Q822", "Lebanon", "country in Western Asia", C, ["Lebanese Republic"], ["Q822"], iso2="LB"),
    item("Q842", "Oman", "country in Western Asia", C, ["Sultanate of Oman"], ["Q842"], iso2="OM"),
    item("Q39", "Switzerland", "country in Western Europe", C, ["Swiss Confederation"], ["Q39"], iso2="CH"),
    item("Q878", "United Arab Emirates", "country in Western Asia", C, [], ["Q878"], iso2="AE"),
    item("Q912", "Mali", "country in Western Africa", C, ["Republic of Mali"], ["Q912"], iso2="ML"),
    item("Q262", "Algeria", "country in Northern Africa", C, ["People's Democratic Republic of Algeria"], ["Q262"], iso2="DZ"),
    item("Q1029", "Mozambique", "country in Eastern Africa", C, ["Republic of Mozambique"], ["Q1029"], iso2="MZ"),
    item("Q1049", "Sudan", "country in Northern Africa", C, ["Republic of the Sudan"], ["Q1049"], iso2="SD"),
    item("Q851", "Saudi Arabia", "country in Western Asia", C, ["Kingdom of Saudi Arabia"], ["Q851"], iso2="SA"),
    item("Q889", "Afghanistan", "country in Southern Asia", C, ["Islamic State of Afghanistan"], ["Q889"], iso2="AF"),
    item("Q55", "Netherlands", "country in Western Europe", C, ["Kingdom of the Netherlands"], ["Q55"], iso2="NL"),
    item("Q805", "Yemen", "country in Western Asia", C, ["Republic of Yemen", "Yemen, Rep."], ["Q805"], iso2="YE"),
    item("Q34", "Sweden", "country in Northern Europe", C, ["Kingdom of Sweden"], ["Q34"], iso2="SE"),
    # Capitals: QID, label, description, country and coordinates from data/wikidata/capitals.tsv (rows "both": conzept's
    # P36 table and Natural Earth's populated places agree); classes as Bridgetown's.
    item("Q1461", "Manila", "capital of Philippines", ["Q5119", "Q515"], [], ["Q928"], coord=(14.606105, 120.980271)),
    item("Q3832", "Bangui", "capital of Central African Republic", ["Q5119", "Q515"], [], ["Q929"], coord=(4.366644, 18.558288)),
    item("Q1563", "Havana", "capital of Cuba", ["Q5119", "Q515"], [], ["Q241"], coord=(23.133905, -82.366128)),
    item("Q90", "Paris", "capital of France", ["Q5119", "Q515"], [], ["Q142"], coord=(48.868639, 2.33139)),
    item("Q1218", "Jerusalem", "capital of Israel", ["Q5119", "Q515"], [], ["Q801"], coord=(31.778408, 35.206626)),
    item("Q3820", "Beirut", "capital of Lebanon", ["Q5119", "Q515"], [], ["Q822"], coord=(33.873921, 35.507762)),
    item("Q1741", "Vienna", "capital of Austria", ["Q5119", "Q515"], [], ["Q40"], coord=(48.201961, 16.364693)),
    item("Q239", "Brussels", "capital of Belgium", ["Q5119", "Q515"], [], ["Q31"], coord=(50.835263, 4.331371)),
    item("Q3703", "Bamako", "capital of Mali", ["Q5119", "Q515"], [], ["Q912"], coord=(12.651961, -8.001985)),
    item("Q994", "Tbilisi", "capital of Georgia", ["Q5119", "Q515"], [], ["Q230"], coord=(41.726956, 44.78885)),
    item("Q84", "London", "capital of United Kingdom", ["Q5119", "Q515"], [], ["Q145"], coord=(51.501941, -0.118668)),
    # Europe, ASEAN and people: each QID, class and claim confirmed against a public file (README.md).
    # Europe's classes (part of the world Q2418896, continent Q5107) are not in data/wikidata/types.tsv, so
    # the index builder drops it until types.tsv lists one of them.
    item("Q46", "Europe", "continent in the Northern Hemisphere", ["Q2418896", "Q5107"], [], coord=(48.690959, 9.14062)),
    item("Q7768", "Association of Southeast Asian Nations", "political and economic union of 10 states in Southeast Asia", ["Q170156", "Q245065", "Q4120211", "Q52110228"], ["ASEAN"], enwiki="ASEAN"),
    item("Q3052772", "Emmanuel Macron", "President of France since 2017", ["Q5"], ["Macron", "Emmanuel Jean-Michel Frédéric Macron"], p27=["Q142"], p39=["Q191954"]),
    item("Q6279", "Joe Biden", "president of the United States from 2021 to 2025", ["Q5"], ["Biden", "Joseph Biden"], p27=["Q30"], p39=["Q11696"]),
    item("Q7747", "Vladimir Putin", "President of Russia", ["Q5"], ["Putin", "Vladimir Vladimirovich Putin"], p27=["Q159"], p39=["Q218295"]),
    # Sarkozy's and Medvedev's P39 are left out: public files give them as P35 (head of state) of France and
    # Russia, not as P39 statements on the person.
    item("Q329", "Nicolas Sarkozy", "President of France from 2007 to 2012", ["Q5"], ["Sarkozy", "Nicolas Paul Stéphane Sarközy de Nagy-Bocsa"], p27=["Q142"]),
    item("Q23530", "Dmitry Medvedev", "President of Russia from 2008 to 2012, Prime Minister of Russia from 2012 to 2020", ["Q5"], ["Medvedev", "Dmitry Anatolyevich Medvedev"], p27=["Q159"]),
]
with open("entities.json", "w", encoding="utf-8") as f:
    f.write("[\n")
    for i, it in enumerate(items):
        f.write(json.dumps(it, ensure_ascii=False) + ("," if i < len(items) - 1 else "") + "\n")
    f.write("]\n")
print(len(items), "items")
