ID = "inv39-tribune-pakistan-ttp-kabul-talks-ceasefire-2026-09-16"
TITLE = "Govt, TTP agree to 60-day truce after Kabul talks"
PUB = "2026-09-16"
TEXT = """ISLAMABAD: Pakistan and the banned Tehreek-e-Taliban Pakistan (TTP) have agreed to a 60-day ceasefire after four rounds of talks hosted by the Afghan Taliban in Kabul, officials said on Tuesday.

The truce, announced late on Monday by both sides, is the first since a month-long ceasefire collapsed in December 2021, and covers the tribal districts of Khyber Pakhtunkhwa, including North Waziristan, Bajaur and Kurram.

Minister of State for Interior Raheel Nawaz Gondal told The Express Tribune that the government had not accepted any demand to reverse the merger of the former tribal areas with the province.

"The Constitution is not on the table. We went to Kabul to stop the killing of our soldiers and our people, and nothing else," he said.

The TTP's spokesman, Ahmad Yar Mehsud, said in a message to journalists that the group's fighters had been ordered to halt attacks on security forces but would "respond to any violation."

Afghanistan's acting deputy foreign minister, Mawlawi Habibullah Zakiri, who chaired the final session, said the Islamic Emirate would keep hosting the two delegations until "a permanent solution" was found.

A senior security official in Peshawar said the military had not been consulted on the prisoner releases the TTP was seeking. "Every name on that list is a man who has killed Pakistanis," the official said.

The Pakistan Tehreek-e-Insaf (PTI), which governs Khyber Pakhtunkhwa, welcomed the ceasefire but accused the federal government of keeping the provincial cabinet out of the talks. Provincial spokesman Barrister Naveed ul Haq said the jirga of tribal elders from Miranshah and Mir Ali should have been given seats at the table.

In the village of Shewa, near the Ghulam Khan crossing, residents said they had heard little about the talks. "My shop has been shut for three months because of the curfew," said Zar Wali Khan, a shopkeeper. "If this truce opens the road, I will believe in it."

Dr Nighat Durrani-Kazmi, a senior fellow at the Pak Institute for Peace Studies (PIPS), said the deal left the group armed and in control of its sanctuaries across the Durand Line.

"The 2021 ceasefire gave the TTP time to regroup. Unless the Taliban agree to relocate the fighters away from the border, we may be watching the same film again," she said.

S.M. Imtiaz ul Hassan of the Islamabad-based Centre for Research and Security Studies said the militant group Jamaat-ul-Ahrar, which split from the TTP in 2014 and rejoined it later, had not endorsed the truce.

The Foreign Office said in a statement that Pakistan expected the interim Afghan government to honour its commitments to the United States under the 2020 Doha Agreement not to allow Afghan soil to be used against other countries.

The next round of talks is expected to take place in Kabul in October."""
ENTITIES = [
    ("Islamabad", "Location", [], None),
    ("Pakistan", "State", [], "Q843"),
    ("Tehreek-e-Taliban Pakistan", "ArmedGroup", ["TTP"], None),
    ("Taliban", "ArmedGroup", ["the Afghan Taliban", "the Islamic Emirate"], None),
    ("Kabul", "Location", [], None),
    ("Khyber Pakhtunkhwa", "Location", [], None),
    ("North Waziristan", "Location", [], None),
    ("Bajaur", "Location", [], None),
    ("Kurram", "Location", [], None),
    ("Raheel Nawaz Gondal", "Person", [], None),
    ("The Express Tribune", "Organization", [], None),
    ("Ahmad Yar Mehsud", "Person", [], None),
    ("Afghanistan", "State", [], "Q889"),
    ("Habibullah Zakiri", "Person", [], None),
    ("A senior security official in Peshawar", "Group", ["the official"], None),
    ("Peshawar", "Location", [], None),
    ("Pakistan Tehreek-e-Insaf", "Organization", ["PTI"], None),
    ("Naveed ul Haq", "Person", [], None),
    ("Miranshah", "Location", [], None),
    ("Mir Ali", "Location", [], None),
    ("Shewa", "Location", [], None),
    ("residents", "Group", [], None),
    ("Ghulam Khan crossing", "Location", [], None),
    ("Zar Wali Khan", "Person", [], None),
    ("Nighat Durrani-Kazmi", "Person", [], None),
    ("Pak Institute for Peace Studies", "Organization", ["PIPS"], None),
    ("Durand Line", "Location", [], None),
    ("S.M. Imtiaz ul Hassan", "Person", [], None),
    ("Centre for Research and Security Studies", "Organization", [], None),
    ("Jamaat-ul-Ahrar", "ArmedGroup", [], None),
    ("Foreign Office", "Organization", [], None),
    ("United States", "State", [], "Q30"),
]
SO = "A senior security official in Peshawar"
STATEMENTS = [
    ("indirect", "Pakistan", "said on Tuesday", ["Pakistan and the banned Tehreek-e-Taliban Pakistan (TTP) have agreed to a 60-day ceasefire after four rounds of talks hosted by the Afghan Taliban in Kabul"]),
    ("indirect", "Raheel Nawaz Gondal", "told The Express Tribune", ["the government had not accepted any demand to reverse the merger of the former tribal areas with the province"]),
    ("direct", "Raheel Nawaz Gondal", "he said", ["The Constitution is not on the table. We went to Kabul to stop the killing of our soldiers and our people, and nothing else,"]),
    ("partial", "Ahmad Yar Mehsud", "said", ['the group\'s fighters had been ordered to halt attacks on security forces but would "respond to any violation."']),
    ("partial", "Habibullah Zakiri", "said", ['the Islamic Emirate would keep hosting the two delegations until "a permanent solution" was found']),
    ("indirect", SO, "said", ["the military had not been consulted on the prisoner releases the TTP was seeking"]),
    ("direct", SO, "the official said", ["Every name on that list is a man who has killed Pakistanis,"]),
    ("indirect", "Pakistan Tehreek-e-Insaf", "accused", ["the federal government of keeping the provincial cabinet out of the talks"]),
    ("indirect", "Naveed ul Haq", "said", ["the jirga of tribal elders from Miranshah and Mir Ali should have been given seats at the table"]),
    ("indirect", "residents", "said", ["they had heard little about the talks"]),
    ("direct", "Zar Wali Khan", "said", ["My shop has been shut for three months because of the curfew,", "If this truce opens the road, I will believe in it."]),
    ("indirect", "Nighat Durrani-Kazmi", "said", ["the deal left the group armed and in control of its sanctuaries across the Durand Line"]),
    ("direct", "Nighat Durrani-Kazmi", "she said", ["The 2021 ceasefire gave the TTP time to regroup. Unless the Taliban agree to relocate the fighters away from the border, we may be watching the same film again,"]),
    ("indirect", "S.M. Imtiaz ul Hassan", "said", ["the militant group Jamaat-ul-Ahrar, which split from the TTP in 2014 and rejoined it later, had not endorsed the truce"]),
    ("indirect", "Foreign Office", "said in a statement", ["Pakistan expected the interim Afghan government to honour its commitments to the United States under the 2020 Doha Agreement not to allow Afghan soil to be used against other countries"]),
]
AGREEMENTS = [
    ("ceasefire", "a 60-day ceasefire", ["Pakistan", "Tehreek-e-Taliban Pakistan"], "reached", "2026-09-14", "Kabul"),
    ("ceasefire", "a month-long ceasefire", ["Pakistan", "Tehreek-e-Taliban Pakistan"], "collapsed", "2021-12", None),
    ("agreement", "the 2020 Doha Agreement", ["United States", "Taliban"], "in-force", "2020", None),
]
