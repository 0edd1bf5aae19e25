ID = "inv50-thepoint-gambia-senegal-bridge-toll-agreement-truckers-blockade-2026-07-22"
TITLE = "Gambia, Senegal sign bridge toll agreement as truckers end nine-day blockade"
PUB = "2026-07-22"
TEXT = """The governments of The Gambia and Senegal on Tuesday signed an agreement in Banjul harmonising fees on the Senegambia Bridge and at the Farafenni and Keur Ayib border posts, bringing to an end a nine-day blockade by Senegalese truckers that had cut the Trans-Gambia Highway.

The agreement was signed on behalf of The Gambia by the Minister of Transport, Works and Infrastructure, Hon. Alieu M. Touray, and for Senegal by the Minister of Infrastructure and Land Transport, Mr. Cheikh Tidiane Ndiaye, at the Ministry of Foreign Affairs in Banjul.

Under the deal, the toll for a loaded truck crossing the bridge is cut from D5,000 to D3,500, and escort fees on goods in transit between northern and southern Senegal are to be collected only once.

Speaking to The Point after the signing, Minister Touray said the agreement showed that "the two brotherly countries can sort out their problems around a table, not on the highway." He added that The Gambia had lost millions of dalasis in revenue during the blockade.

"Nobody gained from this. Our traders suffered, their drivers suffered, and the people of Casamance suffered most," he said.

For his part, Minister Ndiaye described the signing as "a good day for the Senegambian people" and said Dakar would make sure its truckers respected the new rules.

The blockade began on 12 July when the National Union of Senegalese Road Transporters parked hundreds of trucks at Keur Ayib, accusing Gambian authorities of charging "illegal fees" at checkpoints along the highway. Its secretary general, Mr. Gora Seck, told journalists in Kaolack on Tuesday evening that the union had instructed its members to resume crossings from Wednesday morning.

"We are suspending the movement, not ending it. If the checkpoints come back, the trucks will come back," Seck warned.

The Gambia Police Force, which mans most of the checkpoints, said in a statement that none of its officers had collected unofficial payments, and that drivers should report any officer who asked them for money.

A senior official at the Gambia Revenue Authority, who asked not to be named, said Senegal's proposal for a single electronic toll card covering both countries had been left for a meeting of the joint commission in October. According to him, the Gambian side was "not against the idea, but not ready to hand over its revenue data."

In Farafenni, traders said the prices of onions and rice had doubled during the blockade.

"I bought a bag of onions at D1,200 last week. Today they are asking D2,400," said Mrs. Fatou Bojang, a vegetable seller at the Farafenni lumo.

The ECOWAS Commission, in a statement issued in Abuja, welcomed the agreement and said it would help restore trade along one of the busiest corridors in the sub-region.

Dr. Sainabou Njie, an economist at the University of The Gambia, said the blockade had shown how much both economies depended on the highway. "Every time there is a quarrel between the two countries, it is the bridge that pays," she said.

The Senegambia Bridge, opened in January 2019 with funding from the African Development Bank, replaced the ferry crossing between Yelitenda and Bamba Tenda. Transit between the two neighbours is still governed by the 1991 Treaty of Friendship and Cooperation, signed two years after the two countries ended their short-lived confederation."""
ENTITIES = [
    ("The Gambia", "State", [], "Q1005"),
    ("Senegal", "State", ["Dakar"], "Q1041"),
    ("Banjul", "Location", [], None),
    ("Senegambia Bridge", "Location", [], None),
    ("Farafenni", "Location", [], None),
    ("Keur Ayib", "Location", [], None),
    ("Trans-Gambia Highway", "Location", [], None),
    ("Alieu M. Touray", "Person", ["Touray"], None),
    ("Cheikh Tidiane Ndiaye", "Person", ["Ndiaye"], None),
    ("Ministry of Foreign Affairs", "Organization", [], None),
    ("The Point", "Organization", [], None),
    ("Casamance", "Location", [], None),
    ("National Union of Senegalese Road Transporters", "Organization", ["the union"], None),
    ("Gora Seck", "Person", ["Seck"], None),
    ("Kaolack", "Location", [], None),
    ("Gambia Police Force", "Organization", [], None),
    ("A senior official at the Gambia Revenue Authority", "Group", [], None),
    ("Gambia Revenue Authority", "Organization", [], None),
    ("traders", "Group", [], None),
    ("Fatou Bojang", "Person", [], None),
    ("ECOWAS Commission", "Organization", [], None),
    ("Abuja", "Location", [], None),
    ("Sainabou Njie", "Person", [], None),
    ("University of The Gambia", "Organization", [], None),
    ("African Development Bank", "Organization", [], None),
    ("Yelitenda", "Location", [], None),
    ("Bamba Tenda", "Location", [], None),
]
GRA = "A senior official at the Gambia Revenue Authority"
STATEMENTS = [
    ("partial", "Alieu M. Touray", "said", ["the agreement showed that \"the two brotherly countries can sort out their problems around a table, not on the highway.\""]),
    ("indirect", "Alieu M. Touray", "He added", ["The Gambia had lost millions of dalasis in revenue during the blockade"]),
    ("direct", "Alieu M. Touray", "he said", ["Nobody gained from this. Our traders suffered, their drivers suffered, and the people of Casamance suffered most,"]),
    ("partial", "Cheikh Tidiane Ndiaye", "described", ["the signing as \"a good day for the Senegambian people\""]),
    ("indirect", "Cheikh Tidiane Ndiaye", "said", ["Dakar would make sure its truckers respected the new rules"]),
    ("partial", "National Union of Senegalese Road Transporters", "accusing", ["Gambian authorities of charging \"illegal fees\" at checkpoints along the highway"]),
    ("indirect", "Gora Seck", "told journalists", ["the union had instructed its members to resume crossings from Wednesday morning"]),
    ("direct", "Gora Seck", "Seck warned", ["We are suspending the movement, not ending it. If the checkpoints come back, the trucks will come back,"]),
    ("indirect", "Gambia Police Force", "said in a statement", ["none of its officers had collected unofficial payments"]),
    ("indirect", "Gambia Police Force", "said in a statement", ["drivers should report any officer who asked them for money"]),
    ("indirect", GRA, "said", ["Senegal's proposal for a single electronic toll card covering both countries had been left for a meeting of the joint commission in October"]),
    ("partial", GRA, "According to him", ["the Gambian side was \"not against the idea, but not ready to hand over its revenue data.\""]),
    ("indirect", "traders", "said", ["the prices of onions and rice had doubled during the blockade"]),
    ("direct", "Fatou Bojang", "said", ["I bought a bag of onions at D1,200 last week. Today they are asking D2,400,"]),
    ("indirect", "ECOWAS Commission", "said", ["it would help restore trade along one of the busiest corridors in the sub-region"]),
    ("indirect", "Sainabou Njie", "said", ["the blockade had shown how much both economies depended on the highway"]),
    ("direct", "Sainabou Njie", "she said", ["Every time there is a quarrel between the two countries, it is the bridge that pays,"]),
]
AGREEMENTS = [
    ("agreement", "signed an agreement in Banjul harmonising fees on the Senegambia Bridge", ["The Gambia", "Senegal"], "signed", "2026-07-21", "Banjul"),
    ("proposal", "Senegal's proposal for a single electronic toll card", ["Senegal"], "proposed", None, None),
    ("treaty", "the 1991 Treaty of Friendship and Cooperation", ["The Gambia", "Senegal"], "in-force", "1991", None),
]
