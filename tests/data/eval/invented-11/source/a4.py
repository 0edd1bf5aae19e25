ID = "inv11-straitstimes-thailand-myanmar-border-fighting-mae-sot-2026-11-03"
TITLE = "Thailand shuts Mae Sot crossing as fighting flares across Myanmar border"
PUB = "2026-11-03"
TEXT = """BANGKOK - Thailand closed its main border crossing with Myanmar at Mae Sot on Nov 2 after shells from fighting between the Myanmar military and ethnic Karen forces landed on the Thai side, Thai officials said.

No one was hurt, but the Thai army said two shells had struck a rubber plantation less than a kilometre from the Moei river. Army spokesman Colonel Narong Srisuk said troops had been told to "respond in proportion" if Thai soil was hit again.

"We do not take sides in Myanmar's conflict. But we will protect our people," Col Narong told The Straits Times.

Thailand's Foreign Ministry said it had summoned the Myanmar ambassador and asked the junta in Naypyitaw to "respect the sovereignty of its neighbours." The ministry said it had also passed a message to the Karen National Union through "appropriate channels."

The junta's spokesman, Major-General Kyaw Min Tun, said the shells had been fired by "terrorists" and not by the army. He said Myanmar would "cooperate fully" with any Thai inquiry.

The Karen National Union denied firing across the border. A KNU official, who asked not to be named, said the army had shelled villages near Myawaddy for three days. "The shells come from the army's hills, not ours," the official said.

About 4,000 people have crossed into Thailand since the fighting began, according to the Thai authorities. Aid groups say the real number is higher. Naw Paw Htoo, a nurse who runs a clinic for refugees near Mae Sot, said her staff had treated more than 200 wounded people in a week.

"We have run out of blood bags twice. Children arrive with burns on their legs," she said. She said the clinic would need help "within days, not weeks."

Traders on the Thai side are counting their losses. Somchai Wongprasert, who ships cooking oil and cement to Myawaddy, said about 80 of his lorries were stuck at the crossing. "Every day closed costs me half a million baht," the trader said.

ASEAN has struggled to respond. A Malaysian diplomat said the bloc's five-point plan for Myanmar was "on paper only." Another said members were divided over whether to talk to the junta at all.

Analysts say Bangkok is walking a fine line. Dr Lim Wei Ling, a Myanmar specialist at the Singapore-based Institute for Mekong Affairs, said Thailand wanted calm on the border more than it wanted a side to win. She said the closure was "a message to both camps."

"Bangkok has the longest border with Myanmar and the least appetite for a fight," Dr Lim said. "It will keep the gates shut until both sides stop firing."

Thai Prime Minister's office said on Nov 3 that the crossing would stay shut "until the situation is safe." A spokeswoman for the office, Pimchanok Rattanakul, said the government would set up a second shelter for refugees in Tak province.

Thai officials said the army had moved an extra battalion to the border district."""
ENTITIES = [
    ("Thailand", "State", ["Bangkok"], "Q869"),
    ("Myanmar", "State", ["Naypyitaw"], "Q836"),
    ("Mae Sot", "Location", [], None),
    ("Moei river", "Location", [], None),
    ("Narong Srisuk", "Person", ["Col Narong"], None),
    ("The Straits Times", "Organization", [], None),
    ("Thailand's Foreign Ministry", "Organization", [], None),
    ("Karen National Union", "Organization", ["KNU"], None),
    ("Kyaw Min Tun", "Person", [], None),
    ("A KNU official", "Group", [], None),
    ("Myawaddy", "Location", [], None),
    ("Aid groups", "Group", [], None),
    ("Naw Paw Htoo", "Person", [], None),
    ("Somchai Wongprasert", "Person", [], None),
    ("ASEAN", "Organization", [], "Q7768"),
    ("A Malaysian diplomat", "Group", [], None),
    ("Another", "Group", [], None),
    ("Analysts", "Group", [], None),
    ("Lim Wei Ling", "Person", ["Dr Lim"], None),
    ("Institute for Mekong Affairs", "Organization", [], None),
    ("Thai Prime Minister's office", "Group", [], None),
    ("Pimchanok Rattanakul", "Person", [], None),
    ("Tak", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "Thailand", "said", ["Thailand closed its main border crossing with Myanmar at Mae Sot on Nov 2 after shells from fighting between the Myanmar military and ethnic Karen forces landed on the Thai side"]),
    ("indirect", "Thailand", "said", ["two shells had struck a rubber plantation less than a kilometre from the Moei river"]),
    ("indirect", "Narong Srisuk", "said", ["troops had been told to \"respond in proportion\" if Thai soil was hit again"]),
    ("direct", "Narong Srisuk", "told The Straits Times", ["We do not take sides in Myanmar's conflict. But we will protect our people,"]),
    ("indirect", "Thailand's Foreign Ministry", "said", ["it had summoned the Myanmar ambassador and asked the junta in Naypyitaw to \"respect the sovereignty of its neighbours.\""]),
    ("indirect", "Thailand's Foreign Ministry", "said", ["it had also passed a message to the Karen National Union through \"appropriate channels.\""]),
    ("indirect", "Kyaw Min Tun", "said", ["the shells had been fired by \"terrorists\" and not by the army"]),
    ("indirect", "Kyaw Min Tun", "said", ["Myanmar would \"cooperate fully\" with any Thai inquiry"]),
    ("indirect", "A KNU official", "said", ["the army had shelled villages near Myawaddy for three days"]),
    ("direct", "A KNU official", "the official said", ["The shells come from the army's hills, not ours,"]),
    ("indirect", "Thailand", "according to", ["About 4,000 people have crossed into Thailand since the fighting began"]),
    ("indirect", "Aid groups", "say", ["the real number is higher"]),
    ("indirect", "Naw Paw Htoo", "said", ["her staff had treated more than 200 wounded people in a week"]),
    ("direct", "Naw Paw Htoo", "she said", ["We have run out of blood bags twice. Children arrive with burns on their legs,"]),
    ("indirect", "Naw Paw Htoo", "said", ["the clinic would need help \"within days, not weeks.\""]),
    ("indirect", "Somchai Wongprasert", "said", ["about 80 of his lorries were stuck at the crossing"]),
    ("direct", "Somchai Wongprasert", "the trader said", ["Every day closed costs me half a million baht,"]),
    ("indirect", "A Malaysian diplomat", "said", ["the bloc's five-point plan for Myanmar was \"on paper only.\""]),
    ("indirect", "Another", "said", ["members were divided over whether to talk to the junta at all"]),
    ("indirect", "Analysts", "say", ["Bangkok is walking a fine line"]),
    ("indirect", "Lim Wei Ling", "said", ["Thailand wanted calm on the border more than it wanted a side to win"]),
    ("indirect", "Lim Wei Ling", "said", ["the closure was \"a message to both camps.\""]),
    ("direct", "Lim Wei Ling", "Dr Lim said", ["Bangkok has the longest border with Myanmar and the least appetite for a fight,", "It will keep the gates shut until both sides stop firing."]),
    ("indirect", "Thai Prime Minister's office", "said on Nov 3", ["the crossing would stay shut \"until the situation is safe.\""]),
    ("indirect", "Pimchanok Rattanakul", "said", ["the government would set up a second shelter for refugees in Tak province"]),
    ("indirect", "Thailand", "said", ["the army had moved an extra battalion to the border district"]),
]
AGREEMENTS = []
