ID = "inv43-ocmedia-georgia-azerbaijan-david-gareja-access-agreement-2026-03-18"
TITLE = "Georgia and Azerbaijan reach preliminary deal on David Gareja access as border talks resume"
PUB = "2026-03-18"
TEXT = """Georgia and Azerbaijan have reached a preliminary agreement on access to the David Gareja monastery complex, which straddles the two countries' undemarcated border, Georgia's Foreign Ministry has announced.

The agreement was reached on Tuesday in Baku, at the first meeting in almost two years of the joint commission on delimiting the Georgian–Azerbaijani border. According to the ministry, the two delegations will finalise the text "in the coming weeks", after which it is to be signed by both foreign ministers.

Deputy Foreign Minister Levan Abashidze, who led the Georgian delegation, told journalists at Tbilisi airport on Wednesday that the document would guarantee monks and pilgrims access to the Udabno and Bertubani monasteries "without permits and without escorts".

"For the first time, the rules will be written down, and not depend on the mood of a particular border post," Abashidze said. "This is not a final solution to the border question, but it is a step that people will feel."

Azerbaijan's Foreign Ministry spokesperson, Nigar Mammadli, confirmed that the sides had agreed on "practical arrangements" for visitors to the site, which Azerbaijan calls Keshikchidag. She said the question of where the border ran would be settled "only on the basis of historical maps and international law".

Roughly a third of the 480-kilometre border between the two countries has yet to be delimited. Tensions over the complex flared in 2019, when Azerbaijani border guards blocked the path to Udabno and monks and residents of nearby villages staged protests. An informal arrangement reached later that year reopened the path, but it broke down in 2020 and was never restored.

Father Ioane Gogiberidze, a monk at the Lavra of Saint David, told OC Media that pilgrims were still being turned back on the ridge every few weeks.

"We do not ask for land. We ask to pray where our fathers prayed," he said.

The Georgian Orthodox Church welcomed the talks but warned that it would not accept any arrangement that placed the monasteries under joint administration. The Church said in a statement that the complex "belongs to the Georgian Church and the Georgian people".

Opposition politicians were sceptical. Nika Chikovani, an MP from the United National Movement, accused the ruling Georgian Dream party of "trading sacred land for quiet" and demanded that the document be published before it is signed.

A Georgian official familiar with the talks, who spoke on condition of anonymity, said Azerbaijan had dropped a demand for joint patrols on the ridge in exchange for a Georgian promise not to build new structures near the line. The official said the commission would next meet in Tbilisi in June.

Tamar Beridze, a researcher at the Georgian Institute of Politics, said both governments had reasons to keep the dispute quiet. Azerbaijan, she noted, depends on Georgian territory to send its oil and gas westwards, while Georgia needs Azerbaijani cargo for its ports on the Black Sea.

"Neither side wants a monastery to become a problem for a pipeline," she said."""
ENTITIES = [
    ("Georgia", "State", [], "Q230"),
    ("Azerbaijan", "State", [], "Q227"),
    ("Baku", "Location", [], None),
    ("Tbilisi", "Location", [], None),
    ("David Gareja", "Location", ["Keshikchidag"], None),
    ("Georgia's Foreign Ministry", "Organization", ["the ministry"], None),
    ("Levan Abashidze", "Person", ["Abashidze"], None),
    ("Udabno", "Location", [], None),
    ("Bertubani", "Location", [], None),
    ("Azerbaijan's Foreign Ministry", "Organization", [], None),
    ("Nigar Mammadli", "Person", [], None),
    ("Ioane Gogiberidze", "Person", [], None),
    ("Lavra of Saint David", "Location", [], None),
    ("OC Media", "Organization", [], None),
    ("Georgian Orthodox Church", "Organization", ["The Church", "the Georgian Church"], None),
    ("Nika Chikovani", "Person", [], None),
    ("United National Movement", "Organization", [], None),
    ("Georgian Dream", "Organization", [], None),
    ("A Georgian official familiar with the talks", "Group", ["The official"], None),
    ("Tamar Beridze", "Person", [], None),
    ("Georgian Institute of Politics", "Organization", [], None),
    ("Black Sea", "Location", [], None),
]
GF = "Georgia's Foreign Ministry"
GO = "A Georgian official familiar with the talks"
STATEMENTS = [
    ("indirect", GF, "has announced", ["Georgia and Azerbaijan have reached a preliminary agreement on access to the David Gareja monastery complex, which straddles the two countries' undemarcated border"]),
    ("partial", GF, "According to", ['the two delegations will finalise the text "in the coming weeks", after which it is to be signed by both foreign ministers']),
    ("partial", "Levan Abashidze", "told journalists", ['the document would guarantee monks and pilgrims access to the Udabno and Bertubani monasteries "without permits and without escorts"']),
    ("direct", "Levan Abashidze", "Abashidze said", ["For the first time, the rules will be written down, and not depend on the mood of a particular border post,", "This is not a final solution to the border question, but it is a step that people will feel."]),
    ("partial", "Nigar Mammadli", "confirmed", ['the sides had agreed on "practical arrangements" for visitors to the site, which Azerbaijan calls Keshikchidag']),
    ("partial", "Nigar Mammadli", "She said", ['the question of where the border ran would be settled "only on the basis of historical maps and international law"']),
    ("indirect", "Ioane Gogiberidze", "told OC Media", ["pilgrims were still being turned back on the ridge every few weeks"]),
    ("direct", "Ioane Gogiberidze", "he said", ["We do not ask for land. We ask to pray where our fathers prayed,"]),
    ("indirect", "Georgian Orthodox Church", "warned", ["it would not accept any arrangement that placed the monasteries under joint administration"]),
    ("partial", "Georgian Orthodox Church", "said in a statement", ['the complex "belongs to the Georgian Church and the Georgian people"']),
    ("partial", "Nika Chikovani", "accused", ['the ruling Georgian Dream party of "trading sacred land for quiet"']),
    ("indirect", "Nika Chikovani", "demanded", ["the document be published before it is signed"]),
    ("indirect", GO, "said", ["Azerbaijan had dropped a demand for joint patrols on the ridge in exchange for a Georgian promise not to build new structures near the line"]),
    ("indirect", GO, "The official said", ["the commission would next meet in Tbilisi in June"]),
    ("indirect", "Tamar Beridze", "said", ["both governments had reasons to keep the dispute quiet"]),
    ("indirect", "Tamar Beridze", "she noted", ["Azerbaijan", "depends on Georgian territory to send its oil and gas westwards, while Georgia needs Azerbaijani cargo for its ports on the Black Sea"]),
    ("direct", "Tamar Beridze", "she said", ["Neither side wants a monastery to become a problem for a pipeline,"]),
]
AGREEMENTS = [
    ("agreement", "a preliminary agreement on access to the David Gareja monastery complex", ["Georgia", "Azerbaijan"], "not-formalized", "2026-03-17", "Baku"),
    ("other", "An informal arrangement", ["Georgia", "Azerbaijan"], "collapsed", "2019", None),
]
