ID = "inv39-thestar-thailand-brn-deep-south-peace-roadmap-kl-2026-02-25"
TITLE = "Thai govt and BRN agree on roadmap to end southern insurgency after KL talks"
PUB = "2026-02-25"
TEXT = """KUALA LUMPUR: Thailand and the Barisan Revolusi Nasional (BRN) separatist movement have agreed on a joint roadmap for peace in the country's three southernmost provinces, Malaysia's facilitator said yesterday.

Tan Sri Kamaruddin bin Osman Shukor, who has facilitated the talks on behalf of the Malaysian government since 2024, said the two delegations signed the Joint Comprehensive Plan towards Peace in a closed-door ceremony at a hotel in Putrajaya on Monday.

"Both sides have accepted that there can be no military solution. What they have signed is a map, not the destination," he told The Star.

Under the plan, the BRN will reduce attacks on civilians during a 90-day trial period while the Thai side will scale down security checkpoints in the Rueso and Bacho districts of Narathiwat and suspend arrest warrants against some members under the Emergency Decree.

The head of the Thai peace dialogue panel, Gen. Chatchai Wongsuwan-Intharat, said the agreement did not touch on autonomy or any change to the Constitution.

"The Kingdom of Thailand is one and indivisible. We are talking about safety for people in the villages, about schools that can open, about rubber tappers who can go to work at dawn," he said.

The BRN's chief negotiator, Ustaz Ismail Dueramae al-Fatani, said in a video message posted on YouTube that the movement wanted the right of the Patani Malays to "decide their own future" recognised in the next phase. He accused the Thai army of killing three young men in a raid on a pondok school in Yala province earlier this month.

A Thai security officer in Pattani said the army would keep its rangers in the area around the Sungai Kolok crossing, where smuggling of weapons and drugs from the Malaysian side remained a concern.

Deep South Watch, a monitoring group based at the Prince of Songkla University in Pattani, said more than 7,700 people had been killed in the conflict since January 2004.

Assoc Prof Dr Wichai Chanthasuk-Nakhon, the group's director, said the roadmap was "the most concrete document in 13 years of dialogue" but warned that the splinter group Patani Liberation Army could try to derail it.

In the village of Ban Tanyong Limo, near the town of Rangae, villagers said they had not been told what the plan contained. "We hear about peace in Kuala Lumpur every year, and then the bombs come back," said Che Minah Sa-ngae, 54, who runs a tea stall.

Malaysia's Foreign Minister Datuk Seri Lim Wei Jian said Malaysia would remain "an honest broker" and offered to host a monitoring team from the Organisation of Islamic Cooperation (OIC).

The BRN and the Thai government signed a General Consensus on the peace dialogue in February 2013, but the process stalled after the 2014 coup."""
ENTITIES = [
    ("Kuala Lumpur", "Location", ["KUALA LUMPUR"], None),
    ("Thailand", "State", ["the Thai government", "The Kingdom of Thailand"], "Q869"),
    ("Barisan Revolusi Nasional", "ArmedGroup", ["BRN"], None),
    ("Malaysia", "State", [], "Q833"),
    ("Kamaruddin bin Osman Shukor", "Person", [], None),
    ("Putrajaya", "Location", [], None),
    ("The Star", "Organization", [], None),
    ("Rueso", "Location", [], None),
    ("Bacho", "Location", [], None),
    ("Narathiwat", "Location", [], None),
    ("Chatchai Wongsuwan-Intharat", "Person", [], None),
    ("Ismail Dueramae al-Fatani", "Person", [], None),
    ("YouTube", "Organization", [], None),
    ("Yala", "Location", [], None),
    ("A Thai security officer in Pattani", "Group", [], None),
    ("Pattani", "Location", [], None),
    ("Sungai Kolok crossing", "Location", [], None),
    ("Deep South Watch", "Organization", [], None),
    ("Prince of Songkla University", "Organization", [], None),
    ("Wichai Chanthasuk-Nakhon", "Person", [], None),
    ("Patani Liberation Army", "ArmedGroup", [], None),
    ("Ban Tanyong Limo", "Location", [], None),
    ("Rangae", "Location", [], None),
    ("villagers", "Group", [], None),
    ("Che Minah Sa-ngae", "Person", [], None),
    ("Lim Wei Jian", "Person", [], None),
    ("Organisation of Islamic Cooperation", "Organization", ["OIC"], "Q47543"),
]
TO = "A Thai security officer in Pattani"
STATEMENTS = [
    ("indirect", "Kamaruddin bin Osman Shukor", "said yesterday", ["Thailand and the Barisan Revolusi Nasional (BRN) separatist movement have agreed on a joint roadmap for peace in the country's three southernmost provinces"]),
    ("indirect", "Kamaruddin bin Osman Shukor", "said", ["the two delegations signed the Joint Comprehensive Plan towards Peace in a closed-door ceremony at a hotel in Putrajaya on Monday"]),
    ("direct", "Kamaruddin bin Osman Shukor", "he told The Star", ["Both sides have accepted that there can be no military solution. What they have signed is a map, not the destination,"]),
    ("indirect", "Chatchai Wongsuwan-Intharat", "said", ["the agreement did not touch on autonomy or any change to the Constitution"]),
    ("direct", "Chatchai Wongsuwan-Intharat", "he said", ["The Kingdom of Thailand is one and indivisible. We are talking about safety for people in the villages, about schools that can open, about rubber tappers who can go to work at dawn,"]),
    ("partial", "Ismail Dueramae al-Fatani", "said", ['the movement wanted the right of the Patani Malays to "decide their own future" recognised in the next phase']),
    ("indirect", "Ismail Dueramae al-Fatani", "accused", ["the Thai army of killing three young men in a raid on a pondok school in Yala province earlier this month"]),
    ("indirect", TO, "said", ["the army would keep its rangers in the area around the Sungai Kolok crossing, where smuggling of weapons and drugs from the Malaysian side remained a concern"]),
    ("indirect", "Deep South Watch", "said", ["more than 7,700 people had been killed in the conflict since January 2004"]),
    ("partial", "Wichai Chanthasuk-Nakhon", "said", ['the roadmap was "the most concrete document in 13 years of dialogue"']),
    ("indirect", "Wichai Chanthasuk-Nakhon", "warned", ["the splinter group Patani Liberation Army could try to derail it"]),
    ("indirect", "villagers", "said", ["they had not been told what the plan contained"]),
    ("direct", "Che Minah Sa-ngae", "said", ["We hear about peace in Kuala Lumpur every year, and then the bombs come back,"]),
    ("partial", "Lim Wei Jian", "said", ['Malaysia would remain "an honest broker"']),
]
AGREEMENTS = [
    ("plan", "the Joint Comprehensive Plan towards Peace", ["Thailand", "Barisan Revolusi Nasional"], "signed", "2026-02-23", "Putrajaya"),
    ("agreement", "a General Consensus on the peace dialogue", ["Thailand", "Barisan Revolusi Nasional"], "signed", "2013-02", None),
]
