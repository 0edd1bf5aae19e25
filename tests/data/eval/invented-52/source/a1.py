ID = "inv52-thenational-yemen-hadramawt-tribes-masila-oil-blockade-deal-2026-02-17"
TITLE = "Yemen's government and Hadramawt tribes sign deal to end Masila oil blockade"
PUB = "2026-02-17"
TEXT = """Yemen's internationally recognised government and a powerful tribal alliance in the eastern province of Hadramawt have signed an agreement to lift a seven-week blockade of the Masila oil fields, Yemen's Ministry of Oil and Minerals said on Monday.

The deal, signed on Sunday evening in the provincial capital Mukalla after talks mediated by Saudi Arabia, gives the Hadramawt Tribal Alliance a seat on a committee that will oversee how oil revenue from the province is spent, and commits the government to pay overdue salaries to about 9,000 local soldiers and police officers.

"Hadramawt has waited too long for its share, and today it has been recognised in writing," Sheikh Salem bin Dahman, a spokesman for the alliance, told The National by telephone from Mukalla. "Our men will leave the roads once the first payment arrives, not before."

Tribesmen set up checkpoints on the roads to the fields in late December, halting the lorries that carry fuel to the coast and cutting power to large parts of Mukalla for hours each day. The alliance accused the government of treating Hadramawt's oil as "a cash box for Aden" while hospitals in Seiyun and Tarim ran short of diesel.

Oil Minister Faisal Al-Qubati said the agreement would allow PetroMasila, the state-owned operator, to resume full production within ten days. He said the government would publish the committee's accounts every quarter, and that the first salary transfer would be made before the end of the month.

"Nobody wins when the fields are shut," Mr Al-Qubati said. "The state loses its income, and Hadramawt loses its electricity."

Yemen has not exported crude since Houthi drone strikes on the Al-Dhabba terminal near Mukalla in October 2022, and the Masila fields now supply mainly local refineries and power stations.

A government official in Aden, who spoke on condition of anonymity because he was not authorised to brief the media, said the Presidential Leadership Council had approved the terms only after Riyadh promised to cover the first two salary payments.

"Without the Saudi money there would be no signature," the official said. "Everyone in the room knew it."

In a statement carried by the Saudi Press Agency, Saudi Arabia welcomed the deal and said it would supply fuel to Mukalla's main power station for three months.

The two sides reached a similar understanding in 2024, but it collapsed within four months when the payments stopped and tribesmen returned to the roads. Residents of Mukalla said they feared a repeat.

"We have heard the word 'agreement' before," said Awad Ba Wazir, who runs a bakery in the city's Fuwwah district. "What we want is light in the evenings."

Abdullah Ba Surra, a political analyst at the Sanaa Center for Strategic Studies, said the deal showed how far power had shifted from Aden to the provinces. He noted that the province's tribes now negotiate with the government "almost as an equal."

"The government has bought calm, not loyalty," he said. "If the committee meets once and then disappears, the checkpoints will be back by summer.\""""
ENTITIES = [
    ("Yemen", "State", ["Yemen's internationally recognised government"], "Q805"),
    ("Hadramawt", "Location", [], None),
    ("Masila", "Location", [], None),
    ("Mukalla", "Location", [], None),
    ("Saudi Arabia", "State", ["Riyadh"], "Q851"),
    ("Hadramawt Tribal Alliance", "Organization", ["the alliance"], None),
    ("Salem bin Dahman", "Person", ["Sheikh Salem bin Dahman"], None),
    ("The National", "Organization", [], None),
    ("Aden", "Location", [], None),
    ("Seiyun", "Location", [], None),
    ("Tarim", "Location", [], None),
    ("Faisal Al-Qubati", "Person", ["Al-Qubati", "Oil Minister Faisal Al-Qubati"], None),
    ("Ministry of Oil and Minerals", "Organization", ["Yemen's Ministry of Oil and Minerals"], None),
    ("PetroMasila", "Organization", [], None),
    ("Houthis", "ArmedGroup", ["Houthi"], None),
    ("Al-Dhabba terminal", "Location", [], None),
    ("A government official in Aden", "Group", ["the official"], None),
    ("Presidential Leadership Council", "Organization", [], None),
    ("Saudi Press Agency", "Organization", [], None),
    ("Tribesmen", "Group", ["tribesmen"], None),
    ("Residents of Mukalla", "Group", [], None),
    ("Awad Ba Wazir", "Person", [], None),
    ("Fuwwah", "Location", [], None),
    ("Abdullah Ba Surra", "Person", [], None),
    ("Sanaa Center for Strategic Studies", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Ministry of Oil and Minerals", "said on Monday", ["Yemen's internationally recognised government and a powerful tribal alliance in the eastern province of Hadramawt have signed an agreement to lift a seven-week blockade of the Masila oil fields"]),
    ("direct", "Salem bin Dahman", "told The National", ["Hadramawt has waited too long for its share, and today it has been recognised in writing,", "Our men will leave the roads once the first payment arrives, not before."]),
    ("partial", "Hadramawt Tribal Alliance", "accused", ["the government of treating Hadramawt's oil as \"a cash box for Aden\" while hospitals in Seiyun and Tarim ran short of diesel"]),
    ("indirect", "Faisal Al-Qubati", "said", ["the agreement would allow PetroMasila, the state-owned operator, to resume full production within ten days"]),
    ("indirect", "Faisal Al-Qubati", "He said", ["the government would publish the committee's accounts every quarter"]),
    ("indirect", "Faisal Al-Qubati", "He said", ["the first salary transfer would be made before the end of the month"]),
    ("direct", "Faisal Al-Qubati", "Mr Al-Qubati said", ["Nobody wins when the fields are shut,", "The state loses its income, and Hadramawt loses its electricity."]),
    ("indirect", "A government official in Aden", "said", ["the Presidential Leadership Council had approved the terms only after Riyadh promised to cover the first two salary payments"]),
    ("direct", "A government official in Aden", "the official said", ["Without the Saudi money there would be no signature,", "Everyone in the room knew it."]),
    ("indirect", "Saudi Arabia", "said", ["it would supply fuel to Mukalla's main power station for three months"]),
    ("indirect", "Residents of Mukalla", "said", ["they feared a repeat"]),
    ("direct", "Awad Ba Wazir", "said", ["We have heard the word 'agreement' before,", "What we want is light in the evenings."]),
    ("indirect", "Abdullah Ba Surra", "said", ["the deal showed how far power had shifted from Aden to the provinces"]),
    ("partial", "Abdullah Ba Surra", "He noted", ["the province's tribes now negotiate with the government \"almost as an equal.\""]),
    ("direct", "Abdullah Ba Surra", "he said", ["The government has bought calm, not loyalty,", "If the committee meets once and then disappears, the checkpoints will be back by summer."]),
]
AGREEMENTS = [
    ("agreement", "an agreement to lift a seven-week blockade", ["Yemen", "Hadramawt Tribal Alliance"], "signed", "2026-02-15", "Mukalla"),
    ("agreement", "a similar understanding", ["Yemen", "Hadramawt Tribal Alliance"], "collapsed", "2024", None),
]
