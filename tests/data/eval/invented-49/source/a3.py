ID = "inv49-afp-libya-tebu-tuareg-ubari-reconciliation-2026-05-12"
TITLE = "Libya's Tebu and Tuareg sign reconciliation pact for Ubari, a decade after Doha deal fell apart"
PUB = "2026-05-12"
TEXT = """Tripoli (AFP) - The Tebu Elders' Council and the Tuareg Social Council of Ubari have signed a reconciliation agreement to end years of deadly feuding in the southern Libyan town, the Presidential Council announced on Monday.

The accord, signed on Sunday in Sabha after four days of talks mediated by elders from Zintan and Misrata, provides for the return of displaced families, compensation for the dead and a joint force to guard the town's main market, the council said in a statement.

"Today the south speaks with one voice," Presidential Council member Idris Buhlaiqa told AFP by telephone from Sabha. "The blood between brothers must stop here."

He said the council would pay the first compensation within 60 days, adding that the Government of National Unity in Tripoli had promised to fund the joint force.

The Government of National Unity confirmed that it would cover the cost of the force for the first year.

Fighting between the two communities, who share Ubari and its oil-rich surroundings, killed more than 200 people in 2014 and 2015 before a Qatari-brokered deal was signed in Doha in November 2015 by the same two councils. That agreement collapsed within months as neither side handed over its weapons.

Mohammed Wardugu, a Tebu elder who took part in the talks, said this time was different. "In Doha the foreigners wrote the text. Here we wrote it ourselves," he said.

On the Tuareg side, Ahmed Ghali, spokesman for the Tuareg Social Council, warned that the accord would fail "if the young men with guns are not given jobs."

"The elders can sign, but the checkpoints belong to the boys," Ghali said.

Another Tuareg delegate, who asked not to be named because he was not authorised to speak to the media, said the Tebu side had refused to discuss land around the Sharara oil field, the country's largest.

"They say it is for later. Later in Libya means never," the delegate said.

The United Nations Support Mission in Libya (UNSMIL) welcomed the deal and urged all parties "to protect it from spoilers." According to UNSMIL, about 8,000 people remain displaced from Ubari's Tebu and Tuareg neighbourhoods.

Libya has been divided since the 2011 uprising, with the Tripoli-based unity government facing a rival administration in the east backed by the Libyan National Army (LNA).

The LNA, which controls Sabha and much of the south, did not take part in the talks, but its spokesman, Saleh al-Ferjani, said the army "will not stand in the way of any agreement that brings peace."

Oil engineers in the area said production at Sharara, shut for three weeks in March after protests at the field's gate, had returned to about 270,000 barrels per day."""
ENTITIES = [
    ("Tripoli", "Location", [], None),
    ("AFP", "Organization", [], None),
    ("Tebu Elders' Council", "Organization", [], None),
    ("Tuareg Social Council of Ubari", "Organization", ["Tuareg Social Council"], None),
    ("Ubari", "Location", [], None),
    ("Libya", "State", [], "Q1016"),
    ("Presidential Council", "Organization", ["the council"], None),
    ("Sabha", "Location", [], None),
    ("Zintan", "Location", [], None),
    ("Misrata", "Location", [], None),
    ("Idris Buhlaiqa", "Person", [], None),
    ("Government of National Unity", "Organization", ["the Tripoli-based unity government"], None),
    ("Qatar", "State", ["Qatari"], "Q846"),
    ("Doha", "Location", [], None),
    ("Mohammed Wardugu", "Person", [], None),
    ("Ahmed Ghali", "Person", ["Ghali"], None),
    ("Another Tuareg delegate", "Group", ["the delegate"], None),
    ("Sharara", "Location", ["the Sharara oil field"], None),
    ("United Nations Support Mission in Libya", "Organization", ["UNSMIL"], None),
    ("Libyan National Army", "ArmedGroup", ["LNA", "the army"], None),
    ("Saleh al-Ferjani", "Person", [], None),
    ("Oil engineers in the area", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "Presidential Council", "announced on Monday", ["The Tebu Elders' Council and the Tuareg Social Council of Ubari have signed a reconciliation agreement to end years of deadly feuding in the southern Libyan town"]),
    ("indirect", "Presidential Council", "the council said in a statement", ["The accord, signed on Sunday in Sabha after four days of talks mediated by elders from Zintan and Misrata, provides for the return of displaced families, compensation for the dead and a joint force to guard the town's main market"]),
    ("direct", "Idris Buhlaiqa", "told AFP", ["Today the south speaks with one voice,", "The blood between brothers must stop here."]),
    ("indirect", "Idris Buhlaiqa", "He said", ["the council would pay the first compensation within 60 days"]),
    ("indirect", "Idris Buhlaiqa", "adding", ["the Government of National Unity in Tripoli had promised to fund the joint force"]),
    ("indirect", "Government of National Unity", "confirmed", ["it would cover the cost of the force for the first year"]),
    ("indirect", "Mohammed Wardugu", "said", ["this time was different"]),
    ("direct", "Mohammed Wardugu", "he said", ["In Doha the foreigners wrote the text. Here we wrote it ourselves,"]),
    ("partial", "Ahmed Ghali", "warned", ['the accord would fail "if the young men with guns are not given jobs."']),
    ("direct", "Ahmed Ghali", "Ghali said", ["The elders can sign, but the checkpoints belong to the boys,"]),
    ("indirect", "Another Tuareg delegate", "said", ["the Tebu side had refused to discuss land around the Sharara oil field, the country's largest"]),
    ("direct", "Another Tuareg delegate", "the delegate said", ["They say it is for later. Later in Libya means never,"]),
    ("partial", "United Nations Support Mission in Libya", "urged", ['all parties "to protect it from spoilers."']),
    ("indirect", "United Nations Support Mission in Libya", "According to", ["about 8,000 people remain displaced from Ubari's Tebu and Tuareg neighbourhoods"]),
    ("partial", "Saleh al-Ferjani", "said", ['the army "will not stand in the way of any agreement that brings peace."']),
    ("indirect", "Oil engineers in the area", "said", ["production at Sharara, shut for three weeks in March after protests at the field's gate, had returned to about 270,000 barrels per day"]),
]
AGREEMENTS = [
    ("agreement", "a reconciliation agreement", ["Tebu Elders' Council", "Tuareg Social Council of Ubari"], "signed", "2026-05-10", "Sabha"),
    ("deal", "a Qatari-brokered deal", ["Tebu Elders' Council", "Tuareg Social Council of Ubari"], "collapsed", "2015-11", "Doha"),
]
