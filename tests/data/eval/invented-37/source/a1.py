ID = "inv37-kathimerini-greece-turkey-aegean-hotline-moratorium-2026-05-13"
TITLE = "Athens and Ankara restore military hotline, but Aegean exercise freeze is off the table"
PUB = "2026-05-13"
TEXT = """Greece and Turkey agreed on Tuesday to restore a direct telephone line between the chiefs of their armed forces, reviving a confidence-building measure that fell silent during the 2020 crisis, but a Greek proposal for a summer moratorium on military exercises in the Aegean was turned down by the Turkish side.

The agreement was reached in Istanbul at the 24th round of contacts between the two defence ministries, Greek diplomatic sources told Kathimerini. It is expected to enter into force on June 1, once the two general staffs have exchanged the technical protocols, the sources said.

Foreign Minister Nikos Stavridis described the outcome as "a modest but real step." "A hotline lets two generals talk before two pilots do something foolish," he told reporters. "We would have liked more, and we will keep asking for more."

Turkish Defence Ministry spokesman Zeki Aktürk said Ankara had examined the moratorium "in good faith" but could not accept limits on exercises in international waters and airspace. He accused Athens of militarising the islands of the eastern Aegean in breach of the 1923 Treaty of Lausanne.

A Greek defence official, who asked not to be named, said the Turkish delegation had linked the moratorium to the demilitarisation of the islands. "That was never going to fly in Athens, and they knew it," the official said.

The hotline belongs to a package of measures first set out in a memorandum that the two foreign ministers signed in 1988, after the two countries came close to war over drilling in the Aegean. The memorandum has never been formally cancelled, and Greek officials say most of its provisions are still observed.

It was reinforced by the Athens Declaration on Friendly Relations, signed by the two leaders in December 2023 during a period of warmer ties. Athens says the declaration still stands, although the joint committee it created to review progress each year has not met since 2024.

A separate understanding on research vessels, under which neither side would send survey ships into disputed waters while talks lasted, was never put on paper. It collapsed last October when a Turkish survey ship sailed south of Rhodes, and Greek officials now refer to it only in the past tense.

The main opposition party, PASOK, called the hotline "a sticking plaster on a broken leg." Its foreign policy spokeswoman, Marina Spyropoulou, accused the government of "negotiating about telephones while Ankara draws maps."

Dimitra Louka, a professor of international relations at the University of Piraeus, said Athens and Ankara had become better at managing crises than at resolving them. She noted that the 1988 measures had survived precisely because they asked little of either side.

The two delegations will meet again in Thessaloniki in October, the Greek Foreign Ministry said in a statement, without saying whether the moratorium would be on the agenda."""
ENTITIES = [
    ("Greece", "State", ["Athens"], "Q41"),
    ("Turkey", "State", ["Ankara"], "Q43"),
    ("Aegean", "Location", [], None),
    ("Istanbul", "Location", [], "Q406"),
    ("Greek diplomatic sources", "Group", ["the sources"], None),
    ("Kathimerini", "Organization", [], None),
    ("Nikos Stavridis", "Person", [], None),
    ("Turkish Defence Ministry", "Organization", [], None),
    ("Zeki Aktürk", "Person", [], None),
    ("A Greek defence official", "Group", ["the official"], None),
    ("Rhodes", "Location", [], None),
    ("PASOK", "Organization", [], None),
    ("Marina Spyropoulou", "Person", [], None),
    ("Dimitra Louka", "Person", [], None),
    ("University of Piraeus", "Organization", [], None),
    ("Thessaloniki", "Location", [], None),
    ("Greek Foreign Ministry", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Greek diplomatic sources", "told Kathimerini", ["The agreement was reached in Istanbul at the 24th round of contacts between the two defence ministries"]),
    ("indirect", "Greek diplomatic sources", "the sources said", ["It is expected to enter into force on June 1, once the two general staffs have exchanged the technical protocols"]),
    ("partial", "Nikos Stavridis", "described", ['the outcome as "a modest but real step."']),
    ("direct", "Nikos Stavridis", "he told reporters", ["A hotline lets two generals talk before two pilots do something foolish,", "We would have liked more, and we will keep asking for more."]),
    ("partial", "Zeki Aktürk", "said", ['Ankara had examined the moratorium "in good faith" but could not accept limits on exercises in international waters and airspace']),
    ("indirect", "Zeki Aktürk", "accused", ["Athens of militarising the islands of the eastern Aegean in breach of the 1923 Treaty of Lausanne"]),
    ("indirect", "A Greek defence official", "said", ["the Turkish delegation had linked the moratorium to the demilitarisation of the islands"]),
    ("direct", "A Greek defence official", "the official said", ["That was never going to fly in Athens, and they knew it,"]),
    ("indirect", "Greece", "say", ["most of its provisions are still observed"]),
    ("indirect", "Greece", "says", ["the declaration still stands, although the joint committee it created to review progress each year has not met since 2024"]),
    ("partial", "PASOK", "called", ['the hotline "a sticking plaster on a broken leg."']),
    ("partial", "Marina Spyropoulou", "accused", ['the government of "negotiating about telephones while Ankara draws maps."']),
    ("indirect", "Dimitra Louka", "said", ["Athens and Ankara had become better at managing crises than at resolving them"]),
    ("indirect", "Dimitra Louka", "She noted", ["the 1988 measures had survived precisely because they asked little of either side"]),
    ("indirect", "Greek Foreign Ministry", "said in a statement", ["The two delegations will meet again in Thessaloniki in October"]),
]
AGREEMENTS = [
    ("agreement", "The agreement", ["Greece", "Turkey"], "reached", "2026-05-12", "Istanbul"),
    ("proposal", "a Greek proposal for a summer moratorium on military exercises in the Aegean", ["Greece"], "proposed", None, None),
    ("treaty", "the 1923 Treaty of Lausanne", ["Greece", "Turkey"], "in-force", "1923", None),
    ("memorandum", "a memorandum that the two foreign ministers signed in 1988", ["Greece", "Turkey"], "in-force", "1988", None),
    ("declaration", "the Athens Declaration on Friendly Relations", ["Greece", "Turkey"], "in-force", "2023-12", None),
    ("agreement", "A separate understanding on research vessels", ["Greece", "Turkey"], "collapsed", None, None),
]
