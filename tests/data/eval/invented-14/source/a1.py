ID = "inv14-regional-india-srilanka-palk-bay-fishermen-2026-03-21"
TITLE = "India, Sri Lanka reach understanding on detained fishermen; trawling dispute unresolved"
PUB = "2026-03-21"
TEXT = """CHENNAI - India and Sri Lanka on Friday reached an understanding on the release of detained fishermen, under which fishermen arrested in each other's waters will be handed back within thirty days and their boats returned after an inspection. The understanding was reached at a meeting of the joint working group on fisheries in Colombo and is to be signed when the two fisheries ministers meet in April.

Fisheries Secretary Anand Raghavan, who led the Indian delegation, said the decision would "bring home men who have waited months for a hearing". More than 140 fishermen from Rameswaram and Nagapattinam are now held in Sri Lankan prisons, according to the Tamil Nadu fisheries department.

The Sri Lankan side, led by fisheries secretary Chamari Wickramasinghe, used the meeting to press again for an end to bottom trawling in the Palk Bay. Colombo has proposed a three-year plan to phase out bottom trawlers from Indian ports facing the island, with compensation for owners who switch to deep-sea vessels. Indian officials said they would study the plan but made no promise.

For the fishermen of Rameswaram, the dispute turns on a small island. Katchatheevu was recognised as Sri Lankan under a 1974 boundary agreement between the two countries, which remains in force. Politicians in Tamil Nadu have long called for the island to be taken back, but New Delhi has repeatedly said the agreement cannot be reopened.

S. Murugesan, president of the Rameswaram Mechanised Boat Owners' Association, said the new arrangement did little for the men at sea. "Releasing us is good. Letting us fish is better," he said. The association put forward a licensing scheme in 2017 under which Indian trawlers would pay to fish in Sri Lankan waters on fixed days. Colombo rejected the idea, and the association dropped it two years later.

The two coast guards have also been negotiating a joint patrol protocol since last year, which would allow them to share the positions of boats crossing the boundary line. A draft was exchanged in January, officials said, and talks will continue in New Delhi.

Fishermen in northern Sri Lanka, whose nets are often torn by Indian trawlers, gave the understanding a cautious welcome. "Every time the Indian boats come, we lose a week's income," said Velu Sivakumar, who leads the Mannar Fishermen's Cooperative Union. He said the northern fishermen had not been consulted before the meeting.

An earlier attempt to settle the matter between the fishermen themselves did not last. Talks in Chennai in 2016 between the Rameswaram association and the Mannar cooperative produced a deal to limit trawling to three days a week, but it collapsed within months when neither side could enforce it.

Tamil Nadu Fisheries Minister K. Pandian said the state government welcomed the release arrangement and would ask the Centre to raise the trawling question again in April. Sri Lanka's navy said it had arrested 23 Indian fishermen off Delft island since January.
"""
ENTITIES = [
  ("India", "State", ["New Delhi", "Indian"], None),
  ("Sri Lanka", "State", ["Colombo", "Sri Lankan"], None),
  ("Chennai", "Location", [], None),
  ("Colombo", "Location", [], None),
  ("New Delhi", "Location", [], None),
  ("Anand Raghavan", "Person", [], None),
  ("Rameswaram", "Location", [], None),
  ("Nagapattinam", "Location", [], None),
  ("Tamil Nadu", "Location", [], None),
  ("Tamil Nadu fisheries department", "Organization", [], None),
  ("Chamari Wickramasinghe", "Person", [], None),
  ("Palk Bay", "Location", [], None),
  ("Katchatheevu", "Location", [], None),
  ("S. Murugesan", "Person", [], None),
  ("Rameswaram Mechanised Boat Owners' Association", "Organization", ["the association"], None),
  ("Velu Sivakumar", "Person", [], None),
  ("Mannar Fishermen's Cooperative Union", "Organization", ["the Mannar cooperative"], None),
  ("Mannar", "Location", [], None),
  ("K. Pandian", "Person", [], None),
  ("Delft", "Location", [], None),
  ("Sri Lanka's navy", "Organization", [], None),
]
STATEMENTS = [
  ("partial", "Anand Raghavan", "said", ['the decision would "bring home men who have waited months for a hearing"']),
  ("indirect", "India", "said", ["they would study the plan but made no promise"]),
  ("indirect", "India", "said", ["the agreement cannot be reopened"]),
  ("indirect", "S. Murugesan", "said", ["the new arrangement did little for the men at sea"]),
  ("direct", "S. Murugesan", "said", ["Releasing us is good. Letting us fish is better,"]),
  ("direct", "Velu Sivakumar", "said", ["Every time the Indian boats come, we lose a week's income,"]),
  ("indirect", "Velu Sivakumar", "said", ["the northern fishermen had not been consulted before the meeting"]),
  ("indirect", "K. Pandian", "said", ["the state government welcomed the release arrangement and would ask the Centre to raise the trawling question again in April"]),
  ("indirect", "Sri Lanka's navy", "said", ["it had arrested 23 Indian fishermen off Delft island since January"]),
]
AGREEMENTS = [
  ("other", "an understanding on the release of detained fishermen", ["India", "Sri Lanka"], "reached", "2026-03-20", "Colombo"),
  ("plan", "a three-year plan to phase out bottom trawlers", ["Sri Lanka"], "proposed", None, None),
  ("agreement", "a 1974 boundary agreement", ["India", "Sri Lanka"], "in-force", "1974", None),
  ("other", "a licensing scheme", ["Rameswaram Mechanised Boat Owners' Association"], "abandoned", "2017", None),
  ("protocol", "a joint patrol protocol", ["India", "Sri Lanka"], "negotiating", None, None),
  ("deal", "a deal to limit trawling to three days a week", ["Rameswaram Mechanised Boat Owners' Association", "Mannar Fishermen's Cooperative Union"], "collapsed", "2016", "Chennai"),
]
