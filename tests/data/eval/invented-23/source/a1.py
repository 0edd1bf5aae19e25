ID = "inv23-khmertimes-laos-cambodia-xe-nam-phou-dam-consultation-2026-10-14"
TITLE = "Phnom Penh asks Vientiane to delay Xe Nam Phou dam as fishing communities protest"
PUB = "2026-10-14"
TEXT = """Cambodia has formally asked Laos to postpone construction of the Xe Nam Phou hydropower dam on the Mekong until a joint study of its effects on fish stocks downstream is finished, the Ministry of Water Resources and Meteorology said on Tuesday.

In a letter delivered to the Lao embassy in Phnom Penh, the ministry said the six-month consultation required under the 1995 Mekong Agreement had "not yet answered the questions that matter most to our people". Vientiane notified the Mekong River Commission of the project in March.

Secretary of State Chhum Vannak, who led the Cambodian delegation at the last round of talks, told reporters that Phnom Penh did not oppose hydropower in principle. "We are not asking Laos to stop developing. We are asking for data," he said.

The Lao Ministry of Energy and Mines said in a statement that the dam had been redesigned with a fish passage and that the developer would release sediment twice a year. It said the consultation had been completed "in full accordance with the procedures".

The developer, Siam Riverpower, a Bangkok-listed company, is building the plant under a 29-year concession and expects to sell most of the electricity to Thailand. A spokeswoman for the company, Pimchanok Sriwong, said the design had been reviewed by independent engineers.

Fishing families in Stung Treng province say the catch has already fallen since two upstream dams began operating. Sok Heng, 52, who has fished the river near the Lao border for three decades, said he now earned a third of what he did ten years ago. "If they build another wall, my sons will go to work in Thailand," he said.

The Mekong Fisheries Watch, a network of community groups, said about 40,000 people along the river in Cambodia depend on migratory fish. Its coordinator, Ly Sopheap, urged the commission to publish the full environmental assessment.

The commission's chief executive, Anoulak Kittikhoun, said in a statement that the two countries had agreed to a joint monitoring programme for the dam's first five years of operation but that the programme's terms were still being negotiated.

Vietnam, which sits at the river's mouth, has also raised concerns. A Vietnamese foreign ministry spokesperson said Hanoi hoped upstream countries would "take into account the livelihoods of the millions living in the delta".

Environmental groups have long accused China of holding back water in dry years at its dams on the upper river, a charge Beijing denies.

Officials in Vientiane said construction would go ahead next year as planned."""
ENTITIES = [
    ("Cambodia", "State", ["Phnom Penh"], "Q424"),
    ("Laos", "State", ["Vientiane"], "Q819"),
    ("Xe Nam Phou", "Location", [], None),
    ("Mekong", "Location", [], None),
    ("Ministry of Water Resources and Meteorology", "Organization", [], None),
    ("Lao embassy in Phnom Penh", "Organization", [], None),
    ("Mekong River Commission", "Organization", ["the commission"], "Q1418347"),
    ("Chhum Vannak", "Person", [], None),
    ("Lao Ministry of Energy and Mines", "Organization", [], None),
    ("Siam Riverpower", "Organization", [], None),
    ("Thailand", "State", [], "Q869"),
    ("Pimchanok Sriwong", "Person", [], None),
    ("Fishing families in Stung Treng province", "Group", [], None),
    ("Stung Treng", "Location", [], None),
    ("Sok Heng", "Person", [], None),
    ("Mekong Fisheries Watch", "Organization", [], None),
    ("Ly Sopheap", "Person", [], None),
    ("Anoulak Kittikhoun", "Person", [], None),
    ("Vietnam", "State", ["Hanoi"], "Q881"),
    ("Vietnamese foreign ministry", "Organization", [], None),
    ("Environmental groups", "Group", [], None),
    ("China", "State", ["Beijing"], "Q148"),
    ("Officials in Vientiane", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "Ministry of Water Resources and Meteorology", "said", ["Cambodia has formally asked Laos to postpone construction of the Xe Nam Phou hydropower dam on the Mekong until a joint study of its effects on fish stocks downstream is finished"]),
    ("indirect", "Ministry of Water Resources and Meteorology", "the ministry said", ["the six-month consultation required under the 1995 Mekong Agreement had \"not yet answered the questions that matter most to our people\""]),
    ("indirect", "Chhum Vannak", "told reporters", ["Phnom Penh did not oppose hydropower in principle"]),
    ("direct", "Chhum Vannak", "he said", ["We are not asking Laos to stop developing. We are asking for data,"]),
    ("indirect", "Lao Ministry of Energy and Mines", "said in a statement", ["the dam had been redesigned with a fish passage"]),
    ("indirect", "Lao Ministry of Energy and Mines", "said in a statement", ["the developer would release sediment twice a year"]),
    ("indirect", "Lao Ministry of Energy and Mines", "It said", ["the consultation had been completed \"in full accordance with the procedures\""]),
    ("indirect", "Pimchanok Sriwong", "said", ["the design had been reviewed by independent engineers"]),
    ("indirect", "Fishing families in Stung Treng province", "say", ["the catch has already fallen since two upstream dams began operating"]),
    ("indirect", "Sok Heng", "said", ["he now earned a third of what he did ten years ago"]),
    ("direct", "Sok Heng", "he said", ["If they build another wall, my sons will go to work in Thailand,"]),
    ("indirect", "Mekong Fisheries Watch", "said", ["about 40,000 people along the river in Cambodia depend on migratory fish"]),
    ("indirect", "Ly Sopheap", "urged", ["the commission to publish the full environmental assessment"]),
    ("indirect", "Anoulak Kittikhoun", "said in a statement", ["the two countries had agreed to a joint monitoring programme for the dam's first five years of operation but that the programme's terms were still being negotiated"]),
    ("indirect", "Vietnamese foreign ministry", "said", ["Hanoi hoped upstream countries would \"take into account the livelihoods of the millions living in the delta\""]),
    ("indirect", "Environmental groups", "have long accused", ["China of holding back water in dry years at its dams on the upper river"]),
    ("indirect", "China", "denies", ["a charge"]),
    ("indirect", "Officials in Vientiane", "said", ["construction would go ahead next year as planned"]),
]
AGREEMENTS = [
    ("agreement", "the 1995 Mekong Agreement", ["Cambodia", "Laos", "Thailand", "Vietnam"], "in-force", "1995", None),
    ("other", "a 29-year concession", ["Laos", "Siam Riverpower"], "signed", None, None),
    ("other", "a joint monitoring programme", ["Cambodia", "Laos"], "not-formalized", None, None),
]
