ID = "inv45-ap-ecuador-conaie-strike-agreement-diesel-quito-2026-07-07"
TITLE = "Ecuador's government and Indigenous movement sign deal to end 15-day strike over diesel prices"
PUB = "2026-07-07"
TEXT = """QUITO, Ecuador (AP) — Ecuador's government and the country's largest Indigenous organization signed an agreement Monday to end a 15-day national strike that blocked highways across the Andes, left at least three people dead and emptied supermarket shelves in the capital.

The deal, signed at a Catholic seminary in Quito after two nights of talks mediated by the Episcopal Conference of Ecuador, lowers the price of diesel by 20 cents a gallon and freezes it for six months while a joint commission reviews fuel subsidies.

"Nobody won today except the families who can now go back to their fields and their jobs," government spokeswoman Carolina Vásquez said after the signing. "The country could not wait another week."

Leonidas Chalán, president of the Confederation of Indigenous Nationalities of Ecuador, known as CONAIE, told supporters outside the seminary that the roadblocks would be lifted by Wednesday. He warned, though, that the movement would "return to the roads" if the commission became "a place to bury our demands."

A bishop who took part in the mediation, speaking on condition of anonymity because the talks had been confidential, said the last sticking point had been the release of 41 people detained during the protests. The government agreed to ask prosecutors to review their cases, the bishop said.

Ecuador's attorney general's office said in a statement that it would examine each case "on its merits" and that no one would receive a blanket pardon.

The protests began June 21, when the government scrapped what remained of the diesel subsidy, saying it cost the state more than $1 billion a year and fed fuel smuggling into Colombia and Peru.

A 72-hour humanitarian truce the two sides agreed on June 28 to let food and fuel trucks through broke down two days later after clashes near Otavalo, in Imbabura province, in which a 19-year-old protester was killed. CONAIE accused police of firing tear gas canisters directly at demonstrators; the Interior Ministry said officers had acted "within the law."

The Ombudsman's Office said it had recorded 212 injured during the strike and called for an independent investigation into the three deaths.

In Cotopaxi province, truck drivers who had been stuck for days on the Pan-American Highway greeted the news with honking horns. "I have been sleeping in my cab since Thursday," Marco Tituaña, who hauls flowers from Latacunga to the port of Guayaquil, told The Associated Press. "I only hope it lasts."

Business groups were less enthusiastic. The Chamber of Commerce of Quito estimated losses at $600 million and said the price freeze would only "postpone the problem."

Analysts at the Andean University Simón Bolívar said the agreement followed the pattern of the deal that ended a similar strike in 2022, many of whose points were never carried out.

"Ecuador keeps signing the same paper," said Pablo Ortiz, a political scientist at the university. "Each time the government buys six months of peace and each time the commission runs out of time."

CONAIE has proposed that the joint commission also examine mining concessions in the Amazon, a demand the government has so far refused to put on the agenda."""
ENTITIES = [
    ("Quito", "Location", ["QUITO"], "Q2900"),
    ("Ecuador", "State", [], "Q736"),
    ("Associated Press", "Organization", ["AP"], "Q40469"),
    ("Confederation of Indigenous Nationalities of Ecuador", "Organization", ["the country's largest Indigenous organization", "CONAIE", "the movement"], None),
    ("Andes", "Location", [], None),
    ("Episcopal Conference of Ecuador", "Organization", [], None),
    ("Carolina Vásquez", "Person", [], None),
    ("Leonidas Chalán", "Person", [], None),
    ("A bishop who took part in the mediation", "Group", ["the bishop"], None),
    ("Ecuador's attorney general's office", "Organization", [], None),
    ("Colombia", "State", [], "Q739"),
    ("Peru", "State", [], "Q419"),
    ("Otavalo", "Location", [], None),
    ("Imbabura", "Location", [], None),
    ("Interior Ministry", "Organization", [], None),
    ("Ombudsman's Office", "Organization", [], None),
    ("Cotopaxi", "Location", [], None),
    ("Pan-American Highway", "Location", [], None),
    ("Marco Tituaña", "Person", [], None),
    ("Latacunga", "Location", [], None),
    ("Guayaquil", "Location", [], None),
    ("Chamber of Commerce of Quito", "Organization", [], None),
    ("Analysts at the Andean University Simón Bolívar", "Group", [], None),
    ("Andean University Simón Bolívar", "Organization", ["the university"], None),
    ("Pablo Ortiz", "Person", [], None),
    ("Amazon", "Location", [], None),
]
BISHOP = "A bishop who took part in the mediation"
STATEMENTS = [
    ("direct", "Carolina Vásquez", "said", ["Nobody won today except the families who can now go back to their fields and their jobs,", "The country could not wait another week."]),
    ("indirect", "Leonidas Chalán", "told supporters", ["the roadblocks would be lifted by Wednesday"]),
    ("partial", "Leonidas Chalán", "He warned", ['the movement would "return to the roads" if the commission became "a place to bury our demands."']),
    ("indirect", BISHOP, "said", ["the last sticking point had been the release of 41 people detained during the protests"]),
    ("indirect", BISHOP, "the bishop said", ["The government agreed to ask prosecutors to review their cases"]),
    ("partial", "Ecuador's attorney general's office", "said in a statement", ['it would examine each case "on its merits"']),
    ("indirect", "Ecuador's attorney general's office", "said in a statement", ["no one would receive a blanket pardon"]),
    ("indirect", "Ecuador", "saying", ["it cost the state more than $1 billion a year and fed fuel smuggling into Colombia and Peru"]),
    ("indirect", "Confederation of Indigenous Nationalities of Ecuador", "accused", ["police of firing tear gas canisters directly at demonstrators"]),
    ("partial", "Interior Ministry", "said", ['officers had acted "within the law."']),
    ("indirect", "Ombudsman's Office", "said", ["it had recorded 212 injured during the strike"]),
    ("indirect", "Ombudsman's Office", "called for", ["an independent investigation into the three deaths"]),
    ("direct", "Marco Tituaña", "told The Associated Press", ["I have been sleeping in my cab since Thursday,", "I only hope it lasts."]),
    ("indirect", "Chamber of Commerce of Quito", "estimated", ["losses at $600 million"]),
    ("partial", "Chamber of Commerce of Quito", "said", ['the price freeze would only "postpone the problem."']),
    ("indirect", "Analysts at the Andean University Simón Bolívar", "said", ["the agreement followed the pattern of the deal that ended a similar strike in 2022, many of whose points were never carried out"]),
    ("direct", "Pablo Ortiz", "said", ["Ecuador keeps signing the same paper,", "Each time the government buys six months of peace and each time the commission runs out of time."]),
    ("indirect", "Confederation of Indigenous Nationalities of Ecuador", "has proposed", ["the joint commission also examine mining concessions in the Amazon"]),
]
AGREEMENTS = [
    ("agreement", "an agreement", ["Ecuador", "Confederation of Indigenous Nationalities of Ecuador"], "signed", "2026-07-06", "Quito"),
    ("truce", "A 72-hour humanitarian truce", ["Ecuador", "Confederation of Indigenous Nationalities of Ecuador"], "collapsed", "2026-06-28", None),
    ("deal", "the deal that ended a similar strike in 2022", ["Ecuador", "Confederation of Indigenous Nationalities of Ecuador"], "reached", "2022", None),
    ("proposal", "proposed that the joint commission also examine mining concessions", ["Confederation of Indigenous Nationalities of Ecuador"], "proposed", None, None),
]
