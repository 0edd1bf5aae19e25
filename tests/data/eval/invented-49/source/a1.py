ID = "inv49-dailystar-teesta-interim-water-sharing-jrc-dhaka-2026-09-14"
TITLE = "Dhaka, Delhi agree interim Teesta flow deal at JRC meeting; Rangpur farmers unconvinced"
PUB = "2026-09-14"
TEXT = """Bangladesh and India have agreed on an interim arrangement to share the dry-season flow of the Teesta, the first deal on the river after 15 years of deadlock, Water Resources Minister Rezaul Karim Talukder announced yesterday.

Under the arrangement, reached at the 39th meeting of the Joint Rivers Commission (JRC) in Dhaka, each country will get a fixed share of the water measured at the Gajoldoba barrage between January and April, the minister told a press briefing at his ministry.

"This is not the treaty we wanted, but it is water our farmers can count on," he said. "For the first time, the numbers are on paper."

Talukder, who led the Bangladesh delegation, said the two sides would sign the document at the next ministerial meeting of the JRC in New Delhi, expected in November, and that it would be modelled on the 1996 Ganges Water Treaty.

India's Ministry of Jal Shakti confirmed the understanding in a statement, saying it "reflects the spirit of good neighbourliness." Indian officials, however, insisted that the share set aside for Bangladesh would depend on rainfall in Sikkim and could be cut in a drought year.

The government of West Bengal, whose objection sank a draft treaty in 2011, did not send anyone to the talks. A senior official of the state's irrigation department, speaking on condition of anonymity, said the state government had not been consulted on a single figure.

"We read about it in the newspapers like everyone else," the official told The Daily Star over the phone.

According to the Bangladesh Water Development Board, the Teesta's flow at Dalia fell below 400 cusecs last March, against the 5,000 cusecs the barrage there needs to irrigate its command area.

JRC member Mizanur Rahman said a joint technical team would install new flow gauges at Gajoldoba and Dalia before the dry season begins. "If the gauges are honest, the deal will be honest," he said.

Prof Farhana Rahman of Bangladesh University of Engineering and Technology (BUET), who has studied the river for two decades, was less sure. She warned that the interim figures could become a ceiling rather than a floor.

"Once a number is signed, it is very hard to raise it," Prof Rahman said. "Bangladesh must not give up its claim to a full treaty."

The Jatiya Party, the main opposition in parliament, said in a statement that the government had "settled for crumbs" and demanded that the document be placed before the House.

In Rangpur, where the barrage feeds canals for tens of thousands of hectares of boro rice, farmers were cautious.

"They promise us water every election year," said Abdul Jabbar, 58, who grows rice on three acres near Kaunia.

His neighbour, Momena Begum, said the canals had been dry since February. She had already sold two cows to pay for diesel pumps, she added.

"My husband says wait, wait. I ask him, wait for what?\""""
ENTITIES = [
    ("Bangladesh", "State", [], "Q902"),
    ("India", "State", [], "Q668"),
    ("Teesta", "Location", [], None),
    ("Rezaul Karim Talukder", "Person", ["Talukder", "the minister"], None),
    ("Joint Rivers Commission", "Organization", ["JRC"], None),
    ("Dhaka", "Location", [], None),
    ("Gajoldoba", "Location", [], None),
    ("New Delhi", "Location", [], None),
    ("Ministry of Jal Shakti", "Organization", ["India's Ministry of Jal Shakti"], None),
    ("Sikkim", "Location", [], None),
    ("West Bengal", "Location", [], None),
    ("A senior official of the state's irrigation department", "Group", ["the official"], None),
    ("The Daily Star", "Organization", [], None),
    ("Bangladesh Water Development Board", "Organization", [], None),
    ("Dalia", "Location", [], None),
    ("Mizanur Rahman", "Person", [], None),
    ("Farhana Rahman", "Person", ["Prof Rahman"], None),
    ("Bangladesh University of Engineering and Technology", "Organization", ["BUET"], None),
    ("Jatiya Party", "Organization", [], None),
    ("Rangpur", "Location", [], None),
    ("Abdul Jabbar", "Person", [], None),
    ("Kaunia", "Location", [], None),
    ("Momena Begum", "Person", [], None),
]
SO = "A senior official of the state's irrigation department"
STATEMENTS = [
    ("indirect", "Rezaul Karim Talukder", "announced", ["Bangladesh and India have agreed on an interim arrangement to share the dry-season flow of the Teesta, the first deal on the river after 15 years of deadlock"]),
    ("indirect", "Rezaul Karim Talukder", "told a press briefing", ["Under the arrangement, reached at the 39th meeting of the Joint Rivers Commission (JRC) in Dhaka, each country will get a fixed share of the water measured at the Gajoldoba barrage between January and April"]),
    ("direct", "Rezaul Karim Talukder", "he said", ["This is not the treaty we wanted, but it is water our farmers can count on,", "For the first time, the numbers are on paper."]),
    ("indirect", "Rezaul Karim Talukder", "said", ["the two sides would sign the document at the next ministerial meeting of the JRC in New Delhi, expected in November"]),
    ("indirect", "Rezaul Karim Talukder", "said", ["it would be modelled on the 1996 Ganges Water Treaty"]),
    ("partial", "Ministry of Jal Shakti", "saying", ['it "reflects the spirit of good neighbourliness."']),
    ("indirect", "India", "insisted", ["the share set aside for Bangladesh would depend on rainfall in Sikkim and could be cut in a drought year"]),
    ("indirect", SO, "said", ["the state government had not been consulted on a single figure"]),
    ("direct", SO, "the official told The Daily Star", ["We read about it in the newspapers like everyone else,"]),
    ("indirect", "Bangladesh Water Development Board", "According to", ["the Teesta's flow at Dalia fell below 400 cusecs last March, against the 5,000 cusecs the barrage there needs to irrigate its command area"]),
    ("indirect", "Mizanur Rahman", "said", ["a joint technical team would install new flow gauges at Gajoldoba and Dalia before the dry season begins"]),
    ("direct", "Mizanur Rahman", "he said", ["If the gauges are honest, the deal will be honest,"]),
    ("indirect", "Farhana Rahman", "warned", ["the interim figures could become a ceiling rather than a floor"]),
    ("direct", "Farhana Rahman", "Prof Rahman said", ["Once a number is signed, it is very hard to raise it,", "Bangladesh must not give up its claim to a full treaty."]),
    ("partial", "Jatiya Party", "said in a statement", ['the government had "settled for crumbs"']),
    ("indirect", "Jatiya Party", "demanded", ["the document be placed before the House"]),
    ("direct", "Abdul Jabbar", "said", ["They promise us water every election year,"]),
    ("indirect", "Momena Begum", "said", ["the canals had been dry since February"]),
    ("indirect", "Momena Begum", "she added", ["She had already sold two cows to pay for diesel pumps"]),
    ("direct", "Momena Begum", None, ["My husband says wait, wait. I ask him, wait for what?"]),
]
AGREEMENTS = [
    ("agreement", "an interim arrangement", ["Bangladesh", "India"], "reached", None, "Dhaka"),
    ("treaty", "the 1996 Ganges Water Treaty", ["Bangladesh", "India"], "in-force", "1996", None),
    ("treaty", "a draft treaty", ["Bangladesh", "India"], "abandoned", "2011", None),
]
