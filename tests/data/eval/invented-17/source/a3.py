ID = "inv17-namibian-namibia-botswana-chobe-joint-patrols-2026-07-08"
TITLE = "Namibia, Botswana agree joint patrols on the Chobe after fishermen's deaths"
PUB = "2026-07-08"
TEXT = """KATIMA MULILO (The Namibian) - Namibia and Botswana have agreed to run joint boat patrols on the Chobe River, the Namibian government said yesterday, three months after two fishermen from the Zambezi region were shot dead by a Botswana anti-poaching unit near Kasika.

Minister of International Relations Selma Haikali said the patrols would start in August and that each boat would carry officers from both countries. "From now on, no Namibian fisherman will meet a soldier on that river who cannot speak to him in his own language," Haikali said at a press briefing in Windhoek.

She said the two governments had also agreed to mark the river channel with buoys, which fishermen have asked for since the 1990s.

Gaborone said the patrols would "protect wildlife and people alike." In a statement, Botswana's Ministry of Defence and Security said the anti-poaching unit had acted within its rules of engagement but that the deaths were "deeply regretted."

The Botswana Defence Force spokesman, Lieutenant Colonel Kagiso Mmolawa, said an internal inquiry into the shooting was still under way. He said its findings would be shared with Namibia.

Namibian officials said the question of compensation for the two families had not been settled. A senior Namibian official, who spoke on condition of anonymity, said Gaborone had offered money but would not admit fault. "They want to pay without saying sorry. The families want the sorry first," the official said.

In Kasika, the widow of one of the fishermen, Mutonga Sibungo, said she had not been told when the inquiry would end. Her brother-in-law, Pumulo Simasiku, said the family would not accept money until the soldiers were named. "A cheque does not bring him back, and it does not tell us who fired," he said.

The village headman, Induna Lubinda Mwilima, said about forty families in the area lived from the river. "The river is our field. If we fear the river, we starve," the headman said.

Fishermen in Kasika say they no longer set nets at night. One of them said he now waited on the bank until sunrise, even when the fish were running.

The Southern African Development Community said in a statement that it welcomed the agreement and would send observers to the first patrols.

Opposition MP Maria Kasita, who represents a Zambezi constituency, said the government had taken too long. She said the agreement should have been signed within days of the shooting, not months.

Joseph Ndhlovu, a lawyer who represents the two families, told The Namibian that he would file a claim in a Botswana court if no settlement was reached by the end of the year. "We would rather settle. But we will not wait forever," Ndhlovu said.

According to the Legal Assistance Centre, at least nine Namibian fishermen have been shot on the Chobe since 1998.

The government said the joint patrols would be reviewed after six months."""
ANON = "A senior Namibian official"
ENTITIES = [
    ("Katima Mulilo", "Location", ["KATIMA MULILO"], None),
    ("Namibia", "State", [], "Q1030"),
    ("Botswana", "State", ["Gaborone"], "Q963"),
    ("Chobe River", "Location", ["Chobe"], None),
    ("Zambezi", "Location", [], None),
    ("Kasika", "Location", [], None),
    ("Selma Haikali", "Person", ["Haikali"], None),
    ("Windhoek", "Location", [], None),
    ("Botswana's Ministry of Defence and Security", "Organization", [], None),
    ("Botswana Defence Force", "Organization", [], None),
    ("Kagiso Mmolawa", "Person", [], None),
    (ANON, "Group", [], None),
    ("Mutonga Sibungo", "Person", [], None),
    ("Pumulo Simasiku", "Person", [], None),
    ("Lubinda Mwilima", "Person", [], None),
    ("Fishermen in Kasika", "Group", [], None),
    ("One of them", "Group", [], None),
    ("Southern African Development Community", "Organization", [], None),
    ("Maria Kasita", "Person", [], None),
    ("Joseph Ndhlovu", "Person", ["Ndhlovu"], None),
    ("The Namibian", "Organization", [], None),
    ("Legal Assistance Centre", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Namibia", "said yesterday", ["Namibia and Botswana have agreed to run joint boat patrols on the Chobe River"]),
    ("indirect", "Selma Haikali", "said", ["the patrols would start in August"]),
    ("indirect", "Selma Haikali", "said", ["each boat would carry officers from both countries"]),
    ("direct", "Selma Haikali", "Haikali said", ["From now on, no Namibian fisherman will meet a soldier on that river who cannot speak to him in his own language,"]),
    ("indirect", "Selma Haikali", "She said", ["the two governments had also agreed to mark the river channel with buoys, which fishermen have asked for since the 1990s"]),
    ("partial", "Botswana", "said", ['the patrols would "protect wildlife and people alike."']),
    ("partial", "Botswana's Ministry of Defence and Security", "said", ['the anti-poaching unit had acted within its rules of engagement but that the deaths were "deeply regretted."']),
    ("indirect", "Kagiso Mmolawa", "said", ["an internal inquiry into the shooting was still under way"]),
    ("indirect", "Kagiso Mmolawa", "He said", ["its findings would be shared with Namibia"]),
    ("indirect", "Namibia", "said", ["the question of compensation for the two families had not been settled"]),
    ("indirect", ANON, "said", ["Gaborone had offered money but would not admit fault"]),
    ("direct", ANON, "the official said", ["They want to pay without saying sorry. The families want the sorry first,"]),
    ("indirect", "Mutonga Sibungo", "said", ["she had not been told when the inquiry would end"]),
    ("indirect", "Pumulo Simasiku", "said", ["the family would not accept money until the soldiers were named"]),
    ("direct", "Pumulo Simasiku", "he said", ["A cheque does not bring him back, and it does not tell us who fired,"]),
    ("indirect", "Lubinda Mwilima", "said", ["about forty families in the area lived from the river"]),
    ("direct", "Lubinda Mwilima", "the headman said", ["The river is our field. If we fear the river, we starve,"]),
    ("indirect", "Fishermen in Kasika", "say", ["they no longer set nets at night"]),
    ("indirect", "One of them", "said", ["he now waited on the bank until sunrise, even when the fish were running"]),
    ("indirect", "Southern African Development Community", "said in a statement", ["it welcomed the agreement and would send observers to the first patrols"]),
    ("indirect", "Maria Kasita", "said", ["the government had taken too long"]),
    ("indirect", "Maria Kasita", "She said", ["the agreement should have been signed within days of the shooting, not months"]),
    ("indirect", "Joseph Ndhlovu", "told The Namibian", ["he would file a claim in a Botswana court if no settlement was reached by the end of the year"]),
    ("direct", "Joseph Ndhlovu", "Ndhlovu said", ["We would rather settle. But we will not wait forever,"]),
    ("indirect", "Legal Assistance Centre", "According to", ["at least nine Namibian fishermen have been shot on the Chobe since 1998"]),
    ("indirect", "Namibia", "said", ["the joint patrols would be reviewed after six months"]),
]
AGREEMENTS = [
    ("agreement", "to run joint boat patrols on the Chobe River", ["Namibia", "Botswana"], "reached", "2026-07", None),
]
