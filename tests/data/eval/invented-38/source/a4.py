ID = "inv38-ekathimerini-greece-turkey-aegean-search-rescue-memorandum-2026-11-25"
TITLE = "Athens and Ankara initial Aegean search-and-rescue memorandum"
PUB = "2026-11-25"
TEXT = """A memorandum on search-and-rescue cooperation in the Aegean was initialled in Ankara on Tuesday after the sixth round of the political dialogue. Athens and Ankara both hailed it as the first written result of the thaw in relations that began nearly three years ago.

The text was initialled by Deputy Foreign Minister Eleni Vourou and her Turkish counterpart, Murat Kaan Yildiz. It sets up a hotline between the Hellenic Coast Guard and the Turkish Coast Guard Command and obliges both services to answer a distress call within 15 minutes, whichever side of the disputed search-and-rescue boundary the vessel is on.

"It is a small step, but it is a step that saves lives," Vourou told Kathimerini on her return to Athens. "Nobody drowning in the Aegean should have to wait for two capitals to agree on a map."

Turkey's Foreign Ministry said in a statement that the memorandum showed "dialogue produces results" and that Ankara was ready to address "all issues" between the two countries, a formula Athens has long rejected.

Government spokesman Stavros Kalogeropoulos said Greece would discuss only the delimitation of the continental shelf and maritime zones, and would not accept any link to the demilitarisation of the eastern Aegean islands.

Diplomatic sources in Athens said a Turkish proposal for a moratorium on military exercises in the summer months had been left out of the final text at Greece's request. The two sides will take it up again at the next round, planned for Athens in March, the sources said.

The new memorandum builds on the confidence-building measures of the 1988 Papoulias-Yilmaz memorandum, which both governments still regard as valid, although its limits on exercises during the tourist season have been widely ignored.

The European Commission, which had urged the two capitals to put their talks on paper, welcomed the memorandum. A Commission spokesperson said the EU would pay for joint training of the two coast guards "if they ask us."

The Hellenic Coast Guard said it had rescued 1,140 people in the eastern Aegean so far this year, many of them after distress calls first received by the Turkish side.

The memorandum is also meant to work alongside a trilateral protocol on flood warnings for the Evros river that Greece, Turkey and Bulgaria signed in 2023 and have applied since. Officials in Sofia were briefed on the text last week, according to the Greek Foreign Ministry.

Not everyone in Athens was impressed. Opposition lawmaker Nikos Drakos accused the government of "selling calm waters" while Ankara kept every one of its claims in the Aegean.

"We have signed a phone number. They have kept their map," he told Parliament.

Fishermen on Lesbos, who often pull migrants from the water before any coast guard arrives, were more hopeful. "If the call is answered in 15 minutes, people live," said Giorgos Stratakis, who has fished out of Mytilene for 30 years.

The memorandum still needs the signature of both foreign ministers, which officials expect at a meeting in Thessaloniki in the spring."""
ENTITIES = [
    ("Ankara", "Location", [], None),
    ("Greece", "State", ["Athens"], "Q41"),
    ("Turkey", "State", ["Ankara"], "Q43"),
    ("Athens", "Location", [], None),
    ("Aegean", "Location", [], None),
    ("Eleni Vourou", "Person", ["Vourou"], None),
    ("Murat Kaan Yildiz", "Person", [], None),
    ("Hellenic Coast Guard", "Organization", [], None),
    ("Turkish Coast Guard Command", "Organization", [], None),
    ("Kathimerini", "Organization", [], None),
    ("Turkey's Foreign Ministry", "Organization", [], None),
    ("Stavros Kalogeropoulos", "Person", [], None),
    ("Diplomatic sources in Athens", "Group", ["the sources"], None),
    ("European Commission", "Organization", ["Commission"], "Q8880"),
    ("European Union", "Organization", ["EU"], "Q458"),
    ("Evros", "Location", [], None),
    ("Bulgaria", "State", [], "Q219"),
    ("Sofia", "Location", [], None),
    ("Greek Foreign Ministry", "Organization", [], None),
    ("Nikos Drakos", "Person", [], None),
    ("Parliament", "Organization", [], None),
    ("Lesbos", "Location", [], None),
    ("Giorgos Stratakis", "Person", [], None),
    ("Mytilene", "Location", [], None),
    ("Thessaloniki", "Location", [], None),
]
STATEMENTS = [
    ("direct", "Eleni Vourou", "told Kathimerini", ["It is a small step, but it is a step that saves lives,", "Nobody drowning in the Aegean should have to wait for two capitals to agree on a map."]),
    ("partial", "Turkey's Foreign Ministry", "said in a statement", ["the memorandum showed \"dialogue produces results\""]),
    ("partial", "Turkey's Foreign Ministry", "said in a statement", ["Ankara was ready to address \"all issues\" between the two countries"]),
    ("indirect", "Stavros Kalogeropoulos", "said", ["Greece would discuss only the delimitation of the continental shelf and maritime zones, and would not accept any link to the demilitarisation of the eastern Aegean islands"]),
    ("indirect", "Diplomatic sources in Athens", "said", ["a Turkish proposal for a moratorium on military exercises in the summer months had been left out of the final text at Greece's request"]),
    ("indirect", "Diplomatic sources in Athens", "the sources said", ["The two sides will take it up again at the next round, planned for Athens in March"]),
    ("partial", "European Commission", "said", ['the EU would pay for joint training of the two coast guards "if they ask us."']),
    ("indirect", "Hellenic Coast Guard", "said", ["it had rescued 1,140 people in the eastern Aegean so far this year, many of them after distress calls first received by the Turkish side"]),
    ("indirect", "Greek Foreign Ministry", "according to", ["Officials in Sofia were briefed on the text last week"]),
    ("partial", "Nikos Drakos", "accused", ['the government of "selling calm waters" while Ankara kept every one of its claims in the Aegean']),
    ("direct", "Nikos Drakos", "he told Parliament", ["We have signed a phone number. They have kept their map,"]),
    ("direct", "Giorgos Stratakis", "said", ["If the call is answered in 15 minutes, people live,"]),
]
AGREEMENTS = [
    ("memorandum", "A memorandum on search-and-rescue cooperation in the Aegean", ["Greece", "Turkey"], "reached", "2026-11-24", "Ankara"),
    ("proposal", "a Turkish proposal for a moratorium on military exercises in the summer months", ["Turkey"], "proposed", None, None),
    ("memorandum", "the 1988 Papoulias-Yilmaz memorandum", ["Greece", "Turkey"], "in-force", "1988", None),
    ("protocol", "a trilateral protocol on flood warnings for the Evros river", ["Greece", "Turkey", "Bulgaria"], "in-force", "2023", None),
]
