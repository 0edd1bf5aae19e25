ID = "inv45-yonhap-korea-china-yellow-sea-fisheries-patrol-memorandum-2026-10-15"
TITLE = "S. Korea, China sign memorandum on joint Yellow Sea fishing patrols; steel structures unresolved"
PUB = "2026-10-15"
TEXT = """SEOUL, Oct. 15 (Yonhap) -- South Korea and China have signed a memorandum to carry out joint patrols against illegal fishing in the Yellow Sea for the first time, but failed to narrow their differences over Chinese steel structures in the waters between the two countries, the oceans ministry said Thursday.

The memorandum was signed Wednesday in the Chinese port city of Qingdao at the end of a four-day session of the Korea-China Joint Fisheries Committee, according to the Ministry of Oceans and Fisheries.

Under the deal, coast guard vessels from both sides will sail together twice a year in the Provisional Measures Zone, where fishing boats of both countries are allowed to operate, and share the positions of boats caught without licenses within 24 hours.

"This is a meaningful step that turns years of complaints into a shared procedure," Vice Oceans Minister Park Ji-hoon told reporters after returning from Qingdao.

Park said the number of Chinese boats permitted in South Korea's exclusive economic zone next year would be cut to 1,150 from 1,200, and that the catch quota would be reduced by 3 percent.

He noted, however, that the Chinese side had refused to discuss the removal of three steel structures that Beijing installed in the zone in 2018 and 2024 and describes as fish farming facilities.

South Korea had proposed a moratorium on any new structures in the zone until the two countries delimit their maritime boundary, a ministry official said on condition of anonymity. "They listened, but they did not say yes," the official said.

China's Ministry of Agriculture and Rural Affairs said in a statement posted on its website that the talks had been held in "a friendly and pragmatic atmosphere." It called the structures "normal aquaculture facilities" that posed no threat to navigation.

Chinese Foreign Ministry spokesperson Lin Hao told a regular briefing that the facilities were located in waters under Chinese jurisdiction and urged South Korea not to "politicize" a fisheries issue.

The joint patrols build on the 2001 fisheries agreement between the two countries, which set up the Provisional Measures Zone and the annual committee.

Fishermen on Daecheong Island, near the sea border with North Korea, gave the memorandum a cautious welcome.

"Every autumn we watch hundreds of Chinese boats at night, and our nets are gone by morning," said Kim Young-soo, head of the island's fishing cooperative. "If the patrols come in spring and autumn, we will believe it when we see them."

The main opposition People Power Party accused the government of settling for "paper patrols" while China expanded its presence at sea. Rep. Choi Min-jung, a member of the parliamentary agriculture and fisheries committee, said she would call ministry officials to testify this month.

Lee Sung-woo, a maritime law researcher at the Korea Maritime Institute, said the memorandum was useful but narrow.

"The patrols deal with the symptoms," he said. "The structures are about the boundary, and neither side is ready for that conversation yet."

The two countries last held boundary talks at the vice ministerial level in 2022.

(END)"""
ENTITIES = [
    ("Seoul", "Location", ["SEOUL"], None),
    ("Yonhap", "Organization", [], None),
    ("South Korea", "State", [], "Q884"),
    ("China", "State", ["Beijing"], "Q148"),
    ("Yellow Sea", "Location", [], None),
    ("Ministry of Oceans and Fisheries", "Organization", ["the oceans ministry"], None),
    ("Qingdao", "Location", [], None),
    ("Korea-China Joint Fisheries Committee", "Organization", [], None),
    ("Provisional Measures Zone", "Location", [], None),
    ("Park Ji-hoon", "Person", ["Vice Oceans Minister Park Ji-hoon", "Park"], None),
    ("a ministry official", "Group", ["the official"], None),
    ("China's Ministry of Agriculture and Rural Affairs", "Organization", [], None),
    ("Chinese Foreign Ministry", "Organization", [], None),
    ("Lin Hao", "Person", [], None),
    ("Daecheong Island", "Location", [], None),
    ("North Korea", "State", [], "Q423"),
    ("Fishermen on Daecheong Island", "Group", [], None),
    ("Kim Young-soo", "Person", [], None),
    ("People Power Party", "Organization", [], None),
    ("Choi Min-jung", "Person", [], None),
    ("Lee Sung-woo", "Person", [], None),
    ("Korea Maritime Institute", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Ministry of Oceans and Fisheries", "said Thursday", ["South Korea and China have signed a memorandum to carry out joint patrols against illegal fishing in the Yellow Sea for the first time, but failed to narrow their differences over Chinese steel structures in the waters between the two countries"]),
    ("indirect", "Ministry of Oceans and Fisheries", "according to", ["The memorandum was signed Wednesday in the Chinese port city of Qingdao at the end of a four-day session of the Korea-China Joint Fisheries Committee"]),
    ("direct", "Park Ji-hoon", "told reporters", ["This is a meaningful step that turns years of complaints into a shared procedure,"]),
    ("indirect", "Park Ji-hoon", "said", ["the number of Chinese boats permitted in South Korea's exclusive economic zone next year would be cut to 1,150 from 1,200"]),
    ("indirect", "Park Ji-hoon", "said", ["the catch quota would be reduced by 3 percent"]),
    ("indirect", "Park Ji-hoon", "He noted", ["the Chinese side had refused to discuss the removal of three steel structures that Beijing installed in the zone in 2018 and 2024 and describes as fish farming facilities"]),
    ("indirect", "a ministry official", "said", ["South Korea had proposed a moratorium on any new structures in the zone until the two countries delimit their maritime boundary"]),
    ("direct", "a ministry official", "the official said", ["They listened, but they did not say yes,"]),
    ("partial", "China's Ministry of Agriculture and Rural Affairs", "said in a statement", ['the talks had been held in "a friendly and pragmatic atmosphere."']),
    ("partial", "China's Ministry of Agriculture and Rural Affairs", "called", ['the structures "normal aquaculture facilities" that posed no threat to navigation']),
    ("indirect", "Lin Hao", "told a regular briefing", ["the facilities were located in waters under Chinese jurisdiction"]),
    ("partial", "Lin Hao", "urged", ['South Korea not to "politicize" a fisheries issue']),
    ("direct", "Kim Young-soo", "said", ["Every autumn we watch hundreds of Chinese boats at night, and our nets are gone by morning,", "If the patrols come in spring and autumn, we will believe it when we see them."]),
    ("partial", "People Power Party", "accused", ['the government of settling for "paper patrols" while China expanded its presence at sea']),
    ("indirect", "Choi Min-jung", "said", ["she would call ministry officials to testify this month"]),
    ("indirect", "Lee Sung-woo", "said", ["the memorandum was useful but narrow"]),
    ("direct", "Lee Sung-woo", "he said", ["The patrols deal with the symptoms,", "The structures are about the boundary, and neither side is ready for that conversation yet."]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum", ["South Korea", "China"], "signed", "2026-10-14", "Qingdao"),
    ("proposal", "a moratorium on any new structures", ["South Korea"], "proposed", None, None),
    ("agreement", "the 2001 fisheries agreement", ["South Korea", "China"], "in-force", "2001", None),
]
