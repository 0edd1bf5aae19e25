ID = "inv46-afp-chad-car-joint-border-patrols-sido-2026-03-27"
TITLE = "Chad, C. Africa agree joint border patrols after deadly herder clashes"
PUB = "2026-03-27"
TEXT = """BANGUI (AFP) - Chad and the Central African Republic signed an agreement on Thursday to deploy joint patrols along their shared border, where clashes between cattle herders and farming villages have killed at least 34 people since early March, Central African officials said.

The memorandum, signed in the Chadian border town of Sido by the two countries' defence ministers, provides for a mixed force of 600 soldiers and gendarmes and for a committee that will meet every month to settle disputes over grazing corridors.

"Our two peoples share the same rivers and the same cattle tracks. They cannot share the same graves," Central African Defence Minister Rigobert Ndakala told reporters after the ceremony.

His Chadian counterpart, General Mahamat Abakar Ousmane, said the force would be based in Sido and in Kabo and that it would be deployed "before the rains close the roads."

N'Djamena suspended a similar patrol arrangement in 2023 after a shooting between the two armies near the town of Markounda, and the border has since been watched by neither side.

The latest violence began when herders driving cattle south from Chad's Moyen-Chari province clashed with farmers near the village of Bemal, the UN peacekeeping mission MINUSCA said in a report last week. It said at least 11,000 people had fled their homes, many of them across the border into Chad.

The Return, Reclamation and Rehabilitation (3R) rebel group, which recruits heavily among herding communities, accused the government of arming farmers' self-defence militias. In a statement signed by its spokesman, Abdoulaye Hamadou, the group said it would respect the patrols "as long as they protect herders too."

The 3R declared a unilateral ceasefire in January to open the way for talks with the government, but the group said on March 10 that it was no longer bound by it, citing an army raid on one of its camps in the Ouham-Pende prefecture.

A Chadian army officer in Sido, who asked not to be named because he was not authorised to speak to the press, said the first units would cross the border next week.

"We have the men. What we do not have is fuel and radios," the officer said.

In Kabo, residents said the town's market had been closed for three weeks and that traders from Chad had stopped coming.

"We sleep in the bush when we hear motorbikes at night," said Marthe Yakite, who sells groundnuts near the bus station. She said she had not seen a soldier in her neighbourhood since February.

Analysts at the International Crisis Group said in a note on Thursday that the patrols would not end the killing unless the two governments also reopened the seasonal corridors that herders had used for decades.

"A patrol can stop a raid. It cannot feed a herd," said Thierry Mabiala, a researcher who has followed the region for two decades. He warned that the rains, due in May, would push more cattle south.

The European Union, which pays for part of MINUSCA's logistics, welcomed the deal."""
ENTITIES = [
    ("Bangui", "Location", ["BANGUI"], "Q3832"),
    ("AFP", "Organization", [], "Q40464"),
    ("Chad", "State", ["N'Djamena"], "Q657"),
    ("Central African Republic", "State", [], "Q929"),
    ("Sido", "Location", [], None),
    ("Rigobert Ndakala", "Person", [], None),
    ("Mahamat Abakar Ousmane", "Person", [], None),
    ("Kabo", "Location", [], None),
    ("Markounda", "Location", [], None),
    ("Moyen-Chari", "Location", [], None),
    ("Bemal", "Location", [], None),
    ("United Nations", "Organization", ["UN"], "Q1065"),
    ("MINUSCA", "Organization", [], None),
    ("Return, Reclamation and Rehabilitation", "ArmedGroup", ["3R"], None),
    ("Abdoulaye Hamadou", "Person", [], None),
    ("Ouham-Pende", "Location", [], None),
    ("A Chadian army officer in Sido", "Group", ["the officer"], None),
    ("residents", "Group", [], None),
    ("Marthe Yakite", "Person", [], None),
    ("Analysts at the International Crisis Group", "Group", [], None),
    ("International Crisis Group", "Organization", [], None),
    ("Thierry Mabiala", "Person", [], None),
    ("European Union", "Organization", [], "Q458"),
]
OFF = "A Chadian army officer in Sido"
STATEMENTS = [
    ("indirect", "Central African Republic", "said", ["Chad and the Central African Republic signed an agreement on Thursday to deploy joint patrols along their shared border, where clashes between cattle herders and farming villages have killed at least 34 people since early March"]),
    ("direct", "Rigobert Ndakala", "told reporters", ["Our two peoples share the same rivers and the same cattle tracks. They cannot share the same graves,"]),
    ("indirect", "Mahamat Abakar Ousmane", "said", ["the force would be based in Sido and in Kabo"]),
    ("partial", "Mahamat Abakar Ousmane", "said", ['it would be deployed "before the rains close the roads."']),
    ("indirect", "MINUSCA", "said in a report", ["The latest violence began when herders driving cattle south from Chad's Moyen-Chari province clashed with farmers near the village of Bemal"]),
    ("indirect", "MINUSCA", "It said", ["at least 11,000 people had fled their homes, many of them across the border into Chad"]),
    ("indirect", "Return, Reclamation and Rehabilitation", "accused", ["the government of arming farmers' self-defence militias"]),
    ("partial", "Return, Reclamation and Rehabilitation", "said", ['it would respect the patrols "as long as they protect herders too."']),
    ("indirect", "Return, Reclamation and Rehabilitation", "said on March 10", ["it was no longer bound by it"]),
    ("indirect", OFF, "said", ["the first units would cross the border next week"]),
    ("direct", OFF, "the officer said", ["We have the men. What we do not have is fuel and radios,"]),
    ("indirect", "residents", "said", ["the town's market had been closed for three weeks"]),
    ("indirect", "residents", "said", ["traders from Chad had stopped coming"]),
    ("direct", "Marthe Yakite", "said", ["We sleep in the bush when we hear motorbikes at night,"]),
    ("indirect", "Marthe Yakite", "She said", ["she had not seen a soldier in her neighbourhood since February"]),
    ("indirect", "Analysts at the International Crisis Group", "said in a note", ["the patrols would not end the killing unless the two governments also reopened the seasonal corridors that herders had used for decades"]),
    ("direct", "Thierry Mabiala", "said", ["A patrol can stop a raid. It cannot feed a herd,"]),
    ("indirect", "Thierry Mabiala", "warned", ["the rains, due in May, would push more cattle south"]),
]
AGREEMENTS = [
    ("memorandum", "The memorandum", ["Chad", "Central African Republic"], "signed", "2026-03-26", "Sido"),
    ("agreement", "a similar patrol arrangement", ["Chad", "Central African Republic"], "withdrawn", "2023", None),
    ("ceasefire", "a unilateral ceasefire", ["Return, Reclamation and Rehabilitation"], "withdrawn", "2026-01", None),
]
