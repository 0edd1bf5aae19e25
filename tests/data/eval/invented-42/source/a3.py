ID = "inv42-nation-kenya-ethiopia-lake-turkana-fishing-peace-pact-2026-07-21"
TITLE = "Kenya, Ethiopia sign pact to end deadly fishing clashes on Lake Turkana"
PUB = "2026-07-21"
TEXT = """Kenya and Ethiopia have signed a cross-border peace agreement aimed at ending years of deadly clashes between Turkana and Dassanech fishermen on the northern shores of Lake Turkana, where at least 23 people have been killed since January.

The pact, signed on Saturday at Todenyang in Turkana North, sets out shared fishing and grazing zones, a joint peace committee and a system for returning stolen boats and livestock within 14 days.

It was signed by Internal Security Principal Secretary Dr Ruth Chepkemoi for Kenya and Ethiopia's State Minister for Peace, Mr Tesfaye Gebremariam, in the presence of elders from both communities and officials of the Intergovernmental Authority on Development (Igad).

"We have buried too many young men over fish. This agreement belongs to the elders and the fishermen, not to us in Nairobi," Dr Chepkemoi told the Nation after the ceremony.

She said the government would deploy 200 more National Police Reserve officers along the shoreline and build police posts at Kokuro and Lowarengak before the end of the year.

Mr Tesfaye said Addis Ababa was committed to disarming "those who use guns to settle fishing disputes" and that Ethiopian officers would patrol the Omo River delta, where most of the attackers are believed to launch their boats.

Turkana County Governor Simon Ekaale welcomed the deal but accused the national government of neglecting the border for decades.

"Our people have been defending themselves because nobody else would," Mr Ekaale said. "If this pact is not followed by roads, schools and water, it will go the way of the others."

In 2019 the two countries signed a memorandum on cross-border security under Igad's Conflict Early Warning and Response Mechanism (Cewarn), but it collapsed in 2022 after a raid at Nachukui in which 12 fishermen were killed.

Cewarn said in a statement on Sunday that it would monitor the new agreement and report violations to both governments every month.

A senior security officer in Lodwar, who asked not to be named because he is not authorised to speak to the media, said the attackers in the latest raid, at Kataboi on July 2, crossed the lake in motorised boats carrying at least 30 rifles.

"They come at night and are back in Ethiopia before our boats can leave the shore," the officer said.

Speaking through an interpreter, Dassanech elder Arbe Nyiye said his community had also lost men and cattle, and that fishermen from the delta "only follow the fish when the lake moves." He asked the Kenyan side to release nine Ethiopian fishermen held in Lodwar since May.

The agreement does not touch on the Ilemi Triangle, the disputed area north-west of the lake claimed by both Kenya and South Sudan, which was not represented at Todenyang.

Fishermen on the beach at Todenyang said they would wait for results before returning to the eastern fishing grounds.

"We have signed peace before. We need to see it on the water," said Mr Peter Ekai, whose brother was killed in March. "When the Ethiopians come with guns, a paper will not stop them."

The joint peace committee is expected to hold its first meeting in Omorate, on the Ethiopian side, next month."""
ENTITIES = [
    ("Kenya", "State", [], "Q114"),
    ("Ethiopia", "State", ["Addis Ababa"], "Q115"),
    ("Lake Turkana", "Location", [], None),
    ("Todenyang", "Location", [], None),
    ("Turkana North", "Location", [], None),
    ("Ruth Chepkemoi", "Person", ["Dr Chepkemoi", "Dr Ruth Chepkemoi"], None),
    ("Tesfaye Gebremariam", "Person", ["Mr Tesfaye", "Tesfaye"], None),
    ("Intergovernmental Authority on Development", "Organization", ["Igad"], None),
    ("Nairobi", "Location", [], None),
    ("Nation", "Organization", [], None),
    ("National Police Reserve", "Organization", [], None),
    ("Kokuro", "Location", [], None),
    ("Lowarengak", "Location", [], None),
    ("Omo River", "Location", [], None),
    ("Turkana County", "Location", [], None),
    ("Simon Ekaale", "Person", ["Mr Ekaale", "Ekaale"], None),
    ("Conflict Early Warning and Response Mechanism", "Organization", ["Cewarn"], None),
    ("Nachukui", "Location", [], None),
    ("A senior security officer in Lodwar", "Group", ["the officer"], None),
    ("Lodwar", "Location", [], None),
    ("Kataboi", "Location", [], None),
    ("Arbe Nyiye", "Person", [], None),
    ("Ilemi Triangle", "Location", [], None),
    ("South Sudan", "State", [], "Q958"),
    ("Fishermen on the beach at Todenyang", "Group", [], None),
    ("Peter Ekai", "Person", ["Mr Peter Ekai"], None),
    ("Omorate", "Location", [], None),
]
OFF = "A senior security officer in Lodwar"
STATEMENTS = [
    ("direct", "Ruth Chepkemoi", "told the Nation", ["We have buried too many young men over fish. This agreement belongs to the elders and the fishermen, not to us in Nairobi,"]),
    ("indirect", "Ruth Chepkemoi", "She said", ["the government would deploy 200 more National Police Reserve officers along the shoreline and build police posts at Kokuro and Lowarengak before the end of the year"]),
    ("partial", "Tesfaye Gebremariam", "said", ["Addis Ababa was committed to disarming \"those who use guns to settle fishing disputes\""]),
    ("indirect", "Tesfaye Gebremariam", "said", ["Ethiopian officers would patrol the Omo River delta, where most of the attackers are believed to launch their boats"]),
    ("indirect", "Simon Ekaale", "accused", ["the national government of neglecting the border for decades"]),
    ("direct", "Simon Ekaale", "Mr Ekaale said", ["Our people have been defending themselves because nobody else would,", "If this pact is not followed by roads, schools and water, it will go the way of the others."]),
    ("indirect", "Conflict Early Warning and Response Mechanism", "said in a statement on Sunday", ["it would monitor the new agreement and report violations to both governments every month"]),
    ("indirect", OFF, "said", ["the attackers in the latest raid, at Kataboi on July 2, crossed the lake in motorised boats carrying at least 30 rifles"]),
    ("direct", OFF, "the officer said", ["They come at night and are back in Ethiopia before our boats can leave the shore,"]),
    ("indirect", "Arbe Nyiye", "said", ["his community had also lost men and cattle"]),
    ("partial", "Arbe Nyiye", "said", ["fishermen from the delta \"only follow the fish when the lake moves.\""]),
    ("indirect", "Arbe Nyiye", "He asked", ["the Kenyan side to release nine Ethiopian fishermen held in Lodwar since May"]),
    ("indirect", "Fishermen on the beach at Todenyang", "said", ["they would wait for results before returning to the eastern fishing grounds"]),
    ("direct", "Peter Ekai", "said", ["We have signed peace before. We need to see it on the water,", "When the Ethiopians come with guns, a paper will not stop them."]),
]
AGREEMENTS = [
    ("agreement", "a cross-border peace agreement", ["Kenya", "Ethiopia"], "signed", "2026-07-18", "Todenyang"),
    ("memorandum", "a memorandum on cross-border security", ["Kenya", "Ethiopia"], "collapsed", "2019", None),
]
