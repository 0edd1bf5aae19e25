ID = "inv9-voa-burkina-faso-junta-extends-transition-2026-09-10"
TITLE = "Burkina Faso junta says it will stay in power until 2029 as West African bloc calls for dialogue"
PUB = "2026-09-10"
TEXT = """OUAGADOUGOU, BURKINA FASO — Burkina Faso's military government said Thursday it would remain in power until at least 2029, rejecting calls from West African leaders for an early return to civilian rule.

In a televised address, the government's spokesman, Capt. Issouf Zongo, said the transition charter adopted in 2024 "remains the only compass of the nation" and that elections would be held "when every village is safe to vote."

"We did not take responsibility for this country to hand it back to those who emptied it," Zongo said. "Our partners must understand that sovereignty is not negotiable."

The announcement came two days after the Economic Community of West African States, or ECOWAS, urged Burkina Faso, Mali and Niger to open talks on a timetable for elections. The three juntas left the regional bloc in 2025 and formed their own Alliance of Sahel States.

ECOWAS Commission President Aminata Diallo-Ferreira told VOA the door to dialogue "has never been closed." She said the bloc was ready to send a mediation team to Ouagadougou within weeks if the junta agreed.

"Our citizens in the Sahel are still our citizens. Their suffering does not stop at a flag," Diallo-Ferreira said in an interview at the commission's headquarters in Abuja.

Security has worsened across much of the country. Armed groups linked to al-Qaida and the Islamic State group control or contest large areas of the north and east, and aid agencies say more than two million people have been displaced.

In Ouagadougou, residents were divided.

"The soldiers are doing what the politicians never did. They are fighting," said Salif Ouédraogo, a motorcycle mechanic in the Gounghin neighborhood. But a market trader who gave her name only as Awa said prices had doubled since the borders with coastal neighbors tightened. "We love our country, but we cannot eat speeches," she said.

Exiled opposition figures criticized the decision. Zéphirin Kaboré, a former minister who now lives in Abidjan, said the transition had become "a permanent arrangement for men in uniform."

"Nobody elected them, and now nobody will," the former minister told VOA by phone. He said several opposition leaders had been conscripted and sent to the front after criticizing the government.

The government denies using conscription to punish critics. Zongo said in March that all citizens had "a duty to defend the homeland."

Mali's transitional government said Friday it supported its neighbor's decision. In a statement read on state television, it said the three states of the alliance would "move at the pace of their own peoples."

Western governments have been cautious. A Western diplomat in Ouagadougou, who spoke on condition of anonymity because he was not authorized to brief reporters, said several embassies had quietly stopped asking for an election date. "Everyone has accepted that the calendar belongs to the soldiers now," the diplomat said.

The U.S. State Department said in a statement it was "concerned" by the extension and urged the authorities to "set out a credible path" to elections. Russia, whose instructors train units of the Burkinabe army, praised the government's "firmness" and pledged more equipment."""
ENTITIES = [
    ("Ouagadougou", "Location", [], "Q3777"),
    ("Burkina Faso", "State", [], "Q965"),
    ("Issouf Zongo", "Person", ["Zongo"], None),
    ("Economic Community of West African States", "Organization", ["ECOWAS"], "Q161549"),
    ("Mali", "State", [], "Q912"),
    ("Niger", "State", [], "Q1032"),
    ("Alliance of Sahel States", "Organization", [], None),
    ("Aminata Diallo-Ferreira", "Person", ["Diallo-Ferreira"], None),
    ("VOA", "Organization", [], None),
    ("Sahel", "Location", [], None),
    ("Abuja", "Location", [], "Q3787"),
    ("al-Qaida", "ArmedGroup", [], None),
    ("Islamic State", "ArmedGroup", [], None),
    ("aid agencies", "Group", [], None),
    ("Salif Ouédraogo", "Person", [], None),
    ("Gounghin", "Location", [], None),
    ("Awa", "Person", [], None),
    ("Zéphirin Kaboré", "Person", [], None),
    ("Abidjan", "Location", [], None),
    ("A Western diplomat in Ouagadougou", "Group", [], None),
    ("State Department", "Organization", [], None),
    ("United States", "State", ["U.S."], "Q30"),
    ("Russia", "State", [], "Q159"),
]
STATEMENTS = [
    ("indirect", "Burkina Faso", "said", ["it would remain in power until at least 2029"]),
    ("indirect", "Issouf Zongo", "said", ["the transition charter adopted in 2024 \"remains the only compass of the nation\""]),
    ("indirect", "Issouf Zongo", "said", ["elections would be held \"when every village is safe to vote.\""]),
    ("direct", "Issouf Zongo", "said", ["We did not take responsibility for this country to hand it back to those who emptied it,", "Our partners must understand that sovereignty is not negotiable."]),
    ("indirect", "Economic Community of West African States", "urged", ["Burkina Faso, Mali and Niger to open talks on a timetable for elections"]),
    ("indirect", "Aminata Diallo-Ferreira", "told VOA", ["the door to dialogue \"has never been closed.\""]),
    ("indirect", "Aminata Diallo-Ferreira", "said", ["the bloc was ready to send a mediation team to Ouagadougou within weeks if the junta agreed"]),
    ("direct", "Aminata Diallo-Ferreira", "said in an interview", ["Our citizens in the Sahel are still our citizens. Their suffering does not stop at a flag,"]),
    ("indirect", "aid agencies", "say", ["more than two million people have been displaced"]),
    ("direct", "Salif Ouédraogo", "said", ["The soldiers are doing what the politicians never did. They are fighting,"]),
    ("indirect", "Awa", "said", ["prices had doubled since the borders with coastal neighbors tightened"]),
    ("direct", "Awa", "she said", ["We love our country, but we cannot eat speeches,"]),
    ("indirect", "Zéphirin Kaboré", "said", ["the transition had become \"a permanent arrangement for men in uniform.\""]),
    ("direct", "Zéphirin Kaboré", "told VOA by phone", ["Nobody elected them, and now nobody will,"]),
    ("indirect", "Zéphirin Kaboré", "said", ["several opposition leaders had been conscripted and sent to the front after criticizing the government"]),
    ("indirect", "Issouf Zongo", "said in March", ["all citizens had \"a duty to defend the homeland.\""]),
    ("indirect", "Mali", "said", ["it supported its neighbor's decision"]),
    ("indirect", "Mali", "said", ["the three states of the alliance would \"move at the pace of their own peoples.\""]),
    ("indirect", "A Western diplomat in Ouagadougou", "said", ["several embassies had quietly stopped asking for an election date"]),
    ("direct", "A Western diplomat in Ouagadougou", "the diplomat said", ["Everyone has accepted that the calendar belongs to the soldiers now,"]),
    ("indirect", "State Department", "said in a statement", ["it was \"concerned\" by the extension"]),
    ("indirect", "State Department", "urged", ["the authorities to \"set out a credible path\" to elections"]),
    ("partial", "Russia", "praised", ["firmness"]),
]
AGREEMENTS = []
