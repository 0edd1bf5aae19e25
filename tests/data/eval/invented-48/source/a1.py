ID = "inv48-theeastafrican-burundi-red-tabara-truce-dar-es-salaam-2026-09-14"
TITLE = "Burundi, RED-Tabara rebels agree truce at Tanzania-hosted talks; prisoner swap left hanging"
PUB = "2026-09-14"
TEXT = """Burundi's government and the RED-Tabara rebel movement have agreed to a 90-day truce in the hills above Lake Tanganyika, after four days of closed-door talks in Dar es Salaam hosted by Tanzania.

The truce, signed on Saturday by Interior Minister Pascal Ndikumana and the group's political commissioner, Alexis Kwizera, commits both sides to halting attacks in Bubanza and Cibitoke provinces and to letting aid convoys through. Tanzania's Ministry of Foreign Affairs, which facilitated the talks, said in a statement that the two delegations would meet again in October to discuss "the next phase."

Mr Ndikumana told The EastAfrican that Gitega had come to Dar es Salaam "to end the suffering of our people, not to reward those who caused it." He said the army would stay in its positions but would not open fire unless attacked.

Mr Kwizera, speaking by phone from Dar es Salaam, said the movement would respect the truce "as long as the other side does." He accused the government of holding more than 200 of its fighters in secret detention.

RED-Tabara had proposed an exchange of prisoners before the talks opened, offering to free eleven soldiers it captured last year in return for its detained members. Gitega rejected the proposal, and the final text does not mention detainees.

"We cannot trade citizens for criminals," a senior official in the Burundian presidency said on condition of anonymity. The official added that the question could be raised in October.

Tanzanian Foreign Minister Grace Mwakalinga, who chaired the last session, said both governments of the region had an interest in a quiet border. She said Tanzania was not a guarantor of the deal and would not send monitors.

The Democratic Republic of Congo, where RED-Tabara fighters have long kept rear bases in the highlands of South Kivu, was not represented in Dar es Salaam. A spokesman for the Congolese army, Maj. Jean-Claude Mbala, said Kinshasa "takes note" of the truce but would keep pursuing foreign armed groups on its soil.

Analysts were cautious. "Truces in this region tend to hold as long as nobody needs to fight," said Esther Nizigiyimana, a researcher at the Great Lakes Policy Institute in Kampala. She noted that the two sides had signed a similar ceasefire in 2021 that broke down within weeks.

The Arusha Accords, which ended Burundi's civil war in 2000, remain the reference for both sides, though RED-Tabara says the government has stopped applying their power-sharing rules.

In Cibitoke, residents said they wanted to see the roads open before they believed in the truce. "We have heard peace announced on the radio before," said Béatrice Hakizimana, a farmer from Rugombo."""
ENTITIES = [
    ("Burundi", "State", ["Gitega"], "Q967"),
    ("RED-Tabara", "ArmedGroup", [], None),
    ("Lake Tanganyika", "Location", [], None),
    ("Dar es Salaam", "Location", [], None),
    ("Tanzania", "State", [], "Q924"),
    ("Pascal Ndikumana", "Person", ["Mr Ndikumana"], None),
    ("Alexis Kwizera", "Person", ["Mr Kwizera"], None),
    ("Bubanza", "Location", [], None),
    ("Cibitoke", "Location", [], None),
    ("Tanzania's Ministry of Foreign Affairs", "Organization", [], None),
    ("The EastAfrican", "Organization", [], None),
    ("a senior official in the Burundian presidency", "Group", ["The official"], None),
    ("Grace Mwakalinga", "Person", [], None),
    ("Democratic Republic of Congo", "State", ["Kinshasa"], "Q974"),
    ("South Kivu", "Location", [], None),
    ("Jean-Claude Mbala", "Person", [], None),
    ("Esther Nizigiyimana", "Person", [], None),
    ("Great Lakes Policy Institute", "Organization", [], None),
    ("Kampala", "Location", [], None),
    ("residents", "Group", [], None),
    ("Béatrice Hakizimana", "Person", [], None),
    ("Rugombo", "Location", [], None),
]
SO = "a senior official in the Burundian presidency"
STATEMENTS = [
    ("indirect", "Tanzania's Ministry of Foreign Affairs", "said in a statement", ['the two delegations would meet again in October to discuss "the next phase."']),
    ("partial", "Pascal Ndikumana", "told The EastAfrican", ['Gitega had come to Dar es Salaam "to end the suffering of our people, not to reward those who caused it."']),
    ("indirect", "Pascal Ndikumana", "He said", ["the army would stay in its positions but would not open fire unless attacked"]),
    ("partial", "Alexis Kwizera", "said", ['the movement would respect the truce "as long as the other side does."']),
    ("indirect", "Alexis Kwizera", "He accused", ["the government of holding more than 200 of its fighters in secret detention"]),
    ("direct", SO, "said", ["We cannot trade citizens for criminals,"]),
    ("indirect", SO, "The official added", ["the question could be raised in October"]),
    ("indirect", "Grace Mwakalinga", "said", ["both governments of the region had an interest in a quiet border"]),
    ("indirect", "Grace Mwakalinga", "She said", ["Tanzania was not a guarantor of the deal and would not send monitors"]),
    ("partial", "Jean-Claude Mbala", "said", ['Kinshasa "takes note" of the truce but would keep pursuing foreign armed groups on its soil']),
    ("direct", "Esther Nizigiyimana", "said", ["Truces in this region tend to hold as long as nobody needs to fight,"]),
    ("indirect", "Esther Nizigiyimana", "She noted", ["the two sides had signed a similar ceasefire in 2021 that broke down within weeks"]),
    ("indirect", "RED-Tabara", "says", ["the government has stopped applying their power-sharing rules"]),
    ("indirect", "residents", "said", ["they wanted to see the roads open before they believed in the truce"]),
    ("direct", "Béatrice Hakizimana", "said", ["We have heard peace announced on the radio before,"]),
]
AGREEMENTS = [
    ("truce", "a 90-day truce", ["Burundi", "RED-Tabara"], "signed", "2026-09-12", "Dar es Salaam"),
    ("proposal", "an exchange of prisoners", ["RED-Tabara"], "proposed", None, None),
    ("ceasefire", "a similar ceasefire", ["Burundi", "RED-Tabara"], "collapsed", "2021", None),
    ("accord", "The Arusha Accords", ["Burundi"], "in-force", "2000", None),
]
