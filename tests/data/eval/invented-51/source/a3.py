ID = "inv51-khmertimes-cambodia-vietnam-funan-techo-data-mou-2026-09-24"
TITLE = "Cambodia, Vietnam ink MoU on Funan Techo water data; Hanoi still wants joint study"
PUB = "2026-09-24"
TEXT = """Cambodia and Vietnam yesterday signed a memorandum of understanding to share water-level and sediment data from the Funan Techo Canal, easing a two-year dispute over the effect of the 180-kilometre waterway on the Mekong Delta.

The MoU was signed in Phnom Penh by Minister of Water Resources and Meteorology Sok Vannarith and Vietnamese Deputy Minister of Agriculture and Environment Le Minh Duc. Under it, both sides will exchange daily readings from six monitoring stations along the canal and the Bassac River during the rainy season.

"Cambodia has always been open. The Funan Techo Canal is a Cambodian project on Cambodian soil, but the water belongs to all of us," Vannarith said after the signing.

He said the canal would take less than one percent of the Mekong's dry-season flow, and added that the Kingdom would send the first data set to Hanoi before the end of October.

Duc described the agreement as "an important first step" but said Vietnam still hoped Cambodia would accept its proposal for a joint environmental impact assessment of the canal.

Vietnam's Ministry of Foreign Affairs said in a statement that Hanoi respected Cambodia's right to develop its waterways and that "transparency and consultation" would serve both peoples.

Government spokesman Chhay Sopheak told Khmer Times there was no need for a joint study.

"We have done our own studies, and we have given them to the Mekong River Commission," he said. "Nobody asked Vietnam for a joint study when it built its own dikes."

Under the 1995 Mekong Agreement, which Cambodia, Laos, Thailand and Vietnam signed in Chiang Rai, member states must notify the Mekong River Commission of projects on the river's tributaries. The commission, whose secretariat is in Vientiane, said it would help the two countries check the data and publish it on its website.

A senior official at the Ministry of Water Resources and Meteorology, who asked not to be named, said the technical teams had argued for weeks over where to place the stations.

"In the end we agreed on six. The Vietnamese wanted ten," the official said.

Rice farmers in An Giang province, across the border, say salty water has reached their fields earlier each year since work on the canal began.

"If the water level goes down even a little, the sea comes in," said Nguyen Van Tam, who grows rice near Chau Doc. He said he would believe the data when he saw it.

The canal, which is being built by Cambodian companies at a cost of about US$1.7 billion, will link Phnom Penh to the coast at Kep and let ships reach the sea without passing through Vietnam.

Dr Chea Sophal, a lecturer in international relations at the Royal University of Phnom Penh, said the MoU gave both governments a way to step back from the row.

"Data sharing is the least each side could offer," she said, adding that the harder test would come in the dry season."""
ENTITIES = [
    ("Cambodia", "State", ["the Kingdom"], "Q424"),
    ("Phnom Penh", "Location", [], None),
    ("Vietnam", "State", ["Hanoi"], "Q881"),
    ("Funan Techo Canal", "Location", [], None),
    ("Mekong Delta", "Location", [], None),
    ("Sok Vannarith", "Person", ["Vannarith"], None),
    ("Le Minh Duc", "Person", ["Duc"], None),
    ("Ministry of Water Resources and Meteorology", "Organization", [], None),
    ("Bassac River", "Location", [], None),
    ("Mekong", "Location", [], None),
    ("Vietnam's Ministry of Foreign Affairs", "Organization", [], None),
    ("Chhay Sopheak", "Person", [], None),
    ("Khmer Times", "Organization", [], None),
    ("Mekong River Commission", "Organization", ["The commission"], None),
    ("Vientiane", "Location", [], None),
    ("Laos", "State", [], "Q819"),
    ("Thailand", "State", [], "Q869"),
    ("Chiang Rai", "Location", [], None),
    ("A senior official at the Ministry of Water Resources and Meteorology", "Group", ["the official"], None),
    ("An Giang province", "Location", [], None),
    ("Rice farmers in An Giang province", "Group", [], None),
    ("Nguyen Van Tam", "Person", [], None),
    ("Chau Doc", "Location", [], None),
    ("Kep", "Location", [], None),
    ("Chea Sophal", "Person", [], None),
    ("Royal University of Phnom Penh", "Organization", [], None),
]
OFF = "A senior official at the Ministry of Water Resources and Meteorology"
STATEMENTS = [
    ("direct", "Sok Vannarith", "said", ["Cambodia has always been open. The Funan Techo Canal is a Cambodian project on Cambodian soil, but the water belongs to all of us,"]),
    ("indirect", "Sok Vannarith", "He said", ["the canal would take less than one percent of the Mekong's dry-season flow"]),
    ("indirect", "Sok Vannarith", "added", ["the Kingdom would send the first data set to Hanoi before the end of October"]),
    ("partial", "Le Minh Duc", "described", ['the agreement as "an important first step"']),
    ("indirect", "Le Minh Duc", "said", ["Vietnam still hoped Cambodia would accept its proposal for a joint environmental impact assessment of the canal"]),
    ("indirect", "Vietnam's Ministry of Foreign Affairs", "said in a statement", ["Hanoi respected Cambodia's right to develop its waterways"]),
    ("partial", "Vietnam's Ministry of Foreign Affairs", "said in a statement", ['"transparency and consultation" would serve both peoples']),
    ("indirect", "Chhay Sopheak", "told Khmer Times", ["there was no need for a joint study"]),
    ("direct", "Chhay Sopheak", "he said", ["We have done our own studies, and we have given them to the Mekong River Commission,", "Nobody asked Vietnam for a joint study when it built its own dikes."]),
    ("indirect", "Mekong River Commission", "said", ["it would help the two countries check the data and publish it on its website"]),
    ("indirect", OFF, "said", ["the technical teams had argued for weeks over where to place the stations"]),
    ("direct", OFF, "the official said", ["In the end we agreed on six. The Vietnamese wanted ten,"]),
    ("indirect", "Rice farmers in An Giang province", "say", ["salty water has reached their fields earlier each year since work on the canal began"]),
    ("direct", "Nguyen Van Tam", "said", ["If the water level goes down even a little, the sea comes in,"]),
    ("indirect", "Nguyen Van Tam", "He said", ["he would believe the data when he saw it"]),
    ("indirect", "Chea Sophal", "said", ["the MoU gave both governments a way to step back from the row"]),
    ("direct", "Chea Sophal", "she said", ["Data sharing is the least each side could offer,"]),
    ("indirect", "Chea Sophal", "adding", ["the harder test would come in the dry season"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding", ["Cambodia", "Vietnam"], "signed", "2026-09-23", "Phnom Penh"),
    ("proposal", "a joint environmental impact assessment", ["Vietnam"], "proposed", None, None),
    ("agreement", "the 1995 Mekong Agreement", ["Cambodia", "Laos", "Thailand", "Vietnam"], "in-force", "1995", "Chiang Rai"),
]
