ID = "inv43-dailystar-bangladesh-bandarban-knf-return-deal-2026-02-10"
TITLE = "Peace committee, KNF sign deal for return of displaced Bawm families"
PUB = "2026-02-10"
TEXT = """The government-formed Peace Establishment Committee and the armed group Kuki-Chin National Front (KNF) yesterday signed a six-point agreement that will allow hundreds of displaced Bawm families to return to their villages in Bandarban's Ruma and Rowangchhari upazilas.

The deal was signed after a four-hour meeting at the Bandarban Circuit House, the third round of face-to-face talks between the two sides since October last year.

Under the agreement, the KNF will stop collecting tolls from villagers and traders, while joint forces will suspend search operations in 14 listed villages for 90 days, said Kyaw Shwe Hla Marma, convener of the committee and chairman of Bandarban Hill District Council.

"Today the people of the hills have won. Nobody gained anything from the guns in the last three years," he told reporters after the meeting. "If both sides keep their word, the families can be home before the monsoon."

A three-member KNF delegation, led by the group's "foreign affairs secretary" Lalrin Sang Bawm, attended the meeting. In a statement posted on its Facebook page last night, the KNF said it had signed the deal "for the sake of our suffering people" but warned that it would walk away if any of its members were arrested during the 90 days.

The group had earlier accused the security forces of torturing Bawm civilians detained after the bank robberies in Ruma and Thanchi in April 2024, a charge the Bangladesh Army has denied.

Contacted, the Inter-Services Public Relations (ISPR) directorate said the army would "fully cooperate" with the committee's decisions. It said operations against "terrorist hideouts" outside the listed areas would continue.

According to the Bawm Social Council, around 1,200 Bawm people fled to India's Mizoram state and to remote parts of the Chittagong Hill Tracts after clashes began in late 2022. Many of them are still living in makeshift camps.

Lalthazuala Bawm, 54, who fled Munnuam Para with his family two years ago, said he had heard of the deal on the radio. "My jhum field is covered in jungle now. But if they let us go back, we will start again," he said over the phone from Rowangchhari.

A senior police official in Bandarban, wishing not to be named, said the district police had not received any written instruction on suspending arrests. "We will follow the law until we are told otherwise," the official said.

The Parbatya Chattagram Jana Samhati Samiti (PCJSS), which signed the 1997 Chittagong Hill Tracts Peace Accord with the government of Bangladesh, welcomed the talks but said no deal in the hills would last unless the accord itself was fully implemented. In a press release, PCJSS information secretary Arupam Chakma said successive governments had kept "the core of the accord in cold storage for 28 years".

Prof Farhana Rahim, who teaches peace and conflict studies at Dhaka University, said the agreement was "a good beginning, not an end". She said the committee had no legal power to bind the home ministry, and that the KNF's main demand, a separate autonomous region for six communities, had not even been discussed.

The Ministry of Home Affairs, in a separate statement, said it "appreciates the efforts" of the committee and would review the deal before the 90 days end."""
ENTITIES = [
    ("Peace Establishment Committee", "Organization", ["the committee"], None),
    ("Kuki-Chin National Front", "ArmedGroup", ["KNF", "the group"], None),
    ("Bandarban", "Location", [], None),
    ("Ruma", "Location", [], None),
    ("Rowangchhari", "Location", [], None),
    ("Bandarban Circuit House", "Location", [], None),
    ("Kyaw Shwe Hla Marma", "Person", [], None),
    ("Bandarban Hill District Council", "Organization", [], None),
    ("Lalrin Sang Bawm", "Person", [], None),
    ("Facebook", "Organization", [], "Q355"),
    ("Thanchi", "Location", [], None),
    ("Bangladesh Army", "Organization", ["the army"], None),
    ("Inter-Services Public Relations", "Organization", ["ISPR"], None),
    ("Bawm Social Council", "Organization", [], None),
    ("India", "State", [], "Q668"),
    ("Mizoram", "Location", [], None),
    ("Lalthazuala Bawm", "Person", [], None),
    ("Munnuam Para", "Location", [], None),
    ("A senior police official in Bandarban", "Group", ["the official"], None),
    ("Parbatya Chattagram Jana Samhati Samiti", "Organization", ["PCJSS"], None),
    ("Chittagong Hill Tracts", "Location", [], None),
    ("Bangladesh", "State", ["the government of Bangladesh"], "Q902"),
    ("Arupam Chakma", "Person", [], None),
    ("Farhana Rahim", "Person", [], None),
    ("Dhaka University", "Organization", [], None),
    ("Ministry of Home Affairs", "Organization", ["home ministry"], None),
]
PC = "Peace Establishment Committee"
KNF = "Kuki-Chin National Front"
ISPR = "Inter-Services Public Relations"
PO = "A senior police official in Bandarban"
STATEMENTS = [
    ("indirect", "Kyaw Shwe Hla Marma", "said", ["Under the agreement, the KNF will stop collecting tolls from villagers and traders, while joint forces will suspend search operations in 14 listed villages for 90 days"]),
    ("direct", "Kyaw Shwe Hla Marma", "he told reporters", ["Today the people of the hills have won. Nobody gained anything from the guns in the last three years,", "If both sides keep their word, the families can be home before the monsoon."]),
    ("partial", KNF, "said", ['it had signed the deal "for the sake of our suffering people"']),
    ("indirect", KNF, "warned", ["it would walk away if any of its members were arrested during the 90 days"]),
    ("indirect", KNF, "accused", ["the security forces of torturing Bawm civilians detained after the bank robberies in Ruma and Thanchi in April 2024"]),
    ("partial", ISPR, "said", ['the army would "fully cooperate" with the committee\'s decisions']),
    ("partial", ISPR, "It said", ['operations against "terrorist hideouts" outside the listed areas would continue']),
    ("indirect", "Bawm Social Council", "According to", ["around 1,200 Bawm people fled to India's Mizoram state and to remote parts of the Chittagong Hill Tracts after clashes began in late 2022"]),
    ("indirect", "Lalthazuala Bawm", "said", ["he had heard of the deal on the radio"]),
    ("direct", "Lalthazuala Bawm", "he said", ["My jhum field is covered in jungle now. But if they let us go back, we will start again,"]),
    ("indirect", PO, "said", ["the district police had not received any written instruction on suspending arrests"]),
    ("direct", PO, "the official said", ["We will follow the law until we are told otherwise,"]),
    ("indirect", "Parbatya Chattagram Jana Samhati Samiti", "said", ["no deal in the hills would last unless the accord itself was fully implemented"]),
    ("partial", "Arupam Chakma", "said", ['successive governments had kept "the core of the accord in cold storage for 28 years"']),
    ("partial", "Farhana Rahim", "said", ['the agreement was "a good beginning, not an end"']),
    ("indirect", "Farhana Rahim", "She said", ["the committee had no legal power to bind the home ministry"]),
    ("indirect", "Farhana Rahim", "She said", ["the KNF's main demand, a separate autonomous region for six communities, had not even been discussed"]),
    ("partial", "Ministry of Home Affairs", "said", ['it "appreciates the efforts" of the committee and would review the deal before the 90 days end']),
]
AGREEMENTS = [
    ("agreement", "a six-point agreement", [PC, KNF], "signed", "2026-02-09", "Bandarban Circuit House"),
    ("accord", "the 1997 Chittagong Hill Tracts Peace Accord", ["Parbatya Chattagram Jana Samhati Samiti", "Bangladesh"], "in-force", "1997", None),
]
