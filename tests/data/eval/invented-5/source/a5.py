ID = "inv5-anadolu-western-sahara-envoy-buffer-plan-2026-11-18"
TITLE = "UN envoy proposes freeze in Western Sahara buffer strip as Rabat, Algiers trade blame over drone strike"
PUB = "2026-11-18"
TEXT = """RABAT (AA) - The UN Secretary-General's personal envoy for Western Sahara on Wednesday proposed a plan to freeze military activity in the buffer strip east of the berm, two days after a drone strike near the Mauritanian border killed four fighters.

Torsten Lindqvist, a Swedish diplomat who took up the post in March, told Anadolu in an interview that he had presented both sides with "a practical plan" and expected answers "within weeks, not months".

Lindqvist has been blunt about the stakes. "Nobody in this region benefits from another decade of frozen conflict. The people in the camps have waited long enough."

The strike on Monday hit a vehicle near Mijek, killing four members of the Liberation Army of Saguia el-Hamra (LASH), the armed group said in a statement posted on Telegram. The group, which says it fights for Sahrawi independence, blamed the Moroccan army.

A Moroccan security source, speaking on condition of anonymity because he was not authorized to talk to the press, told Anadolu that the vehicle had been carrying weapons across the berm.

"These were not shepherds. We have the images," the source said.

The Moroccan Foreign Ministry said in a statement on Tuesday that it had "taken note" of the envoy's efforts, adding that any settlement must respect "the territorial integrity of the Kingdom".

LASH spokesman Brahim Salek warned that every violation "will be answered" and said the group no longer considered itself bound by the Tifariti ceasefire, which it agreed with Morocco under UN auspices in 2024.

"Morocco tore up the ceasefire the day it sent its drones. We did not," Salek told Anadolu by phone from Tindouf.

In Algiers, the Algerian Foreign Ministry described the strike as "a dangerous escalation" and said the UN Security Council "cannot continue to look away".

Morocco accuses Algeria of arming and sheltering the group, a charge Algeria denies.

The UN mission in the territory, MINURSO, confirmed that its observers had visited the site on Tuesday, but declined to comment on their findings. A MINURSO spokesperson said a report would be sent to the Security Council.

Mauritania, which shares a long border with the territory, has kept its distance. Government spokesman Sidi Ould Ebnou said Nouakchott would "not allow its territory to become a battlefield" and called on all parties to show restraint.

At the daily briefing in New York, UN deputy spokesperson Farida Kanté said the Secretary-General "fully supports" his envoy's efforts. Asked by a reporter whether the plan had the backing of the Security Council, she said consultations were ongoing.

Under the envoy's proposal, according to a summary seen by Anadolu, both sides would pull heavy weapons back 30 kilometers from the berm and allow MINURSO patrols to resume in areas they have not reached since 2024. Previous UN efforts to restart talks, including two rounds of roundtable meetings in Geneva, produced no agreement.

Analysts are cautious. Nadia Benjelloun, a professor of international relations at Mohammed V University in Rabat, said the plan could work only if Algeria was "in the room and not behind the curtain".

Asked whether the LASH would be invited to the next round, Lindqvist said: "Everyone with a gun has to be part of the conversation, whether we like it or not."

Morocco controls about 80 percent of Western Sahara and regards it as an integral part of the kingdom. The UN considers the territory non-self-governing."""
ENTITIES = [
    ("Rabat", "Location", [], "Q3551"),
    ("A Moroccan security source", "Group", [], None),
    ("Anadolu", "Organization", ["AA"], None),
    ("Western Sahara", "Location", [], "Q6250"),
    ("Torsten Lindqvist", "Person", ["Lindqvist"], None),
    ("Mijek", "Location", [], None),
    ("Liberation Army of Saguia el-Hamra", "ArmedGroup", ["LASH"], None),
    ("Morocco", "State", [], "Q1028"),
    ("Moroccan Foreign Ministry", "Organization", [], None),
    ("Brahim Salek", "Person", ["Salek"], None),
    ("Tifariti", "Location", [], None),
    ("Tindouf", "Location", [], None),
    ("Algiers", "Location", [], "Q3561"),
    ("Algerian Foreign Ministry", "Organization", [], None),
    ("UN Security Council", "Organization", ["Security Council"], "Q37470"),
    ("Algeria", "State", [], "Q262"),
    ("MINURSO", "Organization", [], None),
    ("Mauritania", "State", ["Nouakchott"], "Q1025"),
    ("Sidi Ould Ebnou", "Person", [], None),
    ("New York", "Location", [], "Q60"),
    ("United Nations", "Organization", ["UN"], "Q1065"),
    ("Farida Kanté", "Person", [], None),
    ("Geneva", "Location", [], "Q71"),
    ("Nadia Benjelloun", "Person", [], None),
    ("Mohammed V University", "Organization", [], None),
    ("Telegram", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Torsten Lindqvist", "told Anadolu", ["he had presented both sides with \"a practical plan\" and expected answers \"within weeks, not months\""]),
    ("direct", "Torsten Lindqvist", None, ["Nobody in this region benefits from another decade of frozen conflict. The people in the camps have waited long enough."]),
    ("indirect", "Liberation Army of Saguia el-Hamra", "said in a statement posted on Telegram", ["The strike on Monday hit a vehicle near Mijek, killing four members of the Liberation Army of Saguia el-Hamra (LASH)"]),
    ("indirect", "Liberation Army of Saguia el-Hamra", "says", ["it fights for Sahrawi independence"]),
    ("indirect", "A Moroccan security source", "told Anadolu", ["the vehicle had been carrying weapons across the berm"]),
    ("direct", "A Moroccan security source", "said", ["These were not shepherds. We have the images,"]),
    ("indirect", "Moroccan Foreign Ministry", "said in a statement", ["it had \"taken note\" of the envoy's efforts"]),
    ("indirect", "Moroccan Foreign Ministry", "adding", ["any settlement must respect \"the territorial integrity of the Kingdom\""]),
    ("indirect", "Brahim Salek", "warned", ["every violation \"will be answered\""]),
    ("indirect", "Brahim Salek", "said", ["the group no longer considered itself bound by the Tifariti ceasefire, which it agreed with Morocco under UN auspices in 2024"]),
    ("direct", "Brahim Salek", "told Anadolu", ["Morocco tore up the ceasefire the day it sent its drones. We did not,"]),
    ("indirect", "Morocco", "accuses", ["Algeria of arming and sheltering the group"]),
    ("partial", "Algerian Foreign Ministry", "described", ["a dangerous escalation"]),
    ("indirect", "Algerian Foreign Ministry", "said", ["the UN Security Council \"cannot continue to look away\""]),
    ("indirect", "MINURSO", "confirmed", ["its observers had visited the site on Tuesday"]),
    ("indirect", "MINURSO", "said", ["a report would be sent to the Security Council"]),
    ("indirect", "Sidi Ould Ebnou", "said", ["Nouakchott would \"not allow its territory to become a battlefield\""]),
    ("indirect", "Farida Kanté", "said", ["the Secretary-General \"fully supports\" his envoy's efforts"]),
    ("indirect", "Farida Kanté", "said", ["consultations were ongoing"]),
    ("indirect", "Nadia Benjelloun", "said", ["the plan could work only if Algeria was \"in the room and not behind the curtain\""]),
    ("direct", "Torsten Lindqvist", "said", ["Everyone with a gun has to be part of the conversation, whether we like it or not."]),
]
AGREEMENTS = [
    ("plan", "a plan to freeze military activity in the buffer strip", ["United Nations"], "proposed", "2026-11-18", None),
    ("ceasefire", "the Tifariti ceasefire", ["Liberation Army of Saguia el-Hamra", "Morocco"], "withdrawn", None, None),
]
