ID = "inv55-jakartapost-rempang-residents-suspend-relocation-deal-bp-batam-2026-10-08"
TITLE = "Rempang residents suspend relocation deal with BP Batam, citing broken promises on land titles"
PUB = "2026-10-08"
TEXT = """An alliance of Malay villagers on Rempang Island in Riau Islands has suspended its part in a relocation agreement with the Batam Free Zone Authority (BP Batam), saying the agency has failed to hand over land certificates it promised four months ago.

The Rempang Malay Customary Alliance said on Wednesday that it would stop sending families to the new settlement at Tanjung Banon until every household that had already moved received a certificate in its own name.

"We signed in good faith. We moved our mothers and our boats," the alliance's chairman, Said Ramli, told The Jakarta Post by phone from Sembulang. "Now they tell us the papers are still in Jakarta. We will not move one more family on a promise."

Said accused BP Batam of using the agreement to clear the coast for investors while leaving families without legal protection.

The agreement, signed on June 17 at the BP Batam offices in Batam, allowed families from 16 coastal hamlets to choose between moving to Tanjung Banon, with a house and a 500-square-meter plot, or staying where they were until a new spatial plan was drawn up. About 230 families have moved so far.

BP Batam spokesperson Tuty Rahmawati said the agency had fulfilled its obligations and that the certificates were being processed by the National Land Agency (BPN).

"There is no broken promise. There is paperwork, and paperwork takes time," she said.

In a letter sent to the alliance on Tuesday, BP Batam head Hendra Wijaya proposed issuing the certificates in two batches, the first within 60 days, and raising the monthly living allowance for relocated families from Rp 1.2 million (US$73) to Rp 1.5 million. Said said the alliance would answer the proposal after a meeting of hamlet elders next week.

The Investment Ministry said in a statement that the project on Rempang remained a national strategic project and that the government would "respect every agreement made with the community."

The dispute dates back to September 2023, when police fired tear gas at residents blocking a bridge to stop land surveys for a planned industrial zone, an incident that drew criticism from rights groups and the National Commission on Human Rights (Komnas HAM).

Komnas HAM commissioner Anis Rahmadani urged both sides to return to the table and warned that the suspension could leave families "stuck between two villages."

A Batam city councilor who asked not to be named said the land agency had returned several files because the plots had not been measured correctly. "Nobody in the agency wants to admit it," the councilor said.

Residents of Pasir Panjang, one of the hamlets that has refused to move, said they had seen surveyors on their beach twice in the past month.

"We are not against development. We are against being moved before anything is written down," said Rosnah, 52, who sells fish at the Pasir Panjang jetty.

The Riau Islands Police said officers would not be deployed to Rempang unless the authority formally requested it."""
ENTITIES = [
    ("Rempang Island", "Location", ["Rempang"], None),
    ("Riau Islands", "Location", [], None),
    ("Batam Free Zone Authority", "Organization", ["BP Batam", "the agency"], None),
    ("Rempang Malay Customary Alliance", "Organization", ["the alliance"], None),
    ("Tanjung Banon", "Location", [], None),
    ("Said Ramli", "Person", ["Said"], None),
    ("The Jakarta Post", "Organization", [], None),
    ("Sembulang", "Location", [], None),
    ("Jakarta", "Location", [], None),
    ("Batam", "Location", [], None),
    ("Tuty Rahmawati", "Person", [], None),
    ("National Land Agency", "Organization", ["BPN", "the land agency"], None),
    ("Hendra Wijaya", "Person", [], None),
    ("Investment Ministry", "Organization", [], None),
    ("National Commission on Human Rights", "Organization", ["Komnas HAM"], None),
    ("Anis Rahmadani", "Person", [], None),
    ("A Batam city councilor who asked not to be named", "Group", ["the councilor"], None),
    ("Residents of Pasir Panjang", "Group", [], None),
    ("Pasir Panjang", "Location", [], None),
    ("Rosnah", "Person", [], None),
    ("Riau Islands Police", "Organization", [], None),
]
BC = "A Batam city councilor who asked not to be named"
STATEMENTS = [
    ("indirect", "Rempang Malay Customary Alliance", "saying", ["the agency has failed to hand over land certificates it promised four months ago"]),
    ("indirect", "Rempang Malay Customary Alliance", "said on Wednesday", ["it would stop sending families to the new settlement at Tanjung Banon until every household that had already moved received a certificate in its own name"]),
    ("direct", "Said Ramli", "told The Jakarta Post", ["We signed in good faith. We moved our mothers and our boats,", "Now they tell us the papers are still in Jakarta. We will not move one more family on a promise."]),
    ("indirect", "Said Ramli", "accused", ["BP Batam of using the agreement to clear the coast for investors while leaving families without legal protection"]),
    ("indirect", "Tuty Rahmawati", "said", ["the agency had fulfilled its obligations"]),
    ("indirect", "Tuty Rahmawati", "said", ["the certificates were being processed by the National Land Agency (BPN)"]),
    ("direct", "Tuty Rahmawati", "she said", ["There is no broken promise. There is paperwork, and paperwork takes time,"]),
    ("indirect", "Said Ramli", "Said said", ["the alliance would answer the proposal after a meeting of hamlet elders next week"]),
    ("indirect", "Investment Ministry", "said in a statement", ["the project on Rempang remained a national strategic project"]),
    ("partial", "Investment Ministry", "said in a statement", ['the government would "respect every agreement made with the community."']),
    ("indirect", "Anis Rahmadani", "urged", ["both sides to return to the table"]),
    ("partial", "Anis Rahmadani", "warned", ['the suspension could leave families "stuck between two villages."']),
    ("indirect", BC, "said", ["the land agency had returned several files because the plots had not been measured correctly"]),
    ("direct", BC, "the councilor said", ["Nobody in the agency wants to admit it,"]),
    ("indirect", "Residents of Pasir Panjang", "said", ["they had seen surveyors on their beach twice in the past month"]),
    ("direct", "Rosnah", "said", ["We are not against development. We are against being moved before anything is written down,"]),
    ("indirect", "Riau Islands Police", "said", ["officers would not be deployed to Rempang unless the authority formally requested it"]),
]
AGREEMENTS = [
    ("agreement", "a relocation agreement", ["Rempang Malay Customary Alliance", "Batam Free Zone Authority"], "withdrawn", "2026-06-17", "Batam"),
    ("proposal", "proposed issuing the certificates in two batches", ["Batam Free Zone Authority"], "proposed", "2026-10-06", None),
]
