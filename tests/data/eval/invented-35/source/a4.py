ID = "inv35-abc-indonesia-timor-leste-oecusse-border-segments-deal-2026-11-05"
TITLE = "Indonesia and Timor-Leste sign deal on last disputed border segments, opening way for Oecusse markets"
PUB = "2026-11-05"
TEXT = """By South-East Asia correspondent Hannah Lowe in Dili

Indonesia and Timor-Leste have signed an agreement settling the last two disputed segments of their land border, more than two decades after the former Indonesian province voted for independence.

Key points:
- The deal covers two areas around the Oecusse enclave that have been disputed since 2002
- Timor-Leste's Foreign Minister says weekly cross-border markets will reopen in January
- Some villagers say they were not consulted about where the line will run

The agreement, signed in Dili on Thursday by Timor-Leste's Foreign Minister Lurdes Soares and her Indonesian counterpart, Bayu Prasetyo, fixes the line at Noel Besi-Citrana and Bidjael Sunan-Oben, two stretches of farmland and riverbed around Oecusse, Timor-Leste's enclave inside Indonesian West Timor.

"Today we close the last open page of our border," Ms Soares told reporters after the ceremony. "Our farmers will know which field is theirs, and our traders will know where the market is."

She said weekly markets at Oecusse's border posts, closed since a clash between villagers in 2023, would reopen in January.

Mr Prasetyo said the deal showed that "neighbours who once fought can settle their differences at a table". He added that Jakarta would fund a new road to the Wini crossing.

Indonesia's foreign ministry spokesman, Arif Nugroho, later said the two governments would ask the United Nations to register the treaty.

Not everyone is celebrating. In the village of Naktuka, residents say they learned of the deal from the radio.

"Nobody came to ask us. My grandfather's rice field is now on the other side," farmer Domingos Tilman said.

A Timorese official involved in the talks conceded that consultations had been "too short", but said the maps followed the 1904 convention between the colonial powers, Portugal and the Netherlands, which both sides accept.

Fronteira Watch, a Dili-based civil society group, accused the government of rushing the signing before next year's elections. Its director, Cristina Belo, said the group would ask parliament to hold hearings before ratification.

The treaty must still be ratified by the parliaments of both countries.

Relations between the neighbours have improved steadily since Timor-Leste joined ASEAN in 2025, with Jakarta backing its entry into the bloc.

Tom Reilly, a researcher at Charles Darwin University who studies the border, said the deal would make cross-border trade easier but not end disputes over grazing land.

"The line is settled on paper. On the ground, the cattle have not read the treaty," he said.

Australian officials welcomed the agreement. The Department of Foreign Affairs and Trade said in a statement that Canberra "congratulates both neighbours on a peaceful settlement".

Ms Soares said a joint commission would begin placing border pillars in March, starting at Noel Besi-Citrana."""
ENTITIES = [
    ("Indonesia", "State", ["Jakarta"], "Q252"),
    ("Timor-Leste", "State", [], "Q574"),
    ("Hannah Lowe", "Person", [], None),
    ("Dili", "Location", [], None),
    ("Oecusse", "Location", [], None),
    ("Lurdes Soares", "Person", ["Ms Soares"], None),
    ("Bayu Prasetyo", "Person", ["Mr Prasetyo"], None),
    ("Noel Besi-Citrana", "Location", [], None),
    ("Bidjael Sunan-Oben", "Location", [], None),
    ("West Timor", "Location", [], None),
    ("Wini", "Location", [], None),
    ("Arif Nugroho", "Person", [], None),
    ("United Nations", "Organization", [], None),
    ("Naktuka", "Location", [], None),
    ("residents", "Group", [], None),
    ("Some villagers", "Group", [], None),
    ("Domingos Tilman", "Person", [], None),
    ("A Timorese official involved in the talks", "Group", [], None),
    ("Portugal", "State", [], "Q45"),
    ("Netherlands", "State", [], "Q55"),
    ("Fronteira Watch", "Organization", [], None),
    ("Cristina Belo", "Person", [], None),
    ("ASEAN", "Organization", [], None),
    ("Tom Reilly", "Person", [], None),
    ("Charles Darwin University", "Organization", [], None),
    ("Australia", "State", ["Canberra"], "Q408"),
    ("Department of Foreign Affairs and Trade", "Organization", [], None),
]
S = "Lurdes Soares"
P = "Bayu Prasetyo"
TO = "A Timorese official involved in the talks"
STATEMENTS = [
    ("indirect", S, "says", ["weekly cross-border markets will reopen in January"]),
    ("indirect", "Some villagers", "say", ["they were not consulted about where the line will run"]),
    ("direct", S, "told reporters", ["Today we close the last open page of our border,", "Our farmers will know which field is theirs, and our traders will know where the market is."]),
    ("indirect", S, "She said", ["weekly markets at Oecusse's border posts, closed since a clash between villagers in 2023, would reopen in January"]),
    ("partial", P, "said", ['the deal showed that "neighbours who once fought can settle their differences at a table"']),
    ("indirect", P, "He added", ["Jakarta would fund a new road to the Wini crossing"]),
    ("indirect", "Arif Nugroho", "later said", ["the two governments would ask the United Nations to register the treaty"]),
    ("indirect", "residents", "say", ["they learned of the deal from the radio"]),
    ("direct", "Domingos Tilman", "said", ["Nobody came to ask us. My grandfather's rice field is now on the other side,"]),
    ("partial", TO, "conceded", ['consultations had been "too short"']),
    ("indirect", TO, "said", ["the maps followed the 1904 convention between the colonial powers, Portugal and the Netherlands, which both sides accept"]),
    ("indirect", "Fronteira Watch", "accused", ["the government of rushing the signing before next year's elections"]),
    ("indirect", "Cristina Belo", "said", ["the group would ask parliament to hold hearings before ratification"]),
    ("indirect", "Tom Reilly", "said", ["the deal would make cross-border trade easier but not end disputes over grazing land"]),
    ("direct", "Tom Reilly", "he said", ["The line is settled on paper. On the ground, the cattle have not read the treaty,"]),
    ("partial", "Department of Foreign Affairs and Trade", "said in a statement", ['Canberra "congratulates both neighbours on a peaceful settlement"']),
    ("indirect", S, "Ms Soares said", ["a joint commission would begin placing border pillars in March, starting at Noel Besi-Citrana"]),
]
AGREEMENTS = [
    ("agreement", "an agreement settling the last two disputed segments of their land border", ["Indonesia", "Timor-Leste"], "signed", "2026-11-05", "Dili"),
    ("agreement", "the 1904 convention", ["Portugal", "Netherlands"], "in-force", "1904", None),
]
