ID = "inv48-eurasianet-uzbekistan-afghanistan-qosh-tepa-water-memorandum-termez-2026-05-20"
TITLE = "Uzbekistan, Taliban sign Amu Darya water memorandum as Qosh Tepa canal fills"
PUB = "2026-05-20"
TEXT = """Uzbekistan and Afghanistan's Taliban authorities have signed a memorandum on sharing data about the Amu Darya, the first written water arrangement between Tashkent and Kabul since the Taliban returned to power in 2021.

The document was signed in Termez on Monday by Uzbekistan's Minister of Water Resources, Bakhtiyor Rakhmatov, and Abdul Rahim Sadiqi, who heads the Taliban-run Ministry of Energy and Water. Under it, the two sides will exchange daily readings from gauging stations upstream and downstream of the Qosh Tepa canal, which Afghanistan is digging across its northern plains.

The talks were facilitated by the UN Regional Centre for Preventive Diplomacy for Central Asia, known as UNRCCA, whose head, Kanat Tolegenov, attended the signing. In a statement, UNRCCA said the memorandum was "a modest but concrete step" and that it stood ready to support further technical work.

Rakhmatov told reporters after the ceremony that the canal "will change the river for all of us" and that Uzbekistan needed numbers, not promises. He said Tashkent had offered to set up a joint water commission with permanent staff on both banks, but that the Afghan side had asked for time to consider it.

Sadiqi said in remarks broadcast by the Bakhtar news agency that Afghanistan had "the same right to its water as any other country." He did not address the commission proposal.

Eurasianet could not reach Turkmenistan's Foreign Ministry for comment. Ashgabat, whose cotton farms in Lebap and Dashoguz rely on the same river, has not joined the arrangement. A Turkmen diplomat in Tashkent, who asked not to be named, said his government had "serious questions" about the canal and wanted any deal on the river to include all states that use it.

Afghanistan is not a party to the 1992 Almaty agreement, under which Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan divide the waters of the Amu Darya and Syr Darya among themselves. Kabul has never been invited to the body the agreement created, the Interstate Commission for Water Coordination.

Experts say the arrangement leaves the region's fastest-growing water user outside every rulebook. "The Almaty system was built for five Soviet republics. The sixth country on the river was simply left off the map," said Dinara Sultanova, a hydrologist at the Central Asian Institute for Applied Geosciences in Bishkek.

She said the new memorandum was useful but warned that data-sharing "does not put a single extra litre in the river." Farmers in Karakalpakstan, at the end of the Amu Darya, already complain that the water arrives late and salty.

Uzbekistan's Ministry of Water Resources said a second round of talks, on the commission Uzbekistan has proposed, was planned for the autumn."""
ENTITIES = [
    ("Uzbekistan", "State", ["Tashkent"], "Q265"),
    ("Afghanistan", "State", ["Kabul"], "Q889"),
    ("Taliban", "Organization", [], None),
    ("Amu Darya", "Location", [], None),
    ("Termez", "Location", [], None),
    ("Bakhtiyor Rakhmatov", "Person", ["Rakhmatov"], None),
    ("Abdul Rahim Sadiqi", "Person", ["Sadiqi"], None),
    ("Ministry of Energy and Water", "Organization", [], None),
    ("Qosh Tepa canal", "Location", [], None),
    ("UN Regional Centre for Preventive Diplomacy for Central Asia", "Organization", ["UNRCCA"], None),
    ("Kanat Tolegenov", "Person", [], None),
    ("Bakhtar news agency", "Organization", [], None),
    ("Eurasianet", "Organization", [], None),
    ("Turkmenistan's Foreign Ministry", "Organization", [], None),
    ("Turkmenistan", "State", ["Ashgabat"], "Q874"),
    ("Lebap", "Location", [], None),
    ("Dashoguz", "Location", [], None),
    ("A Turkmen diplomat in Tashkent", "Group", [], None),
    ("Kazakhstan", "State", [], "Q232"),
    ("Kyrgyzstan", "State", [], "Q813"),
    ("Tajikistan", "State", [], "Q863"),
    ("Syr Darya", "Location", [], None),
    ("Interstate Commission for Water Coordination", "Organization", [], None),
    ("Dinara Sultanova", "Person", [], None),
    ("Central Asian Institute for Applied Geosciences", "Organization", [], None),
    ("Bishkek", "Location", [], None),
    ("Almaty", "Location", [], None),
    ("Karakalpakstan", "Location", [], None),
    ("Uzbekistan's Ministry of Water Resources", "Organization", [], None),
]
TD = "A Turkmen diplomat in Tashkent"
STATEMENTS = [
    ("partial", "UN Regional Centre for Preventive Diplomacy for Central Asia", "said", ['the memorandum was "a modest but concrete step"']),
    ("indirect", "UN Regional Centre for Preventive Diplomacy for Central Asia", "said", ["it stood ready to support further technical work"]),
    ("partial", "Bakhtiyor Rakhmatov", "told reporters", ['the canal "will change the river for all of us"']),
    ("indirect", "Bakhtiyor Rakhmatov", "told reporters", ["Uzbekistan needed numbers, not promises"]),
    ("indirect", "Bakhtiyor Rakhmatov", "He said", ["Tashkent had offered to set up a joint water commission with permanent staff on both banks"]),
    ("indirect", "Bakhtiyor Rakhmatov", "He said", ["the Afghan side had asked for time to consider it"]),
    ("partial", "Abdul Rahim Sadiqi", "said", ['Afghanistan had "the same right to its water as any other country."']),
    ("partial", TD, "said", ['his government had "serious questions" about the canal']),
    ("indirect", TD, "said", ["wanted any deal on the river to include all states that use it"]),
    ("direct", "Dinara Sultanova", "said", ["The Almaty system was built for five Soviet republics. The sixth country on the river was simply left off the map,"]),
    ("indirect", "Dinara Sultanova", "She said", ["the new memorandum was useful"]),
    ("partial", "Dinara Sultanova", "warned", ['data-sharing "does not put a single extra litre in the river."']),
    ("indirect", "Farmers in Karakalpakstan", "complain", ["the water arrives late and salty"]),
    ("indirect", "Uzbekistan's Ministry of Water Resources", "said", ["a second round of talks, on the commission Uzbekistan has proposed, was planned for the autumn"]),
]
ENTITIES.append(("Farmers in Karakalpakstan", "Group", [], None))
ENTITIES.append(("Experts", "Group", [], None))
STATEMENTS.insert(9, ("indirect", "Experts", "say", ["the arrangement leaves the region's fastest-growing water user outside every rulebook"]))
AGREEMENTS = [
    ("memorandum", "a memorandum on sharing data about the Amu Darya", ["Uzbekistan", "Afghanistan"], "signed", "2026-05-18", "Termez"),
    ("proposal", "a joint water commission", ["Uzbekistan"], "proposed", None, None),
    ("agreement", "the 1992 Almaty agreement", ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "in-force", "1992", None),
]
