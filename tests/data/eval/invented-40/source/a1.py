ID = "inv40-primicias-ecuador-colombia-tariffs-rumichaca-agreement-2026-02-20"
TITLE = "Ecuador and Colombia will lift the 30% tariffs after the presidents meet on the Rumichaca bridge"
PUB = "2026-02-20"
TEXT = """Ecuador and Colombia will lift the 30% tariffs that each country imposed on the other's products in January, President Mauricio Cevallos announced on Thursday, 19 February 2026, after meeting his Colombian counterpart, Lucía Ardila, on the Rumichaca bridge.

The Rumichaca agreement, signed by the two foreign ministers in a tent at the border post, ends a seven-week dispute that began when Quito accused Bogotá of doing nothing to stop the smuggling of fuel and cocaine across the 586-kilometre border. Colombia replied with an identical surcharge on Ecuadorian rice, bananas and shrimp, and Ecuador cut its electricity sales to its neighbour.

At a joint press conference, Cevallos said the tariffs would be removed in two stages, the first on 1 March. "We did not come here to win a fight. We came to open a border," he said. Ardila, who spoke after him, said Colombia would send 1,200 more police officers to Nariño and Putumayo. "Security is shared or it does not exist," she said.

Ecuador's Ministry of Production, Foreign Trade and Investment confirmed in a statement that electricity sales to Colombia would resume on Monday at the price agreed in 2024. According to the ministry, trade between the two countries fell by 41% in the first six weeks of the dispute.

Colombia's foreign minister, Hernán Villamizar, a former ambassador in Ecuador who led the negotiations in Ipiales for three weeks, told reporters that the text created a joint commission that will meet every month. "If one side breaks the agreement, the commission will know it before the markets do," he said.

His Ecuadorian counterpart, Gabriela Rosero, warned that the tariffs could return "in 24 hours" if the commission found that controls had not improved.

A Colombian official who took part in the talks told PRIMICIAS that the deal nearly collapsed on Wednesday night over the price of electricity. "There were two hours when we thought we would go home with nothing," the official said, speaking on condition of anonymity.

The Federation of Exporters of Ecuador (Fedexpor) welcomed the decision but said that the tariffs had already cost its members about USD 180 million. Its executive director, Samuel Ortiz, said exporters would wait for the first trucks to cross before celebrating.

In Tulcán, where some 400 trucks were still parked on Thursday afternoon, driver Wilmer Quiroz said he had waited nine days to take a load of canned tuna to Cali. "Nobody pays us for the days we lose," Quiroz said.

The economist María José Andrade, a professor at the Universidad San Francisco de Quito who has studied the border economy for a decade, warned that the deal did not touch the causes of the dispute.

"The tariffs were a symptom," she said. "The border remains open for the criminal economies and closed for the legal ones."

She added that both governments would face the same pressure again if armed groups kept control of the crossings in Putumayo."""
ENTITIES = [
    ("Ecuador", "State", ["Quito"], "Q736"),
    ("Colombia", "State", ["Bogotá"], "Q739"),
    ("Mauricio Cevallos", "Person", ["Cevallos"], None),
    ("Lucía Ardila", "Person", ["Ardila"], None),
    ("Rumichaca bridge", "Location", ["Rumichaca"], None),
    ("Nariño", "Location", [], None),
    ("Putumayo", "Location", [], None),
    ("Ministry of Production, Foreign Trade and Investment", "Organization", ["the ministry"], None),
    ("Hernán Villamizar", "Person", [], None),
    ("Ipiales", "Location", [], None),
    ("Gabriela Rosero", "Person", [], None),
    ("A Colombian official who took part in the talks", "Group", ["the official"], None),
    ("PRIMICIAS", "Organization", [], None),
    ("Federation of Exporters of Ecuador", "Organization", ["Fedexpor"], None),
    ("Samuel Ortiz", "Person", [], None),
    ("Tulcán", "Location", [], None),
    ("Wilmer Quiroz", "Person", ["Quiroz"], None),
    ("Cali", "Location", [], None),
    ("María José Andrade", "Person", [], None),
    ("Universidad San Francisco de Quito", "Organization", [], None),
]
CO = "A Colombian official who took part in the talks"
MIN = "Ministry of Production, Foreign Trade and Investment"
STATEMENTS = [
    ("indirect", "Mauricio Cevallos", "announced", ["Ecuador and Colombia will lift the 30% tariffs that each country imposed on the other's products in January"]),
    ("indirect", "Ecuador", "accused", ["Bogotá of doing nothing to stop the smuggling of fuel and cocaine across the 586-kilometre border"]),
    ("indirect", "Mauricio Cevallos", "said", ["the tariffs would be removed in two stages, the first on 1 March"]),
    ("direct", "Mauricio Cevallos", "he said", ["We did not come here to win a fight. We came to open a border,"]),
    ("indirect", "Lucía Ardila", "said", ["Colombia would send 1,200 more police officers to Nariño and Putumayo"]),
    ("direct", "Lucía Ardila", "she said", ["Security is shared or it does not exist,"]),
    ("indirect", MIN, "confirmed in a statement", ["electricity sales to Colombia would resume on Monday at the price agreed in 2024"]),
    ("indirect", MIN, "According to", ["trade between the two countries fell by 41% in the first six weeks of the dispute"]),
    ("indirect", "Hernán Villamizar", "told reporters", ["the text created a joint commission that will meet every month"]),
    ("direct", "Hernán Villamizar", "he said", ["If one side breaks the agreement, the commission will know it before the markets do,"]),
    ("partial", "Gabriela Rosero", "warned", ['the tariffs could return "in 24 hours" if the commission found that controls had not improved']),
    ("indirect", CO, "told PRIMICIAS", ["the deal nearly collapsed on Wednesday night over the price of electricity"]),
    ("direct", CO, "the official said", ["There were two hours when we thought we would go home with nothing,"]),
    ("indirect", "Federation of Exporters of Ecuador", "said", ["the tariffs had already cost its members about USD 180 million"]),
    ("indirect", "Samuel Ortiz", "said", ["exporters would wait for the first trucks to cross before celebrating"]),
    ("indirect", "Wilmer Quiroz", "said", ["he had waited nine days to take a load of canned tuna to Cali"]),
    ("direct", "Wilmer Quiroz", "Quiroz said", ["Nobody pays us for the days we lose,"]),
    ("indirect", "María José Andrade", "warned", ["the deal did not touch the causes of the dispute"]),
    ("direct", "María José Andrade", "she said", ["The tariffs were a symptom,", "The border remains open for the criminal economies and closed for the legal ones."]),
    ("indirect", "María José Andrade", "She added", ["both governments would face the same pressure again if armed groups kept control of the crossings in Putumayo"]),
]
AGREEMENTS = [
    ("agreement", "The Rumichaca agreement", ["Ecuador", "Colombia"], "signed", "2026-02-19", "Rumichaca"),
]
