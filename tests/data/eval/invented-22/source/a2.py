ID = "inv22-energy-trinidad-venezuela-gas-licence-fisheries-2026-07-08"
TITLE = "Trinidad and Tobago, Venezuela sign new fisheries deal as gas licence talks stall"
PUB = "2026-07-08"
TEXT = """PORT OF SPAIN - Trinidad and Tobago and Venezuela signed a fisheries agreement on Tuesday that lets licensed Trinidadian trawlers work the waters of the Gulf of Paria again, replacing a 2010 agreement that Venezuela abandoned four years ago. Talks on a licence for the cross-border gas field known as Loran-Manatee, which energy companies had hoped would be signed at the same meeting, ended without a deal.

The fisheries agreement was signed in Port of Spain by Energy and Fisheries Minister Kavita Ramroop and Venezuela's fisheries minister, Hector Lugo Arismendi. It sets a quota of 40 trawlers a year and a joint inspection board that will sit in Cedros. "Our fishermen have waited four years for this piece of paper," Ramroop said at the signing.

The older agreement, signed in Caracas in 2010, was dropped in 2022 when Venezuela declined to renew it, and dozens of Trinidadian boats were seized in the years since. Lugo Arismendi said the new text "closes a bad chapter for both coasts".

On gas, the picture is less settled. The two governments reached an agreement in principle in March on how to divide revenue from the field, but the details of the licence are still being negotiated, an official at the Ministry of Energy said. A framework treaty on joint development of the field, signed in 2007, remains in force and governs any future licence, the official added.

Energy companies were cautious. Brendan Mohammed, a spokesman for Atlantic Basin Gas, said his company would not commit capital "until there is a licence with two signatures on it". Analysts at the Caribbean Energy Institute said the revenue deal was the harder part and had been done.

Fishermen in Cedros gave the agreement a guarded welcome. Rajesh Balkaran of the Cedros Fisherfolk Cooperative said an informal deal between the cooperative and Venezuelan fishermen from Tucupita, struck in 2023 to keep nets out of each other's channels, had broken down within months. "Paper from Port of Spain does not stop a net at night," he said.

Venezuela has also proposed a maritime security pact covering patrols in the Columbus Channel. Trinidad and Tobago has not responded, and a government spokesman said the proposal would be studied.

Opposition MP Nadia Charles said the fisheries quota was too low and that the government had "settled for half of what the 2010 agreement gave us".
"""
ENTITIES = [
  ("Trinidad and Tobago", "State", ["Trinidadian"], None),
  ("an official at the Ministry of Energy", "Group", [], None),
  ("Venezuela", "State", ["Venezuelan", "Caracas"], None),
  ("Port of Spain", "Location", [], None),
  ("Gulf of Paria", "Location", [], None),
  ("Loran-Manatee", "Location", [], None),
  ("Kavita Ramroop", "Person", ["Ramroop"], None),
  ("Hector Lugo Arismendi", "Person", ["Lugo Arismendi"], None),
  ("Cedros", "Location", [], None),
  ("Caracas", "Location", [], None),
  ("Ministry of Energy", "Organization", [], None),
  ("Brendan Mohammed", "Person", [], None),
  ("Atlantic Basin Gas", "Organization", [], None),
  ("Caribbean Energy Institute", "Organization", [], None),
  ("Analysts at the Caribbean Energy Institute", "Group", [], None),
  ("Rajesh Balkaran", "Person", [], None),
  ("Cedros Fisherfolk Cooperative", "Organization", [], None),
  ("Tucupita", "Location", [], None),
  ("Columbus Channel", "Location", [], None),
  ("Nadia Charles", "Person", [], None),
]
STATEMENTS = [
  ("direct", "Kavita Ramroop", "Ramroop said", ["Our fishermen have waited four years for this piece of paper,"]),
  ("partial", "Hector Lugo Arismendi", "said", ['the new text "closes a bad chapter for both coasts"']),
  ("indirect", "an official at the Ministry of Energy", "said", ["The two governments reached an agreement in principle in March on how to divide revenue from the field, but the details of the licence are still being negotiated"]),
  ("indirect", "an official at the Ministry of Energy", "the official added", ["A framework treaty on joint development of the field, signed in 2007, remains in force and governs any future licence"]),
  ("partial", "Brendan Mohammed", "said", ['his company would not commit capital "until there is a licence with two signatures on it"']),
  ("indirect", "Analysts at the Caribbean Energy Institute", "said", ["the revenue deal was the harder part and had been done"]),
  ("indirect", "Rajesh Balkaran", "said", ["an informal deal between the cooperative and Venezuelan fishermen from Tucupita, struck in 2023 to keep nets out of each other's channels, had broken down within months"]),
  ("direct", "Rajesh Balkaran", "he said", ["Paper from Port of Spain does not stop a net at night,"]),
  ("indirect", "Trinidad and Tobago", "said", ["the proposal would be studied"]),
  ("indirect", "Nadia Charles", "said", ["the fisheries quota was too low"]),
  ("partial", "Nadia Charles", "said", ["the government had \"settled for half of what the 2010 agreement gave us\""]),
]
AGREEMENTS = [
  ("agreement", "a fisheries agreement", ["Trinidad and Tobago", "Venezuela"], "signed", "2026-07-07", "Port of Spain"),
  ("agreement", "a 2010 agreement", ["Trinidad and Tobago", "Venezuela"], "abandoned", "2010", "Caracas"),
  ("other", "a licence for the cross-border gas field known as Loran-Manatee", ["Trinidad and Tobago", "Venezuela"], "negotiating", None, None),
  ("agreement", "an agreement in principle in March on how to divide revenue from the field", ["Trinidad and Tobago", "Venezuela"], "not-formalized", "2026-03", None),
  ("treaty", "A framework treaty on joint development of the field", ["Trinidad and Tobago", "Venezuela"], "in-force", "2007", None),
  ("deal", "an informal deal between the cooperative and Venezuelan fishermen from Tucupita", ["Cedros Fisherfolk Cooperative"], "collapsed", "2023", None),
  ("other", "a maritime security pact covering patrols in the Columbus Channel", ["Venezuela"], "proposed", None, None),
]
