ID = "inv7-kyodo-japan-russia-kurils-kelp-protocol-2026-06-11"
TITLE = "Japan, Russia reach protocol on Hokkaido kelp fishing near disputed isles"
PUB = "2026-06-11"
TEXT = """TOKYO, June 11 Kyodo — Japan and Russia have reached a protocol allowing Hokkaido fishermen to resume kelp harvesting in waters near the Russian-held islands off Hokkaido this summer, the Japanese government said Thursday, ending a two-year suspension that has hit coastal towns in the Nemuro area.

Under the protocol, agreed after four days of talks in the Russian capital, about 250 Japanese boats will be allowed to operate near Kaigara Island from June 20 to the end of September in exchange for a fee paid by a Hokkaido fisheries association, according to the Fisheries Agency.

"We welcome the fact that a safe fishing environment has been secured for the people of Nemuro," Chief Cabinet Secretary Takeshi Moriyama told a press conference. Moriyama added that Japan's legal position on the islands, which it calls the Northern Territories, "has not changed in the slightest."

Foreign Minister Yuko Hanazawa, speaking to reporters after a Cabinet meeting, said the government would continue to seek the return of the four islands and the conclusion of a peace treaty. She also said Tokyo had raised the detention of a Japanese crew member in Sakhalin last month and asked for his early release.

Both ministers declined to comment on the size of the fee. A senior Foreign Ministry official said the negotiations had nearly broken down on the second day over Russian demands to inspect Japanese vessels at sea. "In the end, they accepted our wording on inspections. That was the line we could not cross," the official said.

Moscow gave a more guarded account. The Russian Federal Agency for Fishery said in a statement posted on its website that the protocol "fully respects the sovereignty of the Russian Federation over its territory" and that Japanese boats would be inspected "in accordance with Russian law."

Russian Deputy Foreign Minister Grigory Levashov told the state news agency TASS that relations with Tokyo would not improve while Japan "continues its unfriendly sanctions policy," but that Moscow saw no reason to punish fishermen for the decisions of their government.

The kelp protocol is the only bilateral arrangement in the area that has survived since Russia withdrew in 2022 from a framework on joint economic activities on the islands and suspended visa-free visits by former Japanese residents. Japan has proposed a plan to resume those visits, at least for the graves of relatives, but Moscow has not responded.

In Nemuro, the news was greeted with relief. Kenji Sasaki, who heads the Habomai Fisheries Cooperative, said his members had lost about 60 percent of their income since the suspension. "Kelp is our rice. Without it, young people leave," he said.

"We are happy, of course. But they can close the sea again tomorrow," said Sasaki's deputy, Michiko Oyama, who has fished in the area for 38 years. She said many boat owners had sold their vessels during the two-year halt.

Kazuo Ishibe, a professor of Russian studies at Hokkaido University, said the deal showed that both governments still wanted a working channel despite the war in Ukraine. "Fisheries are the last door that neither side wants to close," he said. "It tells you that Moscow still values Japan as a customer, if not as a partner."

The Japan Coast Guard said it would deploy patrol vessels along the median line during the season to prevent incidents.

Russia seized a Japanese fishing boat in the area in 2024, holding its captain for three weeks. That incident led Tokyo to suspend the annual talks, a government source said, adding that the resumption "was not an easy decision" for Prime Minister Haruto Kanemura."""
ENTITIES = [
    ("Kyodo", "Organization", [], "Q1145097"),
    ("a government source", "Group", [], None),
    ("A senior Foreign Ministry official", "Group", [], None),
    ("Japan", "State", ["Tokyo"], "Q17"),
    ("Russia", "State", ["Moscow", "Russian Federation"], "Q159"),
    ("Hokkaido", "Location", [], "Q1037393"),
    ("Nemuro", "Location", [], None),
    ("Kaigara Island", "Location", [], None),
    ("Fisheries Agency", "Organization", [], None),
    ("Takeshi Moriyama", "Person", ["Moriyama"], None),
    ("Northern Territories", "Location", [], None),
    ("Yuko Hanazawa", "Person", [], None),
    ("Sakhalin", "Location", [], "Q7792"),
    ("Foreign Ministry", "Organization", [], None),
    ("Russian Federal Agency for Fishery", "Organization", [], None),
    ("Grigory Levashov", "Person", [], None),
    ("TASS", "Organization", [], "Q223799"),
    ("Kenji Sasaki", "Person", ["Sasaki"], None),
    ("Habomai Fisheries Cooperative", "Organization", [], None),
    ("Michiko Oyama", "Person", [], None),
    ("Kazuo Ishibe", "Person", [], None),
    ("Hokkaido University", "Organization", [], "Q7089"),
    ("Ukraine", "State", [], "Q212"),
    ("Japan Coast Guard", "Organization", [], None),
    ("Haruto Kanemura", "Person", [], None),
]
STATEMENTS = [
    ("indirect", "Japan", "said", ["Japan and Russia have reached a protocol allowing Hokkaido fishermen to resume kelp harvesting in waters near the Russian-held islands off Hokkaido this summer"]),
    ("indirect", "Fisheries Agency", "according to", ["about 250 Japanese boats will be allowed to operate near Kaigara Island from June 20 to the end of September in exchange for a fee paid by a Hokkaido fisheries association"]),
    ("direct", "Takeshi Moriyama", "told a press conference", ["We welcome the fact that a safe fishing environment has been secured for the people of Nemuro,"]),
    ("indirect", "Takeshi Moriyama", "added", ["Japan's legal position on the islands, which it calls the Northern Territories, \"has not changed in the slightest.\""]),
    ("indirect", "Yuko Hanazawa", "said", ["the government would continue to seek the return of the four islands and the conclusion of a peace treaty"]),
    ("indirect", "Yuko Hanazawa", "said", ["Tokyo had raised the detention of a Japanese crew member in Sakhalin last month and asked for his early release"]),
    ("indirect", "A senior Foreign Ministry official", "said", ["the negotiations had nearly broken down on the second day over Russian demands to inspect Japanese vessels at sea"]),
    ("direct", "A senior Foreign Ministry official", "said", ["In the end, they accepted our wording on inspections. That was the line we could not cross,"]),
    ("indirect", "Russian Federal Agency for Fishery", "said in a statement", ["the protocol \"fully respects the sovereignty of the Russian Federation over its territory\""]),
    ("indirect", "Russian Federal Agency for Fishery", "said in a statement", ["Japanese boats would be inspected \"in accordance with Russian law.\""]),
    ("indirect", "Grigory Levashov", "told", ["relations with Tokyo would not improve while Japan \"continues its unfriendly sanctions policy,\" but that Moscow saw no reason to punish fishermen for the decisions of their government"]),
    ("indirect", "Kenji Sasaki", "said", ["his members had lost about 60 percent of their income since the suspension"]),
    ("direct", "Kenji Sasaki", "said", ["Kelp is our rice. Without it, young people leave,"]),
    ("direct", "Michiko Oyama", "said", ["We are happy, of course. But they can close the sea again tomorrow,"]),
    ("indirect", "Michiko Oyama", "said", ["many boat owners had sold their vessels during the two-year halt"]),
    ("indirect", "Kazuo Ishibe", "said", ["the deal showed that both governments still wanted a working channel despite the war in Ukraine"]),
    ("direct", "Kazuo Ishibe", "said", ["Fisheries are the last door that neither side wants to close,", "It tells you that Moscow still values Japan as a customer, if not as a partner."]),
    ("indirect", "Japan Coast Guard", "said", ["it would deploy patrol vessels along the median line during the season to prevent incidents"]),
    ("indirect", "a government source", "said", ["That incident led Tokyo to suspend the annual talks"]),
    ("indirect", "a government source", "adding", ["the resumption \"was not an easy decision\" for Prime Minister Haruto Kanemura"]),
]
AGREEMENTS = [
    ("protocol", "a protocol allowing Hokkaido fishermen to resume kelp harvesting", ["Japan", "Russia"], "reached", None, None),
    ("framework", "a framework on joint economic activities on the islands", ["Japan", "Russia"], "withdrawn", None, None),
    ("plan", "a plan to resume those visits", ["Japan"], "proposed", None, None),
]
