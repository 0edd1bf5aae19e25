ID = "inv44-reuters-peru-vraem-coca-substitution-pact-ambush-2026-05-19"
TITLE = "Peru signs coca substitution pact with VRAEM growers days after ambush kills five soldiers"
PUB = "2026-05-19"
TEXT = """LIMA, May 19 (Reuters) - Peru's government signed an agreement with coca growers in the VRAEM valley on Monday to replace part of their crop with cacao and coffee, days after an ambush blamed on Shining Path remnants killed five soldiers in the region, the Agriculture Ministry said.

The accord, signed in the town of Pichari by Agriculture Minister Rosa Quispe and leaders of the Federation of Agricultural Producers of the VRAEM, commits the state to pay some 3,000 families a monthly stipend for two years while their new crops mature.

"Nobody in the valley grows coca because they love it. They grow it because the road to the market is a mule track," Quispe told reporters. "This time we are going to build the road first."

The valley of the Apurimac, Ene and Mantaro rivers, known as the VRAEM, produces about three quarters of Peru's coca leaf, according to the United Nations Office on Drugs and Crime. It is also the last stronghold of the Militarized Communist Party of Peru, a Shining Path splinter group that has fought the army there for three decades.

Soldiers patrolling near the village of Vizcatán del Ene were attacked with rifles and explosives on Thursday. The Joint Command of the Armed Forces said in a statement that five soldiers had been killed and two wounded. It said troops had "neutralised" one of the attackers.

Defense Minister Óscar Paredes said the government would extend the state of emergency in the valley by 60 days and send 400 more troops. He accused the group of using families in villages along the Ene river as "human shields."

Federation president Teodoro Ccori said his members had signed because the state had, for once, put money on the table before asking them to pull up a single plant. But he warned that eradication crews would not be welcome in districts where payments had not started.

"If they come with machetes before the money, the agreement is dead," Ccori told Reuters by telephone from Pichari.

A 2019 crop substitution plan for the neighbouring district of Llochegua was abandoned after a year, when the money ran out and growers went back to coca.

Prosecutors say the armed group, believed to have fewer than 200 fighters, charges traffickers a fee on every load of cocaine paste that leaves the valley by river or by light aircraft.

A senior police officer in Ayacucho, who asked not to be named, said the ambush was a message to the growers. "They are telling the farmers that whoever signs with the state pays for it," the officer said.

Not everyone in the valley welcomed the deal. The Ene Asháninka Central, which represents Indigenous communities along the river, said it had not been consulted. Several of its villages, it said, lie inside a protected forest where no new crops can be planted.

Lucía Mendoza, a security analyst at the Pontifical Catholic University of Peru in Lima, said the stipends could work only if the payments continued after the two years ran out.

"Every government signs something in the VRAEM. None of them has stayed long enough to see a harvest," she said.

Peru, the world's second-largest cocaine producer after Colombia, has relied for years on forced eradication elsewhere, a policy the new agreement leaves untouched."""
ENTITIES = [
    ("Lima", "Location", ["LIMA"], None),
    ("Peru", "State", [], "Q419"),
    ("VRAEM", "Location", [], None),
    ("Shining Path", "ArmedGroup", [], None),
    ("Agriculture Ministry", "Organization", [], None),
    ("Pichari", "Location", [], None),
    ("Rosa Quispe", "Person", ["Quispe"], None),
    ("Federation of Agricultural Producers of the VRAEM", "Organization", [], None),
    ("Apurimac", "Location", [], None),
    ("Ene river", "Location", ["Ene"], None),
    ("Mantaro", "Location", [], None),
    ("United Nations Office on Drugs and Crime", "Organization", [], None),
    ("Militarized Communist Party of Peru", "ArmedGroup", [], None),
    ("Vizcatán del Ene", "Location", [], None),
    ("Joint Command of the Armed Forces", "Organization", [], None),
    ("Óscar Paredes", "Person", [], None),
    ("Teodoro Ccori", "Person", ["Ccori"], None),
    ("Reuters", "Organization", [], None),
    ("Llochegua", "Location", [], None),
    ("Prosecutors", "Group", [], None),
    ("A senior police officer in Ayacucho", "Group", ["the officer"], None),
    ("Ayacucho", "Location", [], None),
    ("Ene Asháninka Central", "Organization", [], None),
    ("Lucía Mendoza", "Person", [], None),
    ("Pontifical Catholic University of Peru", "Organization", [], None),
    ("Colombia", "State", [], "Q739"),
]
PO = "A senior police officer in Ayacucho"
STATEMENTS = [
    ("indirect", "Agriculture Ministry", "said", ["Peru's government signed an agreement with coca growers in the VRAEM valley on Monday to replace part of their crop with cacao and coffee, days after an ambush blamed on Shining Path remnants killed five soldiers in the region"]),
    ("direct", "Rosa Quispe", "told reporters", ["Nobody in the valley grows coca because they love it. They grow it because the road to the market is a mule track,", "This time we are going to build the road first."]),
    ("indirect", "United Nations Office on Drugs and Crime", "according to", ["The valley of the Apurimac, Ene and Mantaro rivers, known as the VRAEM, produces about three quarters of Peru's coca leaf"]),
    ("indirect", "Joint Command of the Armed Forces", "said in a statement", ["five soldiers had been killed and two wounded"]),
    ("partial", "Joint Command of the Armed Forces", "It said", ['troops had "neutralised" one of the attackers']),
    ("indirect", "Óscar Paredes", "said", ["the government would extend the state of emergency in the valley by 60 days and send 400 more troops"]),
    ("partial", "Óscar Paredes", "accused", ['the group of using families in villages along the Ene river as "human shields."']),
    ("indirect", "Teodoro Ccori", "said", ["his members had signed because the state had, for once, put money on the table before asking them to pull up a single plant"]),
    ("indirect", "Teodoro Ccori", "warned", ["eradication crews would not be welcome in districts where payments had not started"]),
    ("direct", "Teodoro Ccori", "told Reuters", ["If they come with machetes before the money, the agreement is dead,"]),
    ("indirect", "Prosecutors", "say", ["the armed group, believed to have fewer than 200 fighters, charges traffickers a fee on every load of cocaine paste that leaves the valley by river or by light aircraft"]),
    ("indirect", PO, "said", ["the ambush was a message to the growers"]),
    ("direct", PO, "the officer said", ["They are telling the farmers that whoever signs with the state pays for it,"]),
    ("indirect", "Ene Asháninka Central", "said", ["it had not been consulted"]),
    ("indirect", "Ene Asháninka Central", "it said", ["Several of its villages", "lie inside a protected forest where no new crops can be planted"]),
    ("indirect", "Lucía Mendoza", "said", ["the stipends could work only if the payments continued after the two years ran out"]),
    ("direct", "Lucía Mendoza", "she said", ["Every government signs something in the VRAEM. None of them has stayed long enough to see a harvest,"]),
]
AGREEMENTS = [
    ("agreement", "an agreement with coca growers", ["Peru", "Federation of Agricultural Producers of the VRAEM"], "signed", "2026-05-18", "Pichari"),
    ("plan", "A 2019 crop substitution plan", ["Peru"], "abandoned", "2019", None),
]
