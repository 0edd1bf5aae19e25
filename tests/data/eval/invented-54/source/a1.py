ID = "inv54-afp-gabon-equatorial-guinea-mbanie-fishing-protocol-2026-03-13"
TITLE = "Gabon, Equatorial Guinea sign fishing protocol for waters off Mbanié after court ruling"
PUB = "2026-03-13"
TEXT = """Libreville (AFP) - Gabon and Equatorial Guinea on Thursday signed a protocol allowing fishermen from both countries to work the waters around the disputed island of Mbanié, ten months after the UN's top court settled the question of which treaty governs their border.

The protocol, signed in Libreville by the two foreign ministers, lets registered canoes from both sides fish within 12 nautical miles of Mbanié and the nearby islets of Cocotiers and Conga for three years, the Gabonese Ministry of Foreign Affairs said in a statement.

"Our fishermen were the first victims of this quarrel, and today they are the first to gain," Gabonese Foreign Minister Paul-Marie Nzengui said at the signing ceremony. "The sea has never been a border for them."

His Equatoguinean counterpart, Fortunato Ela Nchama, said the deal showed that the two neighbours could "turn the page" after half a century of disputes over the islands, which lie at the mouth of Corisco Bay in waters thought to hold oil and gas.

Under a ruling by the International Court of Justice in The Hague last year, the border between the two countries is governed by a 1900 convention signed in Paris by France and Spain, the two former colonial powers.

Equatorial Guinea's government, in a statement read on state television TVGE, said the protocol "in no way calls into question" its sovereignty over Mbanié, which it said the court had recognised.

Nzengui told reporters that Gabon had also proposed a joint zone to share any oil or gas found beneath the bay, an idea Malabo has so far declined to discuss.

A Gabonese official who took part in the negotiations told AFP on condition of anonymity that the talks had nearly broken down twice over the number of canoes each side could register.

"In the end we counted boats one by one, village by village," the official said.

Fishermen in Cocobeach, the Gabonese town closest to the islands, gave the news a cautious welcome.

Jean-Baptiste Moussavou, who heads a fishermen's cooperative in the town, accused Equatoguinean navy patrols of seizing at least 30 canoes since 2024 and said none of the boats had been returned.

"Paper is good, but we want our engines back," he said. "Who will pay for the months we could not go out?"

The Equatoguinean navy did not respond to a request for comment.

The protocol, a copy of which was seen by AFP, sets up a joint commission in Cocobeach and Acalayong to issue permits and hear complaints, and obliges both navies to inform each other before boarding a boat registered on the other side.

Nadège Ekomie, a lecturer in maritime law at Omar Bongo University in Libreville, said the agreement was "modest but useful" because it dealt with the people who lived off the sea rather than with oil blocks.

She warned, however, that the question of the oil fields would return "as soon as someone finds something worth drilling"."""
ENTITIES = [
    ("Libreville", "Location", [], None),
    ("AFP", "Organization", [], None),
    ("Gabon", "State", [], "Q1000"),
    ("Equatorial Guinea", "State", ["Malabo"], "Q983"),
    ("Mbanié", "Location", [], None),
    ("United Nations", "Organization", ["UN"], "Q1065"),
    ("Cocotiers", "Location", [], None),
    ("Conga", "Location", [], None),
    ("Gabonese Ministry of Foreign Affairs", "Organization", [], None),
    ("Paul-Marie Nzengui", "Person", ["Gabonese Foreign Minister Paul-Marie Nzengui", "Nzengui"], None),
    ("Fortunato Ela Nchama", "Person", [], None),
    ("Corisco Bay", "Location", [], None),
    ("International Court of Justice", "Organization", [], "Q7801"),
    ("The Hague", "Location", [], "Q36600"),
    ("Paris", "Location", [], "Q90"),
    ("France", "State", [], "Q142"),
    ("Spain", "State", [], "Q29"),
    ("TVGE", "Organization", [], None),
    ("A Gabonese official who took part in the negotiations", "Group", ["the official"], None),
    ("Cocobeach", "Location", [], None),
    ("Jean-Baptiste Moussavou", "Person", [], None),
    ("Equatoguinean navy", "Organization", [], None),
    ("Acalayong", "Location", [], None),
    ("Nadège Ekomie", "Person", [], None),
    ("Omar Bongo University", "Organization", [], None),
]
GO = "A Gabonese official who took part in the negotiations"
STATEMENTS = [
    ("indirect", "Gabonese Ministry of Foreign Affairs", "said in a statement", ["The protocol, signed in Libreville by the two foreign ministers, lets registered canoes from both sides fish within 12 nautical miles of Mbanié and the nearby islets of Cocotiers and Conga for three years"]),
    ("direct", "Paul-Marie Nzengui", "said", ["Our fishermen were the first victims of this quarrel, and today they are the first to gain,", "The sea has never been a border for them."]),
    ("partial", "Fortunato Ela Nchama", "said", ["the deal showed that the two neighbours could \"turn the page\" after half a century of disputes over the islands"]),
    ("partial", "Equatorial Guinea", "said", ["the protocol \"in no way calls into question\" its sovereignty over Mbanié"]),
    ("indirect", "Paul-Marie Nzengui", "told reporters", ["Gabon had also proposed a joint zone to share any oil or gas found beneath the bay"]),
    ("indirect", GO, "told AFP", ["the talks had nearly broken down twice over the number of canoes each side could register"]),
    ("direct", GO, "the official said", ["In the end we counted boats one by one, village by village,"]),
    ("indirect", "Jean-Baptiste Moussavou", "accused", ["Equatoguinean navy patrols of seizing at least 30 canoes since 2024"]),
    ("indirect", "Jean-Baptiste Moussavou", "said", ["none of the boats had been returned"]),
    ("direct", "Jean-Baptiste Moussavou", "he said", ["Paper is good, but we want our engines back,", "Who will pay for the months we could not go out?"]),
    ("partial", "Nadège Ekomie", "said", ["the agreement was \"modest but useful\" because it dealt with the people who lived off the sea rather than with oil blocks"]),
    ("partial", "Nadège Ekomie", "warned", ["the question of the oil fields would return \"as soon as someone finds something worth drilling\""]),
]
AGREEMENTS = [
    ("protocol", "a protocol allowing fishermen", ["Gabon", "Equatorial Guinea"], "signed", "2026-03-12", "Libreville"),
    ("treaty", "a 1900 convention", ["France", "Spain"], "in-force", "1900", "Paris"),
    ("proposal", "a joint zone to share any oil or gas found beneath the bay", ["Gabon"], "proposed", None, None),
]
