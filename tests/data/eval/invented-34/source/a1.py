ID = "inv34-antara-indonesia-papua-highlands-ceasefire-2026-11-20"
TITLE = "Indonesia, highland rebels agree 90-day Papua ceasefire at church-hosted talks"
PUB = "2026-11-20"
TEXT = """WAMENA, Papua (ANTARA) - The Indonesian government and the Free Highlands Army, a separatist armed group active in Papua's central highlands, agreed on Thursday to stop fighting for ninety days from December 1, the Papua Church Forum said, in the first ceasefire between the two sides since 2019.

The forum, which hosted two days of closed talks in Wamena, said the text bars attacks on civilians, schools and clinics. Reverend Yohanes Wenda, the forum's chairman, said church monitors would visit the districts of Nduga and Lanny Jaya every week.

Indonesia and the rebels signed the ceasefire late on Thursday night, after the rebel delegation had walked out twice over the wording on troop movements, Wenda said.

Coordinating Minister for Political and Security Affairs Bambang Sutrisno told ANTARA that the army would stay in its posts but would not launch new operations. "We keep our positions, and we keep our word," he said.

Bambang also proposed a joint committee on displaced families, to be chaired by the provincial government. Sebby Kogoya, the rebel group's spokesman, said the fighters had not yet answered that proposal.

Kogoya said the group accepted the pause because villagers needed to return to their gardens before the rains. He said the fighters still wanted talks on a referendum, which Jakarta has always refused.

The last ceasefire between the army and the Free Highlands Army, brokered in 2019 by the then regent of Nduga, Marthen Tabuni, collapsed within three weeks when an army convoy was ambushed near Kenyam. Tabuni, now retired, said the churches had a better chance because both sides trusted them. "In 2019 I had goodwill but no monitors," he said.

Human rights groups welcomed the deal but warned that the ceasefire would mean little without access for journalists. Papua researcher Ani Yoman of Cenderawasih University said the army and the rebels had each broken local truces in the past when a commander was killed.

The forum said the ceasefire would be reviewed at a meeting in Jayapura in February, where the two sides would also discuss the committee plan.

In Wamena, traders who had closed their shops during the fighting reopened on Friday morning. Market seller Lince Wandik said she would wait before bringing her children back from the coast. "One paper does not bring back my brother," she said."""
ENTITIES = [
    ("Wamena", "Location", [], None),
    ("Papua", "Location", [], None),
    ("Indonesia", "State", [], "Q252"),
    ("Free Highlands Army", "ArmedGroup", [], None),
    ("Papua Church Forum", "Organization", [], None),
    ("Yohanes Wenda", "Person", ["Wenda"], None),
    ("Nduga", "Location", [], None),
    ("Lanny Jaya", "Location", [], None),
    ("Bambang Sutrisno", "Person", ["Bambang"], None),
    ("ANTARA", "Organization", [], None),
    ("Sebby Kogoya", "Person", ["Kogoya"], None),
    ("Jakarta", "Location", [], None),
    ("Marthen Tabuni", "Person", ["Tabuni"], None),
    ("Kenyam", "Location", [], None),
    ("Human rights groups", "Group", [], None),
    ("Ani Yoman", "Person", [], None),
    ("Cenderawasih University", "Organization", [], None),
    ("Jayapura", "Location", [], None),
    ("Lince Wandik", "Person", [], None),
]
F = "Papua Church Forum"
H = "Free Highlands Army"
STATEMENTS = [
    ("indirect", F, "the Papua Church Forum said", ["The Indonesian government and the Free Highlands Army, a separatist armed group active in Papua's central highlands, agreed on Thursday to stop fighting for ninety days from December 1", "in the first ceasefire between the two sides since 2019"]),
    ("indirect", F, "said", ["the text bars attacks on civilians, schools and clinics"]),
    ("indirect", "Yohanes Wenda", "said", ["church monitors would visit the districts of Nduga and Lanny Jaya every week"]),
    ("indirect", "Yohanes Wenda", "Wenda said", ["Indonesia and the rebels signed the ceasefire late on Thursday night, after the rebel delegation had walked out twice over the wording on troop movements"]),
    ("indirect", "Bambang Sutrisno", "told ANTARA", ["the army would stay in its posts but would not launch new operations"]),
    ("direct", "Bambang Sutrisno", "he said", ["We keep our positions, and we keep our word,"]),
    ("indirect", "Sebby Kogoya", "said", ["the fighters had not yet answered that proposal"]),
    ("indirect", "Sebby Kogoya", "Kogoya said", ["the group accepted the pause because villagers needed to return to their gardens before the rains"]),
    ("indirect", "Sebby Kogoya", "He said", ["the fighters still wanted talks on a referendum, which Jakarta has always refused"]),
    ("indirect", "Marthen Tabuni", "said", ["the churches had a better chance because both sides trusted them"]),
    ("direct", "Marthen Tabuni", "he said", ["In 2019 I had goodwill but no monitors,"]),
    ("indirect", "Human rights groups", "warned", ["the ceasefire would mean little without access for journalists"]),
    ("indirect", "Ani Yoman", "said", ["the army and the rebels had each broken local truces in the past when a commander was killed"]),
    ("indirect", F, "The forum said", ["the ceasefire would be reviewed at a meeting in Jayapura in February, where the two sides would also discuss the committee plan"]),
    ("indirect", "Lince Wandik", "said", ["she would wait before bringing her children back from the coast"]),
    ("direct", "Lince Wandik", "she said", ["One paper does not bring back my brother,"]),
]
AGREEMENTS = [
    ("ceasefire", "the first ceasefire between the two sides since 2019", ["Indonesia", H], "signed", "2026-11-19", "Wamena"),
    ("proposal", "a joint committee on displaced families", ["Indonesia"], "proposed", None, None),
    ("ceasefire", "The last ceasefire between the army and the Free Highlands Army", ["Indonesia", H], "collapsed", "2019", None),
]
