ID = "inv47-nyasatimes-malawi-tanzania-lake-framework-mzuzu-2026-09-14"
TITLE = "Malawi, Tanzania sign lake framework, but Parliament must first approve"
PUB = "2026-09-14"
TEXT = """LILONGWE—Malawi and Tanzania on Friday signed a framework agreement on the joint management of Lake Malawi, which Tanzania calls Lake Nyasa, but the document will not take effect until the parliaments of both countries ratify it.

The framework was signed in Mzuzu by Minister of Foreign Affairs Chimwemwe Banda and her Tanzanian counterpart, Rehema Mushi, after three days of talks hosted by the Southern African Development Community (SADC).

It sets up a joint commission on fishing, navigation and oil exploration, but leaves the boundary itself untouched.

Speaking after the signing, Banda said the agreement was "a step, not a settlement" and that Malawi's position on the border had not changed.

"The lake is Malawian up to the Tanzanian shore. That is what the 1890 treaty says, and it still says it today," she told journalists.

Malawi relies on the Anglo-German Agreement of 1890, which places the boundary on the eastern shoreline. Tanzania argues that the line runs through the middle of the lake.

Mushi said her government had signed in good faith and expected Malawi "to do the same in its Parliament." She said Tanzanian patrols would not arrest Malawian fishermen while the framework awaits ratification.

The chairperson of the Legal Affairs Committee of Parliament, Yotamu Phiri, said the committee would study the document next month. He noted that a similar memorandum signed in 2014 had never been ratified because, in his words, it "gave away the lake in small print."

Fishermen in Karonga, who have been arrested by Tanzanian patrols in the past, welcomed the deal with caution.

"Last year they took my nets at Songwe. If this paper stops that, good," said Aubrey Mwakasungula, who fishes near the border.

A proposal by the SADC Panel of Elders to refer the dispute to the International Court of Justice was rejected by Tanzania in March and has not been raised since, a senior official in the Ministry of Foreign Affairs said. Malawi had accepted it.

The official, who asked not to be named because he is not authorised to speak to the media, said Lilongwe would "keep the door to The Hague open."

A moratorium on drilling in the lake, which the two governments agreed in 2013, took effect that year and remains in force, according to the Ministry of Natural Resources and Climate Change.

Political analyst Wezi Ng'ambi of the University of Malawi said the framework was useful because it gave both governments something to show voters.

"Nobody wins a border on a lake. You share it or you fight over it," he said.

In a statement issued on Saturday, Tanzania's Ministry of Foreign Affairs and East African Cooperation said the framework "opens a new chapter" between the two neighbours."""
ENTITIES = [
    ("Malawi", "State", ["Lilongwe"], "Q1020"),
    ("Tanzania", "State", [], "Q924"),
    ("Lake Malawi", "Location", ["Lake Nyasa"], "Q47715"),
    ("Mzuzu", "Location", [], None),
    ("Chimwemwe Banda", "Person", ["Banda"], None),
    ("Rehema Mushi", "Person", ["Mushi"], None),
    ("Southern African Development Community", "Organization", ["SADC"], "Q1055821"),
    ("Yotamu Phiri", "Person", [], None),
    ("Legal Affairs Committee of Parliament", "Organization", [], None),
    ("Karonga", "Location", [], None),
    ("Songwe", "Location", [], None),
    ("Aubrey Mwakasungula", "Person", [], None),
    ("SADC Panel of Elders", "Organization", [], None),
    ("International Court of Justice", "Organization", [], "Q7801"),
    ("a senior official in the Ministry of Foreign Affairs", "Group", ["The official"], None),
    ("Ministry of Foreign Affairs", "Organization", [], None),
    ("The Hague", "Location", [], None),
    ("Ministry of Natural Resources and Climate Change", "Organization", [], None),
    ("Wezi Ng'ambi", "Person", [], None),
    ("University of Malawi", "Organization", [], None),
    ("Tanzania's Ministry of Foreign Affairs and East African Cooperation", "Organization", [], None),
]
SO = "a senior official in the Ministry of Foreign Affairs"
STATEMENTS = [
    ("partial", "Chimwemwe Banda", "said", ['the agreement was "a step, not a settlement"']),
    ("indirect", "Chimwemwe Banda", "said", ["Malawi's position on the border had not changed"]),
    ("direct", "Chimwemwe Banda", "she told journalists", ["The lake is Malawian up to the Tanzanian shore. That is what the 1890 treaty says, and it still says it today,"]),
    ("partial", "Rehema Mushi", "said", ['her government had signed in good faith and expected Malawi "to do the same in its Parliament."']),
    ("indirect", "Rehema Mushi", "She said", ["Tanzanian patrols would not arrest Malawian fishermen while the framework awaits ratification"]),
    ("indirect", "Yotamu Phiri", "said", ["the committee would study the document next month"]),
    ("partial", "Yotamu Phiri", "noted", ['a similar memorandum signed in 2014 had never been ratified because, in his words, it "gave away the lake in small print."']),
    ("direct", "Aubrey Mwakasungula", "said", ["Last year they took my nets at Songwe. If this paper stops that, good,"]),
    ("indirect", SO, "said", ["A proposal by the SADC Panel of Elders to refer the dispute to the International Court of Justice was rejected by Tanzania in March and has not been raised since"]),
    ("partial", SO, "said", ['Lilongwe would "keep the door to The Hague open."']),
    ("indirect", "Ministry of Natural Resources and Climate Change", "according to", ["A moratorium on drilling in the lake, which the two governments agreed in 2013, took effect that year and remains in force"]),
    ("indirect", "Wezi Ng'ambi", "said", ["the framework was useful because it gave both governments something to show voters"]),
    ("direct", "Wezi Ng'ambi", "he said", ["Nobody wins a border on a lake. You share it or you fight over it,"]),
    ("partial", "Tanzania's Ministry of Foreign Affairs and East African Cooperation", "said", ['the framework "opens a new chapter" between the two neighbours']),
]
AGREEMENTS = [
    ("framework", "a framework agreement on the joint management of Lake Malawi", ["Malawi", "Tanzania"], "signed", "2026-09-11", "Mzuzu"),
    ("treaty", "the Anglo-German Agreement of 1890", [], "in-force", "1890", None),
    ("memorandum", "a similar memorandum signed in 2014", [], "signed", "2014", None),
    ("proposal", "A proposal by the SADC Panel of Elders", ["SADC Panel of Elders"], "abandoned", None, None),
    ("other", "A moratorium on drilling in the lake", ["Malawi", "Tanzania"], "in-force", "2013", None),
]
