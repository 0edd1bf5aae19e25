ID = "inv51-standard-marsabit-borana-gabra-peace-accord-2026-03-12"
TITLE = "Borana, Gabra elders sign peace accord in Marsabit as herders count losses"
PUB = "2026-03-12"
TEXT = """Elders from the Borana and Gabra communities have signed a peace accord aimed at ending months of cattle raids and revenge killings that have left at least 34 people dead in Marsabit County since October.

The accord, signed on Tuesday at Saku Stadium in Marsabit by the Borana Council of Elders and the Gabra Council of Elders, commits the two sides to return stolen livestock within 30 days, reopen shared water points at Dirib Gombo and Bubisa and hand over suspects to police.

Interior Cabinet Secretary Joseph Kiprotich, who witnessed the signing, said the government would deploy 200 more National Police Reserve officers to the county, and that a joint grazing committee would meet every month.

"We have buried too many young men. Today the elders have chosen dialogue over the gun," Kiprotich told the gathering. "The State will stand behind every word they have signed."

County Governor Abdi Guyo Halake told The Standard the county had set aside Sh40 million to restock families who lost animals in the raids. He called the deal "the last chance for this generation of leaders".

Speaking for the Borana elders, Mzee Galgallo Dida said the community had accepted the deal "with open hearts" but warned that it would not hold if bandits crossing from Ethiopia were not disarmed.

"Our people have signed peace papers before," he said. "What they want to see now is the cows coming home."

A similar accord signed by the two councils in Moyale in 2019 collapsed within five months, when raiders killed eleven people at Forole.

The Gabra Council of Elders, in a statement read by its secretary, Adano Wario Jillo, accused politicians from both communities of funding the raiders to settle scores ahead of the 2027 General Election.

A senior police officer in Marsabit, who sought anonymity because he is not allowed to speak to the media, said at least 1,400 head of cattle and 3,000 goats were still unaccounted for.

"Some of those animals have already been sold in the markets of Isiolo," the officer said.

The Ministry of Interior said in a statement that officers would begin a door-to-door search for illegal firearms next week. It did not say how many guns it believed were in the area.

Residents of Bubisa, where four herders were shot dead at a water pan in January, said they would wait before taking their animals back to the shared wells.

"We will believe in this peace when the rains come and nobody is killed," said Huka Jattani, a herder who lost 60 camels in the January raid.

Dr Fatuma Adan, a lecturer in peace studies at Egerton University who has studied the conflict for a decade, said earlier agreements failed because they were negotiated by old men while the young raiders were left out.

She noted that the new accord was different in one respect: it gives youth representatives two seats on the grazing committee.

"That is a small change, but it is the right one," she said."""
ENTITIES = [
    ("Marsabit County", "Location", [], None),
    ("Saku Stadium", "Location", [], None),
    ("Marsabit", "Location", [], None),
    ("Borana Council of Elders", "Organization", [], None),
    ("Gabra Council of Elders", "Organization", [], None),
    ("Dirib Gombo", "Location", [], None),
    ("Bubisa", "Location", [], None),
    ("Joseph Kiprotich", "Person", ["Kiprotich"], None),
    ("National Police Reserve", "Organization", [], None),
    ("Abdi Guyo Halake", "Person", [], None),
    ("The Standard", "Organization", [], None),
    ("Galgallo Dida", "Person", [], None),
    ("Ethiopia", "State", [], "Q115"),
    ("Moyale", "Location", [], None),
    ("Forole", "Location", [], None),
    ("Adano Wario Jillo", "Person", [], None),
    ("A senior police officer in Marsabit", "Group", ["the officer"], None),
    ("Isiolo", "Location", [], None),
    ("Ministry of Interior", "Organization", [], None),
    ("Residents of Bubisa", "Group", [], None),
    ("Huka Jattani", "Person", [], None),
    ("Fatuma Adan", "Person", [], None),
    ("Egerton University", "Organization", [], None),
]
PO = "A senior police officer in Marsabit"
STATEMENTS = [
    ("indirect", "Joseph Kiprotich", "said", ["the government would deploy 200 more National Police Reserve officers to the county"]),
    ("indirect", "Joseph Kiprotich", "said", ["a joint grazing committee would meet every month"]),
    ("direct", "Joseph Kiprotich", "told the gathering", ["We have buried too many young men. Today the elders have chosen dialogue over the gun,", "The State will stand behind every word they have signed."]),
    ("indirect", "Abdi Guyo Halake", "told The Standard", ["the county had set aside Sh40 million to restock families who lost animals in the raids"]),
    ("partial", "Abdi Guyo Halake", "called", ['the deal "the last chance for this generation of leaders"']),
    ("partial", "Galgallo Dida", "said", ['the community had accepted the deal "with open hearts"']),
    ("indirect", "Galgallo Dida", "warned", ["it would not hold if bandits crossing from Ethiopia were not disarmed"]),
    ("direct", "Galgallo Dida", "he said", ["Our people have signed peace papers before,", "What they want to see now is the cows coming home."]),
    ("indirect", "Gabra Council of Elders", "accused", ["politicians from both communities of funding the raiders to settle scores ahead of the 2027 General Election"]),
    ("indirect", PO, "said", ["at least 1,400 head of cattle and 3,000 goats were still unaccounted for"]),
    ("direct", PO, "the officer said", ["Some of those animals have already been sold in the markets of Isiolo,"]),
    ("indirect", "Ministry of Interior", "said in a statement", ["officers would begin a door-to-door search for illegal firearms next week"]),
    ("indirect", "Residents of Bubisa", "said", ["they would wait before taking their animals back to the shared wells"]),
    ("direct", "Huka Jattani", "said", ["We will believe in this peace when the rains come and nobody is killed,"]),
    ("indirect", "Fatuma Adan", "said", ["earlier agreements failed because they were negotiated by old men while the young raiders were left out"]),
    ("indirect", "Fatuma Adan", "noted", ["the new accord was different in one respect: it gives youth representatives two seats on the grazing committee"]),
    ("direct", "Fatuma Adan", "she said", ["That is a small change, but it is the right one,"]),
]
AGREEMENTS = [
    ("accord", "a peace accord", ["Borana Council of Elders", "Gabra Council of Elders"], "signed", "2026-03-10", "Marsabit"),
    ("accord", "A similar accord", ["Borana Council of Elders", "Gabra Council of Elders"], "collapsed", "2019", "Moyale"),
]
