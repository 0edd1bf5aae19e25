ID = "inv52-mongabay-brazil-munduruku-agreement-miners-tapajos-2026-07-09"
TITLE = "Munduruku leaders and Brazil's government sign pact to drive illegal miners off the upper Tapajós"
PUB = "2026-07-09"
TEXT = """- Munduruku leaders and Brazil's federal government signed an agreement on Tuesday that sets out a 90-day operation to remove illegal gold miners and their dredges from the Munduruku Indigenous Territory in Pará state.
- Munduruku guards will join federal patrols on the upper Tapajós River for the first time.

JACAREACANGA, Brazil — After three days of talks in this river town, Munduruku leaders and Brazil's federal government on Tuesday signed an agreement to clear illegal gold miners from the Munduruku Indigenous Territory within 90 days.

Under the deal, the Federal Police, the environmental agency Ibama and the armed forces will destroy the dredges that work the rivers of the territory, while 60 Munduruku guards will accompany the patrols and report new invasions. The government also committed to building two health posts to treat people with mercury poisoning.

"We did not come here to beg. We came to hold the state to its own law," said Cacique Osmar Tawé Munduruku, who leads the Munduruku Council of the Upper Tapajós and signed the document for 140 villages. "If the machines are still here in October, we will remove them ourselves."

Minister of Indigenous Peoples Raquel Tenório, who signed for the government, told Mongabay the operation would be "the largest ever carried out on the Tapajós." She said about 300 federal agents would be deployed and that the dredges would be destroyed where they were found.

Brazil's Supreme Federal Court ordered the removal of invaders from the territory in 2020, but the miners returned each time an operation ended. A similar agreement, signed by the council and the previous government in 2021, collapsed within weeks after miners set fire to the house of a Munduruku leader in Jacareacanga.

Rivers here carry some of the highest mercury levels recorded in the Amazon. According to a 2024 study by the Oswaldo Cruz Foundation (Fiocruz), nearly six in 10 Munduruku people tested had mercury levels above the safe limit.

"The children are the first to show it, in their hands and in their speech," said Joana Akay Munduruku, a health agent from the village of Sawré Aboy. She said the health posts should be run by people the communities trust.

An Ibama agent who has worked in the region for a decade said the dredges were being moved upriver as soon as the talks began. "They knew what was coming," the agent said. "Some of them will simply wait for us to leave."

The Tapajós Miners' Cooperative, which represents some 4,000 small-scale miners in Itaituba and Jacareacanga, accused the government of "declaring war on workers" and said its members would block the Transamazonian Highway if the operation went ahead. Its president, Edinaldo Prates, said the cooperative had proposed a deal under which its members would leave the territory in exchange for licences to mine "already degraded" areas outside it, but had received no answer.

"Nobody asked us to the table," Prates told Mongabay by phone from Itaituba.

The Federal Police said in a statement that it would "not tolerate threats against public agents or Indigenous communities."

Funai, the federal agency for Indigenous affairs, said the guards would receive training and radios before the operation starts.

For Osmar Tawé, the signature is only a beginning. "Paper does not stop a dredge," he said."""
ENTITIES = [
    ("Munduruku", "Group", [], None),
    ("Munduruku leaders", "Group", [], None),
    ("illegal gold miners", "Group", ["the miners"], None),
    ("the armed forces", "Group", [], None),
    ("Brazil", "State", ["Brazil's federal government"], "Q155"),
    ("Munduruku Indigenous Territory", "Location", [], None),
    ("Pará", "Location", [], None),
    ("Tapajós River", "Location", ["Tapajós"], None),
    ("Transamazonian Highway", "Location", [], None),
    ("Jacareacanga", "Location", ["JACAREACANGA"], None),
    ("Federal Police", "Organization", [], None),
    ("Ibama", "Organization", [], None),
    ("Osmar Tawé Munduruku", "Person", ["Cacique Osmar Tawé Munduruku", "Osmar Tawé"], None),
    ("Munduruku Council of the Upper Tapajós", "Organization", ["the council"], None),
    ("Raquel Tenório", "Person", ["Minister of Indigenous Peoples Raquel Tenório"], None),
    ("Mongabay", "Organization", [], None),
    ("Supreme Federal Court", "Organization", ["Brazil's Supreme Federal Court"], None),
    ("Amazon", "Location", [], None),
    ("Oswaldo Cruz Foundation", "Organization", ["Fiocruz"], None),
    ("Joana Akay Munduruku", "Person", [], None),
    ("Sawré Aboy", "Location", [], None),
    ("An Ibama agent who has worked in the region for a decade", "Group", ["the agent"], None),
    ("Tapajós Miners' Cooperative", "Organization", ["the cooperative"], None),
    ("Itaituba", "Location", [], None),
    ("Edinaldo Prates", "Person", ["Prates"], None),
    ("Funai", "Organization", [], None),
]
IBAMA = "An Ibama agent who has worked in the region for a decade"
STATEMENTS = [
    ("direct", "Osmar Tawé Munduruku", "said", ["We did not come here to beg. We came to hold the state to its own law,", "If the machines are still here in October, we will remove them ourselves."]),
    ("partial", "Raquel Tenório", "told Mongabay", ["the operation would be \"the largest ever carried out on the Tapajós.\""]),
    ("indirect", "Raquel Tenório", "She said", ["about 300 federal agents would be deployed"]),
    ("indirect", "Raquel Tenório", "She said", ["the dredges would be destroyed where they were found"]),
    ("indirect", "Oswaldo Cruz Foundation", "According to", ["nearly six in 10 Munduruku people tested had mercury levels above the safe limit"]),
    ("direct", "Joana Akay Munduruku", "said", ["The children are the first to show it, in their hands and in their speech,"]),
    ("indirect", "Joana Akay Munduruku", "She said", ["the health posts should be run by people the communities trust"]),
    ("indirect", IBAMA, "said", ["the dredges were being moved upriver as soon as the talks began"]),
    ("direct", IBAMA, "the agent said", ["They knew what was coming,", "Some of them will simply wait for us to leave."]),
    ("partial", "Tapajós Miners' Cooperative", "accused", ["the government of \"declaring war on workers\""]),
    ("indirect", "Tapajós Miners' Cooperative", "said", ["its members would block the Transamazonian Highway if the operation went ahead"]),
    ("partial", "Edinaldo Prates", "said", ["the cooperative had proposed a deal under which its members would leave the territory in exchange for licences to mine \"already degraded\" areas outside it, but had received no answer"]),
    ("direct", "Edinaldo Prates", "told Mongabay", ["Nobody asked us to the table,"]),
    ("partial", "Federal Police", "said in a statement", ["it would \"not tolerate threats against public agents or Indigenous communities.\""]),
    ("indirect", "Funai", "said", ["the guards would receive training and radios before the operation starts"]),
    ("direct", "Osmar Tawé Munduruku", "he said", ["Paper does not stop a dredge,"]),
]
AGREEMENTS = [
    ("agreement", "an agreement to clear illegal gold miners from the Munduruku Indigenous Territory", ["Brazil", "Munduruku Council of the Upper Tapajós"], "signed", "2026-07-07", "Jacareacanga"),
    ("agreement", "A similar agreement", ["Brazil", "Munduruku Council of the Upper Tapajós"], "collapsed", "2021", None),
    ("deal", "a deal under which its members would leave the territory", ["Tapajós Miners' Cooperative"], "proposed", None, None),
]
