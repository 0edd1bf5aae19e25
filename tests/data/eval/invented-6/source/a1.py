ID = "inv6-wire-bougainville-png-independence-accord-2026-07-15"
TITLE = "Papua New Guinea and Bougainville sign accord on independence timetable"
PUB = "2026-07-15"
TEXT = """PORT MORESBY, Papua New Guinea, July 15 (AP) — The national government of Papua New Guinea and the Autonomous Bougainville Government signed an accord on Wednesday that sets a timetable for a vote in the national parliament on the island region's independence, ending two years of stalled talks.

The Kokopo Accord was signed in the town of Kokopo by Prime Minister Jonah Wapiri and Bougainville's President Ishmael Toroveta. Under its terms, the result of the independence referendum held on the island will be tabled in parliament before the end of 2027, and the two governments will meet every three months to review progress.

"Today we stopped arguing about whether and started talking about when," Toroveta told reporters after the ceremony. Wapiri said his government would "honour every line of what we signed."

The authorities in Buka had threatened in March to declare independence on their own if the talks failed. Officials in Port Moresby said the accord removed that threat for now.

The two governments also agreed on a revenue-sharing arrangement for the Panguna copper mine, which has been closed for more than three decades. The arrangement takes effect on January 1, a finance ministry official in Port Moresby said.

Not every group on the island accepted the outcome. The Movement for the Defence of Panguna Landowners, an armed group that controls the roads around the mine, said it was not bound by any agreement it had not signed. Its commander, Sebastian Kauona, said the movement would keep its weapons.

A weapons disposal agreement that the movement signed with the Bougainville government in 2023 collapsed last year after a clash near Arawa in which two police officers were killed. Each side blamed the other for the shooting.

The Bougainville government has since put forward a local peace plan for the mine area, under which landowners would receive a share of any future royalties in return for handing in their rifles. Kauona did not say whether the group would accept it.

Australia and New Zealand, which led a peace monitoring mission on the island after the civil war, welcomed the accord. Australia's foreign minister, Penelope Strand, said in a statement that Canberra would pay for the technical costs of the parliamentary process.

The United Nations Development Programme, which has supported the talks since 2021, said it would send advisers to both governments.

Analysts warned that the hardest part was still ahead. "Parliament can still say no," said Grace Maimai, a political scientist at the University of Papua New Guinea. "The accord is a promise to hold a vote, not a promise of independence."
"""
ENTITIES = [
  ("Papua New Guinea", "State", [], None),
  ("Port Moresby", "Location", [], None),
  ("AP", "Organization", [], None),
  ("Autonomous Bougainville Government", "Organization", ["Bougainville government", "Bougainville", "Buka"], None),
  ("Kokopo", "Location", [], None),
  ("Jonah Wapiri", "Person", ["Wapiri"], None),
  ("Ishmael Toroveta", "Person", ["Toroveta"], None),
  ("Panguna", "Location", [], None),
  ("Movement for the Defence of Panguna Landowners", "ArmedGroup", [], None),
  ("Sebastian Kauona", "Person", ["Kauona"], None),
  ("Arawa", "Location", [], None),
  ("Australia", "State", ["Canberra"], None),
  ("New Zealand", "State", [], None),
  ("Penelope Strand", "Person", [], None),
  ("United Nations Development Programme", "Organization", [], None),
  ("Grace Maimai", "Person", [], None),
  ("University of Papua New Guinea", "Organization", [], None),
  ("Officials in Port Moresby", "Group", [], None),
  ("a finance ministry official in Port Moresby", "Group", [], None),
]
STATEMENTS = [
  ("direct", "Ishmael Toroveta", "told reporters", ["Today we stopped arguing about whether and started talking about when,"]),
  ("indirect", "Jonah Wapiri", "said", ['his government would "honour every line of what we signed."']),
  ("indirect", "Officials in Port Moresby", "said", ["the accord removed that threat for now"]),
  ("indirect", "a finance ministry official in Port Moresby", "said", ["The arrangement takes effect on January 1"]),
  ("indirect", "Movement for the Defence of Panguna Landowners", "said", ["it was not bound by any agreement it had not signed"]),
  ("indirect", "Sebastian Kauona", "said", ["the movement would keep its weapons"]),
  ("indirect", "Penelope Strand", "said in a statement", ["Canberra would pay for the technical costs of the parliamentary process"]),
  ("indirect", "United Nations Development Programme", "said", ["it would send advisers to both governments"]),
  ("direct", "Grace Maimai", "said", ["Parliament can still say no,", "The accord is a promise to hold a vote, not a promise of independence."]),
]
AGREEMENTS = [
  ("accord", "The Kokopo Accord", ["Papua New Guinea", "Autonomous Bougainville Government"], "signed", "2026-07-15", "Kokopo"),
  ("agreement", "a revenue-sharing arrangement for the Panguna copper mine", ["Papua New Guinea", "Autonomous Bougainville Government"], "reached", None, None),
  ("agreement", "A weapons disposal agreement", ["Movement for the Defence of Panguna Landowners", "Autonomous Bougainville Government"], "collapsed", None, None),
  ("plan", "a local peace plan for the mine area", ["Autonomous Bougainville Government"], "proposed", None, None),
]
