ID = "inv52-errnews-estonia-russia-narva-river-buoy-protocol-2026-05-21"
TITLE = "Estonian, Russian border guards agree Narva river buoy protocol a year after removals"
PUB = "2026-05-21"
TEXT = """Estonian and Russian border guards have agreed a protocol on where navigation buoys will be placed on the Narva river this summer, a year after Russia removed two dozen Estonian buoys from the river overnight, the Police and Border Guard Board (PPA) said on Wednesday.

The protocol was agreed at a meeting of the two countries' border representatives in Ivangorod on Tuesday and is due to be signed in Narva in early June, the PPA said. Under it, 250 buoys will mark the fairway from Lake Peipus to the river mouth at Narva-Jõesuu, with their positions checked jointly before they are set.

"This is a technical agreement about navigation safety, nothing more and nothing less," Veiko Laanemets, head of the PPA's border guard department, told ERR News. "The border line itself is not up for discussion and was not discussed."

Russia's FSB Border Service removed 24 of the 50 buoys Estonia had placed on the river in May 2024, saying their positions did not match Moscow's view of the main channel. Tallinn called the removal "a provocation" and demanded the buoys' return, which has not happened.

Interior Minister Kristjan Pärnoja said in an interview with ETV that the government had approved the talks because fishermen and boat owners needed clarity before the season. He warned, however, that Estonia would "react immediately" if any buoy placed under the protocol disappeared.

"We have learned not to take anything on trust," he said.

The Ministry of Foreign Affairs said the protocol did not change Estonia's position that the border follows the line set out in the 2014 border treaty. Both countries signed that treaty, but neither parliament has ratified it.

A ministry spokesperson said Moscow had also proposed a joint inspection of the entire fairway, which Tallinn "is not ready to accept at this stage."

In Narva, where most residents speak Russian and many have relatives across the river in Ivangorod, the news was met with relief. Mayor Jelena Sokolova said the city had lost tourists and boat traffic since the buoys were taken.

"People here want the river to be a river again, not a front line," she told ERR News.

Fishermen in Narva-Jõesuu said the missing buoys had led to several boats running aground last summer. One of them, Andrei Kuzmin, said he would believe the deal when he saw the buoys "still in the water in August."

Not every analyst was convinced. Kaarel Rebane, a researcher at the International Centre for Defence and Security (ICDS), said Russia was using the talks to show that it could set conditions on NATO's eastern border.

"Moscow took the buoys to send a message, and it is now negotiating from that position," Rebane said. He added that the protocol was still better than leaving the river unmarked.

The FSB Border Service did not respond to a request for comment by the time of publication."""
ENTITIES = [
    ("Estonia", "State", ["Tallinn"], "Q191"),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Narva river", "Location", [], None),
    ("Police and Border Guard Board", "Organization", ["PPA"], None),
    ("Ivangorod", "Location", [], None),
    ("Narva", "Location", [], None),
    ("Lake Peipus", "Location", [], None),
    ("Narva-Jõesuu", "Location", [], None),
    ("Veiko Laanemets", "Person", [], None),
    ("ERR News", "Organization", [], None),
    ("FSB Border Service", "Organization", ["Russia's FSB Border Service"], None),
    ("Kristjan Pärnoja", "Person", ["Interior Minister Kristjan Pärnoja"], None),
    ("ETV", "Organization", [], None),
    ("Ministry of Foreign Affairs", "Organization", [], None),
    ("Jelena Sokolova", "Person", ["Mayor Jelena Sokolova"], None),
    ("Fishermen in Narva-Jõesuu", "Group", [], None),
    ("Andrei Kuzmin", "Person", [], None),
    ("Kaarel Rebane", "Person", ["Rebane"], None),
    ("International Centre for Defence and Security", "Organization", ["ICDS"], None),
    ("NATO", "Organization", [], "Q7184"),
]
STATEMENTS = [
    ("indirect", "Police and Border Guard Board", "said on Wednesday", ["Estonian and Russian border guards have agreed a protocol on where navigation buoys will be placed on the Narva river this summer, a year after Russia removed two dozen Estonian buoys from the river overnight"]),
    ("indirect", "Police and Border Guard Board", "the PPA said", ["The protocol was agreed at a meeting of the two countries' border representatives in Ivangorod on Tuesday and is due to be signed in Narva in early June"]),
    ("direct", "Veiko Laanemets", "told ERR News", ["This is a technical agreement about navigation safety, nothing more and nothing less,", "The border line itself is not up for discussion and was not discussed."]),
    ("indirect", "FSB Border Service", "saying", ["their positions did not match Moscow's view of the main channel"]),
    ("partial", "Estonia", "called", ["the removal \"a provocation\""]),
    ("indirect", "Kristjan Pärnoja", "said in an interview with ETV", ["the government had approved the talks because fishermen and boat owners needed clarity before the season"]),
    ("partial", "Kristjan Pärnoja", "warned", ["Estonia would \"react immediately\" if any buoy placed under the protocol disappeared"]),
    ("direct", "Kristjan Pärnoja", "he said", ["We have learned not to take anything on trust,"]),
    ("indirect", "Ministry of Foreign Affairs", "said", ["the protocol did not change Estonia's position that the border follows the line set out in the 2014 border treaty"]),
    ("partial", "Ministry of Foreign Affairs", "said", ["Moscow had also proposed a joint inspection of the entire fairway, which Tallinn \"is not ready to accept at this stage.\""]),
    ("indirect", "Jelena Sokolova", "said", ["the city had lost tourists and boat traffic since the buoys were taken"]),
    ("direct", "Jelena Sokolova", "she told ERR News", ["People here want the river to be a river again, not a front line,"]),
    ("indirect", "Fishermen in Narva-Jõesuu", "said", ["the missing buoys had led to several boats running aground last summer"]),
    ("partial", "Andrei Kuzmin", "said", ["he would believe the deal when he saw the buoys \"still in the water in August.\""]),
    ("indirect", "Kaarel Rebane", "said", ["Russia was using the talks to show that it could set conditions on NATO's eastern border"]),
    ("direct", "Kaarel Rebane", "Rebane said", ["Moscow took the buoys to send a message, and it is now negotiating from that position,"]),
    ("indirect", "Kaarel Rebane", "He added", ["the protocol was still better than leaving the river unmarked"]),
]
AGREEMENTS = [
    ("protocol", "a protocol on where navigation buoys will be placed on the Narva river", ["Estonia", "Russia"], "reached", "2026-05-19", "Ivangorod"),
    ("treaty", "the 2014 border treaty", ["Estonia", "Russia"], "signed", "2014", None),
    ("proposal", "a joint inspection of the entire fairway", ["Russia"], "proposed", None, None),
]
