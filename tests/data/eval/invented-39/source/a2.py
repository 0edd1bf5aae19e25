ID = "inv39-addisstandard-ethiopia-fano-amhara-ceasefire-talks-2026-11-05"
TITLE = "News: Federal gov't, Fano faction sign ceasefire deal in Bahir Dar after IRCE-mediated talks"
PUB = "2026-11-05"
TEXT = """Addis Abeba – The Federal Government of Ethiopia and the Amhara Fano Unity Command (AFUC), one of the largest Fano factions fighting in the Amhara region, signed a ceasefire agreement in Bahir Dar on Tuesday after nine days of talks mediated by the Inter-Religious Council of Ethiopia (IRCE).

The agreement, which takes effect at midnight on Friday, commits both sides to halt offensive operations in the North Gondar, South Wollo and East Gojjam zones and to open humanitarian corridors to the towns of Debre Tabor and Kobo.

Getachew Melaku-Abate, the government's chief negotiator, told Addis Standard that the deal was "a first step, not a final settlement," and that the political questions raised by the armed group would be taken up by the Ethiopian National Dialogue Commission.

"We have agreed to silence the guns. The rest will be discussed at the table, not in the mountains," he said.

The AFUC's deputy commander, Col. Mesfin Tilahun Desta, said in a statement read on the group's Telegram channel that its fighters would remain in their positions until the Ethiopian National Defense Force (ENDF) pulled its units back from Wegera and Dabat woredas. He accused the army of carrying out drone strikes on "markets and churches" during the talks.

Sheikh Abdulkerim bin Hassen, the IRCE's president, said the council had kept the two delegations in separate rooms for the first four days. "They did not trust each other enough to share a cup of coffee," he said.

A Western diplomat in Addis Abeba said the agreement did not bind at least two other Fano groups, including the Gojjam-based Amhara Popular Force, which rejected the talks from the start.

The Ethiopian Human Rights Commission (EHRC) said last week that at least 42 civilians had been killed in drone strikes and ground fighting in the Gaint district of South Gondar since September. It urged both parties to investigate the killings.

In Woreta, a market town on the shores of Lake Tana, residents said the roads to Gondar had been closed since August. "We pay three times the price for teff now, if we can find it at all," said Tsehay Alemu-Wolde, a mother of four.

Dr Yonas Berhanu Ayele, a lecturer in peace and security studies at Bahir Dar University's Institute of Disaster Risk Management and Food Security Studies, said the deal's success would depend on whether the government released Fano members detained under the state of emergency.

"The Pretoria agreement ended the war in Tigray, but it also left the Amhara feeling that they had been sold out. That grievance is still there," he said.

The Peace and Security Bureau of the Amhara region said the regional government would support the disarmament of fighters who laid down their weapons voluntarily.

Under the Pretoria agreement, signed in November 2022 by the federal government and the Tigray People's Liberation Front (TPLF), the regional special forces of all states were to be absorbed into the federal army, a decision that set off the Fano uprising in 2023."""
ENTITIES = [
    ("Addis Abeba", "Location", [], None),
    ("Ethiopia", "State", ["The Federal Government of Ethiopia", "the federal government"], "Q115"),
    ("Amhara Fano Unity Command", "ArmedGroup", ["AFUC"], None),
    ("Fano", "ArmedGroup", [], None),
    ("Amhara", "Location", [], None),
    ("Bahir Dar", "Location", [], None),
    ("Inter-Religious Council of Ethiopia", "Organization", ["IRCE"], None),
    ("North Gondar", "Location", [], None),
    ("South Wollo", "Location", [], None),
    ("East Gojjam", "Location", [], None),
    ("Debre Tabor", "Location", [], None),
    ("Kobo", "Location", [], None),
    ("Getachew Melaku-Abate", "Person", [], None),
    ("Addis Standard", "Organization", [], None),
    ("Ethiopian National Dialogue Commission", "Organization", [], None),
    ("Mesfin Tilahun Desta", "Person", [], None),
    ("Telegram", "Organization", [], None),
    ("Ethiopian National Defense Force", "Organization", ["ENDF"], None),
    ("Wegera", "Location", [], None),
    ("Dabat", "Location", [], None),
    ("Abdulkerim bin Hassen", "Person", [], None),
    ("A Western diplomat in Addis Abeba", "Group", [], None),
    ("Amhara Popular Force", "ArmedGroup", [], None),
    ("Gojjam", "Location", [], None),
    ("Ethiopian Human Rights Commission", "Organization", ["EHRC"], None),
    ("Gaint", "Location", [], None),
    ("South Gondar", "Location", [], None),
    ("Woreta", "Location", [], None),
    ("residents", "Group", [], None),
    ("Lake Tana", "Location", [], None),
    ("Gondar", "Location", [], None),
    ("Tsehay Alemu-Wolde", "Person", [], None),
    ("Yonas Berhanu Ayele", "Person", [], None),
    ("Bahir Dar University", "Organization", [], None),
    ("Institute of Disaster Risk Management and Food Security Studies", "Organization", [], None),
    ("Tigray", "Location", [], None),
    ("Peace and Security Bureau", "Organization", [], None),
    ("Tigray People's Liberation Front", "ArmedGroup", ["TPLF"], None),
]
WD = "A Western diplomat in Addis Abeba"
STATEMENTS = [
    ("partial", "Getachew Melaku-Abate", "told Addis Standard", ["the deal was \"a first step, not a final settlement,\""]),
    ("indirect", "Getachew Melaku-Abate", "told Addis Standard", ["the political questions raised by the armed group would be taken up by the Ethiopian National Dialogue Commission"]),
    ("direct", "Getachew Melaku-Abate", "he said", ["We have agreed to silence the guns. The rest will be discussed at the table, not in the mountains,"]),
    ("indirect", "Mesfin Tilahun Desta", "said in a statement", ["its fighters would remain in their positions until the Ethiopian National Defense Force (ENDF) pulled its units back from Wegera and Dabat woredas"]),
    ("partial", "Mesfin Tilahun Desta", "accused", ['the army of carrying out drone strikes on "markets and churches" during the talks']),
    ("indirect", "Abdulkerim bin Hassen", "said", ["the council had kept the two delegations in separate rooms for the first four days"]),
    ("direct", "Abdulkerim bin Hassen", "he said", ["They did not trust each other enough to share a cup of coffee,"]),
    ("indirect", WD, "said", ["the agreement did not bind at least two other Fano groups, including the Gojjam-based Amhara Popular Force, which rejected the talks from the start"]),
    ("indirect", "Ethiopian Human Rights Commission", "said last week", ["at least 42 civilians had been killed in drone strikes and ground fighting in the Gaint district of South Gondar since September"]),
    ("indirect", "Ethiopian Human Rights Commission", "urged", ["both parties to investigate the killings"]),
    ("indirect", "residents", "said", ["the roads to Gondar had been closed since August"]),
    ("direct", "Tsehay Alemu-Wolde", "said", ["We pay three times the price for teff now, if we can find it at all,"]),
    ("indirect", "Yonas Berhanu Ayele", "said", ["the deal's success would depend on whether the government released Fano members detained under the state of emergency"]),
    ("direct", "Yonas Berhanu Ayele", "he said", ["The Pretoria agreement ended the war in Tigray, but it also left the Amhara feeling that they had been sold out. That grievance is still there,"]),
    ("indirect", "Peace and Security Bureau", "said", ["the regional government would support the disarmament of fighters who laid down their weapons voluntarily"]),
]
AGREEMENTS = [
    ("ceasefire", "a ceasefire agreement", ["Ethiopia", "Amhara Fano Unity Command"], "signed", "2026-11-03", "Bahir Dar"),
    ("agreement", "the Pretoria agreement", ["Ethiopia", "Tigray People's Liberation Front"], "signed", "2022-11", None),
]
