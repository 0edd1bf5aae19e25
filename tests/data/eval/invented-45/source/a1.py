ID = "inv45-afp-sierra-leone-guinea-yenga-border-protocol-2026-03-20"
TITLE = "Sierra Leone and Guinea sign Yenga protocol, agree to pull troops back from disputed village"
PUB = "2026-03-20"
TEXT = """FREETOWN (AFP) - Sierra Leone and Guinea signed a protocol on Thursday to pull their soldiers back from the disputed border village of Yenga and hand its day-to-day running to a joint civilian committee, Sierra Leone's foreign ministry said.

The text was signed in Conakry by the two foreign ministers after three days of talks hosted by the Economic Community of West African States (ECOWAS), which has tried since 2021 to settle the row over the small farming settlement on the Makona river.

Sierra Leone's foreign minister, Aminata Kargbo, said the protocol "puts people before flags", and that farmers on both banks would be able to return to their fields before the rains.

"For fifteen years Yenga has been a place where soldiers watch each other across a river," Kargbo told AFP by telephone. "From next month it will be a place where a committee of elders, not a commander, decides who plants where."

Her Guinean counterpart, Mamadou Lamine Diallo, said his government had "never claimed a single Sierra Leonean" and described the document as a first step toward a full demarcation of the 1912 boundary.

Under the protocol, Guinean troops, who have held positions in Yenga since the late 1990s, will withdraw into Gueckedou prefecture within 60 days, while Sierra Leonean soldiers will stay at least ten kilometres back, near Koindu.

A Guinean army officer stationed near the border, who asked not to be named because he was not authorised to speak to the press, said his unit had received no order to move. "We heard about it on the radio like everybody else," he said.

The ECOWAS Commission said in a statement that it would send a small team of monitors to Yenga and that a boundary technical committee would meet in Freetown in May.

Residents of Koindu, a market town a few kilometres from Yenga, said they had heard such promises before. A joint declaration signed by the two presidents in 2013, which recognised Yenga as Sierra Leonean, was never carried out, and a standstill agreement reached in 2021 collapsed a year later after a shooting at the river crossing.

"My cassava farm is on the other side. Three times they have told me to wait," said Fatmata Sesay, a trader in Koindu.

The opposition All People's Congress (APC) accused the government of giving away "too much for too little", arguing that the protocol left the question of sovereignty to a commission that has not yet been named.

The party's spokesman, Sahr Tamba, said the APC would ask parliament to review the text. He added that his party supported peace "but not a peace written in Conakry".

Analysts at the West Africa Network for Peacebuilding said the deal could hold if the troops actually moved.

"The hard part was never the signing," said Ibrahim Conteh, a researcher with the network. "The hard part is day sixty."

Guinean officials said the withdrawal would begin once the monitors arrived, and warned that any incident on the Sierra Leonean side would put the timetable at risk."""
ENTITIES = [
    ("Freetown", "Location", ["FREETOWN"], None),
    ("Agence France-Presse", "Organization", ["AFP"], "Q40464"),
    ("Sierra Leone", "State", [], "Q1044"),
    ("Guinea", "State", [], "Q1006"),
    ("Conakry", "Location", [], None),
    ("Yenga", "Location", [], None),
    ("Sierra Leone's foreign ministry", "Organization", [], None),
    ("Economic Community of West African States", "Organization", ["ECOWAS"], "Q161549"),
    ("Makona", "Location", [], None),
    ("Aminata Kargbo", "Person", ["Kargbo"], None),
    ("Mamadou Lamine Diallo", "Person", [], None),
    ("Gueckedou", "Location", [], None),
    ("Koindu", "Location", [], None),
    ("A Guinean army officer stationed near the border", "Group", [], None),
    ("ECOWAS Commission", "Organization", [], None),
    ("Residents of Koindu", "Group", [], None),
    ("Fatmata Sesay", "Person", [], None),
    ("All People's Congress", "Organization", ["APC"], None),
    ("Sahr Tamba", "Person", [], None),
    ("Analysts at the West Africa Network for Peacebuilding", "Group", [], None),
    ("West Africa Network for Peacebuilding", "Organization", ["the network"], None),
    ("Ibrahim Conteh", "Person", [], None),
]
OFF = "A Guinean army officer stationed near the border"
STATEMENTS = [
    ("indirect", "Sierra Leone's foreign ministry", "said", ["Sierra Leone and Guinea signed a protocol on Thursday to pull their soldiers back from the disputed border village of Yenga and hand its day-to-day running to a joint civilian committee"]),
    ("partial", "Aminata Kargbo", "said", ['the protocol "puts people before flags"']),
    ("indirect", "Aminata Kargbo", "said", ["farmers on both banks would be able to return to their fields before the rains"]),
    ("direct", "Aminata Kargbo", "told AFP", ["For fifteen years Yenga has been a place where soldiers watch each other across a river,", "From next month it will be a place where a committee of elders, not a commander, decides who plants where."]),
    ("partial", "Mamadou Lamine Diallo", "said", ['his government had "never claimed a single Sierra Leonean"']),
    ("indirect", "Mamadou Lamine Diallo", "described", ["the document as a first step toward a full demarcation of the 1912 boundary"]),
    ("indirect", OFF, "said", ["his unit had received no order to move"]),
    ("direct", OFF, "he said", ["We heard about it on the radio like everybody else,"]),
    ("indirect", "ECOWAS Commission", "said in a statement", ["it would send a small team of monitors to Yenga"]),
    ("indirect", "ECOWAS Commission", "said in a statement", ["a boundary technical committee would meet in Freetown in May"]),
    ("indirect", "Residents of Koindu", "said", ["they had heard such promises before"]),
    ("direct", "Fatmata Sesay", "said", ["My cassava farm is on the other side. Three times they have told me to wait,"]),
    ("partial", "All People's Congress", "accused", ['the government of giving away "too much for too little"']),
    ("indirect", "All People's Congress", "arguing", ["the protocol left the question of sovereignty to a commission that has not yet been named"]),
    ("indirect", "Sahr Tamba", "said", ["the APC would ask parliament to review the text"]),
    ("partial", "Sahr Tamba", "He added", ['his party supported peace "but not a peace written in Conakry"']),
    ("indirect", "Analysts at the West Africa Network for Peacebuilding", "said", ["the deal could hold if the troops actually moved"]),
    ("direct", "Ibrahim Conteh", "said", ["The hard part was never the signing,", "The hard part is day sixty."]),
    ("indirect", "Guinea", "said", ["the withdrawal would begin once the monitors arrived"]),
    ("indirect", "Guinea", "warned", ["any incident on the Sierra Leonean side would put the timetable at risk"]),
]
AGREEMENTS = [
    ("protocol", "a protocol", ["Sierra Leone", "Guinea"], "signed", "2026-03-19", "Conakry"),
    ("declaration", "A joint declaration", ["Sierra Leone", "Guinea"], "signed", "2013", None),
    ("agreement", "a standstill agreement", ["Sierra Leone", "Guinea"], "collapsed", "2021", None),
]
