ID = "inv9-reuters-kuwait-bahrain-qatar-hawar-fishing-talks-2026-03-14"
TITLE = "Exclusive: Kuwait hosts secret Bahrain-Qatar talks on Hawar fishing waters, sources say"
PUB = "2026-03-14"
TEXT = """DUBAI, March 14 (Reuters) - Kuwait has hosted three rounds of secret talks between Bahrain and Qatar since January to end a dispute over fishing rights near the Hawar islands, four people familiar with the talks told Reuters.

The talks, held at a guesthouse of the Kuwaiti emir's court, have produced a draft that would let fishermen from both countries work in a shared zone during the summer season, the sources said.

The dispute flared in November when Qatari coast guard boats detained 31 Bahraini fishermen and seized their dhows. Bahrain's Interior Ministry said at the time the men had been fishing "in waters that have been Bahraini for generations."

Neither government has acknowledged the talks. A Qatari official, asked about the meetings, said Doha "does not discuss the work of its friends in Kuwait" but added that relations with Manama were "moving in the right direction."

Bahraini officials said they had not been informed of any draft and that the fishermen's release remained their first demand.

The mediator is Sheikh Faisal al-Mubarak, an adviser to Kuwait's emir who brokered an earlier prisoner exchange between the two states. He has travelled to the Bahraini capital four times since December, according to a diplomat in Kuwait City.

"He does not carry papers. He carries patience," the diplomat said. "Both sides trust him because he has never leaked a word."

Reached by telephone, al-Mubarak declined to discuss the substance of the talks. "Kuwait's role is to keep the door open. What passes through it belongs to our brothers," he said.

Under the draft, seen by Reuters, each side would license up to 60 boats in the shared zone and a joint committee would settle incidents at sea. The sources said Qatar had asked for the zone to close in the spawning months, while Bahrain wanted it open all year.

Fishermen in Bahrain's Hidd port say the dispute has already cost them a season. "We sit in the harbour and watch the Qataris fish," said Yusuf Kamal, a boat owner whose nephew was among those detained. "My nephew has been in a Qatari jail for four months. Nobody tells us anything."

Qatar's Foreign Ministry spokesman, Khalid bin Saad al-Harthi, told a weekly briefing on Tuesday that the fishermen had been "treated in accordance with the law" and that their cases were before the courts. He did not mention Kuwait.

Saudi Arabia, which has its own maritime talks with Kuwait, has stayed out of the process. A Saudi official said Riyadh "welcomes any effort among brothers" and would not take sides.

Analysts cautioned that the Hawar dispute has deep roots. Kristin Alvarsson, a Gulf researcher at the Oslo-based Nordic Institute for Middle East Studies, said a fishing deal could ease tension but would not settle the wider quarrel over the islands' waters.

"Fish are the easy part," the researcher said. "The hard part is that neither capital can be seen to give up a metre of sea before the other."

A fourth round is planned for April, the sources said, and Kuwait hopes to announce the arrangement at a Gulf Cooperation Council meeting in May. Asked about the timetable, a spokesperson for Kuwait's Foreign Ministry said only that the country "supports every path to calm in the Gulf.\""""
G = "four people familiar with the talks"
ENTITIES = [
    ("Dubai", "Location", ["DUBAI"], None),
    ("Kuwait", "State", [], "Q817"),
    ("Bahrain", "State", ["Manama"], "Q398"),
    ("Qatar", "State", ["Doha"], "Q846"),
    ("Hawar islands", "Location", [], None),
    ("Reuters", "Organization", [], None),
    (G, "Group", [], None),
    ("Interior Ministry", "Organization", [], None),
    ("A Qatari official", "Group", [], None),
    ("Faisal al-Mubarak", "Person", ["al-Mubarak"], None),
    ("Kuwait City", "Location", [], None),
    ("a diplomat in Kuwait City", "Group", [], None),
    ("Hidd", "Location", [], None),
    ("Fishermen in Bahrain's Hidd port", "Group", [], None),
    ("Yusuf Kamal", "Person", [], None),
    ("Qatar's Foreign Ministry", "Organization", [], None),
    ("Khalid bin Saad al-Harthi", "Person", [], None),
    ("Saudi Arabia", "State", ["Riyadh"], "Q851"),
    ("A Saudi official", "Group", [], None),
    ("Kristin Alvarsson", "Person", [], None),
    ("Oslo", "Location", [], "Q585"),
    ("Nordic Institute for Middle East Studies", "Organization", [], None),
    ("Gulf Cooperation Council", "Organization", [], "Q165518"),
    ("Kuwait's Foreign Ministry", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", G, "told Reuters", ["Kuwait has hosted three rounds of secret talks between Bahrain and Qatar since January to end a dispute over fishing rights near the Hawar islands"]),
    ("indirect", G, "said", ["The talks, held at a guesthouse of the Kuwaiti emir's court, have produced a draft that would let fishermen from both countries work in a shared zone during the summer season"]),
    ("indirect", "Interior Ministry", "said at the time", ["the men had been fishing \"in waters that have been Bahraini for generations.\""]),
    ("indirect", "A Qatari official", "said", ["Doha \"does not discuss the work of its friends in Kuwait\""]),
    ("indirect", "A Qatari official", "added", ["relations with Manama were \"moving in the right direction.\""]),
    ("indirect", "Bahrain", "said", ["they had not been informed of any draft"]),
    ("indirect", "Bahrain", "said", ["the fishermen's release remained their first demand"]),
    ("indirect", "a diplomat in Kuwait City", "according to", ["He has travelled to the Bahraini capital four times since December"]),
    ("direct", "a diplomat in Kuwait City", "said", ["He does not carry papers. He carries patience,", "Both sides trust him because he has never leaked a word."]),
    ("direct", "Faisal al-Mubarak", "he said", ["Kuwait's role is to keep the door open. What passes through it belongs to our brothers,"]),
    ("indirect", G, "said", ["Qatar had asked for the zone to close in the spawning months, while Bahrain wanted it open all year"]),
    ("indirect", "Fishermen in Bahrain's Hidd port", "say", ["the dispute has already cost them a season"]),
    ("direct", "Yusuf Kamal", "said", ["We sit in the harbour and watch the Qataris fish,", "My nephew has been in a Qatari jail for four months. Nobody tells us anything."]),
    ("indirect", "Khalid bin Saad al-Harthi", "told a weekly briefing", ["the fishermen had been \"treated in accordance with the law\""]),
    ("indirect", "Khalid bin Saad al-Harthi", "told a weekly briefing", ["their cases were before the courts"]),
    ("indirect", "A Saudi official", "said", ["Riyadh \"welcomes any effort among brothers\" and would not take sides"]),
    ("indirect", "Kristin Alvarsson", "said", ["a fishing deal could ease tension but would not settle the wider quarrel over the islands' waters"]),
    ("direct", "Kristin Alvarsson", "said", ["Fish are the easy part,", "The hard part is that neither capital can be seen to give up a metre of sea before the other."]),
    ("indirect", G, "said", ["A fourth round is planned for April", "Kuwait hopes to announce the arrangement at a Gulf Cooperation Council meeting in May"]),
    ("indirect", "Kuwait's Foreign Ministry", "said only", ["the country \"supports every path to calm in the Gulf.\""]),
]
AGREEMENTS = [
    ("other", "a draft", ["Bahrain", "Qatar"], "negotiating", None, None),
]
