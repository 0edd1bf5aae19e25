ID = "inv5-briefing-pakistan-fo-loc-ceasefire-2026-10-16"
TITLE = "FO says LoC ceasefire 'holding but fragile', rejects Indian claims on Kupwara firing"
PUB = "2026-10-16"
TEXT = """ISLAMABAD: The Foreign Office on Thursday said the ceasefire along the Line of Control (LoC) was "holding but fragile" and rejected what it called baseless Indian allegations that Pakistani troops had fired on villages in the Kupwara sector.

Addressing the weekly press briefing, spokesperson Ayesha Mumtaz Qazi said Pakistan remained committed to the understanding reached by the directors general of military operations (DGMOs) of the two countries in March, "provided India shows the same commitment on the ground".

"We have seen statements from New Delhi that have no basis in fact. No Pakistani post fired first on October 12 or at any other time this month," she said.

Responding to a question about reports that India had called off a flag meeting scheduled for Saturday, the spokesperson said Pakistan had "not received any formal communication" to that effect.

A journalist asked whether Pakistan would accept mediation by a third country. Qazi said Pakistan had always welcomed "any sincere effort" by friendly countries and the United Nations, but noted that India had consistently turned down such offers.

"Bilateralism has been tried for seventy years. Where has it brought the people of Kashmir?" she asked.

In a separate statement, the Inter-Services Public Relations (ISPR), the military's media wing, said two soldiers had been wounded by "unprovoked" Indian fire in the Neelum valley on Wednesday. It said Pakistani troops had "responded befittingly".

Indian officials tell a different story. Speaking to reporters on Thursday evening, Ministry of External Affairs spokesperson Rohan Kapadia said Indian troops had "responded in a calibrated manner" to firing from across the LoC, and that India was committed to the ceasefire "in letter and spirit".

"The onus is on Pakistan to stop infiltration. The ceasefire cannot be a cover for it," Kapadia said.

An Indian army officer in Srinagar, who spoke on condition of anonymity, said two infiltrators had been killed near Keran on Tuesday night.

Asked about the visit of the UN Secretary-General's personal envoy, Lars Ekdahl, the Pakistani spokesperson confirmed that he would arrive in Islamabad on Monday and travel to Muzaffarabad later in the week. She declined to say whether Ekdahl would also visit New Delhi.

"We will brief him fully. The world cannot look away from Kashmir," she said.

Ekdahl's office in Geneva said in an email that the envoy "looks forward to listening to all sides" and would not comment on the substance of the visit beforehand.

On other matters, the spokesperson announced that Foreign Minister Tariq Hamdani would travel to Riyadh on Sunday for talks with Saudi Arabia's leadership. She said a memorandum of understanding on labour mobility was expected to be signed during the visit.

To a question on the stalled talks over a bilateral trade corridor with Afghanistan, Qazi said discussions were "continuing at the technical level" and that Kabul had been "constructive".

She also rejected a question suggesting that Pakistan had sought a new loan from the International Monetary Fund (IMF) to cover defence spending, calling the report "speculative and mischievous".

The briefing ended with a question on the security of Chinese nationals working in the country. "The safety of our Chinese friends is our red line," Qazi said, adding that security had been tightened at project sites."""
ENTITIES = [
    ("Islamabad", "Location", [], "Q1362"),
    ("An Indian army officer in Srinagar", "Group", [], None),
    ("Foreign Office", "Organization", [], None),
    ("Line of Control", "Location", ["LoC"], None),
    ("Kupwara", "Location", [], None),
    ("Ayesha Mumtaz Qazi", "Person", ["Qazi"], None),
    ("Pakistan", "State", [], "Q843"),
    ("India", "State", ["New Delhi"], "Q668"),
    ("United Nations", "Organization", ["UN"], "Q1065"),
    ("Kashmir", "Location", [], None),
    ("Inter-Services Public Relations", "Organization", ["ISPR"], None),
    ("Neelum valley", "Location", [], None),
    ("Ministry of External Affairs", "Organization", [], None),
    ("Rohan Kapadia", "Person", ["Kapadia"], None),
    ("Srinagar", "Location", [], None),
    ("Keran", "Location", [], None),
    ("Lars Ekdahl", "Person", ["Ekdahl"], None),
    ("Muzaffarabad", "Location", [], None),
    ("Geneva", "Location", [], "Q71"),
    ("Tariq Hamdani", "Person", [], None),
    ("Riyadh", "Location", [], "Q3692"),
    ("Saudi Arabia", "State", [], "Q851"),
    ("Afghanistan", "State", ["Kabul"], "Q889"),
    ("International Monetary Fund", "Organization", ["IMF"], "Q7804"),
]
STATEMENTS = [
    ("indirect", "Foreign Office", "said", ["the ceasefire along the Line of Control (LoC) was \"holding but fragile\""]),
    ("indirect", "Ayesha Mumtaz Qazi", "said", ["Pakistan remained committed to the understanding reached by the directors general of military operations (DGMOs) of the two countries in March, \"provided India shows the same commitment on the ground\""]),
    ("direct", "Ayesha Mumtaz Qazi", "said", ["We have seen statements from New Delhi that have no basis in fact. No Pakistani post fired first on October 12 or at any other time this month,"]),
    ("indirect", "Ayesha Mumtaz Qazi", "said", ["Pakistan had \"not received any formal communication\" to that effect"]),
    ("indirect", "Ayesha Mumtaz Qazi", "said", ["Pakistan had always welcomed \"any sincere effort\" by friendly countries and the United Nations"]),
    ("indirect", "Ayesha Mumtaz Qazi", "noted", ["India had consistently turned down such offers"]),
    ("direct", "Ayesha Mumtaz Qazi", "asked", ["Bilateralism has been tried for seventy years. Where has it brought the people of Kashmir?"]),
    ("indirect", "Inter-Services Public Relations", "said", ["two soldiers had been wounded by \"unprovoked\" Indian fire in the Neelum valley on Wednesday"]),
    ("indirect", "Inter-Services Public Relations", "said", ["Pakistani troops had \"responded befittingly\""]),
    ("indirect", "Rohan Kapadia", "said", ["Indian troops had \"responded in a calibrated manner\" to firing from across the LoC"]),
    ("indirect", "Rohan Kapadia", "said", ["India was committed to the ceasefire \"in letter and spirit\""]),
    ("direct", "Rohan Kapadia", "said", ["The onus is on Pakistan to stop infiltration. The ceasefire cannot be a cover for it,"]),
    ("indirect", "An Indian army officer in Srinagar", "said", ["two infiltrators had been killed near Keran on Tuesday night"]),
    ("indirect", "Ayesha Mumtaz Qazi", "confirmed", ["he would arrive in Islamabad on Monday and travel to Muzaffarabad later in the week"]),
    ("direct", "Ayesha Mumtaz Qazi", "said", ["We will brief him fully. The world cannot look away from Kashmir,"]),
    ("indirect", "Lars Ekdahl", "said in an email", ["the envoy \"looks forward to listening to all sides\" and would not comment on the substance of the visit beforehand"]),
    ("indirect", "Ayesha Mumtaz Qazi", "announced", ["Foreign Minister Tariq Hamdani would travel to Riyadh on Sunday for talks with Saudi Arabia's leadership"]),
    ("indirect", "Ayesha Mumtaz Qazi", "said", ["a memorandum of understanding on labour mobility was expected to be signed during the visit"]),
    ("indirect", "Ayesha Mumtaz Qazi", "said", ["discussions were \"continuing at the technical level\""]),
    ("indirect", "Ayesha Mumtaz Qazi", "said", ["Kabul had been \"constructive\""]),
    ("partial", "Ayesha Mumtaz Qazi", "calling", ["speculative and mischievous"]),
    ("direct", "Ayesha Mumtaz Qazi", "said", ["The safety of our Chinese friends is our red line,"]),
    ("indirect", "Ayesha Mumtaz Qazi", "adding", ["security had been tightened at project sites"]),
]
AGREEMENTS = [
    ("ceasefire", "the ceasefire along the Line of Control", ["Pakistan", "India"], "in-force", None, None),
    ("memorandum", "a memorandum of understanding on labour mobility", ["Pakistan", "Saudi Arabia"], "negotiating", None, None),
]
