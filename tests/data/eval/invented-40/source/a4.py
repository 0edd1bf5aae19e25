ID = "inv40-lorienttoday-lebanon-syria-border-committee-memorandum-2026-07-08"
TITLE = "Beirut and Damascus sign memorandum on marking the northern border after Hermel clashes"
PUB = "2026-07-08"
TEXT = """BEIRUT — Lebanon and Syria signed a memorandum on Tuesday setting up a joint technical committee to mark the northern stretch of their border, where clashes between Syrian forces and Lebanese clans killed at least ten people in March, Prime Minister Karim Haddad announced at a joint press conference with Syrian Foreign Minister Majd al-Droubi at the Grand Serail.

The committee will begin work in the Hermel area within a month and report to both governments by the end of the year, Haddad said. "The border has been a wound for too long. Today we decided to treat it with maps rather than with weapons," he told reporters.

Droubi, who spoke after him, said Syrian engineers would bring maps from the French Mandate era to the committee's first session. He accused "smuggling networks on both sides" of fueling the clashes.

"We did not come to Beirut to settle old accounts," the Syrian minister added.

The memorandum builds on the Jeddah agreement that the two countries' defense ministers signed in March 2025 under Saudi mediation, which set up a hotline between the two armies but never produced a map.

The Lebanese Army said in a statement that it had deployed two additional regiments along the border since March and closed 17 illegal crossings in the past month.

A Lebanese official familiar with the negotiations told L'Orient Today that the hardest point had been the fate of some 30 Lebanese-owned homes that Syrian maps place inside Syria. The official said both sides had agreed to leave those cases for a second phase.

In Hermel, reactions were mixed. Hezbollah MP Ibrahim Shamseddine, who represents the Baalbek-Hermel district, said the committee must not become "a cover for foreign pressure on the resistance." Ali Jaafar, a farmer whose land in Hawsh al-Sayyed Ali lies on both sides of the frontier, said residents had not been consulted. "They drew the line in Beirut, and they will ask us later where our fields are," he said.

The Saudi Foreign Ministry said in a statement that the memorandum was "an important step for the security of the two brotherly countries." Sources at Baabda Palace said the president planned to visit Damascus in September.

Rana Khoury, a senior fellow at the American University of Beirut's Issam Fares Institute who has written two books on the border, said the memorandum was the first document the two governments had signed in Beirut since December 2024. She warned that the committee would fail if it worked only from maps.

"Half of this border was never drawn. It was lived," Khoury said. "You cannot mark it without the people who live on it.\""""
ENTITIES = [
    ("Beirut", "Location", ["BEIRUT"], None),
    ("Lebanon", "State", [], "Q822"),
    ("Syria", "State", [], "Q858"),
    ("Karim Haddad", "Person", ["Haddad"], None),
    ("Majd al-Droubi", "Person", ["Droubi", "the Syrian minister"], None),
    ("Grand Serail", "Location", [], None),
    ("Hermel", "Location", [], None),
    ("Jeddah", "Location", [], None),
    ("Lebanese Army", "Organization", [], None),
    ("A Lebanese official familiar with the negotiations", "Group", ["The official"], None),
    ("L'Orient Today", "Organization", [], None),
    ("Hezbollah", "ArmedGroup", [], "Q41053"),
    ("Ibrahim Shamseddine", "Person", [], None),
    ("Baalbek-Hermel", "Location", [], None),
    ("Ali Jaafar", "Person", [], None),
    ("Hawsh al-Sayyed Ali", "Location", [], None),
    ("Saudi Foreign Ministry", "Organization", [], None),
    ("Sources at Baabda Palace", "Group", [], None),
    ("Baabda Palace", "Location", [], None),
    ("Damascus", "Location", [], None),
    ("Rana Khoury", "Person", ["Khoury"], None),
    ("American University of Beirut", "Organization", [], None),
    ("Issam Fares Institute", "Organization", [], None),
]
LO = "A Lebanese official familiar with the negotiations"
STATEMENTS = [
    ("indirect", "Karim Haddad", "announced", ["Lebanon and Syria signed a memorandum on Tuesday setting up a joint technical committee to mark the northern stretch of their border, where clashes between Syrian forces and Lebanese clans killed at least ten people in March"]),
    ("indirect", "Karim Haddad", "Haddad said", ["The committee will begin work in the Hermel area within a month and report to both governments by the end of the year"]),
    ("direct", "Karim Haddad", "he told reporters", ["The border has been a wound for too long. Today we decided to treat it with maps rather than with weapons,"]),
    ("indirect", "Majd al-Droubi", "said", ["Syrian engineers would bring maps from the French Mandate era to the committee's first session"]),
    ("partial", "Majd al-Droubi", "accused", ['"smuggling networks on both sides" of fueling the clashes']),
    ("direct", "Majd al-Droubi", "the Syrian minister added", ["We did not come to Beirut to settle old accounts,"]),
    ("indirect", "Lebanese Army", "said in a statement", ["it had deployed two additional regiments along the border since March and closed 17 illegal crossings in the past month"]),
    ("indirect", LO, "told L'Orient Today", ["the hardest point had been the fate of some 30 Lebanese-owned homes that Syrian maps place inside Syria"]),
    ("indirect", LO, "The official said", ["both sides had agreed to leave those cases for a second phase"]),
    ("partial", "Ibrahim Shamseddine", "said", ['the committee must not become "a cover for foreign pressure on the resistance."']),
    ("indirect", "Ali Jaafar", "said", ["residents had not been consulted"]),
    ("direct", "Ali Jaafar", "he said", ["They drew the line in Beirut, and they will ask us later where our fields are,"]),
    ("partial", "Saudi Foreign Ministry", "said in a statement", ['the memorandum was "an important step for the security of the two brotherly countries."']),
    ("indirect", "Sources at Baabda Palace", "said", ["the president planned to visit Damascus in September"]),
    ("indirect", "Rana Khoury", "said", ["the memorandum was the first document the two governments had signed in Beirut since December 2024"]),
    ("indirect", "Rana Khoury", "She warned", ["the committee would fail if it worked only from maps"]),
    ("direct", "Rana Khoury", "Khoury said", ["Half of this border was never drawn. It was lived,", "You cannot mark it without the people who live on it."]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum", ["Lebanon", "Syria"], "signed", "2026-07-07", "Grand Serail"),
    ("agreement", "the Jeddah agreement", ["Lebanon", "Syria"], "signed", "2025-03", "Jeddah"),
]
