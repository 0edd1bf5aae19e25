ID = "inv53-cyprusmail-cyprus-greece-cable-survey-memorandum-kasos-2026-05-14"
TITLE = "Cyprus and Greece sign cable survey memorandum as Turkish frigates shadow ship off Kasos"
PUB = "2026-05-14"
TEXT = """Cyprus and Greece on Wednesday signed a memorandum to restart the stalled seabed survey for the undersea power cable between Crete and Cyprus, a day after two Turkish frigates shadowed a research vessel off the Greek island of Kasos.

The memorandum, signed at the energy ministry in Nicosia by Energy Minister Marios Hadjipetrou and Greek Deputy Energy Minister Eleni Stathopoulou, sets a new timetable for the survey and commits both governments to share the cost of naval escorts.

"This cable is a European project on European seabed, and we will not ask anyone's permission to build it," Hadjipetrou told reporters after the signing. "Delay is the only thing that has cost us money so far."

Stathopoulou said the survey would resume "within weeks" and that Athens had kept the European Commission, which has pledged €657 million to the project, informed of every step.

Ankara responded within hours. Turkey's Foreign Ministry said in a statement that any work on its continental shelf without its consent was "null and void" and that Turkish naval forces would "continue to carry out their duties" in the area.

A Turkish official, speaking on condition of anonymity, told reporters that the frigates had acted in line with international law and had never come closer than four nautical miles to the survey ship.

Athens disputes that account. A Greek military source said the two warships had come within two miles of the vessel on Tuesday afternoon and had radioed it several times, demanding that it leave.

The survey was halted in July 2024 after a similar stand-off near Kasos and Karpathos, and work has been largely frozen since. Turkey bases its objection on a 2019 maritime memorandum with Libya, which draws a boundary across waters Greece considers its own. Athens and the European Union regard that memorandum as void; Ankara says it remains in force. Turkey has also proposed a joint committee of Greek Cypriots and Turkish Cypriots to share out any revenue from energy projects around the island, an offer the Cypriot government has not answered.

Turkish Cypriot spokesman Hasan Dervişoğlu accused the Cypriot government of "turning electricity into a weapon" and said Turkish Cypriots had been left out of every decision on the cable.

Government spokesman Stelios Kyriakou dismissed the criticism. "Turkish Cypriots will be able to buy power from this cable like everyone else," he said. "What they cannot have is a veto."

Andreas Petrides, an energy economist at the University of Cyprus, said the memorandum changed little at sea.

"Paper does not move ships. The question is whether Athens is willing to send frigates with the survey vessel, and so far it has not been," he told the Cyprus Mail.

He warned that part of the EU funding could be lost if the survey did not resume by the end of the year, and noted that the project's investors had already asked for new guarantees.

In Paphos, where the cable is due to come ashore, the mayor, Christina Loizou, said residents had waited long enough. "We were promised cheaper power in 2025. Now nobody will even give us a year," she said."""
ENTITIES = [
    ("Cyprus", "State", ["the Cypriot government"], "Q229"),
    ("Greece", "State", ["Athens"], "Q41"),
    ("Crete", "Location", [], "Q34374"),
    ("Kasos", "Location", [], None),
    ("Nicosia", "Location", [], "Q3856"),
    ("Marios Hadjipetrou", "Person", ["Hadjipetrou"], None),
    ("Eleni Stathopoulou", "Person", ["Stathopoulou"], None),
    ("European Commission", "Organization", [], "Q8880"),
    ("Turkey", "State", ["Ankara"], "Q43"),
    ("Turkey's Foreign Ministry", "Organization", [], None),
    ("A Turkish official", "Group", [], None),
    ("A Greek military source", "Group", [], None),
    ("Karpathos", "Location", [], None),
    ("Libya", "State", [], "Q1016"),
    ("European Union", "Organization", ["EU"], "Q458"),
    ("Hasan Dervişoğlu", "Person", [], None),
    ("Turkish Cypriots", "Group", [], None),
    ("Greek Cypriots", "Group", [], None),
    ("Stelios Kyriakou", "Person", [], None),
    ("Andreas Petrides", "Person", [], None),
    ("University of Cyprus", "Organization", [], None),
    ("Cyprus Mail", "Organization", [], None),
    ("Paphos", "Location", [], None),
    ("Christina Loizou", "Person", [], None),
]
STATEMENTS = [
    ("direct", "Marios Hadjipetrou", "told reporters", ["This cable is a European project on European seabed, and we will not ask anyone's permission to build it,", "Delay is the only thing that has cost us money so far."]),
    ("partial", "Eleni Stathopoulou", "said", ['the survey would resume "within weeks"']),
    ("indirect", "Eleni Stathopoulou", "said", ["Athens had kept the European Commission, which has pledged €657 million to the project, informed of every step"]),
    ("partial", "Turkey's Foreign Ministry", "said in a statement", ['any work on its continental shelf without its consent was "null and void"']),
    ("partial", "Turkey's Foreign Ministry", "said in a statement", ['Turkish naval forces would "continue to carry out their duties" in the area']),
    ("indirect", "A Turkish official", "told reporters", ["the frigates had acted in line with international law and had never come closer than four nautical miles to the survey ship"]),
    ("indirect", "A Greek military source", "said", ["the two warships had come within two miles of the vessel on Tuesday afternoon and had radioed it several times, demanding that it leave"]),
    ("indirect", "Turkey", "says", ["it remains in force"]),
    ("partial", "Hasan Dervişoğlu", "accused", ['the Cypriot government of "turning electricity into a weapon"']),
    ("indirect", "Hasan Dervişoğlu", "said", ["Turkish Cypriots had been left out of every decision on the cable"]),
    ("direct", "Stelios Kyriakou", "he said", ["Turkish Cypriots will be able to buy power from this cable like everyone else,", "What they cannot have is a veto."]),
    ("indirect", "Andreas Petrides", "said", ["the memorandum changed little at sea"]),
    ("direct", "Andreas Petrides", "told the Cyprus Mail", ["Paper does not move ships. The question is whether Athens is willing to send frigates with the survey vessel, and so far it has not been,"]),
    ("indirect", "Andreas Petrides", "warned", ["part of the EU funding could be lost if the survey did not resume by the end of the year"]),
    ("indirect", "Andreas Petrides", "noted", ["the project's investors had already asked for new guarantees"]),
    ("indirect", "Christina Loizou", "said", ["residents had waited long enough"]),
    ("direct", "Christina Loizou", "she said", ["We were promised cheaper power in 2025. Now nobody will even give us a year,"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum to restart the stalled seabed survey", ["Cyprus", "Greece"], "signed", "2026-05-13", "Nicosia"),
    ("memorandum", "a 2019 maritime memorandum with Libya", ["Turkey", "Libya"], "in-force", "2019", None),
    ("proposal", "a joint committee of Greek Cypriots and Turkish Cypriots", ["Turkey"], "proposed", None, None),
]
