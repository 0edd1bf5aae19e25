ID = "inv13-dawn-pakistan-afghanistan-torkham-chaman-crossings-2026-10-21"
TITLE = "Torkham reopens for cargo as Islamabad, Kabul agree on joint border committee"
PUB = "2026-10-21"
TEXT = """ISLAMABAD: The Torkham border crossing reopened for cargo on Tuesday after a closure of 19 days, the Foreign Office said, while the Chaman crossing in Balochistan remained shut to pedestrians for a second month.

Addressing the weekly press briefing, FO spokesperson Ayesha Nawaz said Pakistan and Afghanistan had agreed to form a joint committee to settle disputes over the construction of posts along the border. She said the committee would hold its first meeting in Peshawar next week.

"Trade and security are not opposites. We want both, and we want them on our side of the line," Ms Nawaz said, responding to a question about the firing that led to the closure.

Islamabad has said that it will not allow new structures within the zero line. The spokesperson added that the decision to reopen Torkham had been taken "in the interest of the people on both sides."

In Kabul, Afghanistan's Ministry of Commerce and Industry welcomed the reopening. A spokesman for the ministry, Sayed Noorullah Wardak, said more than 3,000 lorries had been stranded on the Afghan side, many of them carrying fresh fruit. He said traders had lost "millions of dollars in rotting grapes and pomegranates."

Officials of the Khyber Pakhtunkhwa government said customs staff had cleared 600 vehicles by evening. A senior customs official at Torkham told Dawn that the system had been "working day and night" since the gates opened.

The situation at Chaman is different. Traders and labourers who cross daily on foot have staged a sit-in near the crossing since the government made passports compulsory. Their leader, Haji Ghulam Rasool Achakzai, said the protest would continue until the old system of identity cards was restored.

"Our grandfathers crossed this border with nothing but their names. Now they want a visa to visit our own cousins," Mr Achakzai said.

Balochistan's home department said in a notification that the passport rule would stay in force. A provincial official, speaking on condition of anonymity, said the government feared that the sit-in was being used by smugglers.

Shazia Bibi, whose husband works as a porter at Chaman, said the family had eaten only once a day since the closure. "We are not smugglers. We carry other people's goods for a few hundred rupees," she said.

Zubair Motiwala, a former president of the Pakistan-Afghanistan Joint Chamber of Commerce and Industry, said bilateral trade had fallen by almost a third this year. The former president said repeated closures had pushed Afghan traders towards ports in Iran. "Every time we close the gate, Bandar Abbas wins," he said.

Security analyst Amina Khattak said the joint committee was a modest but real step. "The two sides have at least agreed to talk before they shoot," the analyst said.

Afghan officials said the first meeting of the committee would be attended by border commanders from both countries."""
ENTITIES = [
    ("Pakistan", "State", ["Islamabad"], "Q843"),
    ("Afghanistan", "State", ["Kabul"], "Q889"),
    ("Torkham", "Location", [], None),
    ("Foreign Office", "Organization", ["FO"], None),
    ("Chaman", "Location", [], None),
    ("Balochistan", "Location", [], None),
    ("Ayesha Nawaz", "Person", ["Ms Nawaz"], None),
    ("Peshawar", "Location", [], None),
    ("Afghanistan's Ministry of Commerce and Industry", "Organization", [], None),
    ("Sayed Noorullah Wardak", "Person", [], None),
    ("Officials of the Khyber Pakhtunkhwa government", "Group", [], None),
    ("Khyber Pakhtunkhwa", "Location", [], None),
    ("A senior customs official at Torkham", "Group", [], None),
    ("Dawn", "Organization", [], None),
    ("Haji Ghulam Rasool Achakzai", "Person", ["Mr Achakzai"], None),
    ("Balochistan's home department", "Organization", [], None),
    ("A provincial official", "Group", [], None),
    ("Shazia Bibi", "Person", [], None),
    ("Zubair Motiwala", "Person", [], None),
    ("Pakistan-Afghanistan Joint Chamber of Commerce and Industry", "Organization", [], None),
    ("Iran", "State", [], "Q794"),
    ("Bandar Abbas", "Location", [], None),
    ("Amina Khattak", "Person", [], None),
]
STATEMENTS = [
    ("indirect", "Foreign Office", "said", ["The Torkham border crossing reopened for cargo on Tuesday after a closure of 19 days"]),
    ("indirect", "Ayesha Nawaz", "said", ["Pakistan and Afghanistan had agreed to form a joint committee to settle disputes over the construction of posts along the border"]),
    ("indirect", "Ayesha Nawaz", "She said", ["the committee would hold its first meeting in Peshawar next week"]),
    ("direct", "Ayesha Nawaz", "Ms Nawaz said", ["Trade and security are not opposites. We want both, and we want them on our side of the line,"]),
    ("indirect", "Pakistan", "has said", ["it will not allow new structures within the zero line"]),
    ("partial", "Ayesha Nawaz", "added", ['the decision to reopen Torkham had been taken "in the interest of the people on both sides."']),
    ("indirect", "Sayed Noorullah Wardak", "said", ["more than 3,000 lorries had been stranded on the Afghan side, many of them carrying fresh fruit"]),
    ("partial", "Sayed Noorullah Wardak", "He said", ['traders had lost "millions of dollars in rotting grapes and pomegranates."']),
    ("indirect", "Officials of the Khyber Pakhtunkhwa government", "said", ["customs staff had cleared 600 vehicles by evening"]),
    ("partial", "A senior customs official at Torkham", "told Dawn", ['the system had been "working day and night" since the gates opened']),
    ("indirect", "Haji Ghulam Rasool Achakzai", "said", ["the protest would continue until the old system of identity cards was restored"]),
    ("direct", "Haji Ghulam Rasool Achakzai", "Mr Achakzai said", ["Our grandfathers crossed this border with nothing but their names. Now they want a visa to visit our own cousins,"]),
    ("indirect", "Balochistan's home department", "said in a notification", ["the passport rule would stay in force"]),
    ("indirect", "A provincial official", "said", ["the government feared that the sit-in was being used by smugglers"]),
    ("indirect", "Shazia Bibi", "said", ["the family had eaten only once a day since the closure"]),
    ("direct", "Shazia Bibi", "she said", ["We are not smugglers. We carry other people's goods for a few hundred rupees,"]),
    ("indirect", "Zubair Motiwala", "said", ["bilateral trade had fallen by almost a third this year"]),
    ("indirect", "Zubair Motiwala", "The former president said", ["repeated closures had pushed Afghan traders towards ports in Iran"]),
    ("direct", "Zubair Motiwala", "he said", ["Every time we close the gate, Bandar Abbas wins,"]),
    ("indirect", "Amina Khattak", "said", ["the joint committee was a modest but real step"]),
    ("direct", "Amina Khattak", "the analyst said", ["The two sides have at least agreed to talk before they shoot,"]),
    ("indirect", "Afghanistan", "said", ["the first meeting of the committee would be attended by border commanders from both countries"]),
]
AGREEMENTS = [
    ("agreement", "form a joint committee to settle disputes over the construction of posts along the border", ["Pakistan", "Afghanistan"], "reached", None, None),
]
