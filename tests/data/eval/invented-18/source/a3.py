ID = "inv18-analysis-bangladesh-myanmar-rohingya-returns-2026-10-08"
TITLE = "Analysis: a repatriation push meets a war in Rakhine"
PUB = "2026-10-08"
TEXT = """DHAKA - When Chinese diplomats gathered officials from Bangladesh and Myanmar in Kunming last month, the goal was modest: to restart returns of a few thousand Rohingya refugees across the Naf River before the next monsoon. What came out of the meeting was an agreement in principle to resume a pilot, with details still to be settled by a joint working group.

The obstacles are larger than the numbers. Most of northern Rakhine State is now held by the Arakan Army, an armed group that is fighting Myanmar's military and was not in the room in Kunming. A Bangladeshi official who attended said Dhaka had asked China to "speak to everyone who holds the ground, not only the people who sign the papers".

Bangladesh and Myanmar signed a repatriation arrangement in November 2017, months after more than 700,000 Rohingya fled into Cox's Bazar district. Under that arrangement, Naypyitaw was to verify lists of refugees and receive them at reception centres. Two attempts to start returns, in 2018 and 2019, failed when no refugee agreed to go, and the arrangement was never put into effect.

The military government in Naypyitaw says it is ready. Its spokesman, Major General Kyaw Zin Htet, said on state television that the reception centres at Maungdaw were "prepared and waiting". Refugee leaders in the camps see it differently. "Nobody will go back to a village that is burning," said Mohammad Salim, a teacher in Kutupalong who helped organise a survey of families last year.

Bangladesh has its own proposal. Foreign Adviser Farhana Rahman told reporters in Dhaka on Monday that her government wanted a ceasefire in Rakhine, overseen by the United Nations, before any return. The Arakan Army has said it would consider such a truce but has set conditions, and no talks on it have begun.

There is some history of local deals holding. A 2024 understanding between the Arakan Army and Bangladesh's border guard on the movement of traders across the Naf has largely held, according to officials in Teknaf, even as fighting continued inland. Diplomats describe it as the only working channel between Dhaka and the group.

Other arrangements have fared worse. A truce between the Arakan Army and Myanmar's military, brokered by China in January 2024, broke down within five months when fighting resumed around Sittwe. China has since offered to host a new round of talks between the two, but the military has not replied.

For the refugees, the latest paper matters less than the road. The United Nations refugee agency, UNHCR, said it had not been consulted on the Kunming agreement in principle and would need access to Rakhine before it could support any returns. The joint working group is due to meet in Dhaka in November.
"""
ENTITIES = [
  ("Bangladesh", "State", ["Dhaka", "Bangladeshi"], None),
  ("A Bangladeshi official who attended", "Group", [], None),
  ("Myanmar", "State", ["Naypyitaw"], None),
  ("China", "State", ["Chinese"], None),
  ("Dhaka", "Location", [], None),
  ("Kunming", "Location", [], None),
  ("Rohingya", "Group", [], None),
  ("Naf River", "Location", ["Naf"], None),
  ("Rakhine State", "Location", ["Rakhine"], None),
  ("Arakan Army", "ArmedGroup", [], None),
  ("Myanmar's military", "Organization", [], None),
  ("Cox's Bazar", "Location", [], None),
  ("Kyaw Zin Htet", "Person", [], None),
  ("Maungdaw", "Location", [], None),
  ("Mohammad Salim", "Person", [], None),
  ("Kutupalong", "Location", [], None),
  ("Farhana Rahman", "Person", [], None),
  ("United Nations", "Organization", [], None),
  ("Bangladesh's border guard", "Organization", [], None),
  ("Teknaf", "Location", [], None),
  ("Sittwe", "Location", [], None),
  ("UNHCR", "Organization", ["United Nations refugee agency"], None),
]
STATEMENTS = [
  ("partial", "A Bangladeshi official who attended", "said", ['Dhaka had asked China to "speak to everyone who holds the ground, not only the people who sign the papers"']),
  ("indirect", "Myanmar", "says", ["it is ready"]),
  ("partial", "Kyaw Zin Htet", "said", ['the reception centres at Maungdaw were "prepared and waiting"']),
  ("direct", "Mohammad Salim", "said", ["Nobody will go back to a village that is burning,"]),
  ("indirect", "Farhana Rahman", "told", ["her government wanted a ceasefire in Rakhine, overseen by the United Nations, before any return"]),
  ("indirect", "Arakan Army", "has said", ["it would consider such a truce but has set conditions"]),
  ("indirect", "Bangladesh", "according to", ["A 2024 understanding between the Arakan Army and Bangladesh's border guard on the movement of traders across the Naf has largely held"]),
  ("indirect", "UNHCR", "said", ["it had not been consulted on the Kunming agreement in principle and would need access to Rakhine before it could support any returns"]),
]
AGREEMENTS = [
  ("agreement", "an agreement in principle to resume a pilot", ["Bangladesh", "Myanmar"], "not-formalized", "2026-09", "Kunming"),
  ("other", "a repatriation arrangement", ["Bangladesh", "Myanmar"], "abandoned", "2017-11", None),
  ("ceasefire", "a ceasefire in Rakhine", ["Bangladesh"], "proposed", None, None),
  ("other", "A 2024 understanding between the Arakan Army and Bangladesh's border guard", ["Arakan Army", "Bangladesh's border guard"], "in-force", "2024", None),
  ("truce", "A truce between the Arakan Army and Myanmar's military", ["Arakan Army", "Myanmar's military"], "collapsed", "2024-01", None),
]
