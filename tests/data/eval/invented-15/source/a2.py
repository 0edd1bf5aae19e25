ID = "inv15-kyodo-japan-north-korea-abductee-contact-ulaanbaatar-2026-09-03"
TITLE = "Japan, N. Korea hold first known contact in years on abduction issue"
PUB = "2026-09-03"
TEXT = """TOKYO, Sept. 3 Kyodo - Japanese and North Korean officials met secretly in Ulaanbaatar last month to discuss the fate of Japanese nationals abducted by Pyongyang's agents in the 1970s and 1980s, several government sources said Wednesday, in the first known contact between the two countries in more than five years.

The Japanese side was led by Kenji Muraoka, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, according to the sources. North Korea sent Ri Chol Jin, a senior official of the Ministry of Foreign Affairs in charge of Japan.

Chief Cabinet Secretary Takeshi Ogiwara declined to confirm the meeting at a press conference, saying only that Tokyo was "using every possible channel" to resolve the abduction issue. "I will not comment on the details of diplomatic exchanges," Ogiwara said.

One of the sources said the North Korean delegation repeated Pyongyang's long-held position that the abduction issue "has already been settled," while the Japanese side pressed for the return of all victims still alive. Another source said the two sides agreed to meet again "at an appropriate time" but set no date.

The Mongolian Foreign Ministry said in a brief statement that it had provided a venue "at the request of both parties," without giving further details.

Prime Minister Sanae Takaichi has said she is ready to hold a summit with North Korean leader Kim Jong Un without preconditions. Her predecessors made similar offers without success.

In Pyongyang, the official Korean Central News Agency carried a commentary on Tuesday accusing Japan of "clinging to an issue that no longer exists" and demanding that Tokyo lift its unilateral sanctions first. The commentary did not mention the Ulaanbaatar meeting.

Families of the victims reacted with cautious hope. Yuriko Hamasaki, 87, whose daughter disappeared from a beach in Niigata Prefecture in 1978, told Kyodo News she had waited "too many years to be hopeful, and too many years to give up." She urged the government to bring her daughter home "while I can still recognise her."

The Association of the Families of Victims Kidnapped by North Korea, the main group representing the relatives, said in a statement that any deal must cover all victims at once. Its secretary general, Tetsuo Kanda, warned that a partial return "would split the families and end the issue forever."

Tokyo officially lists 17 people as abducted, five of whom returned to Japan in 2002 after a visit to Pyongyang by then Prime Minister Junichiro Koizumi.

The United States and South Korea have been briefed on the contact, according to a senior Japanese official. The official said Washington had "no objection" as long as Japan stayed within U.N. Security Council sanctions.

Experts said the meeting also served Pyongyang's interests as it seeks to ease its isolation. Hiroshi Nakazato, a professor of Korean studies at Keio University, said North Korea was "testing how much Tokyo is willing to pay for progress," adding that Japan had little leverage while Pyongyang enjoyed Russian backing.

The South Korean Unification Ministry said it supported "all efforts that contribute to peace on the Korean Peninsula.\""""
ENTITIES = [
    ("Japan", "State", ["Tokyo"], "Q17"),
    ("North Korea", "State", ["Pyongyang"], "Q423"),
    ("Ulaanbaatar", "Location", [], "Q23430"),
    ("several government sources", "Group", ["the sources"], None),
    ("Kenji Muraoka", "Person", [], None),
    ("Asian and Oceanian Affairs Bureau", "Organization", [], None),
    ("Foreign Ministry", "Organization", [], None),
    ("Ri Chol Jin", "Person", [], None),
    ("Ministry of Foreign Affairs", "Organization", [], None),
    ("Takeshi Ogiwara", "Person", ["Ogiwara"], None),
    ("One of the sources", "Group", [], None),
    ("Another source", "Group", [], None),
    ("Mongolian Foreign Ministry", "Organization", [], None),
    ("Sanae Takaichi", "Person", [], None),
    ("Kim Jong Un", "Person", [], None),
    ("Korean Central News Agency", "Organization", [], None),
    ("Yuriko Hamasaki", "Person", [], None),
    ("Niigata Prefecture", "Location", [], None),
    ("Kyodo News", "Organization", ["Kyodo"], None),
    ("Association of the Families of Victims Kidnapped by North Korea", "Organization", [], None),
    ("Tetsuo Kanda", "Person", [], None),
    ("Junichiro Koizumi", "Person", [], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("South Korea", "State", [], "Q884"),
    ("a senior Japanese official", "Group", ["The official"], None),
    ("U.N. Security Council", "Organization", [], "Q37470"),
    ("Experts", "Group", [], None),
    ("Hiroshi Nakazato", "Person", [], None),
    ("Keio University", "Organization", [], None),
    ("Russia", "State", [], "Q159"),
    ("South Korean Unification Ministry", "Organization", [], None),
    ("Korean Peninsula", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "several government sources", "said", ["Japanese and North Korean officials met secretly in Ulaanbaatar last month to discuss the fate of Japanese nationals abducted by Pyongyang's agents in the 1970s and 1980s"]),
    ("indirect", "several government sources", "according to", ["The Japanese side was led by Kenji Muraoka, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau"]),
    ("indirect", "Takeshi Ogiwara", "saying", ["Tokyo was \"using every possible channel\" to resolve the abduction issue"]),
    ("direct", "Takeshi Ogiwara", "Ogiwara said", ["I will not comment on the details of diplomatic exchanges,"]),
    ("indirect", "One of the sources", "said", ["the North Korean delegation repeated Pyongyang's long-held position that the abduction issue \"has already been settled,\" while the Japanese side pressed for the return of all victims still alive"]),
    ("indirect", "Another source", "said", ["the two sides agreed to meet again \"at an appropriate time\" but set no date"]),
    ("indirect", "Mongolian Foreign Ministry", "said in a brief statement", ["it had provided a venue \"at the request of both parties,\""]),
    ("indirect", "Sanae Takaichi", "has said", ["she is ready to hold a summit with North Korean leader Kim Jong Un without preconditions"]),
    ("indirect", "Korean Central News Agency", "accusing", ["Japan of \"clinging to an issue that no longer exists\""]),
    ("indirect", "Yuriko Hamasaki", "told Kyodo News", ["she had waited \"too many years to be hopeful, and too many years to give up.\""]),
    ("indirect", "Yuriko Hamasaki", "urged", ["the government to bring her daughter home \"while I can still recognise her.\""]),
    ("indirect", "Association of the Families of Victims Kidnapped by North Korea", "said in a statement", ["any deal must cover all victims at once"]),
    ("indirect", "Tetsuo Kanda", "warned", ["a partial return \"would split the families and end the issue forever.\""]),
    ("indirect", "a senior Japanese official", "according to", ["The United States and South Korea have been briefed on the contact"]),
    ("indirect", "a senior Japanese official", "said", ["Washington had \"no objection\" as long as Japan stayed within U.N. Security Council sanctions"]),
    ("indirect", "Experts", "said", ["the meeting also served Pyongyang's interests as it seeks to ease its isolation"]),
    ("indirect", "Hiroshi Nakazato", "said", ["North Korea was \"testing how much Tokyo is willing to pay for progress,\""]),
    ("indirect", "South Korean Unification Ministry", "said", ["it supported \"all efforts that contribute to peace on the Korean Peninsula.\""]),
]
AGREEMENTS = []
