ID = "inv17-mercopress-uruguay-argentina-martin-garcia-dredging-2026-11-09"
TITLE = "Uruguay and Argentina agree to resume dredging of Martín García channel"
PUB = "2026-11-09"
TEXT = """MONTEVIDEO (MercoPress) - Uruguay and Argentina have agreed to resume joint dredging of the Martín García channel in the River Plate after a pause of almost two years, Uruguay's Ministry of Foreign Affairs said on Monday.

The ministry said in a statement that the two governments would share the cost of the works "in equal parts" and that a binational commission would award the contract before the end of the year.

Foreign minister Sebastián Olivera Ruiz told reporters in Montevideo that the deal had been closed at a late dinner in Buenos Aires on Friday. "We argued about the depth for two years and about the bill for two hours," he said. "That tells you where the real problem was."

Argentina's Foreign Ministry confirmed the agreement. A spokeswoman for the ministry, Valeria Costanzo, said Argentina wanted the channel deepened so that larger bulk carriers could reach the ports of the Uruguay River. She said the first dredgers could start work in March.

Argentine officials said privately that money had been the main obstacle. An Argentine official who took part in the talks said the Treasury had refused to pay in advance while the exchange rate kept moving. "Nobody wanted to sign a cheque in dollars that would be worth something else the next week," the official said.

The deal matters most to Nueva Palmira, where barges from Paraguay change cargo onto ocean ships. The port's director, Marcela Ibarburu, said ships had been leaving a third empty since the channel silted up. "We have been loading by the tide table, not by the order book," she said.

Her neighbour at the private terminal, Diego Ferreira, was more cautious. He said he would wait to see the dredgers before hiring the crane drivers he had turned away last winter, and he said the deal left open who would pay for maintenance.

The River Plate Wetlands Network said the dredging would stir up decades of sediment near the island. Its coordinator, Lucía Benzano, said the commission had not published an impact study. "They are moving millions of tonnes of mud and they have not told us where it will go," she said.

Uruguay's environment ministry said the study would be published "before a single dredger moves."

In Buenos Aires, the opposition was split. Senator Gustavo Pereyra Lamas said Congress had to ratify any spending commitment of that size. Another senator, Romina Achával, said the agreement was an executive arrangement that did not need a vote. She said Pereyra Lamas was "looking for a stage, not a solution."

Shipping agents in Montevideo say the delay has cost the region dearly. One of them, who asked not to be named, said freight rates on the river had risen by a fifth. "Every centimetre of mud is money," the agent said.

Paraguay said in a statement that it welcomed the decision and wanted a seat on the commission as an observer.

Federico Mendaro, an analyst at the Centre for Regional Studies in Montevideo, said both governments needed good news. "It is the cheapest diplomatic win available to either capital," the analyst said. He added that the real test would be the tender.

The foreign ministry said the commission would meet in Colonia on December 3."""
UMFA = "Uruguay's Ministry of Foreign Affairs"
AN = "An Argentine official who took part in the talks"
ENTITIES = [
    ("MercoPress", "Organization", [], None),
    ("Uruguay", "State", [], "Q77"),
    ("Argentina", "State", [], "Q414"),
    ("Buenos Aires", "Location", [], None),
    ("Martín García", "Location", [], None),
    ("River Plate", "Location", [], None),
    (UMFA, "Organization", [], None),
    ("Sebastián Olivera Ruiz", "Person", [], None),
    ("Montevideo", "Location", [], None),
    ("Argentina's Foreign Ministry", "Organization", [], None),
    ("Valeria Costanzo", "Person", [], None),
    ("Uruguay River", "Location", [], None),
    (AN, "Group", [], None),
    ("Nueva Palmira", "Location", [], None),
    ("Paraguay", "State", [], "Q733"),
    ("Marcela Ibarburu", "Person", [], None),
    ("Diego Ferreira", "Person", [], None),
    ("River Plate Wetlands Network", "Organization", [], None),
    ("Lucía Benzano", "Person", [], None),
    ("Uruguay's environment ministry", "Organization", [], None),
    ("Gustavo Pereyra Lamas", "Person", ["Pereyra Lamas"], None),
    ("Congress", "Organization", [], None),
    ("Romina Achával", "Person", [], None),
    ("Shipping agents in Montevideo", "Group", [], None),
    ("One of them", "Group", [], None),
    ("Federico Mendaro", "Person", [], None),
    ("Centre for Regional Studies", "Organization", [], None),
    ("Colonia", "Location", [], None),
]
STATEMENTS = [
    ("indirect", UMFA, "said on Monday", ["Uruguay and Argentina have agreed to resume joint dredging of the Martín García channel in the River Plate after a pause of almost two years"]),
    ("partial", UMFA, "said in a statement", ['the two governments would share the cost of the works "in equal parts"']),
    ("indirect", UMFA, "said in a statement", ["a binational commission would award the contract before the end of the year"]),
    ("indirect", "Sebastián Olivera Ruiz", "told reporters", ["the deal had been closed at a late dinner in Buenos Aires on Friday"]),
    ("direct", "Sebastián Olivera Ruiz", "he said", ["We argued about the depth for two years and about the bill for two hours,", "That tells you where the real problem was."]),
    ("indirect", "Valeria Costanzo", "said", ["Argentina wanted the channel deepened so that larger bulk carriers could reach the ports of the Uruguay River"]),
    ("indirect", "Valeria Costanzo", "She said", ["the first dredgers could start work in March"]),
    ("indirect", "Argentina", "said privately", ["money had been the main obstacle"]),
    ("indirect", AN, "said", ["the Treasury had refused to pay in advance while the exchange rate kept moving"]),
    ("direct", AN, "the official said", ["Nobody wanted to sign a cheque in dollars that would be worth something else the next week,"]),
    ("indirect", "Marcela Ibarburu", "said", ["ships had been leaving a third empty since the channel silted up"]),
    ("direct", "Marcela Ibarburu", "she said", ["We have been loading by the tide table, not by the order book,"]),
    ("indirect", "Diego Ferreira", "He said", ["he would wait to see the dredgers before hiring the crane drivers he had turned away last winter"]),
    ("indirect", "Diego Ferreira", "he said", ["the deal left open who would pay for maintenance"]),
    ("indirect", "River Plate Wetlands Network", "said", ["the dredging would stir up decades of sediment near the island"]),
    ("indirect", "Lucía Benzano", "said", ["the commission had not published an impact study"]),
    ("direct", "Lucía Benzano", "she said", ["They are moving millions of tonnes of mud and they have not told us where it will go,"]),
    ("partial", "Uruguay's environment ministry", "said", ['the study would be published "before a single dredger moves."']),
    ("indirect", "Gustavo Pereyra Lamas", "said", ["Congress had to ratify any spending commitment of that size"]),
    ("indirect", "Romina Achával", "said", ["the agreement was an executive arrangement that did not need a vote"]),
    ("partial", "Romina Achával", "She said", ['Pereyra Lamas was "looking for a stage, not a solution."']),
    ("indirect", "Shipping agents in Montevideo", "say", ["the delay has cost the region dearly"]),
    ("indirect", "One of them", "said", ["freight rates on the river had risen by a fifth"]),
    ("direct", "One of them", "the agent said", ["Every centimetre of mud is money,"]),
    ("indirect", "Paraguay", "said in a statement", ["it welcomed the decision and wanted a seat on the commission as an observer"]),
    ("indirect", "Federico Mendaro", "said", ["both governments needed good news"]),
    ("direct", "Federico Mendaro", "the analyst said", ["It is the cheapest diplomatic win available to either capital,"]),
    ("indirect", "Federico Mendaro", "He added", ["the real test would be the tender"]),
    ("indirect", UMFA, "said", ["the commission would meet in Colonia on December 3"]),
]
AGREEMENTS = [
    ("agreement", "to resume joint dredging of the Martín García channel in the River Plate", ["Uruguay", "Argentina"], "reached", "2026-11", "Buenos Aires"),
]
