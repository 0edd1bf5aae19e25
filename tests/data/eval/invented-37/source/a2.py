ID = "inv37-sudantribune-sudan-south-sudan-abyei-amiet-market-deal-2026-07-16"
TITLE = "Sudan, South Sudan sign deal to reopen Amiet market in Abyei"
PUB = "2026-07-16"
TEXT = """July 16, 2026 (ADDIS ABABA) – Sudan and South Sudan on Wednesday signed an agreement to reopen the Amiet common market in the disputed Abyei area and to deploy a joint police unit to protect it, nearly three years after the market was burned down in intercommunal fighting.

The agreement was signed in Addis Ababa, under the auspices of the African Union, by South Sudan's presidential envoy for Abyei, Ajang Mading Biong, and the head of Sudan's Abyei file, Major General Hamid Saleh al-Nur. According to a copy seen by Sudan Tribune, it will come into effect on August 1, when the first police officers are due to arrive.

"Amiet was the one place where the Misseriya and the Ngok Dinka traded side by side. We want that back before the dry season," Biong told Sudan Tribune after the ceremony.

Al-Nur said the deal did not change the legal status of Abyei, which remains governed by the June 2011 agreement on temporary arrangements that the two governments signed in Addis Ababa. That agreement, which brought in the UN peacekeepers of UNISFA, "is still the only legal reference," he said.

The two delegations failed, however, to narrow their differences on the future of the area. South Sudan renewed its proposal for a referendum on whether Abyei should join the north or the south, which Khartoum again rejected. A member of the Sudanese delegation, speaking on condition of anonymity, said any vote without the Misseriya "would simply hand the area to Juba."

The talks had been frozen since February, when Juba suspended its participation in the joint oversight committee after an attack on a village near Agok. The committee met on Tuesday for the first time in five months.

Relations between the two capitals have improved since January, when an oil transit deal suspended in 2024 was restored. Under that deal, South Sudanese crude flows through Sudan's pipeline to Port Sudan in exchange for fees, and officials in Juba say exports have almost returned to the levels before the war in Sudan.

In Abyei itself, the mood is cautious. A truce between Misseriya and Ngok Dinka leaders, agreed at a conference in Todach in 2024, collapsed in March when cattle raiders killed eleven people near Rumamer. UNISFA said in a statement that it welcomed the market deal and would increase patrols along the roads leading to Amiet.

Mokhtar Babo Hamdan, a Misseriya leader from Muglad, said his people would use the market if their herds were allowed to pass safely to the river. "We have heard many promises from both governments. Let the police come first, then we will talk about trade," he said.

Nyanut Deng Alor, a researcher at the Sudd Institute, said the market deal was "the kind of small, concrete step that has worked before in Abyei." She warned, however, that without an agreement on administration the area would remain "a place that belongs to everybody and is governed by nobody."

The next round of talks is scheduled to take place in September, South Sudan's Ministry of Foreign Affairs said."""
ENTITIES = [
    ("Sudan", "State", ["Khartoum"], "Q1049"),
    ("South Sudan", "State", ["Juba"], "Q958"),
    ("Amiet", "Location", [], None),
    ("Abyei", "Location", [], None),
    ("Ajang Mading Biong", "Person", ["Biong"], None),
    ("Hamid Saleh al-Nur", "Person", ["Al-Nur"], None),
    ("Sudan Tribune", "Organization", [], None),
    ("Misseriya", "Group", [], None),
    ("Ngok Dinka", "Group", [], None),
    ("Addis Ababa", "Location", [], "Q3624"),
    ("UNISFA", "Organization", [], None),
    ("United Nations", "Organization", ["UN"], "Q1065"),
    ("African Union", "Organization", [], "Q7159"),
    ("A member of the Sudanese delegation", "Group", [], None),
    ("Agok", "Location", [], None),
    ("Port Sudan", "Location", [], None),
    ("Todach", "Location", [], None),
    ("Rumamer", "Location", [], None),
    ("Mokhtar Babo Hamdan", "Person", [], None),
    ("Muglad", "Location", [], None),
    ("Nyanut Deng Alor", "Person", [], None),
    ("Sudd Institute", "Organization", [], None),
    ("South Sudan's Ministry of Foreign Affairs", "Organization", [], None),
]
STATEMENTS = [
    ("direct", "Ajang Mading Biong", "Biong told Sudan Tribune", ["Amiet was the one place where the Misseriya and the Ngok Dinka traded side by side. We want that back before the dry season,"]),
    ("indirect", "Hamid Saleh al-Nur", "said", ["the deal did not change the legal status of Abyei, which remains governed by the June 2011 agreement on temporary arrangements that the two governments signed in Addis Ababa"]),
    ("partial", "Hamid Saleh al-Nur", "he said", ['That agreement, which brought in the UN peacekeepers of UNISFA, "is still the only legal reference,"']),
    ("partial", "A member of the Sudanese delegation", "said", ['any vote without the Misseriya "would simply hand the area to Juba."']),
    ("indirect", "South Sudan", "say", ["exports have almost returned to the levels before the war in Sudan"]),
    ("indirect", "UNISFA", "said in a statement", ["it welcomed the market deal and would increase patrols along the roads leading to Amiet"]),
    ("indirect", "Mokhtar Babo Hamdan", "said", ["his people would use the market if their herds were allowed to pass safely to the river"]),
    ("direct", "Mokhtar Babo Hamdan", "he said", ["We have heard many promises from both governments. Let the police come first, then we will talk about trade,"]),
    ("partial", "Nyanut Deng Alor", "said", ['the market deal was "the kind of small, concrete step that has worked before in Abyei."']),
    ("partial", "Nyanut Deng Alor", "She warned", ['without an agreement on administration the area would remain "a place that belongs to everybody and is governed by nobody."']),
    ("indirect", "South Sudan's Ministry of Foreign Affairs", "said", ["The next round of talks is scheduled to take place in September"]),
]
AGREEMENTS = [
    ("agreement", "an agreement to reopen the Amiet common market", ["Sudan", "South Sudan"], "signed", "2026-07-15", "Addis Ababa"),
    ("agreement", "the June 2011 agreement on temporary arrangements", ["Sudan", "South Sudan"], "in-force", "2011-06", "Addis Ababa"),
    ("proposal", "its proposal for a referendum on whether Abyei should join the north or the south", ["South Sudan"], "proposed", None, None),
    ("deal", "an oil transit deal", ["Sudan", "South Sudan"], "in-force", None, None),
    ("truce", "A truce between Misseriya and Ngok Dinka leaders", ["Misseriya", "Ngok Dinka"], "collapsed", "2024", "Todach"),
]
