ID = "inv28-inquirer-philippines-barmm-milf-decommissioning-phase-2026-07-08"
TITLE = "Decommissioning of MILF combatants resumes in Maguindanao after a year-long pause"
PUB = "2026-07-08"
TEXT = """COTABATO CITY - The decommissioning of former Moro Islamic Liberation Front combatants resumed on Tuesday in Maguindanao del Sur after a pause of more than a year, the Office of the Presidential Adviser on Peace, Reconciliation and Unity (OPAPRU) said.

OPAPRU said in a statement that 1,150 combatants and 640 weapons would be processed in the first two weeks. It said the combatants would each receive a cash package and a livelihood grant.

Peace adviser Carlito Galvez Lumbera told the Inquirer that the government had released the delayed funds for the transition packages in June. "We owe these men what we promised them in 2014," he said.

The MILF had accused the government of falling behind on the socio-economic programmes promised under the Comprehensive Agreement on the Bangsamoro, which the two sides signed in 2014. Mohagher Iqbal, who chairs the MILF peace implementing panel, said the front had kept its side of the bargain. "Our fighters handed over their guns. What came back to their villages was too little," he said.

The Independent Decommissioning Body, a panel of foreign and local experts that oversees the process, said the weapons would be stored in a facility in Sultan Kudarat and destroyed later in the year. A member of the body, who asked not to be named because the panel speaks with one voice, said several commanders had asked for more time to gather their men.

Some local officials have accused the MILF of keeping its best weapons in reserve. Datu Ismael Mangudadatu, a mayor in Maguindanao del Sur, said armed groups still moved freely in the marshland. The claim was rejected by the front, which said all its base commands were taking part.

In the village of Tapikan, former combatant Abdulrahman Salik waited in line with his rifle. He said he had fought for twenty years and wanted to farm. "My son will go to school, not to the camp," Salik said. His wife, Normina Salik, said the family had not received the livelihood grant promised in the last phase. She said they would believe the government "when the money arrives."

The Bangsamoro Transition Authority has urged Manila to keep the programme funded after the regional elections. Its speaker, Pangalian Balindong, said the parliament would pass a resolution on the matter this week.

The International Crisis Group has warned that clan feuds, known as rido, could draw former fighters back into violence. Its Philippines analyst, Georgina Reyes, said the next phase would be the hardest. She added that the remaining combatants lived in areas where "the government is still a rumour."

Government officials said about 14,000 combatants remain to be decommissioned."""
ENTITIES = [
    ("Philippines", "State", ["Manila"], "Q928"),
    ("Cotabato City", "Location", ["COTABATO CITY"], None),
    ("Moro Islamic Liberation Front", "ArmedGroup", ["MILF", "the front"], None),
    ("Maguindanao del Sur", "Location", [], None),
    ("Office of the Presidential Adviser on Peace, Reconciliation and Unity", "Organization", ["OPAPRU"], None),
    ("Carlito Galvez Lumbera", "Person", [], None),
    ("Inquirer", "Organization", [], None),
    ("Mohagher Iqbal", "Person", [], None),
    ("MILF peace implementing panel", "Organization", [], None),
    ("Independent Decommissioning Body", "Organization", [], None),
    ("Sultan Kudarat", "Location", [], None),
    ("A member of the body", "Group", [], None),
    ("Some local officials", "Group", [], None),
    ("Datu Ismael Mangudadatu", "Person", [], None),
    ("Tapikan", "Location", [], None),
    ("Abdulrahman Salik", "Person", ["Salik"], None),
    ("Normina Salik", "Person", [], None),
    ("Bangsamoro Transition Authority", "Organization", [], None),
    ("Pangalian Balindong", "Person", [], None),
    ("International Crisis Group", "Organization", [], None),
    ("Georgina Reyes", "Person", [], None),
]
O = "Office of the Presidential Adviser on Peace, Reconciliation and Unity"
M = "Moro Islamic Liberation Front"
STATEMENTS = [
    ("indirect", O, "said", ["The decommissioning of former Moro Islamic Liberation Front combatants resumed on Tuesday in Maguindanao del Sur after a pause of more than a year"]),
    ("indirect", O, "said in a statement", ["1,150 combatants and 640 weapons would be processed in the first two weeks"]),
    ("indirect", O, "It said", ["the combatants would each receive a cash package and a livelihood grant"]),
    ("indirect", "Carlito Galvez Lumbera", "told the Inquirer", ["the government had released the delayed funds for the transition packages in June"]),
    ("direct", "Carlito Galvez Lumbera", "he said", ["We owe these men what we promised them in 2014,"]),
    ("indirect", M, "had accused", ["the government of falling behind on the socio-economic programmes promised under the Comprehensive Agreement on the Bangsamoro, which the two sides signed in 2014"]),
    ("indirect", "Mohagher Iqbal", "said", ["the front had kept its side of the bargain"]),
    ("direct", "Mohagher Iqbal", "he said", ["Our fighters handed over their guns. What came back to their villages was too little,"]),
    ("indirect", "Independent Decommissioning Body", "said", ["the weapons would be stored in a facility in Sultan Kudarat and destroyed later in the year"]),
    ("indirect", "A member of the body", "said", ["several commanders had asked for more time to gather their men"]),
    ("indirect", "Some local officials", "have accused", ["the MILF of keeping its best weapons in reserve"]),
    ("indirect", "Datu Ismael Mangudadatu", "said", ["armed groups still moved freely in the marshland"]),
    ("indirect", M, "said", ["all its base commands were taking part"]),
    ("indirect", "Abdulrahman Salik", "He said", ["he had fought for twenty years and wanted to farm"]),
    ("direct", "Abdulrahman Salik", "Salik said", ["My son will go to school, not to the camp,"]),
    ("indirect", "Normina Salik", "said", ["the family had not received the livelihood grant promised in the last phase"]),
    ("partial", "Normina Salik", "She said", ['they would believe the government "when the money arrives."']),
    ("indirect", "Bangsamoro Transition Authority", "has urged", ["Manila to keep the programme funded after the regional elections"]),
    ("indirect", "Pangalian Balindong", "said", ["the parliament would pass a resolution on the matter this week"]),
    ("indirect", "International Crisis Group", "has warned", ["clan feuds, known as rido, could draw former fighters back into violence"]),
    ("indirect", "Georgina Reyes", "said", ["the next phase would be the hardest"]),
    ("partial", "Georgina Reyes", "She added", ['the remaining combatants lived in areas where "the government is still a rumour."']),
    ("indirect", "Philippines", "Government officials said", ["about 14,000 combatants remain to be decommissioned"]),
]
AGREEMENTS = [
    ("agreement", "Comprehensive Agreement on the Bangsamoro", ["Philippines", "Moro Islamic Liberation Front"], "in-force", "2014", None),
]
