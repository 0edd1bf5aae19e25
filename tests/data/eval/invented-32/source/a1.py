ID = "inv32-ap-honduras-elsalvador-fonseca-joint-patrols-2026-07-14"
TITLE = "Honduras, El Salvador sign joint patrol deal after fishermen detained in Gulf of Fonseca"
PUB = "2026-07-14"
TEXT = """SAN LORENZO, Honduras (AP) — Honduras and El Salvador signed an agreement Tuesday to resume joint naval patrols in the Gulf of Fonseca, a week after Salvadoran sailors detained 14 Honduran fishermen near a disputed sandbank, the Honduran Foreign Ministry said.

The fishermen were released Saturday after four days in custody in La Unión. Their boats remain impounded.

Honduran Foreign Minister Rolando Cerrato said the two navies would share radio frequencies and hold a monthly meeting at sea. "Nobody wants to see fishermen in handcuffs again," Cerrato told reporters in Tegucigalpa. "This gulf feeds three countries."

El Salvador's Defense Ministry accused the Honduran crews of fishing with illegal nets inside Salvadoran waters. In a statement, it said the sailors had acted "according to protocol" and that nobody had been hurt.

The men tell a different story. Juan Ramón Euceda, 52, said the sailors made them kneel on the deck for three hours. "They took our fish, our fuel and our phones," he said. His brother, Marvin Euceda, said the boats were anchored on the Honduran side of the bank when the patrol arrived.

Under the deal, which Honduran Defense Minister Gloria Maradiaga and her Salvadoran counterpart, Ernesto Villacorta, signed at the naval base on Amapala island, fishermen from either country who are found in the other's waters will be escorted back rather than arrested. The ministers also agreed to invite Nicaragua to join the patrols.

Nicaragua's government did not respond to a request for comment. Nicaragua's Foreign Ministry said last year that any arrangement in the gulf must respect a 1992 ruling by the International Court of Justice, which found that the three countries share its waters.

Fishing groups in southern Honduras welcomed the agreement but said it came late. The National Federation of Artisanal Fishermen has warned for years that small boats are left exposed to robbery at sea. Its president, Dilcia Ordóñez, said at least 30 boats had been seized or robbed in the gulf since January.

"We have heard promises on this beach before," Ordóñez said. "We will believe it when the nets come back."

A Salvadoran navy officer, who spoke on condition of anonymity because he was not authorized to discuss the case, said the patrol had been sent to the area after complaints from Salvadoran fishermen about Honduran trawlers. He said the commander of the patrol would face an internal review.

The gulf has become more crowded as catches fall. Mauricio Lazo, a marine biologist at the National Autonomous University of Honduras, said shrimp landings had dropped by almost half in a decade. "When there is less fish, every meter of water becomes a border," he said.

The two governments signed a patrol protocol in 2019, but Honduras withdrew from it in 2021 after a dispute over fuel costs. Villacorta said the new agreement would be reviewed after six months."""
ENTITIES = [
    ("Honduras", "State", [], "Q783"),
    ("El Salvador", "State", [], "Q792"),
    ("San Lorenzo", "Location", ["SAN LORENZO"], None),
    ("Associated Press", "Organization", ["AP"], None),
    ("Gulf of Fonseca", "Location", [], None),
    ("Honduran Foreign Ministry", "Organization", [], None),
    ("La Unión", "Location", [], None),
    ("Rolando Cerrato", "Person", ["Cerrato"], None),
    ("Tegucigalpa", "Location", [], None),
    ("El Salvador's Defense Ministry", "Organization", [], None),
    ("Juan Ramón Euceda", "Person", [], None),
    ("Marvin Euceda", "Person", [], None),
    ("Gloria Maradiaga", "Person", [], None),
    ("Ernesto Villacorta", "Person", ["Villacorta"], None),
    ("Amapala", "Location", [], None),
    ("Nicaragua", "State", ["Nicaragua's government"], "Q811"),
    ("Nicaragua's Foreign Ministry", "Organization", [], None),
    ("International Court of Justice", "Organization", [], None),
    ("Fishing groups in southern Honduras", "Group", [], None),
    ("National Federation of Artisanal Fishermen", "Organization", [], None),
    ("Dilcia Ordóñez", "Person", ["Ordóñez"], None),
    ("A Salvadoran navy officer", "Group", [], None),
    ("Mauricio Lazo", "Person", [], None),
    ("National Autonomous University of Honduras", "Organization", [], None),
]
DM = "El Salvador's Defense Ministry"
STATEMENTS = [
    ("indirect", "Honduran Foreign Ministry", "said", ["Honduras and El Salvador signed an agreement Tuesday to resume joint naval patrols in the Gulf of Fonseca, a week after Salvadoran sailors detained 14 Honduran fishermen near a disputed sandbank"]),
    ("indirect", "Rolando Cerrato", "said", ["the two navies would share radio frequencies and hold a monthly meeting at sea"]),
    ("direct", "Rolando Cerrato", "told reporters", ["Nobody wants to see fishermen in handcuffs again,", "This gulf feeds three countries."]),
    ("indirect", DM, "accused", ["the Honduran crews of fishing with illegal nets inside Salvadoran waters"]),
    ("partial", DM, "it said", ['the sailors had acted "according to protocol"']),
    ("indirect", DM, "it said", ["nobody had been hurt"]),
    ("indirect", "Juan Ramón Euceda", "said", ["the sailors made them kneel on the deck for three hours"]),
    ("direct", "Juan Ramón Euceda", "he said", ["They took our fish, our fuel and our phones,"]),
    ("indirect", "Marvin Euceda", "said", ["the boats were anchored on the Honduran side of the bank when the patrol arrived"]),
    ("indirect", "Nicaragua's Foreign Ministry", "said last year", ["any arrangement in the gulf must respect a 1992 ruling by the International Court of Justice, which found that the three countries share its waters"]),
    ("indirect", "Fishing groups in southern Honduras", "said", ["it came late"]),
    ("indirect", "National Federation of Artisanal Fishermen", "has warned", ["small boats are left exposed to robbery at sea"]),
    ("indirect", "Dilcia Ordóñez", "said", ["at least 30 boats had been seized or robbed in the gulf since January"]),
    ("direct", "Dilcia Ordóñez", "Ordóñez said", ["We have heard promises on this beach before,", "We will believe it when the nets come back."]),
    ("indirect", "A Salvadoran navy officer", "said", ["the patrol had been sent to the area after complaints from Salvadoran fishermen about Honduran trawlers"]),
    ("indirect", "A Salvadoran navy officer", "He said", ["the commander of the patrol would face an internal review"]),
    ("indirect", "Mauricio Lazo", "said", ["shrimp landings had dropped by almost half in a decade"]),
    ("direct", "Mauricio Lazo", "he said", ["When there is less fish, every meter of water becomes a border,"]),
    ("indirect", "Ernesto Villacorta", "said", ["the new agreement would be reviewed after six months"]),
]
AGREEMENTS = [
    ("agreement", "an agreement Tuesday to resume joint naval patrols in the Gulf of Fonseca", ["Honduras", "El Salvador"], "signed", "2026-07-14", "Amapala"),
    ("protocol", "a patrol protocol in 2019", ["Honduras", "El Salvador"], "withdrawn", "2019", None),
]
