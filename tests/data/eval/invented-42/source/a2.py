ID = "inv42-mee-jordan-syria-captagon-joint-border-force-2026-03-24"
TITLE = "Jordan and Syria agree joint border force as Captagon smuggling clashes intensify"
PUB = "2026-03-24"
TEXT = """Jordan and Syria have agreed to form a joint force to fight drug smuggling along their 375km border, after a week of clashes in which Jordanian troops killed at least 11 suspected smugglers, Jordanian officials told Middle East Eye.

The security memorandum was signed in Amman on Sunday by Jordan's interior minister, Khaled al-Majali, and his Syrian counterpart, Samer al-Hamwi, according to a statement from Jordan's interior ministry. It provides for joint patrols, shared radar data and a coordination office in the border town of Ramtha.

"We are no longer fighting smugglers, we are fighting small armies with drones and rocket-propelled grenades," Majali told reporters after the signing. "No country can face this alone."

In Damascus, Syria's interior ministry said the deal reflected the new government's "full seriousness" in dismantling the Captagon trade, which it blamed on networks built under the former president, Bashar al-Assad.

The Jordanian Armed Forces said on Monday that border guards had killed four more smugglers in a firefight near the Jaber crossing and seized 1.2 million pills of the amphetamine-like drug. The army accused "armed groups backed by regional parties" of escorting the convoys, without naming them.

A Jordanian security source, who spoke on condition of anonymity because he was not authorised to brief the media, told MEE that the smugglers had moved in recent months from the desert east of Sweida to routes further west in Daraa province, where local factions still control many villages.

"They know our positions better than we do. Some of them used to work for the old regime's intelligence," the source said.

In Sweida, the Men of Dignity movement, a Druze armed group that controls much of the province, denied any role in the trade. Its spokesman, Bassel Abu Fakhr, said the group had "handed over more smugglers than anyone" and warned that Jordanian air strikes on villages near the border had killed civilians, including two children in January.

Jordan has not commented on the January strike.

The two governments agreed in 2023 to form a joint security committee, weeks after Syria was readmitted to the Arab League, but the arrangement was abandoned within months amid mutual recriminations.

Saudi Arabia, the largest market for the pills, welcomed the memorandum. In a statement on X, the Saudi foreign ministry said Riyadh was ready to share intelligence with both countries.

Hassan Obeidat, a researcher at the Levant Security Forum, an Amman-based think tank, said the deal would be tested in the summer, when the smuggling season peaks.

"The pills are only part of the story. Weapons are moving on the same routes, and nobody has a map of who runs them," he said.

He added that Jordan would ask Washington and the European Union to pay for the thermal cameras and drones the new force will need.

For the families of Ramtha, many of whom have relatives across the border in Daraa, the new force brings mixed feelings. "Every time they close the border to catch smugglers, they also cut us off from our cousins," said Um Khaled, a shopkeeper who asked to be named only as the mother of her eldest son. "We want safety, not another wall.\""""
ENTITIES = [
    ("Jordan", "State", [], "Q810"),
    ("Syria", "State", [], "Q858"),
    ("Middle East Eye", "Organization", ["MEE"], None),
    ("Amman", "Location", [], None),
    ("Khaled al-Majali", "Person", ["Majali"], None),
    ("Samer al-Hamwi", "Person", [], None),
    ("Jordan's interior ministry", "Organization", [], None),
    ("Ramtha", "Location", [], None),
    ("Damascus", "Location", [], None),
    ("Syria's interior ministry", "Organization", [], None),
    ("Bashar al-Assad", "Person", [], None),
    ("Jordanian Armed Forces", "Organization", ["The army"], None),
    ("Jaber", "Location", [], None),
    ("A Jordanian security source", "Group", ["the source"], None),
    ("Sweida", "Location", [], None),
    ("Daraa", "Location", [], None),
    ("Men of Dignity", "ArmedGroup", [], None),
    ("Bassel Abu Fakhr", "Person", [], None),
    ("Arab League", "Organization", [], "Q7172"),
    ("Saudi Arabia", "State", ["Riyadh"], "Q851"),
    ("X", "Organization", [], None),
    ("Saudi foreign ministry", "Organization", [], None),
    ("Hassan Obeidat", "Person", [], None),
    ("Levant Security Forum", "Organization", [], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("European Union", "Organization", [], "Q458"),
    ("Um Khaled", "Person", [], None),
]
STATEMENTS = [
    ("indirect", "Jordan", "told Middle East Eye", ["Jordan and Syria have agreed to form a joint force to fight drug smuggling along their 375km border, after a week of clashes in which Jordanian troops killed at least 11 suspected smugglers"]),
    ("indirect", "Jordan's interior ministry", "according to", ["The security memorandum was signed in Amman on Sunday by Jordan's interior minister, Khaled al-Majali, and his Syrian counterpart, Samer al-Hamwi"]),
    ("direct", "Khaled al-Majali", "told reporters", ["We are no longer fighting smugglers, we are fighting small armies with drones and rocket-propelled grenades,", "No country can face this alone."]),
    ("partial", "Syria's interior ministry", "said", ['the deal reflected the new government\'s "full seriousness" in dismantling the Captagon trade, which it blamed on networks built under the former president, Bashar al-Assad']),
    ("indirect", "Jordanian Armed Forces", "said on Monday", ["border guards had killed four more smugglers in a firefight near the Jaber crossing and seized 1.2 million pills of the amphetamine-like drug"]),
    ("partial", "Jordanian Armed Forces", "accused", ['"armed groups backed by regional parties" of escorting the convoys']),
    ("indirect", "A Jordanian security source", "told MEE", ["the smugglers had moved in recent months from the desert east of Sweida to routes further west in Daraa province, where local factions still control many villages"]),
    ("direct", "A Jordanian security source", "the source said", ["They know our positions better than we do. Some of them used to work for the old regime's intelligence,"]),
    ("indirect", "Men of Dignity", "denied", ["any role in the trade"]),
    ("partial", "Bassel Abu Fakhr", "said", ['the group had "handed over more smugglers than anyone"']),
    ("indirect", "Bassel Abu Fakhr", "warned", ["Jordanian air strikes on villages near the border had killed civilians, including two children in January"]),
    ("indirect", "Saudi foreign ministry", "said", ["Riyadh was ready to share intelligence with both countries"]),
    ("indirect", "Hassan Obeidat", "said", ["the deal would be tested in the summer, when the smuggling season peaks"]),
    ("direct", "Hassan Obeidat", "he said", ["The pills are only part of the story. Weapons are moving on the same routes, and nobody has a map of who runs them,"]),
    ("indirect", "Hassan Obeidat", "He added", ["Jordan would ask Washington and the European Union to pay for the thermal cameras and drones the new force will need"]),
    ("direct", "Um Khaled", "said", ["Every time they close the border to catch smugglers, they also cut us off from our cousins,", "We want safety, not another wall."]),
]
AGREEMENTS = [
    ("memorandum", "The security memorandum", ["Jordan", "Syria"], "signed", "2026-03-22", "Amman"),
    ("agreement", "agreed in 2023 to form a joint security committee", ["Jordan", "Syria"], "abandoned", "2023", None),
]
