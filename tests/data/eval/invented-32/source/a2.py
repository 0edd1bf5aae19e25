ID = "inv32-reuters-burundi-rwanda-border-reopening-draft-2026-03-19"
TITLE = "Burundi, Rwanda draft deal to reopen border, but suspects hold it up - sources"
PUB = "2026-03-19"
TEXT = """NAIROBI, March 19 (Reuters) - Burundi and Rwanda have drafted an agreement to reopen their shared border, closed since January 2024, but Gitega wants Kigali to hand over rebel suspects first, three people familiar with the talks said on Thursday.

The draft, negotiated in Zanzibar with Tanzanian mediation, would let traders and buses cross at Gasenyi-Nemba and two other posts within 30 days of signing, the sources said. It has not been signed.

Burundi closed the border after accusing Rwanda of backing RED-Tabara, a rebel group that claimed an attack near Bujumbura in December 2023 in which 20 people were killed. Rwanda has denied the charge.

Burundi's government spokesman, Jérôme Niyonzima, said any reopening depended on "concrete gestures" from Kigali.

"We are not asking for favours. We are asking for the people who attacked our villages," Niyonzima told Reuters by telephone.

Rwanda's foreign ministry said in a statement that Kigali had "no link whatsoever" with the rebels and was ready to open the border "tomorrow morning". It accused Burundi of using the closure to distract from economic problems at home.

A Tanzanian diplomat involved in the mediation said the two sides had agreed on most of the text but not on the order of the steps. "Gitega wants the suspects first and the trucks later. Kigali wants the opposite," the diplomat said.

The closure has hit traders on both sides. At the crossing, where grass now grows between the barriers, Rwandan trader Claudine Uwase said she used to sell bananas in Kirundo market twice a week. She now sells them at half the price in Bugesera.

"My children ask me when the road will open. I tell them to ask the presidents," she said.

Customs officers on the Burundian side said smuggling over the Akanyaru river had grown since the closure, with fuel and beer moving south at night.

The East African Community said in February that the closure broke the bloc's rules on free movement of people and goods. Its spokesman, Daniel Kiprotich, said the bloc would send observers to the border posts once a deal was signed.

Relations between the neighbours have worsened since fighting spread in eastern Democratic Republic of Congo, where Burundian troops fight alongside the Congolese army against the M23 rebels. U.N. experts have said Rwanda backs M23, a charge Kigali denies.

A previous attempt to reopen the border collapsed in 2025, when a verification mechanism agreed in Arusha was never put into practice.

One of the sources said the presidents of the two countries could meet in Dar es Salaam next month to sign the deal if the question of the suspects was settled. Burundi's president has not travelled to Kigali since 2022.

(Reporting by Nairobi newsroom; Editing by Tom Hargreaves)"""
ENTITIES = [
    ("Burundi", "State", ["Gitega"], "Q967"),
    ("Rwanda", "State", ["Kigali"], "Q1037"),
    ("Nairobi", "Location", ["NAIROBI"], None),
    ("Reuters", "Organization", [], None),
    ("three people familiar with the talks", "Group", ["the sources"], None),
    ("Zanzibar", "Location", [], None),
    ("Gasenyi-Nemba", "Location", [], None),
    ("RED-Tabara", "ArmedGroup", [], None),
    ("Bujumbura", "Location", [], None),
    ("Jérôme Niyonzima", "Person", ["Niyonzima"], None),
    ("Rwanda's foreign ministry", "Organization", [], None),
    ("A Tanzanian diplomat involved in the mediation", "Group", ["the diplomat"], None),
    ("Claudine Uwase", "Person", [], None),
    ("Kirundo", "Location", [], None),
    ("Bugesera", "Location", [], None),
    ("Customs officers on the Burundian side", "Group", [], None),
    ("Akanyaru", "Location", [], None),
    ("East African Community", "Organization", [], None),
    ("Daniel Kiprotich", "Person", [], None),
    ("Democratic Republic of Congo", "Location", [], None),
    ("M23", "ArmedGroup", [], None),
    ("U.N. experts", "Group", [], None),
    ("Arusha", "Location", [], None),
    ("One of the sources", "Group", [], None),
    ("Dar es Salaam", "Location", [], None),
    ("Tom Hargreaves", "Person", [], None),
]
S = "three people familiar with the talks"
RF = "Rwanda's foreign ministry"
TD = "A Tanzanian diplomat involved in the mediation"
STATEMENTS = [
    ("indirect", S, "said on Thursday", ["Burundi and Rwanda have drafted an agreement to reopen their shared border, closed since January 2024, but Gitega wants Kigali to hand over rebel suspects first"]),
    ("indirect", S, "the sources said", ["The draft, negotiated in Zanzibar with Tanzanian mediation, would let traders and buses cross at Gasenyi-Nemba and two other posts within 30 days of signing"]),
    ("partial", "Jérôme Niyonzima", "said", ['any reopening depended on "concrete gestures" from Kigali']),
    ("direct", "Jérôme Niyonzima", "told Reuters", ["We are not asking for favours. We are asking for the people who attacked our villages,"]),
    ("partial", RF, "said in a statement", ['Kigali had "no link whatsoever" with the rebels and was ready to open the border "tomorrow morning"']),
    ("indirect", RF, "accused", ["Burundi of using the closure to distract from economic problems at home"]),
    ("indirect", TD, "said", ["the two sides had agreed on most of the text but not on the order of the steps"]),
    ("direct", TD, "the diplomat said", ["Gitega wants the suspects first and the trucks later. Kigali wants the opposite,"]),
    ("indirect", "Claudine Uwase", "said", ["she used to sell bananas in Kirundo market twice a week"]),
    ("direct", "Claudine Uwase", "she said", ["My children ask me when the road will open. I tell them to ask the presidents,"]),
    ("indirect", "Customs officers on the Burundian side", "said", ["smuggling over the Akanyaru river had grown since the closure, with fuel and beer moving south at night"]),
    ("indirect", "East African Community", "said in February", ["the closure broke the bloc's rules on free movement of people and goods"]),
    ("indirect", "Daniel Kiprotich", "said", ["the bloc would send observers to the border posts once a deal was signed"]),
    ("indirect", "U.N. experts", "have said", ["Rwanda backs M23"]),
    ("indirect", "One of the sources", "said", ["the presidents of the two countries could meet in Dar es Salaam next month to sign the deal if the question of the suspects was settled"]),
]
AGREEMENTS = [
    ("agreement", "an agreement to reopen their shared border", ["Burundi", "Rwanda"], "negotiating", None, "Zanzibar"),
    ("other", "a verification mechanism agreed in Arusha", ["Burundi", "Rwanda"], "collapsed", "2025", "Arusha"),
]
