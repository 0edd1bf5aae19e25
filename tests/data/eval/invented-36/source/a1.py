ID = "inv36-arabnews-saudi-houthi-detainee-exchange-muscat-2026-04-09"
TITLE = "Saudi Arabia and Houthis agree to swap 700 detainees after Muscat talks"
PUB = "2026-04-09"
TEXT = """RIYADH: Saudi Arabia and the Houthi militia have agreed to exchange about 700 detainees, including 15 Saudi nationals, after 11 days of UN-sponsored talks in Muscat, the Saudi-led coalition said on Wednesday.

The deal, signed late on Tuesday in the Omani capital, is the largest swap between the two sides since 2023, when nearly 900 prisoners were flown home over three days.

Coalition spokesman Col. Fahad Al-Otaibi said the agreement covered "all the names we had put on the table" and that the first flights could leave Sanaa and Abha within two weeks.

"This is a humanitarian file, and the Kingdom has always treated it as one," Al-Otaibi told Arab News. "We are ready to move as soon as the Red Cross confirms the lists."

The Houthis' chief negotiator, Yahya Al-Mahdi, wrote on X that the group had secured the release of "hundreds of our heroes." He accused the coalition of holding up the talks for months over a handful of names.

The International Committee of the Red Cross, which will carry out the transfers, said its teams would interview every detainee before departure to make sure nobody was sent home against their will.

A Yemeni government official who attended the talks said the government in Aden would free 120 Houthi fighters under the deal but had received no guarantees about four journalists held in Sanaa.

"The families are the ones who pay the price for every delay," the official said. "We cannot tell a mother that her son is still a bargaining chip."

Yemen's Ministry of Human Rights said in a statement that it would keep pressing for the journalists, whom the Houthis accuse of spying, to be included in a second round.

The UN special envoy for Yemen, Henrik Solvang, welcomed the deal and urged both parties to "keep the momentum" toward a wider release under the 2018 Stockholm Agreement, whose prisoner clause has never been fully carried out.

In Taiz, Nabila Al-Sharabi, whose son has been held in Sanaa since 2019, said she had learned of the deal from television.

"I will believe it when I see him walk off the plane," she said. "They have promised us this three times before."

Oman, which has hosted back-channel contacts between Saudi officials and the Houthis since 2022, did not comment on the talks. A diplomat in Muscat said Omani officials had kept both delegations in the same hotel so that disputes over single names could be settled at night.

Abdulaziz Al-Harbi, a researcher at the Gulf Research Center in Riyadh, said the swap showed that both sides still saw value in the Omani channel despite the attacks in the Red Sea.

"Prisoners are the easiest file. The hard questions, salaries and the roads into Taiz, are still waiting," he said. He added that any broader deal would need the backing of Washington."""
ENTITIES = [
    ("Riyadh", "Location", ["RIYADH"], None),
    ("Saudi Arabia", "State", ["the Kingdom"], "Q851"),
    ("Houthis", "ArmedGroup", ["the Houthi militia"], None),
    ("Muscat", "Location", [], None),
    ("United Nations", "Organization", ["UN"], "Q1065"),
    ("Saudi-led coalition", "ArmedGroup", ["the coalition"], None),
    ("Fahad Al-Otaibi", "Person", ["Al-Otaibi"], None),
    ("Sanaa", "Location", [], None),
    ("Abha", "Location", [], None),
    ("Arab News", "Organization", [], None),
    ("International Committee of the Red Cross", "Organization", ["the Red Cross"], None),
    ("Yahya Al-Mahdi", "Person", [], None),
    ("X", "Organization", [], None),
    ("A Yemeni government official who attended the talks", "Group", ["the official"], None),
    ("Aden", "Location", [], None),
    ("Yemen's Ministry of Human Rights", "Organization", [], None),
    ("Henrik Solvang", "Person", [], None),
    ("Yemen", "State", [], "Q805"),
    ("Taiz", "Location", [], None),
    ("Nabila Al-Sharabi", "Person", [], None),
    ("Oman", "State", [], "Q842"),
    ("A diplomat in Muscat", "Group", [], None),
    ("Abdulaziz Al-Harbi", "Person", [], None),
    ("Gulf Research Center", "Organization", [], None),
    ("Red Sea", "Location", [], None),
    ("United States", "State", ["Washington"], "Q30"),
]
YO = "A Yemeni government official who attended the talks"
STATEMENTS = [
    ("indirect", "Saudi-led coalition", "said on Wednesday", ["Saudi Arabia and the Houthi militia have agreed to exchange about 700 detainees, including 15 Saudi nationals, after 11 days of UN-sponsored talks in Muscat"]),
    ("partial", "Fahad Al-Otaibi", "said", ["the agreement covered \"all the names we had put on the table\""]),
    ("indirect", "Fahad Al-Otaibi", "said", ["the first flights could leave Sanaa and Abha within two weeks"]),
    ("direct", "Fahad Al-Otaibi", "told Arab News", ["This is a humanitarian file, and the Kingdom has always treated it as one,", "We are ready to move as soon as the Red Cross confirms the lists."]),
    ("partial", "Yahya Al-Mahdi", "wrote", ['the group had secured the release of "hundreds of our heroes."']),
    ("indirect", "Yahya Al-Mahdi", "accused", ["the coalition of holding up the talks for months over a handful of names"]),
    ("indirect", "International Committee of the Red Cross", "said", ["its teams would interview every detainee before departure to make sure nobody was sent home against their will"]),
    ("indirect", YO, "said", ["the government in Aden would free 120 Houthi fighters under the deal but had received no guarantees about four journalists held in Sanaa"]),
    ("direct", YO, "the official said", ["The families are the ones who pay the price for every delay,", "We cannot tell a mother that her son is still a bargaining chip."]),
    ("indirect", "Yemen's Ministry of Human Rights", "said in a statement", ["it would keep pressing for the journalists, whom the Houthis accuse of spying, to be included in a second round"]),
    ("partial", "Henrik Solvang", "urged", ['both parties to "keep the momentum" toward a wider release under the 2018 Stockholm Agreement']),
    ("indirect", "Nabila Al-Sharabi", "said", ["she had learned of the deal from television"]),
    ("direct", "Nabila Al-Sharabi", "she said", ["I will believe it when I see him walk off the plane,", "They have promised us this three times before."]),
    ("indirect", "A diplomat in Muscat", "said", ["Omani officials had kept both delegations in the same hotel so that disputes over single names could be settled at night"]),
    ("indirect", "Abdulaziz Al-Harbi", "said", ["the swap showed that both sides still saw value in the Omani channel despite the attacks in the Red Sea"]),
    ("direct", "Abdulaziz Al-Harbi", "he said", ["Prisoners are the easiest file. The hard questions, salaries and the roads into Taiz, are still waiting,"]),
    ("indirect", "Abdulaziz Al-Harbi", "He added", ["any broader deal would need the backing of Washington"]),
]
AGREEMENTS = [
    ("deal", "agreed to exchange about 700 detainees", ["Saudi Arabia", "Houthis"], "signed", "2026-04-07", "Muscat"),
    ("agreement", "the 2018 Stockholm Agreement", ["Yemen", "Houthis"], "in-force", "2018", None),
]
