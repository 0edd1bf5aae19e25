ID = "inv34-jeuneafrique-mauritania-senegal-gas-revenue-deal-2026-10-29"
TITLE = "Nouakchott and Dakar settle gas revenue dispute, but the fishing truce is in trouble"
PUB = "2026-10-29"
TEXT = """NOUAKCHOTT - Mauritania and Senegal reached a deal on Tuesday on how to share the revenue of their joint offshore gas field, Mauritania's Ministry of Petroleum and Energy said, ending eight months of dispute over the cost of a delayed export terminal.

Under the deal, each state will keep half of the field's profit gas, while a joint fund will pay back the terminal's extra costs over six years. Senegal's energy minister, Aminata Ndiaye, said the agreement protected "every cubic metre that belongs to Senegalese citizens".

The two governments had signed a first revenue-sharing accord in 2018, when drilling began. Senegal withdrew from that accord in February, when it accused the field's operator, Atlantic Basin Energy, of hiding cost overruns from the Senegalese side. Mauritania's oil and energy minister, Sidi Ould Baba, said on Tuesday that the 2018 accord had been "replaced, not repaired".

The new deal still needs the approval of both parliaments. Ould Baba proposed a joint audit of the terminal's accounts before the vote in Nouakchott, a step Dakar has not yet accepted. Ndiaye told Jeune Afrique that Senegal would study the audit plan "with an open mind".

The gas talks were hosted by the African Development Bank, whose vice-president, Kofi Mensah, chaired the last two rounds in Abidjan. The bank is not a party to the deal but will manage the joint fund.

Relations between the two neighbours have been strained over a separate fishing truce. The Senegalese Fishermen's Union and the Mauritanian National Fishing Federation agreed in March to stop seizing each other's boats near the maritime border at Saint-Louis. The Senegalese Fishermen's Union said on Monday that Mauritanian coastguards had seized four pirogues since September, in violation of the truce.

Mauritania's fisheries ministry said the boats had been fishing without licences, and that the coastguards were not bound by an arrangement between private federations.

Moussa Diop, a boat owner in Saint-Louis, said three of his crew were still held in Nouadhibou. "They speak of gas and billions, and my men sleep in a cell," he said.

Analyst Mariem Sall of the Dakar-based Institute for Security Studies said the gas deal showed both capitals could compromise when money was at stake. She said the fishing quarrel was harder because it touched thousands of families on both sides of the river.

The two parliaments are expected to vote on the deal before the end of the year."""
ENTITIES = [
    ("Nouakchott", "Location", [], None),
    ("Mauritania", "State", [], "Q1025"),
    ("Senegal", "State", [], "Q1041"),
    ("Aminata Ndiaye", "Person", ["Ndiaye"], None),
    ("Dakar", "Location", [], None),
    ("Atlantic Basin Energy", "Organization", [], None),
    ("Sidi Ould Baba", "Person", ["Ould Baba"], None),
    ("Jeune Afrique", "Organization", [], None),
    ("African Development Bank", "Organization", ["The bank"], "Q294898"),
    ("Kofi Mensah", "Person", [], None),
    ("Abidjan", "Location", [], None),
    ("Saint-Louis", "Location", [], None),
    ("Nouadhibou", "Location", [], None),
    ("Mauritanian National Fishing Federation", "Organization", [], None),
    ("Mauritania's Ministry of Petroleum and Energy", "Organization", [], None),
    ("Senegalese Fishermen's Union", "Organization", [], None),
    ("Mauritania's fisheries ministry", "Organization", [], None),
    ("Moussa Diop", "Person", [], None),
    ("Mariem Sall", "Person", [], None),
    ("Institute for Security Studies", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Mauritania's Ministry of Petroleum and Energy", "Mauritania's Ministry of Petroleum and Energy said", ["Mauritania and Senegal reached a deal on Tuesday on how to share the revenue of their joint offshore gas field", "ending eight months of dispute over the cost of a delayed export terminal"]),
    ("partial", "Aminata Ndiaye", "said", ["the agreement protected \"every cubic metre that belongs to Senegalese citizens\""]),
    ("partial", "Sidi Ould Baba", "said on Tuesday", ["the 2018 accord had been \"replaced, not repaired\""]),
    ("partial", "Aminata Ndiaye", "told Jeune Afrique", ["Senegal would study the audit plan \"with an open mind\""]),
    ("indirect", "Senegalese Fishermen's Union", "said on Monday", ["Mauritanian coastguards had seized four pirogues since September, in violation of the truce"]),
    ("indirect", "Mauritania's fisheries ministry", "said", ["the boats had been fishing without licences"]),
    ("indirect", "Mauritania's fisheries ministry", "said", ["the coastguards were not bound by an arrangement between private federations"]),
    ("indirect", "Moussa Diop", "said", ["three of his crew were still held in Nouadhibou"]),
    ("direct", "Moussa Diop", "he said", ["They speak of gas and billions, and my men sleep in a cell,"]),
    ("indirect", "Mariem Sall", "said", ["the gas deal showed both capitals could compromise when money was at stake"]),
    ("indirect", "Mariem Sall", "She said", ["the fishing quarrel was harder because it touched thousands of families on both sides of the river"]),
]
AGREEMENTS = [
    ("deal", "a deal on Tuesday on how to share the revenue of their joint offshore gas field", ["Mauritania", "Senegal"], "reached", "2026-10-27", None),
    ("accord", "a first revenue-sharing accord in 2018", ["Mauritania", "Senegal"], "withdrawn", "2018", None),
    ("plan", "a joint audit of the terminal's accounts", ["Mauritania"], "proposed", None, None),
    ("truce", "a separate fishing truce", ["Senegalese Fishermen's Union", "Mauritanian National Fishing Federation"], "violated", None, None),
]
