ID = "inv16-ap-sudan-kordofan-humanitarian-pause-2026-03-05"
TITLE = "Sudan's paramilitary says it accepts 10-day humanitarian pause in Kordofan; army silent"
PUB = "2026-03-05"
TEXT = """CAIRO (AP) — Sudan's paramilitary Rapid Support Forces said Thursday it had accepted a proposal for a 10-day humanitarian pause in the besieged Kordofan region, but the country's military did not respond and fighting continued around the city of Kadugli, residents and aid workers said.

The proposal, put forward by the United States, Saudi Arabia, the United Arab Emirates and Egypt, calls for both sides to halt attacks on roads into South Kordofan so that food convoys can reach hundreds of thousands of people facing famine.

In a statement posted on Telegram, the RSF said it was ready to "open all corridors under our control" and called on the army to do the same. The group's commander, Mohamed Hamdan Dagalo, has accepted similar offers before without a lasting halt in fighting.

A spokesman for the Sudanese Armed Forces, Brig. Gen. Osman Idris, told The Associated Press the military was studying the proposal. "We will not give the militia a truce it can use to rearm," he said. He said any pause must begin with the RSF's withdrawal from civilian areas.

Gen. Abdel Fattah Burhan, the army chief and head of Sudan's ruling sovereign council, has rejected earlier ceasefire plans, saying the paramilitary must first leave cities it seized. Burhan's government, based in Port Sudan since the war began in April 2023, accuses the UAE of arming the RSF. The Emirates deny it.

The United Nations says the war has killed tens of thousands of people and driven more than 12 million from their homes, the world's largest displacement crisis.

Aid groups said the need in Kordofan was desperate. "Every day we wait, children die of hunger who could have been saved," said Fatima Abakar, who coordinates a network of community kitchens in Kadugli. She said the kitchens had run out of sorghum two weeks ago and that families were eating leaves and animal feed.

The World Food Programme said its trucks had been waiting for more than a month in the town of El Obeid, about 300 kilometers (185 miles) to the north. A WFP official, speaking on condition of anonymity because he was not authorized to brief reporters, said drivers had refused to travel without guarantees from both sides.

U.S. State Department spokesperson Tammy Bruce said Washington was "encouraged" by the RSF announcement and urged the army "to seize this opportunity." Egypt's Foreign Ministry said in a statement that it supported "every effort to relieve the suffering of the brotherly Sudanese people."

Earlier this year, fighters of the Sudan People's Liberation Movement-North, a rebel group allied with the RSF in Kordofan, shelled Kadugli for days, according to the U.N. Office for the Coordination of Humanitarian Affairs. The group, led by Abdelaziz al-Hilu, did not comment on the proposal.

Residents reached by phone described empty markets and nightly drone strikes. "We hear the drones before we sleep and when we wake up," said a teacher in Kadugli, who gave only his first name, Yousif, for fear of reprisals.

Previous talks in Jeddah, brokered by the U.S. and Saudi Arabia in 2023, produced a declaration on protecting civilians that both sides signed but neither respected. Mediators hope a short, local pause can build the trust that broader talks failed to create, a Western diplomat in Cairo said.

___

Associated Press writer Samy Magdy contributed to this report."""
ENTITIES = [
    ("Sudan", "State", ["Burhan's government"], "Q1049"),
    ("Rapid Support Forces", "ArmedGroup", ["RSF"], None),
    ("Kordofan", "Location", [], None),
    ("Kadugli", "Location", [], None),
    ("residents and aid workers", "Group", [], None),
    ("United States", "State", ["Washington", "U.S."], "Q30"),
    ("Saudi Arabia", "State", [], "Q851"),
    ("United Arab Emirates", "State", ["UAE", "The Emirates"], "Q878"),
    ("Egypt", "State", [], "Q79"),
    ("South Kordofan", "Location", [], None),
    ("Telegram", "Organization", [], None),
    ("Mohamed Hamdan Dagalo", "Person", [], None),
    ("Sudanese Armed Forces", "ArmedGroup", ["the military", "the army"], None),
    ("Osman Idris", "Person", [], None),
    ("The Associated Press", "Organization", ["AP"], None),
    ("Abdel Fattah Burhan", "Person", ["Burhan"], None),
    ("sovereign council", "Organization", [], None),
    ("Port Sudan", "Location", [], None),
    ("United Nations", "Organization", ["U.N."], "Q1065"),
    ("Aid groups", "Group", [], None),
    ("Fatima Abakar", "Person", [], None),
    ("World Food Programme", "Organization", ["WFP"], None),
    ("El Obeid", "Location", [], None),
    ("A WFP official", "Group", [], None),
    ("U.S. State Department", "Organization", [], None),
    ("Tammy Bruce", "Person", [], None),
    ("Egypt's Foreign Ministry", "Organization", [], None),
    ("Sudan People's Liberation Movement-North", "ArmedGroup", [], None),
    ("U.N. Office for the Coordination of Humanitarian Affairs", "Organization", [], None),
    ("Abdelaziz al-Hilu", "Person", [], None),
    ("Residents", "Group", [], None),
    ("Yousif", "Person", [], None),
    ("Jeddah", "Location", [], None),
    ("Mediators", "Group", [], None),
    ("a Western diplomat in Cairo", "Group", [], None),
    ("Cairo", "Location", [], None),
    ("Samy Magdy", "Person", [], None),
]
STATEMENTS = [
    ("indirect", "Rapid Support Forces", "said", ["it had accepted a proposal for a 10-day humanitarian pause in the besieged Kordofan region"]),
    ("indirect", "residents and aid workers", "said", ["the country's military did not respond and fighting continued around the city of Kadugli"]),
    ("indirect", "Rapid Support Forces", "said", ["it was ready to \"open all corridors under our control\""]),
    ("indirect", "Osman Idris", "told The Associated Press", ["the military was studying the proposal"]),
    ("direct", "Osman Idris", "he said", ["We will not give the militia a truce it can use to rearm,"]),
    ("indirect", "Osman Idris", "He said", ["any pause must begin with the RSF's withdrawal from civilian areas"]),
    ("indirect", "Abdel Fattah Burhan", "saying", ["the paramilitary must first leave cities it seized"]),
    ("indirect", "Sudan", "accuses", ["the UAE of arming the RSF"]),
    ("indirect", "United Nations", "says", ["the war has killed tens of thousands of people and driven more than 12 million from their homes"]),
    ("indirect", "Aid groups", "said", ["the need in Kordofan was desperate"]),
    ("direct", "Fatima Abakar", "said Fatima Abakar", ["Every day we wait, children die of hunger who could have been saved,"]),
    ("indirect", "Fatima Abakar", "She said", ["the kitchens had run out of sorghum two weeks ago"]),
    ("indirect", "Fatima Abakar", "She said", ["families were eating leaves and animal feed"]),
    ("indirect", "World Food Programme", "said", ["its trucks had been waiting for more than a month in the town of El Obeid"]),
    ("indirect", "A WFP official", "said", ["drivers had refused to travel without guarantees from both sides"]),
    ("indirect", "Tammy Bruce", "said", ["Washington was \"encouraged\" by the RSF announcement"]),
    ("indirect", "Tammy Bruce", "urged", ["the army \"to seize this opportunity.\""]),
    ("indirect", "Egypt's Foreign Ministry", "said in a statement", ["it supported \"every effort to relieve the suffering of the brotherly Sudanese people.\""]),
    ("indirect", "U.N. Office for the Coordination of Humanitarian Affairs", "according to", ["fighters of the Sudan People's Liberation Movement-North, a rebel group allied with the RSF in Kordofan, shelled Kadugli for days"]),
    ("indirect", "Residents", "described", ["empty markets and nightly drone strikes"]),
    ("direct", "Yousif", "said a teacher in Kadugli", ["We hear the drones before we sleep and when we wake up,"]),
    ("indirect", "a Western diplomat in Cairo", "said", ["Mediators hope a short, local pause can build the trust that broader talks failed to create"]),
]
AGREEMENTS = [
    ("other", "a 10-day humanitarian pause", ["Rapid Support Forces", "United States", "Saudi Arabia", "United Arab Emirates", "Egypt"], "proposed", None, None),
    ("declaration", "a declaration on protecting civilians", ["Sudanese Armed Forces", "Rapid Support Forces"], "violated", None, "Jeddah"),
]
