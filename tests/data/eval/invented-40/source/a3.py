ID = "inv40-err-estonia-russia-narva-crossing-hours-protocol-2026-10-22"
TITLE = "Narva crossing to stay open longer for pedestrians under new border protocol"
PUB = "2026-10-22"
TEXT = """Estonia and Russia have agreed to keep the Narva-Ivangorod border crossing open to pedestrians until 11 p.m. from November, the Police and Border Guard Board (PPA) said on Wednesday, after the first meeting of the two countries' border representatives in almost two years.

The protocol, signed on Tuesday in Narva by PPA deputy director general Egert Laas and an officer of the Border Service of Russia's FSB, extends the opening hours by four hours. The Koidula and Luhamaa crossings in southeastern Estonia will remain closed to all traffic, the PPA said.

"This is a practical step for people who live on both sides of the river, not a political signal," Laas told ERR News. "Our checks stay exactly as strict as they are today."

He said the extra hours would be covered by officers moved from Koidula, and that no additional funding was needed.

Interior Minister Kristjan Mölder, who argued in the spring for closing the Narva crossing completely, told "Aktuaalne kaamera" on Wednesday evening that the government had approved the protocol "with its eyes open." He warned that Tallinn would shut the crossing again at once if Russia used it "to push migrants toward the European Union."

The Russian Foreign Ministry said in a commentary that Estonia "has finally remembered its own citizens." It accused Tallinn of using the border "as a weapon against pensioners."

Narva Mayor Jelena Sõrmus said the city had asked for longer hours since 2024. About 3,000 people cross the bridge each week, most of them elderly residents with relatives or property in Ivangorod, according to the city government.

On the Estonian side of the bridge on Wednesday, the queue stretched past Hermann Castle. A border guard at the crossing, who was not authorized to speak to the media, said Tuesday evening had been the busiest in months. Valentina Orlova, a 74-year-old pensioner carrying two bags of medicine back from Ivangorod, said the new hours would let her visit her sister without staying overnight on the Russian side. "At my age, four hours is a lot of life," she said.

The opposition was less enthusiastic. Isamaa MP Urmas Reinberg, a former border guard who served in Narva for twelve years before entering the Riigikogu, said the government should have tied the protocol to the return of the buoys Russia removed from the Narva River in 2024.

The European Commission confirmed that it had been informed of the protocol in advance.

Liis Kaljuvee, a researcher at the International Centre for Defence and Security (ICDS), said the arrangement suited both sides. "Moscow wants to look like the reasonable neighbor, and Tallinn wants to show that being firm does not mean being impractical," she said.

According to Kaljuvee, a similar step on the Finnish border is unlikely while Helsinki keeps all its crossings closed."""
ENTITIES = [
    ("Estonia", "State", ["Tallinn"], "Q191"),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Narva", "Location", [], None),
    ("Ivangorod", "Location", [], None),
    ("Police and Border Guard Board", "Organization", ["PPA"], None),
    ("Egert Laas", "Person", ["Laas"], None),
    ("Border Service of Russia's FSB", "Organization", [], None),
    ("FSB", "Organization", [], None),
    ("Koidula", "Location", [], None),
    ("Luhamaa", "Location", [], None),
    ("ERR News", "Organization", [], None),
    ("Kristjan Mölder", "Person", [], None),
    ("Aktuaalne kaamera", "Organization", [], None),
    ("European Union", "Organization", [], "Q458"),
    ("Russian Foreign Ministry", "Organization", [], None),
    ("Jelena Sõrmus", "Person", [], None),
    ("Narva city government", "Organization", ["the city government"], None),
    ("Hermann Castle", "Location", [], None),
    ("A border guard at the crossing", "Group", [], None),
    ("Valentina Orlova", "Person", [], None),
    ("Isamaa", "Organization", [], None),
    ("Urmas Reinberg", "Person", [], None),
    ("Riigikogu", "Organization", [], None),
    ("Narva River", "Location", [], None),
    ("European Commission", "Organization", [], None),
    ("Liis Kaljuvee", "Person", ["Kaljuvee"], None),
    ("International Centre for Defence and Security", "Organization", ["ICDS"], None),
    ("Finland", "State", ["Helsinki"], "Q33"),
]
STATEMENTS = [
    ("indirect", "Police and Border Guard Board", "said on Wednesday", ["Estonia and Russia have agreed to keep the Narva-Ivangorod border crossing open to pedestrians until 11 p.m. from November"]),
    ("indirect", "Police and Border Guard Board", "the PPA said", ["The Koidula and Luhamaa crossings in southeastern Estonia will remain closed to all traffic"]),
    ("direct", "Egert Laas", "told ERR News", ["This is a practical step for people who live on both sides of the river, not a political signal,", "Our checks stay exactly as strict as they are today."]),
    ("indirect", "Egert Laas", "He said", ["the extra hours would be covered by officers moved from Koidula"]),
    ("indirect", "Egert Laas", "He said", ["no additional funding was needed"]),
    ("partial", "Kristjan Mölder", "told \"Aktuaalne kaamera\"", ['the government had approved the protocol "with its eyes open."']),
    ("partial", "Kristjan Mölder", "warned", ['Tallinn would shut the crossing again at once if Russia used it "to push migrants toward the European Union."']),
    ("partial", "Russian Foreign Ministry", "said in a commentary", ['Estonia "has finally remembered its own citizens."']),
    ("partial", "Russian Foreign Ministry", "accused", ['Tallinn of using the border "as a weapon against pensioners."']),
    ("indirect", "Jelena Sõrmus", "said", ["the city had asked for longer hours since 2024"]),
    ("indirect", "Narva city government", "according to", ["About 3,000 people cross the bridge each week, most of them elderly residents with relatives or property in Ivangorod"]),
    ("indirect", "A border guard at the crossing", "said", ["Tuesday evening had been the busiest in months"]),
    ("indirect", "Valentina Orlova", "said", ["the new hours would let her visit her sister without staying overnight on the Russian side"]),
    ("direct", "Valentina Orlova", "she said", ["At my age, four hours is a lot of life,"]),
    ("indirect", "Urmas Reinberg", "said", ["the government should have tied the protocol to the return of the buoys Russia removed from the Narva River in 2024"]),
    ("indirect", "European Commission", "confirmed", ["it had been informed of the protocol in advance"]),
    ("indirect", "Liis Kaljuvee", "said", ["the arrangement suited both sides"]),
    ("direct", "Liis Kaljuvee", "she said", ["Moscow wants to look like the reasonable neighbor, and Tallinn wants to show that being firm does not mean being impractical,"]),
    ("indirect", "Liis Kaljuvee", "According to", ["a similar step on the Finnish border is unlikely while Helsinki keeps all its crossings closed"]),
]
AGREEMENTS = [
    ("protocol", "The protocol", ["Estonia", "Russia"], "signed", "2026-10-20", "Narva"),
]
