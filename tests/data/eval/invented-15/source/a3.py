ID = "inv15-aljazeera-somalia-ethiopia-somaliland-berbera-port-2026-04-27"
TITLE = "Somalia recalls envoy as Ethiopia and Somaliland revive Berbera port deal"
PUB = "2026-04-27"
TEXT = """Mogadishu, Somalia – Somalia has recalled its ambassador from Addis Ababa after Ethiopia and the breakaway region of Somaliland revived a contested agreement that would give Ethiopian forces a naval base on the Gulf of Aden, reopening a dispute that brought the Horn of Africa close to war two years ago.

Somali Foreign Minister Abdiqadir Hassan Warsame told Al Jazeera on Saturday that the deal was "an attack on the sovereignty and territorial integrity of Somalia" and that Mogadishu would "use every legal and diplomatic means" to stop it.

"Ethiopia is a neighbour and a brother. But no brother takes your house without asking," Warsame said in an interview at the Villa Somalia presidential compound.

The renewed memorandum of understanding, signed in Hargeisa on Thursday by Ethiopian Prime Minister Abiy Ahmed's national security adviser, Getachew Bekele Tesfaye, and Somaliland's foreign minister, Khadar Ismail Jama, grants Ethiopia a 50-year lease on 20km of coastline near the port of Berbera. In return, Somaliland says Addis Ababa will "give serious consideration" to recognising it as an independent state.

Ethiopia's Ministry of Foreign Affairs said in a statement that the agreement was "commercial and peaceful in nature" and did not threaten any neighbour. A spokesman, Nebiat Getachew Alemu, told reporters that landlocked Ethiopia could not remain "a prisoner of geography".

In Hargeisa, crowds waved the green, white and red flag of Somaliland in the streets. "We have waited 35 years for the world to see us," said Hodan Abdillahi, a schoolteacher. "Today it is starting."

The African Union Commission called on both sides to show restraint and to "respect the principles of the AU Constitutive Act". Egypt, which has sent troops to Somalia as part of the African Union Support and Stabilisation Mission in Somalia (AUSSOM), said it stood "fully behind" Mogadishu.

Analysts warn that the row could weaken the fight against al-Shabab, the armed group linked to al-Qaeda that still controls large parts of southern and central Somalia. Ethiopian soldiers make up a large part of the foreign forces fighting the group.

"If Ethiopian troops are withdrawn or Somali forces are pulled north to face Ethiopia, al-Shabab is the winner," said Rashid Abdi Omar, an analyst at the Sahan Research think tank in Nairobi.

Somalia's parliament is due to vote on Monday on a motion that would expel Ethiopian troops serving outside the African Union mission. The speaker, Aden Mohamed Nur, said lawmakers would "defend every centimetre of our coast".

Turkey, which brokered a declaration between Somalia and Ethiopia in Ankara in December 2024, has offered to mediate again. A Turkish diplomat in Mogadishu said Ankara was "in contact with both capitals at the highest level".

Residents of Berbera appeared less excited than the crowds in the capital. Fishermen at the harbour said they feared losing access to their traditional fishing grounds. "Nobody asked us where the base would go," said Abdirizak Muse Farah, who has fished the coast for 30 years.

The United States, which does not recognise Somaliland, urged all parties to "avoid steps that could destabilise the region", a State Department spokeswoman said."""
ENTITIES = [
    ("Somalia", "State", ["Mogadishu"], "Q1045"),
    ("Ethiopia", "State", ["Addis Ababa"], "Q115"),
    ("Somaliland", "State", [], "Q34754"),
    ("Gulf of Aden", "Location", [], None),
    ("Horn of Africa", "Location", [], None),
    ("Abdiqadir Hassan Warsame", "Person", ["Warsame"], None),
    ("Al Jazeera", "Organization", [], None),
    ("Villa Somalia", "Location", [], None),
    ("Hargeisa", "Location", [], None),
    ("Abiy Ahmed", "Person", [], None),
    ("Getachew Bekele Tesfaye", "Person", [], None),
    ("Khadar Ismail Jama", "Person", [], None),
    ("Berbera", "Location", [], None),
    ("Ministry of Foreign Affairs", "Organization", [], None),
    ("Nebiat Getachew Alemu", "Person", [], None),
    ("Hodan Abdillahi", "Person", [], None),
    ("African Union Commission", "Organization", [], None),
    ("African Union", "Organization", ["AU"], "Q7159"),
    ("Egypt", "State", [], "Q79"),
    ("African Union Support and Stabilisation Mission in Somalia", "Organization", ["AUSSOM"], None),
    ("Analysts", "Group", [], None),
    ("al-Shabab", "ArmedGroup", [], None),
    ("al-Qaeda", "ArmedGroup", [], None),
    ("Rashid Abdi Omar", "Person", [], None),
    ("Sahan Research", "Organization", [], None),
    ("Nairobi", "Location", [], "Q3870"),
    ("Somalia's parliament", "Organization", [], None),
    ("Aden Mohamed Nur", "Person", [], None),
    ("Turkey", "State", ["Ankara"], "Q43"),
    ("A Turkish diplomat in Mogadishu", "Group", [], None),
    ("Fishermen at the harbour", "Group", [], None),
    ("Abdirizak Muse Farah", "Person", [], None),
    ("United States", "State", [], "Q30"),
    ("State Department", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Abdiqadir Hassan Warsame", "told Al Jazeera", ["the deal was \"an attack on the sovereignty and territorial integrity of Somalia\""]),
    ("indirect", "Abdiqadir Hassan Warsame", "told Al Jazeera", ["Mogadishu would \"use every legal and diplomatic means\" to stop it"]),
    ("direct", "Abdiqadir Hassan Warsame", "Warsame said", ["Ethiopia is a neighbour and a brother. But no brother takes your house without asking,"]),
    ("indirect", "Somaliland", "says", ["Addis Ababa will \"give serious consideration\" to recognising it as an independent state"]),
    ("indirect", "Ministry of Foreign Affairs", "said in a statement", ["the agreement was \"commercial and peaceful in nature\" and did not threaten any neighbour"]),
    ("indirect", "Nebiat Getachew Alemu", "told reporters", ["landlocked Ethiopia could not remain \"a prisoner of geography\""]),
    ("direct", "Hodan Abdillahi", "said", ["We have waited 35 years for the world to see us,", "Today it is starting."]),
    ("indirect", "African Union Commission", "called on", ["both sides to show restraint and to \"respect the principles of the AU Constitutive Act\""]),
    ("indirect", "Egypt", "said", ["it stood \"fully behind\" Mogadishu"]),
    ("indirect", "Analysts", "warn", ["the row could weaken the fight against al-Shabab"]),
    ("direct", "Rashid Abdi Omar", "said", ["If Ethiopian troops are withdrawn or Somali forces are pulled north to face Ethiopia, al-Shabab is the winner,"]),
    ("indirect", "Aden Mohamed Nur", "said", ["lawmakers would \"defend every centimetre of our coast\""]),
    ("indirect", "A Turkish diplomat in Mogadishu", "said", ["Ankara was \"in contact with both capitals at the highest level\""]),
    ("indirect", "Fishermen at the harbour", "said", ["they feared losing access to their traditional fishing grounds"]),
    ("direct", "Abdirizak Muse Farah", "said", ["Nobody asked us where the base would go,"]),
    ("indirect", "State Department", "urged", ["all parties to \"avoid steps that could destabilise the region\""]),
]
AGREEMENTS = [
    ("memorandum", "memorandum of understanding", ["Ethiopia", "Somaliland"], "signed", None, "Hargeisa"),
    ("declaration", "a declaration", ["Somalia", "Ethiopia"], "reached", None, "Ankara"),
]
