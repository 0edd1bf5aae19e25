ID = "inv47-balkaninsight-greece-albania-sea-border-hague-2026-10-06"
TITLE = "Greece, Albania Sign Deal to Take Sea Border Dispute to The Hague"
PUB = "2026-10-06"
TEXT = """Greece and Albania signed a special agreement in Tirana on Monday to ask the International Court of Justice to draw their maritime boundary in the Ionian Sea, ending more than a decade of stalled bilateral talks.

The document, known in legal terms as a compromis, was signed by Albanian Foreign Minister Elira Hoxha and her Greek counterpart, Nikos Stamatopoulos. It has yet to be ratified by the Albanian parliament and the Greek Vouli, and the case cannot be filed in The Hague until both have approved it.

"We are not giving anything away. We are asking judges to apply the law of the sea, which both countries accept," Hoxha told a joint press conference.

Stamatopoulos said the court route was "the grown-up way" to settle the matter and that Athens expected a ruling within four years.

The two neighbours tried once before. A maritime delimitation agreement signed in Athens in 2009 was struck down by Albania's Constitutional Court the following year, after opposition parties argued it handed Greece too much sea around the island of Corfu. It has never been revived.

Relations have been governed since 1996 by a treaty of friendship and cooperation, which both sides still describe as the foundation of their ties.

Fishermen in Saranda, Albania's southernmost port, said they had heard such promises before. "Every government signs something. The Greek coastguard is still there every morning," said Arben Muça, who has fished off Ksamil for twenty years.

Not every dispute is headed for court. Talks on a separate agreement on the status of Cham property claims, which Tirana wants on the agenda and Athens refuses to discuss, have produced no result. A Greek diplomat familiar with the negotiations told BIRN that the two sides were "not even close" on that file.

Albania also suspended a 2023 fisheries protocol with Greece in July, accusing Greek trawlers of breaking its quotas in the Strait of Otranto. Hoxha said on Monday that the protocol would stay suspended until a joint inspection had been carried out.

A Greek proposal for a joint inspection team, first put forward in August, was accepted by Tirana last week, the Greek foreign ministry said in a statement.

Analysts welcomed the deal, but warned that ratification was not guaranteed. Dorian Leka, a researcher at the Albanian Institute for International Studies in Tirana, said the 2009 experience still shaped how Albanian voters saw any agreement with Greece.

"The court will not be the problem. Parliament will be," Leka said. "If the opposition turns this into a sovereignty fight, it could sink the deal before it reaches The Hague."

In Athens, the opposition PASOK party said it would back the agreement in parliament, while the nationalist Greek Solution called it "a surrender of Greek rights in the Ionian."

The EU's enlargement commissioner, whose office has pressed both sides to settle bilateral disputes before Albania joins the bloc, welcomed the signing in a post on X."""
ENTITIES = [
    ("Greece", "State", ["Athens"], "Q41"),
    ("Albania", "State", ["Tirana"], "Q222"),
    ("International Court of Justice", "Organization", [], "Q7801"),
    ("Ionian Sea", "Location", [], "Q37816"),
    ("Elira Hoxha", "Person", ["Hoxha"], None),
    ("Nikos Stamatopoulos", "Person", ["Stamatopoulos"], None),
    ("Albanian parliament", "Organization", [], None),
    ("Vouli", "Organization", [], None),
    ("The Hague", "Location", [], None),
    ("Albania's Constitutional Court", "Organization", [], None),
    ("Corfu", "Location", [], None),
    ("Saranda", "Location", [], None),
    ("Arben Muça", "Person", [], None),
    ("Ksamil", "Location", [], None),
    ("A Greek diplomat familiar with the negotiations", "Group", [], None),
    ("BIRN", "Organization", [], None),
    ("Strait of Otranto", "Location", [], None),
    ("Greek foreign ministry", "Organization", [], None),
    ("Dorian Leka", "Person", ["Leka"], None),
    ("Albanian Institute for International Studies", "Organization", [], None),
    ("PASOK", "Organization", [], None),
    ("Greek Solution", "Organization", [], None),
    ("EU", "Organization", [], "Q458"),
]
STATEMENTS = [
    ("direct", "Elira Hoxha", "Hoxha told a joint press conference", ["We are not giving anything away. We are asking judges to apply the law of the sea, which both countries accept,"]),
    ("partial", "Nikos Stamatopoulos", "said", ['the court route was "the grown-up way" to settle the matter']),
    ("indirect", "Nikos Stamatopoulos", "said", ["Athens expected a ruling within four years"]),
    ("indirect", "Arben Muça", "said", ["they had heard such promises before"]),
    ("direct", "Arben Muça", "said", ["Every government signs something. The Greek coastguard is still there every morning,"]),
    ("partial", "A Greek diplomat familiar with the negotiations", "told BIRN", ['the two sides were "not even close" on that file']),
    ("indirect", "Elira Hoxha", "said", ["the protocol would stay suspended until a joint inspection had been carried out"]),
    ("indirect", "Greek foreign ministry", "said in a statement", ["A Greek proposal for a joint inspection team, first put forward in August, was accepted by Tirana last week"]),
    ("indirect", "Dorian Leka", "said", ["the 2009 experience still shaped how Albanian voters saw any agreement with Greece"]),
    ("direct", "Dorian Leka", "Leka said", ["The court will not be the problem. Parliament will be,", "If the opposition turns this into a sovereignty fight, it could sink the deal before it reaches The Hague."]),
    ("indirect", "PASOK", "said", ["it would back the agreement in parliament"]),
    ("partial", "Greek Solution", "called", ['it "a surrender of Greek rights in the Ionian."']),
]
AGREEMENTS = [
    ("agreement", "a special agreement", ["Greece", "Albania"], "signed", "2026-10-05", "Tirana"),
    ("agreement", "A maritime delimitation agreement signed in Athens in 2009", ["Greece", "Albania"], "collapsed", "2009", "Athens"),
    ("treaty", "a treaty of friendship and cooperation", ["Greece", "Albania"], "in-force", "1996", None),
    ("agreement", "a separate agreement on the status of Cham property claims", ["Greece", "Albania"], "negotiating", None, None),
    ("protocol", "a 2023 fisheries protocol", ["Albania", "Greece"], "withdrawn", "2023", None),
    ("proposal", "A Greek proposal for a joint inspection team", ["Greece", "Albania"], "reached", None, None),
]
