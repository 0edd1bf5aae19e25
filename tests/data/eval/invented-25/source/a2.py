ID = "inv25-benarnews-thailand-deep-south-brn-peace-talks-2026-08-21"
TITLE = "Thai panel and BRN rebels agree to cut violence during Ramadan, talks resume in Kuala Lumpur"
PUB = "2026-08-21"
TEXT = """PATTANI, Thailand (BenarNews) - Negotiators for the Thai government and the Barisan Revolusi Nasional (BRN) rebel group have agreed on a plan to reduce violence in the Deep South during the coming fasting month, the Malaysian facilitator announced on Thursday after two days of talks in Kuala Lumpur.

Facilitator Ahmad Zaidi Rahman told reporters that the two delegations had accepted a joint text covering Pattani, Yala and Narathiwat. "Both sides showed patience that we have not seen for a long time," he said. Ahmad Zaidi said technical teams would meet again in October.

The head of the Thai peace dialogue panel, Chatchai Boonyarit, told BenarNews that the plan would be tested in three districts first. He said the army would pull back some checkpoints from village roads if attacks fell. "We are not giving anything away, we are testing trust," Chatchai said.

The BRN said in a statement that the plan was only a first step, and that its members would keep their weapons until a political settlement was reached. It accused the Thai army of raiding homes in Rueso district during the talks.

The Internal Security Operations Command (ISOC) Region 4 has denied the accusation. A spokesman for the command, Col. Wirat Saenkham, said the raids were aimed at a bomb-making cell and had been approved by a court. "Our soldiers followed the law," Wirat said.

A senior Thai official who attended the talks, speaking on condition of anonymity, said Bangkok had refused a BRN demand to involve foreign observers. The official said the issue would "come back at every round."

In the town of Rueso, residents were cautious. Sulaiman Dolah, a rubber tapper, said he no longer went out before dawn because of the shootings. "I will believe in peace when I can work at night again," he said. His sister, Fatimah Dolah, teaches at an Islamic school. She said parents had started sending their children back after months of fear. "The classrooms are full again," she said.

The Deep South Watch monitoring group has estimated that more than 7,600 people have died in the conflict since 2004. According to the group, attacks fell by a third last year but became more deadly.

Rights group Cross Cultural Foundation has warned that the plan says nothing about the emergency decree, which allows detention without charge. Its director, Pornpen Kongkachonkiet, said the decree should be lifted before the next round.

Thai officials said the plan would be signed formally at the next meeting in Kuala Lumpur. Malaysia will keep hosting the talks for as long as both sides want it, the facilitator said."""
ENTITIES = [
    ("Thailand", "State", ["Bangkok"], "Q869"),
    ("Pattani", "Location", ["PATTANI"], None),
    ("BenarNews", "Organization", [], None),
    ("Barisan Revolusi Nasional", "ArmedGroup", ["BRN"], None),
    ("Deep South", "Location", [], None),
    ("Ahmad Zaidi Rahman", "Person", ["Ahmad Zaidi"], None),
    ("Kuala Lumpur", "Location", [], None),
    ("Yala", "Location", [], None),
    ("Narathiwat", "Location", [], None),
    ("Thai peace dialogue panel", "Organization", [], None),
    ("Chatchai Boonyarit", "Person", ["Chatchai"], None),
    ("Rueso", "Location", [], None),
    ("Internal Security Operations Command (ISOC) Region 4", "Organization", ["the command"], None),
    ("Wirat Saenkham", "Person", ["Wirat"], None),
    ("A senior Thai official who attended the talks", "Group", ["The official"], None),
    ("Sulaiman Dolah", "Person", [], None),
    ("Fatimah Dolah", "Person", [], None),
    ("Deep South Watch", "Organization", ["the group"], None),
    ("Cross Cultural Foundation", "Organization", [], None),
    ("Pornpen Kongkachonkiet", "Person", [], None),
    ("Malaysia", "State", [], "Q833"),
]
B = "Barisan Revolusi Nasional"
F = "Ahmad Zaidi Rahman"
STATEMENTS = [
    ("indirect", F, "announced on Thursday", ["Negotiators for the Thai government and the Barisan Revolusi Nasional (BRN) rebel group have agreed on a plan to reduce violence in the Deep South during the coming fasting month"]),
    ("indirect", F, "told reporters", ["the two delegations had accepted a joint text covering Pattani, Yala and Narathiwat"]),
    ("direct", F, "he said", ["Both sides showed patience that we have not seen for a long time,"]),
    ("indirect", F, "Ahmad Zaidi said", ["technical teams would meet again in October"]),
    ("indirect", "Chatchai Boonyarit", "told BenarNews", ["the plan would be tested in three districts first"]),
    ("indirect", "Chatchai Boonyarit", "He said", ["the army would pull back some checkpoints from village roads if attacks fell"]),
    ("direct", "Chatchai Boonyarit", "Chatchai said", ["We are not giving anything away, we are testing trust,"]),
    ("indirect", B, "said in a statement", ["the plan was only a first step"]),
    ("indirect", B, "said in a statement", ["its members would keep their weapons until a political settlement was reached"]),
    ("indirect", B, "accused", ["the Thai army of raiding homes in Rueso district during the talks"]),
    ("indirect", "Wirat Saenkham", "said", ["the raids were aimed at a bomb-making cell and had been approved by a court"]),
    ("direct", "Wirat Saenkham", "Wirat said", ["Our soldiers followed the law,"]),
    ("indirect", "A senior Thai official who attended the talks", "said", ["Bangkok had refused a BRN demand to involve foreign observers"]),
    ("partial", "A senior Thai official who attended the talks", "The official said", ['the issue would "come back at every round."']),
    ("indirect", "Sulaiman Dolah", "said", ["he no longer went out before dawn because of the shootings"]),
    ("direct", "Sulaiman Dolah", "he said", ["I will believe in peace when I can work at night again,"]),
    ("indirect", "Fatimah Dolah", "She said", ["parents had started sending their children back after months of fear"]),
    ("direct", "Fatimah Dolah", "she said", ["The classrooms are full again,"]),
    ("indirect", "Deep South Watch", "has estimated", ["more than 7,600 people have died in the conflict since 2004"]),
    ("indirect", "Deep South Watch", "According to", ["attacks fell by a third last year but became more deadly"]),
    ("indirect", "Cross Cultural Foundation", "has warned", ["the plan says nothing about the emergency decree, which allows detention without charge"]),
    ("indirect", "Pornpen Kongkachonkiet", "said", ["the decree should be lifted before the next round"]),
    ("indirect", "Thailand", "Thai officials said", ["the plan would be signed formally at the next meeting in Kuala Lumpur"]),
    ("indirect", F, "the facilitator said", ["Malaysia will keep hosting the talks for as long as both sides want it"]),
]
AGREEMENTS = [
    ("plan", "a plan to reduce violence in the Deep South during the coming fasting month", ["Thailand", "Barisan Revolusi Nasional"], "reached", "2026-08-20", "Kuala Lumpur"),
]
