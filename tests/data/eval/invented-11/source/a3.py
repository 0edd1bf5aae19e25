ID = "inv11-nation-kenya-somalia-mandera-border-reopening-2026-02-11"
TITLE = "Traders cautious as Kenya and Somalia agree to reopen Mandera crossing"
PUB = "2026-02-11"
TEXT = """NAIROBI — Kenya and Somalia will reopen the Mandera border crossing next month after more than a decade of closure, the two governments announced yesterday, but traders and security officials warned that the plan could stall over Al-Shabaab attacks.

Interior Cabinet Secretary Wanjiru Kamau said after talks with her Somali counterpart in Nairobi that the crossing would open for goods on March 15 and for travellers a month later. "This border has divided families for too long. We are opening it with our eyes open," Ms Kamau said.

Somalia's Interior Minister, Abdirahman Warsame Hirsi, said Mogadishu would deploy 300 police officers on its side of the border. He told journalists that Somalia was "ready to carry its share of the burden."

Under the plan, a joint committee will meet every two months and customs officers from both countries will share a single post. Kenyan officials said the post would be built with funds from the Intergovernmental Authority on Development.

Security officials are less confident. A senior police officer in Mandera, who spoke on condition of anonymity because he is not allowed to talk to the media, said militants still crossed the border "whenever they like." The officer said two police vehicles had been hit by roadside bombs in January.

"You cannot open a door when someone is standing behind it with a gun," the officer said.

The Kenya Defence Forces said in a statement that troops would remain along the border and that the reopening would "not change our posture."

In Mandera town, traders welcomed the news but said they would wait to see it work. Fatuma Abdi Noor, who sells sugar and cooking oil, said goods now reached her shop through a long route via Ethiopia. "The price of everything doubles on the way," she said. "If the border opens, my customers will feel it the next day."

Her fellow trader, Ibrahim Sheikh Adan, was blunter. He said officials had promised to open the border "five times in ten years." "I will believe it when I see a lorry cross," Adan said.

Mandera Governor Mohamed Hussein Ali said the county had lost billions of shillings since the closure. He said the reopening was "the best news this county has heard in years."

Regional analysts say the deal reflects warmer ties between Nairobi and Mogadishu after years of quarrels over the sea border. Amina Yusuf Jama, a researcher at the Nairobi-based Horn Peace Institute, said both governments needed a success to show their voters.

"Trade is the language both capitals understand," the researcher said. "But trade alone will not stop a bomb."

She said the plan would fail unless local elders on both sides were brought in. Elders in Mandera say they have not been consulted. One of them, Sheikh Hassan Farah, said the elders had "kept peace here when there was no government on either side."

The Somali embassy in Nairobi said in a statement that Somalia "values its brotherly ties with Kenya" and looked forward to the first lorries crossing.

The committee is due to hold its first meeting in Mandera on February 25, Kenyan officials said."""
ENTITIES = [
    ("Kenya", "State", ["Nairobi"], "Q114"),
    ("Somalia", "State", ["Mogadishu"], "Q1045"),
    ("Mandera", "Location", [], None),
    ("Al-Shabaab", "Organization", [], None),
    ("Wanjiru Kamau", "Person", ["Ms Kamau"], None),
    ("Abdirahman Warsame Hirsi", "Person", [], None),
    ("Intergovernmental Authority on Development", "Organization", [], None),
    ("A senior police officer in Mandera", "Group", [], None),
    ("Kenya Defence Forces", "Organization", [], None),
    ("Fatuma Abdi Noor", "Person", [], None),
    ("Ethiopia", "State", [], "Q115"),
    ("Ibrahim Sheikh Adan", "Person", ["Adan"], None),
    ("Mohamed Hussein Ali", "Person", [], None),
    ("Regional analysts", "Group", [], None),
    ("Amina Yusuf Jama", "Person", [], None),
    ("Horn Peace Institute", "Organization", [], None),
    ("Elders in Mandera", "Group", [], None),
    ("Hassan Farah", "Person", [], None),
    ("Somali embassy in Nairobi", "Organization", [], None),
]
S = "A senior police officer in Mandera"
STATEMENTS = [
    ("indirect", "Wanjiru Kamau", "said", ["the crossing would open for goods on March 15 and for travellers a month later"]),
    ("direct", "Wanjiru Kamau", "Ms Kamau said", ["This border has divided families for too long. We are opening it with our eyes open,"]),
    ("indirect", "Abdirahman Warsame Hirsi", "said", ["Mogadishu would deploy 300 police officers on its side of the border"]),
    ("indirect", "Abdirahman Warsame Hirsi", "told journalists", ["Somalia was \"ready to carry its share of the burden.\""]),
    ("indirect", "Kenya", "said", ["the post would be built with funds from the Intergovernmental Authority on Development"]),
    ("indirect", S, "said", ["militants still crossed the border \"whenever they like.\""]),
    ("indirect", S, "said", ["two police vehicles had been hit by roadside bombs in January"]),
    ("direct", S, "the officer said", ["You cannot open a door when someone is standing behind it with a gun,"]),
    ("indirect", "Kenya Defence Forces", "said in a statement", ["troops would remain along the border", "the reopening would \"not change our posture.\""]),
    ("indirect", "Fatuma Abdi Noor", "said", ["goods now reached her shop through a long route via Ethiopia"]),
    ("direct", "Fatuma Abdi Noor", "she said", ["The price of everything doubles on the way,", "If the border opens, my customers will feel it the next day."]),
    ("indirect", "Ibrahim Sheikh Adan", "said", ["officials had promised to open the border \"five times in ten years.\""]),
    ("direct", "Ibrahim Sheikh Adan", "Adan said", ["I will believe it when I see a lorry cross,"]),
    ("indirect", "Mohamed Hussein Ali", "said", ["the county had lost billions of shillings since the closure"]),
    ("indirect", "Mohamed Hussein Ali", "said", ["the reopening was \"the best news this county has heard in years.\""]),
    ("indirect", "Regional analysts", "say", ["the deal reflects warmer ties between Nairobi and Mogadishu after years of quarrels over the sea border"]),
    ("indirect", "Amina Yusuf Jama", "said", ["both governments needed a success to show their voters"]),
    ("direct", "Amina Yusuf Jama", "the researcher said", ["Trade is the language both capitals understand,", "But trade alone will not stop a bomb."]),
    ("indirect", "Amina Yusuf Jama", "said", ["the plan would fail unless local elders on both sides were brought in"]),
    ("indirect", "Elders in Mandera", "say", ["they have not been consulted"]),
    ("indirect", "Hassan Farah", "said", ["the elders had \"kept peace here when there was no government on either side.\""]),
    ("indirect", "Somali embassy in Nairobi", "said in a statement", ["Somalia \"values its brotherly ties with Kenya\" and looked forward to the first lorries crossing"]),
    ("indirect", "Kenya", "said", ["The committee is due to hold its first meeting in Mandera on February 25"]),
]
AGREEMENTS = [
    ("plan", "the plan", ["Kenya", "Somalia"], "reached", None, None),
]
