ID = "inv50-afp-syria-sweida-druze-factions-highway-deal-2026-05-13"
TITLE = "Syria, Druze factions in Sweida agree to reopen Damascus highway"
PUB = "2026-05-13"
TEXT = """Damascus (AFP) - Syrian authorities and armed Druze factions led by the Men of Dignity movement have agreed to reopen the main highway from Sweida to Damascus and to free dozens of detainees, Syria's Interior Ministry said Wednesday, after weeks of clashes in the south of the country.

The agreement, reached late Tuesday after talks in the town of Shahba, provides for checkpoints on the road to be run jointly by security forces and local fighters, and for the release of 43 people held by both sides, ministry spokesman Nour al-Din Hamdan told AFP.

"The road will be open to traffic from Thursday morning, and anyone who fires on it will be held accountable," Hamdan said.

The Men of Dignity, the largest of the Druze armed groups in the province, confirmed the deal in a statement but said it would keep its weapons "until the state proves it can protect us."

Its commander, Sheikh Fadi Abu Assaf, accused security forces of shelling villages west of Sweida city while the talks were under way.

"We accepted because people are hungry, not because we trust them," he told AFP by telephone. "If one checkpoint humiliates our people, the agreement is finished."

The fighting erupted in April after the kidnapping of a vegetable trader on the highway and spread to a dozen villages as Bedouin tribal fighters joined in. A Jordanian-brokered truce between the government and the factions, agreed on April 22, collapsed within four days.

A Western diplomat following the talks said Washington and Amman had pressed the Syrian government to accept the joint checkpoints, which the Druze leaders had set as a condition for any deal.

"Nobody wants a third Sweida war in two years," the diplomat said, speaking on condition of anonymity.

Jordan's Foreign Ministry welcomed the agreement and said the kingdom was ready to help monitor the road. Israel, which has struck government forces near Sweida in the past, did not comment.

Residents said fuel and flour had been running out for three weeks, and that the only bakery still working in Sweida city was rationing bread.

"My children have not eaten bread in four days," said Rima Nasr, a 38-year-old teacher. She said she would wait for the first trucks to arrive before celebrating.

The Syrian Observatory for Human Rights, a war monitor with a network of sources inside Syria, said at least 61 people had been killed since April, including 14 civilians. It accused both sides of executing prisoners.

Rami Khalil, an analyst at the Carnegie Middle East Center in Beirut, said the deal was "a ceasefire with a road attached" and warned that the Druze factions' heavy weapons remained the biggest obstacle to a lasting settlement.

"The government wants the state back in Sweida. The factions want guarantees first. This text postpones that fight, it does not end it," he said.

The text says nothing about who will hold the heavy weapons, he noted."""
ENTITIES = [
    ("Damascus", "Location", [], None),
    ("AFP", "Organization", [], "Q40464"),
    ("Syria", "State", [], "Q858"),
    ("Men of Dignity", "ArmedGroup", ["Men of Dignity movement"], None),
    ("Sweida", "Location", [], None),
    ("Syria's Interior Ministry", "Organization", [], None),
    ("Shahba", "Location", [], None),
    ("Nour al-Din Hamdan", "Person", ["Hamdan"], None),
    ("Fadi Abu Assaf", "Person", [], None),
    ("A Western diplomat following the talks", "Group", ["the diplomat"], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("Jordan", "State", ["Amman", "the kingdom"], "Q810"),
    ("Jordan's Foreign Ministry", "Organization", [], None),
    ("Israel", "State", [], "Q801"),
    ("Residents", "Group", [], None),
    ("Rima Nasr", "Person", [], None),
    ("Syrian Observatory for Human Rights", "Organization", [], None),
    ("Rami Khalil", "Person", [], None),
    ("Carnegie Middle East Center", "Organization", [], None),
    ("Beirut", "Location", [], None),
]
WD = "A Western diplomat following the talks"
STATEMENTS = [
    ("indirect", "Syria's Interior Ministry", "said Wednesday", ["Syrian authorities and armed Druze factions led by the Men of Dignity movement have agreed to reopen the main highway from Sweida to Damascus and to free dozens of detainees"]),
    ("indirect", "Nour al-Din Hamdan", "told AFP", ["The agreement, reached late Tuesday after talks in the town of Shahba, provides for checkpoints on the road to be run jointly by security forces and local fighters, and for the release of 43 people held by both sides"]),
    ("direct", "Nour al-Din Hamdan", "Hamdan said", ["The road will be open to traffic from Thursday morning, and anyone who fires on it will be held accountable,"]),
    ("partial", "Men of Dignity", "said", ["it would keep its weapons \"until the state proves it can protect us.\""]),
    ("indirect", "Fadi Abu Assaf", "accused", ["security forces of shelling villages west of Sweida city while the talks were under way"]),
    ("direct", "Fadi Abu Assaf", "told AFP by telephone", ["We accepted because people are hungry, not because we trust them,", "If one checkpoint humiliates our people, the agreement is finished."]),
    ("indirect", WD, "said", ["Washington and Amman had pressed the Syrian government to accept the joint checkpoints, which the Druze leaders had set as a condition for any deal"]),
    ("direct", WD, "the diplomat said", ["Nobody wants a third Sweida war in two years,"]),
    ("indirect", "Jordan's Foreign Ministry", "said", ["the kingdom was ready to help monitor the road"]),
    ("indirect", "Residents", "said", ["fuel and flour had been running out for three weeks"]),
    ("indirect", "Residents", "said", ["the only bakery still working in Sweida city was rationing bread"]),
    ("direct", "Rima Nasr", "said", ["My children have not eaten bread in four days,"]),
    ("indirect", "Rima Nasr", "She said", ["she would wait for the first trucks to arrive before celebrating"]),
    ("indirect", "Syrian Observatory for Human Rights", "said", ["at least 61 people had been killed since April, including 14 civilians"]),
    ("indirect", "Syrian Observatory for Human Rights", "accused", ["both sides of executing prisoners"]),
    ("partial", "Rami Khalil", "said", ["the deal was \"a ceasefire with a road attached\""]),
    ("indirect", "Rami Khalil", "warned", ["the Druze factions' heavy weapons remained the biggest obstacle to a lasting settlement"]),
    ("direct", "Rami Khalil", "he said", ["The government wants the state back in Sweida. The factions want guarantees first. This text postpones that fight, it does not end it,"]),
    ("indirect", "Rami Khalil", "he noted", ["The text says nothing about who will hold the heavy weapons"]),
]
AGREEMENTS = [
    ("agreement", "agreed to reopen the main highway from Sweida to Damascus", ["Syria", "Men of Dignity"], "reached", "2026-05-12", "Shahba"),
    ("truce", "A Jordanian-brokered truce", ["Syria", "Men of Dignity"], "collapsed", "2026-04-22", None),
]
