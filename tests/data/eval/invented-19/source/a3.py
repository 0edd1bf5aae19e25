ID = "inv19-abc-png-enga-highlands-tribal-ceasefire-2026-07-09"
TITLE = "Enga clans sign ceasefire as police reinforcements arrive in PNG's Highlands"
PUB = "2026-07-09"
TEXT = """Two clans that have fought for more than a year in Papua New Guinea's Enga province, the Yambali and the Sakalin, have signed a ceasefire at a church in Wabag, but villagers fear it will not hold once the extra police leave.

The Enga provincial police commander, Superintendent Joseph Kewa, and the Catholic bishop of Wabag, Thomas Yalu, witnessed the signing on Tuesday. He told the ABC that 120 extra officers had arrived from Port Moresby and would stay "for as long as it takes."

"The guns have to go quiet first. Then the talking can start," Superintendent Kewa said.

Bishop Yalu said the clan leaders had agreed to hand over the names of the men who led the raids in May. He said the church would host monthly meetings between the two sides.

Under the ceasefire, the clans will pull their fighters back from the Lai River valley and allow the road to Wabag hospital to reopen. Papua New Guinea's government said in a statement that it would pay for the rebuilding of two schools burned in the fighting.

Police Minister Francis Waisi told reporters in Port Moresby that the government would not pay compensation to the clans themselves. "Compensation has become a business, and it keeps the fighting going," he said.

At least 60 people have died in the fighting since last year, according to the provincial administration. A senior officer in the Enga command, who was not authorised to speak publicly, said many of the fighters carried factory-made rifles smuggled across the border. "These are not homemade guns anymore," the officer said.

Australia's Department of Foreign Affairs and Trade said it was aware of the ceasefire and "encouraged all parties to honour it." A spokesperson for the department said Australian-funded police trainers were already working in the province.

In the village of Kandep, Rose Pakaro, a mother of four, said her family had slept in the bush for three weeks after their house was burned. "We want to believe the paper, but we have believed papers before," she said.

Her husband, Peter Pakaro, said he would not return to his garden until the road was safe. He said the last ceasefire, signed in 2024, collapsed within a month.

Enga's governor, Martha Ipatas, said the province needed more than police. "Give the young men work and they will put down the guns," she said.

The state has little reach in the Highlands. Michael Kopi, a researcher at the National Research Institute in Port Moresby, said the police could hold a ceasefire for weeks but not for years. "Peace in Enga is made by the clans, not by the police," the researcher said.

He added that land disputes behind the fighting had not been settled by the courts.

Leaders of the Yambali clan, one of the two groups, said they had signed because their people were tired. One of them said the other side would be judged "by what it does next week."

Police said they would begin collecting weapons at checkpoints on the Highlands Highway from Monday."""
S = "A senior officer in the Enga command"
Y = "Leaders of the Yambali clan"
ENTITIES = [
    ("Papua New Guinea", "State", [], "Q691"),
    ("Enga", "Location", [], None),
    ("Wabag", "Location", [], None),
    ("Joseph Kewa", "Person", ["Kewa"], None),
    ("Thomas Yalu", "Person", ["Yalu"], None),
    ("ABC", "Organization", [], None),
    ("Port Moresby", "Location", [], None),
    ("Lai River", "Location", [], None),
    ("Francis Waisi", "Person", [], None),
    (S, "Group", [], None),
    ("Australia's Department of Foreign Affairs and Trade", "Organization", [], None),
    ("Australia", "State", [], "Q408"),
    ("Kandep", "Location", [], None),
    ("Rose Pakaro", "Person", [], None),
    ("Peter Pakaro", "Person", [], None),
    ("Martha Ipatas", "Person", [], None),
    ("Highlands", "Location", [], None),
    ("Michael Kopi", "Person", [], None),
    ("National Research Institute", "Organization", [], None),
    (Y, "Group", [], None),
    ("Yambali", "Group", [], None),
    ("Sakalin", "Group", [], None),
    ("provincial administration", "Organization", [], None),
    ("One of them", "Group", [], None),
    ("Police", "Group", [], None),
    ("Highlands Highway", "Location", [], None),
]
STATEMENTS = [
    ("partial", "Joseph Kewa", "He told", ['120 extra officers had arrived from Port Moresby and would stay "for as long as it takes."']),
    ("direct", "Joseph Kewa", "Superintendent Kewa said", ["The guns have to go quiet first. Then the talking can start,"]),
    ("indirect", "Thomas Yalu", "Bishop Yalu said", ["the clan leaders had agreed to hand over the names of the men who led the raids in May"]),
    ("indirect", "Thomas Yalu", "He said", ["the church would host monthly meetings between the two sides"]),
    ("indirect", "Papua New Guinea", "said in a statement", ["it would pay for the rebuilding of two schools burned in the fighting"]),
    ("indirect", "Francis Waisi", "told reporters", ["the government would not pay compensation to the clans themselves"]),
    ("direct", "Francis Waisi", "he said", ["Compensation has become a business, and it keeps the fighting going,"]),
    ("indirect", "provincial administration", "according to", ["At least 60 people have died in the fighting since last year"]),
    ("indirect", S, "said", ["many of the fighters carried factory-made rifles smuggled across the border"]),
    ("direct", S, "the officer said", ["These are not homemade guns anymore,"]),
    ("partial", "Australia's Department of Foreign Affairs and Trade", "said", ['it was aware of the ceasefire and "encouraged all parties to honour it."']),
    ("indirect", "Australia's Department of Foreign Affairs and Trade", "said", ["Australian-funded police trainers were already working in the province"]),
    ("indirect", "Rose Pakaro", "said", ["her family had slept in the bush for three weeks after their house was burned"]),
    ("direct", "Rose Pakaro", "she said", ["We want to believe the paper, but we have believed papers before,"]),
    ("indirect", "Peter Pakaro", "said", ["he would not return to his garden until the road was safe"]),
    ("indirect", "Peter Pakaro", "He said", ["the last ceasefire, signed in 2024, collapsed within a month"]),
    ("indirect", "Martha Ipatas", "said", ["the province needed more than police"]),
    ("direct", "Martha Ipatas", "she said", ["Give the young men work and they will put down the guns,"]),
    ("indirect", "Michael Kopi", "said", ["the police could hold a ceasefire for weeks but not for years"]),
    ("direct", "Michael Kopi", "the researcher said", ["Peace in Enga is made by the clans, not by the police,"]),
    ("indirect", "Michael Kopi", "He added", ["land disputes behind the fighting had not been settled by the courts"]),
    ("indirect", Y, "said", ["they had signed because their people were tired"]),
    ("partial", "One of them", "said", ['the other side would be judged "by what it does next week."']),
    ("indirect", "Police", "Police said", ["they would begin collecting weapons at checkpoints on the Highlands Highway from Monday"]),
]
AGREEMENTS = [
    ("ceasefire", "signed a ceasefire at a church in Wabag", ["Yambali", "Sakalin"], "signed", "2026-07-07", "Wabag"),
    ("ceasefire", "the last ceasefire, signed in 2024", [], "collapsed", "2024", None),
]
