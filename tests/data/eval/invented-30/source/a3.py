ID = "inv30-gleaner-jamaica-honduras-pedro-bank-fishing-memorandum-2026-07-09"
TITLE = "Jamaica, Honduras sign fishing memorandum for Pedro Bank, but fishers say patrols come first"
PUB = "2026-07-09"
TEXT = """KINGSTON (The Gleaner) - Jamaica and Honduras have signed a memorandum of understanding on the arrest and return of fishers caught in each other's waters near Pedro Bank, the Ministry of Agriculture, Fisheries and Mining said yesterday.

The memorandum was signed in Tegucigalpa on Tuesday by the two countries' fisheries chiefs, the ministry said. It added that arrested crews would be handed to their own coast guard within ten days instead of being held for months.

Jamaica's National Fisheries Authority said it would share the positions of licensed boats with Honduran officials every week. Its director general, Marsha Ebanks, told The Gleaner that the first handover exercise would be held in September. "A fisher is not a smuggler, and we will not treat him like one," Ebanks said.

Tegucigalpa has called the memorandum a first step. Honduras' Directorate of Fisheries and Aquaculture said Honduran boats would no longer fish inside the Jamaican zone once the lobster season closed. A directorate spokeswoman said three Jamaican fishers held in La Ceiba would be released this month.

A Honduran navy officer, who spoke on condition of anonymity, said most arrests had happened at night in bad weather. The officer said neither navy had enough boats to patrol the bank.

The Jamaican Deep-Sea Fishers' Association has warned that its members will keep losing catch unless the Jamaica Defence Force patrols the cays more often. Its president, Winston Clarke, said foreign boats had been "stripping the bank bare" for years.

Cays Seafood Holdings, which buys most of the conch landed at Old Harbour Bay, said it welcomed the deal. A company manager said exports to Europe depended on proof that the catch was legal.

The Office of the Special Envoy for Maritime Affairs and Caribbean Cooperation said the memorandum would be reviewed after one year. According to the office, a wider fisheries treaty could follow if the arrangement worked.

Marine biologist Andrea Campbell of the University of the West Indies said the conch stock on the bank had fallen by a third in a decade. She added that quotas mattered more than arrests. Economist Damion Reid said the fishing industry earned the island about US$20 million a year.

The opposition People's National Party said the government had waited too long to act. Its spokesman on agriculture, Horace Dixon, said the text should be tabled in Parliament.

At Old Harbour Bay, fisherman Delroy Thompson said he had spent four months in a Honduran jail in 2024. "They took the boat, the engine and the catch," he said. His wife, Claudette Thompson, sells fish at the beach market. She said the family had borrowed money to buy a new engine.

A claim brought by two boat owners against the state for the loss of their vessels will go before the Supreme Court in October, their lawyer, Keisha Brown, said.

Coast guard officers from both countries will meet in Kingston next month, Jamaican officials said."""
ENTITIES = [
    ("Jamaica", "State", [], "Q766"),
    ("Honduras", "State", ["Tegucigalpa"], "Q783"),
    ("Kingston", "Location", ["KINGSTON"], None),
    ("The Gleaner", "Organization", [], None),
    ("Pedro Bank", "Location", [], None),
    ("Ministry of Agriculture, Fisheries and Mining", "Organization", ["the ministry"], None),
    ("Jamaica's National Fisheries Authority", "Organization", [], None),
    ("Marsha Ebanks", "Person", ["Ebanks"], None),
    ("Honduras' Directorate of Fisheries and Aquaculture", "Organization", [], None),
    ("La Ceiba", "Location", [], None),
    ("A Honduran navy officer", "Group", [], None),
    ("Jamaican Deep-Sea Fishers' Association", "Organization", [], None),
    ("Jamaica Defence Force", "Organization", [], None),
    ("Winston Clarke", "Person", [], None),
    ("Cays Seafood Holdings", "Organization", [], None),
    ("Old Harbour Bay", "Location", [], None),
    ("Europe", "Location", [], None),
    ("Office of the Special Envoy for Maritime Affairs and Caribbean Cooperation", "Organization", ["the office"], None),
    ("Andrea Campbell", "Person", [], None),
    ("University of the West Indies", "Organization", [], None),
    ("Damion Reid", "Person", [], None),
    ("People's National Party", "Organization", [], None),
    ("Horace Dixon", "Person", [], None),
    ("Parliament", "Organization", [], None),
    ("Delroy Thompson", "Person", [], None),
    ("Claudette Thompson", "Person", [], None),
    ("Supreme Court", "Organization", [], None),
    ("Keisha Brown", "Person", [], None),
]
M = "Ministry of Agriculture, Fisheries and Mining"
N = "Jamaica's National Fisheries Authority"
D = "Honduras' Directorate of Fisheries and Aquaculture"
G = "A Honduran navy officer"
O = "Office of the Special Envoy for Maritime Affairs and Caribbean Cooperation"
STATEMENTS = [
    ("indirect", M, "said yesterday", ["Jamaica and Honduras have signed a memorandum of understanding on the arrest and return of fishers caught in each other's waters near Pedro Bank"]),
    ("indirect", M, "the ministry said", ["The memorandum was signed in Tegucigalpa on Tuesday by the two countries' fisheries chiefs"]),
    ("indirect", M, "It added", ["arrested crews would be handed to their own coast guard within ten days instead of being held for months"]),
    ("indirect", N, "said", ["it would share the positions of licensed boats with Honduran officials every week"]),
    ("indirect", "Marsha Ebanks", "told The Gleaner", ["the first handover exercise would be held in September"]),
    ("direct", "Marsha Ebanks", "Ebanks said", ["A fisher is not a smuggler, and we will not treat him like one,"]),
    ("indirect", D, "said", ["Honduran boats would no longer fish inside the Jamaican zone once the lobster season closed"]),
    ("indirect", D, "A directorate spokeswoman said", ["three Jamaican fishers held in La Ceiba would be released this month"]),
    ("indirect", G, "said", ["most arrests had happened at night in bad weather"]),
    ("indirect", G, "The officer said", ["neither navy had enough boats to patrol the bank"]),
    ("indirect", "Jamaican Deep-Sea Fishers' Association", "has warned", ["its members will keep losing catch unless the Jamaica Defence Force patrols the cays more often"]),
    ("partial", "Winston Clarke", "said", ['foreign boats had been "stripping the bank bare" for years']),
    ("indirect", "Cays Seafood Holdings", "said", ["it welcomed the deal"]),
    ("indirect", "Cays Seafood Holdings", "A company manager said", ["exports to Europe depended on proof that the catch was legal"]),
    ("indirect", O, "said", ["the memorandum would be reviewed after one year"]),
    ("indirect", O, "According to", ["a wider fisheries treaty could follow if the arrangement worked"]),
    ("indirect", "Andrea Campbell", "said", ["the conch stock on the bank had fallen by a third in a decade"]),
    ("indirect", "Andrea Campbell", "She added", ["quotas mattered more than arrests"]),
    ("indirect", "Damion Reid", "said", ["the fishing industry earned the island about US$20 million a year"]),
    ("indirect", "People's National Party", "said", ["the government had waited too long to act"]),
    ("indirect", "Horace Dixon", "said", ["the text should be tabled in Parliament"]),
    ("indirect", "Delroy Thompson", "said", ["he had spent four months in a Honduran jail in 2024"]),
    ("direct", "Delroy Thompson", "he said", ["They took the boat, the engine and the catch,"]),
    ("indirect", "Claudette Thompson", "She said", ["the family had borrowed money to buy a new engine"]),
    ("indirect", "Keisha Brown", "said", ["A claim brought by two boat owners against the state for the loss of their vessels will go before the Supreme Court in October"]),
    ("indirect", "Jamaica", "Jamaican officials said", ["Coast guard officers from both countries will meet in Kingston next month"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding on the arrest and return of fishers caught in each other's waters near Pedro Bank", ["Jamaica", "Honduras"], "signed", "2026-07-07", "Tegucigalpa"),
]
