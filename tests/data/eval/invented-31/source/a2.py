ID = "inv31-afp-mali-junta-gold-miner-permit-dispute-2026-10-15"
TITLE = "Mali junta seizes gold stocks as dispute with Canadian miner deepens"
PUB = "2026-10-15"
TEXT = """BAMAKO (AFP) - Mali's military authorities have seized three tonnes of gold from the Falea Hills mine in the west of the country, deepening a months-long dispute over taxes with its Canadian operator, Torvane Resources, a source close to the negotiations said on Wednesday.

The gold was flown by army helicopter to Bamako on Monday and placed in the vaults of the central bank, the source told AFP. "They want to show the company who owns the ground," the source said.

Torvane said in a statement that the seizure was illegal and that it would take the case to an international arbitration court. A company spokesman said the firm had paid all taxes owed under its 2019 mining code and had "nothing to hide."

A spokesman for the Ministry of Mines rejected that view. He said Torvane owed the state more than 200 billion CFA francs under the new code adopted last year. The ministry would return the gold once the debt was settled, he added.

Mining minister Aliou Diarra told state television that no foreign company was above Malian law. "The era when our gold left and our people stayed poor is over," Diarra said.

Two officials at the Ministry of Economy, speaking on condition of anonymity, said the junta needed the revenue to pay soldiers fighting jihadist groups in the centre and north. One of them said the seizure had been decided at a meeting of the transitional president's security council.

Torvane's local manager, Issa Keita, was detained for questioning last week and remains in custody in Bamako, his lawyer said. Lawyer Fatoumata Sidibe said her client had committed no crime. "He is a hostage in a tax dispute," she said.

A Canadian embassy spokesperson said consular officials had asked to see Keita and were awaiting a reply.

A senior diplomat in Bamako said several Western firms were reviewing their presence in Mali after the seizure. "Nobody will invest a dollar here until the rules stop changing," the diplomat said.

At the mine, some 2,000 workers have been sent home on half pay. Moussa Traore, a shift supervisor, said the miners did not take sides. "We just want the trucks to move again," he said.

Researchers at the Sahel Extractives Observatory, a research group in Dakar, have estimated that gold now accounts for four-fifths of Mali's exports. The group said the junta had renegotiated or cancelled at least six mining permits since 2023.

Russia's Volgazoloto and other firms from friendly countries have received new permits during the same period, the observatory said.

Torvane's shares fell 11 percent in Toronto on Tuesday."""
ENTITIES = [
    ("Bamako", "Location", ["BAMAKO"], None),
    ("AFP", "Organization", [], None),
    ("Mali", "State", [], "Q912"),
    ("Falea Hills", "Location", [], None),
    ("Torvane Resources", "Organization", ["Torvane"], None),
    ("a source close to the negotiations", "Group", ["the source"], None),
    ("Ministry of Mines", "Organization", ["The ministry"], None),
    ("Aliou Diarra", "Person", ["Diarra"], None),
    ("Two officials at the Ministry of Economy", "Group", [], None),
    ("One of them", "Group", [], None),
    ("Ministry of Economy", "Organization", [], None),
    ("Issa Keita", "Person", ["Keita"], None),
    ("Fatoumata Sidibe", "Person", [], None),
    ("Canadian embassy", "Organization", [], None),
    ("A senior diplomat in Bamako", "Group", ["the diplomat"], None),
    ("Moussa Traore", "Person", [], None),
    ("Sahel Extractives Observatory", "Organization", ["The group", "the observatory"], None),
    ("Researchers at the Sahel Extractives Observatory", "Group", [], None),
    ("Dakar", "Location", [], None),
    ("Russia", "State", [], "Q159"),
    ("Volgazoloto", "Organization", [], None),
    ("Toronto", "Location", [], None),
]
S = "a source close to the negotiations"
T = "Torvane Resources"
M = "Ministry of Mines"
O = "Two officials at the Ministry of Economy"
R = "Sahel Extractives Observatory"
STATEMENTS = [
    ("indirect", S, "a source close to the negotiations said", ["Mali's military authorities have seized three tonnes of gold from the Falea Hills mine in the west of the country, deepening a months-long dispute over taxes with its Canadian operator, Torvane Resources"]),
    ("indirect", S, "the source told AFP", ["The gold was flown by army helicopter to Bamako on Monday and placed in the vaults of the central bank"]),
    ("direct", S, "the source said", ["They want to show the company who owns the ground,"]),
    ("indirect", T, "said in a statement", ["the seizure was illegal"]),
    ("indirect", T, "said in a statement", ["it would take the case to an international arbitration court"]),
    ("partial", T, "A company spokesman said", ['the firm had paid all taxes owed under its 2019 mining code and had "nothing to hide."']),
    ("indirect", M, "He said", ["Torvane owed the state more than 200 billion CFA francs under the new code adopted last year"]),
    ("indirect", M, "he added", ["The ministry would return the gold once the debt was settled"]),
    ("indirect", "Aliou Diarra", "told state television", ["no foreign company was above Malian law"]),
    ("direct", "Aliou Diarra", "Diarra said", ["The era when our gold left and our people stayed poor is over,"]),
    ("indirect", O, "said", ["the junta needed the revenue to pay soldiers fighting jihadist groups in the centre and north"]),
    ("indirect", "One of them", "One of them said", ["the seizure had been decided at a meeting of the transitional president's security council"]),
    ("indirect", "Fatoumata Sidibe", "his lawyer said", ["Torvane's local manager, Issa Keita, was detained for questioning last week and remains in custody in Bamako"]),
    ("indirect", "Fatoumata Sidibe", "said", ["her client had committed no crime"]),
    ("direct", "Fatoumata Sidibe", "she said", ["He is a hostage in a tax dispute,"]),
    ("indirect", "Canadian embassy", "A Canadian embassy spokesperson said", ["consular officials had asked to see Keita and were awaiting a reply"]),
    ("indirect", "A senior diplomat in Bamako", "said", ["several Western firms were reviewing their presence in Mali after the seizure"]),
    ("direct", "A senior diplomat in Bamako", "the diplomat said", ["Nobody will invest a dollar here until the rules stop changing,"]),
    ("indirect", "Moussa Traore", "said", ["the miners did not take sides"]),
    ("direct", "Moussa Traore", "he said", ["We just want the trucks to move again,"]),
    ("indirect", "Researchers at the Sahel Extractives Observatory", "have estimated", ["gold now accounts for four-fifths of Mali's exports"]),
    ("indirect", R, "The group said", ["the junta had renegotiated or cancelled at least six mining permits since 2023"]),
    ("indirect", R, "the observatory said", ["Russia's Volgazoloto and other firms from friendly countries have received new permits during the same period"]),
]
AGREEMENTS = []
