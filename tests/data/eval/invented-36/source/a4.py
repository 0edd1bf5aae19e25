ID = "inv36-batimes-argentina-paraguay-yacyreta-debt-annex-2026-06-30"
TITLE = "Argentina and Paraguay close Yacyretá debt deal, but tariff fight looms"
PUB = "2026-06-30"
TEXT = """Argentina and Paraguay on Monday signed an annex to the Yacyretá Treaty that settles a decades-old dispute over the debt of the binational hydroelectric dam on the Paraná River, Argentina's Foreign Ministry said.

Under the annex, signed in Encarnación by the foreign ministers of the two countries, Paraguay's share of the debt will be cut by about US$1.2 billion and the rest repaid over 30 years from the sale of electricity.

Foreign Minister Martín Echagüe called the document "an act of justice between neighbours" and said it would free Asunción to invest in its own transmission lines. Speaking to reporters after the ceremony, the minister added that Argentina had not given up "a single peso that was really owed."

His Paraguayan counterpart, Rubén Benítez, said the annex ended "fifty years of humiliation" for his country. "We pay for what we consume, and we sell what we do not consume at a fair price. That is all Paraguay ever asked," Benítez said.

The deal must still be ratified by both congresses. In the Argentine Congress, opposition lawmakers said they would vote against it. Deputy Laura Sosa of the Civic Coalition accused the government of "gifting" the Paraguayans a debt that Argentine taxpayers had guaranteed.

"Someone will have to explain to a pensioner in Rosario why we are forgiving Asunción," she told Buenos Aires Times.

Paraguay's Senate is expected to approve the annex quickly. Senator Hugo Zárate, who chairs the foreign affairs committee, said a vote could take place before the end of July.

The Entidad Binacional Yacyretá, which runs the dam, said in a statement that the annex would not affect the supply of power to either grid. It said both countries would keep receiving half of the plant's output.

The harder question, the tariff Argentina pays for the surplus Paraguayan power it buys, was left for later talks. An official at Argentina's Energy Secretariat, speaking on condition of anonymity, said Buenos Aires would not accept a rate close to market prices. "The surplus is ours to buy by treaty. It is not an auction," the official said.

Paraguay's Ministry of Public Works said negotiations on the tariff would start in September and that it wanted a deal before the end of the year.

Residents of Ayolas, where the dam flooded thousands of hectares in the 1990s, say they have still not been fully compensated. "They signed papers about billions. Nobody signed anything about our houses," said fisherman Carlos Gauto.

Economist Florencia Ruiz of the University of Buenos Aires said the annex mattered more for Paraguay's credit rating than for Argentina's budget. She said the debt had long been treated as "a number nobody expected to be paid."

Yacyretá was built under a 1973 treaty signed by the military governments of the two countries and began generating power in 1994. A similar settlement for the Itaipú dam, shared by Paraguay and Brazil, was reached in 2023."""
ENTITIES = [
    ("Argentina", "State", ["Buenos Aires"], "Q414"),
    ("Paraguay", "State", ["Asunción"], "Q733"),
    ("Argentina's Foreign Ministry", "Organization", [], None),
    ("Yacyretá", "Location", [], None),
    ("Paraná River", "Location", [], None),
    ("Encarnación", "Location", [], None),
    ("Martín Echagüe", "Person", [], None),
    ("Rubén Benítez", "Person", ["Benítez"], None),
    ("opposition lawmakers", "Group", [], None),
    ("Argentine Congress", "Organization", [], None),
    ("Laura Sosa", "Person", [], None),
    ("Civic Coalition", "Organization", [], None),
    ("Rosario", "Location", [], None),
    ("Buenos Aires Times", "Organization", [], None),
    ("Paraguay's Senate", "Organization", [], None),
    ("Hugo Zárate", "Person", [], None),
    ("Entidad Binacional Yacyretá", "Organization", [], None),
    ("Energy Secretariat", "Organization", [], None),
    ("An official at Argentina's Energy Secretariat", "Group", ["the official"], None),
    ("Paraguay's Ministry of Public Works", "Organization", [], None),
    ("Residents of Ayolas", "Group", [], None),
    ("Ayolas", "Location", [], None),
    ("Carlos Gauto", "Person", [], None),
    ("Florencia Ruiz", "Person", [], None),
    ("University of Buenos Aires", "Organization", [], None),
    ("Itaipú", "Location", [], None),
    ("Brazil", "State", [], "Q155"),
]
AO = "An official at Argentina's Energy Secretariat"
STATEMENTS = [
    ("indirect", "Argentina's Foreign Ministry", "said", ["Argentina and Paraguay on Monday signed an annex to the Yacyretá Treaty that settles a decades-old dispute over the debt of the binational hydroelectric dam on the Paraná River"]),
    ("partial", "Martín Echagüe", "called", ['the document "an act of justice between neighbours"']),
    ("indirect", "Martín Echagüe", "said", ["it would free Asunción to invest in its own transmission lines"]),
    ("partial", "Martín Echagüe", "the minister added", ['Argentina had not given up "a single peso that was really owed."']),
    ("partial", "Rubén Benítez", "said", ['the annex ended "fifty years of humiliation" for his country']),
    ("direct", "Rubén Benítez", "Benítez said", ["We pay for what we consume, and we sell what we do not consume at a fair price. That is all Paraguay ever asked,"]),
    ("indirect", "opposition lawmakers", "said", ["they would vote against it"]),
    ("partial", "Laura Sosa", "accused", ['the government of "gifting" the Paraguayans a debt that Argentine taxpayers had guaranteed']),
    ("direct", "Laura Sosa", "she told Buenos Aires Times", ["Someone will have to explain to a pensioner in Rosario why we are forgiving Asunción,"]),
    ("indirect", "Hugo Zárate", "said", ["a vote could take place before the end of July"]),
    ("indirect", "Entidad Binacional Yacyretá", "said in a statement", ["the annex would not affect the supply of power to either grid"]),
    ("indirect", "Entidad Binacional Yacyretá", "It said", ["both countries would keep receiving half of the plant's output"]),
    ("indirect", AO, "said", ["Buenos Aires would not accept a rate close to market prices"]),
    ("direct", AO, "the official said", ["The surplus is ours to buy by treaty. It is not an auction,"]),
    ("indirect", "Paraguay's Ministry of Public Works", "said", ["negotiations on the tariff would start in September"]),
    ("indirect", "Paraguay's Ministry of Public Works", "said", ["it wanted a deal before the end of the year"]),
    ("indirect", "Residents of Ayolas", "say", ["they have still not been fully compensated"]),
    ("direct", "Carlos Gauto", "said", ["They signed papers about billions. Nobody signed anything about our houses,"]),
    ("indirect", "Florencia Ruiz", "said", ["the annex mattered more for Paraguay's credit rating than for Argentina's budget"]),
    ("partial", "Florencia Ruiz", "She said", ['the debt had long been treated as "a number nobody expected to be paid."']),
]
AGREEMENTS = [
    ("annex", "an annex to the Yacyretá Treaty", ["Argentina", "Paraguay"], "signed", "2026-06-29", "Encarnación"),
    ("treaty", "the Yacyretá Treaty", ["Argentina", "Paraguay"], "in-force", "1973", None),
    ("other", "A similar settlement for the Itaipú dam", ["Paraguay", "Brazil"], "reached", "2023", None),
]
