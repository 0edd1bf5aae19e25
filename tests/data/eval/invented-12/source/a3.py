ID = "inv12-businessdaily-moldova-romania-power-line-2026-09-09"
TITLE = "Moldova, Romania sign gas transit deal as power-line talks drag on"
PUB = "2026-09-09"
TEXT = """Moldova and Romania signed an intergovernmental agreement on gas transit on Wednesday that lets Chisinau book up to two-thirds of the capacity of the Iasi-Ungheni pipeline through the winter, a move energy traders said would cut Moldovan import costs by as much as a fifth.

The document was signed in Bucharest by Romania's energy minister, Sebastian Burduja-Pop, and Moldova's minister of energy, Dorin Junghietu. It takes effect on October 1 and runs for five years.

"Moldova will never again have to choose between heating and paying its other bills," Junghietu said after the signing. Burduja-Pop called the agreement "the most practical thing two neighbours can do for each other before a cold winter."

Gas prices in Moldova rose by more than 30 per cent last year after supplies through Ukraine stopped. The state gas company Energocom buys most of its volumes on the Romanian market and pays transit fees at each border point.

Power is a harder question. The two governments have been negotiating since March over a second high-voltage line between Suceava and Balti, which would allow Moldova to import more electricity from Romania during peaks. Officials said on Wednesday that talks on the line had stalled over who would pay for the Moldovan section, estimated at 90 million euros.

A 2021 memorandum on joint gas storage at the Romanian site of Targu Mures was never put into effect. Junghietu said the idea had been dropped because storage in Romania was "full every autumn with Romanian gas".

The two countries already trade electricity under a supply deal between the Romanian state producer Hidroelectrica and Energocom, signed in 2022 and in force since then. Traders said the deal's fixed price had saved Moldovan consumers about 40 million euros in its first two years.

Moldova's breakaway region of Transnistria, which produced most of the country's power until last year, was not part of the talks. Its power plant at Cuciurgan has run at reduced load since January. The European Commission has proposed a financing plan that would pay for new solar parks in Moldova, and Brussels said on Wednesday that the plan would be discussed by member states in October.

Analysts said the gas agreement was overdue. "Romania had the pipe and Moldova had the need. It took four winters to put the two in the same room," said Ioana Cretu, an energy analyst at the Bucharest consultancy Carpathian Energy Partners.

Not everyone in Bucharest was pleased. Members of the opposition said the government had given away capacity that Romanian industry would need in a cold winter. The energy ministry said Romanian demand had fallen by 12 per cent since 2021 and that the pipeline had been running at less than half its capacity.

The agreement will now go to the Moldovan parliament for ratification, expected before the end of September.
"""
ENTITIES = [
  ("Moldova", "State", ["Chisinau"], None),
  ("Romania", "State", ["Bucharest"], None),
  ("Iasi-Ungheni pipeline", "Location", [], None),
  ("Bucharest", "Location", [], None),
  ("Sebastian Burduja-Pop", "Person", ["Burduja-Pop"], None),
  ("Dorin Junghietu", "Person", ["Junghietu"], None),
  ("Ukraine", "State", [], None),
  ("Energocom", "Organization", [], None),
  ("Suceava", "Location", [], None),
  ("Balti", "Location", [], None),
  ("Targu Mures", "Location", [], None),
  ("Hidroelectrica", "Organization", [], None),
  ("Transnistria", "Location", [], None),
  ("Cuciurgan", "Location", [], None),
  ("European Commission", "Organization", [], None),
  ("Brussels", "Location", [], None),
  ("Ioana Cretu", "Person", [], None),
  ("Carpathian Energy Partners", "Organization", [], None),
  ("Officials", "Group", [], None),
  ("Analysts", "Group", [], None),
]
STATEMENTS = [
  ("direct", "Dorin Junghietu", "said", ["Moldova will never again have to choose between heating and paying its other bills,"]),
  ("partial", "Sebastian Burduja-Pop", "called", ['the agreement "the most practical thing two neighbours can do for each other before a cold winter."']),
  ("indirect", "Officials", "said", ["talks on the line had stalled over who would pay for the Moldovan section, estimated at 90 million euros"]),
  ("partial", "Dorin Junghietu", "said", ['the idea had been dropped because storage in Romania was "full every autumn with Romanian gas".']),
  ("indirect", "European Commission", "said", ["the plan would be discussed by member states in October"]),
  ("indirect", "Analysts", "said", ["the gas agreement was overdue"]),
  ("direct", "Ioana Cretu", "said", ["Romania had the pipe and Moldova had the need. It took four winters to put the two in the same room,"]),
]
AGREEMENTS = [
  ("agreement", "an intergovernmental agreement on gas transit on Wednesday", ["Moldova", "Romania"], "signed", "2026-09-09", "Bucharest"),
  ("memorandum", "A 2021 memorandum on joint gas storage at the Romanian site of Targu Mures", ["Moldova", "Romania"], "abandoned", "2021", None),
  ("deal", "a supply deal between the Romanian state producer Hidroelectrica and Energocom", ["Hidroelectrica", "Energocom"], "in-force", "2022", None),
  ("plan", "a financing plan that would pay for new solar parks in Moldova", ["European Commission"], "proposed", None, None),
]
