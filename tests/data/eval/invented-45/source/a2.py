ID = "inv45-arabtimes-kuwait-iran-durra-field-framework-talks-2026-05-12"
TITLE = "Kuwait, Iran sign framework for talks on Durra offshore boundary; Riyadh 'kept informed'"
PUB = "2026-05-12"
TEXT = """KUWAIT CITY, May 11: Kuwait and Iran on Monday signed a framework agreement setting out how their experts will negotiate the maritime boundary in the northern Gulf, where the Durra gas field lies, Kuwait's Ministry of Foreign Affairs announced.

The framework, signed at Bayan Palace by Deputy Foreign Minister Sheikh Salem Al-Mubarak and Iranian Deputy Foreign Minister Hossein Karimi, commits the two sides to meet every three months and to refrain from "any unilateral activity" in the disputed area while talks continue.

"Kuwait has always believed that the language of dialogue is the shortest road between neighbours," Sheikh Salem said at a joint press conference. "But dialogue has a basis, and our basis is international law."

He stressed that the natural resources of the divided zone belonged to Kuwait and Saudi Arabia alone, and that any talks with Tehran would concern only the eastern limit of the zone.

Karimi, for his part, described the meeting as "frank and constructive" and told reporters that Iran would not give up its rights in the field it calls Arash.

Iranian Foreign Ministry spokesman Reza Bagheri said the Islamic Republic had proposed a joint development plan under which the three countries would share the field's output until the boundary was settled. Kuwaiti officials said no such plan was on the table.

Kuwait and Saudi Arabia signed an agreement in March 2022 to develop Durra together, and the Kuwaiti Gulf Oil Company and Saudi Arabian Chevron are preparing the tender for its first production platform. A source at the Kuwait Petroleum Corporation told Arab Times that the tender would go ahead on schedule regardless of the talks.

The Saudi Ministry of Energy said in a brief statement that the Kingdom had been kept informed of the meeting and reiterated that the Durra field was "wholly owned" by Saudi Arabia and Kuwait.

MP Abdullah Al-Enezi urged the government to put the framework before the National Assembly. "We support talks, but nobody signs in the name of the Kuwaiti people behind closed doors," he told Arab Times. He accused the foreign ministry of learning nothing from a 2000 round with Iran that ended without results.

Dr. Fatima Al-Sabah, a professor of international law at Kuwait University, said the text was "procedural rather than substantive" and noted that it did not mention the 1965 Kuwaiti-Saudi agreement that divided the neutral zone.

"It is a map for talking, not a map of the sea," she said. "The real test will come if a drilling rig appears where it should not."

Researchers at the Gulf Centre for Strategic Studies said the pledge against unilateral activity was the most useful part of the document, since both Iran and the Kuwaiti-Saudi partnership had accused each other of preparing to drill.

According to the ministry, the first meeting of the expert committee will be held in August, on the Iranian side."""
ENTITIES = [
    ("Kuwait City", "Location", ["KUWAIT CITY"], None),
    ("Kuwait", "State", [], "Q817"),
    ("Iran", "State", ["Tehran", "the Islamic Republic"], "Q794"),
    ("Gulf", "Location", [], None),
    ("Durra", "Location", ["Arash"], None),
    ("Kuwait's Ministry of Foreign Affairs", "Organization", ["the foreign ministry", "the ministry"], None),
    ("Bayan Palace", "Location", [], None),
    ("Salem Al-Mubarak", "Person", ["Deputy Foreign Minister Sheikh Salem Al-Mubarak", "Sheikh Salem"], None),
    ("Hossein Karimi", "Person", ["Karimi"], None),
    ("Saudi Arabia", "State", ["the Kingdom"], "Q851"),
    ("Iranian Foreign Ministry", "Organization", [], None),
    ("Reza Bagheri", "Person", [], None),
    ("Kuwaiti Gulf Oil Company", "Organization", [], None),
    ("Saudi Arabian Chevron", "Organization", [], None),
    ("A source at the Kuwait Petroleum Corporation", "Group", [], None),
    ("Kuwait Petroleum Corporation", "Organization", [], None),
    ("Arab Times", "Organization", [], None),
    ("Saudi Ministry of Energy", "Organization", [], None),
    ("Abdullah Al-Enezi", "Person", [], None),
    ("National Assembly", "Organization", [], None),
    ("Fatima Al-Sabah", "Person", [], None),
    ("Kuwait University", "Organization", [], None),
    ("Researchers at the Gulf Centre for Strategic Studies", "Group", [], None),
    ("Gulf Centre for Strategic Studies", "Organization", [], None),
]
KSRC = "A source at the Kuwait Petroleum Corporation"
STATEMENTS = [
    ("indirect", "Kuwait's Ministry of Foreign Affairs", "announced", ["Kuwait and Iran on Monday signed a framework agreement setting out how their experts will negotiate the maritime boundary in the northern Gulf, where the Durra gas field lies"]),
    ("direct", "Salem Al-Mubarak", "said", ["Kuwait has always believed that the language of dialogue is the shortest road between neighbours,", "But dialogue has a basis, and our basis is international law."]),
    ("indirect", "Salem Al-Mubarak", "stressed", ["the natural resources of the divided zone belonged to Kuwait and Saudi Arabia alone"]),
    ("indirect", "Salem Al-Mubarak", "stressed", ["any talks with Tehran would concern only the eastern limit of the zone"]),
    ("partial", "Hossein Karimi", "described", ['the meeting as "frank and constructive"']),
    ("indirect", "Hossein Karimi", "told reporters", ["Iran would not give up its rights in the field it calls Arash"]),
    ("indirect", "Reza Bagheri", "said", ["the Islamic Republic had proposed a joint development plan under which the three countries would share the field's output until the boundary was settled"]),
    ("indirect", "Kuwait", "said", ["no such plan was on the table"]),
    ("indirect", KSRC, "told Arab Times", ["the tender would go ahead on schedule regardless of the talks"]),
    ("indirect", "Saudi Ministry of Energy", "said in a brief statement", ["the Kingdom had been kept informed of the meeting"]),
    ("partial", "Saudi Ministry of Energy", "reiterated", ['the Durra field was "wholly owned" by Saudi Arabia and Kuwait']),
    ("indirect", "Abdullah Al-Enezi", "urged", ["the government to put the framework before the National Assembly"]),
    ("direct", "Abdullah Al-Enezi", "he told Arab Times", ["We support talks, but nobody signs in the name of the Kuwaiti people behind closed doors,"]),
    ("indirect", "Abdullah Al-Enezi", "accused", ["the foreign ministry of learning nothing from a 2000 round with Iran that ended without results"]),
    ("partial", "Fatima Al-Sabah", "said", ['the text was "procedural rather than substantive"']),
    ("indirect", "Fatima Al-Sabah", "noted", ["it did not mention the 1965 Kuwaiti-Saudi agreement that divided the neutral zone"]),
    ("direct", "Fatima Al-Sabah", "she said", ["It is a map for talking, not a map of the sea,", "The real test will come if a drilling rig appears where it should not."]),
    ("indirect", "Researchers at the Gulf Centre for Strategic Studies", "said", ["the pledge against unilateral activity was the most useful part of the document, since both Iran and the Kuwaiti-Saudi partnership had accused each other of preparing to drill"]),
    ("indirect", "Kuwait's Ministry of Foreign Affairs", "According to", ["the first meeting of the expert committee will be held in August, on the Iranian side"]),
]
AGREEMENTS = [
    ("framework", "a framework agreement", ["Kuwait", "Iran"], "signed", "2026-05-11", "Bayan Palace"),
    ("plan", "a joint development plan", ["Iran"], "proposed", None, None),
    ("agreement", "an agreement in March 2022 to develop Durra together", ["Kuwait", "Saudi Arabia"], "signed", "2022-03", None),
    ("agreement", "the 1965 Kuwaiti-Saudi agreement", ["Kuwait", "Saudi Arabia"], "in-force", "1965", None),
]
