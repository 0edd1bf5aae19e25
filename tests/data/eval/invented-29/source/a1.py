ID = "inv29-dawn-pakistan-iran-taftan-border-markets-agreement-2026-11-14"
TITLE = "Pakistan, Iran sign deal on Taftan border markets a year after barter arrangement collapsed"
PUB = "2026-11-14"
TEXT = """QUETTA: Pakistan and Iran signed an agreement on Friday to open three border markets near Taftan, the Ministry of Commerce said, a year after an earlier barter arrangement between traders of the two countries collapsed.

The agreement was signed in Zahedan by Commerce Minister Tariq Baloch and his Iranian counterpart, Mehdi Rostami, and will take effect on January 1, the ministry said in a statement. It added that traders on both sides would be allowed to sell food, fuel and building materials in local currency.

Mr Baloch told Dawn after the ceremony that the markets would give border families a lawful way to earn a living. He said smuggling had grown because people had been left with no other choice. "Every family in Chagai has someone who carries diesel," he said.

The earlier arrangement between the Quetta Chamber of Commerce and Industry and the Zahedan Chamber of Commerce let traders swap rice and fruit for Iranian fuel without cash. It was signed in 2023 but collapsed in October 2025, when Iran shut the Mirjaveh gate after militants killed four of its border guards.

Iran's foreign ministry spokesman, Reza Nouri, said the new markets would be open to registered traders only. "We want trade, not smuggling dressed up as trade," Nouri said.

Tehran has also proposed a joint patrol plan for the 900-kilometre frontier, under which border guards from both countries would share radio frequencies and meet every month. Pakistan's Ministry of Interior said it was studying the plan and would reply before the markets open.

At the Taftan bazaar, money changer Abdul Ghani Notezai said business had halved since the gate closed. "We sit here all day and count flies," he said. His stall, a plywood booth beside the old railway line, had not seen a customer since noon. A fuel carrier who gave only his first name, Jumma, said he hoped the markets would end the night crossings through the desert. "The sand is dangerous after dark," he said.

Analyst Sadia Rind of the Institute of Regional Studies said the deal would hold only if both sides kept the markets open during security alerts. She said the 2023 arrangement had failed for exactly that reason. "Every time there is an attack, the first thing that closes is the gate, and the last thing that opens is the gate," she said.

The Frontier Corps said extra checkposts would be set up near the markets before they open in January."""
ENTITIES = [
    ("Pakistan", "State", [], "Q843"),
    ("Iran", "State", ["Tehran"], "Q794"),
    ("Quetta", "Location", ["QUETTA"], None),
    ("Taftan", "Location", [], None),
    ("Ministry of Commerce", "Organization", ["the ministry"], None),
    ("Zahedan", "Location", [], None),
    ("Tariq Baloch", "Person", ["Mr Baloch"], None),
    ("Mehdi Rostami", "Person", [], None),
    ("Dawn", "Organization", [], None),
    ("Chagai", "Location", [], None),
    ("Quetta Chamber of Commerce and Industry", "Organization", [], None),
    ("Zahedan Chamber of Commerce", "Organization", [], None),
    ("Mirjaveh", "Location", [], None),
    ("militants", "Group", [], None),
    ("Iran's foreign ministry", "Organization", [], None),
    ("Reza Nouri", "Person", ["Nouri"], None),
    ("Pakistan's Ministry of Interior", "Organization", [], None),
    ("Abdul Ghani Notezai", "Person", [], None),
    ("Jumma", "Person", [], None),
    ("Sadia Rind", "Person", [], None),
    ("Institute of Regional Studies", "Organization", [], None),
    ("Frontier Corps", "Organization", [], None),
]
M = "Ministry of Commerce"
STATEMENTS = [
    ("indirect", M, "the Ministry of Commerce said", ["Pakistan and Iran signed an agreement on Friday to open three border markets near Taftan", "a year after an earlier barter arrangement between traders of the two countries collapsed"]),
    ("indirect", M, "the ministry said in a statement", ["The agreement was signed in Zahedan by Commerce Minister Tariq Baloch and his Iranian counterpart, Mehdi Rostami, and will take effect on January 1"]),
    ("indirect", M, "It added", ["traders on both sides would be allowed to sell food, fuel and building materials in local currency"]),
    ("indirect", "Tariq Baloch", "told Dawn", ["the markets would give border families a lawful way to earn a living"]),
    ("indirect", "Tariq Baloch", "He said", ["smuggling had grown because people had been left with no other choice"]),
    ("direct", "Tariq Baloch", "he said", ["Every family in Chagai has someone who carries diesel,"]),
    ("indirect", "Reza Nouri", "said", ["the new markets would be open to registered traders only"]),
    ("direct", "Reza Nouri", "Nouri said", ["We want trade, not smuggling dressed up as trade,"]),
    ("indirect", "Pakistan's Ministry of Interior", "said", ["it was studying the plan and would reply before the markets open"]),
    ("indirect", "Abdul Ghani Notezai", "said", ["business had halved since the gate closed"]),
    ("direct", "Abdul Ghani Notezai", "he said", ["We sit here all day and count flies,"]),
    ("indirect", "Jumma", "said", ["he hoped the markets would end the night crossings through the desert"]),
    ("direct", "Jumma", "he said", ["The sand is dangerous after dark,"]),
    ("indirect", "Sadia Rind", "said", ["the deal would hold only if both sides kept the markets open during security alerts"]),
    ("indirect", "Sadia Rind", "She said", ["the 2023 arrangement had failed for exactly that reason"]),
    ("direct", "Sadia Rind", "she said", ["Every time there is an attack, the first thing that closes is the gate, and the last thing that opens is the gate,"]),
    ("indirect", "Frontier Corps", "said", ["extra checkposts would be set up near the markets before they open in January"]),
]
AGREEMENTS = [
    ("agreement", "an agreement on Friday to open three border markets near Taftan", ["Pakistan", "Iran"], "signed", "2026-11-13", "Zahedan"),
    ("agreement", "an earlier barter arrangement", ["Quetta Chamber of Commerce and Industry", "Zahedan Chamber of Commerce"], "collapsed", "2023", None),
    ("plan", "a joint patrol plan for the 900-kilometre frontier", ["Iran"], "proposed", None, None),
]
