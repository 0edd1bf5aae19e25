ID = "inv46-caucasianknot-russia-azerbaijan-samur-water-protocol-derbent-2026-06-12"
TITLE = "Dagestani farmers see little relief in new Russian-Azerbaijani protocol on Samur water"
PUB = "2026-06-12"
TEXT = """Russia and Azerbaijan have signed a protocol setting out how much water from the Samur River each side may take during the summer irrigation season, but farmers in southern Dagestan say the new figures come too late for their orchards.

The protocol was signed on June 11 in Derbent at a meeting of the joint Russian-Azerbaijani commission on the Samur hydroscheme, the Federal Agency for Water Resources (Rosvodresursy) reported on its website.

Under the document, at least 30 cubic metres of water per second must be left in the river below the hydroscheme from June to August, the agency said. The rest is to be divided equally between the two countries, as provided by the 2010 agreement on the Samur, which remains in force.

Anar Guliyev, deputy head of Azerbaijan's State Water Resources Agency, told reporters in Derbent that the protocol "protects the river and protects the drinking water of Baku at the same time." He said Azerbaijan was ready to share data from its gauging stations every day.

"We have no interest in a dry Samur. The people on both banks are relatives," Guliyev said.

In the Magaramkent District, farmers say the river has been too low to reach their irrigation channels since the middle of May.

"My apricot trees are drying while the officials hold meetings," Ramazan Efendiev, a farmer from the village of Usukhchay, told the Caucasian Knot correspondent. He said that about a third of the orchards in his village had not been watered this year.

Another resident of Usukhchay, who asked that her name not be published, said local officials had advised farmers to dig wells at their own expense.

"Who has the money for a well? Nobody here," she said.

Dagestan's Ministry of Natural Resources said in a statement that it had asked the federal agency to increase the share of water sent to the Russian bank in July. The ministry has also proposed a joint plan to build two new pumping stations on the river; Azerbaijan has not yet responded to the proposal.

Marina Gadzhieva, an ecologist at Dagestan State University, said the liana forests of the Samur Forest National Park, near the river mouth, could lose a quarter of their trees if summer flows stayed at the new minimum.

"A protocol is a number on paper. A forest needs a flood," she said.

Nariman Seidov, a member of the People's Assembly of Dagestan, accused the federal authorities of "forgetting the south of the republic" and said he had sent a request to the Russian Foreign Ministry asking for the text of the protocol to be published.

Russian officials said the next meeting of the commission would be held in Baku in the autumn.

Water has been a sore point on the lower Samur since the 1990s, when the river became an international border. Villagers on the Russian bank have complained for years that the Samur-Absheron canal, which carries water to the Absheron Peninsula, leaves their side of the river dry in the hottest weeks."""
ENTITIES = [
    ("Russia", "State", [], "Q159"),
    ("Azerbaijan", "State", [], "Q227"),
    ("Samur River", "Location", ["the Samur", "Samur"], None),
    ("Dagestan", "Location", [], None),
    ("Derbent", "Location", [], None),
    ("Federal Agency for Water Resources", "Organization", ["Rosvodresursy", "the federal agency"], None),
    ("Anar Guliyev", "Person", ["Guliyev"], None),
    ("Azerbaijan's State Water Resources Agency", "Organization", [], None),
    ("Baku", "Location", [], "Q9248"),
    ("Magaramkent District", "Location", [], None),
    ("farmers in southern Dagestan", "Group", ["farmers"], None),
    ("Ramazan Efendiev", "Person", [], None),
    ("Usukhchay", "Location", [], None),
    ("Caucasian Knot", "Organization", [], None),
    ("Another resident of Usukhchay", "Group", [], None),
    ("Dagestan's Ministry of Natural Resources", "Organization", ["The ministry"], None),
    ("Marina Gadzhieva", "Person", [], None),
    ("Dagestan State University", "Organization", [], None),
    ("Samur Forest National Park", "Location", [], None),
    ("Nariman Seidov", "Person", [], None),
    ("People's Assembly of Dagestan", "Organization", [], None),
    ("Russian Foreign Ministry", "Organization", [], None),
    ("Samur-Absheron canal", "Location", [], None),
    ("Absheron Peninsula", "Location", [], None),
    ("Villagers on the Russian bank", "Group", [], None),
]
RES = "Another resident of Usukhchay"
FA = "Federal Agency for Water Resources"
STATEMENTS = [
    ("indirect", "farmers in southern Dagestan", "say", ["the new figures come too late for their orchards"]),
    ("indirect", FA, "reported on its website", ["The protocol was signed on June 11 in Derbent at a meeting of the joint Russian-Azerbaijani commission on the Samur hydroscheme"]),
    ("indirect", FA, "the agency said", ["Under the document, at least 30 cubic metres of water per second must be left in the river below the hydroscheme from June to August"]),
    ("partial", "Anar Guliyev", "told reporters", ['the protocol "protects the river and protects the drinking water of Baku at the same time."']),
    ("indirect", "Anar Guliyev", "He said", ["Azerbaijan was ready to share data from its gauging stations every day"]),
    ("direct", "Anar Guliyev", "Guliyev said", ["We have no interest in a dry Samur. The people on both banks are relatives,"]),
    ("indirect", "farmers in southern Dagestan", "say", ["the river has been too low to reach their irrigation channels since the middle of May"]),
    ("direct", "Ramazan Efendiev", "told the Caucasian Knot correspondent", ["My apricot trees are drying while the officials hold meetings,"]),
    ("indirect", "Ramazan Efendiev", "He said", ["about a third of the orchards in his village had not been watered this year"]),
    ("indirect", RES, "said", ["local officials had advised farmers to dig wells at their own expense"]),
    ("direct", RES, "she said", ["Who has the money for a well? Nobody here,"]),
    ("indirect", "Dagestan's Ministry of Natural Resources", "said in a statement", ["it had asked the federal agency to increase the share of water sent to the Russian bank in July"]),
    ("indirect", "Marina Gadzhieva", "said", ["the liana forests of the Samur Forest National Park, near the river mouth, could lose a quarter of their trees if summer flows stayed at the new minimum"]),
    ("direct", "Marina Gadzhieva", "she said", ["A protocol is a number on paper. A forest needs a flood,"]),
    ("partial", "Nariman Seidov", "accused", ['the federal authorities of "forgetting the south of the republic"']),
    ("indirect", "Nariman Seidov", "said", ["he had sent a request to the Russian Foreign Ministry asking for the text of the protocol to be published"]),
    ("indirect", "Russia", "said", ["the next meeting of the commission would be held in Baku in the autumn"]),
    ("indirect", "Villagers on the Russian bank", "have complained", ["the Samur-Absheron canal, which carries water to the Absheron Peninsula, leaves their side of the river dry in the hottest weeks"]),
]
AGREEMENTS = [
    ("protocol", "a protocol", ["Russia", "Azerbaijan"], "signed", "2026-06-11", "Derbent"),
    ("agreement", "the 2010 agreement on the Samur", ["Russia", "Azerbaijan"], "in-force", "2010", None),
    ("plan", "a joint plan to build two new pumping stations", ["Dagestan's Ministry of Natural Resources"], "proposed", None, None),
]
