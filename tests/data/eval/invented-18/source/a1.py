ID = "inv18-wire-belize-guatemala-sarstoon-patrol-protocol-2026-05-14"
TITLE = "Belize, Guatemala sign river patrol protocol after OAS-mediated talks"
PUB = "2026-05-14"
TEXT = """BELIZE CITY, May 14 - Belize and Guatemala signed a protocol governing patrols on the Sarstoon River on Wednesday, ending a year of stand-offs between their forces on the waterway that marks the southern end of their border. The protocol was signed in Belize City by Foreign Minister Delroy Castillo of Belize and his Guatemalan counterpart, Mariela Ortiz Quan, after talks mediated by the Organization of American States.

Under the text, each side will give the other 24 hours' notice before sending armed boats onto the river, and a hotline between the two navies will be staffed around the clock. OAS envoy Patricia Lindqvist, who chaired the final round, said the agreement "turns a shouting match into a telephone call".

The river has been a flashpoint since 2024, when Guatemalan soldiers stopped a Belizean coast guard boat carrying villagers to a ceremony near the mouth of the Sarstoon. A memorandum on river access that the two governments signed in 2021 was suspended by Guatemala City after that incident and has not been restored.

Castillo said the new protocol did not touch the wider territorial claim, which both countries have asked the International Court of Justice to decide. "The court will rule on the map. We are ruling on how people behave in the meantime," he told reporters.

Ortiz Quan said Guatemala remained committed to a 2015 agreement on confidence-building measures in the adjacency zone, which both governments say is still in force, and that her government would propose a joint fisheries plan for the Gulf of Honduras before the end of the year. Belizean officials said they had not yet seen the plan.

Fishermen on both sides were more sceptical. In Punta Gorda, Anselmo Cal of the Toledo Fishers' Alliance said an arrangement between his alliance and the Livingston Fishing Cooperative, reached informally in 2022, had fallen apart within weeks because neither navy respected it. "We shook hands on the river and the soldiers came back the next day," he said.

The two governments are also negotiating a customs agreement for the border crossing at Benque Viejo, which traders say is closed for hours at a time without warning. A negotiator involved in the talks said a draft could be ready by August.

Opposition legislators in Guatemala criticised the protocol, saying it amounted to recognising Belizean authority on the river. Congressman Rodrigo Ixcot said his party would ask the Constitutional Court to review it. A Belizean draft of a wider non-aggression pact, presented to the OAS in 2023, was withdrawn by Belize City last year after Guatemala declined to discuss it.

The OAS has kept an office in the adjacency zone since 2003, and its staff will monitor the new hotline for the first six months, Lindqvist said.
"""
ENTITIES = [
  ("Belize", "State", ["Belize City", "Belizean"], None),
  ("Guatemala", "State", ["Guatemala City", "Guatemalan"], None),
  ("Belize City", "Location", [], None),
  ("Sarstoon River", "Location", ["Sarstoon"], None),
  ("Delroy Castillo", "Person", ["Castillo"], None),
  ("Mariela Ortiz Quan", "Person", ["Ortiz Quan"], None),
  ("Organization of American States", "Organization", ["OAS"], None),
  ("Patricia Lindqvist", "Person", ["Lindqvist"], None),
  ("International Court of Justice", "Organization", [], None),
  ("Gulf of Honduras", "Location", [], None),
  ("Punta Gorda", "Location", [], None),
  ("Anselmo Cal", "Person", [], None),
  ("Toledo Fishers' Alliance", "Organization", [], None),
  ("Livingston Fishing Cooperative", "Organization", [], None),
  ("Benque Viejo", "Location", [], None),
  ("Rodrigo Ixcot", "Person", [], None),
  ("Constitutional Court", "Organization", [], None),
]
STATEMENTS = [
  ("partial", "Patricia Lindqvist", "said", ['the agreement "turns a shouting match into a telephone call"']),
  ("indirect", "Delroy Castillo", "said", ["the new protocol did not touch the wider territorial claim, which both countries have asked the International Court of Justice to decide"]),
  ("direct", "Delroy Castillo", "he told reporters", ["The court will rule on the map. We are ruling on how people behave in the meantime,"]),
  ("indirect", "Mariela Ortiz Quan", "said", ["Guatemala remained committed to a 2015 agreement on confidence-building measures in the adjacency zone, which both governments say is still in force"]),
  ("indirect", "Mariela Ortiz Quan", "said", ["her government would propose a joint fisheries plan for the Gulf of Honduras before the end of the year"]),
  ("indirect", "Belize", "said", ["they had not yet seen the plan"]),
  ("indirect", "Anselmo Cal", "said", ["an arrangement between his alliance and the Livingston Fishing Cooperative, reached informally in 2022, had fallen apart within weeks because neither navy respected it"]),
  ("direct", "Anselmo Cal", "he said", ["We shook hands on the river and the soldiers came back the next day,"]),
  ("indirect", "Rodrigo Ixcot", "said", ["his party would ask the Constitutional Court to review it"]),
  ("indirect", "Patricia Lindqvist", "Lindqvist said", ["The OAS has kept an office in the adjacency zone since 2003, and its staff will monitor the new hotline for the first six months"]),
]
AGREEMENTS = [
  ("protocol", "a protocol governing patrols on the Sarstoon River", ["Belize", "Guatemala"], "signed", "2026-05-13", "Belize City"),
  ("memorandum", "A memorandum on river access", ["Belize", "Guatemala"], "withdrawn", "2021", None),
  ("agreement", "a 2015 agreement on confidence-building measures", ["Belize", "Guatemala"], "in-force", "2015", None),
  ("plan", "a joint fisheries plan for the Gulf of Honduras", ["Guatemala"], "proposed", None, None),
  ("other", "an arrangement between his alliance and the Livingston Fishing Cooperative", ["Toledo Fishers' Alliance", "Livingston Fishing Cooperative"], "collapsed", "2022", None),
  ("agreement", "a customs agreement for the border crossing at Benque Viejo", ["Belize", "Guatemala"], "negotiating", None, None),
  ("other", "a wider non-aggression pact", ["Belize"], "withdrawn", "2023", None),
]
