ID = "inv46-edition-maldives-mauritius-chagos-fisheries-deal-male-2026-09-03"
TITLE = "Maldives, Mauritius sign fisheries deal for waters south of Addu; fishermen want more"
PUB = "2026-09-03"
TEXT = """The Maldives and Mauritius on Wednesday signed a fisheries agreement allowing licensed Maldivian vessels to fish for tuna in the waters around the Chagos Archipelago, ending a three-year standoff over the boundary south of Addu City.

The agreement was signed in Malé by Maldivian Fisheries Minister Ahmed Shareef Ibrahim and Mauritian Foreign Minister Vikash Ramdin, on the second day of the Mauritian minister's official visit.

Speaking at the ceremony, Minister Shareef said the agreement would allow up to 40 Maldivian pole-and-line vessels to operate in the Mauritian zone each season, and that each vessel would pay an annual licence fee of USD 18,000.

"Our fishermen have fished these waters for generations. Today that is written down, and it is written down fairly," he said.

Ramdin told reporters at the President's Office that the deal showed Mauritius could manage the archipelago "as a good neighbour." He said Mauritius had also proposed a joint coastguard patrol plan for the boundary area, to which the Maldives had not yet responded.

Mauritius took over the Chagos Archipelago under a 2025 treaty with the United Kingdom, which came into force earlier this year. The treaty leaves the military base on Diego Garcia under British and American control for 99 years.

The boundary between the Maldives and the archipelago was drawn by a special chamber of the International Tribunal for the Law of the Sea in 2023, but fishing in the area has been largely frozen since then.

The Maldives Fishermen's Association welcomed the licences but said the fee was too high for most boat owners in the southern atolls. Its president, Ali Naseer, accused the government of negotiating "behind the backs of the people who actually go to sea."

"Forty boats is a start. We have more than 300 in Addu and Fuvahmulah alone," Naseer told the Edition.

An official at the Ministry of Fisheries, who spoke on condition of anonymity, said the quota could be raised after the first season if catches were reported properly.

The opposition Maldivian Democratic Party (MDP) said in a statement that the agreement should have been put before the People's Majlis before it was signed. The party said it would table a motion demanding the full text.

The Chagos Refugees Group, which represents islanders removed from the archipelago in the 1960s and 1970s, said Chagossians had again been left out of talks about their own waters. Its leader, Marie-Claire Louis, told the Edition by phone from Port Louis that the group would write to both governments.

"Everyone is deciding about our islands except us," she said.

Fisheries economist Dr Aishath Rasheed said the agreement could add about two percent to the country's annual tuna landings, but warned that yellowfin stocks in the Indian Ocean were already overfished.

"More licences do not mean more fish," she said. "If the stock falls, the boats will come home empty, whatever the agreement says."

The Ministry of Foreign Affairs said on Wednesday that the agreement would come into force once both sides exchanged diplomatic notes, which it expected before the end of September."""
ENTITIES = [
    ("Maldives", "State", [], "Q826"),
    ("Mauritius", "State", [], "Q1027"),
    ("Chagos Archipelago", "Location", ["the archipelago"], "Q192188"),
    ("Addu City", "Location", ["Addu"], None),
    ("Malé", "Location", [], "Q9347"),
    ("Ahmed Shareef Ibrahim", "Person", ["Minister Shareef"], None),
    ("Vikash Ramdin", "Person", ["Ramdin"], None),
    ("President's Office", "Organization", [], None),
    ("United Kingdom", "State", [], "Q145"),
    ("Diego Garcia", "Location", [], "Q184851"),
    ("International Tribunal for the Law of the Sea", "Organization", [], None),
    ("Maldives Fishermen's Association", "Organization", [], None),
    ("Ali Naseer", "Person", ["Naseer"], None),
    ("Fuvahmulah", "Location", [], None),
    ("the Edition", "Organization", [], None),
    ("Ministry of Fisheries", "Organization", [], None),
    ("An official at the Ministry of Fisheries", "Group", [], None),
    ("Maldivian Democratic Party", "Organization", ["MDP"], None),
    ("People's Majlis", "Organization", [], None),
    ("Chagos Refugees Group", "Organization", [], None),
    ("Marie-Claire Louis", "Person", [], None),
    ("Port Louis", "Location", [], "Q3929"),
    ("Aishath Rasheed", "Person", [], None),
    ("Indian Ocean", "Location", [], "Q1239"),
    ("Ministry of Foreign Affairs", "Organization", [], None),
]
AN = "An official at the Ministry of Fisheries"
STATEMENTS = [
    ("indirect", "Ahmed Shareef Ibrahim", "said", ["the agreement would allow up to 40 Maldivian pole-and-line vessels to operate in the Mauritian zone each season"]),
    ("indirect", "Ahmed Shareef Ibrahim", "said", ["each vessel would pay an annual licence fee of USD 18,000"]),
    ("direct", "Ahmed Shareef Ibrahim", "he said", ["Our fishermen have fished these waters for generations. Today that is written down, and it is written down fairly,"]),
    ("partial", "Vikash Ramdin", "told reporters", ['the deal showed Mauritius could manage the archipelago "as a good neighbour."']),
    ("indirect", "Vikash Ramdin", "He said", ["Mauritius had also proposed a joint coastguard patrol plan for the boundary area, to which the Maldives had not yet responded"]),
    ("indirect", "Maldives Fishermen's Association", "said", ["the fee was too high for most boat owners in the southern atolls"]),
    ("partial", "Ali Naseer", "accused", ['the government of negotiating "behind the backs of the people who actually go to sea."']),
    ("direct", "Ali Naseer", "told the Edition", ["Forty boats is a start. We have more than 300 in Addu and Fuvahmulah alone,"]),
    ("indirect", AN, "said", ["the quota could be raised after the first season if catches were reported properly"]),
    ("indirect", "Maldivian Democratic Party", "said in a statement", ["the agreement should have been put before the People's Majlis before it was signed"]),
    ("indirect", "Maldivian Democratic Party", "said", ["it would table a motion demanding the full text"]),
    ("indirect", "Chagos Refugees Group", "said", ["Chagossians had again been left out of talks about their own waters"]),
    ("indirect", "Marie-Claire Louis", "told the Edition", ["the group would write to both governments"]),
    ("direct", "Marie-Claire Louis", "she said", ["Everyone is deciding about our islands except us,"]),
    ("indirect", "Aishath Rasheed", "said", ["the agreement could add about two percent to the country's annual tuna landings"]),
    ("indirect", "Aishath Rasheed", "warned", ["yellowfin stocks in the Indian Ocean were already overfished"]),
    ("direct", "Aishath Rasheed", "she said", ["More licences do not mean more fish,", "If the stock falls, the boats will come home empty, whatever the agreement says."]),
    ("indirect", "Ministry of Foreign Affairs", "said on Wednesday", ["the agreement would come into force once both sides exchanged diplomatic notes, which it expected before the end of September"]),
]
AGREEMENTS = [
    ("agreement", "a fisheries agreement", ["Maldives", "Mauritius"], "signed", "2026-09-02", "Malé"),
    ("plan", "a joint coastguard patrol plan", ["Mauritius"], "proposed", None, None),
    ("treaty", "a 2025 treaty", ["Mauritius", "United Kingdom"], "in-force", "2025", None),
]
