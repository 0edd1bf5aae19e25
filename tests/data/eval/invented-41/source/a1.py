ID = "inv41-jakartapost-indonesia-vietnam-natuna-boat-seizures-mou-2026-07-16"
TITLE = "Indonesia, Vietnam sign maritime pact to end tit-for-tat boat seizures off Natuna"
PUB = "2026-07-16"
TEXT = """Indonesia and Vietnam signed a memorandum of understanding in Hanoi on Tuesday that sets out how their maritime agencies will handle fishing boats caught on the wrong side of the exclusive economic zone (EEZ) boundary in the North Natuna Sea, a move Indonesian officials hope will end years of tit-for-tat seizures.

The memorandum, signed by the Maritime Security Agency (Bakamla) and the Vietnam Fisheries Resources Surveillance, requires patrol ships to notify each other before boarding a vessel and to send detained crews home within 14 days instead of prosecuting them.

"We no longer want our fishermen and theirs to be pawns," Bakamla chief Vice Adm. Teguh Wirawan said after the signing ceremony. "From now on, every incident goes through a hotline first, not a courtroom."

Teguh said the hotline would link the agency's command center in Batam with Vietnamese officers in Vung Tau and would be tested before the northern monsoon sets in. Indonesia has also proposed joint patrols along the boundary, he said, an idea Vietnamese officials have agreed only to study.

The pact builds on the 2022 agreement that delimited the two countries' EEZs after 12 years of negotiation and took effect last year. Fishermen's groups, however, say the line still means little at sea.

Vietnam's Foreign Ministry said in a statement that the memorandum reflected "the spirit of the comprehensive strategic partnership" and that Vietnam would "strictly educate" its fishermen to respect Indonesian waters.

The Maritime Affairs and Fisheries Ministry welcomed the deal but accused Vietnamese boat owners of sending trawlers into the area with their transponders switched off. A ministry spokesperson said 37 Vietnamese boats had been seized so far this year, up from 29 in the same period of 2025.

A senior official at the Coordinating Ministry for Political, Legal and Security Affairs, who asked not to be named because he was not authorized to speak to the media, said Jakarta had dropped its demand that Vietnam pay compensation for fish taken in past years. "That was the price of getting a signature," the official said.

Not everyone is convinced. Rusdi Hamzah, who heads the Natuna branch of the Indonesian Traditional Fishermen's Association (KNTI), told The Jakarta Post that crews in Ranai still saw foreign trawlers "almost every night" within sight of the islands.

"Jakarta signs papers in Hanoi, but who is going to patrol here when the waves are four meters high?" he asked. He added that the association had asked for a permanent monitoring post on Sekatung Island, a request the government has yet to answer.

Lina Pratiwi, a maritime law researcher at the University of Indonesia, said the memorandum was a practical step. She warned, however, that the China Coast Guard, whose ships have repeatedly sailed into the area, was not bound by it.

"Two neighbors agreeing on a hotline does not solve the bigger problem," she said. "Beijing still treats part of these waters as its traditional fishing grounds."

China's Foreign Ministry did not respond to a request for comment."""
ENTITIES = [
    ("Indonesia", "State", ["Jakarta"], "Q252"),
    ("Vietnam", "State", [], "Q881"),
    ("Hanoi", "Location", [], None),
    ("North Natuna Sea", "Location", [], None),
    ("Maritime Security Agency", "Organization", ["Bakamla", "the agency"], None),
    ("Vietnam Fisheries Resources Surveillance", "Organization", [], None),
    ("Teguh Wirawan", "Person", ["Teguh", "Bakamla chief Vice Adm. Teguh Wirawan"], None),
    ("Batam", "Location", [], None),
    ("Vung Tau", "Location", [], None),
    ("Fishermen's groups", "Group", [], None),
    ("Vietnam's Foreign Ministry", "Organization", [], None),
    ("Maritime Affairs and Fisheries Ministry", "Organization", [], None),
    ("Coordinating Ministry for Political, Legal and Security Affairs", "Organization", [], None),
    ("A senior official at the Coordinating Ministry for Political, Legal and Security Affairs", "Group", ["the official"], None),
    ("Rusdi Hamzah", "Person", [], None),
    ("Natuna", "Location", [], None),
    ("Indonesian Traditional Fishermen's Association", "Organization", ["KNTI", "the association"], None),
    ("The Jakarta Post", "Organization", [], None),
    ("Ranai", "Location", [], None),
    ("Sekatung Island", "Location", [], None),
    ("Lina Pratiwi", "Person", [], None),
    ("University of Indonesia", "Organization", [], None),
    ("China Coast Guard", "Organization", [], None),
    ("China", "State", ["Beijing"], "Q148"),
    ("China's Foreign Ministry", "Organization", [], None),
]
OFF = "A senior official at the Coordinating Ministry for Political, Legal and Security Affairs"
STATEMENTS = [
    ("direct", "Teguh Wirawan", "said", ["We no longer want our fishermen and theirs to be pawns,", "From now on, every incident goes through a hotline first, not a courtroom."]),
    ("indirect", "Teguh Wirawan", "said", ["the hotline would link the agency's command center in Batam with Vietnamese officers in Vung Tau and would be tested before the northern monsoon sets in"]),
    ("indirect", "Teguh Wirawan", "he said", ["Indonesia has also proposed joint patrols along the boundary"]),
    ("indirect", "Fishermen's groups", "say", ["the line still means little at sea"]),
    ("partial", "Vietnam's Foreign Ministry", "said in a statement", ["the memorandum reflected \"the spirit of the comprehensive strategic partnership\""]),
    ("partial", "Vietnam's Foreign Ministry", "said in a statement", ["Vietnam would \"strictly educate\" its fishermen to respect Indonesian waters"]),
    ("indirect", "Maritime Affairs and Fisheries Ministry", "accused", ["Vietnamese boat owners of sending trawlers into the area with their transponders switched off"]),
    ("indirect", "Maritime Affairs and Fisheries Ministry", "said", ["37 Vietnamese boats had been seized so far this year, up from 29 in the same period of 2025"]),
    ("indirect", OFF, "said", ["Jakarta had dropped its demand that Vietnam pay compensation for fish taken in past years"]),
    ("direct", OFF, "the official said", ["That was the price of getting a signature,"]),
    ("partial", "Rusdi Hamzah", "told The Jakarta Post", ['crews in Ranai still saw foreign trawlers "almost every night" within sight of the islands']),
    ("direct", "Rusdi Hamzah", "he asked", ["Jakarta signs papers in Hanoi, but who is going to patrol here when the waves are four meters high?"]),
    ("indirect", "Rusdi Hamzah", "He added", ["the association had asked for a permanent monitoring post on Sekatung Island, a request the government has yet to answer"]),
    ("indirect", "Lina Pratiwi", "said", ["the memorandum was a practical step"]),
    ("indirect", "Lina Pratiwi", "She warned", ["the China Coast Guard, whose ships have repeatedly sailed into the area, was not bound by it"]),
    ("direct", "Lina Pratiwi", "she said", ["Two neighbors agreeing on a hotline does not solve the bigger problem,", "Beijing still treats part of these waters as its traditional fishing grounds."]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding", ["Indonesia", "Vietnam"], "signed", "2026-07-14", "Hanoi"),
    ("proposal", "joint patrols along the boundary", ["Indonesia"], "proposed", None, None),
    ("agreement", "the 2022 agreement", ["Indonesia", "Vietnam"], "in-force", "2022", None),
]
