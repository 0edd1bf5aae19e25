ID = "inv37-lorienttoday-lebanon-syria-border-demarcation-protocol-2026-10-08"
TITLE = "Lebanon and Syria sign first border demarcation protocol, but Shebaa stays off the map"
PUB = "2026-10-08"
TEXT = """BEIRUT — Lebanon and Syria signed on Monday a protocol that fixes the first stretch of their land border, a 22-kilometre section between Wadi Khaled and the Nahr al-Kabir river, the first time the two countries have put any part of their shared frontier on paper since independence.

The protocol was signed at the Grand Serail by the heads of the two technical committees, and it will only enter into force once both cabinets have approved it, Defence Minister Fadi Khoury told L'Orient Today. "This is not the whole border, but it is the first line that both states have drawn together," he said.

The text also includes a second official crossing at Qusayr, which Damascus first proposed in June. Lebanese officials had initially resisted the idea, fearing it would become a smuggling route, but agreed to it in the last round of talks after Syria accepted joint customs inspections, according to a Lebanese army officer who took part in the negotiations. "The crossing was the price, and the inspections were what we got for it," the officer said.

Syria's Foreign Ministry said in a statement carried by the official SANA news agency that the protocol showed "a new spirit of respect for the sovereignty of the two brotherly countries." It said work on the next section, around the Hermel district, would begin in November.

The committees were set up under an agreement signed in Jeddah in March 2025 under Saudi mediation, which remains the framework for the talks. Saudi Arabia's embassy in Beirut welcomed the protocol and said the kingdom would continue to support "the two brotherly states."

The 1991 Treaty of Brotherhood, Cooperation and Coordination, which for decades tied Lebanon's security and foreign policy to Damascus, is no longer part of the picture: Beirut withdrew from it in February, and the Syrian authorities did not object.

The Shebaa Farms, occupied by Israel since 1967, were left out. Lebanon asked that they be included in the demarcation, but the Syrian delegation said the area could not be mapped while it remained under occupation. No agreement was reached on the maritime boundary either; talks on it opened in September and have not produced a text.

In Hermel, where clashes between Syrian forces and armed Lebanese clans killed more than a dozen people last year, residents said the border had been calm since a ceasefire agreed by the two armies in April 2025. "We sleep at night now. That is already a lot," said Hussein Jaafar, a farmer from Qasr.

MP Rita Haddad of the Kataeb party accused the government of "signing away twenty-two kilometres to celebrate two." She said parliament should have a vote on every section.

Mona Sleiman, a researcher at the Carnegie Middle East Center, said the protocol mattered less for the line it drew than for the precedent it set. "For the first time, Damascus is treating Lebanon as a neighbour with a border, not as a province," she said."""
ENTITIES = [
    ("Lebanon", "State", ["Beirut"], "Q822"),
    ("Syria", "State", ["Damascus"], "Q858"),
    ("Wadi Khaled", "Location", [], None),
    ("Nahr al-Kabir", "Location", [], None),
    ("Grand Serail", "Location", [], None),
    ("Fadi Khoury", "Person", [], None),
    ("L'Orient Today", "Organization", [], None),
    ("Qusayr", "Location", [], None),
    ("a Lebanese army officer who took part in the negotiations", "Group", ["the officer"], None),
    ("Syria's Foreign Ministry", "Organization", [], None),
    ("SANA", "Organization", [], None),
    ("Hermel", "Location", [], None),
    ("Jeddah", "Location", [], "Q374365"),
    ("Saudi Arabia's embassy in Beirut", "Organization", [], None),
    ("Saudi Arabia", "State", [], "Q851"),
    ("Shebaa Farms", "Location", [], None),
    ("Israel", "State", [], "Q801"),
    ("residents", "Group", [], None),
    ("Hussein Jaafar", "Person", [], None),
    ("Qasr", "Location", [], None),
    ("Rita Haddad", "Person", [], None),
    ("Kataeb", "Organization", [], None),
    ("Mona Sleiman", "Person", [], None),
    ("Carnegie Middle East Center", "Organization", [], None),
]
OFFICER = "a Lebanese army officer who took part in the negotiations"
STATEMENTS = [
    ("indirect", "Fadi Khoury", "told L'Orient Today", ["The protocol was signed at the Grand Serail by the heads of the two technical committees, and it will only enter into force once both cabinets have approved it"]),
    ("direct", "Fadi Khoury", "he said", ["This is not the whole border, but it is the first line that both states have drawn together,"]),
    ("indirect", OFFICER, "according to", ["Lebanese officials had initially resisted the idea, fearing it would become a smuggling route, but agreed to it in the last round of talks after Syria accepted joint customs inspections"]),
    ("direct", OFFICER, "the officer said", ["The crossing was the price, and the inspections were what we got for it,"]),
    ("partial", "Syria's Foreign Ministry", "said in a statement", ['the protocol showed "a new spirit of respect for the sovereignty of the two brotherly countries."']),
    ("indirect", "Syria's Foreign Ministry", "It said", ["work on the next section, around the Hermel district, would begin in November"]),
    ("partial", "Saudi Arabia's embassy in Beirut", "said", ['the kingdom would continue to support "the two brotherly states."']),
    ("indirect", "Syria", "said", ["the area could not be mapped while it remained under occupation"]),
    ("indirect", "residents", "said", ["the border had been calm since a ceasefire agreed by the two armies in April 2025"]),
    ("direct", "Hussein Jaafar", "said", ["We sleep at night now. That is already a lot,"]),
    ("partial", "Rita Haddad", "accused", ['the government of "signing away twenty-two kilometres to celebrate two."']),
    ("indirect", "Rita Haddad", "She said", ["parliament should have a vote on every section"]),
    ("indirect", "Mona Sleiman", "said", ["the protocol mattered less for the line it drew than for the precedent it set"]),
    ("direct", "Mona Sleiman", "she said", ["For the first time, Damascus is treating Lebanon as a neighbour with a border, not as a province,"]),
]
AGREEMENTS = [
    ("protocol", "a protocol that fixes the first stretch of their land border", ["Lebanon", "Syria"], "signed", "2026-10-05", "Grand Serail"),
    ("proposal", "a second official crossing at Qusayr", ["Syria", "Lebanon"], "reached", None, None),
    ("agreement", "an agreement signed in Jeddah in March 2025", ["Lebanon", "Syria"], "in-force", "2025-03", "Jeddah"),
    ("treaty", "The 1991 Treaty of Brotherhood, Cooperation and Coordination", ["Lebanon", "Syria"], "withdrawn", "1991", None),
    ("ceasefire", "a ceasefire agreed by the two armies", ["Lebanon", "Syria"], "in-force", "2025-04", None),
]
