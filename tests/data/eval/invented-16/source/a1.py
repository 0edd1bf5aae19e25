ID = "inv16-reuters-syria-sdf-army-integration-timetable-2026-02-12"
TITLE = "Syria, Kurdish-led SDF agree timetable to merge fighters into army - sources"
PUB = "2026-02-12"
TEXT = """DAMASCUS/QAMISHLI, Syria, Feb 12 (Reuters) - Syria's transitional government and the Kurdish-led Syrian Democratic Forces (SDF) have agreed on a timetable to fold the group's fighters into the national army, four people familiar with the talks said on Thursday, a step that could end months of deadlock over the country's northeast.

The timetable, drawn up at meetings in Damascus and the city of Hasakah over the past three weeks, would see SDF units join three new army divisions by the end of the year, the sources said. It has not been made public.

President Ahmed al-Sharaa met SDF commander Mazloum Abdi on Monday to approve the outline, according to two of the sources. The Syrian presidency described the meeting in a short statement as "positive and frank" but gave no details.

"We have reached an understanding on the military file, and the civilian file will follow," Abdi told Reuters by telephone from Qamishli. "Nobody in the northeast wants a return to fighting."

Syria's Defence Ministry said the integration would take place "in stages and under a single command," and that no unit would keep its own chain of orders. A ministry spokesman, Colonel Nizar al-Khatib, said officers from both sides would sit on a joint committee to oversee the process.

The deal builds on a framework agreement that Sharaa and Abdi signed last year, which promised to bring the northeast's border crossings, airport and oil and gas fields under state control. Implementation of that framework has repeatedly stalled.

Control of the oil fields in Deir el-Zor province remains unresolved, one of the sources said. Another said the two sides were still far apart on the future of the Asayish, the internal security force that polices Kurdish-run towns.

Officials of the Autonomous Administration of North and East Syria, the civilian body that runs much of the region, want guarantees for Kurdish language education and for local councils. Rojin Hesso, a co-chair of the administration's executive council, said the talks had "opened a door that was closed for a long time." She added that Damascus must now show it is "serious about partnership, not only about weapons."

The United States, which has backed the SDF in the fight against Islamic State since 2015, has pushed both sides to settle. A U.S. official said Washington welcomed "any step that keeps the pressure on ISIS," and that American troops would stay in the northeast for now.

Turkey, which regards the main Kurdish militia within the SDF, the YPG, as an offshoot of the outlawed Kurdistan Workers' Party (PKK), said it was following the talks closely. Turkish Foreign Minister Hakan Fidan told reporters in Ankara that Turkey would not accept "a disguised autonomous army" on its southern border.

The SDF still guards thousands of Islamic State suspects in prisons in Hasakah and camps such as al-Hol, where tens of thousands of women and children linked to the militants are held. Western governments have warned that any security vacuum there could let the group regroup.

Analysts said the timetable would test whether Sharaa, a former Islamist commander who took power after Bashar al-Assad was toppled in December 2024, can hold a divided country together. "This is the hardest file he has," said Dareen Haddad, a researcher at the Carnegie Middle East Center in Beirut. "If the northeast is settled peacefully, the coast and the south will read it as a model. If it fails, they will read that too."

The SDF's political wing, the Syrian Democratic Council, said in a statement that it would present the civilian proposals to the government next week."""
ENTITIES = [
    ("Syria", "State", ["Damascus"], "Q858"),
    ("Syrian Democratic Forces", "ArmedGroup", ["SDF"], None),
    ("four people familiar with the talks", "Group", ["the sources"], None),
    ("Hasakah", "Location", [], None),
    ("Ahmed al-Sharaa", "Person", ["Sharaa", "President Ahmed al-Sharaa"], None),
    ("Mazloum Abdi", "Person", ["Abdi"], None),
    ("two of the sources", "Group", [], None),
    ("Syrian presidency", "Organization", [], None),
    ("Reuters", "Organization", [], "Q130879"),
    ("Qamishli", "Location", [], None),
    ("Defence Ministry", "Organization", [], None),
    ("Nizar al-Khatib", "Person", [], None),
    ("Deir el-Zor", "Location", [], None),
    ("one of the sources", "Group", [], None),
    ("Another", "Group", [], None),
    ("Asayish", "ArmedGroup", [], None),
    ("Autonomous Administration of North and East Syria", "Organization", [], None),
    ("Rojin Hesso", "Person", [], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("Islamic State", "ArmedGroup", ["ISIS"], "Q2429253"),
    ("A U.S. official", "Group", [], None),
    ("Turkey", "State", [], "Q43"),
    ("YPG", "ArmedGroup", [], None),
    ("Kurdistan Workers' Party", "ArmedGroup", ["PKK"], None),
    ("Hakan Fidan", "Person", [], None),
    ("Ankara", "Location", [], "Q3640"),
    ("al-Hol", "Location", [], None),
    ("Western governments", "Group", [], None),
    ("Analysts", "Group", [], None),
    ("Bashar al-Assad", "Person", [], "Q44329"),
    ("Dareen Haddad", "Person", [], None),
    ("Carnegie Middle East Center", "Organization", [], None),
    ("Beirut", "Location", [], "Q3820"),
    ("Syrian Democratic Council", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "four people familiar with the talks", "said", ["Syria's transitional government and the Kurdish-led Syrian Democratic Forces (SDF) have agreed on a timetable to fold the group's fighters into the national army"]),
    ("indirect", "four people familiar with the talks", "the sources said", ["The timetable, drawn up at meetings in Damascus and the city of Hasakah over the past three weeks, would see SDF units join three new army divisions by the end of the year"]),
    ("indirect", "two of the sources", "according to", ["President Ahmed al-Sharaa met SDF commander Mazloum Abdi on Monday to approve the outline"]),
    ("partial", "Syrian presidency", "described", ["positive and frank"]),
    ("direct", "Mazloum Abdi", "Abdi told Reuters", ["We have reached an understanding on the military file, and the civilian file will follow,", "Nobody in the northeast wants a return to fighting."]),
    ("indirect", "Defence Ministry", "said", ["the integration would take place \"in stages and under a single command,\""]),
    ("indirect", "Defence Ministry", "said", ["no unit would keep its own chain of orders"]),
    ("indirect", "Nizar al-Khatib", "said", ["officers from both sides would sit on a joint committee to oversee the process"]),
    ("indirect", "one of the sources", "said", ["Control of the oil fields in Deir el-Zor province remains unresolved"]),
    ("indirect", "Another", "said", ["the two sides were still far apart on the future of the Asayish, the internal security force that polices Kurdish-run towns"]),
    ("indirect", "Rojin Hesso", "said", ["the talks had \"opened a door that was closed for a long time.\""]),
    ("indirect", "Rojin Hesso", "She added", ["Damascus must now show it is \"serious about partnership, not only about weapons.\""]),
    ("indirect", "A U.S. official", "said", ["Washington welcomed \"any step that keeps the pressure on ISIS,\""]),
    ("indirect", "A U.S. official", "said", ["American troops would stay in the northeast for now"]),
    ("indirect", "Hakan Fidan", "told reporters", ["Turkey would not accept \"a disguised autonomous army\" on its southern border"]),
    ("indirect", "Turkey", "said", ["it was following the talks closely"]),
    ("indirect", "Western governments", "have warned", ["any security vacuum there could let the group regroup"]),
    ("indirect", "Analysts", "said", ["the timetable would test whether Sharaa, a former Islamist commander who took power after Bashar al-Assad was toppled in December 2024, can hold a divided country together"]),
    ("direct", "Dareen Haddad", "said Dareen Haddad", ["This is the hardest file he has,", "If the northeast is settled peacefully, the coast and the south will read it as a model. If it fails, they will read that too."]),
    ("indirect", "Syrian Democratic Council", "said in a statement", ["it would present the civilian proposals to the government next week"]),
]
AGREEMENTS = [
    ("other", "a timetable", ["Syria", "Syrian Democratic Forces"], "reached", None, None),
    ("framework", "a framework agreement", ["Syria", "Syrian Democratic Forces"], "signed", None, None),
]
