ID = "inv16-hindustantimes-india-bangladesh-border-fencing-talks-2026-08-27"
TITLE = "BSF, BGB agree on joint patrols, fail to settle fencing row at Delhi talks"
PUB = "2026-08-27"
TEXT = """New Delhi: India's Border Security Force (BSF) and Border Guard Bangladesh (BGB) on Wednesday agreed to resume coordinated patrols along vulnerable stretches of the 4,096-km frontier, but failed to resolve a months-long dispute over fencing near the zero line, officials familiar with the matter said.

The four-day talks between the heads of the two forces ended in New Delhi with the signing of a joint record of discussions, the BSF said in a statement. The document commits both sides to share real-time information on smuggling and cross-border crime and to hold sector-level meetings every month.

BSF director general Daljit Singh Chawla led the Indian delegation, while the Bangladeshi side was headed by BGB chief Major General Ashrafuzzaman Siddiqui. The meeting was the first at this level since the interim government led by Muhammad Yunus took office in Dhaka in August 2024.

"Both forces have agreed that no innocent life should be lost on the border," Chawla told reporters after the signing. "We will use non-lethal means wherever possible." He added that the BSF had "nothing to hide" on the fencing question and would share its plans with the BGB.

The fencing issue has strained ties since January, when Dhaka summoned India's high commissioner, Pranay Verma, to protest against what it called attempts to build fences inside the 150-yard zone on either side of the border. Under the 1975 joint guidelines for border authorities, neither side may build defensive structures within that zone without the other's consent.

A senior BGB officer, who did not want to be named, said the Bangladeshi delegation had raised the killing of civilians by border guards "at every session". "Our people are not smugglers just because they live near the border," the officer said.

Indian officials insist that the fences are single-row structures meant to stop cattle smuggling and infiltration, not defensive works. A home ministry official said the government had completed fencing on nearly 3,200 km of the frontier and that the rest ran through rivers and marshland in West Bengal, Assam and Meghalaya.

The Ministry of External Affairs (MEA) described the talks as "constructive". Its spokesperson, Randhir Jaiswal, said at the weekly briefing that India wanted "a stable, peaceful and secure border" with Bangladesh and that all issues would be settled through existing mechanisms.

Bangladesh's foreign affairs adviser, Tauhid Hossain, struck a cautious note in Dhaka. He said the joint record was "a good first step" but warned that trust would depend on what happened on the ground.

Experts said the talks reflected an effort by both governments to steady relations that have cooled since Sheikh Hasina, the former Bangladeshi prime minister, fled to India. "Delhi and Dhaka need each other more than either side admits," said Sreeradha Datta, a professor at the Jindal School of International Affairs. "The border is where that need is tested every night."

A BSF officer posted in Cooch Behar said patrols had already been stepped up along the riverine stretches ahead of the festival season, when smuggling of cattle and cough syrup usually rises.

The next round of talks at the director general level will be held in Dhaka in February, the BSF said."""
ENTITIES = [
    ("India", "State", ["Delhi"], "Q668"),
    ("Border Security Force", "Organization", ["BSF"], None),
    ("Border Guard Bangladesh", "Organization", ["BGB"], None),
    ("officials familiar with the matter", "Group", [], None),
    ("New Delhi", "Location", [], "Q987"),
    ("Daljit Singh Chawla", "Person", ["Chawla"], None),
    ("Ashrafuzzaman Siddiqui", "Person", [], None),
    ("Muhammad Yunus", "Person", [], None),
    ("Bangladesh", "State", ["Dhaka"], "Q902"),
    ("Pranay Verma", "Person", [], None),
    ("A senior BGB officer", "Group", ["the officer"], None),
    ("A home ministry official", "Group", [], None),
    ("West Bengal", "Location", [], None),
    ("Assam", "Location", [], None),
    ("Meghalaya", "Location", [], None),
    ("Ministry of External Affairs", "Organization", ["MEA"], None),
    ("Randhir Jaiswal", "Person", [], None),
    ("Tauhid Hossain", "Person", [], None),
    ("Experts", "Group", [], None),
    ("Sheikh Hasina", "Person", [], None),
    ("Sreeradha Datta", "Person", [], None),
    ("Jindal School of International Affairs", "Organization", [], None),
    ("A BSF officer posted in Cooch Behar", "Group", [], None),
    ("Cooch Behar", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "officials familiar with the matter", "said", ["India's Border Security Force (BSF) and Border Guard Bangladesh (BGB) on Wednesday agreed to resume coordinated patrols along vulnerable stretches of the 4,096-km frontier, but failed to resolve a months-long dispute over fencing near the zero line"]),
    ("indirect", "Border Security Force", "the BSF said in a statement", ["The four-day talks between the heads of the two forces ended in New Delhi with the signing of a joint record of discussions"]),
    ("direct", "Daljit Singh Chawla", "Chawla told reporters", ["Both forces have agreed that no innocent life should be lost on the border,", "We will use non-lethal means wherever possible."]),
    ("indirect", "Daljit Singh Chawla", "He added", ["the BSF had \"nothing to hide\" on the fencing question and would share its plans with the BGB"]),
    ("indirect", "A senior BGB officer", "said", ["the Bangladeshi delegation had raised the killing of civilians by border guards \"at every session\""]),
    ("direct", "A senior BGB officer", "the officer said", ["Our people are not smugglers just because they live near the border,"]),
    ("indirect", "India", "insist", ["the fences are single-row structures meant to stop cattle smuggling and infiltration, not defensive works"]),
    ("indirect", "A home ministry official", "said", ["the government had completed fencing on nearly 3,200 km of the frontier"]),
    ("indirect", "A home ministry official", "said", ["the rest ran through rivers and marshland in West Bengal, Assam and Meghalaya"]),
    ("partial", "Ministry of External Affairs", "described", ["constructive"]),
    ("indirect", "Randhir Jaiswal", "said", ["India wanted \"a stable, peaceful and secure border\" with Bangladesh"]),
    ("indirect", "Randhir Jaiswal", "said", ["all issues would be settled through existing mechanisms"]),
    ("indirect", "Tauhid Hossain", "He said", ["the joint record was \"a good first step\""]),
    ("indirect", "Tauhid Hossain", "warned", ["trust would depend on what happened on the ground"]),
    ("indirect", "Experts", "said", ["the talks reflected an effort by both governments to steady relations that have cooled since Sheikh Hasina, the former Bangladeshi prime minister, fled to India"]),
    ("direct", "Sreeradha Datta", "said Sreeradha Datta", ["Delhi and Dhaka need each other more than either side admits,", "The border is where that need is tested every night."]),
    ("indirect", "A BSF officer posted in Cooch Behar", "said", ["patrols had already been stepped up along the riverine stretches ahead of the festival season, when smuggling of cattle and cough syrup usually rises"]),
    ("indirect", "Border Security Force", "the BSF said", ["The next round of talks at the director general level will be held in Dhaka in February"]),
]
AGREEMENTS = [
    ("other", "a joint record of discussions", ["Border Security Force", "Border Guard Bangladesh"], "signed", None, "New Delhi"),
    ("other", "the 1975 joint guidelines", ["India", "Bangladesh"], "in-force", None, None),
]
