ID = "inv43-rnzpacific-new-caledonia-saint-louis-road-accord-2026-09-16"
TITLE = "Saint-Louis road to reopen under accord between French State and Kanak customary council"
PUB = "2026-09-16"
TEXT = """The French State and the Saint-Louis Customary Council in New Caledonia have signed an accord to reopen the main road through the Kanak tribe's lands, more than two years after it became a flashpoint of the 2024 unrest.

The accord was signed on Tuesday at the town hall of Mont-Dore, the commune south of Nouméa whose residents have faced long detours since the road was closed.

Under the deal, the French High Commission will withdraw the gendarmerie's armoured vehicles from the Saint-Louis roundabout by the end of the month, while the council will take down the last roadblocks and appoint its own wardens to keep the road open at night.

High Commissioner Laurent Merville said the accord had been "built from the ground up" over eleven meetings in the chiefdom's meeting house.

"Paris did not write this text. It was written here, word by word, by the people who live along this road," he told RNZ Pacific.

Grand Chief Pascal Nekaré, who signed for the council, said the tribe had agreed because its young people wanted "to go to school and to work without being searched every morning".

"We have not forgotten what happened here. But our children cannot grow up behind a barricade," he said.

The council has accused gendarmes of firing on unarmed residents during the unrest, which broke out in May 2024 over a French constitutional reform that would have widened the electoral roll for provincial elections. The French gendarmerie has said its officers acted in self-defence.

Mont-Dore's mayor, Sylvie Réchard, welcomed the accord, saying it would cut the daily commute to Nouméa for about 8000 residents by up to an hour.

But the anti-independence Loyalists were critical. Their leader in the Congress of New Caledonia, Thierry Cassart, accused the State of "handing a public road to a chiefdom" and said security should remain a matter for the gendarmerie alone.

The pro-independence Kanak and Socialist National Liberation Front (FLNKS) backed the accord. Its spokesperson, Joël Hnawia, said it showed that Kanak institutions could keep order "better than armoured cars ever did".

He said the FLNKS would present its plan for "sovereignty in partnership" at talks with the French government next month. The plan, first put forward last year, proposes that New Caledonia become a sovereign state linked to France by a partnership covering defence, currency and justice.

France's Overseas Ministry said in a statement that the talks would focus on "the institutional future of New Caledonia within the framework of the Nouméa Accord", the 1998 agreement signed by France, the FLNKS and the anti-independence camp that gave the territory broad autonomy and a path to three independence referendums.

A gendarmerie officer in Nouméa, who asked not to be named, told RNZ Pacific that units had been ordered to stay out of Saint-Louis unless the wardens called them in.

"It is a test. If it holds for a month, it can hold for a year," the officer said.

Commuters were relieved. "For two years I drove around the mountain. Tomorrow I take the road again," said Henri Lapetite, a nurse who lives in Mont-Dore."""
ENTITIES = [
    ("France", "State", ["The French State", "Paris", "the State", "the French government"], "Q142"),
    ("Saint-Louis Customary Council", "Organization", ["the council"], None),
    ("New Caledonia", "Location", [], "Q33788"),
    ("Saint-Louis", "Location", [], None),
    ("Mont-Dore", "Location", [], None),
    ("Nouméa", "Location", [], None),
    ("French High Commission", "Organization", [], None),
    ("French gendarmerie", "Organization", ["the gendarmerie"], None),
    ("Laurent Merville", "Person", [], None),
    ("RNZ Pacific", "Organization", [], None),
    ("Pascal Nekaré", "Person", [], None),
    ("Sylvie Réchard", "Person", [], None),
    ("Loyalists", "Organization", [], None),
    ("Congress of New Caledonia", "Organization", [], None),
    ("Thierry Cassart", "Person", [], None),
    ("Kanak and Socialist National Liberation Front", "Organization", ["FLNKS"], None),
    ("Joël Hnawia", "Person", [], None),
    ("France's Overseas Ministry", "Organization", [], None),
    ("A gendarmerie officer in Nouméa", "Group", ["the officer"], None),
    ("Henri Lapetite", "Person", [], None),
]
FL = "Kanak and Socialist National Liberation Front"
GO = "A gendarmerie officer in Nouméa"
STATEMENTS = [
    ("partial", "Laurent Merville", "said", ['the accord had been "built from the ground up" over eleven meetings in the chiefdom\'s meeting house']),
    ("direct", "Laurent Merville", "he told RNZ Pacific", ["Paris did not write this text. It was written here, word by word, by the people who live along this road,"]),
    ("partial", "Pascal Nekaré", "said", ['the tribe had agreed because its young people wanted "to go to school and to work without being searched every morning"']),
    ("direct", "Pascal Nekaré", "he said", ["We have not forgotten what happened here. But our children cannot grow up behind a barricade,"]),
    ("indirect", "Saint-Louis Customary Council", "has accused", ["gendarmes of firing on unarmed residents during the unrest"]),
    ("indirect", "French gendarmerie", "has said", ["its officers acted in self-defence"]),
    ("indirect", "Sylvie Réchard", "saying", ["it would cut the daily commute to Nouméa for about 8000 residents by up to an hour"]),
    ("partial", "Thierry Cassart", "accused", ['the State of "handing a public road to a chiefdom"']),
    ("indirect", "Thierry Cassart", "said", ["security should remain a matter for the gendarmerie alone"]),
    ("partial", "Joël Hnawia", "said", ['it showed that Kanak institutions could keep order "better than armoured cars ever did"']),
    ("partial", "Joël Hnawia", "He said", ['the FLNKS would present its plan for "sovereignty in partnership" at talks with the French government next month']),
    ("partial", "France's Overseas Ministry", "said in a statement", ['the talks would focus on "the institutional future of New Caledonia within the framework of the Nouméa Accord"']),
    ("indirect", GO, "told RNZ Pacific", ["units had been ordered to stay out of Saint-Louis unless the wardens called them in"]),
    ("direct", GO, "the officer said", ["It is a test. If it holds for a month, it can hold for a year,"]),
    ("direct", "Henri Lapetite", "said", ["For two years I drove around the mountain. Tomorrow I take the road again,"]),
]
AGREEMENTS = [
    ("accord", "an accord to reopen the main road", ["France", "Saint-Louis Customary Council"], "signed", "2026-09-15", "Mont-Dore"),
    ("plan", "its plan for \"sovereignty in partnership\"", [FL], "proposed", "2025", None),
    ("accord", "the Nouméa Accord", ["France", FL], "in-force", "1998", None),
]
