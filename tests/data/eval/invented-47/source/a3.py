ID = "inv47-addisstandard-ethiopia-ola-zanzibar-talks-no-deal-2026-08-21"
TITLE = "News: Third round of gov't, OLA talks in Zanzibar ends without deal; humanitarian access accord takes effect"
PUB = "2026-08-21"
TEXT = """Addis Abeba – The third round of peace talks between the Ethiopian government and the Oromo Liberation Army (OLA) ended in Zanzibar on Thursday without an agreement on a ceasefire, according to a joint statement read by the mediators.

The statement, issued by the Intergovernmental Authority on Development (IGAD) and the government of Tanzania, said the two delegations had "narrowed their differences" and would meet again in October. It gave no details.

A separate accord on humanitarian access to parts of West and Kellem Wollega, which the two sides signed during the second round in June, took effect on Monday, the Ethiopian Disaster Risk Management Commission said. The commission said the first convoy of 40 trucks had reached Gimbi.

Redwan Hussien, who led the government delegation, told Addis Standard that the government had offered the OLA "a dignified path" into civilian life. He said a plan to canton OLA fighters in three camps, which the government tabled in Zanzibar, remained on the table.

The OLA rejected the plan. In a statement posted on its social media pages, the group's high command said it "will not disarm in return for promises." It accused the government of using the talks to buy time for a new offensive in the Guji zone.

Jaal Fayyisaa, a member of the OLA negotiating team, said the group still wanted a negotiated settlement. "We came to Zanzibar three times. We will come a fourth time," he said.

The talks are the first since a round in Tanzania in 2023 collapsed without result. An earlier deal, the 2018 Asmara agreement between the government and the Oromo Liberation Front (OLF), under which OLF fighters were to return home and disarm, broke down within months and is widely blamed for the rise of the OLA as a separate armed group.

The government has pointed to the Pretoria agreement as a model. That agreement, signed in November 2022 by the federal government and the Tigray People's Liberation Front (TPLF), ended the war in Tigray and remains in force, although its provisions on the return of displaced people have not been fully implemented.

Residents of Nekemte reached by phone said the fighting had eased during the talks but had not stopped. "There were no clashes near the town this week. Last month there were three," said one resident, who asked that his name be withheld for fear of reprisal.

Tsedale Lemma, a researcher at the Horn Peace Forum in Addis Abeba, said the humanitarian accord was the most concrete result of the process so far. She warned, however, that a ceasefire would only hold if the two sides agreed on a monitoring mechanism.

"A ceasefire without monitors is a press release," she said.

The Ethiopian Human Rights Commission (EHRC) called on both parties to release civilians detained during the conflict before the October round."""
ENTITIES = [
    ("Ethiopia", "State", ["Ethiopian government"], "Q115"),
    ("Oromo Liberation Army", "ArmedGroup", ["OLA"], "Q63996474"),
    ("Zanzibar", "Location", [], None),
    ("Intergovernmental Authority on Development", "Organization", ["IGAD"], "Q1049436"),
    ("Tanzania", "State", [], "Q924"),
    ("West and Kellem Wollega", "Location", [], None),
    ("Ethiopian Disaster Risk Management Commission", "Organization", [], None),
    ("Gimbi", "Location", [], None),
    ("Redwan Hussien", "Person", [], None),
    ("Addis Standard", "Organization", [], None),
    ("Guji zone", "Location", [], None),
    ("Jaal Fayyisaa", "Person", [], None),
    ("Asmara", "Location", [], None),
    ("Oromo Liberation Front", "Organization", ["OLF"], "Q1416404"),
    ("Pretoria", "Location", [], None),
    ("Tigray People's Liberation Front", "ArmedGroup", ["TPLF"], "Q768716"),
    ("Tigray", "Location", [], None),
    ("Residents of Nekemte", "Group", [], None),
    ("Nekemte", "Location", [], None),
    ("one resident", "Group", [], None),
    ("Tsedale Lemma", "Person", [], None),
    ("Horn Peace Forum", "Organization", [], None),
    ("Addis Abeba", "Location", [], None),
    ("Ethiopian Human Rights Commission", "Organization", ["EHRC"], None),
]
STATEMENTS = [
    ("indirect", "Intergovernmental Authority on Development", "according to", ["The third round of peace talks between the Ethiopian government and the Oromo Liberation Army (OLA) ended in Zanzibar on Thursday without an agreement on a ceasefire"]),
    ("partial", "Intergovernmental Authority on Development", "said", ['the two delegations had "narrowed their differences" and would meet again in October']),
    ("indirect", "Ethiopian Disaster Risk Management Commission", "said", ["A separate accord on humanitarian access to parts of West and Kellem Wollega, which the two sides signed during the second round in June, took effect on Monday"]),
    ("indirect", "Ethiopian Disaster Risk Management Commission", "The commission said", ["the first convoy of 40 trucks had reached Gimbi"]),
    ("partial", "Redwan Hussien", "told Addis Standard", ['the government had offered the OLA "a dignified path" into civilian life']),
    ("indirect", "Redwan Hussien", "He said", ["a plan to canton OLA fighters in three camps, which the government tabled in Zanzibar, remained on the table"]),
    ("partial", "Oromo Liberation Army", "said", ['it "will not disarm in return for promises."']),
    ("indirect", "Oromo Liberation Army", "accused", ["the government of using the talks to buy time for a new offensive in the Guji zone"]),
    ("indirect", "Jaal Fayyisaa", "said", ["the group still wanted a negotiated settlement"]),
    ("direct", "Jaal Fayyisaa", "he said", ["We came to Zanzibar three times. We will come a fourth time,"]),
    ("indirect", "Residents of Nekemte", "said", ["the fighting had eased during the talks but had not stopped"]),
    ("direct", "one resident", "said", ["There were no clashes near the town this week. Last month there were three,"]),
    ("indirect", "Tsedale Lemma", "said", ["the humanitarian accord was the most concrete result of the process so far"]),
    ("indirect", "Tsedale Lemma", "warned", ["a ceasefire would only hold if the two sides agreed on a monitoring mechanism"]),
    ("direct", "Tsedale Lemma", "she said", ["A ceasefire without monitors is a press release,"]),
]
AGREEMENTS = [
    ("ceasefire", "a ceasefire", ["Ethiopia", "Oromo Liberation Army"], "negotiating", None, "Zanzibar"),
    ("accord", "A separate accord on humanitarian access", ["Ethiopia", "Oromo Liberation Army"], "in-force", "2026-06", None),
    ("plan", "a plan to canton OLA fighters in three camps", ["Ethiopia"], "proposed", None, "Zanzibar"),
    ("agreement", "the 2018 Asmara agreement", ["Ethiopia", "Oromo Liberation Front"], "collapsed", "2018", "Asmara"),
    ("agreement", "the Pretoria agreement", ["Ethiopia", "Tigray People's Liberation Front"], "in-force", "2022-11", "Pretoria"),
]
