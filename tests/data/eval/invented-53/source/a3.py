ID = "inv53-reuters-peru-chumbivilcas-mining-corridor-blockade-deal-2026-07-23"
TITLE = "Peru signs deal with Andean communities to lift 23-day copper road blockade"
PUB = "2026-07-23"
TEXT = """LIMA, July 23 (Reuters) - Peru's government signed an agreement late on Wednesday with community leaders in the southern Andean province of Chumbivilcas to lift a 23-day blockade of a mining road that carries about a fifth of the country's copper concentrate to the coast.

The deal, signed in the town of Santo Tomás by the government, the Chumbivilcas Defense Front and the mine operator Cobre del Sur after two days of talks mediated by the Catholic Church and the Ombudsman's Office, commits the state to pave 110 kilometers (68 miles) of the road within three years and sets up a development fund for the province.

"The road will be open by Friday. What we have signed here is a commitment, and the state is going to honor it," Deputy Minister of Territorial Governance Rocío Quispe told reporters in Santo Tomás.

The front, which led the protest, said it would lift the blockade in stages and warned that its members would return to the road "the same day" if the government missed the first deadline in October.

"We have been signing papers since 2015. This time we want to see the machines," the front's president, Walter Huamaní, said by phone. He accused previous governments of treating Chumbivilcas "like a hallway for trucks."

Cobre del Sur, which had halted shipments and said it was losing about $9 million a day in output, welcomed the agreement in a statement. The company said it expected to resume deliveries to the port of Matarani within a week and would put 40 million soles ($11 million) a year into the fund.

The blockade began on June 29, after the front withdrew from a 2024 agreement with the company, saying fewer than half of the promised jobs and water projects had been delivered. Cobre del Sur has said it met most of those commitments.

A 34-year-old farmer died on July 9 when police cleared a stretch of the road near Colquemarca, according to the Ombudsman's Office. The Interior Ministry said officers had acted "within the law" and that an investigation was under way.

A government official involved in the talks, who asked not to be named because he was not authorized to speak publicly, said the paving would cost about 900 million soles and that the money had not yet been set aside in the budget.

Peru, the world's third-largest copper producer, has seen the same road blocked at least a dozen times since the mine opened, and the Ombudsman's Office counted more than 200 active social conflicts nationwide in June, most of them linked to mining.

Fernando Castillo, a mining analyst at the Lima consultancy Andes Risk, said the government kept solving the same conflict one blockade at a time.

"Every agreement buys a few months. Nobody in Lima has yet asked why the communities along the road are still among the poorest in the country," he said.

Copper futures on the London Metal Exchange barely moved on the news. Traders said the blockade had mattered less than feared because the company had drawn on stockpiles at the port. (Reporting by the Lima newsroom; Editing by the Americas desk)"""
ENTITIES = [
    ("Lima", "Location", ["LIMA"], "Q2868"),
    ("Reuters", "Organization", [], "Q130879"),
    ("Peru", "State", [], "Q419"),
    ("Chumbivilcas", "Location", [], None),
    ("Santo Tomás", "Location", [], None),
    ("Chumbivilcas Defense Front", "Organization", ["the front"], None),
    ("Cobre del Sur", "Organization", ["The company", "the company"], None),
    ("Catholic Church", "Organization", [], "Q9592"),
    ("Ombudsman's Office", "Organization", [], None),
    ("Rocío Quispe", "Person", [], None),
    ("Walter Huamaní", "Person", [], None),
    ("Matarani", "Location", [], None),
    ("Colquemarca", "Location", [], None),
    ("Interior Ministry", "Organization", [], None),
    ("A government official involved in the talks", "Group", [], None),
    ("Fernando Castillo", "Person", [], None),
    ("Andes Risk", "Organization", [], None),
    ("London Metal Exchange", "Organization", [], None),
    ("Traders", "Group", [], None),
]
GO = "A government official involved in the talks"
STATEMENTS = [
    ("direct", "Rocío Quispe", "told reporters", ["The road will be open by Friday. What we have signed here is a commitment, and the state is going to honor it,"]),
    ("indirect", "Chumbivilcas Defense Front", "said", ["it would lift the blockade in stages"]),
    ("partial", "Chumbivilcas Defense Front", "warned", ['its members would return to the road "the same day" if the government missed the first deadline in October']),
    ("direct", "Walter Huamaní", "said by phone", ["We have been signing papers since 2015. This time we want to see the machines,"]),
    ("partial", "Walter Huamaní", "accused", ['previous governments of treating Chumbivilcas "like a hallway for trucks."']),
    ("indirect", "Cobre del Sur", "said", ["it was losing about $9 million a day in output"]),
    ("indirect", "Cobre del Sur", "said", ["it expected to resume deliveries to the port of Matarani within a week and would put 40 million soles ($11 million) a year into the fund"]),
    ("indirect", "Chumbivilcas Defense Front", "saying", ["fewer than half of the promised jobs and water projects had been delivered"]),
    ("indirect", "Cobre del Sur", "has said", ["it met most of those commitments"]),
    ("indirect", "Ombudsman's Office", "according to", ["A 34-year-old farmer died on July 9 when police cleared a stretch of the road near Colquemarca"]),
    ("partial", "Interior Ministry", "said", ['officers had acted "within the law"']),
    ("indirect", "Interior Ministry", "said", ["an investigation was under way"]),
    ("indirect", GO, "said", ["the paving would cost about 900 million soles"]),
    ("indirect", GO, "said", ["the money had not yet been set aside in the budget"]),
    ("indirect", "Fernando Castillo", "said", ["the government kept solving the same conflict one blockade at a time"]),
    ("direct", "Fernando Castillo", "he said", ["Every agreement buys a few months. Nobody in Lima has yet asked why the communities along the road are still among the poorest in the country,"]),
    ("indirect", "Traders", "said", ["the blockade had mattered less than feared because the company had drawn on stockpiles at the port"]),
]
AGREEMENTS = [
    ("agreement", "an agreement", ["Peru", "Chumbivilcas Defense Front", "Cobre del Sur"], "signed", "2026-07-22", "Santo Tomás"),
    ("agreement", "a 2024 agreement", ["Chumbivilcas Defense Front", "Cobre del Sur"], "withdrawn", "2024", None),
]
