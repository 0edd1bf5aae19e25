ID = "inv26-andina-peru-ecuador-zarumilla-canal-accord-2026-11-20"
TITLE = "Peru and Ecuador sign accord to dredge Zarumilla canal two years after earlier deal collapsed"
PUB = "2026-11-20"
TEXT = """LIMA (Andina) - Peru and Ecuador signed an accord on Thursday to dredge the Zarumilla international canal and share its water, two years after an earlier cleaning deal fell apart, the Peruvian Ministry of Foreign Affairs said.

The accord was signed in Tumbes by the two foreign ministers and will take effect only once both congresses ratify it, the ministry said in a statement. It added that the first dredging crews could start work in February.

Foreign Minister Rosa Villacorta told Andina that the canal had silted up so badly that farmers on both banks were quarrelling over the little water left. "This accord ends a dispute that should never have started," she said. Villacorta said the two countries would pay for the work in equal shares.

The canal, dug in the 1940s, marks part of the border between the two countries. Quito welcomed the signing. Ecuador's Ministry of Foreign Affairs said the accord respected the 1998 peace agreement, which settled the border and is still in force. A spokeswoman for the Ecuadorian embassy in Lima said the text would be sent to the National Assembly next week.

The earlier deal was signed in March 2024 by Peru's National Water Authority and Ecuador's Ministry of Environment and Water, but it collapsed that October when the contractor left the site unpaid. An engineer at the water authority's office in Tumbes, who asked not to be named, said the collapse had left some 40 kilometres of the canal blocked. "We lost two planting seasons," the engineer said.

In Aguas Verdes, rice farmer Julio Zapata said his fields had been dry since August. "We watch the canal and there is only mud," Zapata said. His neighbour across the bridge in Huaquillas, Gladys Romero, grows bananas. She said she had been buying water from tanker trucks for three months. "Nobody here trusts a paper until the machines arrive," she said.

The Zarumilla Irrigation Users' Board has warned that the accord will mean nothing if the money is not released before the rains. Its president, Hector Lazo, said each government should put its share into a joint account this year.

Political scientist Carmen Ugaz of the Pontifical Catholic University of Peru said ratification could take months. She added that "neither congress has been in a hurry with border matters."

Ecuadorian officials said a binational technical committee would meet in Huaquillas in January. Dredging will start only after both sides have paid, the ministry said."""
ENTITIES = [
    ("Peru", "State", [], "Q419"),
    ("Ecuador", "State", ["Quito"], "Q736"),
    ("Lima", "Location", ["LIMA"], None),
    ("Andina", "Organization", [], None),
    ("Zarumilla", "Location", [], None),
    ("Peruvian Ministry of Foreign Affairs", "Organization", ["the ministry"], None),
    ("Tumbes", "Location", [], None),
    ("Rosa Villacorta", "Person", ["Villacorta"], None),
    ("Ecuador's Ministry of Foreign Affairs", "Organization", [], None),
    ("Ecuadorian embassy in Lima", "Organization", [], None),
    ("National Assembly", "Organization", [], None),
    ("Peru's National Water Authority", "Organization", ["the water authority"], None),
    ("Ecuador's Ministry of Environment and Water", "Organization", [], None),
    ("An engineer at the water authority's office in Tumbes", "Group", [], None),
    ("Aguas Verdes", "Location", [], None),
    ("Julio Zapata", "Person", ["Zapata"], None),
    ("Huaquillas", "Location", [], None),
    ("Gladys Romero", "Person", [], None),
    ("Zarumilla Irrigation Users' Board", "Organization", [], None),
    ("Hector Lazo", "Person", [], None),
    ("Carmen Ugaz", "Person", [], None),
    ("Pontifical Catholic University of Peru", "Organization", [], None),
]
M = "Peruvian Ministry of Foreign Affairs"
E = "An engineer at the water authority's office in Tumbes"
STATEMENTS = [
    ("indirect", M, "the Peruvian Ministry of Foreign Affairs said", ["Peru and Ecuador signed an accord on Thursday to dredge the Zarumilla international canal and share its water, two years after an earlier cleaning deal fell apart"]),
    ("indirect", M, "the ministry said in a statement", ["The accord was signed in Tumbes by the two foreign ministers and will take effect only once both congresses ratify it"]),
    ("indirect", M, "It added", ["the first dredging crews could start work in February"]),
    ("indirect", "Rosa Villacorta", "told Andina", ["the canal had silted up so badly that farmers on both banks were quarrelling over the little water left"]),
    ("direct", "Rosa Villacorta", "she said", ["This accord ends a dispute that should never have started,"]),
    ("indirect", "Rosa Villacorta", "Villacorta said", ["the two countries would pay for the work in equal shares"]),
    ("indirect", "Ecuador's Ministry of Foreign Affairs", "said", ["the accord respected the 1998 peace agreement, which settled the border and is still in force"]),
    ("indirect", "Ecuadorian embassy in Lima", "said", ["the text would be sent to the National Assembly next week"]),
    ("indirect", E, "said", ["the collapse had left some 40 kilometres of the canal blocked"]),
    ("direct", E, "the engineer said", ["We lost two planting seasons,"]),
    ("indirect", "Julio Zapata", "said", ["his fields had been dry since August"]),
    ("direct", "Julio Zapata", "Zapata said", ["We watch the canal and there is only mud,"]),
    ("indirect", "Gladys Romero", "She said", ["she had been buying water from tanker trucks for three months"]),
    ("direct", "Gladys Romero", "she said", ["Nobody here trusts a paper until the machines arrive,"]),
    ("indirect", "Zarumilla Irrigation Users' Board", "has warned", ["the accord will mean nothing if the money is not released before the rains"]),
    ("indirect", "Hector Lazo", "said", ["each government should put its share into a joint account this year"]),
    ("indirect", "Carmen Ugaz", "said", ["ratification could take months"]),
    ("partial", "Carmen Ugaz", "She added", ['"neither congress has been in a hurry with border matters."']),
    ("indirect", "Ecuador", "Ecuadorian officials said", ["a binational technical committee would meet in Huaquillas in January"]),
    ("indirect", M, "the ministry said", ["Dredging will start only after both sides have paid"]),
]
AGREEMENTS = [
    ("accord", "an accord on Thursday to dredge the Zarumilla international canal", ["Peru", "Ecuador"], "signed", "2026-11-19", "Tumbes"),
    ("deal", "an earlier cleaning deal", ["Peru's National Water Authority", "Ecuador's Ministry of Environment and Water"], "collapsed", "2024-03", None),
    ("agreement", "the 1998 peace agreement", ["Peru", "Ecuador"], "in-force", "1998", None),
]
