ID = "inv8-ap-kyrgyzstan-tajikistan-isfara-water-deal-2026-04-22"
TITLE = "Kyrgyzstan and Tajikistan sign deal on sharing Isfara river water"
PUB = "2026-04-22"
TEXT = """TASHKENT, Uzbekistan, April 22 (AP) — Kyrgyzstan and Tajikistan signed an agreement on Wednesday on sharing the water of the Isfara river, the stream whose canals and pumping stations set off deadly border clashes between the two Central Asian neighbours four years ago.

The agreement was signed in the Uzbek capital by Kyrgyzstan's deputy prime minister, Almaz Tokonbaev, and Tajikistan's energy minister, Rustam Davlatzoda, after three rounds of talks hosted by Uzbekistan. Under its terms, each country will receive a fixed share of the river's flow in the summer months, and engineers from both sides will read the meters at the Golovnoy intake together.

"For the first time the farmers on both banks will know how much water is coming," Tokonbaev told reporters after the ceremony. Davlatzoda said the deal "protects every village, not only the ones with the loudest voices."

Uzbekistan's foreign minister, Dilshod Karimov, said his country had only provided a table and coffee. Tashkent is not a party to the agreement, but it has proposed a joint monitoring commission for the whole Fergana valley, a plan that neither Bishkek nor Dushanbe has yet accepted.

The calm on the border remains fragile. A ceasefire that the two governments agreed in October 2022, after fighting that killed more than 100 people, has been broken several times since, most recently in January, when border guards exchanged fire near the village of Kok-Tash. Each side accused the other of starting the shooting.

Officials from both governments said they were still negotiating a separate deal on the road that runs through the Tajik enclave of Vorukh, which Kyrgyz drivers must cross to reach the Batken region. A Kyrgyz official said the two sides were "close, but not there yet."

Residents of Vorukh have heard such promises before. A land swap that the two countries' border commissions drew up in 2019 was dropped a year later, after protests on both sides of the line.

Water is the deeper problem in the valley. The Isfara carries melt water from the Turkestan range, and in dry summers the canals that feed the cotton and apricot farms of the Sughd region and Batken run low within weeks. Farmers on both sides complain that the other side takes more than its share.

The World Bank, which paid for new meters on the river, said it welcomed any agreement that reduced the risk of conflict. It said it would decide next month whether to fund the repair of two pumping stations damaged in 2022.

Analysts in Bishkek were cautious. "An agreement on paper is the easy part," said Nurbek Osmonov, a researcher at a private think tank. "The test comes in July, when the river is at its lowest."

Kyrgyzstan's parliament must still ratify the water deal before it takes effect. Tajikistan's lower house approved it within hours of the signing, state media in Dushanbe reported.
"""
ENTITIES = [
  ("Kyrgyzstan", "State", ["Bishkek"], None),
  ("Bishkek", "Location", [], "Q9361"),
  ("Tajikistan", "State", ["Dushanbe"], None),
  ("Uzbekistan", "State", ["Tashkent"], None),
  ("Associated Press", "Organization", ["AP"], None),
  ("Isfara", "Location", [], None),
  ("Almaz Tokonbaev", "Person", ["Tokonbaev"], None),
  ("Rustam Davlatzoda", "Person", ["Davlatzoda"], None),
  ("Golovnoy", "Location", [], None),
  ("Dilshod Karimov", "Person", [], None),
  ("Fergana valley", "Location", [], None),
  ("Kok-Tash", "Location", [], None),
  ("Vorukh", "Location", [], None),
  ("Batken", "Location", [], None),
  ("Turkestan range", "Location", [], None),
  ("Sughd", "Location", [], None),
  ("World Bank", "Organization", [], None),
  ("Nurbek Osmonov", "Person", [], None),
  ("A Kyrgyz official", "Group", [], None),
  ("Officials from both governments", "Group", [], None),
  ("state media in Dushanbe", "Group", [], None),
]
STATEMENTS = [
  ("direct", "Almaz Tokonbaev", "told reporters", ["For the first time the farmers on both banks will know how much water is coming,"]),
  ("partial", "Rustam Davlatzoda", "said", ['the deal "protects every village, not only the ones with the loudest voices."']),
  ("indirect", "Dilshod Karimov", "said", ["his country had only provided a table and coffee"]),
  ("indirect", "Officials from both governments", "said", ["they were still negotiating a separate deal on the road that runs through the Tajik enclave of Vorukh, which Kyrgyz drivers must cross to reach the Batken region"]),
  ("partial", "A Kyrgyz official", "said", ['the two sides were "close, but not there yet."']),
  ("indirect", "World Bank", "said", ["it welcomed any agreement that reduced the risk of conflict"]),
  ("indirect", "World Bank", "said", ["it would decide next month whether to fund the repair of two pumping stations damaged in 2022"]),
  ("direct", "Nurbek Osmonov", "said", ["An agreement on paper is the easy part,", "The test comes in July, when the river is at its lowest."]),
  ("indirect", "state media in Dushanbe", "reported", ["Tajikistan's lower house approved it within hours of the signing"]),
]
AGREEMENTS = [
  ("agreement", "an agreement on Wednesday on sharing the water of the Isfara river", ["Kyrgyzstan", "Tajikistan"], "signed", "2026-04-22", "Tashkent"),
  ("plan", "a joint monitoring commission for the whole Fergana valley", ["Uzbekistan"], "proposed", None, None),
  ("ceasefire", "A ceasefire that the two governments agreed in October 2022", ["Kyrgyzstan", "Tajikistan"], "violated", "2022-10", None),
  ("deal", "a separate deal on the road that runs through the Tajik enclave of Vorukh", ["Kyrgyzstan", "Tajikistan"], "negotiating", None, None),
  ("other", "A land swap that the two countries' border commissions drew up in 2019", ["Kyrgyzstan", "Tajikistan"], "abandoned", "2019", None),
]
