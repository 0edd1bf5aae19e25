ID = "inv15-rappler-south-china-sea-code-of-conduct-talks-2026-10-14"
TITLE = "Manila pushes for binding sea code as ASEAN-China talks drag on"
PUB = "2026-10-14"
TEXT = """MANILA, Philippines – The Philippines will not accept a South China Sea code of conduct that lacks teeth, a senior diplomat said on Tuesday, October 14, as negotiators from Southeast Asia and China opened another round of talks in Cebu City with a self-imposed deadline only weeks away.

Manila wants a code that binds all parties, not "a poster on the wall," Undersecretary Leandro Villaroman Dizon told reporters at the Department of Foreign Affairs (DFA) in Pasay.

"A code that nobody can enforce is just a press release," Dizon said. "We have had enough press releases."

The Association of Southeast Asian Nations (ASEAN) and China agreed in 2023 to finish the code within three years. Diplomats involved in the talks say the two sides remain far apart on three points: whether the code will be legally binding, which waters it will cover, and whether outside powers may hold exercises in the area.

Beijing has resisted any mention of the 2016 arbitral ruling, which found that China's claims to most of the sea had no legal basis. Chinese Foreign Ministry spokesperson Lin Haoran said in Beijing that the code should "keep out interference from countries outside the region" and that China had shown "maximum sincerity".

Vietnam and Malaysia, which also have claims in the Spratly Islands, have sided with Manila on a binding text, according to a Southeast Asian diplomat who asked not to be named because the talks are confidential. Indonesia, which chairs the working group this year, is trying to draft a compromise. Its senior negotiator, Ratna Puspitasari, said the goal was "a code that all ten members and China can sign, not a perfect one."

At sea, tensions continue. The Philippine Coast Guard (PCG) said a China Coast Guard vessel fired a water cannon at a supply boat near Second Thomas Shoal on Sunday, injuring two crew members. PCG spokesperson Commodore Rafael Abaya Cortez said the ship also blocked the boat "in a dangerous manner".

The China Coast Guard said it had taken "necessary control measures" against vessels that "illegally intruded" into Chinese waters.

Fishermen from Masinloc in Zambales province say they have given up sailing to Scarborough Shoal. "We used to stay there for a week. Now we are chased away after one night," said Ernesto Balagtas, 52, who leads a fishers' cooperative in the town.

The Armed Forces of the Philippines said it would continue resupply missions to the BRP Sierra Madre, a navy ship grounded on Second Thomas Shoal since 1999.

Senator Gloria Macaraeg, who chairs the Senate foreign relations committee, urged the government to walk away from the talks if China refused a binding text. "Better no code than a code that legalises bullying," she said.

Analysts are skeptical that a deal is near. Jose Antonio Villareal, a maritime law expert at the University of the Philippines, said the deadline would probably slip "as it has slipped every time before".

The next round is scheduled for January in Kuala Lumpur."""
ENTITIES = [
    ("Philippines", "State", ["Manila"], "Q928"),
    ("South China Sea", "Location", [], None),
    ("China", "State", ["Beijing"], "Q148"),
    ("Southeast Asia", "Location", [], None),
    ("Cebu City", "Location", [], None),
    ("Leandro Villaroman Dizon", "Person", ["Dizon"], None),
    ("Department of Foreign Affairs", "Organization", ["DFA"], None),
    ("Pasay", "Location", [], None),
    ("Association of Southeast Asian Nations", "Organization", ["ASEAN"], "Q7768"),
    ("Diplomats involved in the talks", "Group", [], None),
    ("Chinese Foreign Ministry", "Organization", [], None),
    ("Lin Haoran", "Person", [], None),
    ("Vietnam", "State", [], "Q881"),
    ("Malaysia", "State", [], "Q833"),
    ("Spratly Islands", "Location", [], None),
    ("a Southeast Asian diplomat who asked not to be named", "Group", [], None),
    ("Indonesia", "State", [], "Q252"),
    ("Ratna Puspitasari", "Person", [], None),
    ("Philippine Coast Guard", "Organization", ["PCG"], None),
    ("China Coast Guard", "Organization", [], None),
    ("Second Thomas Shoal", "Location", [], None),
    ("Rafael Abaya Cortez", "Person", [], None),
    ("Fishermen from Masinloc", "Group", [], None),
    ("Masinloc", "Location", [], None),
    ("Zambales", "Location", [], None),
    ("Scarborough Shoal", "Location", [], "Q628716"),
    ("Ernesto Balagtas", "Person", [], None),
    ("Armed Forces of the Philippines", "Organization", [], None),
    ("BRP Sierra Madre", "Location", [], None),
    ("Gloria Macaraeg", "Person", [], None),
    ("Senate foreign relations committee", "Organization", [], None),
    ("Analysts", "Group", [], None),
    ("Jose Antonio Villareal", "Person", [], None),
    ("University of the Philippines", "Organization", [], None),
    ("Kuala Lumpur", "Location", [], "Q1865"),
]
STATEMENTS = [
    ("indirect", "Leandro Villaroman Dizon", "said", ["The Philippines will not accept a South China Sea code of conduct that lacks teeth"]),
    ("indirect", "Leandro Villaroman Dizon", "told reporters", ["Manila wants a code that binds all parties, not \"a poster on the wall,\""]),
    ("direct", "Leandro Villaroman Dizon", "Dizon said", ["A code that nobody can enforce is just a press release,", "We have had enough press releases."]),
    ("indirect", "Diplomats involved in the talks", "say", ["the two sides remain far apart on three points"]),
    ("indirect", "Lin Haoran", "said", ["the code should \"keep out interference from countries outside the region\""]),
    ("indirect", "Lin Haoran", "said", ["China had shown \"maximum sincerity\""]),
    ("indirect", "a Southeast Asian diplomat who asked not to be named", "according to", ["Vietnam and Malaysia, which also have claims in the Spratly Islands, have sided with Manila on a binding text"]),
    ("indirect", "Ratna Puspitasari", "said", ["the goal was \"a code that all ten members and China can sign, not a perfect one.\""]),
    ("indirect", "Philippine Coast Guard", "said", ["a China Coast Guard vessel fired a water cannon at a supply boat near Second Thomas Shoal on Sunday, injuring two crew members"]),
    ("indirect", "Rafael Abaya Cortez", "said", ["the ship also blocked the boat \"in a dangerous manner\""]),
    ("indirect", "China Coast Guard", "said", ["it had taken \"necessary control measures\" against vessels that \"illegally intruded\" into Chinese waters"]),
    ("indirect", "Fishermen from Masinloc", "say", ["they have given up sailing to Scarborough Shoal"]),
    ("direct", "Ernesto Balagtas", "said", ["We used to stay there for a week. Now we are chased away after one night,"]),
    ("indirect", "Armed Forces of the Philippines", "said", ["it would continue resupply missions to the BRP Sierra Madre"]),
    ("indirect", "Gloria Macaraeg", "urged", ["the government to walk away from the talks if China refused a binding text"]),
    ("direct", "Gloria Macaraeg", "she said", ["Better no code than a code that legalises bullying,"]),
    ("indirect", "Jose Antonio Villareal", "said", ["the deadline would probably slip \"as it has slipped every time before\""]),
]
AGREEMENTS = [
    ("other", "code of conduct", ["Association of Southeast Asian Nations", "China"], "negotiating", None, None),
]
