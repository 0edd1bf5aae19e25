ID = "inv11-almonitor-iraq-turkey-tigris-water-release-2026-07-22"
TITLE = "Iraq presses Turkey for more Tigris water as Basra wells turn salty"
PUB = "2026-07-22"
TEXT = """BAGHDAD — Iraq has asked Turkey to double the water it releases into the Tigris this summer, Iraqi officials told Al-Monitor, as salt from the Gulf pushes up the Shatt al-Arab and farmers in the south abandon their fields.

The request was carried to Ankara last week by Iraq's water resources minister, Haider Latif al-Saadi, who met Turkish officials at the State Hydraulic Works. Two officials at the Iraqi ministry said the minister had asked for a release of 500 cubic metres a second until the end of September.

"We are not asking for a gift. We are asking for the river to reach Basra alive," al-Saadi told reporters on his return. He said Turkey had promised "to study the figures with care," which he called "a door that is not yet closed."

Turkish officials have given a more cautious account. A Turkish diplomat in Baghdad, speaking on condition of anonymity, said Ankara faced its own drought and could not "empty its dams for one neighbour." The diplomat added that Turkish engineers had offered to help Iraq cut the losses in its canals, which he said waste a third of the water that arrives.

Turkey's Foreign Ministry said in a statement that the two countries had agreed to meet again in August and that "water must be a reason for cooperation, not complaint."

In Basra, the crisis is already visible. Farmers in the Abu al-Khasib district say their date palms are dying. "My grandfather planted these trees. I watch them burn from the roots," said Jabbar Hamid Nasser, who has lost half his orchard. His neighbour, Umm Karrar, said the family now buys drinking water from tankers. "The river is in front of my house and I pay for water," she said.

Provincial officials said at least 9,000 families had left the district since spring. The provincial council's spokesman, Alaa Kadhim Shubbar, said the figure was "the beginning, not the end."

Experts say both sides share the blame. Defne Arslanoglu, a hydrologist at the Istanbul-based Centre for Basin Studies, said Turkish dams had cut the river's summer flow but Iraq had "never priced water for what it is." She said a deal on releases would help only if Iraq repaired its canals.

"The water that Turkey sends is lost in open ditches before it reaches the south," the hydrologist said. "Ankara knows this, and it uses it in every meeting."

Iraqi officials reject that account. One official said the ministry had lined 400 kilometres of canals since 2024. Another said the real problem was the dams upstream. "They built them and now they tell us to be careful," he said.

Iraqi Prime Minister's office said on Monday that water would be "at the top" of talks when the Turkish president visits Baghdad in the autumn.

Kurdish officials in Erbil, whose region also draws on the Tigris and its tributaries, have stayed quiet. A spokesperson for the Kurdistan Regional Government said only that it "supports every effort by Baghdad to secure the rights of all Iraqis.\""""
G = "Two officials at the Iraqi ministry"
ENTITIES = [
    ("Iraq", "State", ["Baghdad"], "Q796"),
    ("Turkey", "State", ["Ankara"], "Q43"),
    ("Tigris", "Location", [], None),
    ("Al-Monitor", "Organization", [], None),
    ("Shatt al-Arab", "Location", [], None),
    ("Haider Latif al-Saadi", "Person", ["al-Saadi"], None),
    ("State Hydraulic Works", "Organization", [], None),
    (G, "Group", [], None),
    ("Basra", "Location", [], None),
    ("A Turkish diplomat in Baghdad", "Group", [], None),
    ("Turkey's Foreign Ministry", "Organization", [], None),
    ("Abu al-Khasib", "Location", [], None),
    ("Farmers in the Abu al-Khasib district", "Group", [], None),
    ("Jabbar Hamid Nasser", "Person", [], None),
    ("Umm Karrar", "Person", [], None),
    ("Provincial officials", "Group", [], None),
    ("Alaa Kadhim Shubbar", "Person", [], None),
    ("Defne Arslanoglu", "Person", [], None),
    ("Istanbul", "Location", [], None),
    ("Centre for Basin Studies", "Organization", [], None),
    ("One official", "Group", [], None),
    ("Another", "Group", [], None),
    ("Iraqi Prime Minister's office", "Group", [], None),
    ("Erbil", "Location", [], None),
    ("Kurdistan Regional Government", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Iraq", "told Al-Monitor", ["Iraq has asked Turkey to double the water it releases into the Tigris this summer"]),
    ("indirect", G, "said", ["the minister had asked for a release of 500 cubic metres a second until the end of September"]),
    ("direct", "Haider Latif al-Saadi", "told reporters", ["We are not asking for a gift. We are asking for the river to reach Basra alive,"]),
    ("indirect", "Haider Latif al-Saadi", "said", ["Turkey had promised \"to study the figures with care,\""]),
    ("indirect", "A Turkish diplomat in Baghdad", "said", ["Ankara faced its own drought and could not \"empty its dams for one neighbour.\""]),
    ("indirect", "A Turkish diplomat in Baghdad", "added", ["Turkish engineers had offered to help Iraq cut the losses in its canals"]),
    ("indirect", "Turkey's Foreign Ministry", "said in a statement", ["the two countries had agreed to meet again in August", "\"water must be a reason for cooperation, not complaint.\""]),
    ("indirect", "Farmers in the Abu al-Khasib district", "say", ["their date palms are dying"]),
    ("direct", "Jabbar Hamid Nasser", "said", ["My grandfather planted these trees. I watch them burn from the roots,"]),
    ("indirect", "Umm Karrar", "said", ["the family now buys drinking water from tankers"]),
    ("direct", "Umm Karrar", "she said", ["The river is in front of my house and I pay for water,"]),
    ("indirect", "Provincial officials", "said", ["at least 9,000 families had left the district since spring"]),
    ("indirect", "Alaa Kadhim Shubbar", "said", ["the figure was \"the beginning, not the end.\""]),
    ("indirect", "Defne Arslanoglu", "said", ["Turkish dams had cut the river's summer flow but Iraq had \"never priced water for what it is.\""]),
    ("indirect", "Defne Arslanoglu", "said", ["a deal on releases would help only if Iraq repaired its canals"]),
    ("direct", "Defne Arslanoglu", "said", ["The water that Turkey sends is lost in open ditches before it reaches the south,", "Ankara knows this, and it uses it in every meeting."]),
    ("indirect", "One official", "said", ["the ministry had lined 400 kilometres of canals since 2024"]),
    ("indirect", "Another", "said", ["the real problem was the dams upstream"]),
    ("direct", "Another", "he said", ["They built them and now they tell us to be careful,"]),
    ("indirect", "Iraqi Prime Minister's office", "said on Monday", ["water would be \"at the top\" of talks when the Turkish president visits Baghdad in the autumn"]),
    ("indirect", "Kurdistan Regional Government", "said only", ["it \"supports every effort by Baghdad to secure the rights of all Iraqis.\""]),
]
AGREEMENTS = []
