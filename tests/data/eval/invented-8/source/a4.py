ID = "inv8-afp-arctic-mackerel-cod-quota-deals-2026-11-27"
TITLE = "Norway, Iceland and Britain sign mackerel deal as Barents cod talks strain"
PUB = "2026-11-27"
TEXT = """BERGEN, Norway, Nov 27, 2026 (AFP) - Norway, Iceland and Britain signed a deal on Friday to share the North-East Atlantic mackerel catch for the next five years, ending a quarrel over the fish that has lasted since the shoals moved north more than a decade ago.

The deal was signed in Bergen by the fisheries ministers of the three countries, Kjersti Haugland of Norway, Einar Thorvaldsson of Iceland and Britain's Fiona Maclaren. The European Union, which attended the final round as an observer, did not sign it.

"We have stopped fighting over every fish and started managing the stock," Haugland told AFP. Thorvaldsson said Iceland had given up "more than our fishermen would like" in return for a guaranteed share.

The EU's fisheries commissioner, Pieter van Dalen, said Brussels hoped to join the arrangement next year. EU vessels land much of the mackerel caught in the region, and scientists have warned for years that the combined catch is far above the advised level.

Iceland has also put forward a ten-year management plan for the stock, under which quotas would fall automatically if surveys show the spawning stock shrinking. Norway and Britain said they would study it.

Further north, relations are colder. Norway's deal with Russia on cod and haddock quotas in the Barents Sea, renewed every year since the 1970s, remains in force despite sanctions imposed over the war in Ukraine, and the two countries' joint fisheries commission met online in October.

But Oslo says Moscow has broken a separate protocol on inspections at sea. Norway's coast guard said Russian trawlers had refused boarding on at least six occasions this year, in violation of the protocol, which the two countries signed in 2019.

"The rules on inspections are not optional," a spokeswoman for the Norwegian coast guard, Ingrid Solberg, said. The Russian fisheries agency said the Norwegian claims were "politically motivated."

An arrangement between the EU and Norway on snow crab fishing near the Svalbard archipelago collapsed in 2024 after Norway arrested a Latvian vessel and Brussels accused Oslo of breaking the terms. Talks to replace it have not resumed.

Greenland, which has its own fishing zone, is not part of the mackerel agreement and has set its own quota, a practice the three signatories have criticised.

Fishing groups in Scotland welcomed the deal but said it came late. "Our boats have been fishing under a cloud for years," said Douglas Reid of a fishermen's federation in Peterhead.

Environmental groups were less impressed. The group Ocean Watch said the agreed shares still added up to more than scientists had advised and that "no agreement is a good one if the fish disappear."

Mackerel is one of the most valuable species caught in European waters. The fish moved north and west from the early 2000s as the sea warmed, and Iceland and the Faroe Islands began to catch large amounts, setting off the so-called mackerel war with the EU and Norway.
"""
ENTITIES = [
  ("Norway", "State", ["Oslo"], None),
  ("Iceland", "State", [], None),
  ("United Kingdom", "State", ["Britain"], None),
  ("Agence France-Presse", "Organization", ["AFP"], None),
  ("Bergen", "Location", [], None),
  ("Kjersti Haugland", "Person", ["Haugland"], None),
  ("Einar Thorvaldsson", "Person", ["Thorvaldsson"], None),
  ("Fiona Maclaren", "Person", [], None),
  ("European Union", "Organization", ["EU", "Brussels"], None),
  ("Pieter van Dalen", "Person", [], None),
  ("Russia", "State", ["Moscow"], None),
  ("Barents Sea", "Location", [], None),
  ("Ukraine", "Location", [], None),
  ("Norwegian coast guard", "Organization", ["Norway's coast guard"], None),
  ("Ingrid Solberg", "Person", [], None),
  ("Russian fisheries agency", "Organization", [], None),
  ("Svalbard", "Location", [], None),
  ("Latvia", "State", [], None),
  ("Greenland", "Location", [], None),
  ("Scotland", "Location", [], None),
  ("Fishing groups in Scotland", "Group", [], None),
  ("Douglas Reid", "Person", [], None),
  ("Peterhead", "Location", [], None),
  ("Ocean Watch", "Organization", [], None),
  ("Faroe Islands", "Location", [], None),
]
STATEMENTS = [
  ("direct", "Kjersti Haugland", "told AFP", ["We have stopped fighting over every fish and started managing the stock,"]),
  ("partial", "Einar Thorvaldsson", "said", ['Iceland had given up "more than our fishermen would like" in return for a guaranteed share']),
  ("indirect", "Pieter van Dalen", "said", ["Brussels hoped to join the arrangement next year"]),
  ("indirect", "European Union", "accused", ["Oslo of breaking the terms"]),
  ("indirect", "Norway", "says", ["Moscow has broken a separate protocol on inspections at sea"]),
  ("indirect", "Norwegian coast guard", "said", ["Russian trawlers had refused boarding on at least six occasions this year, in violation of the protocol, which the two countries signed in 2019"]),
  ("direct", "Ingrid Solberg", "said", ["The rules on inspections are not optional,"]),
  ("partial", "Russian fisheries agency", "said", ['the Norwegian claims were "politically motivated."']),
  ("indirect", "Fishing groups in Scotland", "said", ["it came late"]),
  ("direct", "Douglas Reid", "said", ["Our boats have been fishing under a cloud for years,"]),
  ("indirect", "Ocean Watch", "said", ["the agreed shares still added up to more than scientists had advised"]),
  ("partial", "Ocean Watch", "said", ["\"no agreement is a good one if the fish disappear.\""]),
]
AGREEMENTS = [
  ("deal", "a deal on Friday to share the North-East Atlantic mackerel catch", ["Norway", "Iceland", "United Kingdom"], "signed", "2026-11-27", "Bergen"),
  ("plan", "a ten-year management plan for the stock", ["Iceland"], "proposed", None, None),
  ("deal", "Norway's deal with Russia on cod and haddock quotas in the Barents Sea", ["Norway", "Russia"], "in-force", None, None),
  ("protocol", "a separate protocol on inspections at sea", ["Norway", "Russia"], "violated", "2019", None),
  ("other", "An arrangement between the EU and Norway on snow crab fishing", ["European Union", "Norway"], "collapsed", None, None),
]
