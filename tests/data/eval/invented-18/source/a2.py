ID = "inv18-briefing-malawi-tanzania-lake-border-mediation-2026-08-27"
TITLE = "Southern Africa Weekly: the lake talks resume"
PUB = "2026-08-27"
TEXT = """Malawi and Tanzania will return to mediation over their border on Lake Malawi, which Tanzania calls Lake Nyasa, next month, after a three-year pause. A panel of former heads of state appointed by the Southern African Development Community is to meet delegations from Lilongwe and Dodoma in Maputo on September 15, the bloc's secretariat said on Tuesday.

The panel, chaired by a retired Mozambican judge, Helena Mabote, has a simple brief and a hard one: to find a line both capitals can accept. Malawi holds that the whole lake belongs to it under a colonial-era boundary; Tanzania says the border runs down the middle.

What is on the table. Tanzania put forward a proposal in 2023 under which the two countries would share fishing and any oil revenue from the lake's northern waters while leaving the line itself undecided. The panel accepted it as a basis for talks. Malawi did not reply, and the panel stopped meeting.

Diplomats in Lilongwe say the mood has changed. Malawi's foreign minister, Chikondi Banda, told parliament in July that her government was "ready to talk about everything except the shoreline". A Tanzanian official said Dodoma would bring the 2023 proposal back to the table.

What already works. A 2012 agreement on lake transport, signed by the two governments, still governs the ferries that cross between Mbamba Bay and Nkhata Bay, and both sides renewed it for five years in March. Officials in both capitals describe it as the one part of the relationship that runs smoothly.

What did not. An exploration licence that Malawi granted to a British company in 2012 was the spark for the last crisis. A joint moratorium on drilling, agreed by the two governments in 2013 while the panel did its work, collapsed in 2019 when Malawi approved seismic surveys in the northern waters. Neither government has proposed a new one.

Who else is watching. Fishing communities on the northern shore have their own arrangements. The Karonga District Fishers' Association and the Kyela Fishers' Cooperative on the Tanzanian side agreed last year on a closed season in the breeding months, a deal officials say both sides have kept. "We did not wait for the presidents," said Yohane Mwakasungula, who chairs the Karonga association.

A draft memorandum on joint patrols against illegal nets is also being discussed by the two governments, a SADC official said, though no date has been set for signing. Police in Karonga said they had seized more than 300 nets with fine mesh since January.

The week ahead. Mabote is expected in Lilongwe on Monday and in Dodoma on Thursday. Her office said the panel would not publish a timetable before the Maputo meeting.
"""
ENTITIES = [
  ("Malawi", "State", ["Lilongwe"], None),
  ("a SADC official", "Group", [], None),
  ("A Tanzanian official", "Group", [], None),
  ("Tanzania", "State", ["Dodoma", "Tanzanian"], None),
  ("Lake Malawi", "Location", ["Lake Nyasa"], None),
  ("Southern African Development Community", "Organization", ["SADC"], None),
  ("Lilongwe", "Location", [], None),
  ("Dodoma", "Location", [], None),
  ("Maputo", "Location", [], None),
  ("Helena Mabote", "Person", ["Mabote"], None),
  ("Chikondi Banda", "Person", [], None),
  ("Mbamba Bay", "Location", [], None),
  ("Nkhata Bay", "Location", [], None),
  ("Karonga District Fishers' Association", "Organization", ["the Karonga association"], None),
  ("Kyela Fishers' Cooperative", "Organization", [], None),
  ("Yohane Mwakasungula", "Person", [], None),
  ("Karonga", "Location", [], None),
]
STATEMENTS = [
  ("indirect", "Southern African Development Community", "said", ["A panel of former heads of state appointed by the Southern African Development Community is to meet delegations from Lilongwe and Dodoma in Maputo on September 15"]),
  ("indirect", "Tanzania", "says", ["the border runs down the middle"]),
  ("partial", "Chikondi Banda", "told", ['her government was "ready to talk about everything except the shoreline"']),
  ("indirect", "A Tanzanian official", "said", ["Dodoma would bring the 2023 proposal back to the table"]),
  ("direct", "Yohane Mwakasungula", "said", ["We did not wait for the presidents,"]),
  ("indirect", "a SADC official", "a SADC official said", ["A draft memorandum on joint patrols against illegal nets is also being discussed by the two governments"]),
  ("indirect", "Helena Mabote", "Her office said", ["the panel would not publish a timetable before the Maputo meeting"]),
]
AGREEMENTS = [
  ("proposal", "a proposal", ["Tanzania"], "proposed", "2023", None),
  ("agreement", "A 2012 agreement on lake transport", ["Malawi", "Tanzania"], "in-force", "2012", None),
  ("other", "A joint moratorium on drilling", ["Malawi", "Tanzania"], "collapsed", "2013", None),
  ("deal", "a closed season in the breeding months", ["Karonga District Fishers' Association", "Kyela Fishers' Cooperative"], "in-force", "2025", None),
  ("memorandum", "A draft memorandum on joint patrols against illegal nets", ["Malawi", "Tanzania"], "negotiating", None, None),
]
