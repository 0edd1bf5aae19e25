ID = "inv23-bangkokpost-thailand-myanmar-moei-bridge-reopening-2026-09-03"
TITLE = "Mae Sot traders wait as Bangkok and Naypyidaw haggle over reopening Moei bridge"
PUB = "2026-09-03"
TEXT = """Thailand and Myanmar have agreed in principle to reopen the second Friendship Bridge across the Moei River to cargo trucks, but only once an armed group controlling the Myanmar side of the crossing withdraws its checkpoints, Thai officials said on Wednesday.

The understanding was reached at a meeting of the Thai-Myanmar Regional Border Committee in Tak province last week, according to the Royal Thai Army's Third Army Region, whose commander, Lieutenant General Somchai Wattanapong, chaired the Thai side.

The crossing has been closed to heavy goods since fighting broke out around Myawaddy last year. The Dawna Ridge Defence Force, an ethnic Karen militia that switched sides from the Myanmar military in 2024, now holds most of the road leading to the bridge and collects fees from drivers.

A spokesman for the group, Saw Eh Klo, said it would not hand over the road to the junta's troops. "We protect the traders. The soldiers only tax them and shoot at them," he told the Bangkok Post by telephone.

The Thai Ministry of Foreign Affairs said in a statement that Bangkok would deal "only with the legitimate authorities" on border matters and urged all sides to keep the crossing safe for civilians. Myanmar's embassy in Bangkok declined to comment.

Traders in Mae Sot say the closure has cost them dearly. Wanida Chaiyaporn, who runs a wholesale business selling cooking oil and fertiliser across the river, said her sales had fallen by more than half. "The lorries are parked here, the buyers are over there, and the bridge is empty," she said.

The Tak Chamber of Commerce estimated that border trade through the district had dropped by 30 billion baht since the closure. Its president, Anan Boonmee, called on the government to set a date.

Rights groups have also pressed Thailand to act against scam compounds on the Myanmar bank, where thousands of foreigners were held and forced to defraud people online. A company linked to one compound, Golden Moei Holdings, was placed under sanctions by the United States in May. The company has denied wrongdoing.

The Karen National Union, the largest Karen armed group, said it was ready to take part in talks on the crossing. Its foreign affairs head, Padoh Saw Taw Nee, said the union wanted "a border that serves the people on both banks".

Thai officials said the two sides would meet again in Mae Sot next month to draft a written protocol on customs and security at the bridge."""
ENTITIES = [
    ("Thailand", "State", ["Bangkok"], "Q869"),
    ("Myanmar", "State", [], "Q836"),
    ("Moei River", "Location", [], None),
    ("Thai-Myanmar Regional Border Committee", "Organization", [], None),
    ("Tak", "Location", [], None),
    ("Third Army Region", "Organization", [], None),
    ("Royal Thai Army", "Organization", [], None),
    ("Somchai Wattanapong", "Person", [], None),
    ("Myawaddy", "Location", [], None),
    ("Dawna Ridge Defence Force", "ArmedGroup", [], None),
    ("Myanmar military", "ArmedGroup", ["the junta"], None),
    ("Saw Eh Klo", "Person", [], None),
    ("Bangkok Post", "Organization", [], None),
    ("Thai Ministry of Foreign Affairs", "Organization", [], None),
    ("Myanmar's embassy in Bangkok", "Organization", [], None),
    ("Traders in Mae Sot", "Group", [], None),
    ("Mae Sot", "Location", [], None),
    ("Wanida Chaiyaporn", "Person", [], None),
    ("Tak Chamber of Commerce", "Organization", [], None),
    ("Anan Boonmee", "Person", [], None),
    ("Rights groups", "Group", [], None),
    ("Golden Moei Holdings", "Organization", [], None),
    ("United States", "State", [], "Q30"),
    ("Karen National Union", "ArmedGroup", [], None),
    ("Padoh Saw Taw Nee", "Person", [], None),
]
STATEMENTS = [
    ("indirect", "Thailand", "said", ["Thailand and Myanmar have agreed in principle to reopen the second Friendship Bridge across the Moei River to cargo trucks, but only once an armed group controlling the Myanmar side of the crossing withdraws its checkpoints"]),
    ("indirect", "Third Army Region", "according to", ["The understanding was reached at a meeting of the Thai-Myanmar Regional Border Committee in Tak province last week"]),
    ("indirect", "Saw Eh Klo", "said", ["it would not hand over the road to the junta's troops"]),
    ("direct", "Saw Eh Klo", "he told", ["We protect the traders. The soldiers only tax them and shoot at them,"]),
    ("indirect", "Thai Ministry of Foreign Affairs", "said in a statement", ["Bangkok would deal \"only with the legitimate authorities\" on border matters and urged all sides to keep the crossing safe for civilians"]),
    ("indirect", "Traders in Mae Sot", "say", ["the closure has cost them dearly"]),
    ("indirect", "Wanida Chaiyaporn", "said", ["her sales had fallen by more than half"]),
    ("direct", "Wanida Chaiyaporn", "she said", ["The lorries are parked here, the buyers are over there, and the bridge is empty,"]),
    ("indirect", "Tak Chamber of Commerce", "estimated", ["border trade through the district had dropped by 30 billion baht since the closure"]),
    ("indirect", "Anan Boonmee", "called on", ["the government to set a date"]),
    ("indirect", "Rights groups", "have also pressed", ["Thailand to act against scam compounds on the Myanmar bank"]),
    ("indirect", "Golden Moei Holdings", "has denied", ["wrongdoing"]),
    ("indirect", "Karen National Union", "said", ["it was ready to take part in talks on the crossing"]),
    ("indirect", "Padoh Saw Taw Nee", "said", ["the union wanted \"a border that serves the people on both banks\""]),
    ("indirect", "Thailand", "said", ["the two sides would meet again in Mae Sot next month to draft a written protocol on customs and security at the bridge"]),
]
AGREEMENTS = [
    ("agreement", "agreed in principle to reopen the second Friendship Bridge", ["Thailand", "Myanmar"], "not-formalized", "2026-08", "Tak"),
    ("protocol", "a written protocol on customs and security at the bridge", ["Thailand", "Myanmar"], "proposed", None, "Mae Sot"),
]
