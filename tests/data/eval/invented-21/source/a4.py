ID = "inv21-explainer-benin-nigeria-seme-krake-joint-border-post-2026-11-19"
TITLE = "Explainer: Why the Seme-Krake joint border post still is not working"
PUB = "2026-11-19"
TEXT = """COTONOU - Seven years after Nigeria shut its land borders to fight rice smuggling, the busiest crossing on the West African coast is still slower than anyone promised. Here is what we know about the latest attempt to fix it.

What was agreed?

On Monday, officials from Benin and Nigeria initialled a protocol on the joint management of the Seme-Krake border post, Benin's government said in a communique. Under the protocol, customs and immigration officers of both countries would check travellers and lorries once, in a single building, instead of twice on either side of the line.

The protocol still has to be signed by the two trade ministers, which a Beninese official said could happen "before the end of the year." Nigeria's Ministry of Industry, Trade and Investment said only that the text would go to the Federal Executive Council.

Why does it matter?

The corridor between Lagos and Abidjan carries most of the region's road trade. The World Bank has estimated that a lorry can lose two days at Seme-Krake alone. Transporters blame a mix of duplicated checks, unofficial payments and long queues.

"We pay at every barrier, and nobody can tell us where the money goes," said Idrissou Sanni, a lorry driver waiting on the Beninese side with a load of frozen chicken. He said he had been in the queue since Saturday.

Who is against it?

The Nigeria Customs Service has long resisted sharing a building with its Beninese counterpart. A senior customs officer in Lagos, who asked not to be named, told us that the service feared losing control of its revenue. "Smugglers will not stop because we sit at the same table," the officer said.

The Benin customs administration, the Direction Générale des Douanes, declined to comment.

What about the free movement rules?

Both countries are bound by the ECOWAS Protocol on Free Movement of Persons, signed in 1979, which allows citizens of member states to travel without visas for up to ninety days. The ECOWAS Commission said in a statement that the new protocol "brings us closer to the borders our founders imagined."

Critics say the rules are often ignored. Kemi Adeyemi, who heads the Lagos-based Borderless Alliance, a lobby group for traders, said her members still faced "a wall of paperwork" at every crossing.

What could go wrong?

Plenty, say those who watched the last attempt. A similar agreement, reached in 2018, was never carried out after the border closure the following year. Dangote Group, which moves cement across the border, said it would wait for the first lorries to pass before changing its routes.

In Cotonou, Benin's trade minister, Aurélie Houngbédji, said she understood the doubts. "People have heard promises before. This time we have a date, a building and a budget," she told reporters.

Nigerian President Bola Tinubu has not commented on the protocol."""
ENTITIES = [
    ("Nigeria", "State", [], "Q1033"),
    ("Benin", "State", ["Benin's government"], "Q962"),
    ("Seme-Krake", "Location", [], None),
    ("a Beninese official", "Group", [], None),
    ("Ministry of Industry, Trade and Investment", "Organization", [], None),
    ("Federal Executive Council", "Organization", [], None),
    ("Lagos", "Location", [], "Q8673"),
    ("Abidjan", "Location", [], "Q1515"),
    ("World Bank", "Organization", [], "Q7164"),
    ("Idrissou Sanni", "Person", [], None),
    ("Nigeria Customs Service", "Organization", [], None),
    ("A senior customs officer in Lagos", "Group", ["the officer"], None),
    ("Direction Générale des Douanes", "Organization", ["The Benin customs administration"], None),
    ("ECOWAS", "Organization", [], "Q83276"),
    ("ECOWAS Commission", "Organization", [], None),
    ("Kemi Adeyemi", "Person", [], None),
    ("Borderless Alliance", "Organization", [], None),
    ("Critics", "Group", [], None),
    ("Dangote Group", "Organization", [], "Q5217131"),
    ("Cotonou", "Location", [], "Q43595"),
    ("Aurélie Houngbédji", "Person", [], None),
    ("Bola Tinubu", "Person", ["Nigerian President Bola Tinubu"], "Q4934669"),
]
STATEMENTS = [
    ("indirect", "Benin", "said in a communique", ["On Monday, officials from Benin and Nigeria initialled a protocol on the joint management of the Seme-Krake border post"]),
    ("indirect", "a Beninese official", "said", ["could happen \"before the end of the year.\""]),
    ("indirect", "Ministry of Industry, Trade and Investment", "said", ["only that the text would go to the Federal Executive Council"]),
    ("indirect", "World Bank", "has estimated", ["a lorry can lose two days at Seme-Krake alone"]),
    ("direct", "Idrissou Sanni", "said", ["We pay at every barrier, and nobody can tell us where the money goes,"]),
    ("indirect", "Idrissou Sanni", "He said", ["he had been in the queue since Saturday"]),
    ("indirect", "A senior customs officer in Lagos", "told us", ["the service feared losing control of its revenue"]),
    ("direct", "A senior customs officer in Lagos", "the officer said", ["Smugglers will not stop because we sit at the same table,"]),
    ("indirect", "ECOWAS Commission", "said in a statement", ["the new protocol \"brings us closer to the borders our founders imagined.\""]),
    ("indirect", "Critics", "say", ["the rules are often ignored"]),
    ("indirect", "Kemi Adeyemi", "said", ["her members still faced \"a wall of paperwork\" at every crossing"]),
    ("indirect", "Dangote Group", "said", ["it would wait for the first lorries to pass before changing its routes"]),
    ("indirect", "Aurélie Houngbédji", "said", ["she understood the doubts"]),
    ("direct", "Aurélie Houngbédji", "she told reporters", ["People have heard promises before. This time we have a date, a building and a budget,"]),
]
AGREEMENTS = [
    ("protocol", "a protocol on the joint management of the Seme-Krake border post", ["Benin", "Nigeria"], "reached", None, None),
    ("protocol", "ECOWAS Protocol on Free Movement of Persons", ["Benin", "Nigeria"], "in-force", None, None),
    ("agreement", "A similar agreement", ["Benin", "Nigeria"], "abandoned", None, None),
]
