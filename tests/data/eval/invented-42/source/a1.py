ID = "inv42-ap-chile-mapuche-araucania-land-accord-2026-10-12"
TITLE = "Chile signs land deal with Mapuche communities as arson attacks go on in Araucanía"
PUB = "2026-10-12"
TEXT = """TEMUCO, Chile (AP) — Chile's government signed an agreement Monday to return about 12,000 hectares (30,000 acres) of forest land to 14 Mapuche communities in the southern region of Araucanía, hours after a militant group claimed an arson attack on two logging trucks.

Interior Minister Claudia Reyes Vidal signed the accord in the small town of Ercilla with leaders of the communities, which negotiate together as the Council of Malleco Lonkos. The land, now owned by the timber company Forestal Andina, will be bought by the state and handed over in three stages by 2029, the Interior Ministry said in a statement.

"This is not a gift. It is a debt that Chile has owed for more than a century," Reyes told reporters after the signing. "We will pay it in installments, but we will pay it."

Lonko Juan Catrileo Huenchullán, who led the communities' negotiators, called the deal "a first step, not the last one" and said the families expected to be farming part of the land by the end of next year.

He warned that the agreement would mean little if police raids on the communities continued. "Our young people cannot be asked to trust the state in the morning and be arrested at night," Catrileo said.

The Coordinadora Arauco-Malleco, a radical Mapuche group that has claimed dozens of arson attacks in the region, rejected the accord. In a statement posted online, the CAM called it "a trick to divide our people" and said it would continue what it calls the recovery of ancestral territory.

Carabineros, Chile's national police, said two trucks belonging to a contractor of Forestal Andina were set on fire near Collipulli early Monday and that leaflets signed by the group were found at the scene. No one was hurt.

Opposition lawmakers accused the government of rewarding violence. Sen. Rodrigo Alessandri of the right-wing Republican Party said the state was "buying peace with land it does not own" and demanded that Reyes answer questions in the Senate.

Forestal Andina said in a statement that it had agreed to sell at a price set by independent appraisers. It declined to comment further.

A government official who took part in the talks said the state had set aside money for two more purchases next year but would not sign with any group that refused to renounce violence. The official spoke on condition of anonymity because the budget had not been made public.

"The door is open to anyone who leaves the matches at home," the official said.

A similar accord reached in 2014 with communities near Tirúa collapsed within a year after the land purchase stalled in court.

Araucanía, about 600 kilometers (370 miles) south of Santiago, has been under a state of emergency since 2022, with soldiers guarding its main highways.

In Ercilla, María Painemal, 61, watched the ceremony from behind a police line with her two grandsons.

"My grandmother told me this land was ours. I never thought I would hear a minister say it," she said."""
ENTITIES = [
    ("Temuco", "Location", ["TEMUCO"], None),
    ("Chile", "State", [], "Q298"),
    ("Associated Press", "Organization", ["AP"], None),
    ("Araucanía", "Location", [], None),
    ("Claudia Reyes Vidal", "Person", ["Reyes"], None),
    ("Ercilla", "Location", [], None),
    ("Council of Malleco Lonkos", "Organization", [], None),
    ("Forestal Andina", "Organization", [], None),
    ("Interior Ministry", "Organization", [], None),
    ("Juan Catrileo Huenchullán", "Person", ["Catrileo"], None),
    ("Coordinadora Arauco-Malleco", "ArmedGroup", ["CAM"], None),
    ("Carabineros", "Organization", [], None),
    ("Collipulli", "Location", [], None),
    ("Opposition lawmakers", "Group", [], None),
    ("Rodrigo Alessandri", "Person", [], None),
    ("Republican Party", "Organization", [], None),
    ("Senate", "Organization", [], None),
    ("A government official who took part in the talks", "Group", ["The official", "the official"], None),
    ("Tirúa", "Location", [], None),
    ("Santiago", "Location", [], None),
    ("María Painemal", "Person", [], None),
]
GO = "A government official who took part in the talks"
STATEMENTS = [
    ("indirect", "Interior Ministry", "said in a statement", ["The land, now owned by the timber company Forestal Andina, will be bought by the state and handed over in three stages by 2029"]),
    ("direct", "Claudia Reyes Vidal", "told reporters", ["This is not a gift. It is a debt that Chile has owed for more than a century,", "We will pay it in installments, but we will pay it."]),
    ("partial", "Juan Catrileo Huenchullán", "called", ["a first step, not the last one"]),
    ("indirect", "Juan Catrileo Huenchullán", "said", ["the families expected to be farming part of the land by the end of next year"]),
    ("indirect", "Juan Catrileo Huenchullán", "warned", ["the agreement would mean little if police raids on the communities continued"]),
    ("direct", "Juan Catrileo Huenchullán", "Catrileo said", ["Our young people cannot be asked to trust the state in the morning and be arrested at night,"]),
    ("partial", "Coordinadora Arauco-Malleco", "called", ["a trick to divide our people"]),
    ("indirect", "Coordinadora Arauco-Malleco", "said", ["it would continue what it calls the recovery of ancestral territory"]),
    ("indirect", "Carabineros", "said", ["two trucks belonging to a contractor of Forestal Andina were set on fire near Collipulli early Monday"]),
    ("indirect", "Carabineros", "said", ["leaflets signed by the group were found at the scene"]),
    ("indirect", "Opposition lawmakers", "accused", ["the government of rewarding violence"]),
    ("partial", "Rodrigo Alessandri", "said", ['the state was "buying peace with land it does not own"']),
    ("indirect", "Rodrigo Alessandri", "demanded", ["Reyes answer questions in the Senate"]),
    ("indirect", "Forestal Andina", "said in a statement", ["it had agreed to sell at a price set by independent appraisers"]),
    ("indirect", GO, "said", ["the state had set aside money for two more purchases next year but would not sign with any group that refused to renounce violence"]),
    ("direct", GO, "the official said", ["The door is open to anyone who leaves the matches at home,"]),
    ("direct", "María Painemal", "she said", ["My grandmother told me this land was ours. I never thought I would hear a minister say it,"]),
]
AGREEMENTS = [
    ("agreement", "an agreement Monday to return about 12,000 hectares", ["Chile", "Council of Malleco Lonkos"], "signed", "2026-10-12", "Ercilla"),
    ("accord", "A similar accord reached in 2014", ["Chile"], "collapsed", "2014", None),
]
