ID = "inv10-feature-chad-sudan-adre-refugee-returns-2026-10-02"
TITLE = "At Adre, a return deal on paper and a border that will not stay quiet"
PUB = "2026-10-02"
TEXT = """The queue at the water point in Adre starts before dawn. Halime Abakar, who fled El Geneina with four children two years ago, has heard that the governments have agreed to send people home. She has also heard the shooting across the wadi at night. "Which one should I believe?" she asks.

On paper, the way home is now open. Last week in N'Djamena, Chad, Sudan and the United Nations refugee agency reached a tripartite agreement on the voluntary return of Sudanese refugees, the first since the war in Darfur began. The text still has to be signed by the three ministers, which officials expect in November.

The agency's representative in Chad, Marguerite Lindqvist, calls the agreement "a promise that nobody will be pushed back." Under it, no refugee can be returned without a written request, and families keep their refugee cards for a year after they cross.

Few people in the camps expect to use it soon. In July, a humanitarian truce between the Sudanese army and the Darfur Salvation Front around El Geneina held nine days before fighting resumed in the city's western districts. Aid convoys that had crossed from Adre turned back. The truce is often mentioned in the camps, usually with a shrug.

The border itself is governed by an older arrangement. Under a security accord that Chad and Sudan signed in 2021, a joint force of 1,500 soldiers patrols the frontier from Adre to Tine, and the accord remains in force on both sides, according to officials in N'Djamena. Chad's foreign minister, Abdelkerim Mahamat Issa, said the joint force "is the reason the war has not crossed the wadi."

Not all of Chad's partners are convinced. The Darfur Salvation Front says Chadian soldiers broke the accord by letting army trucks use the Adre crossing, a charge N'Djamena denies.

Aid agencies want more than a border that holds. The World Food Programme has proposed opening a second crossing at Tine for food convoys, which would cut a week from the journey to North Darfur. Chad has agreed in principle. The Sudanese government has not yet responded.

In Adre, the talk is about smaller things. A cash transfer deal that the World Food Programme signed with Chad's telecoms operators in 2025 lets families receive $40 a month on their phones. The deal was suspended for six weeks this summer when funding ran short, and restored in September.

Youssouf Haroun, a teacher from Mornei who now runs a school under a tarpaulin, says the return agreement will mean little until there is something to return to. "My house is a wall and a door," he says. "The door is on the ground."

Aid workers say about 700,000 Sudanese refugees now live in eastern Chad, more than the local population in several districts. The agency has asked donors for $630 million for the next twelve months and has received less than a third.

Halime Abakar says she will wait for the rains to end before she decides anything. At the water point, the queue moves forward one jerrycan at a time.
"""
ENTITIES = [
  ("Adre", "Location", [], None),
  ("Halime Abakar", "Person", [], None),
  ("El Geneina", "Location", [], None),
  ("N'Djamena", "Location", [], "Q3659"),
  ("Chad", "State", ["N'Djamena"], None),
  ("Sudan", "State", [], None),
  ("Office of the United Nations High Commissioner for Refugees", "Organization", ["the United Nations refugee agency", "The agency"], None),
  ("Darfur", "Location", [], None),
  ("Marguerite Lindqvist", "Person", [], None),
  ("Sudanese army", "ArmedGroup", [], None),
  ("Darfur Salvation Front", "ArmedGroup", [], None),
  ("Tine", "Location", [], None),
  ("Abdelkerim Mahamat Issa", "Person", [], None),
  ("World Food Programme", "Organization", [], None),
  ("North Darfur", "Location", [], None),
  ("Youssouf Haroun", "Person", [], None),
  ("Mornei", "Location", [], None),
  ("Aid workers", "Group", [], None),
  ("officials in N'Djamena", "Group", [], None),
  ("Chad's telecoms operators", "Group", [], None),
]
STATEMENTS = [
  ("direct", "Halime Abakar", "asks", ["Which one should I believe?"]),
  ("partial", "Marguerite Lindqvist", "calls", ['the agreement "a promise that nobody will be pushed back."']),
  ("partial", "Abdelkerim Mahamat Issa", "said", ['the joint force "is the reason the war has not crossed the wadi."']),
  ("indirect", "Darfur Salvation Front", "says", ["Chadian soldiers broke the accord by letting army trucks use the Adre crossing"]),
  ("indirect", "Youssouf Haroun", "says", ["the return agreement will mean little until there is something to return to"]),
  ("direct", "Youssouf Haroun", "says", ["My house is a wall and a door,", "The door is on the ground."]),
  ("indirect", "Aid workers", "say", ["about 700,000 Sudanese refugees now live in eastern Chad, more than the local population in several districts"]),
  ("indirect", "Halime Abakar", "says", ["she will wait for the rains to end before she decides anything"]),
]
AGREEMENTS = [
  ("agreement", "a tripartite agreement on the voluntary return of Sudanese refugees", ["Chad", "Sudan", "Office of the United Nations High Commissioner for Refugees"], "reached", "2026-09", "N'Djamena"),
  ("truce", "a humanitarian truce between the Sudanese army and the Darfur Salvation Front around El Geneina", ["Sudanese army", "Darfur Salvation Front"], "collapsed", "2026-07", "El Geneina"),
  ("accord", "a security accord that Chad and Sudan signed in 2021", ["Chad", "Sudan"], "in-force", "2021", None),
  ("proposal", "opening a second crossing at Tine for food convoys", ["World Food Programme"], "proposed", None, None),
  ("deal", "A cash transfer deal that the World Food Programme signed with Chad's telecoms operators in 2025", ["World Food Programme", "Chad's telecoms operators"], "in-force", "2025", None),
]
