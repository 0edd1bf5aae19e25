ID = "inv5-xinhua-china-philippines-renai-resupply-arrangement-2026-04-14"
TITLE = "China, Philippines reach provisional arrangement on Ren'ai Jiao resupply"
PUB = "2026-04-14"
TEXT = """BEIJING, April 14 (Xinhua) -- China and the Philippines have reached a provisional arrangement on resupply missions to a grounded vessel at Ren'ai Jiao, the Chinese Foreign Ministry announced on Tuesday.

Foreign Ministry spokesperson Gao Lifen told a regular press briefing that the arrangement was reached after two rounds of consultations in Xiamen and reflected "the sincerity of the Chinese side in managing differences through dialogue."

"China has always been committed to handling maritime issues with the countries directly concerned through friendly consultation," Gao said. "At the same time, China's sovereignty over Nanhai Zhudao and their adjacent waters is indisputable."

Under the arrangement, the Philippine side will notify the China Coast Guard in advance of each mission, and supplies will be limited to food, water and medicine, according to a fact sheet released by the ministry.

Asked by a reporter whether the arrangement had been signed, Gao said the two sides had exchanged diplomatic notes and that the text would not be made public.

The China Coast Guard said in a separate statement that it would "supervise the whole process in accordance with the law" and warned that any vessel carrying construction materials would be turned back.

In Manila, the Department of Foreign Affairs confirmed that an understanding had been reached but stressed that it did not affect the country's position on its sovereign rights in the West Philippine Sea.

"This is a practical step, nothing more," Philippine Foreign Secretary Ramon Villaflor told reporters in Manila. "Our rights under the 2016 arbitral award remain intact, and we will continue to assert them."

Villaflor added that the Philippine Navy would carry out the next rotation before the end of April.

The arrangement follows months of friction at the shoal. In March, a collision between a coast guard ship and a Philippine supply boat injured four sailors, according to the Armed Forces of the Philippines. The Chinese side said at the time that the Philippine boat had "deliberately rammed" the coast guard vessel.

Xu Mingde, a researcher at the National Institute for South China Sea Studies, said the arrangement showed that "bilateral channels work better than megaphone diplomacy."

"The key is that both sides keep their promises and that outside forces do not stir up trouble," Xu told Xinhua. He noted that similar hotline arrangements had reduced incidents elsewhere in the region.

Talks on a code of conduct in the South China Sea between China and the Association of Southeast Asian Nations (ASEAN) are expected to resume in Kuala Lumpur next month. Gao said China hoped to conclude the code "at an early date," adding that countries outside the region should "respect the efforts of regional countries."

The United States, which has a mutual defense treaty with the Philippines, welcomed the move. A State Department spokesperson said Washington supported "any step that lowers the risk of miscalculation" but would stand by its commitments to its ally.

Beijing has repeatedly warned Washington against interfering in the issue. On Tuesday, Gao told reporters that the South China Sea "should not become a hunting ground for major-power rivalry."

The two sides agreed to hold a third round of consultations in Manila in June, the ministry said. Officials from both countries also discussed fishing access near Huangyan Dao, but no agreement was reached on that issue, according to the fact sheet. ■"""
ENTITIES = [
    ("China", "State", ["Beijing", "Chinese side"], "Q148"),
    ("Philippines", "State", ["Philippine side"], "Q928"),
    ("Xinhua", "Organization", [], "Q204839"),
    ("Chinese Foreign Ministry", "Organization", ["Foreign Ministry"], None),
    ("Gao Lifen", "Person", ["Gao"], None),
    ("Ren'ai Jiao", "Location", [], None),
    ("Xiamen", "Location", [], None),
    ("Nanhai Zhudao", "Location", [], None),
    ("China Coast Guard", "Organization", [], None),
    ("Manila", "Location", [], "Q1461"),
    ("Department of Foreign Affairs", "Organization", [], None),
    ("West Philippine Sea", "Location", [], None),
    ("Ramon Villaflor", "Person", ["Villaflor"], None),
    ("Philippine Navy", "Organization", [], None),
    ("Armed Forces of the Philippines", "Organization", [], None),
    ("Xu Mingde", "Person", ["Xu"], None),
    ("National Institute for South China Sea Studies", "Organization", [], None),
    ("South China Sea", "Location", [], None),
    ("Association of Southeast Asian Nations", "Organization", ["ASEAN"], "Q7768"),
    ("Kuala Lumpur", "Location", [], "Q1865"),
    ("United States", "State", ["Washington"], "Q30"),
    ("State Department", "Organization", [], None),
    ("Huangyan Dao", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "Chinese Foreign Ministry", "announced", ["China and the Philippines have reached a provisional arrangement on resupply missions to a grounded vessel at Ren'ai Jiao"]),
    ("indirect", "Gao Lifen", "told a regular press briefing", ["the arrangement was reached after two rounds of consultations in Xiamen and reflected \"the sincerity of the Chinese side in managing differences through dialogue.\""]),
    ("direct", "Gao Lifen", "said", ["China has always been committed to handling maritime issues with the countries directly concerned through friendly consultation,", "At the same time, China's sovereignty over Nanhai Zhudao and their adjacent waters is indisputable."]),
    ("indirect", "Chinese Foreign Ministry", "according to", ["the Philippine side will notify the China Coast Guard in advance of each mission, and supplies will be limited to food, water and medicine"]),
    ("indirect", "Gao Lifen", "said", ["the two sides had exchanged diplomatic notes"]),
    ("indirect", "Gao Lifen", "said", ["the text would not be made public"]),
    ("indirect", "China Coast Guard", "said in a separate statement", ["it would \"supervise the whole process in accordance with the law\""]),
    ("indirect", "China Coast Guard", "warned", ["any vessel carrying construction materials would be turned back"]),
    ("indirect", "Department of Foreign Affairs", "confirmed", ["an understanding had been reached"]),
    ("indirect", "Department of Foreign Affairs", "stressed", ["it did not affect the country's position on its sovereign rights in the West Philippine Sea"]),
    ("direct", "Ramon Villaflor", "told reporters", ["This is a practical step, nothing more,", "Our rights under the 2016 arbitral award remain intact, and we will continue to assert them."]),
    ("indirect", "Ramon Villaflor", "added", ["the Philippine Navy would carry out the next rotation before the end of April"]),
    ("indirect", "Armed Forces of the Philippines", "according to", ["In March, a collision between a coast guard ship and a Philippine supply boat injured four sailors"]),
    ("indirect", "China", "said", ["the Philippine boat had \"deliberately rammed\" the coast guard vessel"]),
    ("indirect", "Xu Mingde", "said", ["the arrangement showed that \"bilateral channels work better than megaphone diplomacy.\""]),
    ("direct", "Xu Mingde", "told Xinhua", ["The key is that both sides keep their promises and that outside forces do not stir up trouble,"]),
    ("indirect", "Xu Mingde", "noted", ["similar hotline arrangements had reduced incidents elsewhere in the region"]),
    ("indirect", "Gao Lifen", "said", ["China hoped to conclude the code \"at an early date,\""]),
    ("indirect", "Gao Lifen", "adding", ["countries outside the region should \"respect the efforts of regional countries.\""]),
    ("indirect", "State Department", "said", ["Washington supported \"any step that lowers the risk of miscalculation\" but would stand by its commitments to its ally"]),
    ("indirect", "Gao Lifen", "told reporters", ["the South China Sea \"should not become a hunting ground for major-power rivalry.\""]),
    ("indirect", "Chinese Foreign Ministry", "said", ["The two sides agreed to hold a third round of consultations in Manila in June"]),
    ("indirect", "Chinese Foreign Ministry", "according to", ["Officials from both countries also discussed fishing access near Huangyan Dao, but no agreement was reached on that issue"]),
]
AGREEMENTS = [
    ("agreement", "a provisional arrangement on resupply missions", ["China", "Philippines"], "reached", None, None),
    ("other", "a code of conduct in the South China Sea", ["China", "Association of Southeast Asian Nations"], "negotiating", None, None),
    ("treaty", "a mutual defense treaty", ["United States", "Philippines"], "in-force", None, None),
]
