ID = "inv54-rfi-france-suriname-maroni-gold-mining-river-accord-2026-09-24"
TITLE = "France and Suriname sign Maroni river accord to fight illegal gold mining, two years after patrols were suspended"
PUB = "2026-09-24"
TEXT = """France and Suriname signed an accord on Wednesday to patrol the Maroni river together and to close the floating shops that supply illegal gold miners on its banks, two years after Suriname suspended the last such arrangement.

The accord was signed in Paramaribo by France's Minister for Overseas Territories, Claire Delmas-Rivière, and Suriname's Foreign Minister, Ravindra Soekhlal. It provides for joint patrols on the 520-kilometre river, which forms the border between French Guiana and Suriname, and for an exchange of information on boats, fuel depots and shops.

"The river belongs to the people who live on it, not to the gold traffickers," Delmas-Rivière told RFI after the ceremony. "Nothing could be done as long as each of us stayed on our own bank."

Soekhlal said the accord fully respected Suriname's sovereignty and that Surinamese officers would command every patrol in Surinamese waters. He stressed that his government had asked for, and obtained, a clause on "proportionate use of force".

That clause was at the heart of the earlier dispute. Suriname suspended a 2021 arrangement on joint river patrols in 2024, after a Surinamese boatman was shot dead by French gendarmes near Maripasoula. Suriname's Ministry of Defence said on Wednesday that it had never received the full investigation report, and that it expected the new joint commission to "settle such cases quickly and in the open".

The prefect of French Guiana, Antoine Lefèvre-Camus, accused traders on the Surinamese bank of supplying fuel, mercury and food to around 8,000 clandestine miners, most of them from Brazil. He said the shops, many of them built on stilts in the river, would be "dismantled one by one".

According to the WWF office in the Guianas, illegal mining has polluted more than 1,200 kilometres of rivers and creeks in French Guiana alone, and fish in the upper Maroni carry mercury levels above the safe limit.

Not everyone on the river is convinced. The Aluku chief, Granman Dominique Adinsi, said his people had not been consulted. "They sign in the capital, but the river is ours," he said. "Our young men will lose the only work there is."

Residents of Grand-Santi told RFI that prices of rice and petrol had already doubled during earlier operations, because the same floating shops also supply the villages.

A French military officer in Cayenne, who asked not to be named, said the French Armed Forces in Guiana would need more river boats and helicopters to carry out the patrols. "We are asked to do more with the same means," he said.

Brazil, whose nationals make up most of the miners, is not party to the accord. Its embassy in Paramaribo did not reply to questions from RFI.

The joint commission is due to meet for the first time in Albina in November."""
ENTITIES = [
    ("France", "State", [], "Q142"),
    ("Suriname", "State", [], "Q730"),
    ("Paramaribo", "Location", [], None),
    ("Maroni river", "Location", ["Maroni"], None),
    ("Claire Delmas-Rivière", "Person", ["Delmas-Rivière"], None),
    ("Ravindra Soekhlal", "Person", ["Soekhlal"], None),
    ("French Guiana", "Location", [], "Q3769"),
    ("RFI", "Organization", [], None),
    ("Maripasoula", "Location", [], None),
    ("Suriname's Ministry of Defence", "Organization", [], None),
    ("Antoine Lefèvre-Camus", "Person", [], None),
    ("Brazil", "State", [], "Q155"),
    ("WWF", "Organization", [], None),
    ("Guianas", "Location", [], None),
    ("Dominique Adinsi", "Person", ["Granman Dominique Adinsi"], None),
    ("Residents of Grand-Santi", "Group", [], None),
    ("Grand-Santi", "Location", [], None),
    ("A French military officer in Cayenne", "Group", [], None),
    ("Cayenne", "Location", [], None),
    ("French Armed Forces in Guiana", "Organization", [], None),
    ("Albina", "Location", [], None),
]
FO = "A French military officer in Cayenne"
STATEMENTS = [
    ("direct", "Claire Delmas-Rivière", "told RFI", ["The river belongs to the people who live on it, not to the gold traffickers,", "Nothing could be done as long as each of us stayed on our own bank."]),
    ("indirect", "Ravindra Soekhlal", "said", ["the accord fully respected Suriname's sovereignty"]),
    ("indirect", "Ravindra Soekhlal", "said", ["Surinamese officers would command every patrol in Surinamese waters"]),
    ("partial", "Ravindra Soekhlal", "stressed", ["his government had asked for, and obtained, a clause on \"proportionate use of force\""]),
    ("indirect", "Suriname's Ministry of Defence", "said on Wednesday", ["it had never received the full investigation report"]),
    ("partial", "Suriname's Ministry of Defence", "said on Wednesday", ["it expected the new joint commission to \"settle such cases quickly and in the open\""]),
    ("indirect", "Antoine Lefèvre-Camus", "accused", ["traders on the Surinamese bank of supplying fuel, mercury and food to around 8,000 clandestine miners, most of them from Brazil"]),
    ("partial", "Antoine Lefèvre-Camus", "He said", ["the shops, many of them built on stilts in the river, would be \"dismantled one by one\""]),
    ("indirect", "WWF", "According to", ["illegal mining has polluted more than 1,200 kilometres of rivers and creeks in French Guiana alone, and fish in the upper Maroni carry mercury levels above the safe limit"]),
    ("indirect", "Dominique Adinsi", "said", ["his people had not been consulted"]),
    ("direct", "Dominique Adinsi", "he said", ["They sign in the capital, but the river is ours,", "Our young men will lose the only work there is."]),
    ("indirect", "Residents of Grand-Santi", "told RFI", ["prices of rice and petrol had already doubled during earlier operations, because the same floating shops also supply the villages"]),
    ("indirect", FO, "said", ["the French Armed Forces in Guiana would need more river boats and helicopters to carry out the patrols"]),
    ("direct", FO, "he said", ["We are asked to do more with the same means,"]),
]
AGREEMENTS = [
    ("accord", "an accord", ["France", "Suriname"], "signed", "2026-09-23", "Paramaribo"),
    ("other", "a 2021 arrangement on joint river patrols", ["France", "Suriname"], "withdrawn", "2021", None),
]
