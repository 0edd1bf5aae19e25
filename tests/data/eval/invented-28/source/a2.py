ID = "inv28-rudaw-iraq-kurdistan-oil-export-salaries-talks-2026-09-29"
TITLE = "Erbil and Baghdad end oil talks without deal on export volumes"
PUB = "2026-09-29"
TEXT = """ERBIL, Kurdistan Region - Two days of talks between the Kurdistan Regional Government and the federal government in Baghdad on oil exports ended on Monday without an agreement on volumes, a KRG spokesman said.

Peshawa Hawramani, the KRG spokesman, told Rudaw that the two delegations had agreed on a technical committee but not on how many barrels the region should hand over each day. "We came with numbers, and they came with conditions," he said.

Iraq's Ministry of Oil said the region had delivered less crude to the State Organization for Marketing of Oil than it promised in the budget law. The ministry accused Erbil of selling oil by truck to buyers outside the federal system. It said revenues from such sales "belong to all Iraqis."

Erbil denies the charge. The KRG's Ministry of Natural Resources said every barrel leaving the region was now metered, and that the figures were shared with Baghdad each week.

The talks were the first since the pipeline to the Turkish port of Ceyhan reopened in the spring. Under an agreement Baghdad and Erbil signed in April 2023, the region must sell its oil through the federal marketing company in return for its share of the budget.

An Iraqi official who attended the talks said on condition of anonymity that the federal side wanted a daily figure of 400,000 barrels. According to the official, the Kurdish delegation offered 280,000.

Kurdish civil servants have not been paid for two months. Salaries are the question most people in the region care about, said Shirin Aziz, a teacher in Sulaymaniyah. "I teach sixty children and I borrow money for bread," she said. Her colleague, Dler Omar, said half the staff at the school now worked a second job.

The Association of the Petroleum Industry of Kurdistan, which represents foreign oil firms, has warned that production could fall if payments to companies stay frozen. Its spokesperson, Rebecca Lund, said firms were owed more than a billion dollars.

Iraqi lawmakers from the Coordination Framework accused the KRG of using salaries as a bargaining chip. Kurdish MPs in Baghdad accused the federal government of punishing public employees for a dispute between politicians.

Prime Minister Mohammed Shia al-Sudani's office said the committee would meet again in Baghdad next week. It added that salaries for September would be released once the region delivered its share.

Analyst Kamal Chomani of the Tahrir Institute said neither side could afford a long stand-off before the elections. He said Baghdad "needs Kurdish votes and Erbil needs Baghdad's money.\""""
ENTITIES = [
    ("Kurdistan Regional Government", "Organization", ["KRG", "Erbil", "ERBIL"], None),
    ("Iraq", "State", ["Baghdad"], "Q796"),
    ("Kurdistan Region", "Location", [], None),
    ("Peshawa Hawramani", "Person", [], None),
    ("Rudaw", "Organization", [], None),
    ("Iraq's Ministry of Oil", "Organization", ["The ministry"], None),
    ("State Organization for Marketing of Oil", "Organization", [], None),
    ("KRG's Ministry of Natural Resources", "Organization", [], None),
    ("Ceyhan", "Location", [], None),
    ("An Iraqi official who attended the talks", "Group", ["the official"], None),
    ("Shirin Aziz", "Person", [], None),
    ("Sulaymaniyah", "Location", [], None),
    ("Dler Omar", "Person", [], None),
    ("Association of the Petroleum Industry of Kurdistan", "Organization", [], None),
    ("Rebecca Lund", "Person", [], None),
    ("Iraqi lawmakers from the Coordination Framework", "Group", [], None),
    ("Kurdish MPs in Baghdad", "Group", [], None),
    ("Mohammed Shia al-Sudani", "Person", [], None),
    ("Prime Minister Mohammed Shia al-Sudani's office", "Group", [], None),
    ("Kamal Chomani", "Person", [], None),
    ("Tahrir Institute", "Organization", [], None),
]
K = "Kurdistan Regional Government"
MO = "Iraq's Ministry of Oil"
PM = "Prime Minister Mohammed Shia al-Sudani's office"
STATEMENTS = [
    ("indirect", K, "a KRG spokesman said", ["Two days of talks between the Kurdistan Regional Government and the federal government in Baghdad on oil exports ended on Monday without an agreement on volumes"]),
    ("indirect", "Peshawa Hawramani", "told Rudaw", ["the two delegations had agreed on a technical committee but not on how many barrels the region should hand over each day"]),
    ("direct", "Peshawa Hawramani", "he said", ["We came with numbers, and they came with conditions,"]),
    ("indirect", MO, "said", ["the region had delivered less crude to the State Organization for Marketing of Oil than it promised in the budget law"]),
    ("indirect", MO, "accused", ["Erbil of selling oil by truck to buyers outside the federal system"]),
    ("partial", MO, "It said", ['revenues from such sales "belong to all Iraqis."']),
    ("indirect", "KRG's Ministry of Natural Resources", "said", ["every barrel leaving the region was now metered"]),
    ("indirect", "KRG's Ministry of Natural Resources", "said", ["the figures were shared with Baghdad each week"]),
    ("indirect", "An Iraqi official who attended the talks", "said on condition of anonymity", ["the federal side wanted a daily figure of 400,000 barrels"]),
    ("indirect", "An Iraqi official who attended the talks", "According to", ["the Kurdish delegation offered 280,000"]),
    ("indirect", "Shirin Aziz", "said", ["Salaries are the question most people in the region care about"]),
    ("direct", "Shirin Aziz", "she said", ["I teach sixty children and I borrow money for bread,"]),
    ("indirect", "Dler Omar", "said", ["half the staff at the school now worked a second job"]),
    ("indirect", "Association of the Petroleum Industry of Kurdistan", "has warned", ["production could fall if payments to companies stay frozen"]),
    ("indirect", "Rebecca Lund", "said", ["firms were owed more than a billion dollars"]),
    ("indirect", "Iraqi lawmakers from the Coordination Framework", "accused", ["the KRG of using salaries as a bargaining chip"]),
    ("indirect", "Kurdish MPs in Baghdad", "accused", ["the federal government of punishing public employees for a dispute between politicians"]),
    ("indirect", PM, "said", ["the committee would meet again in Baghdad next week"]),
    ("indirect", PM, "It added", ["salaries for September would be released once the region delivered its share"]),
    ("indirect", "Kamal Chomani", "said", ["neither side could afford a long stand-off before the elections"]),
    ("partial", "Kamal Chomani", "He said", ['Baghdad "needs Kurdish votes and Erbil needs Baghdad\'s money."']),
]
AGREEMENTS = [
    ("agreement", "an agreement Baghdad and Erbil signed in April 2023", ["Iraq", "Kurdistan Regional Government"], "in-force", "2023-04", None),
]
