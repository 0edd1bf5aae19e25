ID = "inv10-jakartapost-indonesia-malaysia-fishermen-mou-2026-08-04"
TITLE = "RI, Malaysia sign MoU on stray fishermen, but patrol plan still waits"
PUB = "2026-08-04"
TEXT = """Indonesia and Malaysia on Tuesday signed a memorandum of understanding on the handling of fishermen who stray across the maritime border, ending a decade in which traditional fishers from both countries were routinely jailed for months over a few nautical miles.

The document was signed in Pontianak, West Kalimantan, by Maritime Affairs and Fisheries Minister Sakti Wirayuda and Malaysia's agriculture and food security minister, Datuk Hafiz Rahmat. Under the memorandum, fishermen in boats of under ten gross tonnes who cross the line without weapons or explosives will be sent home within 14 days instead of being prosecuted.

"Our fishermen are not criminals, and now our neighbours agree," Sakti said at the signing ceremony. Hafiz said the text "treats the sea as a place where people work, not only a line to be guarded."

The new memorandum builds on a similar agreement reached in 2012, which still governs the Malacca Strait but never covered the waters off Borneo. Officials said the 2012 text would remain in force alongside the new one.

Fishing communities in North Kalimantan welcomed the news with caution. Ahmad Jufri, who heads a fishers' association in Tarakan, said five men from his village were still held in Tawau. "A paper signed in Pontianak does not open a cell in Sabah," he told The Jakarta Post.

Not everything discussed in Pontianak was settled. Malaysia has proposed a coordinated patrol plan for the Sulawesi Sea, under which the two navies would share radar data and take turns patrolling the Ambalat block. Jakarta has not yet responded to the proposal, which critics in the House of Representatives say would weaken Indonesia's claim to Ambalat.

Relations are also strained over a protocol on the return of seized boats that the two countries signed in 2018. Malaysian fishing associations say Indonesia broke the protocol last year by sinking two Malaysian trawlers instead of returning them. The Maritime Affairs and Fisheries Ministry said the trawlers were foreign-flagged vessels using trawl nets banned under Indonesian law, and that the protocol did not apply to them.

Indonesia's quota deal with the Philippines on tuna in the Celebes Sea, in force since 2023, was cited by both ministers as a model. Under that deal, the two countries publish their catches every quarter and share the data with a regional tuna commission.

Observers said the test of the memorandum would come quickly. The monsoon season begins in November, and fishers from Sulawesi and Sabah often drift across the line when the wind turns.

"If the 14-day rule works for the first boat, people will trust it," said Rini Kusumastuti, a researcher at the Center for Maritime Policy Studies in Jakarta. "If the first boat stays in port for three months, they will not."

The ministry said the first joint review of the memorandum would take place in Kota Kinabalu in February.
"""
ENTITIES = [
  ("Indonesia", "State", ["Jakarta"], None),
  ("Jakarta", "Location", [], "Q3630"),
  ("Malaysia", "State", [], None),
  ("Pontianak", "Location", [], None),
  ("West Kalimantan", "Location", [], None),
  ("Sakti Wirayuda", "Person", ["Sakti"], None),
  ("Datuk Hafiz Rahmat", "Person", ["Hafiz"], None),
  ("Malacca Strait", "Location", [], None),
  ("Borneo", "Location", [], None),
  ("North Kalimantan", "Location", [], None),
  ("Ahmad Jufri", "Person", [], None),
  ("Tarakan", "Location", [], None),
  ("Tawau", "Location", [], None),
  ("Sabah", "Location", [], None),
  ("The Jakarta Post", "Organization", [], None),
  ("Sulawesi Sea", "Location", [], None),
  ("Ambalat", "Location", [], None),
  ("House of Representatives", "Organization", [], None),
  ("Philippines", "State", [], None),
  ("Celebes Sea", "Location", [], None),
  ("Sulawesi", "Location", [], None),
  ("Rini Kusumastuti", "Person", [], None),
  ("Center for Maritime Policy Studies", "Organization", [], None),
  ("Kota Kinabalu", "Location", [], None),
  ("Malaysian fishing associations", "Group", [], None),
  ("Officials", "Group", [], None),
  ("Observers", "Group", [], None),
  ("Maritime Affairs and Fisheries Ministry", "Organization", ["The ministry"], None),
]
STATEMENTS = [
  ("direct", "Sakti Wirayuda", "said", ["Our fishermen are not criminals, and now our neighbours agree,"]),
  ("partial", "Datuk Hafiz Rahmat", "said", ['the text "treats the sea as a place where people work, not only a line to be guarded."']),
  ("indirect", "Officials", "said", ["the 2012 text would remain in force alongside the new one"]),
  ("indirect", "Ahmad Jufri", "said", ["five men from his village were still held in Tawau"]),
  ("direct", "Ahmad Jufri", "told", ["A paper signed in Pontianak does not open a cell in Sabah,"]),
  ("indirect", "Malaysian fishing associations", "say", ["Indonesia broke the protocol last year by sinking two Malaysian trawlers instead of returning them"]),
  ("indirect", "Maritime Affairs and Fisheries Ministry", "said", ["the trawlers were foreign-flagged vessels using trawl nets banned under Indonesian law"]),
  ("indirect", "Maritime Affairs and Fisheries Ministry", "said", ["the protocol did not apply to them"]),
  ("indirect", "Observers", "said", ["the test of the memorandum would come quickly"]),
  ("direct", "Rini Kusumastuti", "said", ["If the 14-day rule works for the first boat, people will trust it,", "If the first boat stays in port for three months, they will not."]),
  ("indirect", "Maritime Affairs and Fisheries Ministry", "said", ["the first joint review of the memorandum would take place in Kota Kinabalu in February"]),
]
AGREEMENTS = [
  ("memorandum", "a memorandum of understanding on the handling of fishermen who stray across the maritime border", ["Indonesia", "Malaysia"], "signed", "2026-08-04", "Pontianak"),
  ("agreement", "a similar agreement reached in 2012", ["Indonesia", "Malaysia"], "in-force", "2012", None),
  ("plan", "a coordinated patrol plan for the Sulawesi Sea", ["Malaysia"], "proposed", None, None),
  ("protocol", "a protocol on the return of seized boats that the two countries signed in 2018", ["Indonesia", "Malaysia"], "violated", "2018", None),
  ("deal", "Indonesia's quota deal with the Philippines on tuna in the Celebes Sea", ["Indonesia", "Philippines"], "in-force", "2023", None),
]
